"""Names that are always the first half of a longer one: "Corriere" of "Corriere della Sera".

A name of several words joined by a particle ("Corriere della Sera", "Bank of England",
"Santiago de Compostela") is sometimes read only up to the particle, and the first half
becomes a topic of its own. When every use of a name (two at least) goes on, right after
it, with a particle of names and a capitalised word, the text never writes that name
alone: it is a piece of the longer one, no topic. One use written alone ("Spain and
Portugal", "Eugénie, the wife of ...") keeps it, and a conjunction is no particle.

Closed grammar class only: :data:`~.lexicon.NAME_PARTICLES` and "of".

So is a capitalised phrase every use of which comes right after a number in figures ("8200
Stunden Flugerfahrung", German capitalising its nouns: "8200 hours of flying experience"):
it is the unit of a measure, and a year before a name ("the 2018 Genoa collapse") is no
number of it.
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


_NUMBER_BEFORE = re.compile(r"(?<![\w.,])(\d[\d.,\u00a0\u202f]*)[ \u00a0]$")


def measured(occurrences: Sequence[Occurrence], paragraphs: Mapping[tuple[str, int], str]) -> bool:
    """Every use (two at least) follows a number in figures that is no year (1900-2099):
    the name is the unit of a count, "8200 Stunden Flugerfahrung"."""
    if len(occurrences) < 2:
        return False
    for o in occurrences:
        text = paragraphs.get((o.article, o.paragraph), "")
        found = _NUMBER_BEFORE.search(text, max(0, o.start - 16), o.start)
        if found is None:
            return False
        digits = found.group(1).rstrip(".,")
        if digits.isdigit() and len(digits) == 4 and 1900 <= int(digits) <= 2099:
            return False
    return True
