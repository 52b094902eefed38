"""A capital that opens a hyphenated common word is no name: "«Форс-мажоры»" (a series
called "Force Majeure"), "Интернет-магазин открылся".

A run of capitals stops at a hyphen before a lower-case word, so the capitalised first half
of a compound is read as a one-word name ("Форс" of "Форс-мажоры", then a body in two
articles). English glues names to lower-case words this way ("Hong Kong-born", "Kyiv-based"),
and there the capital is a name; what tells the two apart is the dictionary: the whole
hyphenated word is a common word the language's dictionary knows as written
(:func:`~.languages.common_noun`, pymorphy3's Russian and Ukrainian dictionaries, which list
compounds such as "форс-мажор", "интернет-магазин"). Elsewhere silent: no other language read
here has a dictionary of compounds, and a guess from the halves would take "Kyiv-based" for a
word.
"""

from __future__ import annotations

from collections.abc import Sequence

from briefing.topics.languages import common_noun
from briefing.topics.tokens import Token


def opens_common_compound(tokens: Sequence[Token], i: int, language: str) -> bool:
    """Whether ``tokens[i]``, a hyphen and a lower-case word, all touching, are one common word
    of ``language``'s dictionary (Cyrillic only; see the module's docstring)."""
    if i + 2 >= len(tokens):
        return False
    word, dash, rest = tokens[i], tokens[i + 1], tokens[i + 2]
    if dash.text != "-" or word.end != dash.start or dash.end != rest.start:
        return False
    if not rest.text[:1].islower():
        return False
    return common_noun(f"{word.text}-{rest.text}", language)
