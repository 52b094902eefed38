"""The plain data the whole system passes around.

Everything here is immutable and free of I/O so that the corpus, the index, the topics and
the UI can share it without defensive copies (the caches store it field by field: briefing.codec).

Highlights and mentions are *spans* — ``(paragraph, start, end)`` character offsets into
``Article.paragraphs[paragraph].text`` — never markup. Article text is untrusted data; the UI
styles spans on a ``rich.text.Text`` built from the literal string.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

#: Where a metadata field came from, so the UI can show how sure it is.
Provenance = Literal["front-matter", "heuristic", "fallback", "unknown"]

#: Paragraph kinds. ``body`` is the article proper; the rest are kept (nothing is deleted)
#: but the reader can fold them and search ranks them down.
ParagraphKind = Literal["body", "title", "dek", "meta", "caption", "boilerplate"]

#: How much of a date the text states (a plain string, so caches serialise it as is).
DatePrecision = Literal["day", "month"]

FOLDABLE_KINDS: frozenset[str] = frozenset({"meta", "caption", "boilerplate"})


@dataclass(frozen=True, slots=True)
class Paragraph:
    """One paragraph of clean text (no control characters, newlines normalised)."""

    text: str
    kind: ParagraphKind = "body"
    #: ISO 639-1 code when this paragraph is clearly in another language than its article
    #: (a quoted post, a translation); None means "the article's language".
    language: str | None = None

    @property
    def foldable(self) -> bool:
        """True for captions, credits, footers and other non-article furniture."""
        return self.kind in FOLDABLE_KINDS


@dataclass(frozen=True, slots=True)
class Article:
    """One article of a briefing, read once from disk and cached.

    ``id`` is the path relative to the briefing root without its extension, in POSIX form
    (``003_5584dc1f58897884``, ``world/2025/report``). ``provenance`` maps each metadata field
    (``title``, ``source``, ``date``, ``author``, ``url``, ``language``) to where its value came
    from; a field that the article does not state is ``None`` with provenance ``"unknown"``.
    """

    id: str
    path: Path
    title: str | None
    source: str | None
    date: dt.date | None
    paragraphs: tuple[Paragraph, ...]
    provenance: dict[str, Provenance] = field(default_factory=dict)
    #: ISO 639-1, or ``"und"`` (undetermined) when neither the file nor the text says.
    language: str = "en"
    author: str | None = None
    url: str | None = None
    format: Literal["txt", "md", "html"] = "txt"
    #: Human-readable notes about how the file was read ("front matter is broken: …",
    #: "decoded as cp1251", "truncated at 2 MB"). Shown in the app and in ``list --json``.
    notices: tuple[str, ...] = ()
    size: int = 0
    mtime_ns: int = 0
    #: sha256 of the raw bytes, hex.
    content_hash: str = ""
    #: How much of ``date`` the text states: ``"month"`` when only a month and a year are
    #: stated (``date`` is then the 1st, and is shown as ``Dec 2024``, never as a day).
    date_precision: DatePrecision = "day"

    @property
    def body_paragraphs(self) -> tuple[tuple[int, Paragraph], ...]:
        """(index, paragraph) for paragraphs that are not foldable furniture."""
        return tuple((i, p) for i, p in enumerate(self.paragraphs) if not p.foldable)

    @property
    def languages(self) -> tuple[str, ...]:
        """The article's language, then any other language one of its paragraphs is in."""
        out = [self.language]
        for p in self.paragraphs:
            if p.language and p.language not in out:
                out.append(p.language)
        return tuple(out)

    @property
    def text(self) -> str:
        """All paragraphs joined by blank lines (for search, topics and plain output)."""
        return "\n\n".join(p.text for p in self.paragraphs)


@dataclass(frozen=True, slots=True)
class Skipped:
    """A file that was found but not opened, and why (shown to the user, never silently lost)."""

    path: str
    reason: str


@dataclass(frozen=True, slots=True, order=True)
class Span:
    """A character range in one paragraph of one article: ``text[start:end]``."""

    paragraph: int
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Snippet:
    """A short excerpt of one paragraph around hits, with hit offsets relative to ``text``."""

    paragraph: int
    text: str
    #: (start, end) offsets into ``text`` of the highlighted terms.
    highlights: tuple[tuple[int, int], ...] = ()
    #: Offset of ``text[0]`` inside the paragraph, so a snippet maps back to the reader.
    offset: int = 0


@dataclass(frozen=True, slots=True)
class Hit:
    """One ranked search result."""

    article_id: str
    title: str | None
    source: str | None
    date: dt.date | None
    score: float
    #: Every matched term in the article, as spans (for the reader's highlighting and n/N).
    spans: tuple[Span, ...] = ()
    #: The best few excerpts, for the results list.
    snippets: tuple[Snippet, ...] = ()
    #: ``"month"`` when the article states only a month (see ``Article.date_precision``).
    date_precision: DatePrecision = "day"


@dataclass(frozen=True, slots=True)
class SearchResult:
    """The answer to one query. A bad query is an ``error`` message, never an exception."""

    query: str
    total: int
    hits: tuple[Hit, ...] = ()
    suggestion: str | None = None
    error: str | None = None


@dataclass(frozen=True, slots=True)
class SyncReport:
    """What one index sync did (the CLI prints it; tests assert on it)."""

    added: tuple[str, ...] = ()
    changed: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    unchanged: int = 0
    rebuilt: bool = False
    #: Why the index was rebuilt, if it was ("schema version changed", "index was corrupt: …").
    reason: str | None = None
    seconds: float = 0.0
    #: Why nothing could be written ("… disk full in <folder>"), when the sync failed.
    error: str | None = None

    @property
    def indexed(self) -> int:
        """How many documents were written in this sync."""
        return len(self.added) + len(self.changed)


TopicKind = Literal["person", "place", "organisation", "event", "treaty", "theme"]


@dataclass(frozen=True, slots=True)
class Mention:
    """One occurrence of a topic: which article, and where in it."""

    article_id: str
    span: Span
    #: The surface form found in the text ("Rakhmon", "President Putin").
    surface: str


def in_text_order(mentions: Iterable[Mention]) -> tuple[Mention, ...]:
    """``mentions`` in reading order (article, paragraph, offset), as a topic holds them; the
    rules that add mentions to a topic after ranking keep that order with this."""
    return tuple(
        sorted(mentions, key=lambda m: (m.article_id, m.span.paragraph, m.span.start, m.span.end))
    )


@dataclass(frozen=True, slots=True)
class Topic:
    """A key topic of the briefing with its aliases merged."""

    id: str
    name: str
    kind: TopicKind
    aliases: tuple[str, ...]
    mentions: tuple[Mention, ...]
    score: float = 0.0

    @property
    def articles(self) -> tuple[str, ...]:
        """Ids of the articles that mention the topic, in first-seen order."""
        return tuple(dict.fromkeys(m.article_id for m in self.mentions))

    @property
    def mention_count(self) -> int:
        """How many mentions; lists and rankings ask this of every topic, and a topic read
        from the cache answers it without reading its mentions (``briefing.topic_store``)."""
        return len(self.mentions)

    @property
    def article_count(self) -> int:
        """How many articles mention the topic (see :attr:`mention_count`)."""
        return len(self.articles)


@dataclass(frozen=True, slots=True)
class Passage:
    """The sentence or two around a mention, for the cross-reference view."""

    article_id: str
    paragraph: int
    #: Offsets of the passage inside the paragraph.
    start: int
    end: int
    text: str
    #: Mention offsets relative to ``text``.
    highlights: tuple[tuple[int, int], ...] = ()
