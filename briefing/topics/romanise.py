"""Cyrillic names in more than one romanisation, so a Latin name meets its Cyrillic rendering.

:func:`~briefing.topics.naming.person_key` romanises Cyrillic with anyascii, which follows
the English habit (BGN/PCGN: ц → "ts", ч → "ch", ш → "sh", ж → "zh"). That meets English
spellings of Russian names, but not the Latin spelling of a Central European name written
back in Cyrillic: a Slovak "Kočner" is "Кочнер" in Russian, "kochner" to anyascii and
"kocner" once the Latin form's háček is folded. ISO 9 (GOST 7.79 A) and the scientific
transliteration write ц → c, ч → č, ш → š, ж → ž: the letters those languages use, so
folding the diacritics gives the Latin name back. The schemes come from ``iuliia``, which
keeps Russian's romanisation standards as data; letters it does not cover (Ukrainian і,
ї, є) fall back to anyascii.

Japanese names reach Russian by the Polivanov system, whose syllables (си, ти, цу, дз, э,
ё written е) none of those schemes reads back as Hepburn does: "Сигэру Есида" is Shigeru
Yoshida. Its reverse is one more scheme (:func:`polivanov`), read only for a word with none
of the letters Polivanov never writes (л ш щ ж ч ы ь ъ), so a Russian name keeps its own keys.

Only people are compared this way, and only as whole names (:func:`scheme_pairs`): given
name and surname must both agree, so two people who share one name part stay two.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Mapping

import iuliia
from anyascii import anyascii

from briefing.topics.candidates import Occurrence
from briefing.topics.languages import has_cyrillic, lemma
from briefing.topics.spelling import skeleton

#: ISO 9:1995 (GOST 7.79 system A) and the scientific transliteration: ц ч ш ж as c č š ž.
_SCHEMES = (iuliia.GOST_779, iuliia.SCIENTIFIC)


@functools.lru_cache(maxsize=1 << 14)
def romanisations(word: str) -> tuple[str, ...]:
    """Skeleton keys of one Cyrillic word (in its dictionary form) under ISO 9 and the
    scientific scheme, besides anyascii's: "Фицо" → ("fitso", "fico"). A word in another
    script has its one key."""
    if not has_cyrillic(word):
        return (skeleton(word),)
    base = lemma(word)
    keys = [skeleton(anyascii(base).replace("'", ""))]
    for scheme in _SCHEMES:
        # "ʹ" is the soft sign in both schemes; the key ignores it as it ignores anyascii's "'".
        key = skeleton(anyascii(scheme.translate(base).replace("ʹ", "")).replace("'", ""))
        if key not in keys:
            keys.append(key)
    return tuple(keys)


#: The Polivanov system read back as Hepburn, longest syllables first ("дзё" before "дз").
_POLIVANOV = (
    ("дзё", "jo"),
    ("дзю", "ju"),
    ("дзя", "ja"),
    ("дзи", "ji"),
    ("дз", "z"),
    ("сё", "sho"),
    ("сю", "shu"),
    ("ся", "sha"),
    ("си", "shi"),
    ("тё", "cho"),
    ("тю", "chu"),
    ("тя", "cha"),
    ("ти", "chi"),
    ("цу", "tsu"),
    ("ё", "yo"),
    ("е", "yo"),
    ("ю", "yu"),
    ("я", "ya"),
    ("э", "e"),
    ("й", "i"),
)
#: Letters the Polivanov system never writes: a word with one is no Japanese name.
_NOT_POLIVANOV = frozenset("лшщжчыьъ")


@functools.lru_cache(maxsize=1 << 12)
def polivanov(word: str) -> str | None:
    """Skeleton key of a Japanese name written by the Polivanov system, read back as Hepburn
    ("Есида" → the key of "Yoshida"), or None for a word the system would not write."""
    low = word.lower()
    if not has_cyrillic(low) or _NOT_POLIVANOV & set(low):
        return None
    for cyrillic, latin in _POLIVANOV:
        low = low.replace(cyrillic, latin)
    return skeleton(anyascii(low))


def scheme_keys(surface: str) -> set[str]:
    """Person keys of a Cyrillic name under every scheme, word by word in step (a name is
    romanised by one scheme, not a mix): "Роберт Фицо" → {"p:robert fitso", "p:robert fico"};
    a name of two words or more the Polivanov system could write also has its reading."""
    words = [romanisations(w) for w in surface.split()]
    if not words:
        return set()
    depth = max(len(w) for w in words)
    keys = {"p:" + " ".join(w[min(i, len(w) - 1)] for w in words) for i in range(depth)}
    japanese = [polivanov(w) for w in surface.split()]
    if len(japanese) >= 2 and all(japanese):
        keys.add("p:" + " ".join(w for w in japanese if w))
    return keys


def _deletions(word: str) -> set[str]:
    return {word} | {word[:i] + word[i + 1 :] for i in range(len(word))}


def scheme_pairs(
    people: Iterable[str],
    cyrillic: set[str],
    sightings: Mapping[str, list[Occurrence]],
    same_person: Callable[[str, str], bool],
) -> list[tuple[str, str]]:
    """Pairs (Cyrillic key, Latin key) of one person by an ISO 9 or scientific romanisation.

    A Cyrillic full name is paired with a Latin full name of the briefing when one of its
    scheme keys is that person by ``same_person`` (given names alike, surnames equal or one
    letter apart: both parts must agree) and exactly one Latin person fits.
    """
    by_surname: dict[str, set[str]] = {}
    for key in people:
        words = key[2:].split()
        if key not in cyrillic and len(words) >= 2:
            for variant in _deletions(words[-1]):
                by_surname.setdefault(variant, set()).add(key)
    pairs = []
    for key in sorted(cyrillic):
        if len(key[2:].split()) < 2:
            continue
        alternatives: set[str] = set()
        for surface in {o.surface for o in sightings.get(key, ())}:
            alternatives |= scheme_keys(surface)
        fits = {
            latin_key
            for alt in alternatives
            if len(alt[2:].split()) >= 2
            for variant in _deletions(alt.split()[-1])
            for latin_key in by_surname.get(variant, ())
            if same_person(alt, latin_key)
        }
        if len(fits) == 1:
            pairs.append((key, fits.pop()))
    return pairs


#: How Turkish writes foreign sounds with its own letters, and what other Latin spellings
#: write for them: "Miçotakis" for Mitsotakis (ç for "ts"), "Şolts" for Scholz, "Cesika"
#: for Jessica ("c" is the sound of English "j"), "Jirinovski" for Zhirinovsky.
_TURKISH_SOUNDS = {"ç": ("ch", "ts", "c"), "ş": ("sh", "s"), "c": ("j", "dj"), "j": ("zh",)}
#: A name with more letters than this to respell is not tried (the spellings multiply).
_MOST_RESPELLED = 4


def turkish_keys(surface: str) -> set[str]:
    """Person keys of a name as other Latin alphabets would spell what Turkish wrote:
    "Kyriakos Miçotakis" → {"p:kiriakos michotakis", "p:kiriakos mitsotakis", ...}. Empty
    when the name has none of Turkish's respelled letters."""
    lower = surface.lower()
    spots = [i for i, ch in enumerate(lower) if ch in _TURKISH_SOUNDS]
    if not spots or len(spots) > _MOST_RESPELLED:
        return set()
    variants = [""]
    last = 0
    for i in spots:
        variants = [v + lower[last:i] + r for v in variants for r in _TURKISH_SOUNDS[lower[i]]]
        last = i + 1
    spelled = (v + lower[last:] for v in variants)
    return {"p:" + " ".join(skeleton(w) for w in name.split()) for name in spelled}


def turkish_pairs(
    people: Iterable[str],
    sightings: Mapping[str, list[Occurrence]],
    languages: Mapping[str, str],
    same_person: Callable[[str, str], bool],
    root: Callable[[str], str] = str,
) -> list[tuple[str, str]]:
    """Pairs (Turkish key, other key) of one person written by Turkish articles in Turkish
    letters and by others in another Latin spelling ("Miçotakis" / "Mitsotakis").

    Only full names are paired, and only when exactly one name of the other articles fits
    (given names alike, surnames equal or one letter apart: ``same_person``; keys already
    joined count as one name, by their ``root``): two people who share a name part stay
    two."""
    if "tr" not in languages.values():
        return []
    turkish: set[str] = set()
    others: dict[str, set[str]] = {}
    for key in people:
        seen = sightings.get(key, ())
        if len(key[2:].split()) < 2 or not seen:
            continue
        if all(languages.get(o.article) == "tr" for o in seen):
            turkish.add(key)
        elif not any(languages.get(o.article) == "tr" for o in seen):
            for variant in _deletions(key.split()[-1]):
                others.setdefault(variant, set()).add(key)
    pairs = []
    for key in sorted(turkish):
        alternatives: set[str] = set()
        for surface in {o.surface for o in sightings[key]}:
            alternatives |= turkish_keys(surface)
        fits = {
            root(other): other
            for alt in alternatives
            if len(alt[2:].split()) == len(key[2:].split())
            for variant in _deletions(alt.split()[-1])
            for other in others.get(variant, ())
            if same_person(alt, other)
        }
        if len(fits) == 1:
            pairs.append((key, next(iter(fits.values()))))
    return pairs


#: Greek letters as the classical (Erasmian) romanisation writes them where the modern one
#: (ELOT 743, which anyascii follows) differs: "Τέμπη" is "Tempi" and "Tempe".
_CLASSICAL = (("ου", "ou"), ("μπ", "mp"), ("ντ", "nt"), ("γγ", "ng"), ("γκ", "gk"))
_CLASSICAL_VOWELS = str.maketrans({"η": "e", "υ": "y"})
_CLASSICAL_LETTERS = str.maketrans({"η": "e", "υ": "y", "β": "b"})


def greek_spellings(word: str) -> set[str]:
    """Skeleton keys of a Greek word in the modern and the classical romanisation, and
    the common mix of modern consonants and classical vowels: "Τέμπη" → {"tempi",
    "tempe"}, "Βέλπη" → {"velpi", "velpe", "belpe"}, "Λάρισα" → {"larisa"}."""
    import unicodedata

    bare = "".join(
        ch for ch in unicodedata.normalize("NFD", word.casefold()) if not unicodedata.combining(ch)
    )
    classical = bare
    for old, new in _CLASSICAL:
        classical = classical.replace(old, new)
    vowels = bare.translate(_CLASSICAL_VOWELS)  # "Βέλπη" → "Velpe": the usual mix
    return {skeleton(anyascii(w)) for w in (bare, vowels, classical.translate(_CLASSICAL_LETTERS))}


def _greek(word: str) -> bool:
    return any("\u0370" <= ch <= "\u03ff" or "\u1f00" <= ch <= "\u1fff" for ch in word)


def spelled_names(
    keys: Iterable[str],
    surnames: Iterable[Occurrence],
    is_person: Callable[[str], bool],
    root: Callable[[str], str] = str,
) -> list[tuple[str, list[Occurrence], set[str]]]:
    """Lone capitalised words in Greek or Cyrillic letters that spell a one-word name the
    briefing writes in Latin letters ("Τέμπη" / "Tempi" / "Tempe", "Темпи" / "Tempi"):
    (a key for them, their occurrences, the keys of the Latin names they spell).

    A Greek word meets every Latin name one of its two romanisations spells (both are the
    word); a Cyrillic one only a single Latin name (names joined already count as one, by
    their ``root``: "Pylos" and "Pilos"). People are left to the person rules."""
    found: dict[str, list[Occurrence]] = {}
    for occ in surnames:
        word = occ.surface
        if len(word) >= 4 and word.isalpha() and (_greek(word) or has_cyrillic(word)):
            found.setdefault(word, []).append(occ)
    if not found:
        return []
    latin_keys: dict[str, set[str]] = {}
    for key in keys:
        word = key[2:]
        named = key[:2] in ("n:", "g:") and " " not in word and word.isascii()
        if named and len(word) >= 4 and not is_person(key):
            latin_keys.setdefault(skeleton(word), set()).add(key)
    out = []
    for word, occurrences in sorted(found.items()):
        if _greek(word):
            fits = {k for s in greek_spellings(word) for k in latin_keys.get(s, ())}
        else:
            fits = set(latin_keys.get(skeleton(anyascii(lemma(word)).replace("'", "")), ()))
            if len({root(k) for k in fits}) != 1:
                continue
        if fits:
            out.append(("n:" + lemma(word).casefold(), occurrences, fits))
    return out
