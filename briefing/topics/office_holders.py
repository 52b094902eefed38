"""An office written right before its holder's name is that person: "Archbishop of Canterbury
Justin Welby", "Mayor of Dorvik Ana Pell".

English writes an office of a see as a title before the name ("Archbishop of Canterbury
Justin Welby intoned"), and the run of capitals then holds two topics: the office, read as a
body's name of its own ("Archbishop of Canterbury", an organisation), and the person. Where
the article writes the office alone ("pronounced husband and wife by the Archbishop of
Canterbury") it names that same person, so the office listed apart from him is the same
topic twice, one of them with the wrong kind.

The packet decides, not a table of offices and holders: an office topic (a title of
:data:`~.office_sees.OFFICE_TITLES` opening a name that holds "of" and its see) is joined to
the one person whose name its uses stand right before (a space between, in the same
paragraph). Only when every such use names the same person: an office written before two
people's names ("President of Varnia Ola Dersk" and "President of Varnia Ivo Brand", a
former holder and the present one) is an office two holders share, and stays apart; one
never written before a name is left alone too. A comma between is no such use: "the Mayor of
Dorvik, Ana Pell and Ivo Brand" may be a list.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing.model import Article, Mention, Topic
from briefing.topics.office_sees import OFFICE_TITLES

#: A name that opens with an office's title and holds "of": "Archbishop of Canterbury".
_OFFICE = re.compile(rf"(?:{OFFICE_TITLES}) of \w", re.IGNORECASE)
#: How many of the best topics are read.
HEAD = 100
#: How far after an office its holder's name may end, in characters.
_REACH = 80


def holders_joined(topics: Sequence[Topic], articles: Sequence[Article]) -> list[Topic]:
    """``topics`` with each office merged into the one person it is written before (see the
    module's docstring), the person's name, kind and rank kept."""
    head = list(topics[:HEAD])
    people = [t for t in head if t.kind == "person"]
    offices = [t for t in head if t.kind != "person" and _OFFICE.match(t.name)]
    if not people or not offices:
        return list(topics)
    texts = {a.id: [p.text for p in a.paragraphs] for a in articles}
    names = sorted(
        ((alias, person) for person in people for alias in person.aliases if " " in alias),
        key=lambda pair: -len(pair[0]),
    )
    out = list(topics)
    for office in offices:
        holders = {
            holder.id
            for mention in office.mentions
            if (holder := _holder_after(mention, texts, names)) is not None
        }
        if len(holders) != 1:
            continue
        (holder_id,) = holders
        person = next(t for t in out if t.id == holder_id)
        out = _merged(out, person, office)
    return out


def _holder_after(
    mention: Mention, texts: dict[str, list[str]], names: list[tuple[str, Topic]]
) -> Topic | None:
    """The person whose name (one of ``names``, longest first) the office's use is written
    right before, a space between, in the same paragraph; None when no person's is."""
    paragraphs = texts.get(mention.article_id)
    if paragraphs is None or mention.span.paragraph >= len(paragraphs):
        return None
    text = paragraphs[mention.span.paragraph]
    after = text[mention.span.end : mention.span.end + _REACH]
    if after[:1] != " ":
        return None  # "the Mayor of Dorvik, Ana Pell and ...": maybe a list
    after = after[1:]
    return next(
        (
            person
            for alias, person in names
            if after.startswith(alias) and not after[len(alias) : len(alias) + 1].isalnum()
        ),
        None,
    )


def _merged(topics: list[Topic], person: Topic, office: Topic) -> list[Topic]:
    """``person`` with the office's aliases and mentions, the office dropped."""
    mentions = {(m.article_id, m.span): m for m in person.mentions}
    for m in office.mentions:
        mentions.setdefault((m.article_id, m.span), m)
    aliases = tuple(sorted({*person.aliases, *office.aliases}, key=lambda s: (s.lower(), s)))
    merged = Topic(
        person.id,
        person.name,
        person.kind,
        aliases,
        tuple(mentions.values()),
        max(person.score, office.score),
    )
    return [merged if t is person else t for t in topics if t is not office]
