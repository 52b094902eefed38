"""A lower-case phrase ended by the noun of a public body is that body, not a theme.

"South Korea's weather agency said ...", "the culture ministry announced ...": the text
names a body by what it does and the noun for the kind of body it is, in lower case, so the
phrase is read as a theme (modifier + noun) though it is an organisation the articles
quote. :func:`body_description` tells such a phrase by its last word: one of the nouns for
an office of government or administration (:data:`BODY_NOUNS`, all of them heads of bodies'
names in :data:`~.lexicon.ORG_HEADS`), in the singular: one body. A plural ("weather
agencies") is a class of them, and the abstract heads a body's name may also end in
("economic cooperation", "a peace movement", "the rebel forces") are left themes. Nor is
a phrase written beside a name ("the news agency Ansa", "Italy's ANSA news agency") the body:
there it describes the name, and across articles it describes other bodies.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping

from briefing.topics.candidates import Occurrence
from briefing.topics.lexicon import ORG_HEADS, STOPWORDS, words

#: Singular nouns for an office of government or administration.
BODY_NOUNS = ORG_HEADS & words(
    """ministry agency office bureau department authority commission committee council
    secretariat cabinet"""
)


#: The word after a phrase, and the word before it.
_NEXT = re.compile(r"\s+([^\W\d_][\w.'’-]*)")
_PREVIOUS = re.compile(r"([^\W\d_][\w.'’-]*)\s+$")


def body_description(
    occurrences: Iterable[Occurrence],
    texts: Mapping[tuple[str, int], str],
    owner: Callable[[str], bool] = lambda word: False,
) -> bool:
    """Every use of a theme is written in lower case, ends in a :data:`BODY_NOUNS` word
    ("weather agency", "culture ministry") and stands beside no name (:func:`_beside_name`);
    ``texts`` are the paragraphs by (article, index), ``owner`` says whether a capitalised
    word is a country's or a people's ("the French culture ministry": its owner)."""
    found = False
    for o in occurrences:
        last = o.surface.rsplit(maxsplit=1)[-1]
        if not o.surface.islower() or last not in BODY_NOUNS or " " not in o.surface:
            return False
        if _beside_name(texts.get((o.article, o.paragraph), ""), o.start, o.end, owner):
            return False
        found = True
    return found


def _beside_name(text: str, start: int, end: int, owner: Callable[[str], bool]) -> bool:
    """A capitalised word right after the phrase, or right before it that is no function
    word ("The"), no owner's possessive ("South Korea's weather agency") and no ``owner``
    ("the French culture ministry")."""
    after = _NEXT.match(text, end)
    if after is not None and after.group(1)[0].isupper():
        return True
    before = _PREVIOUS.search(text[max(0, start - 60) : start])
    if before is None:
        return False
    word = before.group(1)
    return (
        word[0].isupper()
        and word.casefold() not in STOPWORDS
        and not word.endswith(("'s", "’s", "'", "’"))
        and not owner(word)
    )
