"""A place whose name opens with an article, written after an elision that holds the article.

Italian and French fuse a preposition with the article of a place's own name: "dell'Aquila",
"all'Aquila", "nell'Aquila" are "of / at / in L'Aquila", whose name is "L'Aquila". The
tokeniser cuts the elision off (:mod:`.tokens`), which leaves "Aquila", a word the gazetteer
does not know; put back as the name writes it ("L'" + the word), it is the place. Only
elisions that hold the article "l'" (:data:`.lexicon.ELISIONS` ending in "l": "l'",
"dell'", "all'", …) are asked, and only the gazetteer says yes: "dell'Ospedale" stays what
it was.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefing.topics.lexicon import ELISIONS

if TYPE_CHECKING:
    from briefing.topics.gazetteer import Gazetteer

#: The elisions that end in the article "l'" ("dell'" is "de" + "l'").
_WITH_ARTICLE = sorted(
    (e for e in frozenset().union(*ELISIONS.values()) if e.endswith("l")), key=len, reverse=True
)
#: One of them, a whole word, right before a name's offset.
_BEFORE = re.compile(r"(?<![^\W\d_])(?:" + "|".join(_WITH_ARTICLE) + r")['’]$")
#: The longest of them and its apostrophe: how far back to look.
_REACH = max(map(len, _WITH_ARTICLE)) + 2


def article_place(gaz: Gazetteer, text: str, start: int, name: str) -> str | None:
    """The place ``name`` (written at ``start`` of ``text``) is once the article the elision
    before it holds is put back ("Aquila" after "dell'" → L'Aquila), or None."""
    if not _BEFORE.search(text, max(0, start - _REACH), start):
        return None
    return gaz.place("L'" + name) or gaz.place("L’" + name)
