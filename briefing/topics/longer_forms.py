"""A name written alone in many articles is its own name, not the surname of its longer forms.

Part of the second pass (:meth:`~.cluster._Builder._people`). A lone capitalised word joins
the person whose full name ends in it ("Macron" of "Emmanuel Macron"). A run of capitals
ending in the word is not always a person's full name, though:

- **two names side by side**: "SpaceX Starship" (a maker and its product, or "SpaceX’s
  Starship" with the possessive cut), "Starship de SpaceX", "Trump Putin" (a summit's two
  sides): another word of the run is itself a name the packet writes alone, in more articles
  than the run, and no given name; and the last word too is written alone in more articles
  than the run. A person's full name is the other way round: it introduces the surname, so
  the surname alone is written by no more articles than the full name in most packets, and
  a given name is seldom written alone at all;
- **a description and the name**: "Raumfahrtunternehmen SpaceX", "Großbank UBS": a
  noun-capitalising language's common noun before a name the packet writes alone
  (:func:`~.apposed_nouns.common_noun`, from the language's lexicon, never a list).

Such a run is no bearer of the word: the lone word does not join it (when it was the only
run, or one of several, the word was lost: nobody's surname, or everybody's). The word is
then the surname of the bearers left, or, when none is left, a word nobody explains, which
:mod:`.unexplained_names` reads as a name of its own when enough articles write it. The
side-by-side runs themselves are no person: they join the name they are about (the last
name of the run; the first when a lower-case particle stands between them: "Starship de
SpaceX"), and a description run is folded into its name by :mod:`.apposed_nouns`.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence

from briefing.given_name_table import given_name
from briefing.topics.apposed_nouns import common_noun
from briefing.topics.candidates import Occurrence
from briefing.topics.languages import NOUN_CAPITALISING
from briefing.topics.naming import person_key

__all__ = ["LongerForms", "lone_articles", "not_a_person", "pick_bearer"]

#: A name written alone in at least this many articles is one of the packet's names.
MIN_ARTICLES = 2


def lone_articles(uses: Iterable[Occurrence]) -> dict[str, set[str]]:
    """Each lone word's person key → the articles that write it alone."""
    found: dict[str, set[str]] = defaultdict(set)
    for occ in uses:
        found[person_key(occ.surface)].add(occ.article)
    return found


class LongerForms:
    """Which multi-word person keys are no bearer of their last word (see the module)."""

    def __init__(
        self,
        lone: Mapping[str, set[str]],
        occ: Mapping[str, Sequence[Occurrence]],
        languages: Mapping[str, str],
        is_place: Callable[[str], bool],
    ) -> None:
        self.lone = lone
        self.occ = occ
        self.languages = languages
        self.is_place = is_place

    def _alone_in(self, word: str) -> int:
        return len(self.lone.get(person_key(word), ()))

    def side_by_side(self, key: str) -> str | None:
        """The word the run ``key`` is about when it is two names side by side, else None."""
        occs = self.occ.get(key, ())
        if not occs:
            return None
        words = occs[0].surface.split()
        if len(words) < 2 or len(key[2:].split()) != len(words):
            return None
        run = len({o.article for o in occs})
        last = words[-1]
        if self._alone_in(last) < max(MIN_ARTICLES, run + 1):
            return None
        names = [
            w
            for w in words[:-1]
            if w[:1].isupper()
            and not given_name(w)
            and self._alone_in(w) >= max(MIN_ARTICLES, run + 1)
        ]
        if not names:
            return None
        particle = any(w[:1].islower() for w in words[1:-1])
        return names[0] if particle else last

    def described(self, key: str) -> bool:
        """Whether the run ``key`` is a common noun before a name the packet writes alone,
        in languages that capitalise nouns ("Raumfahrtunternehmen SpaceX")."""
        occs = self.occ.get(key, ())
        firsts = {o.surface.split(maxsplit=1)[0] for o in occs if " " in o.surface}
        rests = {o.surface.split(maxsplit=1)[1] for o in occs if " " in o.surface}
        spoken = {self.languages.get(o.article, "") for o in occs}
        if len(firsts) != 1 or len(rests) != 1 or not spoken or not spoken <= NOUN_CAPITALISING:
            return False
        (noun,), (rest,) = firsts, rests
        if " " in rest or self._alone_in(rest) < MIN_ARTICLES:
            return False
        if given_name(noun) or self.is_place(noun) or self.is_place(rest):
            return False
        return all(common_noun(noun, language) for language in spoken)

    def apart(self, people: Iterable[str]) -> dict[str, str | None]:
        """The person keys that are no bearer of their last word → the word each is about
        (side by side), or None (a description: :mod:`.apposed_nouns` folds it)."""
        found: dict[str, str | None] = {}
        for key in people:
            if " " not in key:
                continue
            about = self.side_by_side(key)
            if about is not None:
                found[key] = about
            elif self.described(key):
                found[key] = None
        return found


def pick_bearer(roots: set[str], described: set[str]) -> set[str]:
    """The roots a lone word may join when some are descriptions of it: the others, or,
    when all are, one of them (each is folded into the word's name by :mod:`.apposed_nouns`,
    so which does not matter)."""
    rest = roots - described
    return rest if rest else {min(roots)}


def not_a_person(kinds: Counter[str]) -> None:
    """Move a side-by-side run's person votes to an organisation's: two names are no person."""
    votes = kinds.pop("person", 0)
    if votes:
        kinds["organisation"] += votes
