"""List entries say their height without being rendered, and are drawn as Rich draws them.

An option list asks every new entry its height before drawing any, so the search results'
entries answer from their text (``Laid.lines``). A wrong answer would cut an entry's last line
or leave a blank one, so the answer is checked against the rendering itself, at every width,
on text written to stress wrapping: wide characters, words longer than the pane, runs of
spaces, ellipses.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from rich.console import Console
from rich.text import Text
from textual.app import App, ComposeResult
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from briefing.model import Article, Paragraph
from briefing.tui.lines import source_entry
from briefing.tui.text import HIT_STYLE, Laid, hanging, hanging_lines

WORDS = ["a", "dam", "reservoir", "x" * 30, "пам'ять", "記憶力", "  ", "…", "-", "e2freefrag"]
CONSOLE = Console(width=200, color_system=None)


def rendered_lines(laid: Laid, width: int) -> int:
    options = CONSOLE.options.update_width(width)
    return sum(text.count("\n") for text, _, _ in CONSOLE.render(laid, options))


def entry(words: list[str], lead: int, marked: bool) -> Text:
    text = Text("  …" if lead == 3 else "")
    for word in words:
        text.append(word + " ", style=HIT_STYLE if marked and len(word) > 3 else "")
    return text


texts = st.builds(
    entry, st.lists(st.sampled_from(WORDS), max_size=40), st.integers(1, 6), st.booleans()
)


@settings(max_examples=400, deadline=None)
@given(texts, st.integers(1, 6), st.integers(1, 140))
def test_a_hanging_entry_is_as_tall_as_its_rendering(text: Text, lead: int, width: int) -> None:
    laid = hanging(text, lead)
    lines = laid.lines(CONSOLE, width)
    assert lines is None or lines == rendered_lines(laid, width)
    if width >= 12 and text.plain[:lead].strip():
        assert lines is not None  # the search results' entries are measured, not rendered


@settings(max_examples=200, deadline=None)
@given(st.lists(texts, min_size=1, max_size=4), st.integers(1, 140))
def test_stacked_hanging_lines_are_as_tall_as_their_rendering(
    parts: list[Text], width: int
) -> None:
    laid = hanging_lines(Text("\n").join(parts))
    lines = laid.lines(CONSOLE, width)
    assert lines is None or lines == rendered_lines(laid, width)


names = st.lists(st.sampled_from(WORDS), max_size=12).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(names, st.none() | names, st.none() | st.sampled_from(["en", "ru", "zh"]), st.booleans())
def test_a_source_entry_is_two_lines_at_any_width(
    title: str, outlet: str | None, language: str | None, read: bool
) -> None:
    laid = source_entry(
        Article(
            id="a",
            path=Path("/nowhere/a.txt"),
            title=title or None,
            source=outlet,
            date=dt.date(2025, 10, 8),
            language=language,
            paragraphs=(Paragraph("Body."),),
        ),
        read=read,
    )
    for width in (1, 2, 5, 12, 30, 64, 200):
        assert laid.lines(CONSOLE, width) == rendered_lines(laid, width) == 2


def test_an_entry_with_a_line_break_is_rendered_to_be_measured() -> None:
    assert hanging(Text("  two\nlines"), 2).lines(CONSOLE, 40) is None


class Lists(App[None]):
    """Two lists of the same entries: one as the app shows them, one as Rich renderables."""

    def __init__(self, entries: list[Laid]) -> None:
        super().__init__()
        self.entries = entries

    def compose(self) -> ComposeResult:
        yield OptionList(*[Option(laid) for laid in self.entries], id="ours")
        yield OptionList(*[Option(Plain(laid)) for laid in self.entries], id="rich")


class Plain:
    """The same renderable without the ``visualize`` hook: Textual's own ``RichVisual``."""

    def __init__(self, laid: Laid) -> None:
        self.laid = laid

    def __rich_console__(self, console: Console, options: object) -> object:
        yield self.laid


async def test_the_list_draws_them_exactly_as_rich_renderables() -> None:
    entries = [
        hanging(entry(["reservoir", "dam", "x" * 30, "記憶力"] * (i + 1), 3, True), 3)
        for i in range(6)
    ]
    entries.append(hanging_lines(Text("“a quoted line that wraps in the pane\n• and a bullet")))
    app = Lists(entries)
    async with app.run_test(size=(36, 60)) as pilot:
        await pilot.pause()
        ours, rich = app.query_one("#ours", OptionList), app.query_one("#rich", OptionList)
        ours.highlighted = rich.highlighted = 2
        await pilot.pause()
        assert ours.virtual_size == rich.virtual_size
        for component in ("", "option-list--option-highlighted"):
            style = ours.get_visual_style("option-list--option", *filter(None, [component]))
            for index in range(len(entries)):
                drawn = ours._get_option_render(ours.get_option_at_index(index), style)
                expected = rich._get_option_render(rich.get_option_at_index(index), style)
                assert drawn == expected
