"""Whether a credit's name is people or several sources rather than one outlet.

Split from :mod:`briefing.corpus.sources`: a "Source:" label or an attribution may credit
the authors ("Jane Roe and John Doe") or list where the facts came from ("Reuters, PAP,
CNN Portugal"); neither names who published the article, so
:func:`~briefing.corpus.sources.find_source` reads no outlet from them. One name alone is
still an outlet's.
"""

from __future__ import annotations

import re

#: Commas and the word "and" of the languages read: what joins the authors of a credit.
_JOINS = re.compile(r"\s*,\s*|\s+(?:and|e|et|und|y|i|и|і|ve|en|és|a|&)\s+")


#: Items of a list: "Reuters, PAP, CNN Portugal", "dpa; AFP".
_LIST = re.compile(r"\s*[,;]\s*")


def credits_several(name: str) -> bool:
    """Whether a "Source:" label's ``name`` credits several sources: people
    (:func:`names_people`), or a list of names ("Reuters, PAP, CNN Portugal"). The label then
    says where the facts came from, not who published the article; one name alone ("Quelle:
    dpa") is still read as the outlet."""
    parts = [p for p in _LIST.split(name.strip().rstrip(".")) if p]
    if len(parts) >= 2 and all(p[:1].isalnum() for p in parts):
        return True
    return names_people(name)


def names_people(name: str) -> bool:
    """Whether ``name`` lists two or more people ("Jane Roe and John Doe", "Mario Rossi e
    Anna Bianchi"): a credit of authors, never an outlet. Each part is a given name and one
    or two more capitalised words. One person alone is left as it was: "Charlie Hebdo" or
    "Paris Match" also opens with a given name."""
    parts = _JOINS.split(name.strip().rstrip("."))
    if len(parts) < 2:
        return False
    from briefing.given_name_table import given_name  # only for a credit with a join

    for part in parts:
        words = part.split()
        if not 2 <= len(words) <= 3 or not all(w[:1].isupper() for w in words):
            return False
        if not given_name(words[0]):
            return False
    return True
