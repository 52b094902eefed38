"""The language's "until" and range joiner before a date ("jusqu'au", "hasta el", "bis zum",
"до"; "du 31 … au 2"): the date that follows ends a period, it is not the day something
happened.

Split from :mod:`.period_ends` (which compares the ends of periods across articles and reads
period phrases with the topics layer) so that the timeline (:mod:`.date_roles`) can ask
"is this date an end?" without depending on the topics package: a changed topic rule must not
make the timeline's cache stale.
"""

from __future__ import annotations

import re
from functools import cache

#: The language's "until" before a date ("jusqu'au", "hasta el", "bis zum", "до", "по").
UNTIL: dict[str, str] = {
    "en": r"until|till|through",
    "fr": r"jusqu['’]\s*(?:au|à|a)(?:\s+le)?",
    "es": r"hasta(?:\s+el)?",
    "pt": r"até(?:\s+(?:o|ao|a|dia))?",
    "it": r"fino\s+(?:al|a)",
    "de": r"bis(?:\s+(?:zum|einschließlich))?",
    "nl": r"tot(?:\s+en\s+met)?",
    "ru": r"по|до",
    "uk": r"по|до",
    "pl": r"do",
    "ro": r"până\s+(?:la|pe|în)",
    # "حتى", "لغاية", "إلى غاية", with "and" glued before ("وحتى")
    "ar": r"[وف]?(?:حتى|لغاية)|[وف]?[إا]لى\s+غاية",
}
#: The joiner of a range "from <date> to <date>": an end only right after a first date.
TO: dict[str, str] = {
    "en": r"to",
    "fr": r"au",
    "es": r"al",
    "pt": r"a",
    "it": r"al",
    "de": r"bis(?:\s+zum)?",
    "nl": r"tot",
    "ru": r"по|до",
    "uk": r"по|до",
    "pl": r"do",
    "ro": r"la|până\s+la",
    "ar": r"[إا]لى|حتى",
}


def until_before(text: str, language: str) -> bool:
    """Whether ``text`` (what stands before a date phrase) ends on the language's "until"
    ("jusqu'au", "hasta el", "bis", "до"): the date that follows ends a period."""
    until = until_patterns(language)
    return until is not None and until[0].search(text) is not None


@cache
def until_patterns(language: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """(the "until" word ending a gap or opening a date phrase, the range joiner)."""
    if language not in UNTIL:
        return None
    until = re.compile(rf"(?i)(?<!\w)(?:{UNTIL[language]})\s*$")
    to = re.compile(rf"(?i)^\s*(?:{TO[language]})\s*$")
    return until, to
