"""An acronym another script defines in brackets, joined to the body Latin texts abbreviate.

Russian (and Ukrainian, Greek, Bulgarian) writes a body's name in sentence case and its own
acronym after it: "Национальный банк Швейцарии (НБШ)". The first pass takes no name from a
run with lower-case words, so "НБШ" stays a topic of its own beside "SNB", "Swiss National
Bank" — one bank in two scripts. The bracket itself says what the acronym stands for: the
words right before it whose initials spell it, one word a letter. Those words are compared
with the Latin names of abbreviated bodies of the briefing, word for word in any order: a
word the gazetteer reads as a place, or a demonym, must be that same place ("Швейцарии",
"Swiss" → Switzerland); every other word must be one word in two spellings once romanised
("Национальный" / "National", "банк" / "Bank"), as :mod:`.phrase_names` compares
translated names. So "Национальный банк Украины (НБУ)" is no Swiss National Bank, and
"Центральный банк" no "National Bank".

Guards, since two bodies must never be joined: the acronym is in a script other than
Latin, a topic already, and every bracket defining it gives the same words; the partner is a
Latin name of as many words, not a person, whose topic already holds an acronym (a body the
Latin texts abbreviate too); exactly one such topic fits.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Mapping

from rapidfuzz import fuzz

from briefing.topics.candidates import Occurrence
from briefing.topics.gazetteer import Gazetteer
from briefing.topics.languages import latin
from briefing.topics.spelling import skeleton

#: An acronym of two to six capitals of one non-Latin script alone in brackets, and the
#: words before it (the last of them right before the bracket).
_DEFINED = re.compile(r"((?:[^\W\d_]+[\s-]+){1,6})\(\s*([^\W\d_a-zA-Z]{2,6})\s*\)")
#: What every :data:`_DEFINED` match ends with, looked for first (in C, once per text): the
#: long form's words before a bracket cost a backtracking search at every word of every
#: bracketed paragraph (1.8 s of corpus-1000's topics, issue 15), and a text without such
#: a bracket holds no match.
_BRACKET = re.compile(r"\(\s*[^\W\d_a-zA-Z]{2,6}\s*\)")
_WORD = re.compile(r"[^\W\d_]+")
#: Two words are one word in two spellings when this alike (rapidfuzz ratio, romanised) ...
WORD_RATIO = 70
#: ... and the name's words this alike on average (as :mod:`.phrase_names` asks).
NAME_RATIO = 80


def not_latin(word: str) -> bool:
    """Whether no letter of ``word`` is a Latin one."""
    return not any(unicodedata.name(ch, "").startswith("LATIN") for ch in word)


def in_latin(name: str) -> bool:
    """Whether every letter of ``name`` is a Latin one ("Zürcher Kantonalbank" is)."""
    return all(unicodedata.name(ch, "").startswith("LATIN") for ch in name if ch.isalpha())


def _long_form(before: str, acronym: str) -> tuple[str, ...] | None:
    """The last words of ``before`` whose initials spell ``acronym``, or None."""
    words = _WORD.findall(before)
    if not acronym.isupper() or len(words) < len(acronym):
        return None
    tail = words[-len(acronym) :]
    if "".join(w[0] for w in tail).casefold() != acronym.casefold():
        return None
    return tuple(tail)


def _signature(words: Iterable[str], place: Callable[[str], str | None]) -> list[str]:
    """Each word as its place ("@Switzerland") or its romanised skeleton."""
    out = []
    for word in words:
        found = place(word)
        out.append("@" + found if found else skeleton(latin(word).casefold()))
    return out


def _same(a: list[str], b: list[str]) -> bool:
    """Word for word in any order: places equal, other words alike (greedy best partner)."""
    if len(a) != len(b) or sorted(w for w in a if w[0] == "@") != sorted(
        w for w in b if w[0] == "@"
    ):
        return False
    left = [w for w in b if w[0] != "@"]
    scores = []
    for word in (w for w in a if w[0] != "@"):
        ratios = [fuzz.ratio(word, other) for other in left]
        if not ratios:
            return False
        best = max(range(len(left)), key=ratios.__getitem__)
        if ratios[best] < WORD_RATIO:
            return False
        scores.append(ratios[best])
        del left[best]
    return bool(scores) and sum(scores) / len(scores) >= NAME_RATIO


def defined_cognates(
    paragraphs: Iterable[tuple[str, int, str]],
    acronym_keys: Mapping[str, str],
    latin_bodies: Mapping[str, tuple[str, str]],
    place: Callable[[str], str | None],
) -> list[tuple[str, str]]:
    """Pairs (acronym key, Latin name key) of one body in two scripts.

    ``acronym_keys``: each non-Latin acronym's written form → its key (topics only);
    ``latin_bodies``: Latin multi-word name key → (its written form, its topic's root), for
    names of bodies whose topic holds an acronym; ``place``: a word's place, if any (the
    gazetteer's name or demonym)."""
    defined: dict[str, set[tuple[str, ...]]] = {}
    for _article, _index, text in paragraphs:
        if "(" not in text or _BRACKET.search(text) is None:
            continue
        for match in _DEFINED.finditer(text):
            acronym = match.group(2)
            if acronym not in acronym_keys or not not_latin(acronym):
                continue
            words = _long_form(match.group(1), acronym)
            defined.setdefault(acronym, set()).add(words or ())
    signatures = {
        key: (_signature(_WORD.findall(surface), place), root)
        for key, (surface, root) in latin_bodies.items()
    }
    pairs = []
    for acronym, forms in defined.items():
        if len(forms) != 1 or () in forms:
            continue  # undefined somewhere, or defined two ways
        mine = _signature(next(iter(forms)), place)
        if not any(w[0] != "@" for w in mine):
            continue  # places alone ("Соединённые Штаты") are the gazetteer's
        fits = {root: key for key, (words, root) in signatures.items() if _same(mine, words)}
        if len(fits) == 1:
            pairs.append((acronym_keys[acronym], next(iter(fits.values()))))
    return pairs


def defined_pairs(
    keys: Iterable[str],
    kinds: Mapping[str, Counter[str]],
    occ: Mapping[str, list[Occurrence]],
    find: Callable[[str], str],
    paragraphs: Iterable[tuple[str, int, str]],
    gaz: Gazetteer,
) -> list[tuple[str, str]]:
    """:func:`defined_cognates` over a briefing's keys: ``kinds``' votes, ``occ``'s sightings,
    ``find`` a key's topic root, the gazetteer for places and demonyms."""
    keys = list(keys)
    abbreviated = {find(k) for k in keys if kinds[k]["acronym"]}
    acronyms: dict[str, str] = {}
    bodies: dict[str, tuple[str, str]] = {}
    for key in keys:
        seen = occ.get(key)
        if not seen or not key.startswith("n:"):
            continue
        surface = seen[0].surface
        if kinds[key]["acronym"] and " " not in surface and not_latin(surface):
            acronyms[surface] = key
        elif (
            " " in key
            and not kinds[key]["person"]
            and find(key) in abbreviated
            and in_latin(surface)
        ):
            bodies[key] = (surface, find(key))

    def place(word: str) -> str | None:
        return gaz.place(word) or gaz.demonyms.get(word)

    return defined_cognates(paragraphs, acronyms, bodies, place)
