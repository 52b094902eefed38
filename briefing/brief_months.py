"""A month both statements name besides their day: one text told in two languages?

``analysis.same_event`` ties two statements of one day by two names or figures in common;
a translated report keeps every name, figure and date of its source, but a month written
in words ("début juillet", "в начале июля") is neither a name nor a figure, so a wire text
and its translation that share one name and a month fall one short:

    "Liz Truss est devenue première ministre le 6 septembre dernier, en remplaçant Boris
    Johnson qui avait démissionné début juillet."
    "Она стала премьер-министром 6 сентября, сменив на этом посту Бориса Джонсона, который
    ушел в отставку в начале июля."

Here two statements of one day (their own date phrases blanked out) are one event when
they name the **same other month** — read from CLDR's wide month names in each statement's
language, so nothing is a word list of one story — and share a **telling** name or figure
(``same_event.shared``: not a place, not a name the whole story is about). A month alone
is never enough (two things done on one day may both follow July's events), nor a name
alone (one minister does two things a day).

Abbreviations are not read ("sept" is French for seven, "mar" Spanish for sea), and in a
language that capitalises its month names (English, German) only the capitalised word is
a month ("in May" — not "may").
"""

from __future__ import annotations

import re
from functools import cache

from briefing.analysis.locales import locale_for
from briefing.analysis.same_event import shared

_WORD = re.compile(r"[^\W\d_]+")


@cache
def _wide_months(language: str) -> tuple[dict[str, int], bool]:
    """CLDR's wide month names of ``language`` (every case form CLDR lists, casefolded) →
    1–12, and whether the language writes them with a capital."""
    locale = locale_for(language)
    if locale is None:
        return {}, False
    names: dict[str, int] = {}
    capital = False
    for context in ("format", "stand-alone"):
        for number, name in locale.months[context]["wide"].items():
            names.setdefault(name.casefold(), number)
            capital = capital or (context == "format" and name[:1].isupper())
    return names, capital


def months(text: str, language: str) -> frozenset[int]:
    """The months ``text`` names in words (module docstring)."""
    names, capital = _wide_months(language)
    return frozenset(
        names[word.casefold()]
        for word in _WORD.findall(text)
        if word.casefold() in names and (not capital or word[:1].isupper())
    )


def same_backstory(
    a: str, a_language: str, b: str, b_language: str, common: frozenset[str] = frozenset()
) -> bool:
    """True when statements ``a`` and ``b`` of one day (their date phrases blanked out)
    name one other month and share a telling name or figure."""
    if not months(a, a_language) & months(b, b_language):
        return False
    count, telling = shared(a, a_language, b, b_language, common)
    return count >= 1 and telling
