"""The main event's act word in its other forms: "resigned", "resigning", "resigns" beside
"resignation".

The event topic holds the uses of the act's noun as the leads write it (:mod:`.event_topic`),
so a packet whose English texts say that she "resigned" or "is resigning" and only one of
them writes "resignation" counts the event in that one article, though each reports it. The
forms of one word share their Snowball stem ("resign"), as the key words' forms do
(:mod:`.keywords`): every lower-case use in an English article of a word with the stem of
one of the event's one-word English names becomes a mention of the event, and its form an
alias (every mention is written as one of its topic's names). A capitalised use may be a
name's word ("Flood Street") and is left out; a word of another stem that begins alike
("fireworks" for "fire") is no form of it. The other languages' words of
:mod:`.event_tongues` are no forms of the English one and stay mentions only.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace

from briefing.model import Article, Mention, Span, Topic, in_text_order
from briefing.topics.snowball import stem_word
from briefing.topics.word_keys import stem_key

#: The shortest stem whose forms are looked for: shorter ones begin too many words.
MIN_STEM = 4


def english_stem(word: str) -> str:
    """Snowball's English stem of a lower-case word, as written: "collapsed" → "collaps"."""
    return stem_word("english", word)


def with_act_forms(
    topics: Sequence[Topic], articles: Sequence[Article], languages: Mapping[str, str] | None
) -> tuple[Topic, ...]:
    """``topics`` whose first, the main event, also holds the other forms of its one-word
    English names in the English articles (see the module's docstring)."""
    if not topics or topics[0].kind != "event":
        return tuple(topics)
    event = topics[0]
    words = {a for a in event.aliases if a.isascii() and a.isalpha() and a.islower()}
    stems = {stem_key(w, "en") for w in words}
    # The stems as written open the forms ("collaps" of "collapsed"); keys fold letters.
    openings = {english_stem(w) for w in words}
    openings = {s for s in openings if len(s) >= MIN_STEM and s.isalpha()}
    if not openings:
        return tuple(topics)
    pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(openings))) + r")[a-z]*\b")
    taken: dict[tuple[str, int], list[Span]] = {}
    for m in event.mentions:
        taken.setdefault((m.article_id, m.span.paragraph), []).append(m.span)
    more: list[Mention] = []
    for article in articles:
        if languages is not None and languages.get(article.id, "en") != "en":
            continue
        for index, paragraph in article.body_paragraphs:
            text = paragraph.text
            for match in pattern.finditer(text):
                start, end = match.span()
                if stem_key(match.group(), "en") not in stems:
                    continue  # "fireworks": begins alike, another word
                spans = taken.get((article.id, index), ())
                if any(s.start <= start and end <= s.end for s in spans):
                    continue
                more.append(Mention(article.id, Span(index, start, end), match.group()))
    if not more:
        return tuple(topics)
    mentions = in_text_order((*event.mentions, *more))
    aliases = tuple(
        sorted({*event.aliases, *(m.surface for m in more)}, key=lambda s: (s.lower(), s))
    )
    return (replace(event, aliases=aliases, mentions=mentions), *topics[1:])
