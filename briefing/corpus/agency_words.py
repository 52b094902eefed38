"""The generic word "agency" in a credit: part of an agency's name, or the whole credit.

Wire copy credits its agency in brackets, and the bracket may hold the kind of outlet as well
as its name (made-up examples of real shapes):

- ``EXAMPLETON (exa Nachrichtenagentur) -``, ``(Example News Agency)``, ``(Agencia Ejemplo)``:
  a name and the word for "news agency" together name one agency
  (:func:`names_an_agency`), even when the name alone is written in lower case as the
  agency writes itself; the word says what the bracket is, as ``(AP Photo)`` says it is a
  picture's credit;
- ``… the last sentence. (AGENCIES)``, ``(Agencias)``, ``(With agencies)``, ``(агентства)``,
  ``(وكالات)``: the word alone, or with "with", "and", "news", credits no one in particular;
  an outlet that rewrote several wires' copy names none of them, so the credit names no
  outlet (:func:`generic_credit`).

The words are a short list, per language of the briefing's word data, of the nouns agencies
are called by (the German compounds end in ``agentur``: ``Nachrichtenagentur``,
``Presseagentur``); no maintained package installed here lists kinds of organisation.
"""

from __future__ import annotations

import re

__all__ = ["generic_credit", "names_an_agency"]

#: "agency" / "agencies" in the briefing's languages; German and Dutch compounds by their end.
_AGENCY = re.compile(
    r"(?:agency|agencies|wires?|agence|agences|agencia|agencias|agência|agências|agenzia|agenzie"
    r"|\w*agentur|\w*agenturen|\w*agentschap|\w*agentschappen|agencja|agencje|agencji|agentura"
    r"|agentury|ajans|ajansı|ajanslar|ajansları|πρακτορείο|πρακτορεία|агентство|агентства"
    r"|агентств|агенція|агенції|агентства|وكالة|وكالات|الوكالة|الوكالات)",
    re.IGNORECASE,
)
#: Words that may stand with "agencies" in a credit naming no one: "With agencies", "news
#: agencies", "Agencias de noticias", "وكالات الأنباء", "по материалам агентств".
_FILLER = frozenset(
    " ".join(
        (
            "with and from news press wire services",  # en
            "avec et de des presse",  # fr
            "mit und nachrichten",  # de
            "con y de las los noticias prensa",  # es
            "com e de das notícias",  # pt
            "con e di delle stampa",  # it
            "с и по материалам новостей информационных",  # ru
            "з і та за матеріалами новин",  # uk
            "ve haber",  # tr
            "الأنباء و",  # ar
        )
    )
    .casefold()
    .split()
)
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def _words(name: str) -> list[str]:
    return [w.casefold() for w in _WORD.findall(name)]


def _is_agency_word(word: str) -> bool:
    return _AGENCY.fullmatch(word) is not None


def generic_credit(name: str) -> bool:
    """Whether a credit is only the word "agencies" (maybe with "with", "news" …): it names
    no agency (module doc)."""
    words = _words(name)
    if not words or len(words) > 5:
        return False
    agency = [w for w in words if _is_agency_word(w)]
    return bool(agency) and all(_is_agency_word(w) or w in _FILLER for w in words)


def names_an_agency(name: str) -> bool:
    """Whether a bracket of two to four words holds the word "agency" and a name beside it
    (``exa Nachrichtenagentur``, ``Example News Agency``): an agency's full name."""
    words = _words(name)
    if not 2 <= len(words) <= 4 or len(words) != len(name.split()):
        return False
    own = [w for w in words if not _is_agency_word(w) and w not in _FILLER]
    return len(own) < len(words) and bool(own) and any(_is_agency_word(w) for w in words)
