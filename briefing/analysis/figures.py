"""Figure disagreements: one quantity given as different numbers, or as a number and a list.

A figure is only compared with another when both count the same thing (unit: "leaders",
"people", "documents"), for the same day (a date in the sentence, or earlier in the same
paragraph), with the same kind of predicate ("attend", "kill", "injure"…). Without all three
there is no telling whether two numbers measure one quantity, so nothing is said.

Each figure is an interval: "about 1,300" and "1,287" overlap, "more than 20" and "23"
overlap, a round "1,300" stands for 1,250–1,349. Only figures whose intervals cannot both be
true are flagged, so a rounded figure next to a precise one is never a discrepancy.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from whoosh.lang.porter import stem

from briefing.analysis.model import Claim, Discrepancy, Quote
from briefing.analysis.names import countries, is_place
from briefing.analysis.text import Sentence, capitalised_words, sentences, word_set
from briefing.analysis.timeline import TimelineEntry
from briefing.model import Article, Span

_WORDS = {
    w: i
    for i, w in enumerate(
        re.findall(
            r"\w+",
            "zero one two three four five six seven eight nine ten eleven twelve thirteen "
            "fourteen fifteen sixteen seventeen eighteen nineteen twenty",
        )
    )
} | {"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
     "ninety": 90, "hundred": 100, "dozen": 12}  # fmt: skip
_QUALIFIERS = {
    "about": "about", "around": "about", "roughly": "about", "approximately": "about",
    "some": "about", "an estimated": "about", "close to": "nearly", "nearly": "nearly",
    "almost": "nearly", "more than": "above", "over": "above", "above": "above",
    "at least": "from", "fewer than": "below", "less than": "below", "under": "below",
    "below": "below", "up to": "upto", "at most": "upto",
}  # fmt: skip
_NUMBER = r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|" + "|".join(sorted(_WORDS, key=len, reverse=True))
_FIGURE = re.compile(
    r"(?:\b(?P<qual>" + "|".join(sorted(_QUALIFIERS, key=len, reverse=True)) + r")\s+)?"
    r"\b(?!(?:18|19|20)\d\d\b)(?P<num>" + _NUMBER + r")(?:\s+(?P<mult>thousand|million|billion))?"
    r"(?![\w\-%,.]*\w)(?!-)(?=\s+(?P<unit>[a-z]+(?:\s+[a-z]+){0,2}))",
    re.I,
)
_UNIT_STOP = word_set(
    "of from in on at to with for and or who that which were was are is will would have had "
    "has be been attending attended taking"
)
#: Stemmed head nouns that count the same things.
_UNIT_CLASSES = {"head": "leaders", "leader": "leaders", "presid": "leaders",
                 "person": "people", "peopl": "people"}  # fmt: skip
#: Predicate classes: what is being counted happening. Stems as Whoosh's Porter stemmer gives.
_PREDICATES = {
    "attend": "attend", "particip": "attend", "part": "attend", "join": "attend",
    "kill": "kill", "dead": "kill", "die": "kill", "death": "kill", "fatal": "kill",
    "injur": "injure", "wound": "injure", "hurt": "injure",
    "arrest": "arrest", "detain": "arrest", "detent": "arrest",
    "sign": "sign", "evacu": "evacuate", "displac": "displace", "fled": "displace",
    "flee": "displace", "deploi": "deploy",
}  # fmt: skip
_PARTIAL = re.compile(
    r"\b(?:joined by|alongside|also|other|others|including|includes|include|among|such as|"
    r"besides|as well as|along with|in addition)\b",
    re.I,
)
_CLAUSE = re.compile(r"[,;:()—]|\b(?:and|but|while|whereas)\b")
_LIST_LEAD = re.compile(r"\b(?:leaders|heads of state|presidents)\s+(?:of|from)\s+$", re.I)


@dataclass(frozen=True, slots=True)
class _Figure:
    unit: str
    predicates: frozenset[str]
    day: str
    low: float
    high: float
    value: str
    quote: Quote
    #: What is counted, as written ("documents"), for the report's wording.
    noun: str = ""
    #: Places the sentence names ("Kabul"): counts for two places are two quantities.
    places: frozenset[str] = frozenset()


def figure_discrepancies(
    articles: Iterable[Article], entries: Sequence[TimelineEntry]
) -> list[Discrepancy]:
    """Same unit, same day, same predicate, incompatible numbers."""
    days = _days_by_sentence(entries)
    groups: dict[tuple[str, str, frozenset[str]], list[_Figure]] = defaultdict(list)
    for article in articles:
        for p_index, paragraph in enumerate(article.paragraphs):
            if paragraph.foldable:
                continue
            parts = sentences(paragraph.text)
            for position, sentence in enumerate(parts):
                day = _context_day(days, article.id, p_index, parts, position)
                if day is None:
                    continue
                quote = Quote(
                    article.id,
                    article.source,
                    Span(p_index, sentence.start, sentence.end),
                    sentence.text,
                )
                for figure in _figures(sentence.text, day, quote):
                    groups[(figure.unit, figure.day, figure.predicates)].append(figure)
    found = []
    for key, figures in sorted(groups.items(), key=_key):
        for same_place in _by_place(figures):
            judged = _judge(key, same_place)
            if judged is not None:
                found.append(judged)
    return found


def _by_place(figures: list[_Figure]) -> list[list[_Figure]]:
    """Figures per named place; unplaced ones join the only named place, else stay apart."""
    named: dict[frozenset[str], list[_Figure]] = defaultdict(list)
    unplaced: list[_Figure] = []
    for figure in figures:
        (named[figure.places] if figure.places else unplaced).append(figure)
    if not named:
        return [unplaced]
    if len(named) == 1:
        next(iter(named.values())).extend(unplaced)
        return list(named.values())
    return [*named.values(), unplaced]


def _key(item: tuple[tuple[str, str, frozenset[str]], list[_Figure]]) -> tuple[str, str, str]:
    unit, day, predicates = item[0]
    return day, unit, ",".join(sorted(predicates))


def _days_by_sentence(entries: Sequence[TimelineEntry]) -> dict[tuple[str, int, int], str]:
    days: dict[tuple[str, int, int], str] = {}
    for entry in entries:
        if entry.date is not None and entry.precision == "day":
            span = entry.sentence_span
            days.setdefault((entry.article_id, span.paragraph, span.start), _show(entry))
    return days


def _show(entry: TimelineEntry) -> str:
    assert entry.date is not None
    return f"{entry.date.day} {entry.date:%B %Y}"


def _context_day(
    days: dict[tuple[str, int, int], str],
    article_id: str,
    paragraph: int,
    parts: Sequence[Sentence],
    position: int,
) -> str | None:
    """The day a sentence speaks of: its own date, else the last one earlier in the paragraph."""
    for earlier in reversed(parts[: position + 1]):
        day = days.get((article_id, paragraph, earlier.start))
        if day is not None:
            return day
    return None


def _figures(text: str, day: str, quote: Quote) -> list[_Figure]:
    found = []
    listed = _country_list(text)
    places = frozenset(w for _, _, w in capitalised_words(text) if is_place(w)) - set(listed)
    for match in _FIGURE.finditer(text):
        number = _number(match["num"], match["mult"])
        taken = _unit_words(match["unit"])
        if not taken:
            continue  # no unit: "three to six days" is a range, not a count
        predicates = _predicates(_clause(text, match.start(), match.end()))
        if not predicates:
            continue
        low, high = _interval(number, match["qual"], match["num"])
        value = f"{match.group()} {' '.join(taken)}"
        if match["num"].lower() in _WORDS:
            value += f" ({number:g})"
        noun = taken[-1].lower()
        found.append(_Figure(_unit(taken), predicates, day, low, high, value, quote, noun, places))
    if listed and not _PARTIAL.search(text):
        predicates = _predicates(text)
        if predicates:
            value = f"{len(listed)} listed: {', '.join(listed)}"
            found.append(
                _Figure(
                    "leaders", predicates, day, len(listed), len(listed), value, quote, "", places
                )
            )
    return found


def _number(text: str, multiplier: str | None) -> float:
    word = text.lower()
    value = float(_WORDS[word]) if word in _WORDS else float(text.replace(",", ""))
    scale = {"thousand": 1e3, "million": 1e6, "billion": 1e9}.get((multiplier or "").lower(), 1)
    return value * scale


def _unit_words(words: str) -> list[str]:
    """The words naming what is counted: up to the first preposition or verb."""
    compound = re.match(r"heads of (?:state|government)\b", words, re.I)
    if compound:
        return compound.group().split()
    taken = []
    for word in words.split():
        if word.lower() in _UNIT_STOP:
            break
        taken.append(word)
    return taken


def _unit(taken: list[str]) -> str:
    """The unit's class: its head noun stemmed, synonyms merged ("heads" → "leaders")."""
    head = stem(taken[0 if taken[1:2] == ["of"] else -1].lower())
    return _UNIT_CLASSES.get(head, head)


def _clause(text: str, start: int, end: int) -> str:
    before = [m.end() for m in _CLAUSE.finditer(text, 0, start)]
    after = _CLAUSE.search(text, end)
    return text[(before[-1] if before else 0) : (after.start() if after else len(text))]


def _predicates(text: str) -> frozenset[str]:
    found = set()
    for word in re.findall(r"[a-z]+", text.lower()):
        root = stem(word)
        for prefix, predicate in _PREDICATES.items():
            if root.startswith(prefix):
                found.add(predicate)
    return frozenset(found)


def _interval(number: float, qualifier: str | None, written: str) -> tuple[float, float]:
    kind = _QUALIFIERS.get((qualifier or "").lower())
    if kind == "about":
        return number * 0.85, number * 1.15
    if kind == "nearly":
        return number * 0.85, number
    if kind == "above":
        return number + 1e-9, math.inf
    if kind == "from":
        return number, math.inf
    if kind == "below":
        return 0, number - 1e-9
    if kind == "upto":
        return 0, number
    digits = written.replace(",", "")
    zeros = len(digits) - len(digits.rstrip("0")) if digits.isdigit() else 0
    if number >= 20 and zeros:
        half = 10**zeros / 2  # a round figure stands for everything that rounds to it
        return number - half, number + half - 1e-9
    return number, number


def _country_list(text: str) -> list[str]:
    """Countries named in one enumeration after "leaders of" ("A, B, C and D"), or []."""
    names = countries()
    pattern = re.compile(r"[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)*")
    for lead in re.finditer(
        r"\b(?:leaders|heads of state|presidents)\s+(?:of|from)\s+", text, re.I
    ):
        listed: list[str] = []
        rest = text[lead.end() :]
        while True:
            match = pattern.match(rest)
            if not match or match.group() not in names:
                break
            listed.append(match.group())
            rest = rest[match.end() :]
            joiner = re.match(r",?\s*(?:and|&)\s+|,\s*", rest)
            if not joiner:
                break
            rest = rest[joiner.end() :]
        if len(listed) >= 3:
            return list(dict.fromkeys(listed))
    return []


def _judge(key: tuple[str, str, frozenset[str]], figures: list[_Figure]) -> Discrepancy | None:
    clash = any(
        a.quote.span != b.quote.span or a.quote.article_id != b.quote.article_id
        for i, a in enumerate(figures)
        for b in figures[i + 1 :]
        if max(a.low, b.low) > min(a.high, b.high)
    )
    if not clash:
        return None
    unit, day, predicates = key
    if unit not in _UNIT_CLASSES.values():
        unit = figures[0].noun or unit
    by_value: dict[str, list[Quote]] = defaultdict(list)
    for figure in figures:
        by_value[figure.value].append(figure.quote)
    verb = "/".join(sorted(predicates))
    return Discrepancy(
        "figure",
        f"{unit} ({verb}), {day}",
        tuple(Claim(value, tuple(dict.fromkeys(quotes))) for value, quotes in by_value.items()),
        note=f"figures for {unit} who {verb} on {day} cannot all be true",
    )
