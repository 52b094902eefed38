"""Timeline entries, discrepancy quotes and bookmarks as styled ``rich.text.Text`` lines.

The analysis screens show sentences quoted from untrusted articles, outlet names and the
user's own notes. All of it goes through ``text.marked``/``text.clean`` (sanitised, placed
literally, styled by offset), never through markup, exactly like the main screen's panes. Plain
rich, no Textual, so the labels are unit-tested without a terminal.
"""

from __future__ import annotations

import datetime as dt

from rich.text import Text

from briefing.analysis.model import Discrepancy, Quote, TimelineEntry
from briefing.display import sanitize
from briefing.model import Article, Span
from briefing.notes import Bookmark
from briefing.tui.text import DIM, NO_VALUE, article_date, clean, find_matches, marked

#: Jump target understood by the main screen: article id, where to scroll, spans to highlight.
Target = tuple[str, Span, tuple[Span, ...]]

#: How a timeline date was found, when the reader should know it was not simply written down.
EXPLAINED = frozenset({"weekday", "relative", "other-sources", "context"})
UNRESOLVED_STYLE = "bold red"
VALUE_STYLE = "bold yellow"
PHRASE_STYLE = "bold underline"
KIND_LABELS = {"date": "Date", "figure": "Figure", "spelling": "Spelling", "name": "Name"}
#: Longest quote shown in a bookmark line before it is cut (the reader shows the whole).
QUOTE_LIMIT = 400


def long_date(day: dt.date) -> str:
    """ "Wednesday 8 October 2025" (the day headings of the timeline)."""
    return f"{day:%A} {day.day} {day:%B %Y}"


def plural(count: int, word: str) -> str:
    """ "1 source", "3 sources"."""
    return f"{count} {word}{'' if count == 1 else 's'}"


def outlet(source: str | None) -> str:
    """An outlet name for a label, or "unknown outlet"."""
    return clean(source) if source else "unknown outlet"


def one_line(text: str) -> str:
    """Untrusted text flattened to one line (marks keep their offsets: one char per char)."""
    return sanitize(text).replace("\n", " ")


def entry_target(entry: TimelineEntry) -> Target:
    """Open the entry's article at its sentence, with the sentence highlighted."""
    return entry.article_id, entry.sentence_span, (entry.sentence_span,)


def quote_target(quote: Quote) -> Target:
    """Open the quote's article at the quoted sentence, highlighted."""
    return quote.article_id, quote.span, (quote.span,)


def bookmark_target(bookmark: Bookmark) -> Target:
    """Open the bookmarked passage, highlighted."""
    span = Span(bookmark.paragraph, bookmark.start, bookmark.end)
    return bookmark.article_id, span, (span,)


def source_heading(entry: TimelineEntry) -> Text:
    """ "The Associated Press  003_5584…" above one source's statements of a day."""
    text = Text()
    text.append(outlet(entry.source), style="bold green")
    text.append(f"  {clean(entry.article_id)}", style=DIM)
    return text


def entry_text(entry: TimelineEntry, *, prefix: str = "", under_day: bool = False) -> Text:
    """The sentence with its date phrase underlined; how the date was found when not stated.

    An entry with no date is marked so it cannot be mistaken for a dated one — unless it is
    listed ``under_day``: under its day and month, whose heading says the year is not given.
    """
    start = entry.phrase_span.start - entry.sentence_span.start
    end = entry.phrase_span.end - entry.sentence_span.start
    result = Text(prefix)
    if not entry.resolved and not under_day:
        result.append("? not dated: ", style=UNRESOLVED_STYLE)
    result.append_text(marked(one_line(entry.sentence), [(start, end)], style=PHRASE_STYLE))
    if (not entry.resolved and not under_day) or entry.resolution in EXPLAINED:
        result.append(f"  ({clean(entry.how)})", style="dim italic")
    return result


def background_text(entry: TimelineEntry) -> Text:
    """A month- or year-precision entry: "September 2024 · outlet" then the sentence."""
    assert entry.date is not None
    result = Text()
    result.append(entry.period, style="bold")
    result.append(" · ")
    result.append(outlet(entry.source), style="green")
    result.append("\n")
    result.append_text(entry_text(entry))
    return result


def undated_text(entry: TimelineEntry) -> Text:
    """An entry the timeline could not date, with its outlet and the reason."""
    result = Text()
    result.append(outlet(entry.source), style="green")
    result.append(f"  {clean(entry.article_id)}", style=DIM)
    result.append("\n")
    result.append_text(entry_text(entry))
    return result


def discrepancy_label(number: int, item: Discrepancy) -> Text:
    """One line in the list of discrepancies: "1 Date  Putin's arrival in Dushanbe"."""
    text = Text(f"{number:>2} ", style=DIM)
    text.append(KIND_LABELS.get(item.kind, item.kind.title()), style="bold")
    text.append("  ")
    text.append(clean(item.subject))
    text.append(f"  {plural(len(item.article_ids), 'source')}", style=DIM)
    return text


def discrepancy_heading(number: int, item: Discrepancy) -> Text:
    """The detail heading: kind, subject, the differing values, and why they were matched."""
    text = Text(f"{number}. {KIND_LABELS.get(item.kind, item.kind.title())}: ", style="bold")
    text.append(clean(item.subject), style="bold")
    text.append("\n")
    for index, claim in enumerate(item.claims):
        if index:
            text.append("  vs  ", style=DIM)
        text.append(clean(claim.value), style=VALUE_STYLE)
    if item.note:
        text.append("\n")
        text.append(clean(item.note), style="dim italic")
    return text


def quote_text(quote: Quote, value: str, article: Article | None) -> Text:
    """Outlet and date, then the quoted sentence with the differing value highlighted."""
    text = Text()
    text.append(outlet(quote.source), style="bold green")
    text.append(f"  {article_date(article) if article else NO_VALUE}", style=DIM)
    text.append("\n")
    flat = one_line(quote.text)
    marks = [(start, end) for _, start, end in find_matches([flat], value)]
    text.append("“")
    text.append_text(marked(flat, marks, style=VALUE_STYLE))
    text.append("”")
    return text


def bookmark_text(bookmark: Bookmark, article: Article | None) -> Text:
    """Where the passage is, the passage, and the note (or that there is none)."""
    text = Text()
    if article is None:
        text.append(clean(bookmark.article_id), style=DIM)
        text.append("  article no longer in this briefing", style=UNRESOLVED_STYLE)
    else:
        text.append(outlet(article.source), style="bold green")
        text.append(f"  {article_date(article)}  ", style=DIM)
        text.append(clean(article.title or article.id), style="italic")
    text.append(f"  ¶{bookmark.paragraph + 1}", style=DIM)
    quote = one_line(bookmark.quote)
    if len(quote) > QUOTE_LIMIT:
        quote = quote[: QUOTE_LIMIT - 1] + "…"
    text.append("\n  “")
    text.append(quote)
    text.append("”")
    lines = [line for line in sanitize(bookmark.note).split("\n") if line.strip()]
    for line in lines:
        text.append("\n  ")
        text.append(line, style="italic cyan")
    if not lines:
        text.append("\n  no note (e adds one)", style="dim italic")
    return text
