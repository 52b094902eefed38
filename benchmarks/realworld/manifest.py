"""Manifests: what a person read from each real article, committed in place of the article.

The article text belongs to its publisher and lives only in the git-ignored data folder
(``benchmarks/realworld/data/packets/<packet>/<file>``); the manifest beside this module
(``manifests/<packet>.yaml``) holds the URL, the query that found it and the truth read from
the text. Every scorer in this folder compares the product against these files.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
MANIFESTS = HERE / "manifests"


def data_dir() -> Path:
    """The ignored folder with the real text (``BRIEFING_REALWORLD_DATA`` overrides it)."""
    return Path(os.environ.get("BRIEFING_REALWORLD_DATA") or HERE / "data")


@dataclass(frozen=True)
class ArticleTruth:
    """What the text of one article states about itself (None: the text does not say)."""

    file: str
    url: str
    query: str
    language: str
    title: str | None
    #: ``YYYY-MM-DD`` or ``YYYY-MM`` (a month is all the text states), or None.
    date: str | None
    outlet: str | None
    #: Other outlet spellings that count as right ("AP" for "Associated Press").
    outlet_aliases: tuple[str, ...] = ()
    notes: str = ""


@dataclass(frozen=True)
class Packet:
    """One manifest: a packet of real articles about one event."""

    name: str
    event: str
    held_out: bool
    articles: tuple[ArticleTruth, ...]
    raw: dict[str, Any] = field(default_factory=dict)

    @property
    def folder(self) -> Path:
        return data_dir() / "packets" / self.name


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def load(path: Path) -> Packet:
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    articles = tuple(
        ArticleTruth(
            file=a["file"],
            url=a["url"],
            query=a.get("query", ""),
            language=a["language"],
            title=_text(a.get("title")),
            date=_text(a.get("date")),
            outlet=_text(a.get("outlet")),
            outlet_aliases=tuple(a.get("outlet_aliases") or ()),
            notes=a.get("notes", "") or "",
        )
        for a in raw["articles"]
    )
    return Packet(
        name=raw["packet"],
        event=raw["event"],
        held_out=bool(raw.get("held_out", False)),
        articles=articles,
        raw=raw,
    )


def packets(include_held_out: bool = False) -> list[Packet]:
    """Every committed manifest, dev packets first (the held-out one only when asked)."""
    found = [load(p) for p in sorted(MANIFESTS.glob("*.yaml"))]
    return [p for p in found if include_held_out or not p.held_out]
