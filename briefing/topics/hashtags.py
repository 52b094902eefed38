"""Hashtags and handles are no names: "#CycloneChido #Mayotte", "-@DrTedros" under a post.

Text copied from web pages keeps the posts embedded in them, and their hashtags are words
glued together so that a network can index them ("CycloneChido", "ChidoMayotte"). Read as a
capitalised word, such a tag becomes a topic of its own beside the name it glues ("Cyclone
Chido"), and a tag of one word ("#Mayotte") only repeats a name the prose writes anyway. A
word glued to a ``#`` therefore opens no name in the first pass; the same name written in
prose ("BlueRock Holdings", "YouTube") is read as before, and the second pass still counts a
known name where a tag spells it alone.

A handle glued to an ``@`` ("-@DrTedros", "(@WHO)", the signature of an embedded post) is
the same kind of word: an account's name run together for the network ("DrTedros" is a title
and a name), never a name of its own. Read as a capitalised word it became a body beside
the person it spells; it opens no name either, and the person or body the prose names keeps
its uses.
"""

from __future__ import annotations

from briefing.topics.tokens import Token

#: The marks that make a word a tag or a handle: the hash and at signs, and their full-width
#: forms.
_HASH = frozenset("#＃@＠")


def hashtag(tokens: list[Token], i: int) -> bool:
    """Whether ``tokens[i]`` is written glued to a hash or at sign ("#CycloneChido",
    "@DrTedros")."""
    return i > 0 and tokens[i - 1].text in _HASH and tokens[i - 1].end == tokens[i].start
