"""Evidence that a capitalised phrase is a person's name: a given name, in the text's language.

Outside English a run of capitalised words is often no name at all: German capitalises every
noun ("Hunderte Gäste"), Spanish and Italian capitalise the words of titles and institutions
("Sumo Pontífice", "Curia Vaticana", "San Pietro"), Turkish the words of an office ("Acil
Durum"). Their shape is a person's (two capitalised words), their first word is not: it is a
word the language uses every day. A person's name opens with a given name, and given names
are listed, per country, by gender-guesser's name dictionary (about 48,000 names of Europe,
Turkey and beyond; the package's data file is read directly, without its detector, which is
slower to load than the whole lookup needs).

So a phrase whose first word is a frequent word of its article's language (wordfreq) and no
given name used in that language's countries is no person: a body or a place named with a
common noun, or, when every word is a common word, no name at all. A name after a title
is judged the same way: the title rules also cut the tails of longer phrases ("… della
Basilica di San Pietro").
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Sequence

from briefing.given_name_table import given_name
from briefing.topics.candidates import Candidates, Occurrence
from briefing.topics.gazetteer import Gazetteer
from briefing.topics.generational import generational_name
from briefing.topics.languages import NOUN_CAPITALISING
from briefing.topics.name_links import fathers_name
from briefing.topics.naming import person_key
from briefing.topics.word_keys import _wordfreq_reads, zipf

#: A word at least this frequent in its language (Zipf scale: 3.5 is about 3 uses in a
#: million words) is an everyday word there; rarer surnames that double as words ("Faure",
#: 3.48 in French) stay below it.
COMMON_ZIPF = 3.5

_WORD = re.compile(r"\S+")


def common_word(word: str, language: str) -> bool:
    """Whether ``word`` is an everyday word of ``language`` (wordfreq's Zipf ≥ 3.5)."""
    return zipf(word.casefold(), language) >= COMMON_ZIPF


#: A given name of another country's people is written often wherever a famous bearer is
#: in the news ("Vladimir" in French, 3.9); as often as this it is a word of the language
#: ("San" in Italian, 5.4, is a given name in Asia).
FOREIGN_NAME_ZIPF = 4.5


def named(word: str, language: str) -> bool:
    """A given name as read in ``language``: one of its countries' given names, or another
    country's that is not that language's everyday word."""
    return given_name(word, language) or (
        given_name(word) and zipf(word.casefold(), language) < FOREIGN_NAME_ZIPF
    )


#: Definite articles, which news prose writes before a museum, a ship or a building named
#: after a person ("the Albertina", "die Albertina", "la Gioconda") but not before a person.
ARTICLES = frozenset({"the", "der", "die", "das", "le", "la", "il", "lo", "el"})


def lone_given_name(word: str, languages: set[str], before: Sequence[str] = ()) -> bool:
    """Whether one capitalised word is a given name used alone ("Eugénie", "Hortense"): a
    given name of some country that is no everyday word in the languages it is read in,
    and never written after a definite article (``before``: the word before each use)."""
    return (
        given_name(word)
        and not any(common_word(word, lang) for lang in languages)
        and not any(w.casefold() in ARTICLES for w in before)
    )


def person_or_not(words: list[str], language: str, others: Iterable[str] = ()) -> str | None:
    """The kind of a phrase the name shape calls a person, by its first word.

    "person" when the first word is a given name (:func:`named`) or no everyday word of the
    language nor, unless it is some country's given name, of the briefing's ``others``
    languages (a Spanish text writes the Italian "Curia Vaticana": an everyday word of
    Italian); otherwise "organisation" (a common noun heads a body or place), or None when
    every word is an everyday word ("Hunderte Gäste"). Only Latin-script words are judged:
    the Cyrillic dictionaries say what a word is already.
    """
    first = words[0]
    if not first.isascii() and not all(_latin(ch) for ch in first if ch.isalpha()):
        return "person"
    if named(first, language):
        return "person"
    borrowed = not given_name(first) and any(
        common_word(first, other) for other in others if latin_written(other)
    )
    if not common_word(first, language) and not borrowed:
        return "person"
    if all(common_word(w, language) for w in words[1:]) and not _capitalised_run(words, language):
        return None
    return "organisation"


def _capitalised_run(words: list[str], language: str) -> bool:
    """Everyday words a language writes in lower case, capitalised together after the first:
    a name made of common words ("Unione Sovietica", "Unión Europea"), where a language that
    capitalises its nouns ("Hunderte Gäste") says nothing by it. A given name among them
    ("Hospital São José") is left as before: a saint's or a person's name inside a body's
    name, read on its own as the place or person it also is."""
    if language in NOUN_CAPITALISING:
        return False
    later = words[1:]
    return any(w[:1].isupper() for w in later) and not any(given_name(w) for w in later)


@functools.cache
def latin_written(language: str) -> bool:
    """Whether ``language`` is written in Latin letters: most of its hundred commonest words
    (wordfreq) are. A Latin word frequent in Hindi or Russian is a romanised name or a loan
    ("Narendra" is as common as an everyday word in romanised Hindi), never that language's
    own common noun, so it says nothing about a phrase in a Latin-script text."""
    from wordfreq import top_n_list

    if not _wordfreq_reads(language):
        return False
    common = top_n_list(language, 100, wordlist="small")
    latin = [w for w in common if all(_latin(ch) for ch in w if ch.isalpha())]
    return 2 * len(latin) > len(common)


def _latin(ch: str) -> bool:
    return unicodedata.name(ch, "").startswith("LATIN")


def judge_people(cands: Candidates, languages: dict[str, str], gaz: Gazetteer) -> None:
    """Re-type the person-shaped names of articles not in English by their first word.

    Rewrites ``cands.names`` in place. A name whose first word is no given name but a later
    one is, with a surname after it, is words of office before a full name ("Bakan Ayşe
    Çelik", "Valisi Ömer Faruk Coşkun", "Bundesrichterin Anna Keller"): the person is named
    from the given name on; a father's name after "bin" or "ben" is no such given name
    ("Hamdan bin Rashid", :func:`~.name_links.fathers_name`). A name whose first word is an
    everyday word and no given name is, in this order: a title before a surname the
    briefing gives a person ("Monseigneur Ulrich", "Cumhurbaşkanı Erdoğan": the surname
    alone, in
    ``cands.surnames``, which joins that person); a known place before one more word, which
    is a place in it ("Kahramanmaraş Elbistan": a province and its district); a title before
    a given name alone ("Cumhurbaşkanı Mohamed" of "Cumhurbaşkanı Mohamed Bazoum'un", the
    surname cut off at its suffix) is nothing: a person's name cut short, never a body's;
    else a body or place named with a common noun, or nothing.
    English text is left to the first pass, which has the briefing's own lower-case words
    as evidence (a large English briefing writes every common word in lower case somewhere).
    """
    judged: list[tuple[str, Occurrence, bool]] = []
    demoted: list[tuple[Occurrence, str | None]] = []
    spoken = frozenset(languages.values())
    for kind, occ, attested in cands.names:
        language = languages.get(occ.article, "en")
        words = occ.surface.split()
        if kind != "person" or language == "en" or len(words) < 2 or generational_name(words):
            judged.append((kind, occ, attested))  # "Ronaldo Jr.": a person (:mod:`.generational`)
            continue
        verdict = person_or_not(words, language, spoken - {language})
        given = next(
            (
                k
                for k in range(1, len(words) - 1)
                if named(words[k], language) and not fathers_name(words, k)  # "bin Rashid"
            ),
            None,
        )
        if given is not None and not named(words[0], language):
            judged.append(("person", _words(occ, given, len(words)), True))
        elif verdict == "person":
            judged.append((kind, occ, attested))
        else:
            demoted.append((occ, verdict))
    surnames = {
        person_key(occ.surface.split()[-1])
        for kind, occ, _attested in judged
        if kind == "person" and " " in occ.surface
    }
    for occ, verdict in demoted:
        words = occ.surface.split()
        place = gaz.place(words[0])
        if person_key(words[-1]) in surnames:
            cands.surnames.append((_words(occ, len(words) - 1, len(words)), True))
        elif place is not None and len(words) == 2:
            cands.places.append((place, _words(occ, 0, 1)))
            judged.append(("place", _words(occ, 1, 2), False))
        elif len(words) == 2 and named(words[1], languages.get(occ.article, "en")):
            continue  # a title and a given name, the surname cut off: no body
        elif verdict is not None:
            judged.append((verdict, occ, False))
    cands.names = judged


def word_before(text: str, start: int) -> str:
    """The word right before offset ``start`` of ``text`` ("" at its start)."""
    found = _WORD.findall(text[max(0, start - 40) : start])
    return found[-1] if found else ""


def _words(occ: Occurrence, first: int, end: int) -> Occurrence:
    """The occurrence of words ``first`` to ``end`` (exclusive) of ``occ``."""
    spans = [m.span() for m in _WORD.finditer(occ.surface)]
    start, stop = spans[first][0], spans[end - 1][1]
    return Occurrence(
        occ.article, occ.paragraph, occ.start + start, occ.start + stop, occ.surface[start:stop]
    )
