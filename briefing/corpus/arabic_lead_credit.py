"""An Arabic lead opening with a news agency's name and a colon: ``أ ف ب: افتتح …``.

Arabic sites that run an agency's copy often credit it at the very start of the lead, before
a colon, with no city: the agency's Arabic initials (``أ ف ب``, AFP; ``د ب أ``, dpa; ``أ ش
أ``, MENA; spaced or dotted: ``د.ب.أ``), or its name as Arabic writes it (``رويترز``,
``فرانس برس``, ``الأناضول``, ``كونا`` …). The credit names the outlet the way a bracketed
dateline does (``جنيف - 19 - 3 (كونا) --``, :mod:`briefing.corpus.arabic_dateline`), and it is
given back as written, as that reader gives it.

Unlike a bracket after a city, a name and a colon also open a quote (``الرئيس: …``, "the
president: …") or a headline (``ترامب: …``), so only the agencies of :data:`_AGENCIES` count,
matched after Arabic's spelling variants are folded (the hamza's alef ``أ``/``إ``/``آ`` read as
``ا``, the dots and spaces between initials dropped). A lead of a sentence must follow (eight
words or more): a short ``رويترز: صورة`` is a picture's credit, not a story's.
"""

from __future__ import annotations

import re

__all__ = ["arabic_agency", "arabic_lead_credit", "folded_agency"]

#: The agencies' credits with their alefs folded and no spaces or dots (``أ ف ب`` → ``افب``).
_AGENCIES = frozenset(
    {
        "افب",  # Agence France-Presse
        "فرانسبرس",
        "وكالةفرانسبرس",
        "دبا",  # dpa
        "اشا",  # MENA, Egypt's agency
        "رويترز",
        "اسوشيتدبرس",  # The Associated Press
        "الاناضول",
        "شينخوا",
        "سبوتنيك",
        "تاس",
        "واس",  # Saudi Press Agency
        "وام",  # WAM, the Emirates'
        "قنا",  # Qatar News Agency
        "كونا",  # Kuwait News Agency
        "سانا",  # SANA, Syria's
        "بترا",  # Petra, Jordan's
        "بنا",  # Bahrain News Agency
        "وفا",  # WAFA, Palestine's
        "ارنا",  # IRNA, Iran's
        "واج",  # APS, Algeria's
        "لاماب",  # MAP, Morocco's
    }
)
#: One to three Arabic words (or single letters, an agency's initials, spaced or dotted), then
#: a colon and the lead.
_CREDIT = re.compile(
    r"\s*(?P<name>[\u0621-\u064a](?:[\u0621-\u064a\u064b-\u065f]*)"
    r"(?:[ .][\u0621-\u064a][\u0621-\u064a\u064b-\u065f]*){0,3})\.?\s*[:：]\s+(?=\S)"
)
_ALEF = str.maketrans("أإآ", "ااا")
_MIN_LEAD_WORDS = 8
#: Paragraphs looked at: under a headline, a section label and a standfirst.
_REACH = 6


def arabic_lead_credit(paragraphs: list[str]) -> str | None:
    """The agency credited before a colon at the start of one of the first paragraphs (module
    doc), as the text writes it; else None."""
    for text in paragraphs[:_REACH]:
        match = _CREDIT.match(text)
        if match is None:
            continue
        name = match.group("name")
        if not arabic_agency(name):
            continue
        if len(text[match.end() :].split(None, _MIN_LEAD_WORDS)) > _MIN_LEAD_WORDS:
            return name
    return None


def arabic_agency(name: str) -> bool:
    """Whether ``name``, as Arabic writes it, is one of the agencies of :data:`_AGENCIES`
    (alefs folded, spaces and dots between initials dropped)."""
    return folded_agency(name) in _AGENCIES


def folded_agency(name: str) -> str:
    """The name with its alefs folded and no spaces, dots or short vowels."""
    return re.sub(r"[\s.\u064b-\u065f]", "", name.translate(_ALEF))
