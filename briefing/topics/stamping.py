"""The first pass's findings of each distinct text, packed to travel and stamped at every use.

Split from :mod:`briefing.topics.shares`, which has each distinct paragraph text read once,
on one of several processes: a text's findings travel as plain tuples (:func:`pack`: offsets
and surfaces, no article, no index) and are stamped here at every paragraph that uses the
text (:func:`stamp`), in paragraph order, as one process appends them
(:meth:`~briefing.topics.candidates.Candidates.add_again`). :class:`Stamper` stamps as far as
the findings known so far reach, so this process stamps the paragraphs its own share of the
texts opens the briefing with while the workers still read theirs.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from briefing.topics.candidates import Candidates, Occurrence


def pack(found: Candidates) -> tuple[Any, ...] | None:
    """One text's findings as plain tuples (offsets and surfaces; no article, no index)."""
    if not (
        found.places
        or found.names
        or found.surnames
        or found.acronyms
        or found.definitions
        or found.events
        or found.themes
    ):
        return None
    return (
        [(place, o.start, o.end, o.surface) for place, o in found.places],
        [(kind, o.start, o.end, o.surface, attested) for kind, o, attested in found.names],
        [(o.start, o.end, o.surface, attested) for o, attested in found.surnames],
        [(o.start, o.end, o.surface) for o in found.acronyms],
        list(found.definitions),
        [(groups, o.start, o.end, o.surface) for groups, o in found.events],
        # One row per theme use, each key's together and in first-seen order: most keys
        # have one use in a paragraph, and a row is appended where a key's list was extended.
        [(key, o.start, o.end, o.surface) for key, occs in found.themes.items() for o in occs],
    )


class Stamper:
    """Stamps texts' findings at every use (:func:`stamp`) in paragraph order, as far as the
    findings known so far reach: :meth:`stamp_known` goes on from where its last call stopped
    until a paragraph whose text it has no findings for. The distinct texts are shared out in
    runs of first use (:func:`~.shares.contiguous_runs`), so this process's own run holds the
    findings of every paragraph before the first use of a worker's first text: those it
    stamps while the workers still read, the rest once they answer. Whatever the split, the
    lists come out in the order of one pass over the paragraphs."""

    def __init__(self, out: Candidates, paragraphs: Sequence[tuple[str, int, str]]) -> None:
        self.out = out
        self.paragraphs = paragraphs
        #: The first paragraph not stamped yet.
        self.done = 0

    def stamp_known(self, findings: dict[str, Any]) -> None:
        """Stamp on from :attr:`done` while ``findings`` holds the paragraph's text."""
        out, paragraphs, at, end = self.out, self.paragraphs, self.done, len(self.paragraphs)
        while at < end:
            article, index, text = paragraphs[at]
            packed = findings.get(text, _UNREAD)
            if packed is _UNREAD:
                break
            if packed is not None:
                stamp(out, packed, article, index)
            at += 1
        self.done = at

    def stamp_all(self, findings: dict[str, Any]) -> None:
        """Stamp every paragraph left; ``findings`` must hold every text (KeyError if not)."""
        self.stamp_known(findings)
        if self.done < len(self.paragraphs):
            raise KeyError(self.paragraphs[self.done][2][:80])


#: A text whose findings have not come yet (:class:`Stamper`); None means it found nothing.
_UNREAD: Any = object()


def stamp(out: Candidates, packed: tuple[Any, ...], article: str, index: int) -> None:
    """Append one use of a text's findings, as reading it there would have (the same order
    as :meth:`~briefing.topics.candidates.Candidates.add_again`). Occurrences are built with
    ``tuple.__new__`` (:data:`NEW`): millions are stamped here, in the parent alone."""
    places, names, surnames, acronyms, definitions, events, themes = packed
    new, occ = NEW, Occurrence
    if places:
        out.places.extend((p, new(occ, (article, index, s, e, t))) for p, s, e, t in places)
    if names:
        out.names.extend((k, new(occ, (article, index, s, e, t)), a) for k, s, e, t, a in names)
    if surnames:
        out.surnames.extend((new(occ, (article, index, s, e, t)), a) for s, e, t, a in surnames)
    if acronyms:
        out.acronyms.extend(new(occ, (article, index, s, e, t)) for s, e, t in acronyms)
    if definitions:
        out.definitions.extend(definitions)
    if events:
        out.events.extend((g, new(occ, (article, index, s, e, t))) for g, s, e, t in events)
    if themes:
        by_key = out.themes
        for key, s, e, t in themes:
            by_key[key].append(new(occ, (article, index, s, e, t)))


#: An :class:`Occurrence` (a named tuple) without its Python-level ``__new__``.
NEW = tuple.__new__
