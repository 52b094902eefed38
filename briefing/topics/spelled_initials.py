"""An undefined acronym and the one long name of the briefing whose initials spell it.

"ICC" is "International Criminal Court" when no other name of the briefing has those
initials (:meth:`~briefing.topics.cluster._Builder.entities`). The initials are those of the
name's words less English function words ("Organization of the Petroleum Exporting
Countries": OPEC), and, as a second reading, less the words written in lower case that are
function words of the name's own language: a Romance long form links its capitalised words
with articles and prepositions ("Organización del Tratado del Atlántico Norte": OTAN, not
"ODTDAN"). A function word written with a capital counts ("Médecins Sans Frontières"), and
so does a lower-case word no function word list holds ("Médecins sans Frontières": MSF). A
name that is itself a plural abbreviation ("EE. UU.", "FF. AA.": each initial written twice,
:func:`~.country_acronyms.doubled_initials`) has no initials of its own: "EE UU" never
spells "EU".

The pairs found are also the witnesses :mod:`.expansions` reads: the acronym's letters in
another order are the initials of the name's translation ("North Atlantic Treaty
Organization", NATO, in English; OTAN in Spanish).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping

from briefing.topics.candidates import Occurrence
from briefing.topics.country_acronyms import doubled_initials
from briefing.topics.languages import function_words
from briefing.topics.lexicon import STOPWORDS
from briefing.topics.spelling import fold


def spelled_pairs(
    keys: Iterable[str],
    find: Callable[[str], str],
    occ: Mapping[str, list[Occurrence]],
    languages: Mapping[str, str],
) -> list[tuple[str, str]]:
    """(acronym key, long name key) pairs: each acronym key ("n:otan", letters only) with
    the long name whose initials spell it, when the names of the briefing that spell it
    are one (their keys' roots under ``find``); ``languages``: article id → language."""
    keys = list(keys)
    by_initials: dict[str, dict[str, str]] = defaultdict(dict)
    for key in keys:
        if key.startswith("n:") and " " in key:
            for letters in _readings(key, occ.get(key, ()), languages):
                by_initials[letters].setdefault(find(key), key)
    pairs = []
    for key in keys:
        if key.startswith("n:") and " " not in key and key[2:].isalpha():
            found = by_initials.get(key[2:], {})
            if len(found) == 1:
                pairs.append((key, next(iter(found.values()))))
    return pairs


def _readings(key: str, uses: Iterable[Occurrence], languages: Mapping[str, str]) -> set[str]:
    """The initials of a long name's key: of its words less English function words, and of
    its first use's words less those written in lower case that are function words of the
    language of the article it is written in."""
    first = next(iter(uses), None)
    if first is not None and doubled_initials(first.surface) is not None:
        return set()  # "EE. UU.", "FF. AA.": initials already, whose own initials spell nothing
    found = set()
    words = [w for w in key[2:].split() if w not in STOPWORDS]
    if len(words) >= 2:
        found.add("".join(w[0] for w in words))
    if first is not None:
        closed = function_words(languages.get(first.article, "en")) | STOPWORDS
        written = [
            w for w in first.surface.split() if w[:1].isupper() or w.casefold() not in closed
        ]
        letters = "".join(fold(w[0]) for w in written if w[:1].isalpha())
        if len(written) >= 2 and letters.isalpha():
            found.add(letters)
    return found
