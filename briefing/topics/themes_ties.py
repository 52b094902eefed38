"""The left half of an English three-word phrase whose two halves are written equally often.

The theme shapes take every two adjacent content words, so "any foreign military
intervention" gives "foreign military" and "military intervention". :mod:`.themes_overlap`
drops the half the packet writes less often; when both are written the same number of times
(every use of one is a use of the other) it cannot tell, and both stay.

English puts the head noun of a noun phrase last ("foreign military intervention", "barbaric
terrorist attack"), so in "A B C" the middle word modifies the last, and "A B" is a piece of
the phrase with no noun of its own; "B C" says what it is about. The exception is a clause,
a noun phrase and its verb ("the death toll rises", "body bags carrying ..."): there "A B"
is the phrase and "B C" the piece. The theme shapes leave out the verbs they know (past forms
in "-ed", :mod:`.verb_forms`), so what may still be a verb after a singular noun is a
present form in "-s" or an "-ing" form ("migrant boat capsizes"); with either, or after a
plural middle word (whose verb may have no ending: "migrant boats capsize"), both halves
stay, as before. The words are asked as written: a theme's key spells plurals singular.

Only English uses count, and only when every use of both halves is in English: other
languages order their phrases otherwise (Romance adjectives follow the noun: "intervention
militaire extérieure"), and for them this rule says nothing.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence

from briefing.topics.candidates import Occurrence

#: Endings of an English word after a singular noun that may make it a verb, not a noun.
_VERB_ENDINGS = ("s", "ing")


def tied_halves(
    themes: Mapping[str, Sequence[Occurrence]], languages: Mapping[str, str]
) -> set[str]:
    """Keys of ``themes`` (key → uses) that are the left half of a three-word English phrase
    whose right half is written exactly as often (see the module's docstring)."""
    english = {
        key: occs
        for key, occs in themes.items()
        if len(key.split()) == 2 and occs and all(languages.get(o.article) == "en" for o in occs)
    }
    # Where each English theme use starts: (article, paragraph, start) → key.
    starts: dict[tuple[str, int, int], list[str]] = defaultdict(list)
    for key, occs in english.items():
        for o in occs:
            starts[(o.article, o.paragraph, o.start)].append(key)
    halves: set[str] = set()
    for key, occs in english.items():
        if any(o.surface.endswith("s") for o in occs):
            continue  # a plural's verb may have no ending ("boats capsize")
        partners: set[str] | None = None
        for o in occs:
            second = o.start + len(o.surface) - len(o.surface.split()[-1])
            after = set(starts.get((o.article, o.paragraph, second), ()))
            partners = after if partners is None else partners & after
            if not partners:
                break
        for right in partners or ():
            uses = english[right]
            # As written, not as keyed: the key spells "capsizes" as "capsize".
            if len(uses) == len(occs) and not any(o.surface.endswith(_VERB_ENDINGS) for o in uses):
                halves.add(key)
    return halves
