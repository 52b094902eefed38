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

A hyphenated word gives the initials of its parts as a further reading ("Nordhaven
Saint-Aubin": NSA), and so does a word in capitals its letters ("Nordhaven SA": NSA); a name
in another script is read in the letters its acronym's key is ("Норд Сен-Обен": "нсо", keyed
"nso" as "НСО" is). When several names spell the acronym, they are still one name when each
is another's with words written as their initials ("Nordhaven SA" of "Nordhaven Saint-Aubin")
or a long word mistyped by one letter ("Nordhavn Saint-Aubin"): all join it; else none does.

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
from briefing.topics.naming import acronym_key
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
    pairs: list[tuple[str, str]] = []
    for key in keys:
        if key.startswith("n:") and " " not in key and key[2:].isalpha():
            found = by_initials.get(key[2:], {})
            if len(found) == 1 or (len(found) > 1 and _one_name(list(found.values()))):
                pairs.extend((key, long) for long in found.values())
    return pairs


def _parts(word: str) -> list[str]:
    return [p for p in word.split("-") if p]


#: Fewest letters of a word one mistyped letter may leave the same word.
_MIN_SLIP = 5


def _slip(x: str, y: str) -> bool:
    """Two words of :data:`_MIN_SLIP` letters or more one letter apart: one letter more,
    less or other ("saint", "staint")."""
    if min(len(x), len(y)) < _MIN_SLIP or abs(len(x) - len(y)) > 1:
        return False
    if len(x) == len(y):
        return sum(a != b for a, b in zip(x, y, strict=True)) == 1
    shorter, longer = sorted((x, y), key=len)
    return any(longer[:i] + longer[i + 1 :] == shorter for i in range(len(longer)))


def _abbreviates(short: str, long: str) -> bool:
    """Whether key ``short`` is key ``long`` with one word or more written as the initials of
    its hyphenated parts or mistyped by a letter, the other words the same: "n:nordhaven sa"
    of "n:nordhaven saint-aubin"."""
    a, b = short[2:].split(), long[2:].split()
    if len(a) != len(b) or a == b:
        return False
    same = 0
    for x, y in zip(a, b, strict=True):
        if x == y:
            same += 1
        elif not (
            (len(_parts(y)) >= 2 and x == "".join(p[0] for p in _parts(y)))
            or (
                len(_parts(x)) == len(_parts(y))
                and all(p == q or _slip(p, q) for p, q in zip(_parts(x), _parts(y), strict=True))
            )
        ):
            return False
    return same > 0


def _one_name(keys: list[str]) -> bool:
    """Whether the long names ``keys`` are one name written in full and abbreviated: the
    fullest one, and every other an abbreviation of it."""
    fullest = max(keys, key=lambda k: (sum(len(_parts(w)) for w in k.split()), len(k), k))
    return all(k == fullest or _abbreviates(k, fullest) for k in keys)


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
        parts = [p for w in words for p in _parts(w)]
        if len(parts) > len(words):  # "Saint-Aubin": S, A
            found.add("".join(p[0] for p in parts))
    if first is not None:
        closed = function_words(languages.get(first.article, "en")) | STOPWORDS
        written = [
            w for w in first.surface.split() if w[:1].isupper() or w.casefold() not in closed
        ]
        letters = "".join(fold(w[0]) for w in written if w[:1].isalpha())
        if len(written) >= 2 and letters.isalpha():
            found.add(letters)
        # "Nordhaven SA": a word in capitals gives its letters, beside a written word.
        capitals = [w for w in written if w.isalpha() and w.isupper() and len(w) >= 2]
        if len(written) >= 2 and capitals and len(capitals) < len(written):
            found.add("".join(fold(w if w in capitals else w[0]) for w in written).casefold())
    # Another script's initials as an acronym of that script is keyed ("нсо" → "nso").
    return found | {acronym_key(f) for f in found if not f.isascii()}
