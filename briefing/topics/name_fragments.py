"""Pieces of longer names, and a bare given name that is the packet's one numbered name.

A capitalised run is sometimes cut short of the name it belongs to: "the Gold State Coach"
leaves "Gold", "God Save the King" leaves "God Save", "St Edward's Crown" leaves "St Edward".
Such a piece is no topic of its own: a person or body whose every mention is followed, in the
sentence, by the rest of a longer name (:func:`_continued`) names nothing the texts write; the
topic is dropped (the whole phrase is not built here: better nothing than a fragment). One
mention that is not so followed — "rainha Mary", a mention in another script, one in a
heading, whose capitals prove nothing — keeps the topic whole, as it stands: the texts then do
write the name otherwise, and a possessive ("Queen Mary's Crown") may well be that person's.

A monarch or pope is named with a number ("Charles III", "Benedict XVI") and then, in the
same texts, by the given name alone ("King Charles", "Charles's head"). When the packet's
texts write that given name with exactly one number, and a topic is that numbered name, the
bare name's topic is the same one (:func:`numbered_joined`); when they write two numbers
("Charles II" in an aside on the crown's history), a bare "Charles" might be either and is
left alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing.given_name_table import given_name
from briefing.model import Article, Mention, Topic
from briefing.titles import ROLE_HEADS
from briefing.topics.headings import is_heading
from briefing.topics.languages import NOUN_CAPITALISING
from briefing.topics.lexicon import MONTHS, WEEKDAYS

#: How many of the best topics are read (what the panel shows, and more).
HEAD = 100
#: A possessive and a capitalised noun: "’s Crown".
_POSSESSIVE = re.compile(r"['’]s\s+([A-Z][a-z]+)")
#: The next word capitalised, or "the" and a capitalised word: " State Coach", " the King".
_NEXT = re.compile(r"[ \u00a0]+(?:the[ \u00a0]+)?([A-Z][a-z]+)")
#: A roman numeral after a name: "Charles III", "Benedict XVI".
_NUMBERED = re.compile(r"^(\w+) ([IVXLC]+)$")
_NOT_NAMES = MONTHS | WEEKDAYS
#: A run of capitalised words: "State Coach", "President Ursula".
_RUN = re.compile(r"[A-Z][\w'’-]*(?:[ \u00a0]+[A-Z][\w'’-]*)*")
#: The last word before a mention, after a space: "Queen " of "(Queen Consort Camilla".
_LAST_WORD = re.compile(r"([^\W\d_]+)[ \u00a0]+$")


def without_fragments(topics: Sequence[Topic], articles: Sequence[Article]) -> list[Topic]:
    """``topics`` without the persons and bodies every mention of which is continued by
    the rest of a longer name."""
    by_id = {a.id: a for a in articles}
    found = list(topics)
    cut = {
        t.id
        for t in found[:HEAD]
        if t.kind in ("person", "organisation")
        and t.mentions
        and all(_continued(m, by_id) for m in t.mentions)
    }
    return [t for t in found if t.id not in cut]


def _continued(mention: Mention, by_id: dict[str, Article]) -> bool:
    """Whether the mention is followed by more of a name in its sentence: a possessive and a
    capitalised noun, or the next word capitalised, after an English "the" or not (quoted in
    other languages' text too: "「天佑吾王」(God Save the King)") — read only in body text
    of a language that capitalises names alone (a German noun is capitalised anyway), and
    never a month or weekday ("Biden Monday") nor a title before a name ("European Commission
    President Ursula von der Leyen": the body's name is whole, the title opens the person's)."""
    article = by_id.get(mention.article_id)
    if article is None:
        return False
    span = mention.span
    paragraph = article.paragraphs[span.paragraph]
    language = paragraph.language or article.language
    if language in NOUN_CAPITALISING or is_heading(paragraph.text):
        return False
    after = paragraph.text[span.end : span.end + 60]
    found = _POSSESSIVE.match(after)
    if found is None:
        found = _NEXT.match(after)
    if found is None or found.group(1) in _NOT_NAMES:
        return False
    # "European Commission President Ursula …": a title and a name after a body are another
    # name; "the Gold State Coach on …" ends on its noun ("coach" is a title word too).
    run = _RUN.match(after, found.start(1)).group(0).split()  # type: ignore[union-attr]
    return not any(word.lower() in ROLE_HEADS for word in run[:-1])


def numbered_joined(topics: Sequence[Topic], articles: Sequence[Article]) -> list[Topic]:
    """``topics`` with a bare given name joined to the one numbered name that bears it, when
    the texts write that given name with one number only."""
    found = list(topics)
    numbered: dict[str, list[Topic]] = {}
    for topic in found[:HEAD]:
        shape = _NUMBERED.match(topic.name)
        if topic.kind == "person" and shape is not None:
            numbered.setdefault(shape.group(1), []).append(topic)
    for word, owners in numbered.items():
        bare = [t for t in found[:HEAD] if t.name == word and t.kind in ("person", "organisation")]
        if len(owners) != 1 or len(bare) != 1 or not given_name(word):
            continue
        if _numbers(word, articles) != {owners[0].name.split()[1]}:
            continue  # "Charles II" is written too: a bare "Charles" might be either
        found = _joined(found, owners[0], bare[0])
    return found


def _numbers(word: str, articles: Sequence[Article]) -> set[str]:
    """Every roman numeral the texts write after ``word``."""
    pattern = re.compile(rf"\b{re.escape(word)}\s+([IVXLC]+)\b")
    # The expression opens with a word boundary (no literal to jump to): asked only of the
    # paragraphs that hold the word at all, as :func:`_title_alone`'s is.
    return {
        hit.group(1)
        for article in articles
        for paragraph in article.paragraphs
        if word in paragraph.text
        for hit in pattern.finditer(paragraph.text)
    }


def _joined(topics: list[Topic], owner: Topic, bare: Topic) -> list[Topic]:
    """``owner`` holding ``bare``'s mentions and aliases, where the better of the two stood."""
    mentions = {(m.article_id, m.span): m for t in (owner, bare) for m in t.mentions}
    aliases = sorted({*owner.aliases, *bare.aliases}, key=lambda s: (s.lower(), s))
    merged = Topic(
        owner.id,
        owner.name,
        owner.kind,
        tuple(aliases),
        tuple(mentions.values()),
        max(owner.score, bare.score),
    )
    first = min(topics.index(owner), topics.index(bare))
    out = [t for t in topics if t is not owner and t is not bare]
    out.insert(first, merged)
    return out


def titles_cut(topics: Sequence[Topic], articles: Sequence[Article]) -> list[Topic]:
    """``topics`` with a person's name rid of a title word glued to it: "Consort Camilla" of
    "Queen Consort Camilla" is "Camilla". The first word goes when every mention that writes
    it stands right after a title ("Queen", "King", :data:`~briefing.titles.ROLE_HEADS`), it
    is no given name, the texts write the rest alone too, and they write the word after a title
    with no name after it ("Camilla, the Queen Consort, was …"): a title of its own, where
    "leader Zelimkhan Khangoshvili" has a given name the table may not know. The topic keeps
    its kind, its mentions and its aliases."""
    by_id = {a.id: a for a in articles}
    found = list(topics)
    for k, topic in enumerate(found[:HEAD]):
        words = topic.name.split()
        if topic.kind != "person" or len(words) < 2 or given_name(words[0]):
            continue
        rest = " ".join(words[1:])
        full = [m for m in topic.mentions if m.surface.startswith(words[0] + " ")]
        alone = any(m.surface == rest for m in topic.mentions)
        if (
            full
            and alone
            and all(_after_title(m, by_id) for m in full)
            and _title_alone(words[0], articles)
        ):
            found[k] = Topic(topic.id, rest, topic.kind, topic.aliases, topic.mentions, topic.score)
    return found


def _after_title(mention: Mention, by_id: dict[str, Article]) -> bool:
    """Whether the word right before the mention is a title of office."""
    article = by_id.get(mention.article_id)
    if article is None:
        return False
    before = article.paragraphs[mention.span.paragraph].text[: mention.span.start]
    word = _LAST_WORD.search(before)  # "カミラ王妃(Queen ": a name in brackets
    return word is not None and word.group(1).lower() in ROLE_HEADS


def _title_alone(word: str, articles: Sequence[Article]) -> bool:
    """Whether the texts write ``word`` right after a title and before no capitalised word:
    "the Queen Consort," ends a title there."""
    pattern = re.compile(rf"([^\W\d_]+)[ \u00a0]+{re.escape(word)}\b(?![ \u00a0]+[A-Z])")
    # The expression opens with a run of letters, tried at every letter of every paragraph:
    # only the paragraphs that hold the word are asked (all of a large briefing's, per name).
    return any(
        hit.group(1).lower() in ROLE_HEADS
        for article in articles
        for paragraph in article.paragraphs
        if word in paragraph.text
        for hit in pattern.finditer(paragraph.text)
    )
