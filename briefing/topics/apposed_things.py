"""A one-word name in apposition to a thing's common noun: "the lander Vikram", "el rover Pragyan".

A craft, a ship, a probe or a satellite is often named after a person ("Vikram", after the
founder of India's space programme), so a one-word name that is some country's given name
is not a person when the texts write it as the name *of* something: right after a common
noun ("the lander (Vikram)", "its lander 'Vikram'", "el aterrizador Vikram", "il lander
Vikram") or right before one ("Vikram lander"). A person's one-word name sits after a title
or a word of office ("Queen Hortense", "the empress Eugénie", "ISRO chief Somanath"), which
:func:`~.lexicon.is_role` knows in English only; so the construction must be written in at
least two languages and at least once in English, where a noun that is no title is a
thing's. The noun must read as a noun in its text (written after an article or a
possessive in one of the name's passages, :data:`~.event_noun.DETERMINERS`: "said Vikram"
is no construction),
and most of the name's uses must sit in such constructions: when unsure, the name stays a
person.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Mapping, Sequence

from briefing.topics.candidates import Occurrence
from briefing.topics.event_noun import DETERMINERS
from briefing.topics.lexicon import STOPWORDS, is_role

#: The word before a name, an opening bracket or quote between them allowed.
_BEFORE = re.compile(r"(?:^|[^\w])([^\W\d_]{3,})\s+[(«“\"'‘]?$")
#: The word after a name, a closing quote allowed ("'Vikram' lander"); a comma ends it.
_AFTER = re.compile(r"[»”\"'’]?\s+([^\W\d_]{3,})\b")
#: Fewest uses in constructions, and fewest languages they are written in.
MIN_USES = 2
MIN_LANGUAGES = 2


def thing_apposed(
    occurrences: Sequence[Occurrence],
    texts: Mapping[tuple[str, int], str],
    languages: Mapping[str, str],
) -> bool:
    """Whether most of a one-word name's ``occurrences`` name a thing by a common noun beside
    it, in two languages or more and in English (see the module's docstring)."""
    built: list[tuple[str, str]] = []  # (language, noun)
    for o in occurrences:
        text = texts.get((o.article, o.paragraph), "")
        language = languages.get(o.article, "en")
        nouns = []
        if m := _BEFORE.search(text, max(0, o.start - 40), o.start):
            nouns.append(m.group(1))
        if m := _AFTER.match(text, o.end):
            nouns.append(m.group(1))
        nouns = [n for n in nouns if _common(n)]
        if nouns:
            built.append((language, nouns[0].casefold()))
    if len(built) < MIN_USES or 2 * len(built) <= len(occurrences):
        return False
    passages = {(o.article, o.paragraph) for o in occurrences}
    proved = _nouns(built, {k: texts.get(k, "") for k in passages}, languages)
    made = [(lang, n) for lang, n in built if (lang, n) in proved]
    return (
        2 * len(made) > len(occurrences)
        and len({lang for lang, _n in made}) >= MIN_LANGUAGES
        and any(lang == "en" for lang, _n in made)
    )


def _common(word: str) -> bool:
    """A lower-case word that is no function word or title: maybe a thing's noun."""
    return word[:1].islower() and word.casefold() not in STOPWORDS and not is_role(word)


def _nouns(
    wanted: list[tuple[str, str]],
    texts: Mapping[tuple[str, int], str],
    languages: Mapping[str, str],
) -> set[tuple[str, str]]:
    """The (language, noun) of ``wanted`` some text of that language writes right after one
    of its articles or possessives: a noun, as "said" or "ha" never are. Only the name's own
    passages are read (``texts``), so a large briefing is not read again for each name."""
    found: set[tuple[str, str]] = set()
    want = set(wanted)
    for (article, _paragraph), text in texts.items():
        language = languages.get(article, "en")
        determiners = DETERMINERS.get(language)
        if not determiners or not any(lang == language for lang, _n in want):
            continue
        words = re.findall(r"[^\W\d_]+", text.casefold())
        for before, word in itertools.pairwise(words):
            if before in determiners and (language, word) in want:
                found.add((language, word))
    return found
