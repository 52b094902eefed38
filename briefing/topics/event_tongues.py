"""The main event in the other languages of the packet: the word each writes for the act.

The event topic holds the act's word as the English leads write it ("floods", "fire") and
its cognates (:mod:`.event_qualifiers`), so a packet whose languages name the act with words
of other roots ("incendio", "пожара", "pożaru") lists the event in a few articles only. The
words are read from the packet itself, never from a list of disaster words:

- the *anchored* sentences of an article are where it writes of the main event: its title
  and lead (the first body paragraph), a sentence counting the dead (the toll theme of
  :mod:`.tolls`, read in every language), and a sentence naming the place or venue the
  event's name holds ("Tai Po", "Crocus City Hall");
- per language, each content word (four letters or more, no function or everyday word:
  :func:`.keywords.unnamed_key`; no day, month or number word: every outlet writes the day
  and the toll; no word of another topic's name or aliases: those are the toll's, the
  place's, the mourning's) scores the (article, kind of anchor) pairs that hold it; a
  language's :data:`CANDIDATES` best scoring words are its candidates;
- a candidate is the act only when the languages agree: another language's candidate is its
  cognate (romanised stems alike, :data:`.keywords.COGNATE_RATIO`: "incendie", "incendio"),
  and with the cognates anchored :data:`ANCHORED` times or more in any language they span
  :data:`LANGUAGES` languages, and stand in a title or a count of the dead in :data:`SAID`
  of them (what happened is headlined and counted; a subject of the story, "financement",
  is written in the leads alone). One language's habit ("residencia", "bilan") has no echo;
- a word of another topic's name is none, in any of its forms ("Mondes" of "Mond"); a
  German noun is read as written (capitalised: a noun);
- a word written right before another topic's name in :data:`JUDGES` uses or more, over
  its cognates ("die Sonde Chandrayaan-3", "la sonde Luna-25"), is that thing's common
  noun, not the act;
- a language that names the event already (the English "fire") judges: when
  :data:`JUDGES` of its articles write a cognate of a candidate as another word
  ("complex", "cathedral", "tourists"), the candidate is a thing of the story, not the act.

The agreed words' uses become the event's mentions (not its names: its aliases stay the
ones the event is named by, so the brief's lede, which reads the event by its names, still
prefers the sentence that states it as written in the name's language) — in the
articles that write the word in an anchored sentence at least (an article that writes "a
flood of complaints" and never beside the event's place, lead or toll gives nothing), and
never in a sentence that names another year than the event's (an earlier fire, the floods
of 1957: :data:`_YEAR`). Cognates are what agree, so an act whose words share no root across
three languages ("pożaru" and "пожара" are too far apart, "powodzi" and "inondations" share
nothing) is left as it was.
"""

from __future__ import annotations

import functools
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from typing import Any

from rapidfuzz import fuzz, process

from briefing.analysis.year_counts import years_written
from briefing.model import Article, Mention, Span, Topic, in_text_order
from briefing.sentences import sentence_spans
from briefing.topics.keywords import COGNATE_RATIO, unnamed_key
from briefing.topics.languages import NOUN_CAPITALISING
from briefing.topics.tolls import KINDS
from briefing.topics.word_keys import stem_key

#: How many words of each language are candidates.
CANDIDATES = 3
#: How many languages must write cognate candidates for them to be the act.
LANGUAGES = 3
#: In how many articles a language naming the event must write another word for it to
#: judge a candidate of its root a thing of the story ("complex", "cathedral").
JUDGES = 2
#: How many (article, kind of anchor) pairs a word needs to echo a candidate.
ANCHORED = 2
#: In how many languages the act's words must stand in a title or a count of the dead.
SAID = 2
_SAYS = frozenset(["title", "toll"])
#: Shorter words are no act's.
MIN_LETTERS = 4
#: A word as the candidates are read: letters only.
_WORD = re.compile(r"[^\W\d_]+")
#: The word after another, a quotation mark or a bracket between them allowed.
_NEXT = re.compile(r"\s+[«\"“‘'(]?([^\W_][\w’'-]*)")
#: A year as a text writes it.
_YEAR = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)")

_Key = tuple[str, str]  # (language, stem key)


def with_event_tongues(
    topics: Sequence[Topic],
    articles: Sequence[Article],
    languages: Mapping[str, str] | None,
    counted: Callable[[], Any] | None = None,
) -> tuple[Topic, ...]:
    """``topics`` whose first, the main event, holds the act's word in the other languages
    of the packet (see the module's docstring). ``counted``, if given, returns the words a
    worker counted (:mod:`.judged_share`), or None: then they are counted here."""
    if not topics or topics[0].kind != "event" or not languages:
        return tuple(topics)
    event, rest = topics[0], topics[1:]
    years = set(_YEAR.findall(event.name))
    anchors = _anchors(event, rest)
    named = {w.casefold() for t in rest for a in (t.name, *t.aliases) for w in _WORD.findall(a)}
    held = named | {w.casefold() for a in event.aliases for w in _WORD.findall(a)}
    keyers: dict[str, Callable[[str], list[tuple[int, int, str]]]] = {}
    hits: dict[_Key, set[tuple[str, str]]] = defaultdict(set)
    uses: Counter[_Key] = Counter()
    # Only the anchored paragraphs are read for the candidates: at 10,000 articles the
    # rest of the body is most of the text.
    for article in articles:
        language = languages.get(article.id, "und")
        if language == "und":
            continue
        keyed = keyers.get(language) or keyers.setdefault(language, _keyer(language, held, named))
        for _start, _end, key in keyed(article.title or ""):
            hits[(language, key)].add((article.id, "title"))
        first = article.body_paragraphs[0][0] if article.body_paragraphs else -1
        for index, paragraph in article.body_paragraphs:
            starts = anchors.get((article.id, index), set())
            if index != first and not starts:
                continue
            text = paragraph.text
            for s, e in sentence_spans(text, language):
                kinds = {kind for at, kind in starts if s <= at < e}
                if index == first:
                    kinds.add("lead")
                for _start, _end, key in keyed(text[s:e]):
                    uses[(language, key)] += 1
                    hits[(language, key)].update((article.id, kind) for kind in kinds)
    # A language that already names the act ("fire") and writes a cognate of a candidate
    # as another word ("complex", "cathedral") says that it is a thing of the story.
    agreed = _agreed(hits, uses, _judged(event, articles, languages, counted))
    if not agreed:
        return tuple(topics)
    # Its uses, in the articles that write it where they write of the event.
    written = {(article, key[0]) for key in agreed for article, _kind in hits[key]}
    taken = {(m.article_id, m.span.paragraph, m.span.start) for m in event.mentions}
    more: list[tuple[_Key, Mention]] = []
    # A word written right before another topic's name is that thing's common noun ("die
    # Sonde Chandrayaan-3", "la sonde Luna-25"): a thing of the story, not the act.
    firsts = {a.split()[0] for t in rest for a in (t.name, *t.aliases) if a[:1].isupper()}
    apposed: Counter[_Key] = Counter()
    for article in articles:
        language = languages.get(article.id, "und")
        if (article.id, language) not in written:
            continue
        keyed = keyers[language]
        for index, paragraph in article.body_paragraphs:
            text = paragraph.text
            folded = text if language in NOUN_CAPITALISING else text.casefold()
            if not any((language, key) in agreed for _s, _e, key in keyed(folded)):
                continue
            for s, e in sentence_spans(text, language):
                if years and _years(text, language, s, e) - years:
                    continue  # dated to another year: an earlier event of the kind
                # Read sentence by sentence: one opening with the word ("Ciclón destruye…")
                # writes it capitalised.
                for start, end, key in keyed(text[s:e]):
                    if (language, key) not in agreed:
                        continue
                    after = _NEXT.match(text, s + end)
                    if after is not None and after.group(1) in firsts:
                        apposed[(language, key)] += 1
                    if (article.id, index, s + start) not in taken:
                        surface = text[s + start : s + end]
                        more.append(
                            (
                                (language, key),
                                Mention(article.id, Span(index, s + start, s + end), surface),
                            )
                        )
    # Counted over the cognates, in whatever language each is written so.
    things = [
        key
        for key in apposed
        if sum(n for k, n in apposed.items() if fuzz.ratio(key[1], k[1]) >= COGNATE_RATIO) >= JUDGES
    ]
    if things:
        more = [
            (key, m)
            for key, m in more
            if not any(fuzz.ratio(key[1], t[1]) >= COGNATE_RATIO for t in things)
        ]
    if not more:
        return tuple(topics)
    mentions = in_text_order((*event.mentions, *(m for _key, m in more)))
    return (replace(event, mentions=mentions), *rest)


def _anchors(event: Topic, rest: Sequence[Topic]) -> dict[tuple[str, int], set[tuple[int, str]]]:
    """(article, paragraph) → (offset, kind) of each mention that anchors a sentence: the
    event's own, the toll's, and those of a place or venue the event's name holds."""
    tolls = [t for t in rest if t.kind == "theme" and t.name in KINDS.values()]
    named = [
        t
        for t in rest
        if t.kind != "theme" and re.search(rf"(?<!\w){re.escape(t.name)}(?!\w)", event.name)
    ]
    anchors: dict[tuple[str, int], set[tuple[int, str]]] = defaultdict(set)
    for kind, group in (("event", [event]), ("toll", tolls), ("place", named)):
        for topic in group:
            for m in topic.mentions:
                anchors[(m.article_id, m.span.paragraph)].add((m.span.start, kind))
    return anchors


def _keyer(
    language: str, held: set[str], named: set[str]
) -> Callable[[str], list[tuple[int, int, str]]]:
    """The (start, end, stem key) of the candidate words of a text in ``language``: none of
    ``held``, nor another form of a word of another topic's name (``named``: "Mondes" of
    "Mond"; the event's own words are held as written only, their stems are the act's
    cognates: "ciclone" of "cyclone")."""
    capitalising = language in NOUN_CAPITALISING
    held = held | _dated(language)
    held_keys = {stem_key(w, language) for w in named}
    cache: dict[str, str] = {}

    def keyed(text: str) -> list[tuple[int, int, str]]:
        out = []
        for m in _WORD.finditer(text):
            word = m.group()
            folded = word.casefold()
            if len(word) < MIN_LETTERS or folded in held:
                continue
            if word[0].isupper() and not capitalising and m.start() > 0:
                continue  # a name, or a word of one
            # German writes its nouns capitalised, and a noun is what is read: the word as
            # written ("Staatsakt"), which its casefolded form is not ("staatsakt").
            written = word if capitalising else folded
            key = cache.get(written)
            if key is None:
                key = cache[written] = unnamed_key(written, language, lambda _w: False)
            if key and key not in held_keys:
                out.append((m.start(), m.end(), key))
        return out

    return keyed


@functools.cache
def _dated(language: str) -> frozenset[str]:
    """The names of the days and months and the number words of ``language`` (CLDR's, as
    babel ships them, and the tables the analysis reads counts with): every article of a
    story writes its day ("mardi", "martes", "martedì") and its toll ("douze", "doce",
    "dodici"), alike across languages, and neither is the act."""
    from babel import Locale, UnknownLocaleError

    from briefing.analysis.number_tables import multipliers, number_words
    from briefing.analysis.weekday_forms import WEEKDAY_FORMS

    words = {*number_words(language), *multipliers(language), *WEEKDAY_FORMS.get(language, ())}
    try:
        locale = Locale.parse(language)
    except (UnknownLocaleError, ValueError):
        return frozenset(w.casefold() for w in words)
    for table in (locale.days, locale.months):
        for context in ("format", "stand-alone"):
            words.update(table.get(context, {}).get("wide", {}).values())
    return frozenset(w.casefold() for w in words)


def _judged(
    event: Topic,
    articles: Sequence[Article],
    languages: Mapping[str, str],
    counted: Callable[[], Any] | None = None,
) -> set[str]:
    """The stem keys of the words other than the event's own that the languages already
    naming the event write (every word of four letters or more but function words), in
    :data:`JUDGES` articles or more. The words are counted per language and key by
    :mod:`.judged_share`, on a worker (``counted``) or here."""
    from briefing.topics.judged_share import judge_texts, judged_counts

    judges = {languages.get(m.article_id, "und") for m in event.mentions} - {"und"}
    own = {
        (
            languages.get(m.article_id, "und"),
            stem_key(w.casefold(), languages.get(m.article_id, "und")),
        )
        for m in event.mentions
        for w in _WORD.findall(m.surface)
    }
    given = counted() if counted is not None else None
    if given is None:
        share = judge_texts(articles, languages, judges)
        given = judged_counts(share, None) if share is not None else {}
    keys: Counter[str] = Counter()
    for language in judges:
        for key, n in given.get(language, {}).items():
            if (language, key) not in own:
                keys[key] += n
    return {key for key, n in keys.items() if n >= JUDGES}


def _agreed(
    hits: Mapping[_Key, set[tuple[str, str]]], uses: Counter[_Key], judged: set[str]
) -> set[_Key]:
    """The words of the act: a language's candidate that another language's candidate
    echoes (cognates), with every cognate anchored twice or more in any language, when
    these span :data:`LANGUAGES` languages; none that a language naming the event already
    writes as another word (``judged``)."""

    freed: dict[_Key, bool] = {}

    def free(key: _Key) -> bool:
        if key not in freed:
            freed[key] = not process.extractOne(
                key[1], judged, scorer=fuzz.ratio, score_cutoff=COGNATE_RATIO
            )
        return freed[key]

    by_language: dict[str, list[str]] = defaultdict(list)
    for language, key in hits:
        if hits[(language, key)]:
            by_language[language].append(key)
    candidates: list[_Key] = []
    for language, keys in by_language.items():
        keys.sort(key=lambda k: (-len(hits[(language, k)]), -uses[(language, k)], k))
        candidates.extend((language, k) for k in keys[:CANDIDATES])
    candidates = [c for c in candidates if free(c)]
    # Whether an anchored word is free is asked only of those that echo a candidate (the
    # search through every judged key is what costs: thousands of anchored words at 10,000).
    anchored = [k for k, found in hits.items() if len(found) >= ANCHORED]
    agreed: set[_Key] = set()
    for one in candidates:
        if not any(
            other[0] != one[0] and fuzz.ratio(one[1], other[1]) >= COGNATE_RATIO
            for other in candidates
        ):
            continue  # one language's habit
        group = {k for k in anchored if fuzz.ratio(one[1], k[1]) >= COGNATE_RATIO and free(k)}
        group |= {one}
        # What the act is, a headline or a count of the dead says ("incendie", "inondations"):
        # a subject of the story ("financement") is written in the leads alone.
        said = {k[0] for k in group if any(kind in _SAYS for _a, kind in hits[k])}
        if len({language for language, _k in group}) >= LANGUAGES and len(said) >= SAID:
            agreed |= group
    return agreed


def _years(text: str, language: str, start: int, end: int) -> set[str]:
    """The years ``text[start:end]`` writes, not the counts written like one ("1500 Tote",
    "2000 dead": :mod:`briefing.analysis.year_counts`)."""
    return {m.group(1) for m in years_written(_YEAR, text, language, start, end)}
