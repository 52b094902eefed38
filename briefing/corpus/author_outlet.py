"""An author label that names the outlet after a slash: ``Autor: Redacción / Example News``.

Many sites print a line of fields over the story, the author first: ``Author: Newsroom /
Example Times | Date: …``, ``Autor: Redacción / Ejemplo Noticias``, ``Автор: Редакция /
Пример Медиа``. The part after the slash is the house the writer (a person or the desk)
writes for: the outlet. It is read only when

- the line opens with an author label in one of the briefing's languages and a colon;
- a slash with spaces around it parts the writer from one to four capitalised words, which
  end the line or a ``|`` before the next field;
- those words are no city (``Autor: Ana Ruiz / Madrid`` gives her bureau), no second person
  (``Autor: Ana Ruiz / Juan Pérez`` opens with a given name), no role (``Author: Jane Roe /
  Staff Writer``) and no institution.

A byline naming a person only (``Autor: Ana Ruiz``) names no outlet, nor does a picture's
credit (``Foto: Ana Ruiz / Example``): its label is no author's.
"""

from __future__ import annotations

import re

from briefing.corpus.colon_dateline import is_city
from briefing.corpus.selfref import not_an_outlet

__all__ = ["author_outlet", "is_author_outlet_line"]

#: "Author" in the briefing's languages (the word a page's field of the writer is labelled by).
_LABELS = (
    r"author|autor|autora|auteur|autrice|autore|auteurs|autores|автор|авторка|yazar|szerző"
    r"|författare|forfatter|kirjoittaja|συντάκτης|συγγραφέας|written by|texto|text|testo"
)
#: A writer's role after the slash (``Jane Roe / Senior Editor``): no house. Word starts, in
#: the briefing's languages, matched case-blind against each word of the name.
_ROLES = (
    "writer", "editor", "reporter", "correspondent", "columnist", "contributor", "staff",
    "journalist", "redactor", "redattore", "rédacteur", "redakteur", "periodista", "giornalist",
    "journaliste", "journalistin", "corresponsal", "correspondant", "korrespondent",
    "colaborador", "collaborat", "editorialist", "editora", "autor", "корреспондент", "редактор",
    "журналист", "журналіст", "оглядач", "обозреватель", "muhabir", "yazar", "editör",
)  # fmt: skip
_UP = "A-ZÀ-ÖØ-ÞĀ-ŽА-ЯЁІЇЄҐΑ-Ω"
_NAME_WORD = rf"[{_UP}0-9][\w.&'’-]*"
_LINE = re.compile(
    rf"(?i:{_LABELS})\s*[:：]\s*(?P<writer>[^/|:]{{2,50}}?)\s+/\s+"
    rf"(?P<outlet>{_NAME_WORD}(?: {_NAME_WORD}){{0,3}})\s*(?:\|.*)?"
)


def author_outlet(text: str) -> str | None:
    """The outlet an ``Author: <writer> / <outlet>`` line names, or None (module doc)."""
    if len(text) > 160 or " / " not in text:
        return None
    match = _LINE.fullmatch(text.strip())
    if match is None:
        return None
    outlet = match.group("outlet")
    if is_city(outlet) or not_an_outlet(outlet):
        return None
    if any(word.casefold().startswith(_ROLES) for word in outlet.split()):
        return None  # "Jane Roe / Senior Editor": her role, no house
    from briefing.given_name_table import given_name  # only for a line of this shape

    first = outlet.split()[0]
    if not first.isupper() and given_name(first):
        return None  # "Autor: Ana Ruiz / Juan Pérez": two people
    return outlet


def is_author_outlet_line(text: str) -> bool:
    """Whether ``text`` is such a line: a field over the story, never its title."""
    return author_outlet(text) is not None
