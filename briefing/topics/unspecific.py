"""A key word the packet only ever writes as "a ..." or "her ...": no thing of its own.

A subject an analyst lists is something the articles point at: "the blackout", "la
restauration", "migrants", "lava" — written with the definite article or bare, at least
now and then. A common noun every use of which follows an indefinite article or a
possessive determiner, a possessive at least once ("until a successor is chosen", "her
successor", "un successore", "la sua successore"), names someone's relation, or some one
not yet known: the thing it would name is another topic (the leadership race, the person),
and the word alone is none. Without a possessive nothing is said: a thing only ever written
"a ..." may be one the story argues about as a hypothesis ("no sign of a cyberattack",
"aucune indication d'une cyberattaque"), which is a subject.

Closed grammar classes per language (indefinite articles and possessive determiners of the
languages that have articles); uses in other languages (Russian, Turkish, Chinese: no articles)
are not asked, and when they are most of the uses nothing is said. At least
:data:`MIN_USES` asked uses, every one so written: a single "the ..." keeps the word.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence

from briefing.topics.candidates import Occurrence
from briefing.topics.lexicon import words

#: Indefinite articles, per language (case-folded).
INDEFINITE: dict[str, frozenset[str]] = {
    "en": words("a an"),
    "fr": words("un une"),
    "es": words("un una"),
    "ca": words("un una"),
    "it": words("un uno una"),
    "pt": words("um uma"),
    "de": words("ein eine einen einem einer eines"),
    "nl": words("een"),
}
#: Possessive determiners of the third person and the first plural, per language.
POSSESSIVE: dict[str, frozenset[str]] = {
    "en": words("her his their its our"),
    "fr": words("son sa ses leur leurs notre nos"),
    "es": words("su sus nuestro nuestra"),
    "ca": words("seu seva seus seves"),
    "it": words("suo sua suoi sue loro nostro nostra"),
    "pt": words("seu sua seus suas nosso nossa"),
    "de": words("""sein seine seinen seinem seiner ihr ihre ihren ihrem ihrer unser unsere"""),
    "nl": words("haar hun onze"),
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
    """Every use in a language of :data:`INDEFINITE` (three at least, half the uses at
    least) follows one of its indefinite articles or possessives, and one a possessive."""
    asked = owned = 0
    for o in occurrences:
        language = languages.get(o.article, "")
        if language not in INDEFINITE:
            continue
        asked += 1
        before = text_of(o.article, o.paragraph)[max(0, o.start - 30) : o.start]
        found = _LAST_WORD.search(before)
        word = found.group(1).casefold() if found else ""
        if word in POSSESSIVE[language]:
            owned += 1
        elif word not in INDEFINITE[language]:
            return False
    return owned > 0 and asked >= MIN_USES and asked >= ASKED_SHARE * len(occurrences)
