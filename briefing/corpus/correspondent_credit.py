"""The agency inside a correspondent's credit in a wire dateline: ``/Корр. EXA Jane Roe/``.

Agencies writing in Russian (and others after them) credit their correspondent in the
dateline's slashes: ``МОСКВА, 9 октября. /Корр. EXA/.``, ``/Спец. корр. EXA Иван Петров/``
("correspondent", "special correspondent"), the reporter's name maybe after the agency. The
first word is an *abbreviation*, a word cut by a full stop (``Корр.``, ``спец.``, ``соб.``,
``ред.``, ``Corr.``), and never an outlet: taken whole, the credit was cut at its first full
stop and the abbreviation became the outlet. The house is the name after the abbreviations:
a known wire (``РИА Новости``) or a word in capitals (``EXA``); a name after it, of one to
three capitalised words, is the reporter. Anything else after an abbreviation (words in lower
case, a sentence, nothing) names no outlet, so the credit gives none; a credit that opens with
no abbreviation is left as it is.
"""

from __future__ import annotations

import re

from briefing.corpus.wires import WIRES

__all__ = ["credited_agency", "opens_with_abbreviation"]

#: A word cut by a full stop: a letter, then one to four lower-case letters (``Корр.``,
#: ``спец.``); a word in capitals with a dot (``EXA.RU``) is a name, not an abbreviation.
_ABBREVIATION = re.compile(r"[^\W\d_][^\W\d_]{1,4}\.(?=\s|$)")
#: The longest wire name looked for after the abbreviations, in words.
_LONGEST_WIRE = 3
#: The most words a reporter's name after the house may have.
_LONGEST_NAME = 3


def _abbreviation_end(credit: str) -> int:
    """Where the abbreviations opening ``credit`` end (0 when it opens with none)."""
    pos = 0
    while match := _ABBREVIATION.match(credit, pos):
        word = match.group(0)[:-1]
        if not word[1:].islower():
            break  # "EXA." or "ExA.": a name's letters, not a cut word
        pos = match.end()
        while pos < len(credit) and credit[pos].isspace():
            pos += 1
    return pos


def opens_with_abbreviation(credit: str) -> bool:
    """Whether ``credit`` opens with a word cut by a full stop (``Корр. …``)."""
    return _abbreviation_end(credit.strip()) > 0


def _person(words: list[str]) -> bool:
    """One to three capitalised words: a reporter's name (``Иван Петров``)."""
    return 1 <= len(words) <= _LONGEST_NAME and all(
        w[:1].isupper() and (len(w) == 1 or w[1:].replace("-", "").islower()) for w in words
    )


def credited_agency(credit: str) -> str | None:
    """The agency a correspondent's ``credit`` names after its abbreviations, or None when
    what follows them is no agency (module doc); a credit with no abbreviation, unchanged."""
    credit = credit.strip()
    start = _abbreviation_end(credit)
    if start == 0:
        return credit
    words = credit[start:].split()
    for size in range(min(_LONGEST_WIRE, len(words)), 0, -1):
        name = " ".join(words[:size])
        if name.upper() in WIRES and (size == len(words) or _person(words[size:])):
            return name
    caps = 0
    while caps < len(words) and len(words[caps]) >= 2 and words[caps].isupper():
        caps += 1
    if caps == 0 or not (caps == len(words) or _person(words[caps:])):
        return None
    return " ".join(words[:caps])
