"""One news agency however a credit spells it: "Reuters", "REUTERS" and رويترز, "INTERFAX.RU"
and "Interfax", 時事通信社 and "Jiji Press".

The readers give a credit back as the text writes it where they must (an Arabic agency, a
provider line), and as :data:`~briefing.corpus.wires.WIRES`' display name elsewhere, so one
wire can stand under several names across a multilingual packet. Counting outlets (the brief's
"20 articles from N named outlets") needs them grouped; showing one article's source keeps the
text's own spelling. Only known agencies are grouped: any other name is its own.
"""

from __future__ import annotations

import re

from briefing.corpus.arabic_lead_credit import folded_agency
from briefing.corpus.wires import WIRES

__all__ = ["wire_identity"]

#: Agencies as Arabic writes them, folded by :func:`~.arabic_lead_credit.folded_agency` → the
#: display name.
_ARABIC: dict[str, str] = {
    "رويترز": "Reuters",
    "افب": "Agence France-Presse",
    "فرانسبرس": "Agence France-Presse",
    "وكالةفرانسبرس": "Agence France-Presse",
    "دبا": "dpa",
    "اسوشيتدبرس": "The Associated Press",
    "الاناضول": "Anadolu Agency",
    "شينخوا": "Xinhua",
    "تاس": "TASS",
}
#: Agencies as Japanese writes them, without 通信社 / 通信 ("news agency") → the display name.
_JAPANESE: dict[str, str] = {"時事": "Jiji Press", "共同": "Kyodo News", "ロイター": "Reuters"}
#: A web domain's ending after an agency's name ("INTERFAX.RU", "Reuters.com").
_DOMAIN = re.compile(r"\.(?:[a-z]{2,3})(?:\.[a-z]{2})?$", re.IGNORECASE)


def wire_identity(name: str) -> str:
    """The display name of the agency ``name`` spells, or ``name`` itself when it is none."""
    bare = _DOMAIN.sub("", name.strip())
    wire = WIRES.get(bare.upper())
    if wire is not None:
        return wire
    folded = folded_agency(bare)
    if folded in _ARABIC:
        return _ARABIC[folded]
    japanese = re.sub(r"(?:通信社|通信)$", "", bare)
    return _JAPANESE.get(japanese, name)
