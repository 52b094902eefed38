"""How a ``Laid`` entry reaches Textual: drawn as Rich draws it, measured without drawing it.

An option list asks every new entry its height before it draws any (the list's length
decides its scrollbar). For a Rich renderable Textual's ``RichVisual`` answers by rendering
the whole entry, so appending 22 search hits (66 entries laid out as two-column grids) rendered
66 grids to draw the 8 on screen: 40–170 ms of the UI thread at 10,000 articles, between the
key and the settled results (benchmarks/PROFILE.md). A ``Laid`` entry can say how many lines it
takes at a width from its text alone (``text.Laid.lines``); this visual uses that and renders
only what is drawn, exactly as ``RichVisual`` would (same segments, same base style).

Textual finds it through its ``visualize`` protocol (``text.Laid.visualize``).
"""

from __future__ import annotations

from itertools import islice
from typing import TYPE_CHECKING

from rich.segment import Segment
from textual._context import active_app
from textual.render import measure
from textual.strip import Strip
from textual.visual import RenderOptions, Visual

if TYPE_CHECKING:
    from rich.console import Console, ConsoleOptions, RenderResult
    from rich.style import Style as RichStyle
    from textual.css.styles import RulesMap
    from textual.style import Style

    from briefing.tui.text import Laid


class LaidVisual(Visual):
    """A ``Laid`` entry for Textual: its own line count, Rich's rendering."""

    def __init__(self, laid: Laid) -> None:
        self.laid = laid

    def get_optimal_width(self, rules: RulesMap, container_width: int) -> int:
        console = active_app.get().console
        return measure(console, self.laid, container_width, container_width=container_width)

    def get_height(self, rules: RulesMap, width: int) -> int:
        app = active_app.get()
        lines = self.laid.lines(app.console, width)
        if lines is not None:
            return lines
        options = app.console_options.update_width(width).update(highlight=False)
        return sum(text.count("\n") for text, _, _ in app.console.render(self.laid, options))

    def render_strips(
        self, width: int, height: int | None, style: Style, options: RenderOptions
    ) -> list[Strip]:
        app = active_app.get()
        console_options = app.console_options.update(highlight=False, width=width, height=height)
        segments = app.console.render(_Based(self.laid, style.rich_style), console_options)
        lines = Segment.split_and_crop_lines(segments, width, include_new_lines=False, pad=False)
        return [Strip(line) for line in islice(lines, None, height)]


class _Based:
    """The base style under every segment, as Textual's widgets apply it to a renderable."""

    def __init__(self, laid: Laid, style: RichStyle) -> None:
        self.laid = laid
        self.style = style

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        segments = console.render(self.laid, options)
        if not self.style:
            yield from segments
            return
        apply = self.style.__add__
        for text, style, _control in segments:
            yield Segment(text, apply(style), None)
