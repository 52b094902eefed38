"""A wire named by its own cues: a dateline (``MOSCOW (AP) —``), its credit and place run
into the lead (``dpa Genf Die Verhandlungen …``), its signature (``Por AFP``, ``dpa/jp``) or a
byline with a date (``Von dpa 8. Mai 2025``), and the display name of any credit.

Split from :mod:`briefing.corpus.sources`, which tries these cues in its order of strength;
only the wires of :data:`briefing.corpus.wires.WIRES` count, since "By Jane Doe" is an author.
"""

from __future__ import annotations

import re

from briefing.corpus.colon_dateline import is_city
from briefing.corpus.datelines import read_dateline
from briefing.corpus.labels import read_label
from briefing.corpus.stated import StatedDate, read_date
from briefing.corpus.wires import WIRES

# An agency signing the story: a byline naming a wire ("By AP", "Por AFP", "Von dpa") or the
# wire and editor initials closing it ("dpa/jp", "(AFP)", "— Reuters").
_AGENCY_SIGNATURE = re.compile(
    r"^(?:(?P<by>By|BY|Por|POR|Par|PAR|Von|VON|Di|Da|От|Від)\s+|(?P<mark>[(—–-])\s*"
    r"|(?P<author>[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3}),\s+)?"
    r"(?P<wire>[A-Za-zА-Яа-яЁё][\w .-]{1,28}?)(?P<initials>(?:\s*/\s*[a-z]{1,4})+)?\)?\.?$"
)
# "… Von dpa 8. Mai 2025 …": a wire byline and its date inside a run-together paragraph.
_WIRE_BYLINE = re.compile(r"(?:^|\s)(?:By|Von|Por|Par|Di|Da)\s+(?P<wire>[A-Za-z][\w-]{1,20})\s+")
#: The words every ``_WIRE_BYLINE`` match opens with: a text holding none is not searched.
_BYLINE_WORDS = ("By", "Von", "Por", "Par", "Di", "Da")


def wire_dateline(text: str) -> str | None:
    """The agency named by a dateline opening ``text`` (``MOSCOW (AP) —``), or None; also
    after a publication label kept on its line (``date 2031-06 TOKIO(AP )``: the label and a
    short dateline, one paragraph)."""
    dateline = read_dateline(text)
    if dateline is None and (label := read_label(text)) is not None:
        dateline = read_dateline(text[label.end :].lstrip(" /|·•—–-"))
    if dateline is None and (after := after_opening_note(text)) is not None:
        dateline = read_dateline(text[after:])
    if dateline is None or dateline.agency is None:
        return None
    return canonical_source(dateline.agency)


#: An editor's note in brackets opening the paragraph, glued to what follows it: "(Correction
#: of the report of 9.8.2031: the source is …)LISBON (Example) - …". Three words at least, so
#: a wire's own bracket "(Example) - …" (read by ``read_dateline``) is none.
_OPENING_NOTE = re.compile(r"\s*\((?P<note>[^()]{10,400})\)\s*(?=[A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐ])")


def after_opening_note(text: str) -> int | None:
    """Where the text after an opening editor's note in brackets starts (the note and what
    follows it are two things: a dateline stays a dateline after it), or None."""
    match = _OPENING_NOTE.match(text)
    if match is None or len(match.group("note").split()) < 3:
        return None
    return match.end()


#: A word that may start the lead after a credit and a place: a capital (or an opening quote).
_LEAD_START = re.compile(r"[\"„«“]?[A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐ]")
_PLACE_WORD = re.compile(r"[A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐ][^\W\d_]+(?:-[^\W\d_]+)*|d[aeiou]")


def wire_credit_lead(text: str) -> str | None:
    """The wire whose credit and dateline place open ``text`` with nothing between them and the
    lead (``dpa Genf Die Verhandlungen …``), or None (:func:`read_credit_lead`)."""
    found = read_credit_lead(text)
    return found[0] if found else None


def read_credit_lead(text: str) -> tuple[str, int] | None:
    """(wire, where the lead starts) when a wire's credit and a dateline place open ``text``
    with nothing between them and the lead: ``dpa Genf Die Verhandlungen …``, a page's "dpa"
    label and "Genf" dateline once the line breaks between them are lost.

    Only a known wire in one of its own spellings (``dpa``, ``AFP``, ``Reuters``) counts; the
    next one to three words must be a city GeoNames knows, and a capital must start the lead
    after them: "AP Photo", "Reuters Institute", "Reuters Berlin bureau" or "AFP reported"
    open no story.
    """
    words = text[:200].split(" ", 8)[:8]
    for size in (1, 2):
        wire = " ".join(words[:size])
        full = WIRES.get(wire.upper())
        if full is None or not (wire.isupper() or wire.islower() or wire.istitle()):
            continue
        for length in (1, 2, 3):
            place, rest = words[size : size + length], words[size + length :]
            if not rest or not all(_PLACE_WORD.fullmatch(w) for w in place):
                break
            if place[-1][:1].islower() or not _LEAD_START.match(rest[0]):
                continue
            if is_city(" ".join(place)):
                return full, len(" ".join(words[: size + length])) + 1
    return None


def agency_signature(text: str) -> str | None:
    """A known wire signing the story in a line of its own (``Por AFP``, ``dpa/jp``), or None.

    Only the wires in :data:`WIRES` count: "By Jane Doe" is an author, not an outlet.
    """
    if len(text) > 60:
        return None
    match = _AGENCY_SIGNATURE.match(text.strip())
    markers = ("by", "mark", "initials", "author")
    if match is None or not any(match.group(name) for name in markers):
        return None  # a bare "AFP" line may be a photo credit
    return WIRES.get(match.group("wire").strip().upper())


def wire_byline_date(text: str) -> tuple[StatedDate, str] | None:
    """(date, wire) from ``Von dpa 8. Mai 2025`` anywhere in ``text``; only known wires count."""
    head = text[:3000]
    if not any(word in head for word in _BYLINE_WORDS):
        return None
    for match in _WIRE_BYLINE.finditer(head):
        wire = WIRES.get(match.group("wire").upper())
        date = read_date(text, match.end()) if wire else None
        if wire and date is not None and date.year is not None:
            return date, wire
    return None


def canonical_source(name: str) -> str:
    """Map wire abbreviations to their display name; trim punctuation around anything else."""
    cleaned = re.split(r"\.\s|,|;", name.strip(), maxsplit=1)[0]
    cleaned = cleaned.strip().strip(".:-–—").strip()
    return WIRES.get(cleaned.upper(), cleaned)
