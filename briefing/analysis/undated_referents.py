"""An undated comparison beside dated ones: one flag for one disagreement.

A factor against an earlier thing is keyed by that thing's date when its sentence names one
("five to six times stronger than the fifth test in September 2016": ``times stronger
@September 2016``, :mod:`.strength_factors`) and by its quantity alone when it does not ("de
cinco a seis veces más fuerte que … sus pruebas anteriores"). Two such keys are judged apart,
so one disagreement (five to six times against ten) showed twice: once among the dated factors,
once among the undated ones.

An undated figure may mean any dated referent, so it is joined to one only when the packet
shows which: every undated figure's value agrees with a value some other source gives for
exactly one dated referent of that quantity. Then the undated figures join that referent's
group and are judged with it; they bring no value the group lacks, only more sources. An
undated group whose values fit two dated referents (or none) stays as it was: two referents
are never joined through it. Nor is a figure joined whose own article gives the dated
referent another value (one source with two values makes its group unreadable,
:mod:`.figures`).

Only a key narrowed by a date is such a referent ("@September 2016", "@1945"); a key narrowed
by anything else ("magnitude @USGS first") is another quantity, never joined here.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence

from briefing.analysis.figure_model import NARROWED, Figure, apart

_MONTH = "|".join(calendar.month_name[1:])
#: A date as :mod:`.strength_factors` writes it after :data:`NARROWED`.
_DATE = re.compile(rf"(?:(?:{_MONTH}) )?\d{{4}}|(?:{_MONTH})")


def join_undated(groups: dict[tuple[str, str], list[Figure]]) -> None:
    """Move each undated group into the one dated group of its quantity its values agree
    with (module doc), in place."""
    dated: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for key in groups:
        quantity, marker, narrower = key[1].partition(NARROWED)
        if marker and _DATE.fullmatch(narrower):
            dated.setdefault((key[0], quantity), []).append(key)
    for undated, referents in dated.items():
        members = groups.get(undated)
        if not members:
            continue
        fits = [k for k in referents if _agrees(members, groups[k])]
        if len(fits) == 1:
            groups[fits[0]].extend(groups.pop(undated))


def _agrees(undated: Sequence[Figure], dated: Sequence[Figure]) -> bool:
    """Whether every undated figure's value is one another source gives the dated referent,
    and no undated figure's own article gives that referent another value."""
    for figure in undated:
        own = [d for d in dated if d.quote.article_id == figure.quote.article_id]
        if any(apart(figure, d) for d in own):
            return False
        others = [d for d in dated if d.quote.article_id != figure.quote.article_id]
        if not any(not apart(figure, d) for d in others):
            return False
    return True
