"""A key word the packet only ever writes as "a ..." or "her ...": no thing of its own.

A subject an analyst lists is something the articles point at: "the blackout", "la
restauration", "migrants", "lava" — written with the definite article or bare, at least
now and then. A common noun every use of which follows an indefinite article or a
possessive determiner ("until a successor is chosen", "her successor", "un successore", "la
sua successore") is said of some one not yet known, or of someone's relation: the thing it
would name is another topic (the leadership race, the person), and the word alone is none.

Closed grammar classes per language (indefinite articles and possessive determiners of the
languages that have them); uses in other languages (Russian, Turkish, Chinese: no articles)
are not asked, and when they are most of the uses nothing is said. At least
:data:`MIN_USES` asked uses, every one so written: a single "the ..." keeps the word.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence

from briefing.topics.candidates import Occurrence
from briefing.topics.lexicon import words

#: Indefinite articles and possessive determiners, per language (case-folded).
UNSPECIFIC: dict[str, frozenset[str]] = {
    "en": words("a an her his their its our my your"),
    "fr": words("un une son sa ses leur leurs notre nos votre mon ma"),
    "es": words("un una su sus nuestro nuestra"),
    "ca": words("un una seu seva seus seves"),
    "it": words("un uno una suo sua suoi sue loro nostro nostra"),
    "pt": words("um uma seu sua seus suas nosso nossa"),
    "de": words(
        """ein eine einen einem einer eines sein seine seinen seinem seiner ihr ihre ihren
        ihrem ihrer unser unsere"""
    ),
    "nl": words("een haar hun onze"),
}
#: Fewest uses in those languages to tell.
MIN_USES = 3
#: Share of all uses that must be in those languages.
ASKED_SHARE = 0.5

_LAST_WORD = re.compile(r"([^\W\d_]+)[^\w]*$")


def unspecific(
    occurrences: Sequence[Occurrence],
    text_of: Callable[[str, int], str],
    languages: Mapping[str, str],
) -> bool:
    """Every use in a language of :data:`UNSPECIFIC` (three at least, half the uses at
    least) follows one of its indefinite articles or possessives, and no other word."""
    asked = 0
    for o in occurrences:
        closed = UNSPECIFIC.get(languages.get(o.article, ""))
        if closed is None:
            continue
        asked += 1
        before = text_of(o.article, o.paragraph)[max(0, o.start - 30) : o.start]
        found = _LAST_WORD.search(before)
        if not found or found.group(1).casefold() not in closed:
            return False
    return asked >= MIN_USES and asked >= ASKED_SHARE * len(occurrences)
