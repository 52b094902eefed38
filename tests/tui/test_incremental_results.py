"""Search results arrive in two steps: the hits on screen highlighted first, then the rest.

Highlighting thirty hits took 50–85 ms at 10,000 articles, most of it for lines nobody sees
yet. The user must still end up with every hit listed, each with its snippets and hit count,
and the lines already on screen (and the cursor) must not jump when the rest arrive.
"""

from __future__ import annotations

from pathlib import Path

from tui.apptools import Recorder, make_app, ready, settle

from briefing.tui.screens import loading
from briefing.tui.screens.main import FIRST_HITS, SEARCH_LIMIT
from briefing.tui.widgets.navlist import NavList
from briefing.tui.widgets.search import SearchPane

ARTICLES = 14


def _packet(tmp_path: Path) -> Path:
    folder = tmp_path / "packet"
    folder.mkdir()
    for i in range(ARTICLES):
        (folder / f"report-{i:02d}.txt").write_text(
            f"Harbour report number {i}\n\n"
            f"The harbour authority counted {i + 3} ships today. "
            "Dockers said the harbour was busy.\n\n"
            "Weather was calm along the coast.\n",
            encoding="utf-8",
        )
    return folder


def _headers(pane: SearchPane) -> list[str]:
    options = pane.query_one("#results", NavList)
    ids = (options.get_option_at_index(i).id or "" for i in range(options.option_count))
    return [i for i in ids if i.startswith("hit") and "s" not in i]


async def test_the_first_hits_come_highlighted_and_the_rest_follow(tmp_path: Path) -> None:
    assert FIRST_HITS < ARTICLES <= SEARCH_LIMIT
    recorder = Recorder()
    app = make_app([_packet(tmp_path)])
    async with app.run_test(size=(120, 36), message_hook=recorder) as pilot:
        await ready(pilot)
        await pilot.press("slash", *"harbour")
        await settle(pilot)
        # The query may run twice (again once the index is first built), and the two runs'
        # answers may interleave: the screen keeps the last run's, and so does this test.
        seen = {id(m): m for m in recorder.of(loading.Searched)}  # recorded once per handler
        answers = [m for m in seen.values() if m.result.query == "harbour"]
        last = max(m.generation for m in answers)
        answers = [m for m in answers if m.generation == last]
        assert [m.highlighted for m in answers] == [FIRST_HITS, None]
        first, complete = answers[0].result, answers[1].result
        assert all(hit.spans and hit.snippets for hit in first.hits[:FIRST_HITS])
        assert not any(hit.spans for hit in first.hits[FIRST_HITS:])
        assert all(hit.spans and hit.snippets for hit in complete.hits)
        pane = app.screen.query_one(SearchPane)
        assert pane.result == complete
        assert _headers(pane) == [f"hit{i}" for i in range(ARTICLES)]


async def test_the_rest_is_appended_without_moving_the_cursor(tmp_path: Path) -> None:
    app = make_app([_packet(tmp_path)])
    async with app.run_test(size=(120, 36)) as pilot:
        await ready(pilot)
        briefing = app.screen.briefing
        assert briefing is not None
        first = briefing.search("harbour", limit=SEARCH_LIMIT, snippets_for=FIRST_HITS)
        complete = briefing.search("harbour", limit=SEARCH_LIMIT)
        pane = app.screen.query_one(SearchPane)
        pane.show(first, FIRST_HITS)
        await pilot.pause()
        assert _headers(pane) == [f"hit{i}" for i in range(FIRST_HITS)]
        options = pane.query_one("#results", NavList)
        options.highlighted = 3
        before = [options.get_option_at_index(i).prompt for i in range(options.option_count)]
        pane.show(complete)
        await pilot.pause()
        assert options.highlighted == 3
        after = [options.get_option_at_index(i).prompt for i in range(options.option_count)]
        assert after[: len(before)] == before  # what was listed stays as it was
        assert _headers(pane) == [f"hit{i}" for i in range(ARTICLES)]
        assert f"{complete.total} articles" in str(pane.query_one("#search-status").render())


async def test_another_query_replaces_a_partial_list(tmp_path: Path) -> None:
    app = make_app([_packet(tmp_path)])
    async with app.run_test(size=(120, 36)) as pilot:
        await ready(pilot)
        briefing = app.screen.briefing
        assert briefing is not None
        pane = app.screen.query_one(SearchPane)
        pane.show(briefing.search("harbour", limit=SEARCH_LIMIT, snippets_for=FIRST_HITS), 8)
        await pilot.pause()
        other = briefing.search("ships", limit=SEARCH_LIMIT)
        pane.show(other)
        await pilot.pause()
        assert pane.result == other
        assert _headers(pane) == [f"hit{i}" for i in range(len(other.hits))]
