"""The corpus: finding article files on disk and reading them into clean :class:`Article` s.

The façade calls three things::

    found = discover([Path("~/briefing")])        # files + what was skipped and why
    for f in found.files:
        article_or_skip = read_article(f)          # never raises for bad input
    sanitize(text)                                 # the same cleaning, for the CLI and the UI

Modules, in the order data flows: :mod:`.discover` (paths → FoundFile), :mod:`.decode`
(bytes → str), :mod:`.sanitize` (str → safe str), :mod:`.paragraphs`, :mod:`.markdown` /
:mod:`.markdown_plain`, :mod:`.html` / :mod:`.html_plain` (text → raw paragraphs; the *_plain
readers take what the real parsers cannot do in bounded time), :mod:`.classify` with
:mod:`.furniture`, :mod:`.dates`, :mod:`.sources` and :mod:`.language` (paragraph kinds and
metadata), :mod:`.reader` (the whole pipeline, with its size limits).

Everything a file contains is untrusted: text and file names are sanitised, sizes and times
are bounded (5 MB read per file, 20,000 characters per paragraph, 10,000 paragraphs, and the
degenerate-input guards in the *_plain modules).

This package never imports Textual (a test checks it): it runs headless in the CLI and tests.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from briefing.corpus.discover import Discovery, FoundFile, discover
from briefing.corpus.sanitize import sanitize
from briefing.model import Skipped

if TYPE_CHECKING:
    from briefing.corpus.reader import READ_LIMIT, read_article


def __getattr__(name: str) -> Any:
    """Load the readers (YAML, Markdown, HTML, charset detection) only when first used.

    The app and the CLI import ``sanitize`` at start-up; they should not pay ~100 ms for
    parsers that only reading a changed file needs.
    """
    if name in ("read_article", "READ_LIMIT"):
        from briefing.corpus import reader

        return getattr(reader, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "READ_LIMIT",
    "Discovery",
    "FoundFile",
    "Skipped",
    "discover",
    "read_article",
    "sanitize",
]
