"""A common noun written before a name, in a language that capitalises its nouns, is no part
of the name: "die Schweizer Großbank UBS", "der Finanzaufsicht Finma", "ihre Rivalin Credit
Suisse" name UBS, FINMA and Credit Suisse, and the noun only says what each is.

German capitalises every noun, so the reader takes the noun and the name after it for one
run of capitals, and the run makes a second topic beside the name (a *person*, when the run
has a name's shape). The noun is told from a name by the language's lexicon, not by a list
of such nouns: the word is an everyday word of its language (wordfreq: "Konzern",
"Behörde"), or a compound whose ending is one ("Groß|bank", "Finanz|aufsicht", as
:mod:`.appositions` reads "EU-Grenzschutz|agentur"), or the feminine "-in" of one
("Rival|in" of "Rivalen"). A given name, a place or a demonym is never such a noun ("Anna
Berg", "Bayern München").

Only a run whose rest the packet also writes on its own as a name is folded into that
name's topic (the apposition is optional, which is what makes it one); a rest that is a
place keeps the run whole, since a noun before a place heads an institution of its own
("Universität Zürich", "Flughafen Wien"). A run written by any article in a language that
does not capitalise nouns is a name there ("Credit Suisse" in English), never a noun and a
name.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping
from typing import Any

from briefing.given_name_table import given_name
from briefing.topics.candidates import Occurrence
from briefing.topics.languages import NOUN_CAPITALISING
from briefing.topics.naming import name_key, person_key
from briefing.topics.place_compounds import spaced_pairs
from briefing.topics.word_keys import zipf

#: An everyday word from this Zipf frequency on (as :mod:`.appositions`).
_COMMON = 3.5
#: The shortest ending of a compound read as its head noun ("bank" of "Großbank").
_MIN_HEAD = 4


def common_noun(word: str, language: str) -> bool:
    """Whether a capitalised ``word`` of a noun-capitalising ``language`` is a common noun by
    the language's lexicon: itself an everyday word, a compound ending in one, or the
    feminine "-in" of one (see the module's docstring)."""
    if not (word.isalpha() and word[0].isupper() and word[1:].islower()):
        return False  # "UBS", "McKinsey": no noun
    folded = word.casefold()
    if zipf(folded, language) >= _COMMON:
        return True
    if any(zipf(folded[k:], language) >= _COMMON for k in range(3, len(folded) - _MIN_HEAD + 1)):
        return True
    stem = folded[:-2] if folded.endswith("in") and len(folded) > 5 else ""
    return bool(stem) and any(zipf(stem + end, language) >= _COMMON for end in ("", "e", "en"))


def apposed_pairs(
    keys: Iterable[str],
    occurrences: Mapping[str, Collection[Occurrence]],
    languages: Mapping[str, str],
    keys_of: Callable[[str], Collection[str]],
    is_name: Callable[[str], bool],
    is_place: Callable[[str], bool],
) -> list[tuple[str, str]]:
    """(key of "noun + name", key of the name) for each run of capitals that a common noun
    opens before a name the packet writes alone.

    ``keys_of`` gives the keys a written name may have (a body's and a person's), ``is_name``
    whether a key is one of the packet's names, ``is_place`` whether a written name is a
    place's.
    """
    pairs: list[tuple[str, str]] = []
    for key in keys:
        occs = occurrences.get(key, ())
        if not occs or not key.startswith(("n:", "p:")):
            continue
        firsts = {o.surface.split(maxsplit=1)[0] for o in occs}
        rests = {o.surface.split(maxsplit=1)[1] for o in occs if " " in o.surface}
        spoken = {languages.get(o.article, "") for o in occs}
        if len(firsts) != 1 or len(rests) != 1 or not spoken <= NOUN_CAPITALISING:
            continue
        (noun,), (rest,) = firsts, rests
        if given_name(noun) or is_place(noun) or is_place(rest):
            continue
        if not all(common_noun(noun, language) for language in spoken):
            continue
        bare = next((k for k in keys_of(rest) if k != key and is_name(k)), None)
        if bare is not None:
            pairs.append((key, bare))
    return pairs


def fold_apposed(b: Any) -> None:
    """Fold each "noun + name" run into the name's topic (:func:`apposed_pairs`) on the
    cluster builder ``b`` (:class:`~.cluster._Builder`). The run's own kind votes are
    dropped: the noun's capital made the run look like a person ("Finanzaufsicht Finma"),
    and the name alone says what it is; its uses become uses of the name alone. Then the
    body written both with a space and with a dash is made one (:func:`_spaced_bodies`)."""

    def is_place(text: str) -> bool:
        return b.gaz.place(text) is not None or text in b.gaz.demonyms

    def is_name(key: str) -> bool:
        votes = b.kinds.get(key)
        return bool(votes) and not votes["place"] and not key.startswith("g:")

    if NOUN_CAPITALISING & set(b.languages.values()):
        keys = [k for k in b.uf.parent if " " in k]
        pairs = (lambda text: (name_key(text), person_key(text)), is_name, is_place)
        for run, name in apposed_pairs(keys, b.occ, b.languages, *pairs):
            b.kinds[run].clear()
            b.occ[run] = [_name_only(o) for o in b.occ[run]]
            b.uf.union(run, name)
    _spaced_bodies(b)


def _spaced_bodies(b: Any) -> None:
    """ "Météo France", read whole as a body's name now that its place after a word that is
    nobody's given name makes no person of it, is the "Météo-France" the first pass cut at
    its place (:func:`.place_compounds.spaced_pairs`): one body, its uses the whole name's."""
    place = lambda text: b.gaz.place(text) is not None  # noqa: E731
    bodies = [
        k
        for k in b.uf.parent
        if k.startswith("n:")
        and k.count(" ") == 1
        and name_key(k[2:].split()[0]) in b.occ
        and b.occ.get(k)
        and place(b.occ[k][0].surface.partition(" ")[2])
    ]
    if not bodies:
        return  # most packets: the dict of texts is made only when needed
    if b._texts is None:
        b._texts = {(a, i): t for a, i, t in b.c.paragraphs}
    for spaced, cut, whole in spaced_pairs(bodies, b.occ, b._texts, place, name_key):
        b.occ[cut] = whole  # "Météo-France", as :func:`.place_compounds.complete` reads it
        b.uf.union(spaced, cut)


def _name_only(occ: Occurrence) -> Occurrence:
    """The use of "noun + name" as a use of the name alone ("Großbank UBS" → "UBS"): the
    topic's aliases and mentions are the name's."""
    noun, rest = occ.surface.split(maxsplit=1)
    start = occ.start + occ.surface.index(rest, len(noun))
    return occ._replace(start=start, surface=rest)
