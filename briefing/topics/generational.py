"""A person's generational suffix and middle initials name no other person.

"John J. Ray III", "John Ray III" and "John Ray" are one man as news writes him: the first
in full, the others without the middle initial or the suffix (Jr., Sr., II, III, IV). Keyed as
written they were three people, and the surname read from the full name was "III", so "Ray"
alone went to the short form only. Two rules, both on person keys only:

* :func:`bare_surname` is the surname written before a suffix ("Ray" of "John J. Ray III",
  "King" of "Martin Luther King Jr."), for the surname a lone word is matched against, and
  :func:`generational_name` keeps the suffix when the display drops titles before a name;
* :func:`core_pairs` joins the keys that are one given name and one surname once their middle
  initials and suffix are cut, when they cannot be two people: no two different middle
  initials ("John A. Ray" and "John B. Ray" stay two), no two different suffixes ("John Ray
  Jr." and "John Ray Sr.", father and son, stay two). "Jane Ray" is another given name and
  never meets "John Ray".

A name with one word before its number ("Charles III", "Elizabeth II") is a monarch's, not a
generational name; it is not cut. For the surname and the display a numeral is a generation
only after a given name, a middle initial and a surname ("John J. Ray III"; "Queen Elizabeth
II" and "John Paul II" keep theirs), "Jr." and "Sr." after any name of two words or more.
"I" and "V" are never read as suffixes ("V." is an initial).
"""

from __future__ import annotations

import re
from collections import defaultdict

__all__ = ["GENERATIONAL", "bare_surname", "core_pairs", "cut_suffix", "generational_name"]

#: Suffixes after a surname that tell a generation, folded (no dot).
GENERATIONAL = frozenset({"jr", "sr", "ii", "iii", "iv"})

#: The suffixes that tell a son or father after any name, one word too.
_SON = frozenset({"jr", "sr"})

#: A middle initial as a person key holds it ("j." of "John J. Ray"), or as written ("J.").
_INITIAL = re.compile(r"^(?:\w\.?|\w{2}\.)$")


def _folded(word: str) -> str:
    return word.replace(".", "").strip(",").casefold()


def cut_suffix(words: list[str]) -> tuple[list[str], str]:
    """``words`` without a generational suffix at the end, and the suffix ("" when none).
    Only a name of two words or more before the suffix has one, or one word before "Jr." or
    "Sr." ("Ronaldo Jr.": a player known by one name; a numeral after one word is a reign's)."""
    suffix = _folded(words[-1]) if words else ""
    if suffix in GENERATIONAL and (len(words) >= 3 or (len(words) == 2 and suffix in _SON)):
        return words[:-1], suffix
    return words, ""


def generational_name(words: list[str]) -> bool:
    """Whether a name of many words ends in a generation, not a reign: "Jr." or "Sr." after
    two words or more, or a numeral after a given name, a middle initial and a surname ("John
    J. Ray III"). "Seine Majestät König Charles III" ends in a reign, its titles before it."""
    core, suffix = cut_suffix(words)
    if suffix in ("jr", "sr"):
        return True
    return bool(suffix) and len(core) == 3 and bool(_INITIAL.match(core[1]))


def bare_surname(words: list[str]) -> list[str]:
    """The name's words before a generational suffix, for the surname to be read from:
    ["John", "J.", "Ray"] of "John J. Ray III"; the words unchanged without one, or when the
    number is a reign's (:func:`generational_name`)."""
    return words[:-1] if generational_name(words) else words


def _core(key: str) -> tuple[str, str, str] | None:
    """(given name + surname key, middle initials, suffix) of a person key, or None when it
    holds a middle word that is no initial (a full middle name is :func:`.middle_names`')."""
    words, suffix = cut_suffix(key[2:].split())
    if len(words) < 2:
        return None
    middle = words[1:-1]
    if any(not _INITIAL.match(w) for w in middle):
        return None
    initials = "".join(w[0] for w in middle)
    return f"p:{words[0]} {words[-1]}", initials, suffix


def core_pairs(people: list[str]) -> list[tuple[str, str]]:
    """(key, key) pairs of person keys that are one person once middle initials and a
    generational suffix are cut (see the module's docstring); only groups that differ by
    an initial or a suffix are asked, and a group with two different initials or two
    different suffixes is left apart."""
    groups: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    for key in people:
        core = _core(key)
        if core is not None:
            groups[core[0]].append((key, core[1], core[2]))
    pairs: list[tuple[str, str]] = []
    for members in groups.values():
        if len(members) < 2:
            continue
        initials = {i for _, i, _ in members if i}
        suffixes = {s for _, _, s in members if s}
        if len(initials) > 1 or len(suffixes) > 1:
            continue  # "John A. Ray" / "John B. Ray", "John Ray Jr." / "John Ray Sr.": two
        first = members[0][0]
        pairs.extend((first, key) for key, _, _ in members[1:])
    return pairs
