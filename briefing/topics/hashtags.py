"""Hashtags are no names: "#CycloneChido #Mayotte" under an embedded post.

Text copied from web pages keeps the posts embedded in them, and their hashtags are words
glued together so that a network can index them ("CycloneChido", "ChidoMayotte"). Read as a
capitalised word, such a tag becomes a topic of its own beside the name it glues ("Cyclone
Chido"), and a tag of one word ("#Mayotte") only repeats a name the prose writes anyway. A
word glued to a ``#`` therefore opens no name in the first pass; the same name written in
prose ("BlueRock Holdings", "YouTube") is read as before, and the second pass still counts a
known name where a tag spells it alone.
"""

from __future__ import annotations

from briefing.topics.tokens import Token

#: The marks that make a word a tag: the hash sign and its full-width form.
_HASH = frozenset("#＃")


def hashtag(tokens: list[Token], i: int) -> bool:
    """Whether ``tokens[i]`` is written glued to a hash sign ("#CycloneChido")."""
    return i > 0 and tokens[i - 1].text in _HASH and tokens[i - 1].end == tokens[i].start
