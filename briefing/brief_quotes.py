"""What a quote in the brief shows of a sentence: the writer's words, not the page's furniture.

Sentences reach the brief as the page set them, and pages leave things around the words a
colleague should read: markup a scraper kept (``</div> <div>``), a list's bullet or dash
(``• …``, ``- 66 people …``), the wire's dateline (``MOSCOW (AP) — …``, read by
:func:`briefing.corpus.datelines.read_dateline`, so only its shapes are taken off; a shouted
place alone before the dash, ``THESSALONIKI — …``, only when GeoNames knows the city), a wire's
shouted flash label (``BREAKING: …``, ``СРОЧНО: …``: how the line was sent), and two
sentences glued by a doubled full stop (``… frames..Tai Po``). None of these is the writer's,
and each reads as a garbled quote; taking them off changes no word of the sentence.

A key passage must also be a whole sentence: a paragraph cut mid-sentence ("… the embassy
issued a") or a caption cut at its bracket ("… about 376 kilometres (23") ends on no
sentence mark, and a quote that stops mid-thought misleads more than it tells.
"""

from __future__ import annotations

import re

from briefing.corpus.datelines import read_dateline
from briefing.geodata import is_city_name

__all__ = ["clean_quote", "flash_label", "is_whole_sentence"]

#: An HTML element's tag: a name right after ``<`` or ``</`` (``<div>``, ``</p>``, ``<br/>``,
#: ``<span class="x">``). "a < b" or "<3" (a space or a figure after the bracket) is prose.
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]{0,9}(?:\s[^<>]{0,200})?/?>")
#: A list's marker opening the text: a bullet, or a hyphen or dash with a space after it.
#: A dash glued to a word ("-5 degrees", "–ish") is the text's own.
_MARKER = re.compile(r"^(?:[•·▪●◦‣∙*]|[-–—](?=\s))\s*")
#: Two full stops between a word and the next word: glued sentences ("frames..Tai", "inside..").
#: Three or more are an ellipsis and stay.
_DOUBLE_STOP = re.compile(r"(?<=[^\W\d_])\.\.(?!\.)(?P<next>[^\W\d_])?")
#: A shouted place and a dash, no agency nor date: ``THESSALONIKI — Rescuers …``.
_SHOUTED = re.compile(r"^(?P<place>[^\W\d_]+(?:[ -][^\W\d_]+){0,3})\s+(?:—|–|-{1,2})\s+(?=\w)")
#: A word or two of letters and a colon opening a line: ``BREAKING:``, ``СРОЧНО:``,
#: ``LIVE UPDATES:`` when shouted (:func:`flash_label`). Before a dash a shouted word may be
#: an acronym heading its own sentence ("NATO — The alliance …"), so only the colon counts.
_FLASH = re.compile(r"^(?P<label>[^\W\d_]{3,}(?: [^\W\d_]{3,})?)\s?[:：]\s+(?=\S)")
#: How a sentence may end: its mark, then closing quotes or brackets.
_WHOLE = re.compile(r"[.!?…。！？؟](?:[\"'”’»“«)\]]*)$")


def clean_quote(text: str) -> str:
    """``text`` without markup tags, an opening list marker or wire dateline, and with
    glued sentences' doubled stop made one; the text itself when nothing is to be taken off
    (or everything would be)."""
    flat = " ".join(_TAG.sub(" ", text).split())
    for _ in range(2):  # "• MOSCOW (AP) — …": a marker before a dateline, or the reverse
        flat = _MARKER.sub("", flat)
        dateline = read_dateline(flat)
        if dateline is not None and flat[dateline.end :].strip():
            flat = flat[dateline.end :].lstrip()
        elif (shouted := _SHOUTED.match(flat)) is not None and _shouted_city(shouted["place"]):
            flat = flat[shouted.end() :]
        elif flash := flash_label(flat):
            flat = flat[flash:]
    flat = _DOUBLE_STOP.sub(lambda m: f". {m['next']}" if m["next"] else ".", flat)
    return flat if flat.strip() else " ".join(text.split())


def flash_label(text: str) -> int:
    """Where the statement starts after a shouted label opening ``text`` — a wire's or a
    desk's flash ("BREAKING: …", "URGENT: …", "EXCLUSIVE: …", "СРОЧНО: …"): the label says
    how the line was sent, and is no part of what it states; 0 when there is none. The label
    is in capitals of a cased script and names no place ("PARIS: …" is a dateline); a word
    in capitals that opens a sentence of its own ("NASA said …", no colon) is no label."""
    from briefing.analysis.names import is_place

    found = _FLASH.match(text)
    if found is None or not found["label"].isupper():
        return 0
    words = found["label"].split()
    if any(is_place(w.title()) or is_city_name(w.title()) for w in words):
        return 0
    return found.end() if text[found.end() :].strip() else 0


def _shouted_city(name: str) -> bool:
    """A dateline's place without agency or date: upper case and a city GeoNames knows
    ("THESSALONIKI", "NEW YORK"); a shouted acronym or label ("NATO", "UPDATE") is not one."""
    return name.isupper() and len(name) >= 3 and is_city_name(name.title())


def is_whole_sentence(text: str) -> bool:
    """True when ``text`` ends as a sentence does (a mark, then perhaps closing quotes)."""
    return bool(_WHOLE.search(clean_quote(text).rstrip()))
