"""The Reader pane: one article, reflowed, with its furniture folded and its marks highlighted.

Each paragraph is its own ``Static`` holding a ``rich.text.Text`` built from the literal
paragraph (never markup), so folding is a CSS class and re-highlighting only updates text.
"Marks" are the spans ``n``/``N`` walk: in-article find matches when a find is active, else the
search hits the article was opened with; the chosen topic's mentions are underlined as well.
The pane title carries the "3/7" position so the count is visible without a status bar.
"""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Vertical, VerticalScroll
from textual.widgets import Input, Static
from textual.widgets.option_list import Option

from briefing.model import Article, Span
from briefing.tui.commands import bindings_for
from briefing.tui.messages import ArticleChosen
from briefing.tui.text import find_matches, header_text, marked, source_option
from briefing.tui.widgets.navlist import NavList


class Reader(VerticalScroll, can_focus=True):
    """Scrollable article view with find, marks and folding."""

    BINDINGS: ClassVar[list[BindingType]] = [*bindings_for("reader")]

    def __init__(self, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.article: Article | None = None
        self._hits: list[Span] = []
        self._found: list[Span] = []
        self._mentions: dict[int, list[tuple[int, int]]] = {}
        self._mention_spans: list[Span] = []
        self._current = -1
        self.folded = True

    def compose(self) -> ComposeResult:
        yield Static(
            Text("No article open: choose one in Sources (s).", style="dim"), id="reader-header"
        )
        yield Static(id="reader-fold-note")
        yield Vertical(id="reader-body")
        yield Static(Text("Related articles", style="bold"), id="related-title")
        yield NavList(id="related")
        yield Input(placeholder="find in article (Enter to keep, Esc to close)", id="find")

    def on_mount(self) -> None:
        self.border_title = "Reader"
        self.set_class(True, "-folded")

    # ------------------------------------------------------------------ content

    @property
    def marks(self) -> list[Span]:
        """What n/N walk: find matches while a find is active, else search hits, else mentions."""
        if self._find_query():
            return self._found
        return self._hits or self._mention_spans

    @property
    def has_foldable(self) -> bool:
        """Whether the article has captions/boilerplate to fold or unfold."""
        return self.article is not None and any(p.foldable for p in self.article.paragraphs)

    def _find_query(self) -> str:
        return self.query_one("#find", Input).value

    async def show_article(
        self,
        article: Article,
        *,
        hits: tuple[Span, ...] = (),
        goto: Span | None = None,
        scroll_y: float | None = None,
    ) -> None:
        """Replace the article; scroll to ``goto`` (or ``scroll_y``, or the top)."""
        self.article = article
        self._hits = sorted(hits)
        self._current = -1
        find = self.query_one("#find", Input)
        find.value = ""
        find.display = False
        self.query_one("#reader-header", Static).update(header_text(article))
        body = self.query_one("#reader-body", Vertical)
        await body.remove_children()
        await body.mount_all(
            Static(
                Text(p.text),
                classes="para -foldable" if p.foldable else "para",
                id=f"p{index}",
            )
            for index, p in enumerate(article.paragraphs)
        )
        self.set_related(())
        self._render_marks()
        if goto is not None:
            self._current = self._hits.index(goto) if goto in self._hits else -1
            self._render_marks()
            self.call_after_refresh(self._scroll_to_span, goto)
        else:
            target = scroll_y or 0.0
            self.call_after_refresh(self.scroll_to, y=target, animate=False)

    def set_mentions(self, mentions: tuple[Span, ...]) -> None:
        """Underline the chosen topic's mentions in this article."""
        grouped: dict[int, list[tuple[int, int]]] = {}
        self._mention_spans = sorted(mentions)
        if not self._hits and not self._find_query():
            self._current = -1
        for span in mentions:
            grouped.setdefault(span.paragraph, []).append((span.start, span.end))
        self._mentions = grouped
        self._render_marks()

    def set_related(self, related: tuple[Article, ...]) -> None:
        """List related articles under the text (Enter opens one)."""
        options = self.query_one("#related", NavList)
        options.set_options(Option(source_option(a, read=True), id=a.id) for a in related)
        options.display = bool(related)
        self.query_one("#related-title", Static).display = bool(related)

    def _render_marks(self) -> None:
        if self.article is None:
            return
        marks: dict[int, list[tuple[int, int]]] = {}
        for span in self.marks:
            marks.setdefault(span.paragraph, []).append((span.start, span.end))
        current = self.marks[self._current] if 0 <= self._current < len(self.marks) else None
        for index, paragraph in enumerate(self.article.paragraphs):
            widget = self.query_one(f"#p{index}", Static)
            widget.update(
                marked(
                    paragraph.text,
                    marks.get(index, ()),
                    current=(current.start, current.end)
                    if current and current.paragraph == index
                    else None,
                    mentions=self._mentions.get(index, ()),
                )
            )
        folded = sum(p.foldable for p in self.article.paragraphs)
        note = self.query_one("#reader-fold-note", Static)
        note.display = bool(folded)
        state = "folded" if self.folded else "shown"
        note.update(
            Text(f"{folded} caption/boilerplate paragraphs {state} (z)", style="dim italic")
        )
        self._update_title()

    def _update_title(self) -> None:
        query = self._find_query()
        if self.marks:
            where = (
                f"{self._current + 1}/{len(self.marks)}"
                if self._current >= 0
                else (f"–/{len(self.marks)}")
            )
            kind = "find" if query else ("hits" if self._hits else "mentions")
            self.border_subtitle = f"{kind} {where}"
        elif query:
            self.border_subtitle = "find 0/0"
        else:
            self.border_subtitle = ""

    # ------------------------------------------------------------------ navigation

    def step_mark(self, forward: bool = True) -> None:
        """Move to the next (or previous) mark, wrapping around, and scroll it into view."""
        marks = self.marks
        if not marks:
            return
        if self._current < 0:
            self._current = 0 if forward else len(marks) - 1
        else:
            self._current = (self._current + (1 if forward else -1)) % len(marks)
        self._render_marks()
        self._scroll_to_span(marks[self._current])

    def _scroll_to_span(self, span: Span) -> None:
        if self.article is None or not 0 <= span.paragraph < len(self.article.paragraphs):
            return
        if self.article.paragraphs[span.paragraph].foldable and self.folded:
            self.toggle_fold()
            self.call_after_refresh(self._scroll_to_span, span)
            return
        widget = self.query_one(f"#p{span.paragraph}", Static)
        width = max(1, widget.content_region.width)
        lines = Text(self.article.paragraphs[span.paragraph].text).wrap(self.app.console, width)
        line, seen = 0, 0
        plain = self.article.paragraphs[span.paragraph].text
        for number, row in enumerate(lines):
            seen = plain.find(row.plain, seen) + len(row.plain) if row.plain else seen
            if span.start < seen:
                line = number
                break
            line = number
        body_y = self.query_one("#reader-body", Vertical).virtual_region.y
        top = body_y + widget.virtual_region.y + line
        self.scroll_to(y=max(0, top - self.scrollable_content_region.height // 3), animate=False)

    def toggle_fold(self) -> None:
        """Show or hide captions, credits and boilerplate."""
        self.folded = not self.folded
        self.set_class(self.folded, "-folded")
        self._render_marks()

    def open_find(self) -> None:
        """Show the find box and focus it."""
        find = self.query_one("#find", Input)
        find.display = True
        find.focus()

    def action_half_down(self) -> None:
        self.scroll_relative(y=max(1, self.scrollable_content_region.height // 2), animate=False)

    def action_half_up(self) -> None:
        self.scroll_relative(y=-max(1, self.scrollable_content_region.height // 2), animate=False)

    @on(Input.Changed, "#find")
    def _find_changed(self, event: Input.Changed) -> None:
        event.stop()
        if self.article is None:
            return
        texts = [p.text for p in self.article.paragraphs]
        self._found = [Span(p, s, e) for p, s, e in find_matches(texts, event.value)]
        self._current = -1
        self._render_marks()
        if self._found:
            self.step_mark()

    @on(Input.Submitted, "#find")
    def _find_done(self, event: Input.Submitted) -> None:
        event.stop()
        self.focus()

    def close_find(self) -> bool:
        """Close the find box if it is open (Escape); True when something was closed."""
        find = self.query_one("#find", Input)
        if not find.display:
            return False
        find.value = ""
        find.display = False
        self._found = []
        self._current = -1
        self._render_marks()
        self.focus()
        return True

    @on(NavList.OptionSelected, "#related")
    def _open_related(self, event: NavList.OptionSelected) -> None:
        event.stop()
        if event.option.id is not None:
            self.post_message(ArticleChosen(event.option.id))
