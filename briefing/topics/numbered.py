"""Names that carry a number: "Chandrayaan-3", "Luna-25", "Apollo 11", "Boeing 787", "Estlink 2".

News names missions, probes, flights, aircraft models, cables and articles of treaties by a
name and a number, written with a hyphen ("Luna-25", "Чандраян-3"), a space ("Apollo 11",
"Air India 171") or glued ("G20", "COP28": one token, read as an acronym or a numbered
word elsewhere). The number is part of the name: "Chandrayaan-2" (the failed mission) and
"Chandrayaan-3" (the one that landed) are two things, and a name cut before its number
merges them.

A number after a name word is also often no part of it, and these stay out:

- a year ("Modi 2024", "Paris 2024", "Евро-2024"): a date, whatever it qualifies;
- a score, a time, a decimal, a range or a date in figures ("Argentina 3-3", "Moscow 18:04",
  "Boeing 1,5", "Sunday 23/08"): two numbers joined by a sign, the first of one or two
  digits (a model's variant after three digits is the model's: "Boeing 787-8" is "Boeing
  787");
- a share ("Fidesz 45%"), a thousands group ("Gaza 100,000") and a number over four
  digits;
- a number after a weekday or a month ("August 23"): a date (the caller says which words
  are such; the classifier asks again in the paragraph's language), or after a word that a
  number opens ("6 Şubat-3 Mart": a range of dates);
- after a comma the number is apart already ("Putin, 72": an age): only one space, or one
  hyphen with nothing around it, joins a number to the name.

Only a word of two letters or more takes a hyphenated number: "F-16", "A-3", "V-30" (a jet,
roads) are designators whose letter alone names nothing the reader would look up.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Mapping, Sequence
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from briefing.topics.candidates import Occurrence

#: Hyphens (and the en dash some outlets write) that join a name to its number.
HYPHENS = frozenset("-‐‑–")
#: Signs that join two numbers into one figure: a score, a time, a decimal, a date, a range.
_JOINERS = frozenset(",.:/") | HYPHENS
_SHARES = frozenset("%‰")


class SpanToken(Protocol):
    """What name-run helpers read of a token.

    A protocol, since tokens.py, home of Token, imports those helpers.
    """

    @property
    def text(self) -> str: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def lower(self) -> str: ...


def _figure(text: str) -> bool:
    """ASCII digits, one to four ("٣" and "²" are digits to ``str.isdigit`` too)."""
    return 0 < len(text) <= 4 and text.isascii() and text.isdigit()


def year(text: str) -> bool:
    """Four digits from 1800 to 2099: a year, never a name's number."""
    return len(text) == 4 and text.isdigit() and 1800 <= int(text) <= 2099


def number_end(tokens: Sequence[SpanToken], j: int, dates: Collection[str]) -> int | None:
    """The index of the number that ends the name whose last word is ``tokens[j]``, or
    None: "Luna-25" (word, hyphen, number, nothing between), "Apollo 11" (one space)."""
    word = tokens[j]
    if not word.text[:1].isalpha() or word.lower.rstrip(".") in dates:
        return None
    if j > 0 and tokens[j - 1].text[:1].isdigit():
        return None  # "6 Şubat-3 Mart", "12 June 171": a date's month, a count's noun
    n = len(tokens)
    k = j + 1
    if k >= n:
        return None
    joint = tokens[k]
    if joint.text in HYPHENS and joint.start == word.end:
        if k + 1 >= n or tokens[k + 1].start != joint.end or len(word.text) < 2:
            return None
        k += 1
    elif joint.start != word.end + 1:
        return None
    number = tokens[k]
    if not _figure(number.text) or year(number.text):
        return None
    if k + 1 < n and tokens[k + 1].start == number.end:
        sign = tokens[k + 1].text
        if sign in _SHARES:
            return None
        if (
            sign in _JOINERS
            and k + 2 < n
            and tokens[k + 2].start == tokens[k + 1].end
            and tokens[k + 2].text[:1].isdigit()
            and (len(number.text) < 3 or sign not in HYPHENS)
        ):
            return None  # "3-3", "18:04", "1,5", "100,000", "23/08"; not "787-8"
    return k


#: A name key's trailing number after a hyphen or a space: "chandrayaan-3", "luna 25".
_TRAILING = re.compile(r"^(?P<name>.*?[^\W\d_])[-‐‑– ](?P<number>\d{1,4})$")


def numbered_key(text: str) -> str:
    """A name's written form with the hyphen before its number read as a space, so that
    "Chandrayaan-3" and "Chandrayaan 3" share a key; any other text is returned as it is."""
    found = _TRAILING.match(text)
    if found is None or year(found["number"]):
        return text
    return f"{found['name']} {found['number']}"


def split_number(key_text: str) -> tuple[str, str] | None:
    """(name, number) of a key ending in a number after a space ("luna 25"), else None."""
    found = _TRAILING.match(key_text)
    if found is None:
        return None
    return found["name"], found["number"]


def numbered_pairs(
    keys: Sequence[str],
    cyrillic: set[str],
    joined: Callable[[list[str], set[str]], list[tuple[str, str]]],
) -> list[tuple[str, str]]:
    """Pairs of name keys that are one numbered name across scripts or spellings:
    "n:чандраян 3" / "n:chandrayaan 3", "n:chandrayann 3" / "n:chandrayaan 3". The numbers
    are equal, always: "Chandrayaan 2" never meets "Chandrayaan 3", "Luna 25" never "Luna 26".

    The name parts meet when their romanisation skeletons are equal (a doubled letter, a
    vowel a transliteration writes apart: :func:`~.spelling.skeleton`), or when ``joined``
    (:func:`~.crossnames.one_word_names`, called on the name parts alone) pairs a Cyrillic
    part with the one Latin part it fits."""
    from briefing.topics.languages import latin
    from briefing.topics.spelling import skeleton

    by_number: dict[str, dict[str, str]] = {}  # number → name-part key → whole key
    for key in keys:
        parts = split_number(key[2:])
        if parts is not None and not year(parts[1]):
            by_number.setdefault(parts[1], {})[key[:2] + parts[0]] = key
    pairs: list[tuple[str, str]] = []
    for named in by_number.values():
        if len(named) < 2:
            continue
        by_skeleton: dict[str, list[str]] = {}
        for part, key in named.items():
            words = part[2:].split()
            if sum(len(w) for w in words) >= 4:
                skel = " ".join(skeleton(latin(w)) for w in words)
                by_skeleton.setdefault(skel, []).append(key)
        for same in by_skeleton.values():
            pairs.extend((same[0], other) for other in same[1:])
        inside = {part for part, key in named.items() if key in cyrillic}
        pairs.extend((named[a], named[b]) for a, b in joined(list(named), inside))
    return pairs


#: A capitalised word right after a numbered name, past a variant's number: "Dreamliner" of
#: "Boeing 787-8 Dreamliner".
_NAMED_AFTER = re.compile(r"(?:[-‐‑]\d{1,4})?[ \u00a0]([^\W\d_][^\W\d_]{3,})(?![\w-])")


def nicknames(
    keys: Sequence[str],
    sightings: Mapping[str, Sequence[Occurrence]],
    texts: Mapping[tuple[str, int], str],
    other_thing: Callable[[str], bool],
) -> list[tuple[str, str]]:
    """(numbered name, name) pairs where two articles or more write the name right after the
    numbered one, as a model's name after its maker and number ("Boeing 787 Dreamliner",
    "Boeing 787-8 Dreamliner"): the two names are one thing, and "Dreamliner" alone is the
    Boeing 787. The name must be one capitalised word the briefing has a topic for
    (``sightings``), that ``other_thing`` does not say is a person or a place ("Apollo 11
    Moon landing" names the Moon, a place), and that follows no other numbered name (a word
    after two is a common noun of both). One article writing it so is no evidence: a caption
    or a slip."""
    from briefing.topics.naming import name_key

    takers: dict[str, set[str]] = {}  # the name → the numbered names it follows
    for key in keys:
        if split_number(key[2:]) is None:
            continue
        seen: dict[str, set[str]] = {}
        for o in sightings.get(key, ()):
            found = _NAMED_AFTER.match(texts.get((o.article, o.paragraph), ""), o.end)
            if found is not None and found[1][0].isupper() and found[1][1:].islower():
                seen.setdefault(found[1], set()).add(o.article)
        for word, articles in seen.items():
            other = name_key(word)
            if len(articles) >= 2 and other in sightings and not other_thing(other):
                takers.setdefault(other, set()).add(key)
    # A word after two numbered names ("Korvan 11 Mission", "Korvan 12 Mission") is a common
    # noun of both, and joining it would join them: only a word one numbered name takes.
    return [(next(iter(named)), other) for other, named in takers.items() if len(named) == 1]
