"""The main event's timeline, worked out on a worker process while the topics are ranked.

Naming the main event (:mod:`.events`) dates it from the timeline of the articles written
near the busiest week of coverage (:func:`.story_days.story_days`): seconds at 10,000
articles, and the parent used to do it alone after ranking while the workers of the first
pass idled. Which articles that is depends on their dates only, not on the topics, so once
the extraction's last round on the workers is over (:meth:`.shares.Cores.rounds_over`) a
worker reads their timeline while this process merges and ranks, and naming the event takes
the answer. The articles travel as plain tuples of their fields and paragraph columns:
pickling a ``Paragraph`` dataclass each took three times as long in this process, which is
the one that waits. Without a worker to lend (one process, a small packet) naming the event
reads the timeline itself, with the same result.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from briefing.model import Article, Paragraph
from briefing.topics.story_days import story_articles, story_window

#: Every field of an article but its paragraphs, which travel as columns.
_FIELDS = tuple(name for name in Article.__dataclass_fields__ if name != "paragraphs")

Packed = tuple[tuple[Any, ...], tuple[str, ...], tuple[Any, ...], tuple[str | None, ...]]


def story_share(articles: Sequence[Article]) -> list[Packed] | None:
    """What :func:`timeline_share` needs to read the timeline :func:`.story_days` reads for
    ``articles`` (all of the packet's); None when no article is dated, to the day or to
    the month (then no timeline is read)."""
    found = story_window(articles)
    if found is None:
        return None
    _best, first, last = found
    return [_pack(article) for article in story_articles(articles, first, last)]


def timeline_share(share: list[Packed], _report: Callable[[int], None]) -> Any:
    """A worker's task: the timeline of the packed articles (what ``extract_timeline``
    finds in them in this process)."""
    from briefing.analysis.timeline import extract_timeline

    return extract_timeline([_unpack(packed) for packed in share])


def _pack(article: Article) -> Packed:
    paragraphs = article.paragraphs
    return (
        tuple(getattr(article, name) for name in _FIELDS),
        tuple(p.text for p in paragraphs),
        tuple(p.kind for p in paragraphs),
        tuple(p.language for p in paragraphs),
    )


def _unpack(packed: Packed) -> Article:
    fields, texts, kinds, languages = packed
    paragraphs = tuple(map(Paragraph, texts, kinds, languages))
    return Article(**dict(zip(_FIELDS, fields, strict=True)), paragraphs=paragraphs)
