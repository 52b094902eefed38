"""What the first pass hands the second: occurrences of possible topics, not yet merged."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Occurrence:
    """Where a candidate was seen: an article, a paragraph and offsets into its text."""

    article: str
    paragraph: int
    start: int
    end: int
    surface: str


@dataclass(slots=True)
class Candidates:
    """Everything the first pass found, before aliases are merged."""

    #: (canonical place, occurrence) for places found by context (demonyms, datelines).
    places: list[tuple[str, Occurrence]] = field(default_factory=list)
    #: (kind guess, occurrence, attested) for names; attested = a title stood before it.
    names: list[tuple[str, Occurrence, bool]] = field(default_factory=list)
    #: (occurrence, attested) for single capitalised words that may be surnames; attested =
    #: seen after a title ("President Putin").
    surnames: list[tuple[Occurrence, bool]] = field(default_factory=list)
    acronyms: list[Occurrence] = field(default_factory=list)
    #: (long form, short form) pairs defined in the text: "Commonwealth of ... (CIS)".
    definitions: list[tuple[str, str]] = field(default_factory=list)
    #: (groups of participant surfaces, occurrence) for summits.
    events: list[tuple[tuple[str, ...], Occurrence]] = field(default_factory=list)
    #: Theme key → its occurrences, keys in first-seen order.
    themes: defaultdict[str, list[Occurrence]] = field(
        default_factory=lambda: defaultdict(list)
    )
    #: Every paragraph read, for the second pass: (article id, paragraph index, text). Their
    #: tokens are not kept (a large briefing has tens of millions): the second pass re-reads
    #: what it needs from the text.
    paragraphs: list[tuple[str, int, str]] = field(default_factory=list)
