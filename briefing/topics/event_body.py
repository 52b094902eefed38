"""Where an act off the Earth happened: the body of the Solar System it was done on or to.

Part of :mod:`briefing.topics.events`. A probe "made a touchdown on the lunar surface", a
rover "landed on Mars", a mission "was launched to the Sun": the act's place is no
country or town, and no gazetteer holds it, so the event would be placed where its
articles most often stand instead ("Touchdown in India": the country that sent it, not
where it touched down). The Sun, the Moon and the planets are a closed class, as the
months are: eight planets, their star and the Earth's one moon, each with its English
adjective where that says nothing else ("lunar", "Martian"; not "solar", which is as often
a kind of power). When the English leads write the act, or its verb,
followed by a preposition of place ("on", "onto", "to") and, before the phrase ends, one of
those bodies or its adjective ("on the lunar surface", "onto the surface of Mars"), the act
happened there, and the event's name says so: "Touchdown on the Moon". The Earth is left
out: an act on the Earth is placed by its country or town as any other.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Sequence

#: The Solar System's bodies an act may be done on or to, as the event's name writes them
#: (the Sun and the Moon with "the", the planets without), by each word that names one:
#: the name and its English adjective.
BODIES: dict[str, str] = {
    "moon": "the Moon",
    "lunar": "the Moon",
    "sun": "the Sun",
    "mercury": "Mercury",
    "venus": "Venus",
    "venusian": "Venus",
    "mars": "Mars",
    "martian": "Mars",
    "jupiter": "Jupiter",
    "saturn": "Saturn",
    "uranus": "Uranus",
    "neptune": "Neptune",
}
#: Prepositions after the act that say where it was done ("on", "onto") or whither ("to"),
#: as the name writes them.
PREPOSITIONS = {"on": "on", "onto": "on", "upon": "on", "to": "to"}
#: How many words after the preposition the body may come ("on the surface of the Moon").
REACH = 6

_WORD = re.compile(r"[^\W\d_][\w’'-]*|[^\w\s]")


def body_of(
    leads: Sequence[str], forms: Sequence[str], names: Collection[str] = frozenset()
) -> str | None:
    """ "on the Moon", "to Mars": the body most of the English leads' acts were done on or
    to, after any of ``forms`` (the act's noun and verbs, "touchdown", "landed") and a
    preposition (see the module's docstring); None when no lead writes one. A name in
    lower case counts only as an adjective ("lunar"), not as a noun ("moon", "mercury" are
    common words); a capitalised name counts either way ("the Moon"), unless it is a word of
    ``names`` (casefolded words of the packet's people and bodies: "Bruno Mars", "The Sun"
    newspaper, "Mercury Prize" are no bodies of the sky)."""
    wanted = {f.casefold() for f in forms}
    found: Counter[str] = Counter()
    for lead in leads:
        tokens = _WORD.findall(lead)
        for i, token in enumerate(tokens):
            if token.casefold() not in wanted:
                continue
            step = i + 1 + (i + 1 < len(tokens) and tokens[i + 1].casefold() == "down")
            if step >= len(tokens) or tokens[step].casefold() not in PREPOSITIONS:
                continue
            for word in tokens[step + 1 : step + 1 + REACH]:
                if not word[:1].isalpha():
                    break  # the phrase ends at a stop
                body = BODIES.get(word.casefold())
                if body is None or (_noun(word) and word.casefold() in names):
                    continue
                if word[:1].isupper() or not _noun(word):
                    found[f"{PREPOSITIONS[tokens[step].casefold()]} {body}"] += 1
                    break
    if not found:
        return None
    return found.most_common(1)[0][0]


def _noun(word: str) -> bool:
    """Whether ``word`` is a body's name (a noun, "moon"), not its adjective ("lunar")."""
    return BODIES[word.casefold()].casefold().endswith(word.casefold())
