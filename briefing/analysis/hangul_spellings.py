"""One foreign name written by ear two ways in Hangul: "켄터베리" / "캔터베리", "커밀라" / "카밀라".

Hangul has no capitals, so :mod:`.spelling`, which finds names by them, never sees a Korean
name. A foreign name is written in Hangul by its sound, and the Korean rules for loanwords
leave a few vowels open: "e" and "ae" (ㅔ / ㅐ), which Seoul speech no longer tells apart, and
the English "a" heard as "a" or as the schwa "eo" (ㅏ / ㅓ), and the schwa of an unstressed "o"
written "eo" or "o" (ㅓ / ㅗ: "해밀턴" / "해밀톤", "Hamilton"). Two articles that pick differently
spell one name two ways, which is the disagreement the analyst is shown (as "Zelensky" /
"Zelenskyy" is in Latin letters).

Flagged only when all of these hold:

- the two forms are words of articles of one language (after the particle glued to the word is
  set apart: "카밀라가" is "카밀라"), of at least :data:`MIN_SYLLABLES` syllables, and differ in
  exactly one syllable, by its vowel alone, within one of those open pairs (a changed consonant,
  or "a" / "o", makes another word: "마리아" / "마리오" are two people);
- a word may be the name with a noun written onto it ("해밀톤호텔", the Hamilton Hotel): then a
  start of it, of at least :data:`MIN_SYLLABLES` syllables and holding the syllable that
  differs, is what must sound like the Latin name below;
- the word is a foreign name: its consonants (:func:`~briefing.topics.uncased_sounds.sound_key`,
  at least :data:`MIN_CONSONANTS`) are those of a word the packet writes with a capital in
  Latin letters ("Camilla", "Canterbury", whose "r" before a consonant English does not
  sound and Korean does not write), and of one such word only in each language (two Latin
  names of one sound, "Danny" and "Denny", may be two people: silent);
- no article writes both forms (one writer's two spellings contradict no other source).
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Sequence
from itertools import combinations

from briefing.analysis.model import Claim, Discrepancy, Quote
from briefing.analysis.spelling_quotes import quotes_in
from briefing.model import Article
from briefing.topics.uncased_sounds import PARTICLES, sound_key

#: The fewest syllables a form has: shorter words are mostly Korean ones.
MIN_SYLLABLES = 3
#: The fewest consonants (as ``sound_key`` keeps them) a form keeps.
MIN_CONSONANTS = 3
_SYLLABLES = re.compile(r"[\uac00-\ud7a3]+")
_LATIN_NAME = re.compile(r"(?<![^\W\d_])[A-Z][a-z\u00df-\u00ff\u0101-\u017f]+(?![^\W\d_])")
#: Hangul vowels (the medial of a syllable, 0-based: ㅏ 0, ㅐ 1, ㅓ 4, ㅔ 5) that loanword
#: spelling leaves open, each mapped to one of the pair.
_OPEN_VOWELS = {1: 5, 4: 0}
#: The schwa of an English "-ton", "-son" written ㅓ or ㅗ (8): "해밀턴" / "해밀톤", "보스턴" /
#: "보스톤". A key of its own: ㅏ and ㅗ stay apart ("마리아" / "마리오" are two people).
_SCHWA_VOWELS = {1: 5, 8: 4}
#: An "r" after a vowel and before a consonant or the word's end, which non-rhotic English
#: does not sound ("Canterbury" heard as "Cantebury").
_SILENT_R = re.compile(r"(?<=[aeiouy])r(?![aeiouy])")


def hangul_spelling_discrepancies(articles: Sequence[Article]) -> list[Discrepancy]:
    """Two Hangul spellings of one foreign name (see the module docstring)."""
    forms: dict[tuple[str, tuple[tuple[int, int, int], ...]], dict[str, set[str]]]
    forms = defaultdict(lambda: defaultdict(set))
    for article in articles:
        for paragraph in article.paragraphs:
            for match in _SYLLABLES.finditer(paragraph.text):
                word = _without_particle(match.group())
                if len(word) >= MIN_SYLLABLES:
                    for key in (_open_key(word, _OPEN_VOWELS), _open_key(word, _SCHWA_VOWELS)):
                        forms[(article.language, key)][word].add(article.id)
    pairs = {
        (a, b): (a, b, spelt)
        for spelt in forms.values()
        if len(spelt) > 1
        for a, b in combinations(sorted(spelt), 2)
        if not spelt[a] & spelt[b] and sum(x != y for x, y in zip(a, b, strict=True)) == 1
    }
    return by_ear(
        list(pairs.values()),
        articles,
        MIN_CONSONANTS,
        "Hangul",
        _quotes,
        same_key=False,
        glued=MIN_SYLLABLES,
    )


def by_ear(
    pairs: Sequence[tuple[str, str, dict[str, set[str]]]],
    articles: Sequence[Article],
    least: int,
    script: str,
    quotes: Callable[[str, set[str], dict[str, Article]], tuple[Quote, ...]],
    same_key: bool,
    glued: int = 0,
) -> list[Discrepancy]:
    """The ``pairs`` (two spellings and the articles writing each) that are one foreign name
    written by ear: the consonants of a Latin name the packet writes (:func:`_latin_sounds`),
    ``least`` of them or more; with ``same_key``, both spellings must keep those consonants
    (katakana; Hangul's pairs differ in one vowel already). Shared with :mod:`.kana_spellings`.
    With ``glued`` (Hangul), a word may be the name with a noun written onto it ("해밀톤호텔",
    the Hamilton Hotel): a start of it of at least ``glued`` syllables, holding the one that
    differs, may have the Latin name's consonants instead."""
    if not pairs:
        return []
    named = _latin_sounds(articles)
    by_id = {a.id: a for a in articles}
    found = []
    for a, b, spelt in pairs:
        key = sound_key(a)
        if glued and named.get(key) is not True:
            differs = next(i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y)
            starts = (sound_key(a[:n]) for n in range(max(glued, differs + 1), len(a)))
            key = next((k for k in starts if named.get(k) is True), key)
        if len(key) < least or (same_key and key != sound_key(b)) or named.get(key) is not True:
            continue
        claims = tuple(Claim(word, quotes(word, spelt[word], by_id)) for word in (a, b))
        found.append(
            Discrepancy(
                "spelling",
                f"{a} / {b}",
                claims,
                note=f"one foreign name written by ear two ways in {script} (the Latin name the "
                "packet writes has these consonants)",
            )
        )
    return found


def _without_particle(word: str) -> str:
    """The word without a Korean particle glued to its end ("카밀라가" → "카밀라")."""
    for particle in PARTICLES:
        if word.endswith(particle) and len(word) - len(particle) >= MIN_SYLLABLES:
            return word[: -len(particle)]
    return word


def _open_key(word: str, open_vowels: dict[int, int]) -> tuple[tuple[int, int, int], ...]:
    """Each syllable as (initial, vowel, final), with the ``open_vowels`` made one."""
    key = []
    for char in word:
        index = ord(char) - 0xAC00
        initial, rest = divmod(index, 21 * 28)
        vowel, final = divmod(rest, 28)
        key.append((initial, open_vowels.get(vowel, vowel), final))
    return tuple(key)


def _latin_sounds(articles: Sequence[Article]) -> dict[str, bool]:
    """The consonant keys of the Latin words written with a capital: True when one word
    (up to accents and case) has the key in every language, False when two words of one
    language share it."""
    words: dict[tuple[str, str], set[str]] = defaultdict(set)
    for article in articles:
        for paragraph in article.paragraphs:
            for match in _LATIN_NAME.finditer(paragraph.text):
                word = _plain(match.group())
                for key in {sound_key(word), sound_key(_SILENT_R.sub("", word))}:
                    words[(key, article.language)].add(word)
    named: dict[str, bool] = {}
    for (key, _), spellings in words.items():
        named[key] = named.get(key, True) and len(spellings) == 1
    return named


def _plain(word: str) -> str:
    return "".join(
        c for c in unicodedata.normalize("NFD", word.casefold()) if not unicodedata.combining(c)
    )


def _quotes(word: str, ids: set[str], by_id: dict[str, Article]) -> tuple[Quote, ...]:
    return quotes_in(re.compile(rf"(?<![\uac00-\ud7a3]){re.escape(word)}"), ids, by_id)
