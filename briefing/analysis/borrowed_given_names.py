"""A given name copied across languages with a silent "h" added or dropped: "Antony" / "Anthony".

Names are compared within one language (:mod:`.spelling`): across languages a given name is
often each language's own form of it ("Francesco" / "Francisco", "Theresa" / "Teresa"), a
translation and no disagreement. But a language that has no form of its own for a person's
given name copies the person's spelling letter for letter, and two such copies must agree:
"Antony Blinken" in German and French against "Anthony Blinken" in Spanish is one copy that
added an "h" the name does not have. The "h" after a "t" is silent in the languages that
write it, which is why it is the letter a copy gains or loses (the Latin analogue of a dropped
long vowel in Arabic script).

Flagged only when all of these hold:

- two articles of different languages write one surname (the same word, with a capital)
  right after two given names that differ only by an "h" after a "t" (within one language,
  :mod:`.spelling` compares them);
- both are given names (gender-guesser's name list, :mod:`briefing.given_name_table`), and
  an article counts only when its form is not its own language's (a name used in that
  language's countries, as the list says, is the language's form: "Teresa" in Spanish or
  Italian, "Anthony" in French; a language the list has no countries for is not read);
- the two forms are written in no one language and no one article together.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Sequence
from itertools import combinations

from briefing.analysis.model import Claim, Discrepancy
from briefing.analysis.spelling_quotes import quotes_of
from briefing.given_name_table import LANGUAGE_COUNTRIES, given_name
from briefing.model import Article

#: A capitalised word (the given name) right before another of four letters or more (the
#: surname), neither inside a longer word. The look-behind is written after the first
#: capital (no letter before it), so that the search skips to the next capital where a
#: look-behind written first was tried at every character (the same matches).
_PAIR = re.compile(
    r"([A-Z](?<![^\W\d_][A-Z])[a-z\u00df-\u00ff\u0101-\u017f]+)\s+"
    r"(?=([A-Z][a-z\u00df-\u00ff\u0101-\u017f]{3,})(?![^\W\d_]))"
)


def borrowed_given_name_discrepancies(articles: Sequence[Article]) -> list[Discrepancy]:
    """One person's given name copied two ways across languages (module docstring)."""
    uses: dict[str, dict[str, dict[str, set[str]]]] = defaultdict(
        lambda: defaultdict(lambda: defaultdict(set))
    )
    # Wire copy repeats paragraphs across a large briefing's articles: a paragraph's pairs
    # are read once.
    pairs: dict[str, list[tuple[str, str]]] = {}
    for article in articles:
        if article.language not in LANGUAGE_COUNTRIES:
            continue
        for paragraph in article.paragraphs:
            said = pairs.get(paragraph.text)
            if said is None:
                said = pairs[paragraph.text] = _pairs(paragraph.text)
            for given, surname in said:
                uses[surname][given][article.language].add(article.id)
    found = []
    for surname, forms in sorted(uses.items()):
        for a, b in combinations(sorted(forms), 2):
            if a == b or _without_h(a) != _without_h(b):
                continue
            if not (given_name(a) and given_name(b)):
                continue
            if set(forms[a]) & set(forms[b]):
                continue  # one language's two spellings: spelling's question
            copied = {
                form: set().union(
                    *(ids for lang, ids in forms[form].items() if not given_name(form, lang))
                )
                for form in (a, b)
            }
            if not all(copied.values()) or copied[a] & copied[b]:
                continue
            quotes = quotes_of(
                [x for x in articles if x.id in copied[a] | copied[b]],
                {f"{a} {surname}", f"{b} {surname}"},
            )
            claims = tuple(
                Claim(form, tuple(q for q in quotes.get(f"{form} {surname}", ())))
                for form in (a, b)
            )
            found.append(
                Discrepancy(
                    "spelling",
                    f"{a} / {b} {surname}",
                    claims,
                    note="one given name copied two ways across languages, none of which has "
                    "a form of its own for it",
                )
            )
    return found


def _pairs(text: str) -> list[tuple[str, str]]:
    """(given name, surname) of each :data:`_PAIR` of ``text`` whose given name holds a "t"
    (the letter the "h" follows), in reading order."""
    found = []
    for match in _PAIR.finditer(text):
        given, surname = match.group(1), match.group(2)
        if "t" in given.casefold():
            found.append((given, surname))
    return found


def _without_h(word: str) -> str:
    plain = "".join(
        c for c in unicodedata.normalize("NFD", word.casefold()) if not unicodedata.combining(c)
    )
    return plain.replace("th", "t")
