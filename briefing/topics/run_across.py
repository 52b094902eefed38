"""A run of capitalised words carried across a preposition from a place into another name.

"sacó a Reino Unido de la UE" (took the United Kingdom out of the EU) reads, by capitals
alone, as one name "Reino Unido de la UE": a place, the preposition and article of the
sentence, and a body's acronym. Bodies are named so too ("Banco de la Nación", "Bank of
England"), but their first words are a noun of their own, not a place the gazetteer knows,
and their last words are no acronym the briefing writes alone. A name whose words before
the preposition are a known place and whose words after it are one more name the briefing
writes by itself (an acronym in capitals, or a known place) is two names and the sentence
between them: it is no body, and each of its halves is found by its own name.
"""

from __future__ import annotations

from collections.abc import Callable, Container

__all__ = ["across_preposition"]


def across_preposition(
    surface: str,
    function: Container[str],
    place: Callable[[str], str | None],
    acronyms: Container[str],
) -> bool:
    """Whether ``surface`` is a place, then only function words of its language
    (``function``: "de la", "da", "of the"), then an acronym of ``acronyms`` or a place."""
    words = surface.split()
    for at in range(1, len(words) - 1):
        if words[at].casefold() not in function:
            continue
        end = at
        while end < len(words) and words[end].casefold() in function:
            end += 1
        head, tail = " ".join(words[:at]), " ".join(words[end:])
        if not tail or place(head) is None:
            return False
        return (tail.isupper() and tail in acronyms) or place(tail) is not None
    return False
