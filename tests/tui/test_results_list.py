"""The results list takes new lines without laying the screen out again (``ResultsList``'s
virtual size repaints the list alone unless a scrollbar appears or goes); it must scroll,
show its scrollbar and draw exactly as Textual's option list does."""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.containers import Horizontal

from briefing.tui.widgets.navlist import NavList
from briefing.tui.widgets.search import ResultsList

CSS = """
NavList { width: 1fr; height: 1fr; border: none; scrollbar-gutter: stable; }
Horizontal { height: 8; }
"""


class _Lists(App[None]):
    CSS = CSS

    def compose(self) -> ComposeResult:
        with Horizontal():
            yield ResultsList(id="ours")
            yield NavList(id="theirs")


def _entries(start: int, stop: int) -> list[str]:
    """Entries of one and of several lines at the lists' width (18 columns)."""
    return [
        f"hit {i} " + ("harbour authority counted ships " * (i % 3)) for i in range(start, stop)
    ]


def _lists(app: App[None]) -> tuple[NavList, NavList]:
    return app.query_one("#ours", NavList), app.query_one("#theirs", NavList)


def _record_layouts(widget: NavList) -> list[bool]:
    laid: list[bool] = []
    refresh = widget.refresh

    def recording(*regions, repaint=True, layout=False, recompose=False):  # type: ignore[no-untyped-def]
        laid.append(layout)
        return refresh(*regions, repaint=repaint, layout=layout, recompose=recompose)

    widget.refresh = recording  # type: ignore[method-assign]
    return laid


def _drawn(widget: NavList) -> list[str]:
    return [widget.render_line(y).text for y in range(widget.size.height)]


async def test_appended_lines_repaint_the_list_alone_and_look_the_same() -> None:
    app = _Lists()
    async with app.run_test(size=(40, 10)) as pilot:
        ours, theirs = _lists(app)
        for options in (ours, theirs):
            options.set_options(_entries(0, 4))
        await pilot.pause()
        assert ours.show_vertical_scrollbar and theirs.show_vertical_scrollbar
        laid = _record_layouts(ours)
        for options in (ours, theirs):
            options.add_options(_entries(4, 30))
        await pilot.pause()
        assert laid and not any(laid)
        assert ours.virtual_size == theirs.virtual_size
        assert ours.max_scroll_y == theirs.max_scroll_y > 0
        assert ours.vertical_scrollbar.window_virtual_size == ours.virtual_size.height
        assert _drawn(ours) == _drawn(theirs)
        for options in (ours, theirs):  # the last entry is reachable and in view
            options.highlighted = options.option_count - 1
        await pilot.pause()
        assert ours.scroll_offset == theirs.scroll_offset
        assert ours.scroll_offset.y == ours.max_scroll_y
        assert _drawn(ours) == _drawn(theirs)


async def test_a_scrollbar_that_appears_or_goes_is_laid_out() -> None:
    app = _Lists()
    async with app.run_test(size=(40, 10)) as pilot:
        ours, theirs = _lists(app)
        for options in (ours, theirs):
            options.set_options(_entries(0, 1))
        await pilot.pause()
        assert not ours.show_vertical_scrollbar
        laid = _record_layouts(ours)
        for options in (ours, theirs):
            options.add_options(_entries(1, 30))
        await pilot.pause()
        assert any(laid)
        assert ours.show_vertical_scrollbar == theirs.show_vertical_scrollbar is True
        assert ours.vertical_scrollbar.region.height == theirs.vertical_scrollbar.region.height > 0
        assert _drawn(ours) == _drawn(theirs)
        for options in (ours, theirs):
            options.set_options(_entries(0, 1))
        await pilot.pause()
        assert ours.show_vertical_scrollbar == theirs.show_vertical_scrollbar is False
        assert _drawn(ours) == _drawn(theirs)


class _One(App[None]):
    CSS = CSS

    def __init__(self, kind: type[NavList]) -> None:
        super().__init__()
        self.kind = kind

    def compose(self) -> ComposeResult:
        with Horizontal():
            yield self.kind()


async def _screens(kind: type[NavList]) -> list[str]:
    """The whole screen, scrollbar thumb included, after each step of a search's results."""
    app = _One(kind)
    shots = []
    async with app.run_test(size=(40, 10)) as pilot:
        options = app.query_one(NavList)
        steps = (
            lambda: options.set_options(_entries(0, 1)),
            lambda: options.add_options(_entries(1, 4)),
            lambda: options.add_options(_entries(4, 30)),
            lambda: setattr(options, "highlighted", 20),
            lambda: options.set_options(_entries(0, 6)),
            lambda: options.clear_options(),
        )
        for step in steps:
            step()
            await pilot.pause()
            shots.append(app.export_screenshot())
    return shots


async def test_every_step_draws_the_same_screen_as_textuals_list() -> None:
    assert await _screens(ResultsList) == await _screens(NavList)


class _Auto(App[None]):
    CSS = "NavList { height: auto; border: none; }"

    def compose(self) -> ComposeResult:
        yield ResultsList(id="ours")
        yield NavList(id="theirs")


async def test_a_list_sized_by_its_lines_still_grows_with_them() -> None:
    app = _Auto()
    async with app.run_test(size=(40, 30)) as pilot:
        ours, theirs = _lists(app)
        for options in (ours, theirs):
            options.set_options(_entries(0, 1))
        await pilot.pause()
        for options in (ours, theirs):
            options.add_options(_entries(1, 4))
        await pilot.pause()
        assert ours.size.height == theirs.size.height == ours.virtual_size.height > 1
