"""A lower-case phrase ended by the noun of a public body is that body, not a theme.

"South Korea's weather agency said ...", "the culture ministry announced ...": the text
names a body by what it does and the noun for the kind of body it is, in lower case, so the
phrase is read as a theme (modifier + noun) though it is an organisation the articles
quote. :func:`body_description` tells such a phrase by its last word: one of the nouns for
an office of government or administration (:data:`BODY_NOUNS`, all of them heads of bodies'
names in :data:`~.lexicon.ORG_HEADS`), in the singular: one body. A plural ("weather
agencies") is a class of them, and the abstract heads a body's name may also end in
("economic cooperation", "a peace movement", "the rebel forces") are left themes.
"""

from __future__ import annotations

from collections.abc import Iterable

from briefing.topics.candidates import Occurrence
from briefing.topics.lexicon import ORG_HEADS, words

#: Singular nouns for an office of government or administration.
BODY_NOUNS = ORG_HEADS & words(
    """ministry agency office bureau department authority commission committee council
    secretariat cabinet"""
)


def body_description(occurrences: Iterable[Occurrence]) -> bool:
    """Every use of a theme is written in lower case and ends in a :data:`BODY_NOUNS` word:
    "weather agency", "culture ministry"."""
    found = False
    for o in occurrences:
        last = o.surface.rsplit(maxsplit=1)[-1]
        if not o.surface.islower() or last not in BODY_NOUNS or " " not in o.surface:
            return False
        found = True
    return found
