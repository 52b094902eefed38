"""One-line labels (``tui/lines.py``) and the packet overview (``briefing/overview.py``).

Plain rich and plain data: no terminal. The articles here are made up for the tests.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
from pathlib import Path

from rich.console import Console
from rich.text import Text

from briefing.model import Article, Paragraph
from briefing.overview import overview
from briefing.tui.lines import date_span, fit, fit_title, overview_line, plural, source_entry


def _article(
    id: str, source: str | None, date: dt.date | None, language: str = "en", title: str = "T"
) -> Article:
    return Article(
        id=id,
        path=Path(f"/nowhere/{id}.txt"),
        title=title,
        source=source,
        date=date,
        paragraphs=(Paragraph("Body."),),
        language=language,
    )


def _render(renderable: object, width: int) -> list[str]:
    console = Console(width=width, record=True, color_system=None, file=io.StringIO())
    console.print(renderable)
    return [line.rstrip() for line in console.export_text().splitlines()]


def test_fit_cuts_after_a_whole_word_and_marks_the_cut() -> None:
    text = Text("Dam talks resume between upstream neighbours")
    assert fit(text, 100).plain == text.plain
    cut = fit(text, 20).plain
    assert cut == "Dam talks resume…" and len(cut) <= 20
    assert fit(Text("Supercalifragilistic"), 8).plain == "Superca…"  # one long word: cut it
    assert fit(Text("Sino-Kyrgyz accord"), 12).plain == "Sino-Kyrgyz…"
    assert fit(Text("Sino-Kyrgyz accord"), 10).plain == "Sino-…"  # a hyphen is a break


def test_fit_never_breaks_inside_the_indent() -> None:
    """The source list indents titles by two spaces; a title with no break of its own (a
    Chinese headline, one long word) was cut at the indent and shown as a lone "…" (ux60)."""
    assert fit(Text("  北京天津上海广州深圳重庆成都"), 20).plain == "  北京天津上海广州…"
    assert fit(Text("  Supercalifragilistic"), 10).plain == "  Superca…"
    assert fit(Text("  Dam talks resume"), 14).plain == "  Dam talks…"  # a real word break


def test_fit_may_break_between_two_wide_characters() -> None:
    """Chinese and Japanese put no spaces between words: any two of their characters may be
    split (as a line break may), rather than falling back to an early space."""
    cut = fit(Text("【3月5日 新華社】北京と上海で会議が開かれた"), 30).plain
    assert cut == "【3月5日 新華社】北京と上海で…"
    # Latin and a wide character side by side is no break: the space before is used.
    assert fit(Text("Tokyo 東京駅 Station"), 12).plain == "Tokyo 東京…"
    assert fit(Text("report Tokyo"), 10).plain == "report…"
    # Korean separates words by spaces: it is cut at a space, like a Latin title.
    assert fit(Text("서울에서 회담이 열렸다"), 16).plain == "서울에서 회담이…"
    assert fit(Text("서울에서 회담이 열렸다"), 14).plain == "서울에서…"


def test_a_source_entry_is_two_lines_at_any_width() -> None:
    article = _article(
        "x",
        "Valley Courier of the Northern Provinces",
        dt.date(2024, 5, 1),
        "kk",
        title="Reservoir levels fall as the spring melt arrives late",
    )
    for width in (22, 30, 44, 80, 200):
        lines = _render(source_entry(article, read=False), width)
        assert len(lines) == 2, (width, lines)
        assert "2024-05-01" in lines[0], (width, lines)  # the date always shows
        assert all(len(line) <= width for line in lines)
    wide = _render(source_entry(article, read=True), 120)
    assert wide[0].strip() == "Valley Courier of the Northern Provinces · 2024-05-01 · kk"


def test_a_narrow_source_entry_cuts_the_outlet_before_it_drops_the_language() -> None:
    """The short language code stays while the outlet can be cut (ux60: "● Agence France-… ·
    undated" hid the code); only a pane too narrow for a few letters of the outlet beside the
    code drops it, and the date shows at every width."""
    article = _article("x", "Valley Courier of the Northern Provinces", None, "kk")
    assert _render(source_entry(article, read=False), 34)[0] == "● Valley Courier… · undated · kk"
    assert _render(source_entry(article, read=False), 23)[0] == "● Valle… · undated · kk"
    assert _render(source_entry(article, read=True), 23)[0] == "  Valle… · undated · kk"
    # Too narrow for four letters of the outlet beside the code ("● Val… · undated · kk"):
    # the code goes and the outlet keeps its letters.
    assert _render(source_entry(article, read=False), 21)[0] == "● Valley… · undated"
    press = _article("p", "The Plains Press", dt.date(2024, 5, 1), "kk")
    # "● The… · 2024-05-01 · kk" would name no outlet: the code gives way to the name.
    assert _render(source_entry(press, read=False), 27)[0] == "● The Plains… · 2024-05-01"
    assert _render(source_entry(press, read=False), 28)[0] == "● The Pla… · 2024-05-01 · kk"
    # The same entry drawn again at the same width reads the same (the cut must not keep
    # what the last drawing appended to the outlet).
    short = _article("s", "Tuz.kz", None, "kk")
    entry = source_entry(short, read=False)
    assert _render(entry, 18)[0] == _render(entry, 18)[0] == "● Tuz.kz · undated"
    # No language: no code to keep, and no stray separator.
    unknown = dataclasses.replace(article, language=None)
    assert _render(source_entry(unknown, read=False), 27)[0] == "● Valley Courier… · undated"


def test_pane_titles_drop_parts_rather_than_end_in_an_ellipsis() -> None:
    parts = ["Sources 3/9", "Glacier melt", "by date"]
    assert fit_title(parts, 80) == "Sources 3/9 · Glacier melt · by date"
    assert fit_title(parts, 28) == "Sources 3/9 · Glacier melt"
    assert fit_title(parts, 12) == "Sources 3/9"
    assert fit_title(["Sources 3/9", "", "by date"], 40) == "Sources 3/9 · by date"


def test_overview_counts_what_the_articles_state_and_nothing_more() -> None:
    articles = [
        _article("a", "Valley Courier", dt.date(2024, 5, 3), "kk"),
        _article("b", "Valley Courier", dt.date(2024, 4, 29), "ru"),
        _article("c", "Steppe Daily", None, "ru"),
        _article("d", None, dt.date(2024, 5, 1), "ru"),
    ]
    packet = overview(articles)
    assert packet.articles == 4
    assert packet.outlets == (("Valley Courier", 2), ("Steppe Daily", 1))
    assert packet.no_outlet == 1 and packet.undated == 1
    assert (packet.first_date, packet.last_date) == (dt.date(2024, 4, 29), dt.date(2024, 5, 3))
    assert packet.languages == (("ru", 3), ("kk", 1))
    line = overview_line(packet, topics=("Reservoir", "Dam"), disagreements=1).plain
    # One article names no outlet, so the two outlets are "named", not the source of all four.
    assert line.startswith("4 articles · 2 outlets named · 29 Apr – 3 May 2024 · ru, kk")
    named = overview_line(overview(articles[:3])).plain
    assert named.startswith("3 articles from 2 outlets · 29 Apr – 3 May 2024")
    assert "1 disagreement (D)" in line and "Reservoir, Dam" in line
    assert overview_line(overview([])).plain.startswith("0 articles from 0 outlets · no dates")


def test_date_spans_and_plurals_read_naturally() -> None:
    assert date_span(dt.date(2025, 10, 6), dt.date(2025, 10, 9)) == "6–9 Oct 2025"
    assert date_span(dt.date(2025, 10, 6), dt.date(2025, 10, 6)) == "6 Oct 2025"
    assert date_span(dt.date(2024, 12, 30), dt.date(2025, 1, 2)) == "30 Dec 2024 – 2 Jan 2025"
    assert plural(1, "article") == "1 article" and plural(2, "article") == "2 articles"
    assert plural(2, "match", "matches") == "2 matches"


def test_a_name_keeps_most_of_its_room_rather_than_one_word() -> None:
    name = Text("The Associated Press")
    assert fit(name, 12).plain == "The…"  # titles end at a word
    assert fit(name, 12, keep=0.6).plain == "The Associa…"  # a name keeps what fits


def test_the_packet_line_does_not_repeat_the_main_event_among_the_top_topics() -> None:
    from briefing.tui.widgets.packet import PacketLine

    line = PacketLine()
    line.event = "Okonkwo’s Lagos bridge, 3–5 Mar 2031"
    line.topic_names = ("Okonkwo’s Lagos bridge, 3–5 Mar 2031", "Ada Okonkwo", "Lagos")
    assert line._other_topics == ("Ada Okonkwo", "Lagos")


def _month_only(id: str, date: dt.date) -> Article:
    """An article whose text states only a month (a "date 2031-10" label)."""
    return dataclasses.replace(_article(id, None, date), date_precision="month")


def test_a_month_the_text_states_alone_is_never_shown_as_its_first_day() -> None:
    october, november = (
        _month_only("a", dt.date(2031, 10, 1)),
        _month_only("b", dt.date(2031, 11, 1)),
    )
    day = _article("c", "Courier", dt.date(2031, 10, 14))
    lines = _render(source_entry(october, read=False), 80)
    assert "Oct 2031" in lines[0] and "2031-10-01" not in lines[0]
    assert "2031-10-14" in _render(source_entry(day, read=False), 80)[0]
    packet = overview([october, november, day])
    assert (packet.first_month, packet.last_month) == (True, True)
    assert "Oct – Nov 2031" in overview_line(packet).plain
    # a day inside the last stated month does not end the span: the month runs on
    late = _article("d", "Courier", dt.date(2031, 11, 20))
    assert "Oct – Nov 2031" in overview_line(overview([october, november, late])).plain
    # a day after the month does
    after = _article("e", "Courier", dt.date(2031, 12, 2))
    assert "Oct – 2 Dec 2031" in overview_line(overview([october, after])).plain
    assert date_span(
        dt.date(2031, 12, 1), dt.date(2032, 1, 1), first_month=True, last_month=True
    ) == ("Dec 2031 – Jan 2032")
    assert date_span(
        dt.date(2031, 10, 1), dt.date(2031, 10, 1), first_month=True, last_month=True
    ) == ("Oct 2031")


def test_a_briefing_of_one_language_shows_no_code_on_its_rows() -> None:
    from briefing.tui.lines import several_languages

    one = [_article("a", "Example Post", None), _article("b", "Example Post", None)]
    two = [_article("a", "Example Post", None), _article("b", "Пример", None, "ru")]
    assert not several_languages(one)
    assert several_languages(two)
    assert _render(source_entry(one[0], read=False, language=False), 60)[0].endswith("undated")
    assert _render(source_entry(two[0], read=False), 60)[0].endswith("· en")
