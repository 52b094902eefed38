"""The Reader pane: one article, reflowed, with its furniture folded and its marks highlighted.

A fixed header (title, outlet, date, where each came from) over an ``ArticleView`` that renders
only the visible lines, so a huge article opens as fast as a short one. Each paragraph is a
``rich.text.Text`` built from the literal paragraph (never markup) and styled by offsets.

"Marks" are the spans ``n``/``N`` walk: in-article find matches while a find is active, else
the search hits the article was opened with, else the chosen topic's mentions (which are
underlined in any case). The pane's subtitle carries the "3/7" position.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Vertical
from textual.widgets import Input, Static

from briefing.model import Article, Span
from briefing.tui.commands import bindings_for
from briefing.tui.text import find_matches, header_text, marked
from briefing.tui.widgets.article_view import ArticleView
from briefing.tui.widgets.navlist import FocusForwarder, focus_now

FOLDED_STYLE = "dim italic"


class ArticleBody(ArticleView):
    """The scrolling part of the reader, with the reader's movement keys."""

    BINDINGS: ClassVar[list[BindingType]] = [*bindings_for("reader")]

    def action_half_down(self) -> None:
        self.scroll_relative(y=max(1, self.scrollable_content_region.height // 2), animate=False)

    def action_half_up(self) -> None:
        self.scroll_relative(y=-max(1, self.scrollable_content_region.height // 2), animate=False)

    def action_paragraph(self, step: int) -> None:
        """``}``/``{``: move the paragraph cursor."""
        self.move_cursor(step)


class Reader(FocusForwarder, Vertical):
    """Header, article body and a find box."""

    def __init__(self, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.article: Article | None = None
        self._hits: list[Span] = []
        self._found: list[Span] = []
        self._mention_spans: list[Span] = []
        self._current = -1
        self.folded = True
        #: What the marks are when they are not find matches or topic mentions: "search hit"
        #: (opened from the results) or "passage" (a jump from the timeline, a bookmark…).
        self.hit_kind = "search hit"
        #: Where this article's hits stand among the whole search result ("of 12 · 3
        #: articles"), set by the screen; empty when the marks are not a search's hits.
        self.tour = ""

    def compose(self) -> ComposeResult:
        placeholder = Text("No article open: choose one in Sources (s).", style="dim")
        yield Static(placeholder, id="reader-header")
        yield ArticleBody(id="article")
        yield Input(placeholder="find in article (Enter to keep, Esc to close)", id="find")

    def on_mount(self) -> None:
        self.border_title = "Reader"
        self.set_class(self.folded, "-folded")

    @property
    def body(self) -> ArticleBody:
        """The scrolling article text (focus goes here)."""
        return self.query_one(ArticleBody)

    def focus(self, scroll_visible: bool = True) -> Reader:
        """Focusing the reader focuses its text, at once (see ``focus_now``)."""
        self.screen.set_focus(self.body, scroll_visible)
        return self

    # ------------------------------------------------------------------ content

    @property
    def marks(self) -> list[Span]:
        """What n/N walk: find matches while a find is active, else search hits, else mentions."""
        if self._find_query():
            return self._found
        return self._hits or self._mention_spans

    @property
    def current_mark(self) -> Span | None:
        """The mark n/N last moved to (None before the first step)."""
        marks = self.marks
        return marks[self._current] if 0 <= self._current < len(marks) else None

    @property
    def top_paragraph(self) -> int:
        """The paragraph under the cursor (what "bookmark" and "copy" keep without a mark)."""
        return self.body.cursor

    @property
    def marks_kind(self) -> str:
        """What n/N walk now: "find", "search hit"/"passage" or "mention" ("" for nothing)."""
        if self._find_query():
            return "find"
        if self._hits:
            return self.hit_kind
        return "mention" if self._mention_spans else ""

    def at_last_mark(self, forward: bool) -> bool:
        """Whether n (or N) would wrap around this article's marks."""
        marks = self.marks
        if not marks:
            return True
        if forward:
            return self._current == len(marks) - 1
        return self._current <= 0

    @property
    def mark_index(self) -> int:
        """The current mark's index (-1 before the first step)."""
        return self._current

    @property
    def has_foldable(self) -> bool:
        """Whether the article has captions/boilerplate to fold or unfold."""
        return self.article is not None and any(p.foldable for p in self.article.paragraphs)

    def _find_query(self) -> str:
        return self.query_one("#find", Input).value

    def show_note(self, note: str) -> None:
        """Say why there is nothing to read (shown in place of an article's header)."""
        if self.article is None:
            self.query_one("#reader-header", Static).update(Text(note, style="dim"))

    def show_article(
        self,
        article: Article,
        *,
        hits: tuple[Span, ...] = (),
        goto: Span | None = None,
        scroll_y: float | None = None,
        hit_kind: str = "search hit",
    ) -> None:
        """Replace the article; scroll to ``goto`` (or ``scroll_y``, or the top)."""
        self.article = article
        self.hit_kind = hit_kind
        self.tour = ""
        self.body.cursor = 0
        self._hits = sorted(hits)
        self._found = []
        self._mention_spans = []
        self._current = self._hits.index(goto) if goto in self._hits else -1
        find = self.query_one("#find", Input)
        find.value = ""
        find.display = False
        self._rebuild()
        body = self.body
        body.when_shown = None
        if goto is not None:
            body.pending_y = None
            body.call_after_refresh(self._scroll_to_span, goto)
        else:
            body.pending_y = None
            body.call_after_refresh(body.restore_scroll, scroll_y or 0.0)

    def set_mentions(self, mentions: tuple[Span, ...]) -> None:
        """Underline the chosen topic's mentions in this article."""
        before = self._mention_spans
        self._mention_spans = sorted(mentions)
        if not self._hits and not self._find_query():
            self._current = -1
        self._restyle(span.paragraph for span in (*before, *self._mention_spans))

    def _block(self, index: int) -> Text | None:
        assert self.article is not None
        paragraph = self.article.paragraphs[index]
        if paragraph.foldable and self.folded:
            return None
        current = self.marks[self._current] if 0 <= self._current < len(self.marks) else None
        here = current is not None and current.paragraph == index
        block = marked(
            paragraph.text,
            [(s.start, s.end) for s in self.marks if s.paragraph == index],
            current=(current.start, current.end) if current is not None and here else None,
            mentions=[(s.start, s.end) for s in self._mention_spans if s.paragraph == index],
        )
        if paragraph.foldable:
            block.stylize_before(FOLDED_STYLE)
        return block

    def _rebuild(self) -> None:
        """Render every paragraph again (new article, or folding changed)."""
        if self.article is None:
            return
        self.body.set_blocks([self._block(i) for i in range(len(self.article.paragraphs))])
        self._update_header()

    def _restyle(self, paragraphs: Iterable[int]) -> None:
        """Re-style only the paragraphs whose marks changed (no rewrap)."""
        if self.article is None:
            return
        changed = {}
        for index in set(paragraphs):
            block = self._block(index)
            if block is not None:
                changed[index] = block
        self.body.restyle(changed)
        self._update_header()

    def _update_header(self) -> None:
        if self.article is None:
            return
        header = header_text(self.article)
        folded = sum(p.foldable for p in self.article.paragraphs)
        if folded:
            state = "folded" if self.folded else "shown"
            noun = "paragraph" if folded == 1 else "paragraphs"
            note = f"\n{folded} caption/boilerplate {noun} {state} (z)"
            header.append(note, style=FOLDED_STYLE)
        self.query_one("#reader-header", Static).update(header)
        query = self._find_query()
        marks = self.marks
        if marks:
            where = f"{self._current + 1}" if self._current >= 0 else "–"
            kind = self.marks_kind
            tour = f" · {self.tour}" if self.tour and kind == "search hit" else ""
            self.border_subtitle = f"{kind} {where}/{len(marks)}{tour}"
        else:
            self.border_subtitle = "find 0/0" if query else ""

    # ------------------------------------------------------------------ navigation

    def step_mark(self, forward: bool = True) -> None:
        """Move to the next (or previous) mark, wrapping around, and scroll it into view."""
        marks = self.marks
        if not marks:
            return
        before = marks[self._current].paragraph if 0 <= self._current < len(marks) else None
        if self._current < 0:
            self._current = 0 if forward else len(marks) - 1
        else:
            self._current = (self._current + (1 if forward else -1)) % len(marks)
        target = marks[self._current]
        self._restyle([target.paragraph] + ([before] if before is not None else []))
        self._scroll_to_span(target)

    def _scroll_to_span(self, span: Span) -> None:
        if self.article is None or not 0 <= span.paragraph < len(self.article.paragraphs):
            return
        if self.body.size.height == 0:  # hidden (the list in front): once it shows
            self.body.when_shown = lambda: self._scroll_to_span(span)
            return
        if self.article.paragraphs[span.paragraph].foldable and self.folded:
            self.toggle_fold()
        line = self.body.line_of(span.paragraph, span.start)
        self.body.set_cursor(span.paragraph)
        if line is not None:
            height = self.body.scrollable_content_region.height
            self.body.scroll_to(y=max(0, line - height // 3), animate=False)

    def set_tour(self, tour: str) -> None:
        """Where the hits stand among the search result (the subtitle shows it)."""
        self.tour = tour
        self._update_header()

    def toggle_fold(self) -> None:
        """Show or hide captions, credits and boilerplate."""
        self.folded = not self.folded
        self.set_class(self.folded, "-folded")
        self._rebuild()

    def open_find(self) -> None:
        """Show the find box and focus it."""
        find = self.query_one("#find", Input)
        find.display = True
        focus_now(find)

    def close_find(self) -> bool:
        """Close the find box if it is open (Escape); True when something was closed."""
        find = self.query_one("#find", Input)
        if not find.display:
            return False
        find.value = ""
        find.display = False
        previous = self._found
        self._found = []
        self._current = -1
        self._restyle(s.paragraph for s in (*previous, *self.marks))
        self.focus()
        return True

    @on(Input.Changed, "#find")
    def _find_changed(self, event: Input.Changed) -> None:
        event.stop()
        if self.article is None:
            return
        previous = self._found if self._found else self._hits or self._mention_spans
        texts = [p.text for p in self.article.paragraphs]
        self._found = [Span(p, s, e) for p, s, e in find_matches(texts, event.value)]
        self._current = -1
        self._restyle(s.paragraph for s in (*previous, *self.marks))
        if self._found:
            self.step_mark()

    @on(Input.Submitted, "#find")
    def _find_done(self, event: Input.Submitted) -> None:
        event.stop()
        self.focus()
