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

    def __reduce__(self) -> tuple[type[Occurrence], tuple[str, int, int, int, str]]:
        # Pickled as a call (worker processes send millions: briefing.topics.shares); a
        # frozen slotted dataclass's own state methods look up its fields per object.
        return (Occurrence, (self.article, self.paragraph, self.start, self.end, self.surface))


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
