"""Figures that look like a time of day and are not: a price, a decimal measure, a date.

Split from :mod:`.clocks` for size: a time written with a dot ("18.07 Uhr") looks like a
decimal ("12.50 euros", "17.90 km") or a day and month ("am 8.05."), so before a dotted
figure is read as a time, the currency signs and names (CLDR through Babel) and the units
(:mod:`.units`) around it are read in the article's language.
"""

from __future__ import annotations

import re
from functools import cache

from babel.numbers import list_currencies

from briefing.analysis.locales import locale_for
from briefing.analysis.text import WORD
from briefing.analysis.units import unit_after


def _not_a_time(text: str, match: re.Match[str], language: str) -> bool:
    """ "12.50 euros", "€17.90", "17.90 km", "8.05." (a date): a decimal or a date."""
    if match["half"]:
        return False
    marks = _currency_marks(language)
    before = text[: match.start()].rstrip()[-1:]
    rest = text[match.end() :]
    after = rest.lstrip()
    if before in marks or after[:1] in marks:
        return True
    if rest[:1] == "." and int(match["minute"]) <= 12:
        return True  # "am 8.05.": day and month
    unit = unit_after(text, match.end(), language)
    if unit is not None and not unit.duration:
        return True  # "17.90 km"; but "18.07 horas" is a time of day
    following = WORD.match(after)
    return following is not None and following.group().casefold() in _currency_words(language)


@cache
def _currency_marks(language: str) -> frozenset[str]:
    marks = {"$", "€", "£", "¥", "₺", "₽", "₹"}
    locale = locale_for(language)
    if locale is not None:
        marks |= {s for s in locale.currency_symbols.values() if len(s) == 1}
    return frozenset(marks)


@cache
def _currency_words(language: str) -> frozenset[str]:
    """Currency codes and the words of currency names in ``language`` ("euros", "Euro")."""
    words = {c.casefold() for c in list_currencies()}
    locale = locale_for(language)
    if locale is not None:
        for name in locale.currencies.values():
            words.update(w.casefold() for w in WORD.findall(name))
        for forms in locale._data["currency_names_plural"].values():
            for name in dict(forms).values():
                words.update(w.casefold() for w in WORD.findall(name))
    return frozenset(w for w in words if len(w) >= 3)
