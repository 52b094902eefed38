"""How the app looks at 80×24, 120×36, 160×48 and 250×60, and with the 16-colour theme
(pytest-textual-snapshot).

Deterministic by construction: private cache/state/config dirs (conftest), the bundled seeds,
no clock in the UI, notifications cleared and the input cursor's blink turned off before the
screenshot. Regenerate with ``pytest tests/tui/test_snapshots.py --snapshot-update`` after a
deliberate change, and look at the SVGs before committing them.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import Input
from tui.apptools import make_app, ready, settle

from briefing import paths

SnapCompare = Callable[..., bool]


def _prepare(keys: Sequence[str] = ()) -> Callable[[Pilot[Any]], Awaitable[None]]:
    async def run_before(pilot: Pilot[Any]) -> None:
        await ready(pilot)
        if keys:
            await pilot.press(*keys)
            await settle(pilot)
        for box in pilot.app.query(Input):
            box.cursor_blink = False
        for box in pilot.app.screen.query(Input):
            box.cursor_blink = False
        pilot.app.clear_notifications()
        await pilot.pause()

    return run_before


#: Every layout is checked at these sizes (issue 13: a width between 80 and 250 columns was
#: where the list became a strip of broken words).
SIZES = [(80, 24), (120, 36), (160, 48), (250, 60)]
#: Each screen a user reaches in the first minutes, by the keys that reach it.
LAYOUTS = {
    "launch": [],
    "searching": ["slash", *"putin"],
    "search_hit_opened": ["slash", *"migration", "enter", "enter"],
    "timeline": ["T"],
    "discrepancies": ["D"],
}


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_layout(snap_compare: SnapCompare, layout: str, size: tuple[int, int]) -> None:
    app = make_app([paths.bundled_seeds()])
    assert snap_compare(app, terminal_size=size, run_before=_prepare(LAYOUTS[layout]))


def test_sources_pane_80x24_sixteen_colours(snap_compare: SnapCompare) -> None:
    app = make_app([paths.bundled_seeds()], colors="16")
    assert snap_compare(app, terminal_size=(80, 24), run_before=_prepare(["s"]))


def test_cross_reference_160x48(snap_compare: SnapCompare) -> None:
    app = make_app([paths.bundled_seeds()])
    assert snap_compare(app, terminal_size=(160, 48), run_before=_prepare(["t", "x"]))


def test_help_80x24(snap_compare: SnapCompare) -> None:
    app = make_app([paths.bundled_seeds()])
    assert snap_compare(app, terminal_size=(80, 24), run_before=_prepare(["question_mark"]))
