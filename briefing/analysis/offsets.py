"""Offsets from one start ("five minutes after take-off"): which figures are one span.

An offset is keyed by its start and, for seconds, minutes and hours, compared in seconds
(:func:`.span_keys.span_key`), so "five minutes after take-off" and "thirty seconds after
take-off" are one quantity. What it reaches is its sentence's other content words
(:func:`.span_keys.events`): "lost contact 47 seconds after take-off" and "crashed thirty seconds
after take-off" are two spans from one start. So figures of one offset key are compared only
within a group that shares such a word, pair by pair along a chain, and a figure sharing
none stays out of the comparison (and out of the quotes).

The ratio gate of :mod:`.figures` (values more than twice apart are a part and a whole, or
another unit, more likely than one number) still holds for offsets written in one unit: "ten
minutes after take-off the plane turned back" / "forty minutes after take-off the plane
landed" share a word and are two spans. Written in two units and converted, the "another
unit" reason is gone, and a span with both ends named is no part of another: "thirty seconds"
against "five minutes" after take-off is exactly the disagreement, ten times apart. Known
weak point: a shared word is any content word, so two events told in two units with one
noun in common ("the plane turned back" / "the plane shook") would be compared.
"""

from __future__ import annotations

from collections.abc import Sequence

from briefing.analysis.figure_model import Figure
from briefing.analysis.units import BRIEF_BASE


def is_brief_offset(key: tuple[str, str]) -> bool:
    """The key of an offset of seconds, minutes or hours from a named start, after it or
    before it (:func:`.span_keys.span_key`)."""
    return key[1].startswith((f"{BRIEF_BASE} after ", f"{BRIEF_BASE} before "))


def by_event(figures: Sequence[Figure]) -> list[list[Figure]]:
    """``figures`` in groups chained by a shared event word (module doc); figures of no
    event words (not offsets) stay one group."""
    if not any(f.events for f in figures):
        return [list(figures)]
    groups: list[tuple[set[str], list[Figure]]] = []
    for figure in figures:
        joined: tuple[set[str], list[Figure]] = (set(figure.events), [figure])
        for other in [g for g in groups if g[0] & figure.events]:
            groups.remove(other)
            joined[0].update(other[0])
            joined[1][:0] = other[1]
        groups.append(joined)
    return [members for _, members in groups]
