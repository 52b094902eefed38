"""A compound written with a hyphen and the same compound written solid find each other.

Languages that write compounds as one word (German, Dutch, the Nordic languages, Finnish)
also write them with a hyphen: "Umweltnotstand" and "Umwelt-Notstand", "gezondheidszorg"
and "gezondheids-zorg", "Corona-Krise" and "Coronakrise". The tokenizer cuts at the hyphen,
so the index holds ``umwelt`` and ``notstand`` at two positions for the hyphenated spelling
and ``umweltnotstand`` for the solid one, and a query in one spelling missed the other.

Both directions are rewrites of the query (no index change, no indexing cost):

- a typed solid word that splits into two words the briefing's vocabulary holds, each at
  least :data:`MIN_PART` letters (``umwelt`` + ``notstand``), also searches the phrase of the
  two parts' stems, in an article of a compounding language only (an English "some body"
  is no split of "somebody"): :func:`split_phrases`;
- a typed hyphenated word ("Umwelt-Notstand", which the parser turns into an ``And`` of its
  parts: that still finds what it found) also searches the solid word's stems in the
  compounding languages: :func:`joined_terms`.

The hyphen in the text is what a hyphen query asks for; nothing here applies to a briefing
without a compounding language, and a hyphen between words of other languages ("e-mail",
"Jean-Pierre", "северо-восток") keeps the query as it was.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from briefing.search.analysis import word_terms

__all__ = ["COMPOUNDING", "MIN_PART", "joined_terms", "split_phrases"]

#: Languages (ISO 639-1) whose spelling writes compounds solid, so that a hyphen inside one
#: is the same word: German, Luxembourgish, Dutch, Afrikaans, Swedish, Danish, Norwegian
#: (three codes), Icelandic, Faroese, Finnish, Estonian, Hungarian.
COMPOUNDING = frozenset(
    {"de", "lb", "nl", "af", "sv", "da", "no", "nb", "nn", "is", "fo", "fi", "et", "hu"}
)
#: The shortest part of a split solid word: shorter ones ("not" in "Notstand") are words of
#: many languages and cut almost any word.
MIN_PART = 4
#: Splits of one typed word searched at most (each a phrase query).
MAX_SPLITS = 3


def compounding(languages: Iterable[str]) -> tuple[str, ...]:
    """The briefing's languages that write compounds solid, in order."""
    return tuple(sorted(code for code in set(languages) if code in COMPOUNDING))


def split_phrases(
    word: str, languages: Iterable[str], known: Callable[[str], bool]
) -> list[tuple[str, tuple[str, ...]]]:
    """``(language, terms)`` of each phrase that the solid ``word`` (lowercased) may have been
    written as with a hyphen: both parts are words the briefing holds (``known``), each of
    :data:`MIN_PART` letters or more, and ``terms`` are their stems in the compounding
    ``language``. Empty for a word with other characters than letters, or no such language."""
    codes = compounding(languages)
    if not codes or not word.isalpha() or len(word) < 2 * MIN_PART:
        return []
    cuts = [
        (word[:at], word[at:])
        for at in range(MIN_PART, len(word) - MIN_PART + 1)
        if known(word[:at]) and known(word[at:])
    ][:MAX_SPLITS]
    found: list[tuple[str, tuple[str, ...]]] = []
    for language in codes:
        for left, right in cuts:
            terms = (*word_terms(left, language), *word_terms(right, language))
            if len(terms) == 2 and (language, terms) not in found:
                found.append((language, terms))
    return found


def joined_terms(parts: Iterable[str], typed: str, languages: Iterable[str]) -> frozenset[str]:
    """The stems, in the compounding ``languages``, of the solid word that ``parts`` (the
    lowercased words the parser cut one typed word into) make when the ``typed`` text wrote
    them joined by hyphens ("Umwelt-Notstand" → ``umweltnotstand``); empty otherwise."""
    words = [str(p) for p in parts]
    codes = compounding(languages)
    if len(words) < 2 or not codes or not all(w.isalpha() for w in words):
        return frozenset()
    if "-".join(words) not in typed.lower():
        return frozenset()  # two typed words, or parts of a longer hyphenated run
    solid = "".join(words)
    return frozenset(term for code in codes for term in word_terms(solid, code))
