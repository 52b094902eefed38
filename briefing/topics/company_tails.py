"""A company named with and without the generic word after its name is one company: "Mitsui
OSK Lines" and "Mitsui OSK", "Adani Group" and "Adani", "Volkswagen AG" and "Volkswagen".

A company's full name ends in a word that only says it is a company (its legal form, "Ltd",
"Inc.", "AG", "GmbH", "S.A.", or the usual generic of its registered name, "Group",
"Holdings", "Company", "Lines"); articles write the full name once and the short one after,
or one article the one and another the other, and the reader made two topics of them.

The words are a closed class (:data:`COMPANY_TAILS`), one or several at the end ("Nagashiki
Shipping Co. Ltd"). A name that ends in them is folded into the topic of the name without
them only when the packet also writes that shorter name alone as a name, and the shorter name
is no place, no people and no person: "Japan Airlines" is no Japan (and "Airlines" no tail),
"Air India" no India (a word before the name is never cut), "China Group" no China, "Trump
Group" no Trump; those names stay whole.

Two full names whose rests are one name are one company too, though the rest is never written
alone (:func:`sibling_pairs`): one article writes a Japanese owner's registered name "X Kisen
Kaisha Ltd", another the "X Kisen KK" of a wire, and each, written once, fell below the single
use. The rest must again be no place, people or person ("India Group" and "India Holdings"
stay apart), and have two words or more: a one-word rest is too often a word many firms share.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping

from briefing.topics.candidates import Occurrence
from briefing.topics.lexicon import words
from briefing.topics.shortened_names import shortened_pairs

#: Words that end a company's name and say only that it is a company, folded (no dots): the
#: legal forms of the languages read here (English, German, French, Spanish, Italian, Dutch,
#: the Nordic languages), Japan's "kabushiki kaisha" as wires write it ("KK", "Kaisha"),
#: Turkey's "A.Ş.", the Portuguese "Ltda", the "Pte", "Pty", "Sdn Bhd" of Singapore,
#: Australia and Malaysia, and the generic words of a registered name.
COMPANY_TAILS = words(
    """ltd limited inc incorporated corp corporation co company plc llc llp group holdings
    holding lines trading ag gmbh kg se sa sas sarl spa srl nv bv ab asa oyj kk kaisha aş
    ltda pte pty sdn bhd"""
)


def _folded(word: str) -> str:
    return word.replace(".", "").strip(",").casefold()


def untailed(surface: str) -> str | None:
    """The name before its company words ("Mitsui OSK" of "Mitsui OSK Lines", "Nagashiki
    Shipping" of "Nagashiki Shipping Co. Ltd"), or None when the name ends in none or is
    nothing but them."""
    words = surface.split()
    end = len(words)
    while end > 1 and _folded(words[end - 1]) in COMPANY_TAILS:
        end -= 1
    if end == len(words) or not words[0][:1].isupper():
        return None
    if not any(w[:1].isupper() for w in words[end:]):
        return None  # "the Smith group", "Lazard and co": a lower-case noun, no company's form
    return " ".join(words[:end]).rstrip(",")


def company_pairs(
    keys: Iterable[str],
    occurrences: Mapping[str, Collection[Occurrence]],
    keys_of: Callable[[str], Collection[str]],
    is_name: Callable[[str], bool],
    is_place_or_person: Callable[[str], bool],
) -> list[tuple[str, str]]:
    """(key of the full name, key of the name without its company words) for each company the
    packet also writes by the shorter name alone (see the module's docstring).

    ``keys_of`` gives the keys a written name may have, ``is_name`` whether a key is one of the
    packet's names (a body's), ``is_place_or_person`` whether a written name is a place's, a
    people's or a person's.
    """
    return shortened_pairs(keys, occurrences, keys_of, is_name, is_place_or_person, untailed)


def sibling_pairs(
    keys: Iterable[str],
    occurrences: Mapping[str, Collection[Occurrence]],
    is_place_or_person: Callable[[str], bool],
) -> list[tuple[str, str]]:
    """(key, key) pairs of full company names that differ only in their company words ("X
    Kisen Kaisha Ltd" and "X Kisen KK"): each key whose every use cuts (:func:`untailed`) to
    one rest of two words or more that is no place, people or person, paired with the first
    other key cut to the same rest (folded case). Each pair joins two topics of one company;
    the shorter name alone, when written, is :func:`company_pairs`' to join."""
    first: dict[str, str] = {}
    pairs: list[tuple[str, str]] = []
    for key in keys:
        rests = {untailed(o.surface) for o in occurrences.get(key, ())}
        if len(rests) != 1 or None in rests:
            continue  # no use, some use without company words, or two rests
        rest = rests.pop() or ""
        if " " not in rest or is_place_or_person(rest):
            continue
        folded = rest.casefold()
        if folded in first:
            pairs.append((key, first[folded]))
        else:
            first[folded] = key
    return pairs
