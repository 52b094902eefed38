"""What a first real user ran into in tmux at 80×24 and 200×50, each pinned by a test.

Keys typed faster than the app handles them are sent in one burst straight to the driver
(``burst``): ``pilot.press`` waits for the app to go idle after every key, which hides exactly
the races a fast typist or a paste hits in a real terminal.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from textual import events
from textual.pilot import Pilot
from tui.apptools import Recorder, make_app, ready, settle

from briefing.tui.messages import ArticleChosen
from briefing.tui.widgets.search import SearchPane

CHARACTERS = {"enter": "\r", "escape": "\x1b", "slash": "/", "space": " "}


def burst(pilot: Pilot[Any], *keys: str) -> None:
    """Queue every key at once, as a terminal delivers a fast typist's keys or a paste."""
    driver = pilot.app._driver
    assert driver is not None
    for key in keys:
        character = CHARACTERS.get(key, key if len(key) == 1 else None)
        event = events.Key(key, character)
        event.set_sender(pilot.app)
        driver.send_message(event)


async def test_enter_twice_quickly_in_the_search_box_opens_the_first_hit(seeds: Path) -> None:
    recorder = Recorder()
    app = make_app([seeds])
    async with app.run_test(size=(80, 24), message_hook=recorder) as pilot:
        await ready(pilot)
        burst(pilot, "slash", *"migration", "enter", "enter")
        await settle(pilot)
        await settle(pilot)
        chosen = recorder.of(ArticleChosen)
        assert chosen, "the second Enter was lost"
        result = app.screen.query_one(SearchPane).result
        assert result is not None and result.query == "migration"
        assert chosen[-1].article_id == result.hits[0].article_id
        assert app.screen.focused is app.screen.query_one("#article")
