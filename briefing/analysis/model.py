"""What the analyses report: timeline entries, and points where the sources disagree.

Each ``Discrepancy`` holds two or more ``Claim`` values, and every value carries the quotes
that state it, so a reader can set the sources side by side and judge for themselves.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Literal

from briefing.model import Span

DiscrepancyKind = Literal["date", "figure", "spelling", "name"]
Precision = Literal["day", "month", "year"]
#: How a timeline date was found: written in full, year or weekday worked out from the
#: article, counted from its date ("today"), dated by what other sources say, the one day
#: the article names before a sentence with only a time ("context"), or not at all.
Resolution = Literal[
    "stated", "year-inferred", "weekday", "relative", "other-sources", "context", "unresolved"
]


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    """One dated statement: what a source says happened, and on which day."""

    article_id: str
    source: str | None
    #: The calendar date, or ``None`` when the phrase could not be placed.
    date: dt.date | None
    #: Last day of a stated range ("from October 8 to 10"), else ``None``.
    until: dt.date | None
    precision: Precision
    #: The date phrase as written, and where it is.
    phrase: str
    phrase_span: Span
    #: The sentence that states it, and where it is.
    sentence: str
    sentence_span: Span
    resolution: Resolution
    #: How the date was worked out, in words ("article date Thu 9 Oct 2025").
    how: str
    #: Month and day as written when the year cannot be known ("October 8" in an undated
    #: article): ``date`` stays ``None`` rather than borrow a year the text does not give.
    month: int | None = None
    day: int | None = None
    #: False for captions, credits and trivia ("X turned 73 on Tuesday"): they still date the
    #: article and may be quoted in a discrepancy, but they are not events of the story.
    event: bool = True
    #: Last day of a range stated without a year ("from October 8 to 10" → 10), else None.
    day_until: int | None = None
    #: The weekday (0 Monday … 6 Sunday) of a weekday phrase that could not be placed
    #: ("Monday" in an undated article), else None: the brief may cite it beside the one day
    #: of the story's week that it is (``brief_timeline``); it is never given that date.
    weekday: int | None = None

    @property
    def resolved(self) -> bool:
        """True when the entry has a calendar date."""
        return self.date is not None

    @property
    def paragraph(self) -> int:
        """The paragraph index of the sentence."""
        return self.sentence_span.paragraph

    @property
    def period(self) -> str:
        """A month or a year as a reader writes it ("September 2024", "2019"), for entries
        dated no finer; "" without a date."""
        if self.date is None:
            return ""
        return f"{self.date:%Y}" if self.precision == "year" else f"{self.date:%B %Y}"

    def day_key(self) -> tuple[int, int, int] | None:
        """The day the entry names as (year, month, day), year 0 when the text gives none;
        None for month-only dates and entries that could not be placed."""
        if self.date is not None:
            if self.precision != "day":
                return None
            return (self.date.year, self.date.month, self.date.day)
        if self.month and self.day:
            return (0, self.month, self.day)
        return None

    def to_json(self) -> dict[str, Any]:
        """The JSON shape used by ``briefing timeline --json``."""
        return {
            "date": self.date.isoformat() if self.date else None,
            "until": self.until.isoformat() if self.until else None,
            "precision": self.precision,
            "resolved": self.resolved,
            "resolution": self.resolution,
            "how": self.how,
            "month": self.month,
            "day": self.day,
            "day_until": self.day_until,
            "weekday": self.weekday,
            "event": self.event,
            "article_id": self.article_id,
            "source": self.source,
            "phrase": self.phrase,
            "paragraph": self.sentence_span.paragraph,
            "phrase_start": self.phrase_span.start,
            "phrase_end": self.phrase_span.end,
            "sentence_start": self.sentence_span.start,
            "sentence_end": self.sentence_span.end,
            "sentence": self.sentence,
        }


@dataclass(frozen=True, slots=True)
class Quote:
    """One sentence of one article, and where it is."""

    article_id: str
    source: str | None
    span: Span
    text: str

    def to_json(self) -> dict[str, Any]:
        """The JSON shape used by ``briefing discrepancies --json``."""
        return {
            "article_id": self.article_id,
            "source": self.source,
            "paragraph": self.span.paragraph,
            "start": self.span.start,
            "end": self.span.end,
            "text": self.text,
        }


@dataclass(frozen=True, slots=True)
class Claim:
    """One of the differing values ("6 October 2025", "8", "Rakhmon") with its quotes."""

    value: str
    quotes: tuple[Quote, ...]

    @property
    def article_ids(self) -> tuple[str, ...]:
        """The articles that state this value, in first-quoted order."""
        return tuple(dict.fromkeys(q.article_id for q in self.quotes))

    def to_json(self) -> dict[str, Any]:
        """The JSON shape used by ``briefing discrepancies --json``."""
        return {
            "value": self.value,
            "article_ids": list(self.article_ids),
            "quotes": [q.to_json() for q in self.quotes],
        }


@dataclass(frozen=True, slots=True)
class Discrepancy:
    """Sources that disagree on one thing: a date, a figure, a spelling or a name."""

    kind: DiscrepancyKind
    #: What they disagree about, in words ("Putin's arrival", "leaders attending, 10 Oct 2025").
    subject: str
    claims: tuple[Claim, ...]
    #: Why the finder believes these are the same thing, for the analyst to check.
    note: str = ""

    @property
    def article_ids(self) -> tuple[str, ...]:
        """Every article involved."""
        return tuple(dict.fromkeys(a for c in self.claims for a in c.article_ids))

    def to_json(self) -> dict[str, Any]:
        """The JSON shape used by ``briefing discrepancies --json``."""
        return {
            "kind": self.kind,
            "subject": self.subject,
            "note": self.note,
            "values": [c.to_json() for c in self.claims],
        }
