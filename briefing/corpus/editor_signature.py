"""The press signature closing a story: an editor's initials and the agency, ``cr/afp``.

German-language sites (and others that follow the custom) sign a story written from an
agency's copy with a short line of slash-joined parts: the initials of the editor who handled
it and the agency or agencies it came from, in either order and mostly in lower case
(``cr/afp``, ``dpa/jm``, ``kle/dpa/AFP``, ``mik/Reuters``). The agency wrote the story: it is
the outlet, the first one named when there are several (the story's main source comes first,
as in a closing bracket of two wires, :func:`briefing.corpus.closing_credit.joint_credit`).

The line counts only in its own shape (:func:`signature_wire`):

- two to four parts joined by ``/`` and nothing else on the line (a stop or brackets around
  it allowed), each part letters only: ``Foto: AP/ Xinhua`` (a label, a picture's credit),
  ``km/h``, ``and/or``, ``www.example.com/afp`` or ``/news/afp/`` are none;
- at least one part is a known wire (:data:`briefing.corpus.wires.WIRES`), written as a wire
  writes itself (all capitals, all lower case, or a capital and lower case), and at least one
  is an editor's initials: two or three lower-case letters that are no wire. Two wires alone
  (``AP/Xinhua``, ``dpa/AFP``) are what a picture credit looks like, so the initials are the
  sign; a two-letter wire in lower case (``ap``, ``aa``) is read as initials, not a wire;

and only where a signature stands (:func:`closing_signature`): a paragraph of its own among
the story's last three, with at most short page furniture after it ("Mehr lesen über", a link
list's heading) and no caption label over it; or the very end of one of those paragraphs,
after the stop of its last sentence (``… beendet. cr/afp``). A line under a picture (an image
tag above it, a photographer's ``©`` beside it: :mod:`briefing.corpus.picture_credit`) is a
picture's credit.

A page may carry a second item under the story (a related post, a box of figures), each opened
by its own short label, so the story's signature stands higher up (:func:`_item_signature`):
a signature on a line of its own, below at least two paragraphs of prose (the story), and
right over a short line of the page's (``Publié``, "Mehr zum Thema": five words at most) that
opens the next item, counts too. A signature right over prose (the story going on) does not,
nor one of several signatures naming different wires: a page of items signed by several
agencies names none of them for the whole.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from briefing.corpus.furniture import word_count
from briefing.corpus.picture_credit import in_picture_credits

__all__ = ["closing_signature", "signature_wire"]

#: A signature: two to four letter-only parts joined by slashes, maybe in brackets, maybe
#: closed by a stop.
_SIGNATURE = re.compile(r"\(?(?P<parts>[^\W\d_]+(?:\s?/\s?[^\W\d_]+){1,3})\)?\.?")
#: The same closing a paragraph's last sentence: ``… beendet. cr/afp``.
_GLUED = re.compile(r"[.!?…][\"”»’)]*\s+(?P<signature>\(?[^\W\d_]+(?:/[^\W\d_]+){1,3}\)?\.?)$")
#: An editor's initials: two or three lower-case letters.
_INITIALS = re.compile(r"[^\W\d_]{2,3}")
#: Paragraphs from the end where a signature may stand.
_REACH = 3
#: Furniture after the signature is short: a paragraph of more words is the story going on.
_FURNITURE_WORDS = 5


def signature_wire(line: str, wires: Mapping[str, str]) -> str | None:
    """The wire a signature line names (module doc), or None; ``wires`` maps known wire
    spellings (upper case) to their display names."""
    match = _SIGNATURE.fullmatch(line.strip())
    if match is None:
        return None
    named: list[str] = []
    initials = False
    for part in re.split(r"\s?/\s?", match.group("parts")):
        if _is_initials(part, wires):
            initials = True
        elif (part.isupper() or part.islower() or part.istitle()) and part.upper() in wires:
            named.append(wires[part.upper()])
        else:
            return None  # "Foto", "Xinhua Photo", "EX": no part of a signature
    return named[0] if named and initials else None


def closing_signature(paragraphs: Sequence[str], wires: Mapping[str, str]) -> str | None:
    """The wire of a signature closing the story (module doc), or None."""
    texts = [t.strip() for t in paragraphs if t.strip()]
    for index in range(len(texts) - 1, max(-1, len(texts) - 1 - _REACH), -1):
        text = texts[index]
        if any(word_count(after) > _FURNITURE_WORDS for after in texts[index + 1 :]):
            break  # prose after it: the story did not end here
        wire = signature_wire(text, wires) if len(text) <= 40 else None
        if wire is not None:
            above = texts[index - 1] if index else ""
            if above.endswith((":", "：")) or in_picture_credits(texts, index):
                return None  # "Foto:" over it, or an image: a picture's credit
            return wire
        glued = _GLUED.search(text[-60:])
        if glued is not None:
            return signature_wire(glued.group("signature"), wires)
    return _item_signature(texts, wires)


#: Paragraphs of the story's prose a signature over the next item stands under, at least.
_STORY_PARAGRAPHS = 2
#: A paragraph of prose: a sentence of this many words at least.
_PROSE_WORDS = 8


def _item_signature(texts: Sequence[str], wires: Mapping[str, str]) -> str | None:
    """The wire of a signature closing the story above a page's next item (module doc)."""
    found: list[tuple[int, str]] = []
    for index, text in enumerate(texts[:-1]):
        wire = signature_wire(text, wires) if len(text) <= 40 else None
        if wire is not None:
            found.append((index, wire))
    if len({wire for _, wire in found}) != 1:
        return None  # none, or items signed by several agencies
    index, wire = found[0]
    prose = sum(word_count(t) >= _PROSE_WORDS for t in texts[:index])
    below = texts[index + 1]
    if prose < _STORY_PARAGRAPHS or word_count(below) > _FURNITURE_WORDS:
        return None
    if texts[index - 1].endswith((":", "：")) or in_picture_credits(list(texts), index):
        return None  # "Foto:" over it, or an image: a picture's credit
    return wire


def _is_initials(part: str, wires: Mapping[str, str]) -> bool:
    """Two or three lower-case letters that are no wire's name (``ap`` counts as initials)."""
    if not (part.islower() and _INITIALS.fullmatch(part)):
        return False
    return len(part) == 2 or part.upper() not in wires
