"""Articles made from plain strings, for the search tests.

The corpus reader is written in parallel, so these tests build ``Article`` objects directly:
one paragraph per non-empty line (the seeds are one paragraph per line), a content hash of
the text, and whatever metadata a test wants to state.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable, Iterable, Iterator, Mapping
from functools import lru_cache
from pathlib import Path

from briefing.model import Article, Paragraph, ParagraphKind
from briefing.search import SearchIndex

SEEDS = Path(__file__).resolve().parents[2] / "seeds"

#: Metadata the seed files state in their text (a source line, a dateline), given by hand.
SEED_META: dict[str, tuple[str | None, dt.date | None]] = {
    "000_2bab433a94e7ad16": ("Asia-Plus", dt.date(2025, 10, 10)),
    "001_6a129be56a234a41": ("Anadolu Agency", dt.date(2025, 10, 9)),
    "002_e81cd82c38aae81a": ("Caspian Post", dt.date(2025, 10, 8)),
    "003_5584dc1f58897884": ("AP", dt.date(2025, 10, 8)),
    "004_4ac3e4d5c5489f6e": ("Zamin.uz", None),
}


def make_article(
    article_id: str,
    text: str,
    *,
    title: str | None = None,
    source: str | None = None,
    date: dt.date | None = None,
    language: str = "en",
    kinds: dict[int, ParagraphKind] | None = None,
    mtime_ns: int = 1,
) -> Article:
    """An article whose paragraphs are the non-empty lines of ``text``.

    ``kinds`` marks paragraphs by index (``{2: "caption"}``) to test furniture ranking.
    """
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    kinds = kinds or {}
    raw = text.encode("utf-8", "surrogatepass")
    return Article(
        id=article_id,
        path=Path("/briefing") / f"{article_id}.txt",
        title=title,
        source=source,
        date=date,
        paragraphs=tuple(Paragraph(line, kinds.get(i, "body")) for i, line in enumerate(lines)),
        language=language,
        size=len(raw),
        mtime_ns=mtime_ns,
        content_hash=hashlib.sha256(raw).hexdigest(),
    )


def seed_articles() -> list[Article]:
    """The five bundled seeds as articles (title: the first line)."""
    articles = []
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        first = next(line.strip() for line in text.splitlines() if line.strip())
        source, date = SEED_META.get(path.stem, (None, None))
        articles.append(make_article(path.stem, text, title=first, source=source, date=date))
    return articles


def generated_articles(count: int, *, seed: int = 0) -> list[Article]:
    """``count`` articles of 2–8 KB of real English prose cut from /usr/share/common-licenses
    and /usr/share/doc (never lorem ipsum, so the lexicon looks like real text)."""
    import random

    pool = _prose_pool()
    rng = random.Random(seed)
    articles = []
    for n in range(count):
        size = rng.randint(2048, 8192)
        start = rng.randrange(0, max(1, len(pool) - size))
        chunk = pool[start : start + size]
        text = "\n".join(chunk[i : i + 400] for i in range(0, len(chunk), 400))
        articles.append(
            make_article(
                f"gen/{n:05d}",
                text,
                title=chunk[:60].strip(),
                source=rng.choice(["Reuters", "AP", "Anadolu", None]),
                date=dt.date(2025, 1, 1) + dt.timedelta(days=rng.randrange(300)),
            )
        )
    return articles


@lru_cache(maxsize=1)
def _prose_pool() -> str:
    roots = [Path("/usr/share/common-licenses"), Path("/usr/share/doc")]
    parts: list[str] = []
    total = 0
    for root in roots:
        for path in sorted(root.rglob("*")):
            if total > 3_000_000:
                break
            if path.is_file() and not path.suffix and path.stat().st_size > 2000:
                try:
                    text = path.read_text(encoding="utf-8")
                except (UnicodeDecodeError, OSError):
                    continue
                text = " ".join(text.split())
                parts.append(text)
                total += len(text)
    pool = " ".join(parts)
    if len(pool) < 20_000:
        raise RuntimeError("not enough prose under /usr/share to generate articles")
    return pool


def synced(folder: Path, articles: list[Article]) -> Iterator[SearchIndex]:
    """An index in ``folder`` holding ``articles``, closed when the caller is done: the body
    of a module fixture (``yield from synced(tmp_path_factory.mktemp(...), ARTICLES)``)."""
    opened = SearchIndex.open(folder / "search")
    opened.sync(articles)
    yield opened
    opened.close()


def synced_by_language(
    mktemp: Callable[[str], Path], briefings: Mapping[str, list[Article]], prefix: str
) -> Iterator[dict[str, SearchIndex]]:
    """One index per language of ``briefings`` (one language per briefing, as a reader's
    packet of one tongue), each in its own ``mktemp(f"{prefix}-{language}")`` folder, all
    closed when the caller is done: the body of a module fixture
    (``yield from synced_by_language(tmp_path_factory.mktemp, BRIEFINGS, "name")``)."""
    made = {
        language: synced(mktemp(f"{prefix}-{language}"), articles)
        for language, articles in briefings.items()
    }
    yield {language: next(index) for language, index in made.items()}
    for index in made.values():
        next(index, None)


def hit_ids(index: SearchIndex, query: str, by_id: Mapping[str, Article]) -> set[str]:
    """The ids of the articles a query finds; fails on a query error."""
    result = index.search(query, by_id)
    assert result.error is None, result.error
    return {hit.article_id for hit in result.hits}


def highlighted(
    index: SearchIndex, query: str, by_id: Mapping[str, Article]
) -> dict[str, list[str]]:
    """Each hit's id and the text its highlight spans cover: what a reader would see marked."""
    result = index.search(query, by_id)
    return {
        h.article_id: [
            by_id[h.article_id].paragraphs[s.paragraph].text[s.start : s.end] for s in h.spans
        ]
        for h in result.hits
    }


def prefixed(*words: str) -> Callable[[str], Iterable[str]]:
    """A stand-in for the index's vocabulary: the given words that start with a prefix (the
    lookup the query-side expansions take)."""

    def lookup(prefix: str) -> Iterable[str]:
        return [w for w in words if w.startswith(prefix)]

    return lookup
