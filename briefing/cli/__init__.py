"""The ``briefing`` command: arguments in, a command or the reader app out.

Two shapes share one entry point. ``briefing [PATH…]`` opens the app; ``briefing COMMAND …``
runs a non-interactive command. A first argument that names a command is the command, so a
folder called ``search`` is opened as ``./search``. Every command lives in a module listed in
``COMMAND_MODULES`` and registers itself (see ``briefing.cli.common`` for the protocol), so the
owners of topics or the timeline add commands without touching this file's logic.

Nothing here imports Textual: the app is imported only when it is about to run, so
``briefing search`` does not pay for it.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import importlib.util
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from briefing import __version__
from briefing.cli.common import CliError, Output, fail, report_internal_error

#: Each command module and the commands it registers. The names are written here, not read
#: from the modules, so that telling a command from a PATH (``briefing list`` vs ``briefing
#: folder``) imports none of them: ``cli.analysis`` pulls in the brief and the topics' word
#: data (wordfreq, simplemma), about 0.5 s before the app's first frame. A test checks that
#: this table and what the modules register agree.
COMMANDS: dict[str, tuple[str, ...]] = {
    "briefing.cli.core": ("list", "show", "search", "index"),
    "briefing.cli.topics": ("topics", "xref"),
    "briefing.cli.analysis": ("timeline", "discrepancies", "export", "bookmarks"),
}
COMMAND_MODULES: tuple[str, ...] = tuple(COMMANDS)

_DESCRIPTION = "Read, search and cross-reference a packet of articles in the terminal."
_EPILOG = """\
With no PATH, opens the bundled example briefing.
Commands (each takes PATH…, --json and --jobs N; `briefing COMMAND --help` for details):
  list          the articles, with their metadata and where it came from
  show ID       one article as text
  search QUERY  full-text search: AND OR NOT, "phrases", title:, source:,
                date:[a TO b], wild*, fuzzy~
  index         bring the index up to date (--rebuild to start over)
  topics        key topics; xref TOPIC: every passage about one
  timeline      dated events; discrepancies: where the sources disagree
  export        a Markdown brief; bookmarks: passages you kept, with notes
"""


def _command_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="briefing",
        description=_DESCRIPTION,
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"briefing {__version__}")
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument("--json", action="store_true", help="print one JSON document")
    parent.add_argument(
        "-j",
        "--jobs",
        type=_jobs,
        metavar="N",
        help="processes for reading the files and building the index "
        "(default: every core, or `jobs` in config.toml)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as error:
            if error.name != name:
                raise
            continue  # a command module not shipped in this build
        module.register(commands, parent)
    return parser


def _jobs(text: str) -> int:
    """``--jobs``: a whole number of processes, at least one."""
    from briefing.config import MAX_JOBS

    try:
        value = int(text)
    except ValueError:
        value = 0
    if not 1 <= value <= MAX_JOBS:
        raise argparse.ArgumentTypeError(f"must be a whole number from 1 to {MAX_JOBS}")
    return value


def _app_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="briefing",
        usage="briefing [options] [PATH ...]\n       briefing COMMAND [options] [PATH ...]",
        description=_DESCRIPTION,
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("paths", nargs="*", type=Path, metavar="PATH", help="files or folders")
    parser.add_argument(
        "--colors",
        choices=("auto", "16", "256", "truecolor"),
        default="auto",
        help="colour depth (default: what the terminal says; NO_COLOR is honoured)",
    )
    parser.add_argument("--no-mouse", action="store_true", help="do not capture the mouse")
    parser.add_argument(
        "--no-animations", action="store_true", help="no animations (default under SSH)"
    )
    parser.add_argument("--version", action="version", version=f"briefing {__version__}")
    return parser


def _command_names() -> set[str]:
    """The commands this build ships, without importing their modules (see ``COMMANDS``)."""
    return {
        name
        for module, names in COMMANDS.items()
        if importlib.util.find_spec(module) is not None
        for name in names
    }


def _use_utf8_output() -> None:
    """Reconfigure stdout/stderr to UTF-8 when the locale is not (LANG=C without coercion)."""
    for stream in (sys.stdout, sys.stderr):
        encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "")
        if encoding != "utf8" and hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="replace")


def _run_app(argv: Sequence[str]) -> int:
    args = _app_parser().parse_args(argv)
    term = os.environ.get("TERM", "")
    if term in ("dumb", "unknown") or not sys.stdout.isatty() or not sys.stdin.isatty():
        why = f"TERM={term}" if term in ("dumb", "unknown") else "not a terminal"
        raise CliError(
            f"the reader needs a full-screen terminal ({why}); use the commands instead: "
            "`briefing list`, `briefing show ID`, `briefing search QUERY` (see `briefing --help`)"
        )
    from briefing import tui  # imported here: the commands never pay for Textual

    under_ssh = bool(os.environ.get("SSH_CONNECTION") or os.environ.get("SSH_TTY"))
    return tui.run(
        list(args.paths),
        colors=args.colors,
        mouse=not args.no_mouse,
        animations=not (args.no_animations or under_ssh),
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the console script; returns the exit status."""
    argv = list(sys.argv[1:] if argv is None else argv)
    _use_utf8_output()
    try:
        first = next((a for a in argv if not a.startswith("-")), None)
        if first is not None and first in _command_names():
            args = _command_parser().parse_args(argv)
            return int(args.handler(args, Output(json_mode=getattr(args, "json", False))))
        if argv and argv[0] in ("-h", "--help"):
            _app_parser().print_help()
            return 0
        return _run_app(argv)
    except CliError as error:
        return fail(str(error))
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader of our output went away (`briefing list | head`): not an error.
        with contextlib.suppress(OSError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as error:  # never a traceback on the user's screen
        return report_internal_error(error)
