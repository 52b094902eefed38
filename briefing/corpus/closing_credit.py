"""A wire's bare name closing the story: "… one of the world's most developed cities." / "AFP".

Outlets that run an agency's story often end it with the agency's name on a line of its own.
The same bare line under a picture is the picture's credit (:mod:`briefing.corpus.heads` reads
it so over a headline), and a picture's credit names no outlet. So the line names the outlet
only where it can be nothing else:

- it is the article's last paragraph, and exactly a known wire in one of the spellings wires
  use for themselves ("AFP", "Reuters", "dpa"; a final stop allowed, and a slash glued before
  it, as Swiss sites sign the national agency's copy: "/ATS"): "AFP/Getty Images",
  "Photo: AFP", "AFP reported" or "Reuters contributed to this report." are no such line;
- the paragraph before it is the story's own prose, a sentence ending with a stop, and no
  caption (a picture's caption, then its credit, may close a page too);
- nothing in the article marks a picture (a caption or a photo credit line anywhere): where
  an article shows pictures, a bare agency line may be one of their credits.

Some sites keep the credit on the story's last line, after its final stop ("… first title since
1986. REUTERS"): :func:`glued_closing_wire` reads that form under the same conditions, and only
a wire written all in capitals or all in lower case ("REUTERS", "dpa"): a title-case "Reuters"
after a stop may begin a sentence the page cut off.

A bracketed credit of agencies then the house's own initials, "… verdiene. (dpa/EX)", says the
house wrote the story from the agencies' copy: the initials are the outlet's own
(:func:`house_initials`). They count only after known wires, with a capital in them: a
lower-case tail ("(dpa/lno)", "(AFP/jps)") is a regional desk or an editor's initials, and
a tail that is a wire too ("(dpa/AFP)") names no house.

Two or more wires sharing the closing bracket, "… the last sentence. (EFE y AFP)", "(AFP and
Reuters)", "(dpa, AFP)", are the agencies the story was written from: the first named is the
outlet (:func:`joint_credit`). Every name must be a known wire, joined by a comma, a slash, an
ampersand or a conjunction ("y", "and", "und", "et", "и" …): "(EFE y otros)", "(AFP y la
ONU)" or "(Reuters Photo)" name no pair.

Capitals in brackets closing the last sentence, "… edilmişti. (ABC)", are any agency's
credit (:func:`closing_initials`), unless they are the word "agencies" alone: "(AGENCIES)"
credits no agency in particular. Dashed credits ("— AFP") and labels ("Source: AFP") are read
by :mod:`briefing.corpus.sources` itself.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from briefing.corpus.agency_words import generic_credit
from briefing.corpus.furniture import is_caption, is_photo_credit, word_count

__all__ = [
    "closing_initials",
    "closing_wire",
    "glued_closing_wire",
    "house_initials",
    "joint_credit",
]

#: A paragraph of prose ends a sentence: a stop, maybe inside closing quotes or brackets.
_SENTENCE_END = re.compile(r"[.!?…][\"”»’)]*$")
#: The story's last paragraph must be prose of at least this many words (a caption is short,
#: and a one-line "Read more." is no story).
_PROSE_WORDS = 8
#: A last paragraph whose final word, after a sentence's stop, may be a wire's name.
_GLUED = re.compile(r"^(?P<before>.*[.!?…][\"”»’)]*)\s+(?P<name>[^\W\d_]{2,})\.?$", re.DOTALL)


def closing_wire(paragraphs: Sequence[str], wires: Mapping[str, str]) -> str | None:
    """The wire whose bare name is the article's last paragraph, after the story's prose and
    with no picture in the article (module docstring), or None. ``wires`` maps known wire
    spellings (upper case) to their display names."""
    texts = [t.strip() for t in paragraphs if t.strip()]
    if len(texts) < 2:
        return None
    name = texts[-1].removesuffix(".").strip()
    if name.startswith("/") and not name[1:2].isspace():
        name = name[1:]  # "/ATS": the slash some sites set before the wire signing the story
    if not (name.isupper() or name.islower() or name.istitle()):
        return None  # "AfP", "ReUters": no wire writes its name so
    wire = wires.get(name.upper())
    if wire is None:
        return None
    before = texts[-2]
    if word_count(before) < _PROSE_WORDS or not _SENTENCE_END.search(before):
        return None
    if any(is_caption(t) or is_photo_credit(t) for t in texts[:-1]):
        return None
    return wire


def glued_closing_wire(paragraphs: Sequence[str], wires: Mapping[str, str]) -> str | None:
    """The wire whose bare name closes the story's last paragraph after its final stop ("…
    since 1986. REUTERS"), or None. Beyond :func:`closing_wire`'s conditions, the name is all
    capitals or all lower case, the paragraph before it is prose too, and the paragraph's own
    text before the name is a sentence of prose (a caption is short)."""
    texts = [t.strip() for t in paragraphs if t.strip()]
    if len(texts) < 3:
        return None
    match = _GLUED.match(texts[-1])
    if match is None:
        return None
    name = match.group("name")
    if not (name.isupper() or name.islower()):
        return None
    wire = wires.get(name.upper())
    if wire is None:
        return None
    for prose in (match.group("before"), texts[-2]):
        if word_count(prose) < _PROSE_WORDS or not _SENTENCE_END.search(prose):
            return None
    if any(is_caption(t) or is_photo_credit(t) for t in texts[:-1]):
        return None
    return wire


#: "… verdiene. (dpa/EX)": agencies joined by slashes, then the house's initials, closing
#: the story's last sentence.
_HOUSE_CREDIT = re.compile(
    r"[.!?…\"”»]\s*\((?P<wires>(?:[^\W\d_][\w-]{1,10}\s?/\s?)+)(?P<own>[^\W\d_]{2,4})\)$"
)


def house_initials(paragraphs: Sequence[str], wires: Mapping[str, str]) -> str | None:
    """The house's own initials closing a credit of agencies (module doc), or None."""
    for text in paragraphs[-2:]:
        match = _HOUSE_CREDIT.search(text.rstrip()[-50:])
        if match is None:
            continue
        own = match.group("own")
        named = [w.strip().upper() for w in match.group("wires").split("/") if w.strip()]
        if all(w in wires for w in named) and own.upper() not in wires and own.lower() != own:
            return own
    return None


#: "… último párrafo. (EFE y AFP)": a bracket closing the story's last sentence.
_BRACKET_AT_END = re.compile(r"[.!?…\"”»]\s*\((?P<names>[^()]{4,60})\)$")
#: What joins two wires in one credit: punctuation, or "and" in the briefing's languages.
_JOIN = re.compile(
    r"\s*(?:[,/&+]|\s(?:y|e|and|und|et|i|и|і|та|ve|ou|o|en|og|och|a|ja|és|și|και)\s)\s*"
)


def joint_credit(paragraphs: Sequence[str], wires: Mapping[str, str]) -> str | None:
    """The first of two or more known wires sharing the bracket that closes the story (module
    doc), or None."""
    for text in paragraphs[-2:]:
        match = _BRACKET_AT_END.search(text.rstrip()[-70:])
        if match is None:
            continue
        names = [n.strip() for n in _JOIN.split(match.group("names"))]
        if len(names) < 2 or not all(n.upper() in wires for n in names):
            continue
        if all(n.isupper() or n.islower() or n.istitle() for n in names):
            return wires[names[0].upper()]
    return None


# "… ilan edilmişti. (ABC)": an agency's initials in brackets closing the story.
_CLOSING_CREDIT = re.compile(
    r"[.!?»\"]\s*\((?P<name>[A-ZÀ-ÖØ-ÞİĞŞÇА-ЯЁ][A-ZÀ-ÖØ-ÞİĞŞÇА-ЯЁ0-9&-]{1,11})\)$"
)
#: Capitals in brackets that close a wire story but name no one.
_NOT_CREDITS = frozenset({"END", "ENDS", "MORE", "UPDATE", "PHOTO", "PHOTOS", "VIDEO", "ФОТО"})


def closing_initials(paragraphs: Sequence[str]) -> str | None:
    """The capitals in brackets closing the story's last sentence (``… edilmişti. (ABC)``),
    any agency's, or None; not a wire's working word (``(END)``, ``(PHOTO)``), nor the word
    "agencies" alone (``(AGENCIES)``, ``(АГЕНТСТВА)``), which credits no agency in particular
    (:mod:`briefing.corpus.agency_words`)."""
    for text in paragraphs[-2:]:
        match = _CLOSING_CREDIT.search(text.rstrip()[-40:])
        name = match.group("name") if match else ""
        if name and name.upper() not in _NOT_CREDITS and not generic_credit(name):
            return name
    return None
