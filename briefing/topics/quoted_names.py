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
"""

from __future__ import annotations

from briefing.given_name_table import given_name
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


def quoted_thing(text: str, words: list[str], start: int, end: int) -> bool:
    """:func:`quoted_whole` for a run of two words or more that opens with no given name:
    '"Лусаил Айконик"', '«Лужники Арена»'; not '"Анна Келлер"' nor '"Angel Di Maria"', a
    person's name some text quotes (a nickname, a headline's), which keeps its reading."""
    if len(words) < 2 or not quoted_whole(text, start, end):
        return False
    first = words[0]
    return not (given_name(first) or given_name(latin(first)) or name_kind(first) == "person")
