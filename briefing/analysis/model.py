"""What the discrepancy finder reports: a point of disagreement and who says what.

Each ``Discrepancy`` holds two or more ``Claim`` values, and every value carries the quotes
that state it, so a reader can set the sources side by side and judge for themselves.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from briefing.model import Span

DiscrepancyKind = Literal["date", "figure", "spelling", "name"]


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
