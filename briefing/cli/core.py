"""The core commands: ``list``, ``show``, ``search`` and ``index``.

They are the non-interactive contract other tools and the tests build on, so their JSON
shapes are stable: see ``article_summary`` and the ``search`` document below.
"""

from __future__ import annotations

import argparse
import difflib
from typing import Any

from briefing.cli.common import (
    CliError,
    Output,
    article_summary,
    fail,
    iso,
    note,
    open_briefing,
    skipped_summary,
)
from briefing.display import name, title
from briefing.model import Article, Hit, SearchResult

_PROVENANCE_MARK = {"front-matter": "", "heuristic": "", "fallback": " (guessed)", "unknown": ""}


def register(commands: Any, parent: argparse.ArgumentParser) -> None:
    """Add list, show, search and index to the command parser."""
    paths = argparse.ArgumentParser(add_help=False)
    paths.add_argument("paths", nargs="*", metavar="PATH", help="files or folders (default: seeds)")

    p = commands.add_parser("list", parents=[parent, paths], help="the articles and their metadata")
    p.set_defaults(handler=_list)

    p = commands.add_parser("show", parents=[parent], help="print one article")
    p.add_argument("id", metavar="ID", help="article id, as `briefing list` shows it")
    p.add_argument("paths", nargs="*", metavar="PATH", help="files or folders (default: seeds)")
    p.set_defaults(handler=_show)

    p = commands.add_parser("search", parents=[parent], help="full-text search")
    p.add_argument("query", metavar="QUERY", help='e.g. migration, "state visit", title:putin')
    p.add_argument("paths", nargs="*", metavar="PATH", help="files or folders (default: seeds)")
    p.add_argument("-n", "--limit", type=int, default=10, help="how many hits (default 10)")
    p.set_defaults(handler=_search)

    p = commands.add_parser("index", parents=[parent, paths], help="bring the index up to date")
    p.add_argument("--rebuild", action="store_true", help="discard the index and build it anew")
    p.set_defaults(handler=_index)


def _notices(out: Output, briefing: Any) -> None:
    for notice in briefing.notices:
        out.line(f"note: {notice}", "yellow")


def _list(args: argparse.Namespace, out: Output) -> int:
    with open_briefing(args, sync=False) as briefing:
        if out.json_mode:
            out.json(
                {
                    "articles": [article_summary(a) for a in briefing.articles],
                    "skipped": [skipped_summary(s) for s in briefing.skipped],
                    "notices": list(briefing.notices),
                }
            )
            return 0 if briefing.articles else 1
        _notices(out, briefing)
        for article in briefing.articles:
            out.spans(
                [
                    (f"{name(article.id)}  ", "bold cyan"),
                    (f"{iso(article.date, article.date_precision) or '—':<10}  ", None),
                    (f"{'+'.join(article.languages):<3}  ", "magenta"),
                    (f"{name(article.source)}  ", "green"),
                    (_title(article), "bold"),
                ]
            )
        for item in briefing.skipped:
            out.line(f"skipped {name(item.path)}: {item.reason}", "dim")
        return 0 if briefing.articles else 1


def _title(article: Article) -> str:
    mark = _PROVENANCE_MARK.get(article.provenance.get("title", "unknown"), "")
    return f"{title(article.title)}{mark}"


def _show(args: argparse.Namespace, out: Output) -> int:
    with open_briefing(args, sync=False) as briefing:
        try:
            article = briefing.article(args.id)
        except KeyError:
            ids = [a.id for a in briefing.articles]
            close = difflib.get_close_matches(args.id, ids, n=3, cutoff=0.4)
            hint = f"; did you mean {', '.join(close)}?" if close else "; see `briefing list`"
            fail(f"no article with id {args.id!r}{hint}")
            return 1
        if out.json_mode:
            document = article_summary(article)
            document["paragraphs"] = [{"kind": p.kind, "text": p.text} for p in article.paragraphs]
            out.json(document)
            return 0
        out.line(_title(article), "bold")
        meta = [
            f"{field}: {value} [{article.provenance.get(field, 'unknown')}]"
            for field, value in (
                ("source", name(article.source, "unknown")),
                ("date", iso(article.date, article.date_precision) or "unknown"),
            )
        ]
        out.line(f"{name(article.id)} · " + " · ".join(meta), "dim")
        for notice in article.notices:
            out.line(f"note: {notice}", "yellow")
        for paragraph in article.paragraphs:
            out.line()
            out.line(paragraph.text, "dim" if paragraph.foldable else None)
        return 0


def _search(args: argparse.Namespace, out: Output) -> int:
    if args.limit < 1:
        raise CliError("--limit must be at least 1")
    with open_briefing(args) as briefing:
        result: SearchResult = briefing.search(args.query, limit=args.limit)
        stale = briefing.index_problem
        if out.json_mode:
            document = _search_document(result)
            document["index_out_of_date"] = stale
            out.json(document)
        else:
            if stale and not result.error:
                note(f"the search index is out of date ({stale}); results may miss changes")
            _print_search(out, result)
        if result.error:
            return 2
        return 0 if result.total else 1


def _search_document(result: SearchResult) -> dict[str, Any]:
    return {
        "query": result.query,
        "total": result.total,
        "suggestion": result.suggestion,
        "error": result.error,
        "hits": [_hit_document(hit) for hit in result.hits],
    }


def _hit_document(hit: Hit) -> dict[str, Any]:
    return {
        "id": hit.article_id,
        "title": hit.title,
        "source": hit.source,
        "date": iso(hit.date, hit.date_precision),
        "score": round(hit.score, 4),
        "matches": len(hit.spans),
        "snippets": [s.text for s in hit.snippets],
    }


def _print_search(out: Output, result: SearchResult) -> None:
    if result.error:
        out.line(f"query problem: {result.error}", "red")
    if result.suggestion:
        out.line(f"did you mean: {result.suggestion}", "yellow")
    sources = len({hit.source for hit in result.hits})
    out.line(f"{result.total} hit(s) in {sources} source(s) for {name(result.query)}", "dim")
    for hit in result.hits:
        out.line()
        out.spans(
            [
                (f"{name(hit.article_id)}  ", "bold cyan"),
                (f"{name(hit.source)}  ", "green"),
                (f"{iso(hit.date, hit.date_precision) or '—'}  ", None),
                (title(hit.title), "bold"),
            ]
        )
        for snippet in hit.snippets:
            parts: list[tuple[str, str | None]] = [("  … ", "dim")]
            cursor = 0
            for start, end in snippet.highlights:
                parts.append((snippet.text[cursor:start], None))
                parts.append((snippet.text[start:end], "bold reverse"))
                cursor = end
            parts.append((snippet.text[cursor:] + " …", None))
            out.spans(parts)


def _index(args: argparse.Namespace, out: Output) -> int:
    with open_briefing(args, sync=False) as briefing:
        report = briefing.rebuild() if args.rebuild else briefing.sync()
        if out.json_mode:
            out.json(
                {
                    "articles": len(briefing.articles),
                    "indexed": report.indexed,
                    "added": list(report.added),
                    "changed": list(report.changed),
                    "removed": list(report.removed),
                    "unchanged": report.unchanged,
                    "rebuilt": report.rebuilt,
                    "reason": report.reason,
                    "seconds": round(report.seconds, 3),
                    "skipped": [skipped_summary(s) for s in briefing.skipped],
                    "index": str(briefing.cache_dir / "index"),
                    "error": report.error,
                    "notices": [n for n in briefing.notices if n != report.error],
                }
            )
            return 2 if report.error else 0
        if report.error:
            for notice in briefing.notices:
                if notice != report.error:
                    note(notice)
            return fail(report.error)
        _notices(out, briefing)
        out.line(
            f"{len(briefing.articles)} articles: {len(report.added)} added, "
            f"{len(report.changed)} changed, {len(report.removed)} removed, "
            f"{report.unchanged} unchanged"
            + (" (rebuilt)" if report.rebuilt else "")
            + f" in {report.seconds:.2f} s"
        )
        out.line(f"index: {briefing.cache_dir / 'index'}", "dim")
        for item in briefing.skipped:
            out.line(f"skipped {name(item.path)}: {item.reason}", "dim")
        return 0
