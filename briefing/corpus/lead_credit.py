"""A wire's byline glued to the lead: ``By AFP British Prime Minister …``.

A page that reprints a wire story often puts the agency's byline on the line of the story
itself once its line breaks are lost: ``By AFP The minister said …``, ``Por EFE El Gobierno
…``. The byline names the outlet as surely as ``By AFP`` on a line of its own
(:func:`briefing.corpus.wire_cues.agency_signature`), provided it is a byline:

- a byline word opens the paragraph, and a wire the table knows follows it, written as
  wires write themselves (``AFP``, ``dpa``, ``Reuters``): "By afp" is no credit;
- the lead starts right after it with a capital (or an opening quote) and goes on for a
  sentence: "By Reuters standards …", "By AP Photo" or "By Reuters Staff" in a picture's
  credit, "By AFP and Reuters" (two wires) are not a lead.

An agency also opens its own story with its name and a dash, as Italian agencies do:
``AGI - In una città …`` (:func:`wire_dash_lead`). The same holds: a wire the table knows,
written as it writes itself, then a dash, then a sentence starting with a capital. A dash
after a capitalised word is also how a glossary opens ("AGI - Artificial general
intelligence is …"), so the caller asks that the name comes up nowhere else in the article:
a story about a thing names it again, an agency's credit is said once.
"""

from __future__ import annotations

import re

from briefing.corpus.wires import WIRES

__all__ = ["wire_byline_lead", "wire_dash_lead"]

_BYLINE = re.compile(r"(?:By|BY|Por|POR|Par|PAR|Von|VON|Di|Da|От|Від)\s+")
_LEAD_START = re.compile(r"[\"„«“]?[A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐ]")
#: Capitalised words that follow a wire in a credit, not in a lead.
_CREDIT_WORDS = frozenset(
    {"photo", "photos", "foto", "fotos", "video", "staff", "images", "reporters", "correspondents"}
)
#: Words the lead must have after the byline: a sentence, not a credit line.
_MIN_LEAD_WORDS = 8


def wire_byline_lead(text: str) -> tuple[str, int] | None:
    """(the wire's display name, where the lead starts) for a paragraph that opens with a
    known wire's byline run into the lead, or None."""
    byline = _BYLINE.match(text)
    if byline is None:
        return None
    words = text[byline.end() : byline.end() + 200].split(" ", 4)
    for size in (3, 2, 1):
        if len(words) <= size:
            continue
        wire = " ".join(words[:size])
        full = WIRES.get(wire.upper())
        if full is None or not (wire.isupper() or wire.istitle() or wire == full):
            continue
        start = byline.end() + len(wire) + 1
        rest = text[start:]
        first = rest.split(" ", 1)[0].strip('"„«“').lower()
        if not _LEAD_START.match(rest) or first in _CREDIT_WORDS:
            return None
        if len(rest.split(None, _MIN_LEAD_WORDS)) <= _MIN_LEAD_WORDS:
            return None
        return full, start
    return None


#: "AGI - In una città …": a wire's name, a dash and the lead (module doc).
_DASH_LEAD = re.compile(r"(?P<wire>[A-Za-z][\w-]{1,20})\s(?:-|–|—)\s")


def wire_dash_lead(text: str) -> tuple[str, int] | None:
    """(the wire's display name, where the lead starts) for a paragraph opening with a known
    wire's name and a dash before a lead of a sentence (``AGI - In una città …``), or None."""
    match = _DASH_LEAD.match(text)
    if match is None:
        return None
    wire = match.group("wire")
    full = WIRES.get(wire.upper())
    if full is None or not (wire.isupper() or wire == full):
        return None
    rest = text[match.end() :]
    if not _LEAD_START.match(rest) or len(rest.split(None, _MIN_LEAD_WORDS)) <= _MIN_LEAD_WORDS:
        return None
    return full, match.end()
