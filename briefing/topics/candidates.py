"""What the first pass hands the second: occurrences of possible topics, not yet merged."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import NamedTuple


class Occurrence(NamedTuple):
    """Where a candidate was seen: an article, a paragraph and offsets into its text.

    A named tuple rather than a frozen dataclass (issue 15): a 10,000-article briefing makes
    millions, each stamped in the parent alone (:mod:`briefing.topics.shares`), and put in
    sets and dicts. A tuple is built, hashed and compared in C, about three times faster;
    its hash is the one the dataclass had (the hash of the same field tuple), so every set
    and dict of occurrences keeps its order."""

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
    themes: defaultdict[str, list[Occurrence]] = field(default_factory=lambda: defaultdict(list))
    #: Every paragraph read, for the second pass: (article id, paragraph index, text). Their
    #: tokens are not kept (a large briefing has tens of millions): the second pass re-reads
    #: what it needs from the text.
    paragraphs: list[tuple[str, int, str]] = field(default_factory=list)

    def add_again(self, found: Candidates, article: str, index: int) -> None:
        """Append one paragraph's findings as if read again in paragraph ``index`` of ``article``.

        A paragraph's findings depend only on its text (and the briefing-wide vocabulary), so
        a paragraph that recurs (syndicated wire copy, a boilerplate footer line that is not
        marked as one) is analysed once and re-stamped here. Every list gets the items in
        the order reading would have appended them; a new field must be added here too
        (``test_scale`` compares reading with and without this reuse, field by field).
        """

        def again(o: Occurrence) -> Occurrence:
            return Occurrence(article, index, o.start, o.end, o.surface)

        self.places.extend((place, again(o)) for place, o in found.places)
        self.names.extend((kind, again(o), attested) for kind, o, attested in found.names)
        self.surnames.extend((again(o), attested) for o, attested in found.surnames)
        self.acronyms.extend(again(o) for o in found.acronyms)
        self.definitions.extend(found.definitions)
        self.events.extend((groups, again(o)) for groups, o in found.events)
        for key, occurrences in found.themes.items():
            self.themes[key].extend(again(o) for o in occurrences)
        self.paragraphs.extend((article, index, text) for _, _, text in found.paragraphs)
