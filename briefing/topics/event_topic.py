"""The main event as a topic: the theme of its act word, or the act word's own uses.

Part of :mod:`briefing.topics.events`, which names the event; this module gives it its
mentions and aliases (:func:`with_event`). The theme the act heads becomes the event
("conclave", "ransomware attack"), else a phrase it qualifies ("water levels", "crash
site") with the act word's own uses beside it, so that the event answers to its word;
without such a theme, a new topic holds every use of the act word in the body text.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from typing import Protocol

from briefing.model import Article, Mention, Span, Topic, in_text_order
from briefing.topics.event_compound import of_compound
from briefing.topics.slugs import slug


class Named(Protocol):
    """The event as :mod:`.events` names it."""

    @property
    def name(self) -> str: ...
    @property
    def head(self) -> str: ...
    @property
    def owner(self) -> str | None: ...


def with_event(
    articles: Sequence[Article], topics: Sequence[Topic], event: Named
) -> tuple[Topic, ...]:
    """``topics`` with ``event`` first as a topic, when it is not one already."""
    head = event.head.casefold()
    if any(
        t.kind == "event" and any(head in a.casefold().split() for a in t.aliases) for t in topics
    ):
        return tuple(topics)  # already a topic, named by its participants ("… summit")
    # The theme the action heads: the word alone ("conclave"), else a phrase ending in it
    # ("ransomware attack"), the most mentioned first.
    themes = [t for t in topics if t.kind == "theme"]
    theme = next((t for t in themes if any(head == a.casefold() for a in t.aliases)), None)
    # Of the phrases holding the act's word, the one whose other word the leads write right
    # after it ("the fire spread": "fire spread", not "fire alarms") is the act's; else the
    # most mentioned.
    follows = getattr(event, "follows", ())
    rank = {w: len(follows) - i for i, w in enumerate(follows)}

    def written(topic: Topic) -> int:
        return max((rank.get(w, 0) for a in topic.aliases for w in a.casefold().split()), default=0)

    for holds in (
        lambda alias: alias.endswith(" " + head),
        lambda alias: head in alias.split(),  # "water levels" for "water"
    ):
        if theme is None:
            theme = max(
                (t for t in themes if any(holds(a.casefold()) for a in t.aliases)),
                key=lambda t: (written(t), t.mention_count),
                default=None,
            )
    rest = [t for t in topics if t is not theme]
    taken = {t.id for t in rest}
    if theme is not None:
        mentions, aliases, score = theme.mentions, theme.aliases, theme.score
        called = getattr(event, "called", "").casefold()
        if not any(a.casefold().endswith(head) for a in aliases) or (
            called == head and event.owner is not None and head not in _casefolded(aliases)
        ):
            # A phrase the act only qualifies ("crash site", "water levels"): the act's own
            # uses outside it are the event's too, so that it answers to its own word. So
            # too when the name is the act's word after a listed name ("Microsoft
            # outage"), and the theme a phrase of the act that the name does not write
            # ("computer outage"): one writer's kind of it, not what the event is called.
            mentions, aliases = with_uses(mentions, aliases, uses_of(articles, event.head))
    elif event.owner is not None and owned_uses(
        articles, [t for t in topics if t.name == event.owner], event.head
    ):
        return tuple(topics)  # "Estlink 2 cable": already listed as what it happened to
    else:
        mentions = uses_of(articles, event.head)
        # The act as the name writes it, with its kind ("opening ceremony"): its uses name
        # the event whole, and the word's other uses stay the event's too.
        called = getattr(event, "called", "")
        if " " in called and called.split()[-1] == head:
            mentions = in_text_order(with_uses(uses_of(articles, called), (), mentions)[0])
        # The act's verb in each language's leads ("kauft", "acquiert"): its uses there.
        forms = forms_used(articles, getattr(event, "forms", ()))
        mentions = in_text_order(with_uses(mentions, (), forms)[0]) if forms else mentions
        if not mentions:  # no text writes the act's noun ("annulment"): its verb's uses
            mentions = forms_used(articles, getattr(event, "verbs", ()))
        if not mentions:
            return tuple(topics)
        aliases = tuple(sorted({m.surface for m in mentions}, key=lambda s: (s.lower(), s)))
        score = max((t.score for t in topics), default=0.0)
    # The act as the other languages write it in its letters ("Atomtest", :mod:`.event_few`):
    # its uses there, not its names.
    elsewhere = forms_used(articles, getattr(event, "elsewhere", ()))
    if elsewhere:
        mentions = in_text_order(with_uses(mentions, (), elsewhere)[0])
    # The act written in two words ("touch down" of "touchdown", "lock down") is the act,
    # and so is its head with another modifier in the texts that write it ("a wider heist"
    # beside "cyberheist": :func:`.event_compound.of_compound`).
    parted = [
        t
        for t in rest
        if t.kind == "theme" and (_parted(t, head) or of_compound(t, head, articles))
    ]
    for part in parted:
        mentions, aliases = with_uses(mentions, aliases, part.mentions)
        mentions = in_text_order(mentions)
        rest.remove(part)
    taken = {t.id for t in rest}
    ident = slug(event.name)
    while ident in taken:
        ident += "-event"
    return (Topic(ident, event.name, "event", aliases, mentions, score), *rest)


def _casefolded(aliases: Sequence[str]) -> set[str]:
    return {a.casefold() for a in aliases}


def owned_uses(articles: Sequence[Article], owners: Sequence[Topic], head: str) -> bool:
    """Whether half the body's uses of the act word ``head`` or more stand right after a
    name of one of ``owners`` (the listed topic the event's name writes before the act):
    the act's word is then written as part of that thing ("the Estlink 2 cable"), which is
    a topic already. An act the texts write mostly on its own ("Chapter 11 bankruptcy",
    then "the bankruptcy", "bankruptcy protection") is an event of its own all the same."""
    names = {a.casefold() for t in owners for a in t.aliases}
    if not names:
        return False
    uses = uses_of(articles, head)
    used = {use.article_id for use in uses}
    texts = {a.id: dict(a.body_paragraphs) for a in articles if a.id in used}
    owned = 0
    for use in uses:
        before = texts[use.article_id][use.span.paragraph].text[: use.span.start].rstrip()
        folded = before[-80:].casefold()
        owned += any(folded.endswith(name) for name in names)
    return 2 * owned >= len(uses)


def _parted(theme: Topic, head: str) -> bool:
    """Whether ``theme`` is ``head`` written in two words or hyphenated ("touch down",
    "touch-down" of "touchdown"), and nothing else."""
    return all(
        a.casefold() != head and re.sub(r"[\s-]+", "", a.casefold()) == head for a in theme.aliases
    )


#: Scripts written without spaces between words (Han, kana) or with particles glued on
#: (Hangul): a word there is found inside a run of letters ("加盟した", "가입이").
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")


#: A word of Arabic letters only (no diacritics: the act word is written bare).
_ARABIC = re.compile(r"[\u0621-\u064a]+")
#: What Arabic glues before a noun: the article "ال" ("الانضمام"), and the conjunctions "و"
#: and "ف" and the prepositions "ب" and "ل" before the article ("والانضمام", "بالانضمام";
#: "ل" and "ال" are written "لل": "للانضمام"). Only with the article: a bare "ب" or "ل" may
#: be a word's own first letter ("لقاء" is no "ل" + "قاء"). A word of its own still:
#: ``\b`` stands before the prefix, and nothing may follow the act word.
_ARABIC_PREFIX = "(?:[وف]?(?:ب?ال|لل))?"


def uses_of(articles: Sequence[Article], head: str) -> tuple[Mention, ...]:
    """Every use of the action word in the body paragraphs, any case; an Arabic word of
    three letters or more also with the article and clitics glued before it
    (:data:`_ARABIC_PREFIX`)."""
    edge = "" if _UNSPACED.search(head) else r"\b"
    glued = _ARABIC_PREFIX if len(head) >= 3 and _ARABIC.fullmatch(head) else ""
    pattern = re.compile(rf"{edge}{glued}{re.escape(head)}{edge}", re.IGNORECASE)
    # Wire copy recurs across a large briefing's articles: each distinct text is searched
    # once (at 10,000 articles about half the paragraphs are repeats).
    found: dict[str, tuple[tuple[int, int, str], ...]] = {}
    uses: list[Mention] = []
    for article in articles:
        for index, paragraph in article.body_paragraphs:
            text = paragraph.text
            matches = found.get(text)
            if matches is None:
                matches = found[text] = tuple(
                    (m.start(), m.end(), m.group()) for m in pattern.finditer(text)
                )
            if matches:
                uses.extend(Mention(article.id, Span(index, s, e), w) for s, e, w in matches)
    return tuple(uses)


def forms_used(
    articles: Sequence[Article], forms: Sequence[tuple[str, str]]
) -> tuple[Mention, ...]:
    """Every use of each (language, word) of ``forms`` in the body paragraphs of the
    articles of that language (:mod:`.event_parties`: "compra" is the act in Italian only)."""
    if not forms:
        return ()
    from briefing.topics.languages import briefing_languages

    languages = briefing_languages(articles)
    uses: set[Mention] = set()
    for language, word in forms:
        uses.update(uses_of([a for a in articles if languages.get(a.id) == language], word))
    return in_text_order(uses)


def with_uses(
    mentions: tuple[Mention, ...], aliases: tuple[str, ...], uses: tuple[Mention, ...]
) -> tuple[tuple[Mention, ...], tuple[str, ...]]:
    """``mentions`` and ``aliases`` with the ``uses`` that no mention covers."""
    covered: dict[tuple[str, int], list[Span]] = {}
    for m in mentions:
        covered.setdefault((m.article_id, m.span.paragraph), []).append(m.span)
    extra = tuple(
        u
        for u in uses
        if not any(
            s.start <= u.span.start and u.span.end <= s.end
            for s in covered.get((u.article_id, u.span.paragraph), ())
        )
    )
    more = {u.surface for u in extra}
    return mentions + extra, tuple(sorted({*aliases, *more}, key=lambda s: (s.lower(), s)))


def follows(leads: Sequence[str], head: str) -> tuple[str, ...]:
    """The words right after ``head`` in ``leads`` (any case), in two leads or more, the
    most often written first: "spread" of "the fire spread" (for :func:`with_event`)."""
    pattern = re.compile(rf"\b{re.escape(head)}\s+([^\W\d_][\w’'-]*)", re.IGNORECASE)
    counts = Counter(
        word for lead in leads for word in {m.group(1).casefold() for m in pattern.finditer(lead)}
    )
    return tuple(w for w, n in counts.most_common() if n >= 2)


def as_event(
    articles: Sequence[Article], topics: Sequence[Topic], cause: str, name: str, head: str
) -> tuple[Topic, ...]:
    """``topics`` with the listed thing the event is named as (the topic of id ``cause``,
    :mod:`.event_measured`) first, as the event called ``name``: its mentions and aliases
    ("Cyclone Chido", "Zyklon Chido") are the event's, and so is every other use of its
    name ``head`` ("le cyclone Chido")."""
    thing = next(t for t in topics if t.id == cause)
    rest = [t for t in topics if t is not thing]
    score = max((t.score for t in topics), default=thing.score)
    own = (thing.name,) if thing.kind != "event" else ()  # an event's name is no alias
    mentions, aliases = with_uses(thing.mentions, (*thing.aliases, *own), uses_of(articles, head))
    event = replace(thing, id=slug(name), name=name, kind="event", aliases=aliases, score=score)
    return (replace(event, mentions=mentions), *rest)


def by_its_names(event: Topic) -> Topic:
    """``event`` with only the mentions that write one of its names: the uses later stages
    credit it with in other words (an article's date of it, :mod:`.event_days_credit`) say
    where it is written of, not what it is called, and the name read again from the topics
    must be the one they were named with."""
    names = {a.casefold() for a in event.aliases}
    return replace(
        event, mentions=tuple(m for m in event.mentions if m.surface.casefold() in names)
    )
