"""A name written whole between quotation marks is a thing's name, never a person's.

Russian, Ukrainian, Polish, German and French press put the names of venues, companies,
ships, operations and works in quotation marks after their class noun: 'на стадионе
"Лусаил Айконик"', 'компания «Газпром»', 'die Fähre „Estonia“', 'l'opération « Barkhane »'.
A person's name is written bare. Two capitalised Cyrillic words the dictionary does not know
look like a given name and a surname ("Лусаил Айконик" read as a person), and the quotation
marks are the only sign the text gives that they are not: the run must fill the quotation
exactly (the mark right before its first word and the closing mark right after its last), so
a quoted sentence that opens with a name ('"Anna Keller said ...') is not one, and its first
word must be no given name: a person's name quoted as a nickname or a headline's stays one.

One capitalised word so quoted mid-sentence ('в «Кварцe»', 'заражению подвергся «Кварц»') is
a name for the same reason, in a language that capitalises only names (:func:`quoted_word`):
the press writes a company's one-word name so even when it is also a word of the language
("Мегафон", a megaphone), and such a company is often named by one article only, which a bare
capitalised word nobody's surname explains is not enough for. A lower-case word must stand
right before the opening mark (the quote sits in a sentence: no one-word answer after a colon
or a dash, no headline), the word is no given name, and the briefing never writes it in lower
case (the reader's own test): a scare-quoted common word ('"Notausschalter"') is German's,
whose nouns all take a capital, and stays out. Such a word that opens a longer name the
packet writes ('в «Кварце»' beside '"Кварц Арена"') is that name said short
(:func:`quoted_short_pairs`), no second topic.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence

from briefing.given_name_table import given_name
from briefing.topics.candidates import Occurrence
from briefing.topics.languages import latin, name_kind

#: An opening mark and the marks that may close it (German „…“ and „…”, French « … »).
_CLOSING = {
    '"': '"',
    "“": "”“",
    "„": "“”",
    "«": "»",
    "‹": "›",
    "»": "«",  # Danish and Swedish »…«
}


def quoted_whole(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is all that stands between a pair of quotation marks
    (a space inside French guillemets allowed)."""
    before = text[:start].rstrip(" \u00a0\u202f")
    after = text[end:].lstrip(" \u00a0\u202f")
    if not before or not after:
        return False
    opening = before[-1]
    return opening in _CLOSING and after[0] in _CLOSING[opening]


#: The word right before an opening quotation mark: lower-case letters, then spaces.
_PROSE_BEFORE = re.compile(r"(?<![\w-])[^\W\d_]+[ \u00a0]+$")


def quoted_word(text: str, word: str, start: int, end: int) -> bool:
    """:func:`quoted_whole` for one word mid-sentence, after a lower-case word, that is no
    given name (see the module's docstring)."""
    if not quoted_whole(text, start, end):
        return False
    before = text[max(0, start - 40) : start].rstrip(" \u00a0\u202f")[:-1]
    prose = _PROSE_BEFORE.search(before)
    if prose is None or not prose.group(0).strip().islower():
        return False
    return not (given_name(word) or given_name(latin(word)) or name_kind(word) == "person")


def quoted_thing(text: str, words: list[str], start: int, end: int) -> bool:
    """:func:`quoted_whole` for a run of two words or more that opens with no given name:
    '"Лусаил Айконик"', '«Лужники Арена»'; not '"Анна Келлер"' nor '"Angel Di Maria"', a
    person's name some text quotes (a nickname, a headline's), which keeps its reading."""
    if len(words) < 2 or not quoted_whole(text, start, end):
        return False
    first = words[0]
    return not (given_name(first) or given_name(latin(first)) or name_kind(first) == "person")


def quoted_short_pairs(
    occurrences: Mapping[str, Sequence[Occurrence]],
    texts: Mapping[tuple[str, int], str],
    key_of: Callable[[str], str],
    find: Callable[[str], str],
) -> list[tuple[str, str]]:
    """(one-word key, longer key) pairs: a one-word name every use of which fills a
    quotation, and the one longer name (a person's aside) whose first word has its key."""
    openers: dict[str, set[str]] = defaultdict(set)
    for key, uses in occurrences.items():
        if " " in key and uses and not key.startswith("p:"):
            openers[key_of(uses[0].surface.split()[0])].add(key)
    pairs: list[tuple[str, str]] = []
    for key, uses in occurrences.items():
        longer = openers.get(key)
        if not longer or " " in key or not uses:
            continue
        if not all(
            quoted_whole(texts.get((o.article, o.paragraph), ""), o.start, o.end) for o in uses
        ):
            continue
        roots = {find(k) for k in longer}
        if len(roots) == 1:
            pairs.append((key, next(iter(longer))))
    return pairs
