"""Which articles the source list shows, and in what order — pure functions, no Textual.

Kept apart from the widget so sorting and filtering are tested on plain data, and so the
widget only renders what this returns.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Sequence

from briefing.model import Article
from briefing.tui.text import NO_SOURCE, article_date

SORT_KEYS = ("date", "outlet", "title")


def next_sort(current: str) -> str:
    """The sort key after ``current`` (the sort key cycles)."""
    index = SORT_KEYS.index(current) if current in SORT_KEYS else -1
    return SORT_KEYS[(index + 1) % len(SORT_KEYS)]


def _casefold(value: str | None) -> str:
    return (value or "").casefold()


def sort_articles(articles: Sequence[Article], key: str) -> list[Article]:
    """Newest first by date, else alphabetical; missing values always sort last."""
    if key == "date":
        dated = sorted(
            (a for a in articles if a.date is not None),
            key=lambda a: (a.date or dt.date.min, a.id),
            reverse=True,
        )
        return dated + sorted((a for a in articles if a.date is None), key=lambda a: a.id)
    if key == "outlet":
        return sorted(articles, key=lambda a: (a.source is None, _casefold(a.source), a.id))
    return sorted(articles, key=lambda a: (a.title is None, _casefold(a.title), a.id))


def filter_articles(
    articles: Sequence[Article],
    needle: str = "",
    only: Collection[str] | None = None,
) -> list[Article]:
    """Articles whose row, as the list shows it, contains ``needle``; ``only`` restricts to ids.

    The row shows the outlet (or, in the fallback style, the file's name: "unknown outlet" is
    still found, as the reader's header says it), the date as stated ("undated", "Dec 2024")
    and the language code, so each of them filters: a needle that is exactly a language code of
    one of the articles (``ru``, ``de``) keeps the articles in that language — and only those,
    since two letters would otherwise also match inside titles ("Truppen", "de la"). Otherwise
    it is found in the outlet, title, date (as shown and in ISO form) or id.
    """
    needle = needle.casefold().strip()
    codes = {article.language.casefold() for article in articles if article.language}
    by_language = bool(needle) and needle in codes
    result = []
    for article in articles:
        if only is not None and article.id not in only:
            continue
        if by_language:
            if (article.language or "").casefold() != needle:
                continue
        elif needle and needle not in _row_text(article):
            continue
        result.append(article)
    return result


def _row_text(article: Article) -> str:
    """What a needle is looked for in: the row's words, the ISO date and the file's id."""
    return " ".join(
        (
            _casefold(article.source) or NO_SOURCE,
            _casefold(article.title),
            article_date(article).casefold(),
            article.date.isoformat() if article.date else "",
            article.id.casefold(),
        )
    )


def next_unread(order: Sequence[str], read: Collection[str], current: str | None) -> str | None:
    """The first unread id after ``current`` in ``order``, wrapping around; None if all are read."""
    if not order:
        return None
    start = order.index(current) + 1 if current in order else 0
    for offset in range(len(order)):
        candidate = order[(start + offset) % len(order)]
        if candidate not in read and candidate != current:
            return candidate
    return None
