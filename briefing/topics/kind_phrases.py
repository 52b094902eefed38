"""A phrase that names a kind of the things a plural key word names: two themes, not one.

A key word joins the two-word themes it heads (:func:`~.keywords.add_key_word`): "funeral"
and "state funeral", "eruption" and "volcanic eruption" are one subject, since a singular
noun the articles argue about is the one thing the story is about and the phrase only says
which. A plural is not: "tariffs" written alone is every tariff of the story (a baseline
rate, a car tariff, a rival's answer), and "reciprocal tariffs" one kind of them; so are
"rates" and "negative interest rates", "imports" and "car imports". When the word's uses in
English are mostly plurals and so are the phrase's, and the phrase holds less than half the
word's English uses (the word mostly stands alone, not as the phrase's short form: "the
jewels" of a story of "the crown jewels"), the phrase stays a theme of its own.

Only English is read (a plural is told by its final "s" and Snowball's stem, as
:func:`~.event_subject._plural` does): the two-word themes are English word order, and a
word a verb also spells ("the bridge collapses") is singular in most of its uses.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from briefing.topics.candidates import Occurrence
from briefing.topics.event_when import english_stem


def english_plural(word: str) -> bool:
    """An English plural: the word less its final "s" has the same Snowball stem
    ("tariffs", "rates"; not "crisis", "press", "bus", "tariff")."""
    word = word.casefold()
    return (
        word.endswith("s")
        and not word.endswith(("ss", "is", "us"))
        and english_stem(word) == english_stem(word[:-1])
    )


def _mostly_plural(uses: Sequence[Occurrence], languages: Mapping[str, str]) -> bool:
    """More than half the English uses end in a plural (none: False)."""
    english = [o for o in uses if languages.get(o.article, "en") == "en"]
    plurals = sum(english_plural(o.surface.rsplit(" ", 1)[-1]) for o in english)
    return bool(english) and 2 * plurals > len(english)


def kinds_apart(
    phrases: Mapping[str, Sequence[Occurrence]],
    word: Sequence[Occurrence],
    languages: Mapping[str, str],
) -> set[str]:
    """The keys of ``phrases`` (themes the key word heads: key → uses) that name a kind of
    what the plural key word names (see the module), given the word's uses ``word`` and
    the packet's languages (article id → language)."""
    if not _mostly_plural(word, languages):
        return set()
    english = sum(languages.get(o.article, "en") == "en" for o in word)
    return {
        key
        for key, uses in phrases.items()
        if _mostly_plural(uses, languages)
        and 2 * sum(languages.get(o.article, "en") == "en" for o in uses) < english
    }
