"""A wire dateline in Japanese or Chinese copy: ``ロンドン(EXA) 英国の…``, ``倫敦(EXA) …``.

An international broadcaster's Japanese or Chinese site writes its dateline as the English
one (``LONDON (EXA) —``): the city in the page's script, the house's Latin name in brackets,
and a space (or a dash) before the lead instead of the English dash. The bracket alone opening
the lead (``(EXA) …``) is read by :mod:`briefing.corpus.datelines`; this is the same credit
with its place kept.

Japanese and Chinese prose glosses a name with its Latin form in brackets at every turn
(``示例機構(EXO)は…``, ``示例局(EXA)报道``), so three things must hold: the word before the
bracket is a city GeoNames knows in that script (an organisation, a person, a country is
none), the bracket holds an agency's name (:func:`~briefing.corpus.bracket_agency.agency_like`:
no city, country, picture credit or number), and a space or a dash parts the bracket from
the lead, which opens in Han or kana; a gloss runs straight into its particle or verb.
"""

from __future__ import annotations

import re

from briefing.corpus.bracket_agency import agency_like
from briefing.corpus.colon_dateline import is_city

__all__ = ["cjk_place_dateline"]

_CJK = r"\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff"
#: Full-width brackets, letters and spaces read as their ASCII forms, one for one.
_FULL_WIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}
_SHAPE = re.compile(
    rf"\s*(?P<place>[{_CJK}ー・]{{1,8}})\s*\((?P<agency>[A-Za-z][A-Za-z .&-]{{0,38}}[A-Za-z.])\)"
    rf"(?:\s*(?:—|–|-{{1,2}}|―)\s*|\s+)(?=[「『“]?[{_CJK}])"
)


def cjk_place_dateline(head: str) -> tuple[str, str, int] | None:
    """(place, agency, where the lead starts) for a dateline of a city in Han or kana, an
    agency's Latin name in brackets and a space or dash opening ``head`` (module doc)."""
    match = _SHAPE.match(head.translate(_FULL_WIDTH))
    if match is None:
        return None
    place, agency = match.group("place"), match.group("agency").strip()
    if not agency_like(agency) or not is_city(place):
        return None
    return place, agency, match.end()
