"""What every command shares: opening the briefing, printing safely, failing clearly.

Output rules, for every command:

* ``--json`` prints exactly one JSON document to stdout and nothing else there.
* Text from articles is untrusted: it passes through ``sanitize`` (no escape sequences, no
  control characters) and is printed as ``rich.text.Text`` — never parsed as markup.
* On a terminal, Rich styles; when piped, plain lines with no wrapping and no colour.
* Failures are one line on stderr (``briefing: error: …``), exit status 2; "nothing matched"
  is exit status 1. A traceback goes to a log file in the cache folder, never to the screen.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from rich.console import Console
from rich.text import Text

from briefing import errorlog
from briefing.display import sanitize
from briefing.model import Article, Skipped


class CliError(Exception):
    """A failure the user can act on; ``str(error)`` is the whole message."""


def fail(message: str) -> int:
    """Print one clean error line and return the failure status."""
    sys.stderr.write(f"briefing: error: {sanitize(message)}\n")
    return 2


def note(message: str) -> None:
    """Print one line of warning on stderr, beside (not inside) the command's output."""
    sys.stderr.write(f"briefing: note: {sanitize(message)}\n")


def report_internal_error(error: BaseException) -> int:
    """Log the traceback to the last-error log and tell the user one line about it."""
    log = errorlog.record(error, "a command failed")
    where = f" (details in {log})" if log else ""
    return fail(f"unexpected {type(error).__name__}: {error}{where}")


def open_briefing(args: argparse.Namespace, *, sync: bool = True) -> Any:
    """Open the briefing named by ``args.paths`` (the seeds when empty), or raise CliError."""
    from briefing.briefing import Briefing, BriefingError

    jobs = getattr(args, "jobs", None)
    if jobs is None:  # config.toml's ``jobs``, else every core
        from briefing.config import load_config

        jobs = load_config().jobs
    try:
        return Briefing.open(getattr(args, "paths", None) or None, sync=sync, jobs=jobs)
    except BriefingError as error:
        raise CliError(str(error)) from error


@dataclass
class Output:
    """Where a command writes: JSON, styled text on a terminal, or plain text in a pipe."""

    json_mode: bool = False
    stream: Any = field(default_factory=lambda: sys.stdout)

    def __post_init__(self) -> None:
        self.console = Console(
            file=self.stream, highlight=False, markup=False, emoji=False, soft_wrap=False
        )
        self.styled = self.console.is_terminal

    def json(self, document: Any) -> None:
        """Print one JSON document (UTF-8, not ASCII-escaped, control characters removed)."""
        self.stream.write(json.dumps(document, ensure_ascii=False, indent=2, default=str) + "\n")

    def line(self, text: str = "", style: str | None = None) -> None:
        """Print one line of (possibly untrusted) text, literally."""
        self.spans([(text, style)])

    def spans(self, parts: Iterable[tuple[str, str | None]]) -> None:
        """Print one line made of (text, style) parts; styles only apply on a terminal."""
        if not self.styled:
            self.stream.write("".join(sanitize(t) for t, _ in parts) + "\n")
            return
        line = Text()
        for text, style in parts:
            line.append(sanitize(text), style=style or "")
        self.console.print(line, soft_wrap=True)


def iso(day: dt.date | None, precision: str = "day") -> str | None:
    """ISO ``YYYY-MM-DD``, ``YYYY-MM`` when the text states only a month, or None."""
    if not day:
        return None
    if precision == "year":
        return day.isoformat()[:4]
    return day.isoformat()[:7] if precision == "month" else day.isoformat()


def article_summary(article: Article) -> dict[str, Any]:
    """The JSON shape of an article in listings."""
    return {
        "id": article.id,
        "title": article.title,
        "source": article.source,
        "date": iso(article.date, article.date_precision),
        "provenance": dict(article.provenance),
        "language": article.language,
        "languages": list(article.languages),
        "author": article.author,
        "url": article.url,
        "format": article.format,
        "path": str(article.path),
        "paragraphs": len(article.paragraphs),
        "notices": list(article.notices),
    }


def skipped_summary(item: Skipped) -> dict[str, str]:
    """The JSON shape of a skipped file."""
    return {"path": item.path, "reason": item.reason}
