"""The corpus: finding article files on disk and reading them into clean :class:`Article` s.

The façade calls three things::

    found = discover([Path("~/briefing")])        # files + what was skipped and why
    for f in found.files:
        article_or_skip = read_article(f)          # never raises for bad input
    sanitize(text)                                 # the same cleaning, for the CLI and the UI

Modules, in the order data flows: :mod:`.discover` (paths → FoundFile), :mod:`.decode`
(bytes → str), :mod:`.sanitize` (str → safe str), :mod:`.paragraphs`, :mod:`.markdown`,
:mod:`.html` (text → raw paragraphs), :mod:`.classify` with :mod:`.furniture`, :mod:`.dates`
and :mod:`.sources` (paragraph kinds and metadata), :mod:`.reader` (the whole pipeline).

This package never imports Textual (a test checks it): it runs headless in the CLI and tests.
"""

from __future__ import annotations

from briefing.corpus.discover import Discovery, FoundFile, discover
from briefing.corpus.reader import READ_LIMIT, read_article
from briefing.corpus.sanitize import sanitize
from briefing.model import Skipped

__all__ = [
    "READ_LIMIT",
    "Discovery",
    "FoundFile",
    "Skipped",
    "discover",
    "read_article",
    "sanitize",
]
