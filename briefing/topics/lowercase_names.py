"""Names of institutions that capitalise only their first word: "Cour constitutionnelle".

French, Italian, Spanish, Portuguese, Romanian, Polish, Russian and Ukrainian write many
bodies' names with one capital ("Cour constitutionnelle", "Protezione civile", "Конституционный
суд"); the first pass, which reads runs of capitalised words, sees only the first word, which
alone is a common noun ("Cour", "Protezione"). English capitalises every word ("Constitutional
Court"). So a capitalised word in mid-sentence followed by a lower-case word is a name when
the pair is a name the packet already lists, capitalised otherwise ("Protezione Civile"), or
that name translated word by word into another language, as
:func:`~briefing.topics.phrase_names.phrase_cognates` compares two names: same number of
words, in any order each word alike enough to its partner, the two in no common language.
Only names of two words are read so, and a pair is no name on this evidence alone: an
unlisted pair ("Macron sagte", "Paris était") is left as it is, unless its capitalised word
is the noun of a body ("Commission", "Cour", "Protezione": :data:`~.lexicon.ORG_HEADS`) and
two articles write the pair (:func:`headed_pairs`): "la Commission européenne" is a name
wherever it stands; a body's noun before a word one text happens to put after it ("la
Commission mardi", "la Cour estime") is not written so twice.

An emergency service's name is written in lower case throughout as often as not ("i vigili
del fuoco", "la protezione civile"): a name the packet lists with a service's noun first
(:data:`~.lexicon.SERVICE_HEADS`) is the same body written all in lower case, in the
languages that list it (:func:`lowercase_services`), in the articles that never write it
capitalised: an article that capitalises the body's name and writes the same words in lower
case elsewhere tells the two apart ("a Defesa Civil italiana" and "a defesa civil", the
task). Other bodies are not read so: "la casa blanca" is no "Casa Blanca".
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping

from briefing.topics.candidates import Occurrence
from briefing.topics.lexicon import MONTHS, ORG_HEADS, SERVICE_HEADS, WEEKDAYS
from briefing.topics.naming import name_key
from briefing.topics.phrase_names import PHRASE_RATIO, PHRASE_WORD_RATIO, _matched, _phrase_words

#: Languages that capitalise all of a name's words (English) or every noun (German): a
#: capital followed by a lower-case word is no name's beginning there.
CAPITALISING = frozenset(["en", "de", "nl"])
#: A word and the word after it (looked ahead at, so that it may start the next pair).
_PAIR = re.compile(r"\b([^\W\d_]+) (?=([^\W\d_]{4,})\b)")


def lowercase_names(
    paragraphs: Iterable[tuple[str, int, str]],
    languages: Mapping[str, str],
    targets: Mapping[str, set[str]],
) -> list[tuple[str, Occurrence]]:
    """(target key, occurrence) for each capital-and-lower-case pair in mid-sentence that
    writes one of the ``targets`` (name keys of two words → the languages that write them).
    """
    words_of = {k: w for k in targets if (w := _phrase_words(k)) is not None and len(w) == 2}
    by_sound: dict[str, list[str]] = {}
    for key, words in words_of.items():
        for word in set(words):
            by_sound.setdefault(word[:2], []).append(key)
    found = []
    for article, index, text, language, match in word_pairs(paragraphs, languages):
        first, second = match.group(1), match.group(2)
        if not first[0].isupper() or not second.islower() or _initial(text, match.start()):
            continue
        key = name_key(f"{first} {second}")
        end = match.end() + len(second)
        occ = Occurrence(article, index, match.start(), end, text[match.start() : end])
        if key in targets:
            found.append((key, occ))  # "Protezione civile" of "Protezione Civile"
            continue
        sounds = _phrase_words(key)
        if sounds is None or len(sounds) != 2:
            continue
        options = {k for s in sounds for k in by_sound.get(s[:2], ())}
        fits = [k for k in options if language not in targets[k] and _alike(sounds, words_of[k])]
        if len(fits) == 1:
            found.append((fits[0], occ))
    return found


def word_pairs(
    paragraphs: Iterable[tuple[str, int, str]], languages: Mapping[str, str]
) -> Iterator[tuple[str, int, str, str, re.Match[str]]]:
    """(article, paragraph index, text, language, match of two neighbouring words) for every
    pair of words of the paragraphs in a language that capitalises a name's first word only
    (pairs overlap: the second word is a look-ahead)."""
    for article, index, text in paragraphs:
        language = languages.get(article, "en")
        if language in CAPITALISING:
            continue
        for match in _PAIR.finditer(text):
            yield article, index, text, language, match


def _initial(text: str, start: int) -> bool:
    """Whether the word at ``start`` opens its sentence or paragraph (or follows a quote or
    a bracket): its capital says nothing."""
    before = text[:start].rstrip()
    return not before or not (before[-1].isalpha() or before[-1] == ",")


def _alike(a: list[str], b: list[str]) -> bool:
    scores = _matched(a, b)
    return (
        len(scores) == len(a)
        and min(scores) >= PHRASE_WORD_RATIO
        and sum(scores) / len(scores) >= PHRASE_RATIO
    )


#: The articles that must write a body's noun and the same lower-case word after it.
HEADED_ARTICLES = 2


def headed_pairs(
    paragraphs: Iterable[tuple[str, int, str]],
    languages: Mapping[str, str],
    function: frozenset[str],
) -> dict[str, list[Occurrence]]:
    """Name key → occurrences of each pair of a capitalised body's noun in mid-sentence and a
    lower-case word ("Commission européenne") that :data:`HEADED_ARTICLES` articles write,
    in languages that capitalise only a name's first word. ``function``: the packet's
    function words, which are never the second word ("Commission pour")."""
    found: dict[str, list[Occurrence]] = {}
    for article, index, text in paragraphs:
        if languages.get(article, "en") in CAPITALISING:
            continue
        for match in _PAIR.finditer(text):
            first, second = match.group(1), match.group(2)
            if (
                first.casefold() not in ORG_HEADS
                or not first[0].isupper()
                or not second.islower()
                or second in function
                or second in MONTHS
                or second in WEEKDAYS
                or _initial(text, match.start())
            ):
                continue
            end = match.end() + len(second)
            occ = Occurrence(article, index, match.start(), end, text[match.start() : end])
            found.setdefault(name_key(occ.surface), []).append(occ)
    return {
        key: occs
        for key, occs in found.items()
        if len({o.article for o in occs}) >= HEADED_ARTICLES
    }


def lowercase_services(
    paragraphs: Iterable[tuple[str, int, str]],
    languages: Mapping[str, str],
    targets: Mapping[str, tuple[str, set[str], set[str]]],
) -> list[tuple[str, Occurrence]]:
    """(target key, occurrence) for each use in lower case of a listed service's name
    (``targets``: key → (the name as written, the languages that write it, the articles
    that write it)), in those languages and other articles only. Names whose first word is
    no service's noun are not looked for."""
    wanted: dict[str, tuple[str, set[str]]] = {}
    capitalised: dict[str, set[str]] = {}
    for key, (written, seen, articles) in targets.items():
        words = written.split()
        if len(words) >= 2 and words[0].casefold() in SERVICE_HEADS:
            wanted[written.casefold()] = (key, seen - CAPITALISING)
            capitalised[key] = articles
    if not wanted:
        return []
    pattern = re.compile(
        r"\b(?:" + "|".join(map(re.escape, sorted(wanted, key=len)[::-1])) + r")\b"
    )
    found = []
    for article, index, text in paragraphs:
        language = languages.get(article, "en")
        for match in pattern.finditer(text):
            key, seen = wanted[match.group()]
            if language in seen and article not in capitalised[key]:
                found.append(
                    (key, Occurrence(article, index, match.start(), match.end(), match.group()))
                )
    return found
