"""One person's nationality, when two articles give the same person two different ones.

"Canadian singer Nadia Ferrand" in one article, "프랑스 가수 나디아 페랑" (French singer) in
another: a nationality written right before a name says where the writer thinks the person
is from, and a Canadian is not a Frenchman. :mod:`.nationality_words` reads the nationality
in each language; this finds the people and compares.

A person is a full name (given name and surname) that some article writes in Latin letters,
its first word a given name (gender-guesser's list: "Wall Street" is no person).
Its other spellings are found by ear: each word's consonants
(:func:`briefing.topics.uncased_sounds.sound_key`, with a "c" before "e", "i" or "y" read as
"s") must be those of the Latin name's word, for both words, in Latin, Cyrillic, Hangul or
katakana; two Latin full names of one key that are not one name spelt two ways are two
people, and that key is read for neither.

What counts as a nationality, before the name (nothing between but a role noun or two, in
one clause):

- Latin and Cyrillic scripts: an adjective of a country among the three words before the
  name, the words after it in lower case (a role: "singer", "judo champ") and none of them a
  word of the language's stop list or an English past tense ("French fans cheered …");
- Korean: a country's name among the two words before the name, the words after it free of
  the particles that make it a subject or object of something else ("프랑스 관중이 …");
- Chinese and Japanese: a country's name within five characters before the name, no
  preposition, verb or case particle between (:func:`.nationality_words.name_country_before`).

Flagged only when two articles give the person two countries, and no article gives the person
both: a French-Canadian ("French-Canadian singer") or a text that names two countries for one
person makes them compatible, never a disagreement.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from functools import cache, lru_cache
from itertools import combinations

from rapidfuzz.distance import Levenshtein

from briefing.analysis.inflection import folded
from briefing.analysis.model import Claim, Discrepancy, Quote
from briefing.analysis.nationality_words import (
    NAME_AS_ATTRIBUTE,
    adjective_country,
    country_names,
    english_demonym,
    name_country_before,
)
from briefing.analysis.spelling import script
from briefing.analysis.text import language_of, sentence_at
from briefing.given_name_table import given_name
from briefing.model import Article, Span
from briefing.topics.uncased_sounds import PARTICLES, sound_key

#: Two words of one script, as a name is written: Latin or Cyrillic with capitals, Hangul
#: syllables, katakana joined by a middle dot.
_LATIN_OR_CYRILLIC = r"[A-ZÀ-ÖØ-ÞА-ЯЁ][a-zß-öø-ÿа-яё\u0100-\u024f]+"
_NAME = re.compile(
    rf"(?<![A-Za-z\u00c0-\u024fА-яЁё\-])({_LATIN_OR_CYRILLIC}) (?=({_LATIN_OR_CYRILLIC})"
    r"(?![A-Za-z\u00c0-\u024fА-яЁё\-]))"
    r"|(?<![\uac00-\ud7a3])([\uac00-\ud7a3]{2,4}) (?=([\uac00-\ud7a3]{1,5}))"
    r"|(?<![\u30a1-\u30ff])([\u30a1-\u30fa\u30fc]{2,8})[・=＝ ](?=([\u30a1-\u30fa\u30fc]{2,8}))"
)  # the second word a look-ahead: every two neighbours are tried ("특히 프랑스 팝스타 셀린 디옹이")
#: The fewest consonants a full name's key holds: shorter keys match too many names.
MIN_CONSONANTS = 4
#: Where a clause ends, before the name: a nationality never reaches across.
_CLAUSE_END = re.compile(r".*[.!?;:,()\"“”«»/|。、，；：！？]", re.DOTALL)
_SOFT_C = re.compile(r"[cC](?=[eiyéèêëíîï])")
_ENGLISH_PAST = re.compile(r"[a-z]{3,}ed$")
#: Korean particles that make a word the subject, object or topic of a clause of its own.
_KOREAN_CASE = ("이", "가", "은", "는", "을", "를", "에", "에서", "와", "과", "도", "로")


def nationality_discrepancies(
    articles: Sequence[Article], names: Sequence[Sequence[tuple[str, str]]]
) -> list[Discrepancy]:
    """One person given two nationalities (module docstring); ``names[i]`` is
    ``articles[i]``'s :func:`.spelling.name_pairs_of`."""
    people = _people(articles, names)
    if not people:
        return []
    said: dict[tuple[str, str], dict[str, dict[str, Quote]]] = defaultdict(
        lambda: defaultdict(dict)
    )
    # What a paragraph says of the people depends on its text and language alone: a
    # paragraph met before (wire copy: two fifths of the 10,005-article benchmark's text)
    # is not searched again.
    read: dict[tuple[str, str], list[tuple[tuple[str, str], frozenset[str], int]]] = {}
    for article in articles:
        for index, paragraph in enumerate(article.paragraphs):
            text = paragraph.text
            language = language_of(paragraph.language, article.language)
            told = read.get((text, language))
            if told is None:
                told = read[(text, language)] = _told(text, language, people)
            for key, countries, start in told:
                for country in countries:
                    if article.id not in said[key][country]:
                        sentence = sentence_at(text, start, language)
                        said[key][country][article.id] = Quote(
                            article.id,
                            article.source,
                            Span(index, sentence.start, sentence.end),
                            sentence.text,
                        )
    found = []
    for key, by_country in sorted(said.items()):
        if len(by_country) < 2:
            continue
        each = {c: set(ids) for c, ids in by_country.items()}
        if any(each[a] & each[b] for a, b in combinations(each, 2)):
            continue  # one article gives both: compatible (a French-Canadian)
        claims = tuple(
            Claim(
                english_demonym(country),
                tuple(by_country[country][i] for i in sorted(by_country[country])),
            )
            for country in sorted(by_country, key=lambda c: (-len(by_country[c]), c))
        )
        found.append(
            Discrepancy(
                "name",
                f"the nationality of {people[key]}",
                claims,
                note="the sources give one person two different countries",
            )
        )
    return found


def _told(
    text: str, language: str, people: dict[tuple[str, str], str]
) -> list[tuple[tuple[str, str], frozenset[str], int]]:
    """Each name of ``people`` the paragraph writes, with the countries the clause before it
    gives and where it starts, in the paragraph's order."""
    told = []
    for match in _NAME.finditer(text):
        first, last = (g for g in match.groups() if g is not None)
        key = _key(first, _without_particle(last))
        if key in people:
            told.append((key, _countries_before(text[: match.start()], language), match.start()))
    return told


def _people(
    articles: Sequence[Article], names: Sequence[Sequence[tuple[str, str]]]
) -> dict[tuple[str, str], str]:
    """Key → the Latin full name it stands for, for the keys of one person only."""
    spelt: dict[tuple[str, str], Counter[tuple[str, str]]] = defaultdict(Counter)
    for pairs in names:
        for first, last in pairs:
            if script(first) == script(last) == "LATIN":
                key = _key(first, last)
                if len("".join(key)) >= MIN_CONSONANTS and all(key):
                    spelt[key][(first, last)] += 1
    people = {}
    for key, forms in spelt.items():
        if not any(len(first) > 2 and given_name(first) for first, _ in forms):
            continue  # "Wall Street": no person
        plain = sorted({(folded(a).casefold(), folded(b).casefold()) for a, b in forms})
        if all(
            Levenshtein.distance(a[0], b[0]) <= 1 and Levenshtein.distance(a[1], b[1]) <= 1
            for a, b in combinations(plain, 2)
        ):
            people[key] = " ".join(forms.most_common(1)[0][0])  # as most articles write it
    return people


@lru_cache(maxsize=1 << 16)
def _key(first: str, last: str) -> tuple[str, str]:
    return sound_key(_SOFT_C.sub("s", first)), sound_key(_SOFT_C.sub("s", last))


def _without_particle(word: str) -> str:
    """A Korean surname without the particle glued to it ("디옹이" → "디옹")."""
    if not "\uac00" <= word[:1] <= "\ud7a3":
        return word
    for particle in PARTICLES:
        if word.endswith(particle) and len(word) > len(particle) + 1:
            return word[: -len(particle)]
    return word


def _countries_before(text: str, language: str) -> frozenset[str]:
    """The countries the clause before a name gives as the person's (module docstring)."""
    clause = _CLAUSE_END.sub("", text[-80:])
    if language in NAME_AS_ATTRIBUTE and language != "ko":
        return name_country_before(clause, language)
    words = clause.split()[-3:] if language != "ko" else clause.split()[-2:]
    for back in range(1, len(words) + 1):
        word = words[-back]
        between = words[len(words) - back + 1 :]
        if language == "ko":
            country = _korean_country(word)
            if country and not any(w.endswith(_KOREAN_CASE) for w in between):
                return country
            continue
        countries = adjective_country(word.strip("'’"), language)
        if countries:
            return countries if all(_role_word(w, language) for w in between) else frozenset()
    return frozenset()


def _korean_country(word: str) -> frozenset[str]:
    """A Korean country name, alone or with "의" (of) or "출신" (from) glued to it."""
    names = country_names("ko")
    for tail in ("", "의", "출신", "출신의"):
        if tail and not word.endswith(tail):
            continue
        country = names.get(word[: len(word) - len(tail)] if tail else word)
        if country:
            return frozenset({country})
    return frozenset()


def _role_word(word: str, language: str) -> bool:
    """A word that may stand between a nationality and a name: a role noun, in lower case."""
    if not word.isalpha() or not word.islower():
        return False
    if language == "en" and _ENGLISH_PAST.search(word):
        return False
    return word not in _stop_words(language)


@cache
def _stop_words(language: str) -> frozenset[str]:
    import stopwordsiso

    return frozenset(stopwordsiso.stopwords(language))  # empty for a language it lacks
