"""A given name right after a weather word is a storm's name: one event, not a body or a person.

Weather services name storms with given names ("Storm Daniel", "Hurricane Ian", "Cyclone
Chido"), and every language writes the name after its own weather noun: "la tempête Daniel",
"Sturm «Daniel»", "el ciclón Daniel", "шторм «Даниэль»", "风暴“丹尼尔”", "العاصفة دانيال". Read
as names, the bare given name becomes a topic of its own (a person's or a body's kind, taken
from its quotes or its lone capital) beside the English phrase "Storm Daniel", a second topic,
while both are the one storm.

So, once the topics are ranked, a topic (no place, no theme, not the main event) whose articles
mostly write it after a weather word (:data:`WEATHER`, in the languages of the packets with
their case forms; or its own form opens with one) is a storm's name. The storm topics that
share a bare name (the name without its weather word, "Daniel" of "Storm Daniel") become one
topic of the *event* kind, named by the English phrase when the packet writes one ("Storm
Daniel"), at the rank of the best of them.

Capitalised "Storm" is also a given name ("Storm Reid") and a capitalised weather word also
opens a club's name ("Sturm Graz"): a group is a storm only when at least one of its uses is
written after a weather word that cannot be part of a name — lower case ("la tempête Daniel"),
in a script without capitals ("风暴", "العاصفة"), or before a quote mark ("Sturm «Daniel»").
A person named Daniel elsewhere is written after no weather word and stays a person.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from briefing.model import Article, Mention, Paragraph, Topic, in_text_order
from briefing.topics.lexicon import STORMS, words
from briefing.topics.slugs import slug

#: Weather nouns a storm's name follows, casefolded, with the case forms the packets' languages
#: write (Polish, Russian, Ukrainian, Greek, Turkish) and the Arabic article.
WEATHER = STORMS | words(
    """storm storms superstorm windstorm hurricane typhoon cyclone tempest
    sturmtief wirbelsturm orkan hurrikan taifun zyklon
    ouragan cyclone typhon tempête
    tormenta huracán ciclón tifón borrasca
    tempesta uragano ciclone tifone
    tempestade furacão tufão
    orkaan cycloon tyfoon
    huragan huraganu cyklon cyklonu tajfun tajfunu orkanu
    шторм шторма шторму штормом ураган урагана урагану ураганом тайфун тайфуна тайфуну
    тайфуном циклон циклона циклону циклоном
    καταιγίδα καταιγίδας κυκλώνας κυκλώνα τυφώνας τυφώνα
    fırtına fırtınası kasırga kasırgası tayfun
    badai topan siklon
    العاصفة عاصفة إعصار الإعصار
    태풍 폭풍 허리케인 사이클론"""
)

#: Weather nouns of scripts written without spaces: a name may follow them glued ("風暴丹尼爾").
GLUED_WEATHER = (
    "风暴",
    "風暴",
    "台风",
    "颱風",
    "台風",
    "飓风",
    "颶風",
    "气旋",
    "氣旋",
    "暴风",
    "暴風",
    "ハリケーン",
    "サイクロン",
    "태풍",
    "폭풍",
    "허리케인",
    "사이클론",
)

#: English weather nouns that name a storm in the English phrase ("Storm Daniel").
ENGLISH = frozenset({"storm", "hurricane", "typhoon", "cyclone", "superstorm"})

#: Quote marks and brackets written between a weather noun and the name.
_QUOTES = "«»\"“”„‘’'‚‹›「」『』("

_LAST_WORD = re.compile(r"([^\W\d_]+)$")

#: Articles that must write the name after a weather word: one text's "storm X" may be a
#: figure of speech or a name read wrong.
MIN_ARTICLES = 2

#: Weak: a capitalised weather word that may open a name. Strong: one that cannot.
_WEAK, _STRONG = 1, 2


def _mark(text: str, start: int, surface: str) -> int:
    """How the use at ``start`` of ``text`` (written ``surface``) follows a weather word: 0 when
    it does not, :data:`_WEAK` when only a capitalised word of a casing script says so
    ("Storm Daniel", "Sturm Graz"), :data:`_STRONG` otherwise."""
    head = surface.split()[0].strip(_QUOTES) if surface.split() else ""
    if len(surface.split()) > 1 and head.casefold() in WEATHER:
        return _strength(head, quoted=surface.split()[1][:1] in _QUOTES)
    before = text[max(0, start - 30) : start]
    stripped = before.rstrip()
    quoted = stripped[-1:] in _QUOTES if stripped else False
    stripped = stripped.rstrip(_QUOTES).rstrip()
    if any(stripped.endswith(w) for w in GLUED_WEATHER):
        return _STRONG
    if stripped == before:  # glued to a word of letters: no weather noun before it
        return 0
    word = _LAST_WORD.search(stripped)
    if word is None or word.group(1).casefold() not in WEATHER:
        return 0
    return _strength(word.group(1), quoted=quoted)


def _strength(word: str, quoted: bool) -> int:
    """A lower-case weather word, one of a script without capitals, or one before a quote
    mark is no part of a name; a capitalised one may be ("Storm Reid")."""
    if quoted or word.lower() == word.upper() or word[:1].islower():
        return _STRONG
    return _WEAK


def _marks(topic: Topic, by_id: dict[str, Article]) -> tuple[set[str], int]:
    """The topic's articles that write it after a weather word, and the strongest mark
    seen."""
    marked: set[str] = set()
    best = 0
    read: dict[str, tuple[Paragraph, ...]] = {}  # an article's paragraphs, decoded once
    for m in topic.mentions:
        paragraphs = read.get(m.article_id)
        if paragraphs is None:
            article = by_id.get(m.article_id)
            if article is None:
                continue
            paragraphs = read[m.article_id] = article.paragraphs
        if m.span.paragraph >= len(paragraphs):
            continue
        text = paragraphs[m.span.paragraph].text
        mark = _mark(text, m.span.start, m.surface)
        if mark:
            marked.add(m.article_id)
            best = max(best, mark)
    return marked, best


def bare(name: str) -> str:
    """The name without a weather word before it, casefolded: "Storm Daniel" → "daniel"."""
    parts = name.split()
    while len(parts) > 1 and parts[0].strip(_QUOTES).casefold() in WEATHER:
        parts = parts[1:]
    text = " ".join(parts).strip(_QUOTES + " ")
    for w in GLUED_WEATHER:
        if text.startswith(w) and len(text) > len(w):
            text = text[len(w) :].strip(_QUOTES + " ")
            break
    return text.casefold()


def _english(group: Sequence[Topic]) -> str | None:
    """The English phrase of the storm the group's topics write ("Storm Daniel"), the most
    used one."""
    counts: dict[str, int] = {}
    for topic in group:
        for form in (topic.name, *topic.aliases, *(m.surface for m in topic.mentions)):
            parts = form.split()
            if (
                len(parts) == 2
                and parts[0].casefold() in ENGLISH
                and parts[0][:1].isupper()
                and parts[1][:1].isupper()
                and parts[1].isalpha()
            ):
                counts[form] = counts.get(form, 0) + 1
    return max(counts, key=lambda f: (counts[f], f)) if counts else None


def with_storms_named(
    topics: Sequence[Topic], articles: Sequence[Article], event: str | None = None
) -> tuple[Topic, ...]:
    """``topics`` with each storm's name one event topic (see the module's docstring);
    ``event`` is the main event's name, which this leaves alone."""
    by_id = {a.id: a for a in articles}
    groups: dict[str, list[Topic]] = {}
    strong: set[str] = set()
    marked: dict[str, set[str]] = {}
    for topic in topics:
        if topic.kind in ("place", "theme") or topic.name == event:
            continue
        key = bare(topic.name)
        if not key:
            continue
        found, best = _marks(topic, by_id)
        if not found or 2 * len(found) < topic.article_count:
            continue
        groups.setdefault(key, []).append(topic)
        marked.setdefault(key, set()).update(found)
        if best == _STRONG:
            strong.add(key)
    storms = {
        key: group
        for key, group in groups.items()
        if key in strong and len(marked[key]) >= MIN_ARTICLES
    }
    if not storms:
        return tuple(topics)
    member = {t.id: key for key, group in storms.items() for t in group}
    taken = {t.id for t in topics if t.id not in member}
    out: list[Topic] = []
    for topic in topics:
        own = member.get(topic.id)
        if own is None:
            out.append(topic)
        elif topic is storms[own][0]:
            out.append(_joined(storms[own], taken))
    return tuple(out)


def _joined(group: Sequence[Topic], taken: set[str]) -> Topic:
    """One event topic of the group's topics, named by the English phrase when written."""
    first = group[0]
    name = _english(group) or first.name
    mentions: tuple[Mention, ...] = in_text_order({m for t in group for m in t.mentions})
    # a topic's aliases hold its name too (``holding`` and the UI's lookups read them)
    forms = {f for t in group for f in (t.name, *t.aliases)} | {name}
    topic_id = slug(name)
    if topic_id in taken:
        topic_id = f"{topic_id}-event"
    return replace(
        first,
        id=topic_id,
        name=name,
        kind="event",
        aliases=tuple(sorted(forms, key=lambda s: (s.lower(), s))),
        mentions=mentions,
        score=max(t.score for t in group),
    )
