"""One-line labels that fit the pane they are in: source entries, pane titles, the packet line.

A list entry that wraps breaks a title mid-word in a narrow pane ("Russia-Tajikista / n ties");
an entry cut at the pane's edge reads cleanly if it ends at a word with an ellipsis. ``OneLine``
does that at render time, when the width is known, so the same entry is right at 80 and at
250 columns. Plain rich, no Textual: unit-tested without a terminal. Untrusted text arrives
already in ``Text`` (see ``text.py``), never as markup.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from rich.cells import cell_len
from rich.console import Console, ConsoleOptions, RenderableType, RenderResult
from rich.table import Table
from rich.text import Text

from briefing.display import date_span
from briefing.model import Article
from briefing.tui.text import (
    DIM,
    FALLBACK_STYLE,
    NO_SOURCE,
    Laid,
    article_date,
    clean,
    outlet_or_file,
    title_text,
)

if TYPE_CHECKING:
    from briefing.overview import PacketOverview

ELLIPSIS = "…"
#: Explains ``text.PROVENANCE``, the one-character marker after a header value (a value the
#: article states has none: the marker flags what to doubt).
PROVENANCE_LEGEND = "~ read from the text by a heuristic · ? not stated, guessed"


def plural(count: int, word: str, many: str | None = None) -> str:
    """ "1 article", "3 articles" ("1 match", "2 matches" with ``many``)."""
    return f"{count} {word if count == 1 else (many or word + 's')}"


def fit(text: Text, width: int, *, keep: float = 0.0) -> Text:
    """``text`` cut to ``width`` cells after a whole word, ending with "…" when cut.

    A word is only cut when it alone is wider than the room (a 30-character outlet in a
    20-column pane): an ellipsis after a whole word reads cleanly, one inside it does not.
    ``keep`` is for names: when ending at a word would keep less than that share of the room
    ("The…" of "The Associated Press"), the name is cut inside a word instead.
    """
    if cell_len(text.plain) <= width:
        return text
    if width <= 1:
        return Text(ELLIPSIS[:width])
    room = width - 1
    plain = text.plain
    cut = room
    while cut > 0 and cell_len(plain[:cut]) > room:
        cut -= 1
    if cut < len(plain) and plain[cut] not in " -–" and not _between_wide(plain, cut):
        at = _last_break(plain, cut)
        # A break inside the leading indent would keep nothing ("  " then "…": ux60, a
        # Chinese title with no space shown as a lone ellipsis).
        indent = len(plain) - len(plain.lstrip())
        if at > indent and at >= keep * room:
            cut = at + (0 if plain[at] == " " or _between_wide(plain, at) else 1)
    kept = text[:cut]
    kept.rstrip()
    kept.append(ELLIPSIS, style=DIM)
    return kept


def _between_wide(plain: str, at: int) -> bool:
    """Whether ``at`` falls between two wide characters: Chinese and Japanese are written
    without spaces and may break between any two of them (as a line break may). Korean puts
    spaces between words, so a Hangul syllable is no break: a word stays whole there."""
    return 0 < at < len(plain) and _spaceless_wide(plain[at - 1]) and _spaceless_wide(plain[at])


def _spaceless_wide(char: str) -> bool:
    """A wide character of a script written without spaces (not Hangul)."""
    if cell_len(char) != 2:
        return False
    code = ord(char)
    return not (0x1100 <= code <= 0x11FF or 0x3130 <= code <= 0x318F or 0xAC00 <= code <= 0xD7AF)


def _last_break(plain: str, cut: int) -> int:
    """The last place before ``cut`` to end at: a space, after a hyphen or dash, or between
    two wide characters; -1 if there is none."""
    for at in range(cut - 1, 0, -1):
        if plain[at] in " -–" or _between_wide(plain, at):
            return at
    return -1


class Choice:
    """The first of several renderings of a line that fits the width (the last one is cut)."""

    def __init__(self, *texts: Text, otherwise: RenderableType | None = None) -> None:
        self.texts = texts
        self.otherwise = otherwise

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        for text in self.texts:
            if cell_len(text.plain) <= options.max_width:
                yield _one_line(text.copy())
                return
        yield self.otherwise or _one_line(fit(self.texts[-1], options.max_width))

    def __str__(self) -> str:
        return self.texts[0].plain


def _one_line(text: Text) -> Text:
    text.no_wrap = True
    text.overflow = "crop"
    return text


class OneLine:
    """A ``Text`` rendered on exactly one line at whatever width it is given (see ``fit``)."""

    def __init__(self, text: Text) -> None:
        self.text = text

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        yield _one_line(fit(self.text, options.max_width))

    def __str__(self) -> str:
        return self.text.plain


def source_head(article: Article, *, read: bool, language: bool = True) -> Text:
    """Unread mark, outlet, date and language: ``● TASS · 2025-10-09 · ru``.

    An article whose text names no outlet shows its file's name in the fallback style
    (``● 16_newsweekjapan · 2018-05-20 · ja``): on a real packet most pages name none, and a
    column of "unknown outlet" rows (the harry-meghan walk: 19 of 20, each cut to "unknown…")
    told them apart by nothing, while the file name is the label the user gave the article.
    The reader's header still says "unknown outlet" beside the file name. A name that is
    only a number or a hash (``000_2bab433a94e7ad16``) says less than the words: those stay.
    """
    line = Text()
    line.append("  " if read else "● ", style="" if read else "bold")
    if article.source:
        line.append(clean(article.source), style="" if read else "bold")
    else:
        line.append(clean(outlet_or_file(None, article.id)), style=FALLBACK_STYLE)
    line.append(" · ", style=DIM)
    line.append(article_date(article), style=DIM if article.date is None else "")
    if article.language and language:
        line.append(" · ", style=DIM)
        line.append(clean(article.language), style=DIM)
    return line


def several_languages(articles: Iterable[Article]) -> bool:
    """The articles are written in more than one language: only then does a row show its
    language code."""
    return len({a.language for a in articles if a.language}) > 1


def source_entry(article: Article, *, read: bool, language: bool = True) -> Laid:
    """Two clean lines for the source list: the head, then the title; each cut at a word.

    ``language`` False leaves the code out: in a briefing of one language it is the same on
    every row and only costs the outlet its room.

    In a narrow pane the outlet is cut first, so that the date and the short language code
    after it still show (ux60: "● Agence France-… · undated" hid ``ja``); only when the cut
    outlet would keep less than ``_OUTLET_LEAST`` cells of its name does the code go, and the
    outlet is cut again so that the date always shows.
    """
    head = source_head(article, read=read, language=language)
    short = source_head(article, read=read, language=False)
    date = Text(" · " + article_date(article), style=DIM)
    outlet = short[: len(short.plain) - len(date.plain)]
    tails = [date]
    if len(head.plain) > len(short.plain):
        tails.insert(0, head[len(outlet.plain) :])
    title = Text("  ")
    title.append_text(title_text(article))
    whole = head.copy()
    whole.append("\n")
    whole.append_text(title)
    head_line = Choice(head, otherwise=_OutletCut(outlet, tails))
    return Laid(whole, head_line, OneLine(title), lines=_two_lines)


def _two_lines(console: Console, width: int) -> int | None:
    """A source entry's height: each of its two parts is cut to one line at any width."""
    return 2 if width >= 1 else None


#: The fewest cells of the outlet's name a cut keeps beside the language code ("Anad…"): a
#: shorter stub ("The…" of "The Associated Press") names no outlet, and the code gives way.
_OUTLET_LEAST = 4


class _OutletCut:
    """The head with the outlet cut so that what follows it still shows: the date and the
    language code while the cut outlet keeps ``_OUTLET_LEAST`` cells of its name, else the date
    alone."""

    def __init__(self, outlet: Text, tails: Sequence[Text]) -> None:
        self.outlet = outlet
        self.tails = tails

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        for tail in self.tails:
            # A copy: ``fit`` hands back the outlet itself when it fits, and the tail appended
            # to it must not stay on it for the next drawing.
            line = fit(
                self.outlet.copy(), max(3, options.max_width - cell_len(tail.plain)), keep=0.6
            )
            if tail is self.tails[-1] or _name_cells(line) >= _OUTLET_LEAST:
                break
        line.append_text(tail)
        yield _one_line(line)


def _name_cells(outlet: Text) -> int:
    """Cells of the outlet's name in a (cut) outlet: without the unread mark and the "…"."""
    plain = outlet.plain[2:]
    return cell_len(plain.removesuffix(ELLIPSIS).strip())


def fit_title(parts: Sequence[str], width: int) -> str:
    """As many of ``parts`` (most important first) as fit in ``width``, joined by " · "."""
    shown = list(parts[:1])
    for part in parts[1:]:
        if not part:
            continue
        if len(" · ".join([*shown, part])) > width:
            break
        shown.append(part)
    return " · ".join(shown)


def overview_line(
    packet: PacketOverview,
    *,
    topics: Sequence[str] = (),
    disagreements: int | None = None,
    event: str | None = None,
) -> Text:
    """The packet in one line, most telling first (it is cut at the right at 80 columns)."""
    line = Text()
    if event:
        line.append(clean(event), style="bold")
        line.append(" · ", style=DIM)
    line.append(plural(packet.articles, "article"), style="bold")
    if packet.no_outlet:  # "19 articles from 3 outlets" would claim all 19 for the three
        line.append(f" · {plural(len(packet.outlets), 'outlet')} named")
    else:
        line.append(f" from {plural(len(packet.outlets), 'outlet')}")
    line.append(" · " + packet_span(packet))
    if packet.languages:
        line.append(" · " + ", ".join(code for code, _ in packet.languages))
    if disagreements is not None:
        line.append(" · ")
        line.append(plural(disagreements, "disagreement"), style="bold" if disagreements else "")
        line.append(" (D)", style=DIM)
    if topics:
        line.append(" · ", style=DIM)
        line.append(", ".join(clean(name) for name in topics[:3]), style="italic")
    line.append("  i more", style=DIM)
    return line


def packet_span(packet: PacketOverview) -> str:
    """The packet's dates, a month stated alone shown as a month."""
    return date_span(
        packet.first_date,
        packet.last_date,
        first_month=packet.first_month,
        last_month=packet.last_month,
    )


def overview_text(
    packet: PacketOverview,
    *,
    topics: Sequence[str] = (),
    disagreements: int | None = None,
    event: str | None = None,
) -> Table:
    """The packet at length, for the ``i`` screen: every count with what it counts."""
    table = Table(box=None, show_header=False, padding=(0, 2, 0, 0))
    table.add_column(style="bold", no_wrap=True)
    table.add_column()

    def row(label: str, value: str) -> None:
        table.add_row(Text(label), Text(value))

    if event:
        row("Main event", clean(event))
    row("Articles", str(packet.articles))
    outlets = ", ".join(f"{clean(name)} {count}" for name, count in packet.outlets)
    if packet.no_outlet:
        outlets += (", " if outlets else "") + f"{NO_SOURCE} {packet.no_outlet}"
    row("Outlets", outlets or "none stated")
    span = packet_span(packet)
    row("Dates", span + (f" ({packet.undated} undated)" if packet.undated else ""))
    row("Languages", ", ".join(f"{code} {count}" for code, count in packet.languages) or "—")
    if topics:
        row("Top topics", ", ".join(clean(name) for name in topics[:8]))
    if disagreements is not None:
        row("Disagreements", f"{disagreements} (D lists them with each source's quote)")
    else:
        row("Disagreements", "still comparing the sources…")
    return table
