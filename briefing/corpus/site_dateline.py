"""A site's name, a bar and a wire's dateline on one line: ``Example News | Paris (AFP)``.

Some sites open a story taken from an agency with their own name, a bar and the agency's
dateline (the place and the agency in brackets), alone on the first line:
``Example News | PARIS (AFP)``, in Arabic ``مثال الآن | موريشيوس (رويترز)``. Read as
``Headline | Site`` (:func:`briefing.corpus.title_window.strip_site`), the site's name became
the title and the dateline, place and agency together, the outlet: a value the text never
gives as a name.

The line is the page's furniture (no headline), and it names its outlet the way a wire's
dateline does: the agency in the brackets, as the text writes it. The bracket must hold an
agency the briefing knows (:data:`briefing.corpus.wires.WIRES`, or an Arabic agency of
:func:`briefing.corpus.arabic_lead_credit.arabic_agency`) and the part before it be one to
three words (a place): ``Headline | Example (Paris)`` or ``Tickets | Concert (Saturday)`` are
no datelines.
"""

from __future__ import annotations

import re

from briefing.corpus.arabic_lead_credit import arabic_agency
from briefing.corpus.wires import WIRES

__all__ = ["first_site_dateline", "site_dateline_outlet"]

_LINE = re.compile(
    r"\s*(?P<site>[^|｜()\n]{2,40}?)\s*[|｜]\s*"
    r"(?P<place>[^\W\d_][^\W\d_.'’-]*(?:[ '’-][^\W\d_]+){0,2})\s*[،,]?\s*"
    r"\((?P<agency>[^()\n]{1,30})\)\s*[-–—:]{0,2}\s*"
)
#: Paragraphs the line is looked for in: it opens the page.
_REACH = 3


def site_dateline_outlet(text: str) -> str | None:
    """The agency of a ``Site | PLACE (AGENCY)`` line that is ``text`` entirely, else None."""
    match = _LINE.fullmatch(text)
    if match is None:
        return None
    agency = match.group("agency").strip()
    if agency.upper() in WIRES:
        return WIRES[agency.upper()]
    return agency if arabic_agency(agency) else None


def first_site_dateline(paragraphs: list[str]) -> str | None:
    """The agency of such a line among the first paragraphs, else None."""
    for text in paragraphs[:_REACH]:
        outlet = site_dateline_outlet(text)
        if outlet is not None:
            return outlet
    return None
