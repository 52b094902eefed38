"""Single words no name is ever written as, whatever the capital letters say.

The first pass takes a capitalised word in mid-sentence for a name. Two kinds of word are
capitalised there and name nothing by themselves, in any story:

* a Roman numeral alone: a century ("в XVII веке", "au XVIIe", "nel XVII secolo"), a
  chapter, or a regnal number cut from its name; the numbered name ("Charles III") is a
  name, the number alone is none;
* the vocative of a common noun in a language that has the case (Russian and Ukrainian by
  pymorphy3): "«Боже, храни короля»", a quotation's first word that calls on someone.
"""

from __future__ import annotations

from collections.abc import Iterable

from briefing.topics.languages import vocative_noun
from briefing.topics.patterns import REGNAL


def lone_word(surfaces: Iterable[str]) -> bool:
    """Every written form (one at least) is one such word. Most names fail at the first
    form, so the forms are not collected first."""
    seen = False
    for form in surfaces:
        if REGNAL.match(form) is None and not vocative_noun(form):
            return False
        seen = True
    return seen
