"""A company named with and without the generic word after its name is one company: "Mitsui
OSK Lines" and "Mitsui OSK", "Adani Group" and "Adani", "Volkswagen AG" and "Volkswagen".

A company's full name ends in a word that only says it is a company (its legal form, "Ltd",
"Inc.", "AG", "GmbH", "S.A.", or the usual generic of its registered name, "Group",
"Holdings", "Company", "Lines"); articles write the full name once and the short one after,
or one article the one and another the other, and the reader made two topics of them.

The words are a closed class (:data:`COMPANY_TAILS`), one or several at the end ("Nagashiki
Shipping Co. Ltd"): the legal forms, and the word for the trade a company's registered name
adds to its own (:data:`TRADE_TAILS`: "Evergreen Marine Corp." is Evergreen, "Barclays Bank"
Barclays). A name that ends in them is folded into the topic of the name without
them only when the packet also writes that shorter name alone as a name, and the shorter name
is no place, no people and no person: "Japan Airlines" is no Japan, "Turkish Airlines" no
Turkish, "Air India" no India and "Air France" no Air India (a word before the name is never
cut), "Bank of America" no America (nor is a word after "of"), "China Group" no China, "Trump
Group" no Trump; those names stay whole.
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
LEGAL_TAILS = words(
    """ltd limited inc incorporated corp corporation co company plc llc llp group holdings
    holding lines trading ag gmbh kg se sa sas sarl spa srl nv bv ab asa oyj kk kaisha aş
    ltda pte pty sdn bhd"""
)

#: The trade a company's registered name adds to its own name ("Evergreen Marine", "Barclays
#: Bank"), folded: a word that says what a firm does and nothing about which firm.
#: Not "Air" (a word before the name more often: "Air India"), nor "International",
#: "Capital" or "Research", which name as often as they class.
TRADE_TAILS = words(
    """marine shipping shipmanagement airlines airways bank motors petroleum pharmaceuticals
    logistics"""
)
#: Every word cut from a company's name's end.
COMPANY_TAILS = LEGAL_TAILS | TRADE_TAILS


def _folded(word: str) -> str:
    return word.replace(".", "").strip(",").casefold()


def untailed(surface: str, tails: frozenset[str] = COMPANY_TAILS) -> str | None:
    """The name before its company words ("Mitsui OSK" of "Mitsui OSK Lines", "Nagashiki
    Shipping" of "Nagashiki Shipping Co. Ltd"), or None when the name ends in none or is
    nothing but them. ``tails`` are the words cut (:data:`LEGAL_TAILS` to cut legal forms
    only)."""
    words = surface.split()
    end = len(words)
    while end > 1 and _folded(words[end - 1]) in tails:
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
    return shortened_pairs(
        keys, occurrences, keys_of, is_name, is_place_or_person, untailed, _legal_only, _steps
    )


def _steps(surface: str) -> list[str]:
    """The names ``surface`` ends in once each company word is cut, longest first
    ("Evergreen Marine", "Evergreen" of "Evergreen Marine Corp.")."""
    shortest = untailed(surface)
    if shortest is None:
        return []
    words = surface.split()
    found: list[str] = []
    for end in range(len(words) - 1, len(shortest.split()) - 1, -1):
        found.append(" ".join(words[:end]).rstrip(","))
    return [f for f in found if f] or [shortest]


def _legal_only(surface: str) -> str | None:
    """The name before its legal form only: two names cut to one name the packet never
    writes alone are one company only when they differ in their legal form ("Shoei Kisen
    KK", "Shoei Kisen Kaisha Ltd"), never in their trade ("X Bank", "X Shipping")."""
    return untailed(surface, LEGAL_TAILS)
