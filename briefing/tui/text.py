"""Untrusted article data into styled ``rich.text.Text`` — the only way text reaches the screen.

Every title, snippet, file name and paragraph comes from strangers' files. It is passed through
``sanitize`` (control characters and escape sequences removed) and then placed in a ``Text``
with ``Text(str)`` / ``append(str, style)`` / ``stylize(style, start, end)`` only, so square
brackets, ``[@click=…]`` and the like are shown literally and never interpreted as markup.
Highlights are applied from offsets (spans), never by inserting markup.

Plain rich, no Textual: these functions are unit-tested without a terminal.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Sequence

from rich._wrap import divide_line
from rich.cells import cell_len
from rich.console import Console, Group, RenderableType
from rich.table import Table
from rich.text import Text

from briefing.display import sanitize
from briefing.model import Article, Passage, Snippet, Topic

NO_VALUE = "—"
#: Where a header value came from, as a one-character marker (none: the article states it).
PROVENANCE = {"heuristic": "~", "fallback": "?", "unknown": "?"}
#: What an article that does not state its outlet or date shows: words, not a dash, so a
#: reader never takes a missing value for a glitch (and nothing is invented).
NO_SOURCE = "unknown outlet"
NO_DATE = "undated"
HIT_STYLE = "bold reverse"
CURRENT_STYLE = "bold underline reverse"
MENTION_STYLE = "underline bold"
FALLBACK_STYLE = "italic dim"
DIM = "dim"

#: Events first: the packet's main event heads the topics (``Briefing.topics()``).
KIND_LABELS = {
    "event": "Events",
    "person": "People",
    "place": "Places",
    "organisation": "Organisations",
    "treaty": "Treaties",
    "theme": "Themes",
}
KIND_ORDER = tuple(KIND_LABELS)


def clean(value: object) -> str:
    """Sanitised single-line text for labels (newlines become spaces)."""
    text = sanitize(str(value))
    return " ".join(text.split())


def format_date(date: dt.date | None, precision: str = "day") -> str:
    """ISO date, ``Dec 2024`` when the text states only a month (``2019``: a year), or
    "undated"."""
    if date is None:
        return NO_DATE
    if precision == "year":
        return f"{date:%Y}"
    return f"{date:%b %Y}" if precision == "month" else date.isoformat()


def article_date(article: Article) -> str:
    """The article's date as its text states it (see :func:`format_date`)."""
    return format_date(article.date, article.date_precision)


def title_text(article: Article) -> Text:
    """The title, marked dim/italic when it was guessed (fallback) rather than stated."""
    provenance = article.provenance.get("title", "unknown")
    if not article.title:
        return Text(f"(untitled) {clean(article.id)}", style=FALLBACK_STYLE)
    style = FALLBACK_STYLE if provenance in ("fallback", "unknown") else ""
    return Text(clean(article.title), style=style)


def outlet(name: str | None) -> str:
    """An outlet's name for a label, or "unknown outlet"."""
    return clean(name) if name else NO_SOURCE


#: A run of three letters or digits or more with a letter that is not a hexadecimal digit: a
#: word or a site's short name ("newsweekjapan", "m24", "oe24"), not a hash ("2bab433a94e7ad16").
_WORDISH = re.compile(r"[^\W_]*[^\W\d_a-fA-F][^\W_]*")


def is_a_name(file_id: str) -> bool:
    """The file's name has a word in it ("16_newsweekjapan", "tass-putin", "10_m24"), not only
    digits and hexadecimal ("000_2bab433a94e7ad16", "12345") or one letter ("x")."""
    return any(len(m.group()) >= 3 for m in _WORDISH.finditer(file_id))


def outlet_or_file(source: str | None, article_id: str) -> str:
    """The outlet, else the file's name when it has a word in it, else "unknown outlet".

    Most real pages name no outlet: rows, hits and cross-reference groups that all said
    "unknown outlet" told the articles apart by nothing, while the file name is the label the
    user gave the article. Shown in the fallback style by the caller."""
    if source:
        return clean(source)
    return clean(article_id) if is_a_name(article_id) else NO_SOURCE


def source_label(article: Article) -> str:
    """The article's outlet, or "unknown outlet"."""
    return outlet(article.source)


#: How many lines an entry takes at a width, worked out from its text; None: render to know.
LineCount = Callable[[Console, int], "int | None"]


class Laid(Group):
    """Renderables laid out from one ``Text`` that remember it: ``str()`` is what the user
    reads (tests and the option list's own searches look at the text, not the layout).

    ``lines`` says how tall the layout is at a width without rendering it (an option list
    asks every entry before drawing any: ``visuals.py``); it must agree with the rendering.
    """

    def __init__(
        self, text: Text, *renderables: RenderableType, lines: LineCount | None = None
    ) -> None:
        super().__init__(*renderables)
        self.text = text
        self._lines = lines

    def __str__(self) -> str:
        return self.text.plain

    def lines(self, console: Console, width: int) -> int | None:
        """Lines at ``width`` if known without rendering (else None)."""
        return None if self._lines is None else self._lines(console, width)

    def visualize(self) -> object:
        """Textual's hook for drawing an object: measured from the text, drawn by Rich."""
        from briefing.tui.visuals import LaidVisual  # Textual only where Textual draws

        return LaidVisual(self)


def hanging(text: Text, lead: int) -> Laid:
    """``text`` with the wrapped lines kept under its first ``lead`` characters' end (a hanging
    indent): list lines wrap in narrow panes, and wrapped back to the left edge a title or a
    snippet runs into the next entry. A two-column grid does the indenting (no hand wrapping);
    both cells stay ``Text``, as a plain string in a table cell would be read as markup.
    """
    head, rest = text[:lead], text[lead:]
    grid = Table.grid()
    grid.add_column(no_wrap=True)
    grid.add_column(overflow="fold")
    grid.add_row(head, rest)
    return Laid(text, grid, lines=_hanging_height(head, rest))


def _hanging_height(head: Text, rest: Text) -> LineCount | None:
    """The grid's height from Rich's own wrapping of the second cell at the width the grid
    gives it (all but the first cell's); None where the grid lays out otherwise (a line
    break or a tab in the text, an empty first cell, a pane too narrow for both cells).

    The count is Rich's line breaking alone (``divide_line``, the breaks ``Text.wrap`` cuts
    a line at: one line more than breaks; Rich is pinned): ``Text.wrap`` also builds every
    wrapped line as a styled ``Text``, which was most of the time the search pane spent
    measuring its entries, ~100 per key at 10,000 articles (benchmarks/PROFILE.md)."""
    indent = cell_len(head.plain)
    plain = rest.plain
    if not indent or any(c in text.plain for text in (head, rest) for c in "\n\t"):
        return None

    def lines(console: Console, width: int) -> int | None:
        if width - indent < 1:
            return None
        if rest.no_wrap:
            return 1
        return len(divide_line(plain, width - indent, fold=True)) + 1

    return lines


def hanging_lines(text: Text, indent: int = 2) -> Laid:
    """Each line of ``text`` with a hanging indent: under its own leading spaces (and opening
    quote or bullet), or ``indent`` for a line that starts at the edge."""
    rows = []
    for line in text.split("\n"):
        plain = line.plain
        lead = len(plain) - len(plain.lstrip(" "))
        if lead < len(plain) and plain[lead] in '“"•…':
            lead += 1
        rows.append(hanging(line, lead or indent))
    return Laid(text, *rows, lines=_total_height(rows))


def _total_height(rows: Sequence[Laid]) -> LineCount:
    """Stacked rows are as tall as their heights added (unknown if any one is)."""

    def lines(console: Console, width: int) -> int | None:
        total = 0
        for row in rows:
            height = row.lines(console, width)
            if height is None:
                return None
            total += height
        return total

    return lines


def skipped_option(path: str, reason: str) -> Text:
    """A dim entry for a file that was found but could not be opened."""
    text = Text(style=DIM)
    text.append("✗ ")
    text.append(clean(path))
    text.append("\n  ")
    text.append(clean(reason), style="italic")
    return text


def header_text(article: Article) -> Text:
    """Reader header: title, then outlet · date · id with where each value came from."""
    header = title_text(article)
    header.stylize("bold")
    header.append("\n")
    fields = (
        ("source", source_label(article)),
        ("date", article_date(article)),
        ("author", clean(article.author) if article.author else None),
        ("language", _languages(article)),
    )
    first = True
    for name, value in fields:
        if value is None:
            continue
        if not first:
            header.append(" · ", style=DIM)
        first = False
        provenance = article.provenance.get(name, "unknown")
        style = FALLBACK_STYLE if provenance in ("fallback", "unknown") else ""
        header.append(value, style=style)
        if value not in (NO_SOURCE, NO_DATE):  # "unknown outlet?" says it twice
            # A short marker, explained in help and by the reader's legend (see PROVENANCE).
            header.append(PROVENANCE.get(provenance, ""), style=DIM)
    header.append(" · ", style=DIM)
    header.append(clean(article.id), style=DIM)
    for notice in article.notices:
        header.append("\n")
        header.append("note: " + clean(notice), style="italic")
    return header


def _languages(article: Article) -> str | None:
    """``fr`` or ``es+en`` (a paragraph in another language); nothing when undetermined."""
    if article.provenance.get("language", "unknown") == "unknown":
        return None
    return clean("+".join(article.languages))


def marked(
    text: str,
    marks: Iterable[tuple[int, int]] = (),
    *,
    style: str = HIT_STYLE,
    current: tuple[int, int] | None = None,
    mentions: Iterable[tuple[int, int]] = (),
) -> Text:
    """Literal text with (start, end) ranges styled; out-of-range ranges are clipped, not errors."""
    result = Text(sanitize(text))
    length = len(result.plain)
    for start, end in mentions:
        _stylize(result, MENTION_STYLE, start, end, length)
    for start, end in marks:
        _stylize(result, style, start, end, length)
    if current is not None:
        _stylize(result, CURRENT_STYLE, current[0], current[1], length)
    return result


def _stylize(text: Text, style: str, start: int, end: int, length: int) -> None:
    start, end = max(0, start), min(length, end)
    if start < end:
        text.stylize(style, start, end)


def snippet_text(snippet: Snippet) -> Text:
    """A search snippet with its highlighted terms, ellipses marking cut text."""
    body = marked(snippet.text.replace("\n", " "), snippet.highlights)
    result = Text()
    result.append("  …", style=DIM)  # Text("…", style=) would dim the whole snippet
    result.append_text(body)
    result.append("…", style=DIM)
    return result


def passage_text(passage: Passage) -> Text:
    """A cross-reference passage with the topic's mentions highlighted."""
    result = Text()
    result.append("• ", style=DIM)
    result.append_text(marked(passage.text.replace("\n", " "), passage.highlights))
    return result


def topic_option(topic: Topic) -> Text:
    """``name  articles·mentions`` for the topics panel."""
    text = Text(clean(topic.name))
    text.append(f"  {topic.article_count}·{topic.mention_count}", style=DIM)
    return text


def topic_matches(topic: Topic, needle: str) -> bool:
    """Whether ``needle`` (already case-folded and stripped) is in the topic's name or aliases."""
    return not needle or any(needle in name.casefold() for name in (topic.name, *topic.aliases))


def group_topics(
    topics: Sequence[Topic], needle: str = "", limit: int | None = None
) -> list[tuple[str, list[Topic]]]:
    """Topics grouped by kind in a fixed order, keeping rank order inside a group.

    ``needle`` filters (case-insensitive) by name or alias. ``limit`` keeps only the best
    ``limit`` matching topics: a large briefing has thousands, and a list widget that lays out
    every one of them stalls the whole app; the filter reaches the rest.
    """
    needle = needle.casefold().strip()
    groups: dict[str, list[Topic]] = {kind: [] for kind in KIND_ORDER}
    kept = 0
    for topic in topics:
        if not topic_matches(topic, needle):
            continue
        if limit is not None and kept >= limit:
            break
        groups.setdefault(topic.kind, []).append(topic)
        kept += 1
    return [(KIND_LABELS.get(kind, kind.title()), items) for kind, items in groups.items() if items]


def find_matches(paragraphs: Sequence[str], needle: str) -> list[tuple[int, int, int]]:
    """Case-insensitive literal matches of ``needle``: (paragraph, start, end), in reading order."""
    if not needle.strip():
        return []
    pattern = re.compile(re.escape(needle), re.IGNORECASE)
    return [
        (index, match.start(), match.end())
        for index, text in enumerate(paragraphs)
        for match in pattern.finditer(text)
    ]
