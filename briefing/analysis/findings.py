"""What the articles say that the checks compare, read once per article and on every core.

Most of finding disagreements is reading: every sentence of every article for its figures
and times of day, every paragraph for name pairs, venues and city names (benchmarks/PROFILE.md:
at 10,005 articles this was minutes in one process). What one article yields depends only on
that article and on the days its own sentences date themselves to (from the timeline). So the
articles are cut into contiguous shares of about equal size, each share is read by one
process (:mod:`briefing.parallel`: the first share in this one, the others in worker
processes), and the shares' findings are joined in article order — exactly what one process
reading the articles in order finds. The comparisons across articles then run here, on the
whole: this module decides where and when the reading runs, never what a check finds.

Each article's paragraphs are decoded once for all the checks, where each check used to
decode them again (the article cache keeps only the most recently used built).
"""

from __future__ import annotations

import copy
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from briefing.analysis.borrowed_names import latin_names_of
from briefing.analysis.clocks import times_of
from briefing.analysis.days import Day, days_by_sentence
from briefing.analysis.figures import figures_of
from briefing.analysis.main_time import main_times_of
from briefing.analysis.model import TimelineEntry
from briefing.analysis.places import standalone_of
from briefing.analysis.rate_bands import Read, percents_of
from briefing.analysis.spelling import name_pairs_of
from briefing.analysis.venues import Venue, venues_of
from briefing.model import Article

#: Fewer worker processes below this many bytes of articles each: a worker takes about a
#: second to start, import the checks' data (CLDR, number words, GeoNames) and receive its
#: articles, which is what reading ~150 articles costs.
MIN_BYTES_PER_JOB = 750_000
#: The share of the reading this process takes beside a worker's (1: as much): it also runs
#: the checks that need no reading (``beside``) while the workers read, so that both
#: processes finish their part at about the same time. At 10,005 articles those checks took
#: ~25 s of CPU, and 0.3 balanced them; once they were made cheaper (~14 s, disperf46 in
#: benchmarks/PROFILE.md) the parent's part ended ~10 s of CPU before the worker's at 0.3,
#: and 0.5 evens them again.
OWN_WEIGHT = 0.5


@dataclass(slots=True)
class Findings:
    """What every check reads from the articles, in article order (lists per article where
    a check needs to know which article said it)."""

    figures: list[Any] = field(default_factory=list)
    lists: list[Any] = field(default_factory=list)
    times: list[Any] = field(default_factory=list)
    names: list[list[tuple[str, str]]] = field(default_factory=list)
    venues: list[list[Venue]] = field(default_factory=list)
    standalone: list[list[tuple[int, int, str]]] = field(default_factory=list)
    main_times: list[list[Any]] = field(default_factory=list)
    latin_names: list[tuple[bool, frozenset[str]]] = field(default_factory=list)
    percents: list[list[Read]] = field(default_factory=list)

    def extend(self, other: Findings) -> None:
        """Append the findings of the articles that come after these."""
        self.figures.extend(other.figures)
        self.lists.extend(other.lists)
        self.times.extend(other.times)
        self.names.extend(other.names)
        self.venues.extend(other.venues)
        self.standalone.extend(other.standalone)
        self.main_times.extend(other.main_times)
        self.latin_names.extend(other.latin_names)
        self.percents.extend(other.percents)


def read_articles(
    articles: Sequence[Article],
    entries: Sequence[TimelineEntry],
    jobs: int = 1,
    beside: Callable[[], None] | None = None,
) -> Findings:
    """Every check's findings in ``articles`` (``entries``: their timeline), read by up to
    ``jobs`` processes. ``beside``, if given, is work of the caller's that needs none of
    the findings: run here while the workers read (this process then reads less), or
    first when one process reads everything."""
    count = processes(articles, jobs)
    if count < 2:
        if beside is not None:
            beside()
        return read_share((tuple(articles), tuple(entries)))
    from briefing.parallel import Pool

    # Each article's paragraphs built once, here: the shares are chosen by them, and a
    # stored article is built again each time it is pickled or read (the cache keeps only
    # the most recently used built).
    articles = [copy.copy(article) for article in articles]
    runs = by_text(articles, count, OWN_WEIGHT if beside is not None else 1.0)
    by_article: dict[str, list[TimelineEntry]] = defaultdict(list)
    for entry in entries:
        by_article[entry.article_id].append(entry)
    shares = [
        (tuple(articles[i] for i in run), tuple(e for i in run for e in by_article[articles[i].id]))
        for run in runs
    ]
    with Pool() as pool:
        parts = pool.run(
            _read_counted, shares, what="a worker finding disagreements", beside=beside
        )
    pieces: list[Findings] = [Findings()] * len(articles)
    for run, (part, ends) in zip(runs, parts, strict=True):
        for index, piece in zip(run, _pieces(part, ends), strict=True):
            pieces[index] = piece
    found = Findings()
    for piece in pieces:  # article order: what one process reading them in order finds
        found.extend(piece)
    return found


def processes(articles: Sequence[Article], jobs: int) -> int:
    """How many processes :func:`read_articles` reads ``articles`` with (below 2: this one
    alone, ``beside`` run first)."""
    return min(jobs, sum(a.size for a in articles) // MIN_BYTES_PER_JOB)


def read_share(share: tuple[Sequence[Article], Sequence[TimelineEntry]]) -> Findings:
    """The findings of one share of articles, given the timeline entries of those articles
    (a sentence's day is looked up by its own article, so no other article's are needed)."""
    return _read_counted(share, lambda _count: None)[0]


def _read_counted(
    share: tuple[Sequence[Article], Sequence[TimelineEntry]], report: Callable[[int], None]
) -> tuple[Findings, list[tuple[int, int, int]]]:
    """:func:`read_share`, and where each article's figures, lists and times end in them
    (the flat lists), so the articles of several shares can be put back in their order."""
    articles, entries = share
    days: dict[tuple[str, int, int], Day] = days_by_sentence(entries)
    found = Findings()
    ends = []
    # Text read before (wire copy recurs across a large briefing's articles) is not read
    # again: each reader keys what it keeps by the text and what else its finding depends on.
    memo: dict[Any, Any] = {}
    for article in articles:
        figures_of(article, days, found.figures, found.lists, memo)
        times_of(article, days, found.times)
        found.names.append(name_pairs_of(article, memo))
        found.venues.append(venues_of(article, memo))
        found.standalone.append(standalone_of(article, memo))
        found.main_times.append(main_times_of(article))
        found.latin_names.append(latin_names_of(article))
        found.percents.append(percents_of(article, memo))
        ends.append((len(found.figures), len(found.lists), len(found.times)))
    return found, ends


def _pieces(found: Findings, ends: list[tuple[int, int, int]]) -> list[Findings]:
    """``found`` cut back into one Findings per article (``ends``: from :func:`_read_counted`)."""
    pieces = []
    last = (0, 0, 0)
    for number, end in enumerate(ends):
        pieces.append(
            Findings(
                found.figures[last[0] : end[0]],
                found.lists[last[1] : end[1]],
                found.times[last[2] : end[2]],
                found.names[number : number + 1],
                found.venues[number : number + 1],
                found.standalone[number : number + 1],
                found.main_times[number : number + 1],
                found.latin_names[number : number + 1],
                found.percents[number : number + 1],
            )
        )
        last = end
    return pieces


def by_text(articles: Sequence[Article], count: int, first: float = 1.0) -> list[list[int]]:
    """The articles' indexes in up to ``count`` shares of about equal new text, each in order,
    an article going to the share that already holds most of its paragraphs; the first share
    is given ``first`` times as much new text as each other (this process's share, when it
    has other work beside its reading).

    A paragraph that recurs (wire copy; the 10,005-article benchmark repeats two fifths of
    its text) is then read once, by one process's memo, where contiguous shares had each
    process read it again. Which process reads an article changes nothing it yields."""
    owner: dict[str, int] = {}
    load = [0] * count
    weight = [first, *[1.0] * (count - 1)]
    runs: list[list[int]] = [[] for _ in range(count)]
    for index, article in enumerate(articles):
        texts = [p.text for p in article.paragraphs]
        held = [0] * count
        for text in texts:
            if text in owner:
                held[owner[text]] += len(text)
        best = max(range(count), key=lambda n: (held[n], -load[n] / weight[n]))
        if not held[best]:
            best = min(range(count), key=lambda n: load[n] / weight[n])
        runs[best].append(index)
        for text in texts:
            if text not in owner:
                owner[text] = best
                load[best] += len(text)
        load[best] += 1  # an article costs something even when all its text was read
    return [run for run in runs if run]
