"""One person in several spellings: whether two person keys name the same person.

Split from :mod:`briefing.topics.crossnames`, which applies it to a packet (titles cut off
foreign names, middle names and particles, one-word names across scripts); this part only
compares two keys, the decision every one of those rules and :mod:`.lookup` and
:mod:`.cluster` lean on: given names alike but never a feminine form (a brother and a
sister), surnames equal or a spelling apart (one letter, German's transliteration, a
spelling by ear across scripts, a consonant key), and a regnal name's given name translated.
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from briefing.topics.consonant_keys import consonant_key
from briefing.topics.spelling import edit_distance_at_most_one, skeleton


def same_given_name(a: str, b: str) -> bool:
    """Two romanised given names of one person: one letter apart ("Sergei"/"Sergey"), or the
    Russian and Ukrainian forms of one name ("vladimir"/"volodimir", "aleksandr"/
    "oleksandr"): most letters shared in order (rapidfuzz's normalised Indel similarity
    ≥ 0.75). Distinct names such as "ilham"/"heidar" or "aleksei"/"aleksandr" stay apart,
    and so do a name and its feminine form ("paolo"/"paola", "jan"/"jana"): a brother and a
    sister. (A Slavic case form such as "Romana" for "Roman" is :mod:`.inflections`' call.)"""
    if feminine_form(a, b) or feminine_form(b, a):
        return False
    if edit_distance_at_most_one(a, b):
        return True
    return len(a) >= 4 and len(b) >= 4 and fuzz.ratio(a, b) >= 75


def feminine_form(given: str, other: str) -> bool:
    """Whether ``other`` is ``given`` made feminine by a final "a": "jan" → "jana",
    "paolo" → "paola", "aleksandr" → "aleksandra" (not "nikita", which has no other form)."""
    return (
        other.endswith("a")
        and not given.endswith("a")
        and len(given) >= 3
        and other[:-1] in (given, given[:-1])
    )


def same_person(a: str, b: str, across: bool = False) -> bool:
    """Whether two person keys ("p:vladimir putin") name one person.

    Same number of words; given names alike (:func:`same_given_name`); surnames equal, or one
    letter apart when they are long enough for that to be a spelling ("putine"/"putin").
    ``across``: the two were written in different scripts, where a given name is respelled by
    ear ("Laurent" / "Лоран" → "loran"): the same initial and half the letters in order do.
    """
    wa, wb = a[2:].split(), b[2:].split()
    if len(wa) != len(wb) or len(wa) < 2:
        return False
    last_a, last_b = wa[-1], wb[-1]
    if (
        across
        and last_a != last_b
        and (
            unvoiced(last_a) == unvoiced(last_b)
            or (min(len(last_a), len(last_b)) >= 4 and short_u(last_a) == short_u(last_b))
        )
    ):
        # "Prevost" / "Прево": a silent ending is not spelled by ear; the given names must
        # then agree as spellings, not only by their initial.
        return all(same_given_name(x, y) for x, y in zip(wa[:-1], wb[:-1], strict=True))
    if last_a != last_b and not (
        min(len(last_a), len(last_b)) >= 5
        and (
            edit_distance_at_most_one(last_a, last_b)
            or german_spelling(last_a) == german_spelling(last_b)
            or (across and heard(last_a) == heard(last_b))
        )
    ):
        if across and len(wa) >= 3 and _heard_apart(last_a, last_b):
            # "Гебреисус" / "Ghebreyesus": a long surname heard a letter apart, under a
            # given name spelled alike and a middle name heard alike: three words agreeing
            # say more than a one-letter spelling of the surname alone could.
            return same_given_name(wa[0], wb[0]) and all(
                x[0] == y[0] and fuzz.ratio(x, y) >= 50
                for x, y in zip(wa[1:-1], wb[1:-1], strict=True)
            )
        key = consonant_key(last_a)
        if key is not None and key == consonant_key(last_b):
            # "Kadhafi" / "Gheddafi": one name romanised two ways (:mod:`.consonant_keys`);
            # the given names must then be spellings of one name too.
            return all(same_given_name(x, y) for x, y in zip(wa[:-1], wb[:-1], strict=True))
        return False
    # A regnal name is translated, not transliterated ("Pius"/"Pio"/"Пий XIII"): the numeral
    # already says much, so the given names need only share their initial and half their
    # letters ("Paul"/"Pius" do not), a hard "c" and a "k" being one initial ("Karl" /
    # "Carlos" / "Charles", "Konstantin" / "Constantine").
    least = 50 if across else 55 if last_a in _REGNAL_KEYS else None
    if across:
        # Heard, not spelled: a soft "g" is the sound Cyrillic writes "ж"/"дж" ("Gérald" /
        # "Жеральд", "Giorgia" / "Джорджа"), so both sides are compared as sounded.
        wa, wb = [sounded(w) for w in wa], [sounded(w) for w in wb]
    if least is not None and last_a in _REGNAL_KEYS:
        wa, wb = [_hard_c(w) for w in wa], [_hard_c(w) for w in wb]
    return all(
        same_given_name(x, y) or (least is not None and x[0] == y[0] and fuzz.ratio(x, y) >= least)
        for x, y in zip(wa[:-1], wb[:-1], strict=True)
    )


def _hard_c(given: str) -> str:
    """A given name opening with "k" before a back vowel or a consonant written with a "c",
    as the Romance and English forms of one regnal name write it ("karl" → "carl")."""
    return "c" + given[1:] if given[:1] == "k" and given[1:2] not in ("e", "i", "y", "") else given


#: A given name's opening as it sounds: a soft "g" (before e, i, y; "gi" before another
#: vowel is the sound alone) and the romanisations of "дж"/"ж" are one sound, "j".
_SOFT_ONSET = re.compile(r"^(?:gi(?=[aou])|g(?=[eiy])|dzh|dj|zh)")


def sounded(given: str) -> str:
    """A romanised given name with its soft opening written "j": "giorgia" → "jorgia",
    "gerald" → "jerald", "dzhordzh" → "jordzh"; a hard "g" ("gustav") is kept."""
    return _SOFT_ONSET.sub("j", given)


#: Final consonants French and English names often do not sound, which a spelling by ear
#: (Cyrillic) leaves out: "Prevost" → "Прево", "Darmanin" keeps its "n".
SILENT_ENDINGS = ("st", "ts", "t", "s", "x", "d", "z")


def unvoiced(surname: str) -> str:
    """A romanised surname without a final consonant group that is often silent."""
    for ending in SILENT_ENDINGS:
        if surname.endswith(ending) and len(surname) > len(ending) + 3:
            return surname[: -len(ending)]
    return surname


#: An English "u" between consonants sounded as in "cut" (not "ou", "au", "eu", "qu").
_SHORT_U = re.compile(r"(?<=[bcdfghjklmnprstvwxz])u(?=[bcdfghjklmnprstvwxz])")


def short_u(surname: str) -> str:
    """A romanised surname with an English "u" between consonants written "a", as Russian
    writes that sound by ear: "Trump" → "Трамп", "Truss" → "Трасс", "Hunt" → "Хант". Both
    sides of a comparison are folded, so "tramp" and "trump" meet; asked only across
    scripts and beside given names that are spellings of one name (:func:`same_person`)."""
    return _SHORT_U.sub("a", surname)


#: German letters as Russian writes them by ear ("Steinmeier" → "Штайнмайер", "Scholz" →
#: "Шольц"), in a key's spelling ("sch" is already "sh"): an opening "st"/"sp" is "sht"/
#: "shp", "ei" is "ai", "eu" is "oi", "ie" is "i", "z" is "ts" ("äu" folds to "au", which
#: Russian writes "ау" as well, so it is left alone).
_HEARD = (("ei", "ai"), ("eu", "oi"), ("ie", "i"), ("tz", "ts"), ("z", "ts"))


def heard(surname: str) -> str:
    """A romanised German-looking surname as a Cyrillic spelling by ear romanises back:
    "steinmeier" → "shtainmair", "sholz" → "sholts", "spahn" → "shpan"; both sides of a
    comparison are heard, so a Cyrillic key comes out as it went in or alike."""
    key = re.sub(r"^s([tp])", r"sh\1", surname) if not surname.startswith("sh") else surname
    for old, new in _HEARD:
        key = key.replace(old, new)
    return re.sub(r"([aeiou])h(?![aeiou])", r"\1", key)  # a silent "h": "Spahn" / "Шпан"


def german_spelling(key: str) -> str:
    """A romanised surname with German's transliteration of Cyrillic undone: "s" for the
    voiced "z" and a plain "i" for "-ij" ("Selenskyj" / "Zelensky")."""
    return key.replace("z", "s").removesuffix("j")


def _roman(n: int) -> str:
    out = ""
    for value, letters in ((40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while n >= value:
            out, n = out + letters, n - value
    return out


#: Person keys' spelling of regnal numbers I–XXXIX: as written ("xiii", :func:`~.naming.person_key`
#: keeps them so), and as the skeleton rewrites them ("ksi").
_REGNAL_KEYS = frozenset(skeleton(_roman(n)) for n in range(1, 40)) | frozenset(
    _roman(n).lower() for n in range(1, 40)
)


#: The fewest letters a surname heard a letter apart keeps (:func:`_heard_apart`).
_HEARD_APART_LETTERS = 7


def _heard_apart(a: str, b: str) -> bool:
    """Two long surnames a letter apart once both are heard (:func:`heard`): "ghebreisus"
    (Ghebreyesus, its "ie" heard "i") and "gebreisus" (Гебреисус)."""
    a, b = heard(a), heard(b)
    return min(len(a), len(b)) >= _HEARD_APART_LETTERS and edit_distance_at_most_one(a, b)
