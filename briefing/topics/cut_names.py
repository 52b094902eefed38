"""Names that are always the first half of a longer one: "Corriere" of "Corriere della Sera".

A name of several words joined by a particle ("Corriere della Sera", "Bank of England",
"Santiago de Compostela") is sometimes read only up to the particle, and the first half
becomes a topic of its own. When every use of a name (two at least) goes on, right after
it, with a particle of names and a capitalised word, the text never writes that name
alone: it is a piece of the longer one, no topic. One use written alone ("Spain and
Portugal", "Eugénie, the wife of ...") keeps it, and a conjunction is no particle.

Closed grammar class only: :data:`~.lexicon.NAME_PARTICLES` and "of".
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from briefing.topics.candidates import Occurrence
from briefing.topics.lexicon import NAME_PARTICLES

_PARTICLES = NAME_PARTICLES | {"of"}


def continued(occurrence: Occurrence, text: str) -> bool:
    """The use goes on with a particle (or two: "de la") and a capitalised word, one
    space apart: "Corriere| della Sera", "Alhaurín| de la Torre"."""
    after = text[occurrence.end : occurrence.end + 40]
    if not after.startswith(" "):
        return False
    words = after.split(" ", 4)[1:4]
    particles = 0
    for word in words:
        if word in _PARTICLES and particles < 2:
            particles += 1
            continue
        word = re.sub(r"^[LlDd][’']", "", word)  # "dell'Italia", "d'Orsay"
        return particles > 0 and word[:1].isupper()
    return False


def cut_name(occurrences: Sequence[Occurrence], paragraphs: Mapping[tuple[str, int], str]) -> bool:
    """Every use (two at least) is continued by a particle and a capitalised word: the
    name is never written alone, so it is a piece of a longer one."""
    return len(occurrences) >= 2 and all(
        continued(o, paragraphs.get((o.article, o.paragraph), "")) for o in occurrences
    )
