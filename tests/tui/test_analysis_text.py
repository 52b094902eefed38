"""The Textual-free parts of the analysis views: labels, passages to keep, export destinations."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest
from rich.text import Text

from briefing.analysis.model import Claim, Discrepancy, Quote, TimelineEntry
from briefing.model import Article, Paragraph, Span
from briefing.notes import Bookmark
from briefing.tui.analysis_text import (
    PHRASE_STYLE,
    VALUE_STYLE,
    bookmark_text,
    discrepancy_heading,
    entry_text,
    quote_text,
)
from briefing.tui.briefs import ExportRefused, check_target, default_path
from briefing.tui.screens.bookmarks import passage_to_keep

SENTENCE = "On [b]Tuesday[/b] the summit opened."


def _entry(*, resolved: bool, resolution: str = "stated") -> TimelineEntry:
    start = SENTENCE.index("Tuesday")
    return TimelineEntry(
        article_id="a",
        source="[red]Wire[/red]",
        date=dt.date(2025, 10, 7) if resolved else None,
        until=None,
        precision="day",
        phrase="Tuesday",
        phrase_span=Span(0, 10 + start, 10 + start + 7),
        sentence=SENTENCE,
        sentence_span=Span(0, 10, 10 + len(SENTENCE)),
        resolution=resolution,  # type: ignore[arg-type]
        how="no date to count from",
    )


def _styled(text: Text, style: str) -> list[str]:
    return [text.plain[s.start : s.end] for s in text.spans if str(s.style) == style]


def test_entry_text_underlines_the_phrase_by_offset_and_keeps_markup_literal() -> None:
    text = entry_text(_entry(resolved=True))
    assert text.plain == SENTENCE
    assert _styled(text, PHRASE_STYLE) == ["Tuesday"]


def test_an_undated_entry_is_marked_and_says_why() -> None:
    text = entry_text(_entry(resolved=False, resolution="unresolved"))
    assert text.plain.startswith("? not dated: ")
    assert text.plain.endswith("(no date to count from)")


def test_an_entry_under_its_day_and_month_is_not_marked_undated() -> None:
    # Listed under "8 October · no year given", whose heading says what is missing.
    text = entry_text(_entry(resolved=False, resolution="unresolved"), under_day=True)
    assert text.plain == SENTENCE
    assert _styled(text, PHRASE_STYLE) == ["Tuesday"]


def test_how_a_date_was_worked_out_shows_only_when_it_was_not_written() -> None:
    assert "(no date to count from)" not in entry_text(_entry(resolved=True)).plain
    counted = entry_text(_entry(resolved=True, resolution="weekday")).plain
    assert counted.endswith("(no date to count from)")


def test_quote_text_highlights_the_differing_value_wherever_it_is() -> None:
    quote = Quote("a", "Wire", Span(0, 0, 30), "President Rakhmon met rakhmon's aides.")
    text = quote_text(quote, "Rakhmon", None)
    assert _styled(text, VALUE_STYLE) == ["Rakhmon", "rakhmon"]
    assert text.plain.startswith("Wire  —\n“President")


def test_discrepancy_heading_lists_every_value_and_the_note() -> None:
    quote = Quote("a", None, Span(0, 0, 1), "x")
    item = Discrepancy(
        "date",
        "arrival",
        (Claim("6 October 2025", (quote,)), Claim("8 October 2025", (quote,))),
        note="the same arrival",
    )
    plain = discrepancy_heading(1, item).plain
    assert plain == "1. Date: arrival\n6 October 2025  vs  8 October 2025\nthe same arrival"


def test_bookmark_text_shows_note_lines_literally_and_strips_controls() -> None:
    bookmark = Bookmark("id", "gone", 0, 0, 5, "Hello", note="[b]mine[/b]\x1b[2J\n\nnext")
    plain = bookmark_text(bookmark, None).plain
    assert "[b]mine[/b]" in plain and "\x1b" not in plain and "next" in plain
    assert "article no longer in this briefing" in plain
    bare = bookmark_text(Bookmark("id", "gone", 0, 0, 5, "Hello"), None).plain
    assert bare.endswith("no note (e adds one)")


ARTICLE = Article(
    id="a",
    path=Path("a.txt"),
    title="T",
    source=None,
    date=None,
    paragraphs=(Paragraph("Title", "title"), Paragraph("First one. Second one here. Third.")),
)


def test_a_mark_keeps_the_sentence_around_it() -> None:
    text = ARTICLE.paragraphs[1].text
    hit = text.index("one here")
    kept = passage_to_keep(ARTICLE, 0, Span(1, hit, hit + 3))
    assert kept.quote == "Second one here."
    assert text[kept.start : kept.end] == kept.quote and kept.paragraph == 1


def test_without_a_mark_the_whole_paragraph_is_kept() -> None:
    kept = passage_to_keep(ARTICLE, 1)
    assert (kept.start, kept.end, kept.quote) == (0, 34, ARTICLE.paragraphs[1].text)
    with pytest.raises(ValueError, match="no paragraph 5"):
        passage_to_keep(ARTICLE, 5)


# ------------------------------------------------------------------ export destinations


def test_default_path_is_dated_in_the_home_folder() -> None:
    assert default_path(dt.date(2025, 10, 9)) == "~/briefing-2025-10-09.md"


def test_a_file_elsewhere_is_accepted_and_an_existing_one_flagged(tmp_path: Path) -> None:
    briefing = tmp_path / "briefing"
    briefing.mkdir()
    target = check_target(str(tmp_path / "out.md"), [briefing])
    assert target.path == (tmp_path / "out.md").resolve() and not target.exists
    (tmp_path / "out.md").write_text("x")
    assert check_target(f"  {tmp_path / 'out.md'}  ", [briefing]).exists


@pytest.mark.parametrize("where", ["brief.md", "sub/deeper.md", "."])
def test_nothing_is_written_inside_the_briefing(tmp_path: Path, where: str) -> None:
    briefing = tmp_path / "briefing"
    (briefing / "sub").mkdir(parents=True)
    with pytest.raises(ExportRefused):
        check_target(str(briefing / where), [briefing])


def test_a_link_into_the_briefing_is_refused(tmp_path: Path) -> None:
    briefing = tmp_path / "briefing"
    briefing.mkdir()
    os.symlink(briefing, tmp_path / "alias")
    with pytest.raises(ExportRefused, match="inside the briefing"):
        check_target(str(tmp_path / "alias" / "brief.md"), [briefing])


def test_a_briefing_given_as_a_file_protects_that_file(tmp_path: Path) -> None:
    article = tmp_path / "article.md"
    article.write_text("x")
    with pytest.raises(ExportRefused, match="inside the briefing"):
        check_target(str(article), [article])
    assert check_target(str(tmp_path / "other.md"), [article]).path.name == "other.md"


@pytest.mark.parametrize(
    ("typed", "reason"),
    [("", "Type a file name"), ("   ", "Type a file name"), ("a\x00b", "NUL")],
)
def test_unusable_names_get_a_reason(typed: str, reason: str) -> None:
    with pytest.raises(ExportRefused, match=reason):
        check_target(typed, [])


def test_a_folder_or_a_missing_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ExportRefused, match="is a folder"):
        check_target(str(tmp_path), [])
    with pytest.raises(ExportRefused, match="does not exist"):
        check_target(str(tmp_path / "missing" / "b.md"), [])


def test_tilde_means_the_home_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    assert check_target("~/b.md", []).path == (tmp_path / "b.md").resolve()


def test_tilde_with_no_home_folder_is_a_clear_refusal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("HOME", raising=False)
    monkeypatch.setattr("pwd.getpwuid", lambda uid: (_ for _ in ()).throw(KeyError(uid)))
    with pytest.raises(ExportRefused, match="type the whole path"):
        check_target("~/b.md", [])


@pytest.mark.parametrize("module", ["briefing.tui.analysis_text", "briefing.tui.briefs"])
def test_the_plain_parts_do_not_load_textual(module: str) -> None:
    code = (
        f"import sys, {module}\n"
        "print(','.join(m for m in sys.modules if m == 'textual' or m.startswith('textual.')))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert done.stdout.strip() == ""
