"""A body's name written with lower-case words inside, then its acronym: one name.

French, Spanish and Italian write a body's name with one capital ("l'Organisation
internationale pour les migrations (OIM)"), German links its words with a preposition
("die Internationale Organisation für Migration (IOM)"). The reader's runs of capitals stop
at the first lower-case word, so the name is cut after its head noun, and "Organisation"
becomes a topic of its own while the acronym's definition is lost. :func:`long_form_ahead`
reads the whole stretch from a run of capitals to a parenthesised acronym right after it
when the stretch spells the acronym exactly: the initials of its words, less the language's
function words, are the acronym's letters in order ("Organisation internationale [pour les]
migrations" → OIM). A place between says where the body is, as an acronym's last letter
may ("Radio Ibérica en Espagne (RIE)"), and ends the reading. Anything else between (a
verb, a comma, a sentence that goes on before a credit: "Putin said on Monday (AFP)")
spells no acronym, and nothing is read.

A run that reaches the acronym with no lower-case word between is an ordinary definition,
read elsewhere, except when the reader left out the name's first word: German capitalises
an adjective that opens a name ("Die Internationale| Organisation für Migration (IOM)"), the
reader takes it for a common noun, and the tail alone ("Organisation für Migration", OM)
spells no IOM. When the capitalised word right before the run completes the spelling, it is
the name's first word, and the whole name is the long form; the tail is no name of its own.
"""

from __future__ import annotations

from collections.abc import Callable, Collection

from briefing.topics.patterns import parenthesised_acronym
from briefing.topics.tokens import DASHES, Token

#: The most words between a run of capitals and the acronym.
MAX_BETWEEN = 5


def long_form_ahead(
    text: str,
    tokens: list[Token],
    first: int,
    last: int,
    function: Collection[str],
    place: Callable[[str], str | None] = lambda _w: None,
) -> tuple[int, int, int, int] | None:
    """(first, last) token of the long form and (first, last) token of the acronym, when the
    run of capitals ``first``..``last`` opens a name that lower-case words continue up to a
    parenthesised acronym it spells (module docstring); else None. A capitalised word right
    before the run that the reader took for a common noun (German "Internationale") is the
    name's first word when the spelling needs it."""
    # Most runs have no "(" within reach: say so before reading (and looking up as places)
    # the words after the run. The loop below stops at the first "(" of these same tokens.
    if "(" not in [t.text for t in tokens[last + 1 : last + MAX_BETWEEN + 2]]:
        return None
    end = last + 1
    while end < len(tokens) and end - last <= MAX_BETWEEN and tokens[end].text != "(":
        word = _bare(tokens[end].text)
        if not word.isalpha() or (word[:1].isupper() and place(word) is not None):
            return None  # "Radio Ibérica en Espagne (RIE)": a place says where, not which
        end += 1
    if end >= len(tokens) or tokens[end].text != "(":
        return None
    # No lower-case words between: an ordinary definition, unless only the capitalised word
    # before the run completes the spelling ("Internationale| Organisation für Migration").
    adjacent = end == last + 1
    found = parenthesised_acronym(tokens, end - 1)
    if found is None:
        return None
    inside_first, inside_last, acronym = found
    letters = "".join(ch for ch in acronym.casefold() if ch.isalpha())
    opening = first
    while opening < last and tokens[opening].lower in function:
        opening += 1  # "The| Flood and Drought Response Office": the article is no part
    for start in (opening - 1,) if adjacent else (opening, opening - 1):
        if start < 0 or (start < opening and not _capitalised(text, tokens[start], function)):
            continue
        initials = "".join(
            _bare(t.text)[0].casefold()
            for t in tokens[start:end]
            if _bare(t.lower) not in function
            and t.lower not in function
            and t.text not in DASHES  # "Al-Qaida au Maghreb islamique (AQMI)": no letter
        )
        if initials == letters:
            return start, end - 1, inside_first, inside_last
    return None


def _bare(word: str) -> str:
    """The word less an article elided onto it: "l'environnement" → "environnement" (what
    follows its last apostrophe, found by ``str.rfind``: asked of every word after a run of
    capitals, most with no apostrophe at all)."""
    cut = max(word.rfind("’"), word.rfind("'"))
    return (word[cut + 1 :] or word) if cut >= 0 else word


def _capitalised(text: str, token: Token, function: Collection[str]) -> bool:
    """A word written with a capital in the text (whatever the reader made of it), and no
    function word ("Die")."""
    written = text[token.start : token.end]
    return written[:1].isupper() and written.isalpha() and written.casefold() not in function
