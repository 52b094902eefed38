"""Hyphenated surnames a text writes after a given name: "Samuel Okafor-Reyes", "Ana
Lindqvist-Moreau", "María Sánchez-Pérez" (invented names).

The name pairs of :mod:`.spelling` leave out every hyphenated word (:func:`.names.is_name_word`:
"Franco-German", "Anglo-Saxon" are no names), so a person with a double-barrelled surname had
no name for the age reader (:mod:`.ages`) to tie "Okafor-Reyes, el empresario de 30 años"
to. Here a hyphenated word counts as a surname only where the text writes it right
after a given name (gender-guesser's list, :mod:`briefing.given_name_table`), each of its
parts capitalised and not all capitals ("Pro-Russian", "Trans-Pacific", "UN-backed" have no
given name before them; "North Korea-US" has no hyphenated part in lower case after a capital).
Only the age reader uses it: what another rule calls a name is unchanged.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from briefing.analysis.names import is_name_word
from briefing.given_name_table import given_name
from briefing.topics.languages import function_words

#: A capitalised word, then one of two capitalised parts or more joined by hyphens.
_PART = r"[^\W\d_][^\W\d_'’]+"
_PAIR = re.compile(rf"(?<![\w\-])({_PART})[ \u00a0]+({_PART}(?:-{_PART})+)(?![\w\-])")


def double_surnames(texts: Iterable[str], language: str) -> set[str]:
    """The given names and hyphenated surnames written together in ``texts`` (module doc).
    The given name must be no function word of ``language`` nor a title or place ("The",
    "El", "Le" are given names somewhere in gender-guesser's list)."""
    found: set[str] = set()
    function = function_words(language)
    for text in texts:
        if "-" not in text:
            continue
        for match in _PAIR.finditer(text):
            first, last = match.groups()
            if (
                _capitalised(first)
                and all(map(_capitalised, last.split("-")))
                and first.casefold() not in function
                and is_name_word(first)
                and given_name(first)
            ):
                found.update((first, last))
    return found


def _capitalised(word: str) -> bool:
    """A capital then lower-case letters ("Fried"; not "UN", "FTX", "de")."""
    return word[:1].isupper() and word[1:].islower()
