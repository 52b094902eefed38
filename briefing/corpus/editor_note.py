"""An editor's note signed by the house: ``(… — Примеч. Example Media)``, ``(прим. ЭКЗ)``.

A Russian or Ukrainian site that explains something inside a quotation adds its own words in
brackets and signs them as a note ("примечание", written ``Примеч.`` or ``Прим.``), closing
the bracket right after the signature: ``«… (официальные языки — … . — Примеч. Example
Media), …»``, ``(прим. ЭКЗ)``. Whoever annotates a quote is the one publishing it: when
the signature is a name, it names the outlet.

It names none when it signs a role rather than a house: ``прим. ред.`` / ``Прим. редакции``
("the editors"), ``прим. авт.`` / ``автора`` (the author), ``прим. пер.`` / ``переводчика``
(the translator); nor a person (``Прим. Иван Петров``, a given name and a surname), nor
anything in lower case. Only a signature that closes its bracket counts: ``прим.`` inside a
sentence ("прим. 3 к статье") is a footnote's number, not a note.
"""

from __future__ import annotations

import re

from briefing.corpus.outlet_name import plausible_outlet

__all__ = ["editor_note_outlet"]

_UP = "A-ZА-ЯЁІЇЄҐ"
#: One word of a name: capitalised or in capitals, Latin or Cyrillic ("Example", "ЭКЗ", "24").
_NAME_WORD = rf"[{_UP}0-9][\w.&'’-]*"
#: "— Примеч. Example Media)", "(прим. ЭКЗ)", "[Прим. Example]": the note's word, then up to
#: four words of a name, then the bracket that closes the note.
_NOTE = re.compile(
    r"(?:[(\[]|[—–-]\s)\s*(?:[Пп]римеч|[Пп]рим|[Пп]римітка)\.?\s+"
    rf"(?P<name>{_NAME_WORD}(?: {_NAME_WORD}){{0,3}})\s*[)\]]"
)
#: A role signing the note, not a house (its first word, case-blind, abbreviated or whole):
#: the editors, the author, the translator, the compiler, in Russian and Ukrainian.
_ROLE = re.compile(
    r"(?:ред|редакц\w*|редактор\w*|авт|автор\w*|пер|перев|переводчик\w*|перекладач\w*"
    r"|сост|составител\w*|укл|упоряд\w*)\.?",
    re.IGNORECASE,
)


def editor_note_outlet(text: str) -> str | None:
    """The house that signs an editor's note in ``text`` (module doc), or None."""
    if "рим" not in text:
        return None
    for match in _NOTE.finditer(text):
        name = match.group("name").rstrip(".")
        if not any(c.isalpha() for c in name):
            continue  # "(прим. 3)": a footnote's number
        if _signs_a_role(name) or _a_person(name) or not plausible_outlet(name):
            continue
        return name
    return None


def _signs_a_role(name: str) -> bool:
    return _ROLE.fullmatch(name.split()[0]) is not None


def _a_person(name: str) -> bool:
    """A given name and one or two more capitalised words: a person signs, not a house. One
    word alone is a house's name ("Example"), whatever else it may be."""
    words = name.split()
    if not 2 <= len(words) <= 3 or words[0].isupper():
        return False
    from anyascii import anyascii

    from briefing.given_name_table import given_name  # only for a note of this shape

    first = words[0]  # "Иван" is looked up as "Ivan", as :mod:`.byline_card` does
    return given_name(first) or (not first.isascii() and given_name(anyascii(first)))
