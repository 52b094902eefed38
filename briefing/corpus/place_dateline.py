"""A dateline of a place alone before the lead: ``Ginevra. Ubs acquista …``, ``Milano — …``.

Apart from :mod:`briefing.corpus.datelines`' full datelines (a place with a date or an
agency): this one names no outlet and no day, only where the report was filed, and only the
stand-in title asks for it (to leave the place out of the title's words).
"""

from __future__ import annotations

import re

from briefing.corpus.colon_dateline import is_city
from briefing.corpus.datelines import UPPER

__all__ = ["place_dateline_end"]

#: "Ginevra. Ubs acquista …", "Milano — Ubs compra …": a place alone, a stop or a dash, the lead.
_PLACE_ONLY = re.compile(
    rf"(?P<place>[{UPPER}][^\W\d_]+(?:[ -][{UPPER}][^\W\d_]+){{0,2}})(?:\.|\s*[—–])\s+"
    rf"(?=[\"„«“]?[{UPPER}])"
)


def place_dateline_end(text: str) -> int | None:
    """Where a dateline of a place alone ends (``Ginevra.``, ``Milano —`` before the lead), or
    None. The place must be a city GeoNames knows: "Ubs. The bank …" or "Rescue — The …" open
    no dateline. It names where the report was filed, so it is no word of a stand-in title."""
    match = _PLACE_ONLY.match(text)
    if match is None or len(text) - match.end() < 40:
        return None
    return match.end() if is_city(match.group("place")) else None
