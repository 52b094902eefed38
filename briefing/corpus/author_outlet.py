"""A byline that names the outlet after its writer: ``Autor: Redacción / Example News``,
``By Jane Roe | Example News``.

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

A reporter's byline on a line of its own may set the house after a bar instead
(``By Jane Roe | Example News``, ``Por Ana Ruiz | Ejemplo Diario``): the byline's word for
"by", the reporter (a given name first, and one to three more capitalised words), a bar with
spaces around it, then the house, maybe followed by another ``|`` field. The part after the
bar passes the same checks as after the slash, and is no date or time either (``By Jane Roe
| July 7, 2031``, ``| 10:47 AM``). One word alone after the bar names a house only when it
is in capitals (``EXN``) or no everyday word of the briefing's main languages (``Reuters``
is rarer than any section's name): ``By Jane Roe | Politics`` names her desk, and a paper
called by an everyday word (``Express``) is left unread rather than mistaken.
"""

from __future__ import annotations

import re

from briefing.corpus.colon_dateline import is_city
from briefing.corpus.selfref import not_an_outlet

__all__ = ["author_outlet", "is_author_outlet_line", "pipe_byline_outlet"]

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


#: "By Jane Roe | Example News", "Por Ana Ruiz | Ejemplo Diario | 7 julio": a byline's word for
#: "by", the reporter's name, a bar, the house (maybe another field after a second bar).
_PIPE = re.compile(
    r"(?:By|BY|Von|Por|Par|Di|Door|Przez|Od|От|Від|Av|Af)\s+"
    rf"(?P<writer>[{_UP}][\w'’.-]*(?: [{_UP}][\w'’.-]*){{1,3}})\s+\|\s+"
    rf"(?P<outlet>{_NAME_WORD}(?: {_NAME_WORD}){{0,3}})\s*(?:\|.*)?"
)
#: A clock time or a half of the day: "10:47 AM", "5 PM", "18h30".
_TIME = re.compile(r"\d[:.h]\d|\b(?:AM|PM|am|pm|a\.m|p\.m)\b")
#: A word this common (Zipf) in one of these languages' lists is an everyday word.
_EVERYDAY, _EVERYDAY_LANGUAGES = 4.0, ("en", "de", "fr", "es", "it")


def author_outlet(text: str) -> str | None:
    """The outlet an ``Author: <writer> / <outlet>`` line names, or None (module doc)."""
    if len(text) > 160 or " / " not in text:
        return None
    match = _LINE.fullmatch(text.strip())
    if match is None:
        return None
    outlet = match.group("outlet")
    return outlet if _a_house(outlet) else None


def pipe_byline_outlet(text: str) -> str | None:
    """The house a ``By <reporter> | <outlet>`` byline names (module doc), or None."""
    if len(text) > 160 or " | " not in text:
        return None
    match = _PIPE.fullmatch(text.strip())
    if match is None or _TIME.search(match.group("outlet")):
        return None
    from briefing.corpus.stated import read_date
    from briefing.given_name_table import given_name  # only for a line of this shape

    outlet, first = match.group("outlet"), match.group("writer").split()[0]
    if first in _ARTICLES or not given_name(first) or read_date(outlet) is not None:
        return None  # "By The Example Post | …" is no reporter's byline; "| July 2031" a date
    if " " not in outlet and not outlet.isupper() and _everyday(outlet):
        return None  # "| Politics": a desk, or a paper by an everyday word; not told apart
    return outlet if _a_house(outlet) else None


def _a_house(outlet: str) -> bool:
    """Words after the writer that can name a house: no city, no institution, no role and no
    second person (a given name first; an article such as "The" opens a house's name)."""
    if is_city(outlet) or not_an_outlet(outlet):
        return False
    if any(word.casefold().startswith(_ROLES) for word in outlet.split()):
        return False  # "Jane Roe / Senior Editor": her role, no house
    from briefing.given_name_table import given_name  # only for a line of this shape

    first = outlet.split()[0]
    return first.isupper() or first in _ARTICLES or not given_name(first)


#: Articles that open a house's name ("The Example Times") and are given names in the table.
_ARTICLES = frozenset({"The", "Le", "La", "Les", "El", "Il", "Der", "Die", "Das", "De", "Het"})


def _everyday(word: str) -> bool:
    """Whether ``word`` is an everyday word (Zipf 4 or more) in one of the main languages."""
    from briefing.corpus.wordlists import at_least  # only for a one-word house after a bar

    return any(at_least(word.casefold(), lang, "small", _EVERYDAY) for lang in _EVERYDAY_LANGUAGES)


def is_author_outlet_line(text: str) -> bool:
    """Whether ``text`` is such a line: a field over the story, never its title."""
    return author_outlet(text) is not None or pipe_byline_outlet(text) is not None
