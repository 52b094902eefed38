"""A scrolling view of an article's paragraphs that only renders the lines on screen.

Why not one ``Static`` per paragraph: an article may be a 2 MB wall of text with thousands
of paragraphs, and Textual widgets cost several milliseconds each (3,000 paragraphs took over
ten seconds to mount). Here each paragraph is one ``rich.text.Text`` (built by the reader from
the literal text, styled by offsets); it is wrapped once per width with Rich's ``Text.wrap``
and each visible line is turned into a ``Strip`` on demand — the pattern of Textual's ``Log``.

Paragraph blocks may be ``None`` (folded): they take no lines. ``line_of(paragraph, offset)``
maps a character offset to its wrapped line, so the reader can scroll a hit into view.

A paragraph cursor (``cursor``) is drawn as a bar in a two-column gutter on the left — a
glyph, so it shows without colour. ``{``/``}`` move it; scrolling with j/k carries it along
when its paragraph leaves the view (it lands on the first paragraph with text in view, never
on the blank line between two paragraphs). Bookmarking and copying take this paragraph.
"""

from __future__ import annotations

from collections.abc import Callable

from rich.cells import cell_len
from rich.segment import Segment
from rich.text import Text
from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.strip import Strip

#: The gutter: the paragraph cursor's bar, or blank.
CURSOR_MARK, GUTTER = "▌ ", 2


class ArticleView(ScrollView, can_focus=True):
    """Paragraph blocks separated by blank lines, wrapped to the view's width."""

    # The gutter is kept even when the article fits: lines are wrapped to the width without
    # the scrollbar, and a scrollbar appearing later (a long article opened after a short one)
    # does not resize the view, so nothing would rewrap and each line's end was hidden.
    DEFAULT_CSS = """
    ArticleView { height: 1fr; overflow-x: hidden; overflow-y: auto; scrollbar-gutter: stable; }
    """

    def __init__(self, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self._blocks: list[Text | None] = []
        #: Wrapped lines of the whole article; each is (paragraph index, line text).
        self._lines: list[tuple[int, Text]] = []
        #: For each paragraph: first line index and the character offset each line starts at.
        self._starts: list[int] = []
        self._offsets: list[list[int]] = []
        self._width = 0
        self._cache: dict[int, Strip] = {}
        #: The paragraph under the cursor (what bookmarking and copying take).
        self.cursor = 0
        #: A scroll offset to restore once the view has a height (it opens hidden when the
        #: source list is in front at 80 columns, and a hidden view cannot scroll).
        self.pending_y: float | None = None
        #: Or something to do once shown (scroll a hit into view: the wrap is only right then).
        self.when_shown: Callable[[], None] | None = None

    def set_blocks(self, blocks: list[Text | None]) -> None:
        """Replace every paragraph (a new article, or folding changed)."""
        self._blocks = list(blocks)
        self._rewrap()

    def restyle(self, changed: dict[int, Text]) -> None:
        """Replace some paragraphs whose text is unchanged (only styles differ): no rewrap."""
        for index, block in changed.items():
            if not 0 <= index < len(self._blocks) or self._blocks[index] is None:
                continue
            self._blocks[index] = block
            first = self._starts[index]
            for number, line in enumerate(self._wrap(block)):
                self._lines[first + number] = (index, line)
                self._cache.pop(first + number, None)
        self.refresh()

    def _content_width(self) -> int:
        return max(10, (self.scrollable_content_region.width or self.size.width or 80) - GUTTER)

    def _wrap(self, block: Text) -> list[Text]:
        return list(block.wrap(self.app.console, self._width)) or [Text()]

    def _rewrap(self) -> None:
        self._width = self._content_width()
        lines: list[tuple[int, Text]] = []
        self._starts, self._offsets = [], []
        for index, block in enumerate(self._blocks):
            self._starts.append(len(lines))
            if block is None:
                self._offsets.append([])
                continue
            wrapped = self._wrap(block)
            self._offsets.append(_line_offsets(block.plain, wrapped))
            lines.extend((index, line) for line in wrapped)
            lines.append((index, Text()))
        self._lines = lines
        self._cache.clear()
        if not self._shown(self.cursor):
            self.cursor = self._next_shown(-1, 1) or 0
        self.virtual_size = Size(self._width + GUTTER, len(lines))
        self.refresh()

    def on_resize(self) -> None:
        if self._blocks and self._content_width() != self._width:
            self._rewrap()
        self._restore()

    def restore_scroll(self, y: float) -> None:
        """Scroll to ``y`` now, or as soon as the view is shown."""
        self.pending_y = y
        self._restore()

    def _restore(self) -> None:
        if self.when_shown is not None and self.size.height > 0 and self._lines:
            action, self.when_shown = self.when_shown, None
            action()
        if self.pending_y is not None and self.size.height > 0 and self._lines:
            y, self.pending_y = self.pending_y, None
            self.scroll_to(y=y, animate=False, immediate=True)

    @property
    def position(self) -> float:
        """Where the view is scrolled to, or will be once shown."""
        return self.pending_y if self.pending_y is not None else self.scroll_y

    def line_of(self, paragraph: int, offset: int = 0) -> int | None:
        """The wrapped line showing ``offset`` of ``paragraph`` (None when folded/unknown)."""
        if not 0 <= paragraph < len(self._blocks) or self._blocks[paragraph] is None:
            return None
        starts = self._offsets[paragraph]
        line = 0
        for number, start in enumerate(starts):
            if start <= offset:
                line = number
        return self._starts[paragraph] + line

    def paragraph_at(self, line: int) -> int | None:
        """The paragraph shown on wrapped ``line`` (None past the end)."""
        if not 0 <= line < len(self._lines):
            return None
        return self._lines[line][0]

    # ------------------------------------------------------------------ paragraph cursor

    def _shown(self, paragraph: int) -> bool:
        return 0 <= paragraph < len(self._blocks) and self._blocks[paragraph] is not None

    def _next_shown(self, paragraph: int, step: int) -> int | None:
        index = paragraph + step
        while 0 <= index < len(self._blocks):
            if self._blocks[index] is not None:
                return index
            index += step
        return None

    def move_cursor(self, step: int) -> None:
        """``}``/``{``: the next or previous shown paragraph, scrolled into view."""
        found = self._next_shown(self.cursor, 1 if step > 0 else -1)
        if found is None:
            return
        self.set_cursor(found)
        first = self.line_of(found) or 0
        last = first + max(0, len(self._offsets[found]) - 1)
        height = self.scrollable_content_region.height
        top = int(self.scroll_y)
        if first < top:
            self.scroll_to(y=first, animate=False)
        elif last >= top + height:
            self.scroll_to(
                y=max(first, last - height + 1) if last - first < height else first, animate=False
            )

    def set_cursor(self, paragraph: int) -> None:
        """Put the cursor on ``paragraph`` (a search hit, a find match, a key)."""
        if self._shown(paragraph) and paragraph != self.cursor:
            self.cursor = paragraph
            self.refresh()

    def first_in_view(self) -> int | None:
        """The first paragraph with text on screen (a blank line at the top belongs to none)."""
        top = int(self.scroll_y)
        for index in range(top, min(len(self._lines), top + max(1, self.size.height))):
            paragraph, line = self._lines[index]
            if line.plain.strip():
                return paragraph
        return None

    def _in_view(self, paragraph: int) -> bool:
        first = self.line_of(paragraph)
        if first is None:
            return False
        last = first + max(0, len(self._offsets[paragraph]) - 1)
        top = int(self.scroll_y)
        return last >= top and first < top + max(1, self.size.height)

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        super().watch_scroll_y(old_value, new_value)
        if self._lines and not self._in_view(self.cursor):
            found = self.first_in_view()
            if found is not None:
                self.cursor = found

    def render_line(self, y: int) -> Strip:
        scroll_x, scroll_y = self.scroll_offset
        index = scroll_y + y
        width = self.size.width
        style = self.rich_style
        if index >= len(self._lines):
            return Strip.blank(width, style)
        strip = self._cache.get(index)
        if strip is None:
            line = self._lines[index][1].copy()
            line.no_wrap = True
            line.stylize_before(style)
            strip = Strip(line.render(self.app.console), cell_len(line.plain))
            self._cache[index] = strip
        paragraph, text = self._lines[index]
        here = paragraph == self.cursor and bool(text.plain)  # not the blank line after it
        mark = CURSOR_MARK if here else " " * GUTTER
        gutter = Strip([Segment(mark, style + self.app.console.get_style("bold"))], GUTTER)
        strip = Strip.join([gutter, strip])
        return strip.crop_extend(scroll_x, scroll_x + width, style).apply_offsets(scroll_x, index)


def _line_offsets(plain: str, lines: list[Text]) -> list[int]:
    """Where each wrapped line starts in ``plain`` (wrapping drops the spaces it breaks at)."""
    offsets: list[int] = []
    position = 0
    for line in lines:
        found = plain.find(line.plain, position) if line.plain else position
        start = found if found >= 0 else position
        offsets.append(start)
        position = start + len(line.plain)
    return offsets
