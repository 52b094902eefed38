"""Sources and Reader: listing, sorting, filtering, read state, next unread, find, marks, safety."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input
from tui.apptools import Recorder, make_app, ready, screen_text, settle

from briefing import paths
from briefing.state import ReadingState
from briefing.tui.messages import ArticleChosen
from briefing.tui.widgets.navlist import NavList
from briefing.tui.widgets.reader import Reader
from briefing.tui.widgets.sources import SourceList

HOSTILE_TITLE = "Breaking [bold]news[/bold] [@click=app.quit]now[/]"
HOSTILE_BODY = (
    "Click [@click=app.quit]here[/] or [link=https://x]there[/link] — "
    "\x1b[31mred\x1b[0m and a bell\x07 must stay inert. [b]not bold[/b]"
)


def _visible_ids(app: object) -> list[str]:
    return list(app.screen.query_one(SourceList).order)  # type: ignore[attr-defined]


async def test_sources_list_every_article_and_the_skipped_files(seeds: Path) -> None:
    (seeds / "notes.pdf").write_bytes(b"%PDF-1.4 not an article")
    app = make_app([seeds])
    async with app.run_test(size=(160, 48)) as pilot:
        await ready(pilot)
        sources = app.screen.query_one(SourceList)
        assert len(sources.order) == 5
        assert "1 skipped" in screen_text(app)
        # listed (disabled, dim) with its reason: nothing is silently lost
        options = app.screen.query_one("#sources-list", NavList)
        skipped = [options.get_option_at_index(i) for i in range(options.option_count)]
        assert any(o.disabled and "notes.pdf" in str(o.prompt) for o in skipped)


async def test_sort_key_cycles_and_reorders(seeds: Path) -> None:
    app = make_app([seeds])
    async with app.run_test(size=(160, 48)) as pilot:
        await ready(pilot)
        sources = app.screen.query_one(SourceList)
        by_date = _visible_ids(app)
        assert sources.sort_key == "date"
        await pilot.press("o")
        await pilot.pause()
        assert sources.sort_key == "outlet"
        assert "by outlet" in screen_text(app)
        briefing = app.screen.briefing
        outlets = [(briefing.article(i).source or "\uffff").casefold() for i in _visible_ids(app)]
        assert outlets == sorted(outlets)
        await pilot.press("o")
        await pilot.pause()
        assert sources.sort_key == "title"
        await pilot.press("o")
        await pilot.pause()
        assert _visible_ids(app) == by_date


async def test_filter_as_you_type(seeds: Path) -> None:
    app = make_app([seeds])
    async with app.run_test(size=(160, 48)) as pilot:
        await ready(pilot)
        briefing = app.screen.briefing
        outlet = next(a.source for a in briefing.articles if a.source)
        app.screen.query_one("#sources-filter", Input).focus()
        await pilot.press(*outlet.lower())
        await pilot.pause()
        shown = _visible_ids(app)
        assert shown and len(shown) < 5
        assert all(
            outlet.casefold() in (briefing.article(i).source or "").casefold()
            or outlet.casefold() in (briefing.article(i).title or "").casefold()
            for i in shown
        )
        await pilot.press("enter")  # Enter leaves the filter box for the list
        assert isinstance(app.screen.focused, NavList)


async def test_opening_marks_read_and_next_unread_walks_the_rest(seeds: Path) -> None:
    recorder = Recorder()
    app = make_app([seeds])
    async with app.run_test(size=(160, 48), message_hook=recorder) as pilot:
        await ready(pilot)
        seen = set()
        for _ in range(5):
            await pilot.press("u")
            await settle(pilot)
            reader = app.screen.query_one(Reader)
            assert reader.article is not None
            seen.add(reader.article.id)
        assert len(seen) == 5
        assert app.screen.check_action("next_unread", ()) is False  # all read: hidden
        await pilot.press("m")  # mark the current one unread again
        await pilot.pause()
        assert app.screen.check_action("next_unread", ()) is True
        await pilot.press("q")
    state = ReadingState.load(paths.state_root() / paths.briefing_key([seeds]))
    assert len(state.read) == 4


async def test_enter_in_the_list_posts_article_chosen(seeds: Path) -> None:
    recorder = Recorder()
    app = make_app([seeds])
    async with app.run_test(size=(160, 48), message_hook=recorder) as pilot:
        await ready(pilot)
        await pilot.press("s", "j", "enter")
        await settle(pilot)
        chosen = recorder.of(ArticleChosen)
        assert chosen and chosen[-1].span is None
        reader = app.screen.query_one(Reader)
        assert reader.article is not None and reader.article.id == chosen[-1].article_id
        assert app.screen.focused is reader.body


async def test_reader_keys_scroll(seeds: Path) -> None:
    app = make_app([seeds])
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        reader = app.screen.query_one(Reader)
        await pilot.press("r")  # the list is in front at launch
        await pilot.pause()
        body = reader.body
        assert app.screen.focused is body
        await pilot.press("j", "j")
        assert body.scroll_y == 2
        await pilot.press("k")
        assert body.scroll_y == 1
        await pilot.press("space")
        after_page = body.scroll_y
        assert after_page > 5
        await pilot.press("b")
        assert body.scroll_y < after_page
        await pilot.press("G")
        await pilot.pause()
        assert body.scroll_y == body.max_scroll_y
        await pilot.press("g")
        await pilot.pause()
        assert body.scroll_y == 0
        await pilot.press("ctrl+d")
        assert body.scroll_y >= 3
        await pilot.press("ctrl+u")
        assert body.scroll_y == 0


async def test_find_in_article_counts_and_n_moves(seeds: Path) -> None:
    app = make_app([seeds])
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        reader = app.screen.query_one(Reader)
        assert reader.article is not None
        expected = sum(p.text.lower().count("putin") for p in reader.article.paragraphs)
        assert expected >= 2
        await pilot.press("r", "f", *"putin")
        await pilot.pause()
        assert reader.border_subtitle == f"find 1/{expected}"
        await pilot.press("enter", "n")
        await pilot.pause()
        assert reader.border_subtitle == f"find 2/{expected}"
        await pilot.press("N", "N")
        await pilot.pause()
        assert reader.border_subtitle == f"find {expected}/{expected}"
        await pilot.press("escape")
        await pilot.pause()
        assert reader.border_subtitle == ""
        assert not app.screen.query_one("#find", Input).display


async def test_markup_in_articles_is_shown_literally_and_never_runs(tmp_path: Path) -> None:
    folder = tmp_path / "hostile"
    folder.mkdir()
    (folder / "markup.txt").write_text(f"{HOSTILE_TITLE}\n\n{HOSTILE_BODY}\n", encoding="utf-8")
    app = make_app([folder])
    async with app.run_test(size=(160, 48)) as pilot:
        await ready(pilot)
        reader = app.screen.query_one(Reader)
        assert reader.article is not None
        text = screen_text(app)
        assert "[@click=app.quit]" in text
        assert "[bold]news[/bold]" in text
        assert "[b]not bold[/b]" in text
        assert "\x1b" not in text and "\x07" not in text
        for row in range(0, 20, 2):
            await pilot.click(reader.body, offset=(5, row))
        await pilot.press("enter", "space")
        await pilot.pause()
        assert app.is_running  # no markup action ran
        await pilot.press("q")
    assert app.return_code == 0


async def test_furniture_is_folded_and_z_shows_it(seeds: Path) -> None:
    app = make_app([seeds])
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        briefing = app.screen.briefing
        target = next(a for a in briefing.articles if any(p.foldable for p in a.paragraphs))
        app.screen.post_message(ArticleChosen(target.id))
        await settle(pilot)
        reader = app.screen.query_one(Reader)
        index = next(i for i, p in enumerate(target.paragraphs) if p.foldable)
        assert reader.has_class("-folded") and reader.body.line_of(index) is None
        assert "folded (z)" in screen_text(app)
        await pilot.press("z")
        await pilot.pause()
        assert not reader.has_class("-folded") and reader.body.line_of(index) is not None
        await pilot.press("z")
        await pilot.pause()
        assert reader.has_class("-folded")


async def test_related_articles_are_listed_under_the_topics_and_open(seeds: Path) -> None:
    recorder = Recorder()
    app = make_app([seeds])
    async with app.run_test(size=(120, 40), message_hook=recorder) as pilot:
        await ready(pilot)
        await settle(pilot)
        reader = app.screen.query_one(Reader)
        assert reader.article is not None
        related = app.screen.briefing.related(reader.article.id)
        listing = app.screen.query_one("#related", NavList)
        assert related and listing.option_count == len(related)
        listing.focus()
        listing.highlighted = 0
        await pilot.press("enter")
        await settle(pilot)
        assert reader.article.id == related[0]
        assert recorder.of(ArticleChosen)[-1].article_id == related[0]


async def test_escape_backs_out_one_level_at_a_time(seeds: Path) -> None:
    app = make_app([seeds])
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        screen = app.screen
        reader = screen.query_one(Reader)
        await pilot.press("r", "f", *"putin")
        await pilot.press("escape")  # closes the find box
        await pilot.pause()
        assert not screen.query_one("#find", Input).display and screen.focused is reader.body
        await pilot.press("t")
        await pilot.pause()
        assert screen.has_class("-pane-topics")
        await pilot.press("enter")  # choose the first topic
        await pilot.pause()
        await pilot.press("escape")  # side pane → reader
        await pilot.pause()
        assert screen.has_class("-pane-reader")
        assert screen.topic_id is not None
        await pilot.press("escape")  # then the topic filter
        await pilot.pause()
        assert screen.topic_id is None
        await pilot.press("escape")  # nothing left: Escape never quits
        await pilot.pause()
        assert app.is_running


async def test_ctrl_q_also_remembers_the_position(seeds: Path) -> None:
    app = make_app([seeds])
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("u")
        await settle(pilot)
        reader = app.screen.query_one(Reader)
        assert reader.article is not None
        chosen = reader.article.id
        await pilot.press("ctrl+q")
        await pilot.pause()
    state = ReadingState.load(paths.state_root() / paths.briefing_key([seeds]))
    assert state.position is not None and state.position.article_id == chosen


async def test_a_huge_article_opens_and_find_reaches_its_last_paragraph(tmp_path: Path) -> None:
    folder = tmp_path / "huge"
    folder.mkdir()
    paragraphs = [f"Paragraph {n} says something long enough to wrap. " * 4 for n in range(2000)]
    paragraphs.append("The needle zanzibarite is only here at the very end.")
    (folder / "huge.txt").write_text(
        "A huge article\n\n" + "\n\n".join(paragraphs), encoding="utf-8"
    )
    app = make_app([folder])
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        reader = app.screen.query_one(Reader)
        assert reader.article is not None and len(reader.article.paragraphs) > 1000
        await pilot.press("r", "f", *"zanzibarite", "enter")
        await pilot.pause()
        assert reader.border_subtitle == "find 1/1"
        body = reader.body
        last = len(reader.article.paragraphs) - 1
        line = body.line_of(last)
        assert line is not None and line > 4000
        assert body.scroll_y <= line < body.scroll_y + body.scrollable_content_region.height
        assert "zanzibarite" in screen_text(app)


async def test_the_hostile_folder_opens_and_every_article_renders(tmp_path: Path) -> None:
    from support.hostile import build_hostile_folder

    folder = tmp_path / "hostile"
    expected = build_hostile_folder(folder, big_size=300_000, long_line_size=200_000)
    app = make_app([folder])
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        screen = app.screen
        sources = screen.query_one(SourceList)
        articles = sum(1 for outcome in expected.values() if outcome == "article")
        assert len(sources.order) >= articles - 1  # root may read the chmod-000 file
        for article_id in list(sources.order):
            screen.post_message(ArticleChosen(article_id))
            await settle(pilot)
            text = screen_text(app)
            assert "\x1b" not in text and "\x07" not in text
        await pilot.press("slash", *"summit", "enter")
        await settle(pilot)
        assert app.is_running
        await pilot.press("escape", "q")
    assert app.return_code == 0
