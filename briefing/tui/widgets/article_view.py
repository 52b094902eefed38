"""A scrolling view of an article's paragraphs that only renders the lines on screen.

Why not one ``Static`` per paragraph: an article may be a 2 MB wall of text with thousands
of paragraphs, and Textual widgets cost several milliseconds each (3,000 paragraphs took over
ten seconds to mount). Here each paragraph is one ``rich.text.Text`` (built by the reader from
the literal text, styled by offsets); it is wrapped once per width with Rich's ``Text.wrap``
and each visible line is turned into a ``Strip`` on demand — the pattern of Textual's ``Log``.

Paragraph blocks may be ``None`` (folded): they take no lines. ``line_of(paragraph, offset)``
maps a character offset to its wrapped line, so the reader can scroll a hit into view.
"""

from __future__ import annotations

from rich.cells import cell_len
from rich.text import Text
from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.strip import Strip


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
        return max(10, self.scrollable_content_region.width or self.size.width or 80)

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
        self.virtual_size = Size(self._width, len(lines))
        self.refresh()

    def on_resize(self) -> None:
        if self._blocks and self._content_width() != self._width:
            self._rewrap()

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
