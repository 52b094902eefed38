"""The query box stores its text's width without laying the screen out again on every letter
(``SearchInput._watch_value``); typing must look and scroll exactly as Textual's ``Input``."""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.geometry import Size
from textual.widgets import Input

from briefing.tui.widgets.search import SearchInput


class _Boxes(App[None]):
    CSS = "Input { width: 20; }"

    def compose(self) -> ComposeResult:
        yield SearchInput(id="ours")
        yield Input(id="theirs")


async def test_typing_scrolls_and_sizes_as_textual_input() -> None:
    app = _Boxes()
    async with app.run_test(size=(40, 8)) as pilot:
        ours, theirs = app.query_one("#ours", Input), app.query_one("#theirs", Input)
        text = "harbour authority counted ships"  # longer than the box
        for box in (ours, theirs):
            box.focus()
            await pilot.pause()
            for char in text:
                await pilot.press(char if char != " " else "space")
            await pilot.pause()
        assert ours.value == theirs.value == text
        assert ours.virtual_size == theirs.virtual_size == Size(len(text) + 1, 1)
        assert ours.scroll_offset == theirs.scroll_offset
        assert ours.scroll_offset.x > 0  # the end of the text, with the cursor, is in view
        await pilot.press("home")  # in theirs, focused last
        ours.focus()
        await pilot.press("home")
        await pilot.pause()
        assert ours.scroll_offset.x == theirs.scroll_offset.x == 0
        assert ours.render_line(0).text == theirs.render_line(0).text


async def test_a_typed_letter_lays_nothing_out() -> None:
    app = _Boxes()
    async with app.run_test(size=(40, 8)) as pilot:
        ours = app.query_one("#ours", Input)
        ours.focus()
        await pilot.pause()
        laid: list[bool] = []
        refresh = ours.refresh

        def recording(*regions, repaint=True, layout=False, recompose=False):  # type: ignore[no-untyped-def]
            laid.append(layout)
            return refresh(*regions, repaint=repaint, layout=layout, recompose=recompose)

        ours.refresh = recording  # type: ignore[method-assign]
        await pilot.press("m", "e")
        await pilot.pause()
        assert ours.value == "me"
        assert laid and not any(laid)
