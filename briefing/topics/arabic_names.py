"""People named in Latin letters found again in Arabic-script text, by their consonants.

Arabic script has no capitals, so the first pass finds no names in it: a packet's Arabic
articles add nothing to a person the Latin-script ones name ("Keir Starmer" in one English
article and "كير ستارمر" in an Arabic one is one use seen, and a name used once in a large
packet is dropped as said in passing, :mod:`.single_use`). Arabic writes a foreign name by
ear with its consonants and long vowels, never its short ones, so the two spellings share
their consonants in order: romanised (anyascii: "كير ستارمر" → "kyr strmr") and reduced to
folded consonants on both sides, "Keir Starmer" and "كير ستارمر" are both "kr strmr".

The folds are the letters Arabic lacks or writes one way for several Latin ones: "p" is
"b", "v" is "f", "g" is "j" (ج, Egyptian "g"), "c" and "q" are "k", "x" is "ks"; vowels,
the letters Arabic writes long vowels with (w, y) and every "h" (of sh, th, kh, a silent
one as in "Johnson", and ه / ح, which Arabic writes where Latin has "a" or nothing) are
dropped; doubled letters are one.

Only full names of two words or more are looked for, with :data:`MIN_CONSONANTS` consonants
at least, and every word must match in order: a surname alone, or a short name, may meet
an unrelated Arabic word by chance. A given name of vowels and glides only ("Aya", آية) keeps
no consonant in either script: it matches an Arabic word that keeps none either, and the
surname must then hold the consonants the name needs ("Aya Nakamura", "nkmr"); a surname
with none is never looked for. A person's two-word name too short for its consonants ("Kazuo
Ueda", "kz d") is matched by its letters with long vowels instead (:mod:`.arabic_vowels`:
"كازو أويدا"), where Arabic spells every vowel of it.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Container, Iterable, Mapping, Sequence

from anyascii import anyascii

from briefing.topics.arabic_surnames import PROCLITIC_LETTERS, soft_c_keys, surname_uses
from briefing.topics.arabic_vowels import LATIN_FOLDS, voweled, voweled_key
from briefing.topics.candidates import Occurrence
from briefing.topics.name_links import SON_OF, linked, nasab_form, shorter_forms

__all__ = ["ARABIC_LETTER", "arabic_uses", "consonants"]

#: The fewest consonants a full name keeps to be looked for in Arabic script.
MIN_CONSONANTS = 5
#: ... and a name with an Arabic particle, its words run together (:func:`_chain_key`), and
#: the most words its Arabic spelling is looked for in.
MIN_CHAIN = 7
_CHAIN_WORDS = 7
#: A conjunction or preposition Arabic writes joined to the next word: و, ب, ل, ف, ك.
_PREFIXES = frozenset(PROCLITIC_LETTERS)
#: Arabic letters and short-vowel marks (not its comma, digits or the tatweel).
#: One Arabic letter: whether a paragraph is worth reading.
ARABIC_LETTER = re.compile(r"[\u0621-\u064a]")
_ARABIC_WORD = re.compile(r"[\u0621-\u063a\u0641-\u065f\u066e-\u06d3]+")
_VOWELS = re.compile(r"[aeiouwyh]+")
_DOUBLED = re.compile(r"(.)\1+")


@functools.lru_cache(maxsize=1 << 14)
def consonants(word: str) -> str:
    """One word, in any script, as the folded consonants its Arabic spelling keeps:
    "Starmer" → "strmr", "ستارمر" → "strmr", "Graham" and "جراهام" → "jrm"."""
    key = "".join(ch for ch in anyascii(word).casefold() if ch.isalpha())
    for old, new in LATIN_FOLDS:
        key = key.replace(old, new)
    return _DOUBLED.sub(r"\1", _VOWELS.sub("", key))


def _long_enough(keys: tuple[str, ...]) -> bool:
    """:data:`MIN_CONSONANTS` in all, or one fewer where one word keeps three: a name of
    two short words ("Shinzo Abe", "snz b", شينزو آبي) is as rare a pair as a longer one,
    while four consonants spread over short words ("Li Na Ba") are not."""
    size = sum(map(len, keys))
    return size >= MIN_CONSONANTS or (size == MIN_CONSONANTS - 1 and max(map(len, keys)) >= 3)


def arabic_uses(
    names: Mapping[str, Iterable[str]],
    paragraphs: Sequence[tuple[str, int, str]],
    persons: Container[str] = (),
) -> dict[str, list[Occurrence]]:
    """Each person (key → their written full names in Latin letters) → their uses in the
    Arabic-script paragraphs (article, index, text), matched word by word by
    :func:`consonants`. The name of three words or more of one of ``persons`` is also looked
    for by its first two ("تيدروس أدهانوم", given and father's names), or three after "bin"
    ("عبدالله بن زايد"), where no full name has that key (as :mod:`.uncased_people` does in
    Katakana and Hangul); a name with Arabic particles by its letters run together too
    (:func:`_chain_key`). A person's surname alone, as their matches spell it, and a Turkish
    "c" read as "j" are :mod:`.arabic_surnames`'."""
    wanted: dict[tuple[str, ...], set[str]] = {}
    shorter: dict[tuple[str, ...], set[str]] = {}
    spelled: dict[tuple[str, ...], set[str]] = {}  # short names by their vowels too
    for key, surfaces in names.items():
        for surface in surfaces:
            words = surface.split()
            if len(words) < 2 or not all(ch < "\u0250" for ch in surface if ch.isalpha()):
                continue  # in Latin letters, accents allowed ("Kylian Mbappé")
            cuts = shorter_forms(words, nasab=False) if key in persons else []  # _chains'
            for name, into in [(words, wanted)] + [(c, shorter) for c in cuts]:
                keys = tuple(consonants(w) for w in name)
                if keys[-1] and _long_enough(keys):
                    into.setdefault(keys, set()).add(key)
                    turkish = soft_c_keys(name, consonants)  # "Recep", رجب
                    if turkish is not None and turkish != keys:
                        into.setdefault(turkish, set()).add(key)
                elif name is words and key in persons and (vk := voweled_key(words)):
                    spelled.setdefault(("=", *vk), set()).add(key)  # "كازو أويدا"
    for keys, roots in shorter.items():
        wanted.setdefault(keys, roots)
    wanted.update(spelled)
    wanted = {k: v for k, v in wanted.items() if len(v) == 1}  # two people, one skeleton
    chained = _chains(names, persons)
    if not wanted and not chained:
        return {}
    sizes = sorted({len(k) for k in wanted if k[0] != "="} | ({2} if spelled else set()))
    found: dict[str, list[Occurrence]] = {}
    for article, index, text in paragraphs:
        if not ARABIC_LETTER.search(text):
            continue
        spans = [(m.start(), m.end(), consonants(m.group())) for m in _ARABIC_WORD.finditer(text)]
        for i in range(len(spans)):
            longest = None  # "رجب طيب" and "رجب طيب أردوغان" at one place: the whole name
            for size in sizes:
                run = spans[i : i + size]
                if len(run) < size:
                    break
                keys = tuple(k for _, _, k in run)
                start, owners = run[0][0], None
                first = text[start : run[0][1]]
                if first[0] in _PREFIXES and len(first) > 3:  # "وليز تراس", "لليونيل ميسي"
                    owners = wanted.get((consonants(first[1:]), *keys[1:]))
                    start += 1 if owners is not None else 0
                if owners is None:
                    owners = wanted.get(keys)
                if owners is None and spelled and size == 2:
                    owners = wanted.get(("=", *(voweled(text[a:b]) for a, b, _ in run)))
                if owners is None:
                    continue
                if any(text[a[1] : b[0]].strip() for a, b in itertools.pairwise(run)):
                    continue  # words of one name stand side by side
                end = run[-1][1]
                longest = (
                    next(iter(owners)),
                    Occurrence(article, index, start, end, text[start:end]),
                )
            if longest is not None:
                found.setdefault(longest[0], []).append(longest[1])
        if chained:
            _chain_uses(chained, article, index, text, spans, found)
    people = {
        root: occs for root, occs in found.items() if root in persons and not _arab(names[root])
    }
    for root, occs in surname_uses(people, paragraphs, consonants).items():  # "أردوغان"
        found[root].extend(occs)
    return found


def _arab(surfaces: Iterable[str]) -> bool:
    """A name written with an Arabic particle ("bin", "al-", :mod:`.name_links`): its family
    name is a family's, which a brother or a father bears too ("الفاروقي")."""
    return any(
        w.lower() in SON_OF or w.lower() in ("al", "el") or linked(w)
        for surface in surfaces
        for w in surface.split()
    )


def _chain_key(words: Sequence[str]) -> str:
    """A name's folded consonants run together, particles and all: Arabic glues the article
    to its noun ("الزياني", "al Zayani") and splits "عبد اللطيف" ("Abdullatif"), so an Arabic
    name's words and a romanisation's need not match one for one, while their letters do.
    A part's opening "h" is kept (:func:`_part_key`): "Hamad" is no "Mohammed" ("حمد",
    "محمد"), which the dropped "h" of :func:`consonants` made one."""
    return _DOUBLED.sub(r"\1", "".join(_part_key(w) for w in words))


def _part_key(word: str) -> str:
    """:func:`consonants` of one written word, with the "h" (ح, ه) that opens it or the noun
    after its article ("al-Hashimi", "الهاشمي") kept."""
    keys = []
    for part in word.split("-"):
        article = ""
        if part.startswith("ال") and len(part) > 3:
            article, part = "l", part[2:]
        opening = "h" if anyascii(part[:1]).casefold() == "h" else ""
        keys.append(article + opening + consonants(part))
    return "".join(keys)


def _chains(names: Mapping[str, Iterable[str]], persons: Container[str]) -> dict[str, str]:
    """The run-together keys (:func:`_chain_key`) of the people's names with an Arabic
    particle ("bin", "ben", "al-": :mod:`.name_links`) → their one owner; a key two people
    share is dropped. A given name with its nasab ("عبدالله بن زايد" of "Abdullah bin Zayed
    Al Nahyan") is looked for where no full name has its key."""
    owners: dict[str, set[str]] = {}
    shorter: dict[str, set[str]] = {}
    for key, surfaces in names.items():
        if key not in persons:
            continue
        for surface in surfaces:
            words = surface.split()
            if len(words) < 2 or not all(ch < "\u0250" for ch in surface if ch.isalpha()):
                continue
            if not any(
                w.lower() in SON_OF or w.lower() in ("al", "el") or linked(w) for w in words[:-1]
            ):
                continue
            for name, into in [(words, owners)] + [(c, shorter) for c in nasab_form(words)]:
                chain = _chain_key(name)
                if len(chain) >= MIN_CHAIN:
                    into.setdefault(chain, set()).add(key)
    for chain, roots in shorter.items():  # every person whose name opens so claims it
        claims = {k for full, keys in owners.items() if full.startswith(chain) for k in keys}
        owners.setdefault(chain, roots | claims)
    return {chain: next(iter(o)) for chain, o in owners.items() if len(o) == 1}


def _chain_uses(
    chained: Mapping[str, str],
    article: str,
    index: int,
    text: str,
    spans: Sequence[tuple[int, int, str]],
    found: dict[str, list[Occurrence]],
) -> None:
    """Add to ``found`` the longest run of adjacent Arabic words at each place whose
    :func:`_chain_key` is a name of ``chained``, unless a use already found covers it."""
    taken = [
        (o.start, o.end)
        for occs in found.values()
        for o in occs
        if o.article == article and o.paragraph == index
    ]
    i = 0
    while i < len(spans):
        best = None
        for size in range(1, _CHAIN_WORDS + 1):
            run = spans[i : i + size]
            if len(run) < size or (size > 1 and text[run[-2][1] : run[-1][0]].strip()):
                break
            key = _chain_key([text[a:b] for a, b, _ in run])
            if key in chained:
                best = (run[-1][1], chained[key])
        if best is not None and not any(a < best[0] and spans[i][0] < b for a, b in taken):
            start, (end, owner) = spans[i][0], best
            found.setdefault(owner, []).append(
                Occurrence(article, index, start, end, text[start:end])
            )
            taken.append((start, end))
            i = next((k for k in range(i, len(spans)) if spans[k][0] >= end), len(spans))
            continue
        i += 1
