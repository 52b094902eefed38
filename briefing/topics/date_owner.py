"""Whose date a sentence writes: the act's, or another noun's that a clause describes.

An event named by its act and a date ("Accession in Washington, 1949", "First round, 4 May")
must be dated by the act itself. A sentence often writes a second noun with its own date in a
clause that describes that noun: "the instrument of accession to the Washington treaty, signed
on 4 April 1949", "le traité de Washington, signé le 4 avril 1949", "der 1949 unterzeichnete
Vertrag", "договор, подписанный в 1949 году", "the treaty, which was signed in 1949". That
date is the treaty's, not the accession's. The clause is found by its opener, closed classes
of each language:

- a relative pronoun ("which", "lequel", "dont", "cuyo", "il quale", "который"; the
  ambiguous "that", "qui", "que", "che", "der" only after a comma);
- a past participle by its shape ("signé", "firmado", "firmato"; pymorphy3's full participle
  in Russian and Ukrainian), not after an auxiliary ("a été signé" is the sentence's verb,
  not a clause) and not after a determiner ("le traité" is a noun); in English, where the
  participle and the past tense share a shape ("the flood killed ten in 1998"), only after a
  comma;
- in German and the Slavic languages, an attributive participle written between the date and
  its noun, the phrase opened by a determiner or a preposition ("der 1949 unterzeichnete
  Vertrag", "в 1949 году подписанном договоре").

The clause belongs to the noun before its opener: the nearest word that is no function word
and, outside German, no capitalised name (the names complete a noun: "the treaty of
Washington, signed ..." describes the treaty). The date is the act's when that noun is the act
("the earthquake which struck İzmit in 1999", "the flood in Plovdiv, which ...") or when no
such clause holds it ("the 1999 Izmit earthquake", "the first round on 4 May"). A language
with none of these classes here keeps every date, as before.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

#: Relative pronouns that open a clause wherever they stand (lower case).
RELATIVES = {
    "en": frozenset({"which", "whose", "whom", "who"}),
    "fr": frozenset({"lequel", "laquelle", "lesquels", "lesquelles", "dont", "auquel"}),
    "es": frozenset({"cual", "cuales", "cuyo", "cuya", "cuyos", "cuyas"}),
    "pt": frozenset({"qual", "quais", "cujo", "cuja", "cujos", "cujas"}),
    "it": frozenset({"quale", "quali", "cui"}),
    "de": frozenset({"welcher", "welche", "welches", "welchem", "welchen", "dessen", "deren"}),
    "ru": frozenset(),  # "котор-" by its stem (:func:`_relative`)
    "uk": frozenset({"який", "яка", "яке", "які", "якого", "якої", "якому", "якій", "яким"}),
}
#: Relative pronouns that are also conjunctions or articles: a clause's only after a comma.
AFTER_COMMA = {
    "en": frozenset({"that"}),
    "fr": frozenset({"qui", "que", "qu"}),
    "es": frozenset({"que"}),
    "pt": frozenset({"que"}),
    "it": frozenset({"che"}),
    "de": frozenset({"der", "die", "das", "dem", "den"}),
    "ru": frozenset(),
    "uk": frozenset(),
}
#: Past participles by their ending, where the shape tells them from the past tense.
PARTICIPLE_ENDINGS = {
    "en": ("ed",),
    "fr": ("é", "ée", "és", "ées"),
    "es": ("ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas"),
    "pt": ("ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas"),
    "it": ("ato", "ata", "ati", "ate", "ito", "ita", "iti", "ite", "uto", "uta", "uti", "ute"),
}
#: Auxiliaries before a participle that make it the sentence's own verb.
AUXILIARIES = {
    "en": frozenset({"was", "were", "is", "are", "been", "be", "has", "have", "had"}),
    "fr": frozenset(
        {"a", "ont", "avait", "avaient", "est", "sont", "été", "était", "étaient", "fut", "sera"}
    ),
    "es": frozenset({"ha", "han", "había", "habían", "fue", "fueron", "sido", "es", "son"}),
    "pt": frozenset({"foi", "foram", "sido", "tem", "têm", "tinha", "é", "são", "ter"}),
    "it": frozenset({"è", "ha", "hanno", "era", "erano", "fu", "stato", "stata", "sono"}),
}
#: Words an opener may stand this far before the date ("signed by twelve countries on ...").
REACH = 10
_TOKEN = re.compile(r"[^\W\d_]+|\d+|[,;:()]")


def date_of_other_noun(
    text: str,
    date: tuple[int, int],
    acts: Sequence[tuple[int, int]],
    language: str,
    sentence: tuple[int, int] | None = None,
) -> bool:
    """Whether the date at ``date`` (offsets into ``text``) stands in a clause describing a
    noun other than the act written at ``acts`` (module docstring); only the words of
    ``sentence`` (start, end), if given, are read."""
    if language not in RELATIVES:
        return False
    start, end = sentence or (0, len(text))
    tokens = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text, start, end)]
    # "der 1949 unterzeichnete Vertrag": the noun after the date's participle owns it first.
    before = [t for t in tokens if t[1] <= date[0]]
    after = [t for t in tokens if t[0] >= date[1]]
    if (
        before
        and _function(before[-1][2].lower(), language)
        and _attributive(after, acts, language)
    ):
        return True
    words = 0
    for i in range(len(before) - 1, -1, -1):
        start, _end, word = before[i]
        if any(s <= start < e for s, e in acts):
            return False  # the act's own clause ("the flood that struck Plovdiv in 1998")
        if word in ";:()":
            break
        if word == ",":
            continue
        words += 1
        if words > REACH:
            break
        if _opener(before, i, language):
            antecedent = _antecedent(before, i, language)
            return antecedent is not None and not any(s <= antecedent < e for s, e in acts)
    return False


def _opener(tokens: list[tuple[int, int, str]], i: int, language: str) -> bool:
    """Whether ``tokens[i]`` opens a clause: a relative pronoun or a participle."""
    word = tokens[i][2]
    lower = word.lower()
    previous = tokens[i - 1][2] if i else ""
    if lower in RELATIVES[language] or _relative(lower, language):
        return True
    if previous == "," and lower in AFTER_COMMA[language]:
        return True
    if not word.islower() or not previous or previous in ";:()":
        return False
    if previous != "," and (language == "en" or _function(previous.lower(), language)):
        return False
    if previous.lower() in AUXILIARIES.get(language, ()):
        return False
    return _participle(lower, language)


def _relative(word: str, language: str) -> bool:
    return language == "ru" and word.startswith("котор")


def _participle(word: str, language: str) -> bool:
    if language in ("ru", "uk"):
        return _slavic_participle(word, language)
    return len(word) > 4 and word.endswith(PARTICIPLE_ENDINGS.get(language, ()))


@functools.lru_cache(maxsize=1 << 14)
def _slavic_participle(word: str, language: str) -> bool:
    """pymorphy3's most likely reading is a full participle ("подписанный", "підписаний")."""
    from briefing.morphology import analyser

    parses = analyser(language).parse(word)
    return bool(parses) and parses[0].tag.POS == "PRTF"


def _antecedent(tokens: list[tuple[int, int, str]], i: int, language: str) -> int | None:
    """Offset of the noun the clause opened at ``tokens[i]`` describes: the nearest word before
    it that is no function word nor (outside German) a capitalised name; None if none."""
    for j in range(i - 1, max(-1, i - 1 - REACH), -1):
        start, _end, word = tokens[j]
        if word in ";:()":
            return None
        if word == "," or word.isdigit() or _function(word.lower(), language):
            continue
        if language != "de" and not word.islower():
            continue
        return start
    return None


def _attributive(
    after: list[tuple[int, int, str]], acts: Sequence[tuple[int, int]], language: str
) -> bool:
    """German and Slavic: a participle right after the date, then a noun that is not the act
    ("der 1949 unterzeichnete Vertrag"; the caller checks a determiner or a preposition opens
    the phrase: "der Beitritt 1995 brachte Änderungen" writes a verb there)."""
    if language not in ("de", "ru", "uk"):
        return False
    words = [t for t in after[:4] if t[2] not in ",;:()"]
    if language != "de":
        words = [t for t in words if t[2].lower() not in _YEAR_WORDS]
    if len(words) < 2:
        return False
    participle, noun = words[0], words[1]
    if language == "de":
        shaped = participle[2].islower() and re.search(r"(?:t|en)(?:e|en|er|es|em)$", participle[2])
        if not shaped or not noun[2][:1].isupper():
            return False
    elif not _slavic_participle(participle[2].lower(), language):
        return False
    return not any(s <= noun[0] < e for s, e in acts)


_YEAR_WORDS = frozenset({"году", "года", "год", "г", "року", "рік", "р"})


@functools.cache
def _stops(language: str) -> frozenset[str]:
    from briefing.topics.languages import function_words
    from briefing.topics.lexicon import STOPWORDS

    return STOPWORDS if language == "en" else function_words(language)


def _function(word: str, language: str) -> bool:
    return word in _stops(language)
