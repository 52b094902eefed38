"""Key words that are no subject of their own: what a tally counts, and everyday words.

:func:`~briefing.topics.keywords.key_words` finds the common nouns the leads of several
languages share; on real packets some of them are words any story of the kind writes, which
no analyst would list beside the people, places and events:

- **what a tally counts**: "16 mortos e 21 feridos", "20 feriti", "22 vehicles", "cinq
  blessés". A word written right after a number (digits, or a number word of the article's
  language: num2words) in :data:`COUNTED_SHARE` of its uses or more is the noun of a count,
  which the toll or the figures of the story already say; the subject is what happened to
  them. A subject that is sometimes counted ("133 cardinals" among many "the cardinals")
  stays.
- **an everyday word**: a key word shown under a name as frequent in its language at large
  as "vehicles", "causes", "emergency" or "massive" (wordfreq's Zipf ≥ :data:`EVERYDAY_ZIPF`
  for the form that names it, in that form's language) is the language's ordinary
  vocabulary, written in any story, not this one's subject. Measured on the name, not on
  every form: one language may use a subject's word every day (Italian "referendum", 4.64)
  where the name's language does not (English 3.98). "conclave" (3.6), "blackout" (3.6),
  "restoration" (4.1), "incendie" (4.45) or "cables" (3.9) stay below it.
- **what a listed body is**: a word of the closed class of nouns that say what kind of body
  the name beside them is (:data:`~.lexicon.DESCRIPTORS`' organisations: "grid operator
  REE", "the airline X", "the broadcaster Y") describes that name, which is the topic.
  The class is written in English; a packet's other languages reach it through the English
  form their cognates join ("opérateur", "operadora" with "operator").
- **a word of a set phrase**: "bordo" of "a bordo" (:mod:`.themes_usage`): the phrase
  says where or how, and the word alone is no subject. (An adjective, "residential" of
  "zona residencial", is left out by :func:`~.keywords.key_words` itself, which also drops
  the themes ending in it.)
- **a title in the singular**: "monarch", "pope" (:func:`titled`): the one who holds it,
  whom the list names.
- **a word only ever written "a ..." or "her ..."**: "a successor", "her successor"
  (:mod:`.unspecific`): some one not yet known, or someone's relation, no subject.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Mapping, Sequence

from briefing.topics.candidates import Occurrence
from briefing.topics.lexicon import DESCRIPTORS, words
from briefing.topics.themes_usage import set_phrase
from briefing.topics.unspecific import unspecific

#: Share of a key word's uses right after a number from which it is what a tally counts.
COUNTED_SHARE = 1 / 3
#: A key word with a form at least this frequent in its language (wordfreq's Zipf scale;
#: 4.5 is about 30 uses in a million words) is everyday vocabulary.
EVERYDAY_ZIPF = 4.5
#: Numbers written as words up to this one are read (a toll or a tally of vehicles is small
#: or written in digits).
_WORDED_UP_TO = 100

_LAST_WORD = re.compile(r"([^\W_]+)[^\w]*$")


class ParagraphTexts:
    """The paragraphs' texts by (article, index), indexed on first use only: most packets
    have no key word to test."""

    def __init__(self, paragraphs: Sequence[tuple[str, int, str]]) -> None:
        self._paragraphs = paragraphs
        self._texts: dict[tuple[str, int], str] | None = None

    def get(self, article: str, index: int) -> str:
        if self._texts is None:
            self._texts = {(a, i): t for a, i, t in self._paragraphs}
        return self._texts.get((article, index), "")


def generic(
    name: str,
    forms: Mapping[tuple[str, str], int],
    occurrences: Sequence[Occurrence],
    texts: ParagraphTexts,
    languages: Mapping[str, str],
) -> bool:
    """Whether a key word named ``name`` (its written ``forms``: (word, language) → uses) is
    what a tally counts, an everyday word, a word of a set phrase or one never written as a
    thing of its own (see the module's docstring)."""
    return (
        everyday(name, forms)
        or describing(forms)
        or titled(name)
        or counted(occurrences, texts, languages)
        or set_phrase(occurrences, texts.get, languages)
        or unspecific(occurrences, texts.get, languages)
    )


#: Nouns that say what kind of body a name is ("operator", "airline", "broadcaster").
BODY_DESCRIPTORS = frozenset(w for w, kind in DESCRIPTORS.items() if kind == "organisation")


def describing(forms: Mapping[tuple[str, str], int]) -> bool:
    """Some written form is a noun of :data:`BODY_DESCRIPTORS`, singular or plural."""
    return any(
        (w := word.casefold()) in BODY_DESCRIPTORS or w.removesuffix("s") in BODY_DESCRIPTORS
        for word, _language in forms
    )


#: Titles of an office one person holds at a time, in the singular ("monarch", "pope",
#: "mayor"). A closed class; words that are also subjects ("justice", "head", "speaker")
#: are left out.
SINGLE_TITLES = words(
    """monarch sovereign king queen emperor empress pope patriarch archbishop president
    premier chancellor governor mayor prince princess sultan emir tsar czar"""
)


def titled(name: str) -> bool:
    """A key word named by a title in the singular ("the monarch", "le monarque") stands for
    the one person who holds it, whom the list names; the plural ("cardinals") is a body of
    people, a subject of its own."""
    return name.casefold() in SINGLE_TITLES


def everyday(name: str, forms: Mapping[tuple[str, str], int]) -> bool:
    """The form that names a key word is an everyday word of its language (Zipf ≥
    :data:`EVERYDAY_ZIPF`); ``forms`` say which language writes it."""
    from briefing.topics.word_keys import zipf

    written = {language: n for (word, language), n in forms.items() if word == name}
    if not written:
        return False
    # Named in English whenever English writes it (``keywords._name``), else in the language
    # that writes the name most.
    language = "en" if "en" in written else max(written, key=lambda lang: (written[lang], lang))
    return zipf(name.casefold(), language) >= EVERYDAY_ZIPF


def counted(
    occurrences: Sequence[Occurrence], texts: ParagraphTexts, languages: Mapping[str, str]
) -> bool:
    """:data:`COUNTED_SHARE` of the uses or more come right after a cardinal number: digits
    (not a year: at most three) or a number word of the article's language."""
    if not occurrences:
        return False
    after: Counter[bool] = Counter()
    for o in occurrences:
        before = texts.get(o.article, o.paragraph)[max(0, o.start - 30) : o.start]
        found = _LAST_WORD.search(before)
        word = found.group(1).casefold() if found else ""
        language = languages.get(o.article, "en")
        after[(word.isdigit() and len(word) <= 3) or word in number_words(language)] += 1
    return after[True] >= COUNTED_SHARE * len(occurrences)


@functools.cache
def number_words(language: str) -> frozenset[str]:
    """The cardinals from two to :data:`_WORDED_UP_TO` written as one word in ``language``
    (num2words; none for a language it does not write)."""
    from num2words import num2words

    found = set()
    for n in range(2, _WORDED_UP_TO + 1):
        try:
            word = num2words(n, lang=language)
        except (NotImplementedError, KeyError, ValueError):
            return frozenset()
        if word.isalpha():
            found.add(word.casefold())
    return frozenset(found)
