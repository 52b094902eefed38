"""A portal's logo byline: ``示例新聞 のロゴ 示例新聞 2031/03/14 23:07``, ``Logo de Exa Exa …``.

A news portal that carries a partner's story prints the partner's byline under the headline:
its logo, then its name and the time the story went up. Saved as text, the logo becomes its
alt text, which names the house with a word for "logo" (``<name> のロゴ``, ``<name> logo``,
``<name> 로고``, ``<name>标志``; ``Logo de <name>``, ``Logo di <name>``, ``Logo von
<name>``, ``логотип <name>``, ``شعار <name>``), and the line reads: the alt text, the same name
again, a full date and a clock, maybe the name a third time. The name is the outlet whose
story the page carries, the date the day it was published.

Read only when the whole line has that shape (:func:`read_logo_byline`): the name given by the
alt text must be the one printed beside the stamp, and the stamp must state its year, its day
and a time. A partner's logo alone (``![Exa Radio](…logo_exa.jpg)``, ``mk-logo``: a file's
name), a logo's alt text before anything else, or a name and a date that the alt text does not
name is no byline; nor is a line longer than :data:`_LONGEST`, or one below the head
(:data:`_TOP`).
"""

from __future__ import annotations

import datetime as dt
import re

from briefing.corpus.stated import StatedDate, read_date

__all__ = ["logo_day", "logo_outlet", "read_logo_byline"]

#: The name: a run of letters, figures and a few joining marks, no sentence's punctuation.
_NAME = r"(?P<name>[^\W\d_][\w&'’.\- ]{0,38}?[\w.])"
#: The alt text after the name (ja, en, de, ko, zh) or before it (fr, es, pt, it, de, en, ru, ar).
_AFTER_NAME = re.compile(
    rf"\s*{_NAME}\s*(?:のロゴ|ロゴ|[- ]?(?i:logo)|로고|标志|標誌|徽标|標識)\s+(?P=name)\s+"
)
_BEFORE_NAME = re.compile(
    rf"\s*(?:(?i:logo)(?:\s+(?:de|di|do|da|del|von|of))?|логотип|شعار)\s+{_NAME}\s+(?P=name)\s+"
)
#: A clock right after the date: "23:07", "23:07:15", "23時07分".
_CLOCK = re.compile(r"[\s,|·•—–-]*[0-2]?\d(?::[0-5]\d(?::[0-5]\d)?|時[0-5]\d分)(?!\d)")
#: The longest line read, and how many of the first paragraphs it may be.
_LONGEST = 120
_TOP = 8


def read_logo_byline(text: str) -> tuple[str, StatedDate] | None:
    """(name, stamp date) of a logo byline that is all of ``text`` (module doc), or None."""
    if len(text) > _LONGEST:
        return None
    line = text.strip()
    head = _AFTER_NAME.match(line) or _BEFORE_NAME.match(line)
    if head is None:
        return None
    name = head.group("name")
    date = read_date(line, head.end())
    if date is None or date.year is None or date.day is None:
        return None
    clock = _CLOCK.match(line, date.end)
    if clock is None:
        return None
    rest = line[clock.end() :].strip(" |·•—–-")
    if rest and rest != name:
        return None  # more than the name again after the stamp: no byline of this shape
    return name, date


def logo_outlet(paragraphs: list[str]) -> str | None:
    """The house a logo byline near the top names, or None."""
    for text in paragraphs[:_TOP]:
        found = read_logo_byline(text)
        if found is not None:
            return found[0]
    return None


def logo_day(text: str) -> dt.date | None:
    """The day a logo byline states, or None."""
    found = read_logo_byline(text)
    return found[1].value() if found is not None else None
