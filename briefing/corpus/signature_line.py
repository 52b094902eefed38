"""A paragraph signed at its end by a date and the outlet: ``… 07.12.2024, Sputnik Afrique``.

Apart from :mod:`briefing.corpus.datelines`, which reads what opens a paragraph: a signature
closes one, and both the publication date and the outlet readers ask for it.
"""

from __future__ import annotations

import re

from briefing.corpus.datelines import UPPER
from briefing.corpus.stated import StatedDate, read_date

__all__ = ["read_signature"]

# "… 07.12.2024, Sputnik Afrique": a numeric date and the outlet signing a paragraph.
_SIGNATURE = re.compile(
    rf"(?:^|\s)(?P<date>[0-3]?\d\.[01]?\d\.(?:19|20)\d\d),\s+"
    rf"(?P<name>[{UPPER}][\w.-]*(?: [{UPPER}][\w.-]*){{0,2}})\.?$"
)


def read_signature(text: str) -> tuple[StatedDate, str] | None:
    """(date, outlet) from a ``07.12.2024, Sputnik Afrique`` signature ending ``text``, or None."""
    match = _SIGNATURE.search(text[-80:]) if "," in text[-80:] else None
    if match is None:
        return None
    date = read_date(match.group("date"))
    return (date, match.group("name")) if date is not None else None
