"""The analysis commands: ``timeline``, ``discrepancies``, ``export`` and ``bookmarks``.

They read the articles only (no index sync is needed), run the pure functions of
``briefing.analysis`` and print the result: styled on a terminal, plain in a pipe, one JSON
document with ``--json``. Exit status 0 when something was found, 1 when nothing was, 2 on
failure — the same contract as the core commands.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import re
from pathlib import Path
from typing import Any

from briefing.analysis.model import Discrepancy, TimelineEntry
from briefing.briefing import Briefing
from briefing.cli.common import CliError, Output, open_briefing
from briefing.display import name
from briefing.model import Article, Topic
from briefing.notes import Bookmark, BookmarkError, BookmarkStore

#: Topics in the brief when none are named: enough for the main actors and places.
DEFAULT_TOPICS = 5


def register(commands: Any, parent: argparse.ArgumentParser) -> None:
    """Add timeline, discrepancies, export and bookmarks to the command parser."""
    paths = argparse.ArgumentParser(add_help=False)
    paths.add_argument("paths", nargs="*", metavar="PATH", help="files or folders (default: seeds)")

    p = commands.add_parser(
        "timeline", parents=[parent, paths], help="dated events: what each source says happened"
    )
    p.set_defaults(handler=_timeline)

    p = commands.add_parser(
        "discrepancies", parents=[parent, paths], help="where the sources disagree, with quotes"
    )
    p.set_defaults(handler=_discrepancies)

    p = commands.add_parser("export", parents=[parent, paths], help="write a Markdown brief")
    p.add_argument("-o", "--output", type=Path, metavar="FILE", help="write here (default: stdout)")
    p.add_argument(
        "--topic",
        action="append",
        default=[],
        metavar="NAME",
        help=f"a topic to include (repeatable; default: the top {DEFAULT_TOPICS})",
    )
    p.add_argument(
        "--title", help="the brief's heading (default: the story's main event, or its top topics)"
    )
    p.set_defaults(handler=_export)

    p = commands.add_parser(
        "bookmarks", parents=[parent, paths], help="list, add or remove bookmarks and notes"
    )
    p.add_argument(
        "--add",
        metavar="ID:PARAGRAPH[:START:END]",
        help="bookmark a paragraph (numbered from 0, as in show --json), or characters of it",
    )
    p.add_argument("--note", metavar="TEXT", help="the note for --add, or for --set-note")
    p.add_argument("--set-note", metavar="BOOKMARK", help="replace a bookmark's note with --note")
    p.add_argument("--remove", metavar="BOOKMARK", help="delete a bookmark")
    p.set_defaults(handler=_bookmarks)


# ------------------------------------------------------------------ timeline


def _timeline(args: argparse.Namespace, out: Output) -> int:
    with open_briefing(args, sync=False) as briefing:
        entries = briefing.timeline()
        calendar = briefing.calendar()
    if out.json_mode:
        out.json(calendar.to_json())
        return 0 if entries else 1
    if not entries:
        out.line("no dated statements found", "dim")
        return 1
    from briefing.export import long_date  # here: the brief pulls in the topics (~0.9 s)

    for day, items in calendar.days.items():
        out.line()
        out.line(long_date(day), "bold underline")
        for article_id, statements in Briefing.statements_by_source(items).items():
            first = statements[0]
            out.spans(
                [
                    (f"  {name(first.source, 'unknown outlet')}", "green"),
                    (f"  {name(article_id)}", "dim"),
                ]
            )
            for entry in statements:
                _statement(out, entry)
    if calendar.background:
        out.line()
        out.line("Earlier and later", "bold underline")
        for entry in calendar.background:
            assert entry.date is not None
            out.spans(
                [
                    (f"  {entry.period}  ", "bold"),
                    (name(entry.source or entry.article_id), "green"),
                ]
            )
            _statement(out, entry)
    if calendar.day_and_month:
        out.line()
        out.line("Day and month only (the article gives no year)", "bold underline")
        for (month, day), items in calendar.day_and_month.items():
            for article_id, statements in Briefing.statements_by_source(items).items():
                first = statements[0]
                until = f"–{first.day_until}" if first.day_until else ""
                out.spans(
                    [
                        (f"  {day}{until} {dt.date(2000, month, 1):%B}  ", "bold"),
                        (name(first.source, "unknown outlet"), "green"),
                        (f"  {name(article_id)}", "dim"),
                    ]
                )
                for entry in statements:
                    _statement(out, entry, reason=False)
    if calendar.no_day:
        out.line()
        out.line("Not dated", "bold underline")
        for article_id, statements in Briefing.statements_by_source(calendar.no_day).items():
            out.spans(
                [
                    (f"  {name(statements[0].source, 'unknown outlet')}", "green"),
                    (f"  {name(article_id)}", "dim"),
                ]
            )
            for entry in statements:
                _statement(out, entry)
    return 0


def _statement(out: Output, entry: TimelineEntry, *, reason: bool = True) -> None:
    parts: list[tuple[str, str | None]] = [("    ", None)]
    start = entry.phrase_span.start - entry.sentence_span.start
    end = entry.phrase_span.end - entry.sentence_span.start
    parts += [
        (entry.sentence[:start], None),
        (entry.sentence[start:end], "bold yellow"),
        (entry.sentence[end:], None),
    ]
    if reason and entry.resolution not in ("stated", "year-inferred"):
        parts.append((f"  ({entry.how})", "dim"))
    out.spans(parts)


# ------------------------------------------------------------------ discrepancies


def _discrepancies(args: argparse.Namespace, out: Output) -> int:
    with open_briefing(args, sync=False) as briefing:
        found = briefing.discrepancies()
    if out.json_mode:
        out.json({"discrepancies": [d.to_json() for d in found]})
        return 0 if found else 1
    if not found:
        out.line("no discrepancies found between the sources", "dim")
        return 1
    for number, item in enumerate(found, 1):
        _print_discrepancy(out, number, item)
    return 0


def _print_discrepancy(out: Output, number: int, item: Discrepancy) -> None:
    out.line()
    out.spans([(f"{number}. {item.kind}: ", "bold"), (name(item.subject), "bold")])
    if item.note:
        out.line(f"   {item.note}", "dim")
    for claim in item.claims:
        out.spans([("   ", None), (name(claim.value), "bold yellow")])
        for quote in claim.quotes:
            out.spans(
                [
                    (f"     {name(quote.source, 'unknown outlet')}", "green"),
                    (f"  {name(quote.article_id)}", "dim"),
                ]
            )
            out.line(f"       “{quote.text}”")


# ------------------------------------------------------------------ export


def _export(args: argparse.Namespace, out: Output) -> int:
    # Imported here, not at the top: the brief pulls in the topics and their word data
    # (~0.9 s), which every command would pay while the parser registers this module.
    from briefing.export import compose_brief, write_brief

    output: Path | None = args.output
    with open_briefing(args, sync=False) as briefing:
        articles = briefing.articles
        if not articles:
            raise CliError("no articles to export")
        if output is not None:
            _check_output(output, [a.path for a in articles])
        topics = _chosen_topics(briefing.topics(), args.topic)
        text = compose_brief(
            briefing,
            _bookmarks_of(briefing, out).all(),
            dt.date.today(),
            # Named topics are shown as asked; else the top ones with something to quote.
            topics=topics if args.topic else None,
            title=args.title,
        )
    if output is None:
        if out.json_mode:
            out.json({"output": None, "topics": [t.name for t in topics], "markdown": text})
        else:
            out.stream.write(text)
        return 0
    try:
        write_brief(output, text)
    except OSError as error:
        raise CliError(f"cannot write {output}: {error.strerror or error}") from error
    if out.json_mode:
        out.json({"output": str(output), "topics": [t.name for t in topics]})
    else:
        out.line(f"wrote the brief to {output}")
    return 0


def _chosen_topics(topics: tuple[Topic, ...], names: list[str]) -> list[Topic]:
    if not names:
        return list(topics[:DEFAULT_TOPICS])
    chosen = []
    for asked in names:
        wanted = asked.casefold().strip()
        match = next(
            (
                t
                for t in topics
                if wanted in (t.id.casefold(), t.name.casefold())
                or wanted in (a.casefold() for a in t.aliases)
            ),
            None,
        )
        if match is None:
            match = next((t for t in topics if wanted and wanted in t.name.casefold()), None)
        if match is None:
            known = ", ".join(t.name for t in topics[:8])
            raise CliError(f"no topic called {asked!r}; the top topics are: {known}")
        if match not in chosen:
            chosen.append(match)
    return chosen


def _check_output(output: Path, sources: list[Path]) -> None:
    if output.is_dir():
        raise CliError(f"{output} is a folder; give a file name, e.g. {output / 'brief.md'}")
    if not output.parent.is_dir():
        raise CliError(f"cannot write {output}: folder {output.parent} does not exist")
    target = output.resolve()
    if any(target == Path(p).resolve() for p in sources):
        raise CliError(f"{output} is one of the briefing's own files; choose another name")


# ------------------------------------------------------------------ bookmarks


def _bookmarks_of(briefing: Briefing, out: Output) -> BookmarkStore:
    """The briefing's bookmarks; a file that could not be read is reported, not fatal."""
    store = briefing.bookmarks()
    if not out.json_mode:
        for notice in store.notices:
            out.line(f"note: {notice}", "yellow")
    return store


def _bookmarks(args: argparse.Namespace, out: Output) -> int:
    with open_briefing(args, sync=False) as briefing:
        store = _bookmarks_of(briefing, out)
        try:
            changed = _change_bookmarks(args, store, briefing.articles)
        except BookmarkError as error:
            raise CliError(str(error)) from error
        kept = store.all()
        by_id = {a.id: a for a in briefing.articles}
    if out.json_mode:
        out.json(
            {
                "changed": changed,
                "notices": list(store.notices),
                "bookmarks": [_bookmark_document(b) for b in kept],
            }
        )
        return 0 if kept or changed else 1
    if changed:
        out.line(changed)
    if not kept:
        out.line("no bookmarks yet (add one with --add ID:PARAGRAPH)", "dim")
        return 0 if changed else 1
    for bookmark in kept:
        article = by_id.get(bookmark.article_id)
        outlet = name(article.source if article else None, "unknown outlet")
        out.spans(
            [
                (f"{name(bookmark.id)}  ", "bold cyan"),
                (outlet, "green"),
                (f"  {name(bookmark.article_id)} ¶{bookmark.paragraph}", "dim"),
            ]
        )
        out.line(f"  “{bookmark.quote}”")
        if bookmark.note:
            for line in bookmark.note.splitlines():
                out.line(f"  {line}", "italic")
    return 0


def _change_bookmarks(
    args: argparse.Namespace, store: BookmarkStore, articles: tuple[Article, ...]
) -> str | None:
    if args.add:
        article, paragraph, start, end = _passage(args.add, articles)
        quote = article.paragraphs[paragraph].text[start:end]
        added = store.add(article.id, paragraph, start, end, quote, note=args.note or "")
        return f"bookmarked {added.id}"
    if args.set_note:
        if args.note is None:
            raise CliError("--set-note needs --note TEXT (use --note '' to clear it)")
        try:
            store.set_note(args.set_note, args.note)
        except KeyError:
            raise CliError(f"no bookmark {args.set_note!r}; see `briefing bookmarks`") from None
        return f"updated the note of {args.set_note}"
    if args.remove:
        try:
            store.remove(args.remove)
        except KeyError:
            raise CliError(f"no bookmark {args.remove!r}; see `briefing bookmarks`") from None
        return f"removed {args.remove}"
    if args.note is not None:
        raise CliError("--note goes with --add or --set-note")
    return None


_CHARACTERS = re.compile(r"(?P<id>.+?):(?P<paragraph>\d+):(?P<start>\d+):(?P<end>\d+)")
_PARAGRAPH = re.compile(r"(?P<id>.+):(?P<paragraph>\d+)")


def _passage(spec: str, articles: tuple[Article, ...]) -> tuple[Article, int, int, int]:
    """ID:PARAGRAPH (the whole paragraph) or ID:PARAGRAPH:START:END, checked against the text."""
    match = _CHARACTERS.fullmatch(spec) or _PARAGRAPH.fullmatch(spec)
    if match is None:
        raise CliError(f"--add wants ID:PARAGRAPH or ID:PARAGRAPH:START:END, not {spec!r}")
    article_id, paragraph = match["id"], int(match["paragraph"])
    article = next((a for a in articles if a.id == article_id), None)
    if article is None:
        raise CliError(f"no article with id {article_id!r}; see `briefing list`")
    count = len(article.paragraphs)
    if paragraph >= count:
        raise CliError(f"{article_id} has {count} paragraphs, numbered 0 to {count - 1}")
    size = len(article.paragraphs[paragraph].text)
    groups = match.groupdict()
    start, end = (int(groups["start"]), int(groups["end"])) if "start" in groups else (0, size)
    if not 0 <= start < end <= size:
        raise CliError(f"paragraph {paragraph} has {size} characters; {start}–{end} is outside")
    return article, paragraph, start, end


def _bookmark_document(bookmark: Bookmark) -> dict[str, Any]:
    return dataclasses.asdict(bookmark)
