"""The pure parts of the app: safe text building, highlighting by offsets, sorting, filtering."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st
from rich.text import Text

from briefing.model import Article, Mention, Paragraph, Passage, Provenance, Snippet, Span, Topic
from briefing.tui import listing
from briefing.tui.lines import source_head
from briefing.tui.text import (
    CURRENT_STYLE,
    DIM,
    FALLBACK_STYLE,
    HIT_STYLE,
    MENTION_STYLE,
    find_matches,
    group_topics,
    header_text,
    marked,
    outlet_or_file,
    passage_text,
    snippet_text,
    title_text,
)


def article(
    id: str,
    *,
    title: str | None = "A title",
    source: str | None = "AP",
    date: dt.date | None = dt.date(2025, 10, 8),
    provenance: dict[str, Provenance] | None = None,
    paragraphs: tuple[Paragraph, ...] = (Paragraph("Body text."),),
) -> Article:
    return Article(
        id=id,
        path=Path(f"/nowhere/{id}.txt"),
        title=title,
        source=source,
        date=date,
        paragraphs=paragraphs,
        provenance=provenance or {"title": "front-matter", "source": "front-matter"},
    )


def styles_at(text: Text, index: int) -> set[str]:
    return {str(span.style) for span in text.spans if span.start <= index < span.end}


def test_markup_and_control_characters_are_literal_and_removed() -> None:
    text = marked("[bold]x[/bold] [@click=app.quit]y[/] \x1b[31mred\x07")
    assert "[bold]x[/bold] [@click=app.quit]y[/]" in text.plain
    assert "\x1b" not in text.plain and "\x07" not in text.plain
    assert not text.spans  # nothing styled: no markup was interpreted


def test_marks_current_and_mentions_styled_by_offset() -> None:
    text = marked("alpha beta gamma", [(0, 5), (11, 16)], current=(11, 16), mentions=[(6, 10)])
    assert HIT_STYLE in styles_at(text, 0)
    assert MENTION_STYLE in styles_at(text, 7)
    assert CURRENT_STYLE in styles_at(text, 12)
    assert styles_at(text, 5) == set()


@given(
    st.text(max_size=40),
    st.lists(st.tuples(st.integers(-50, 100), st.integers(-50, 100)), max_size=5),
)
def test_out_of_range_marks_never_raise(body: str, marks: list[tuple[int, int]]) -> None:
    text = marked(body, marks)
    assert all(0 <= s.start <= s.end <= len(text.plain) for s in text.spans)


def test_snippet_and_passage_keep_highlights_on_the_right_words() -> None:
    snippet = Snippet(
        paragraph=2, text="labour migration program", highlights=((7, 16),), offset=40
    )
    text = snippet_text(snippet)
    start = text.plain.index("migration")
    assert HIT_STYLE in styles_at(text, start)
    passage = Passage("a", 0, 10, 30, "Putin met Rahmon", highlights=((0, 5),))
    rendered = passage_text(passage)
    assert HIT_STYLE in styles_at(rendered, rendered.plain.index("Putin"))


def test_snippet_and_passage_text_is_not_dimmed_only_their_marks_are() -> None:
    """A dim base style greyed out every snippet: hard to read at 16 colours."""
    snippet = Snippet(paragraph=0, text="labour migration program", highlights=(), offset=0)
    passage = Passage("a", 0, 0, 16, "Putin met Rahmon", highlights=())
    for text in (snippet_text(snippet), passage_text(passage)):
        assert str(text.style) in ("", "none")
        word = text.plain.index("m")
        assert DIM not in styles_at(text, word)
        assert DIM in styles_at(text, 0) | styles_at(text, 2)


def test_fallback_title_and_unknown_values_are_shown_honestly() -> None:
    guessed = article("x", provenance={"title": "fallback"}, date=None, source=None)
    assert FALLBACK_STYLE in str(title_text(guessed).style)
    option = source_head(guessed, read=False)
    assert option.plain.startswith("● unknown outlet · undated")  # "x" names nothing
    assert FALLBACK_STYLE in styles_at(option, 2)
    # No outlet named: a file name with a word in it shows, styled as a stand-in; a hash does not.
    worded = source_head(article("16_newsweekjapan", source=None), read=False)
    assert worded.plain.startswith("● 16_newsweekjapan · ")
    assert FALLBACK_STYLE in styles_at(worded, 2)
    hashed = source_head(article("000_2bab433a94e7ad16", source=None), read=False)
    assert hashed.plain.startswith("● unknown outlet · ")
    # A site's short name mixes letters and digits; it still tells the rows apart.
    short = source_head(article("10_m24", source=None), read=False)
    assert short.plain.startswith("● 10_m24 · ")
    numbered = source_head(article("2016_06_24", source=None), read=False)
    assert numbered.plain.startswith("● unknown outlet · ")
    # Search hits and cross-reference groups use the same stand-in.
    assert outlet_or_file(None, "10_m24") == "10_m24"
    assert outlet_or_file(None, "000_2bab433a94e7ad16") == "unknown outlet"
    assert outlet_or_file("TASS", "10_m24") == "TASS"
    assert outlet_or_file(None, "03_\x1b[31mred") == "03_red"  # no escape reaches the screen
    named = source_head(article("y", source="TASS"), read=False)
    assert named.plain.startswith("● TASS · ") and FALLBACK_STYLE not in styles_at(named, 2)
    header = header_text(guessed).plain
    assert "unknown outlet · undated · x" in header  # words, not a dash (read as a glitch)
    assert "(unknown)" not in header
    untitled = article("y", title=None)
    assert "(untitled) y" in title_text(untitled).plain


def test_header_names_where_each_value_came_from() -> None:
    a = article(
        "z", provenance={"title": "front-matter", "source": "heuristic", "date": "heuristic"}
    )
    header = header_text(a).plain
    # A short marker (explained in help and on the i screen), not "(heuristic)" on every byline.
    assert "AP~" in header and "2025-10-08~" in header and "heuristic" not in header


def test_find_matches_is_literal_and_case_insensitive() -> None:
    assert find_matches(["Putin and putin", "a.b"], "PUTIN") == [(0, 0, 5), (0, 10, 15)]
    assert find_matches(["a.b axb"], ".") == [(0, 1, 2)]
    assert find_matches(["anything"], "  ") == []


def test_topics_grouped_by_kind_in_rank_order_and_filtered_by_alias() -> None:
    def topic(id: str, kind: str, aliases: tuple[str, ...] = ()) -> Topic:
        return Topic(id, id.title(), kind, aliases, (Mention("a", Span(0, 0, 1), "x"),))  # type: ignore[arg-type]

    topics = (
        topic("putin", "person"),
        topic("tajikistan", "place"),
        topic("rahmon", "person", ("Rakhmon",)),
    )
    groups = group_topics(topics)
    assert [(label, [t.id for t in items]) for label, items in groups] == [
        ("People", ["putin", "rahmon"]),
        ("Places", ["tajikistan"]),
    ]
    assert [t.id for _, items in group_topics(topics, "rakh") for t in items] == ["rahmon"]
    # A limit keeps the best-ranked matches only: the list never lays out thousands of rows.
    best_two = group_topics(topics, limit=2)
    assert [(label, [t.id for t in items]) for label, items in best_two] == [
        ("People", ["putin"]),
        ("Places", ["tajikistan"]),
    ]
    assert [t.id for _, items in group_topics(topics, "rakh", limit=1) for t in items] == ["rahmon"]


def test_sorting_puts_missing_values_last() -> None:
    a = article("a", date=dt.date(2025, 1, 1), source="Zed", title="beta")
    b = article("b", date=None, source=None, title=None)
    c = article("c", date=dt.date(2025, 5, 1), source="alpha", title="Alpha")
    assert [x.id for x in listing.sort_articles([a, b, c], "date")] == ["c", "a", "b"]
    assert [x.id for x in listing.sort_articles([a, b, c], "outlet")] == ["c", "a", "b"]
    assert [x.id for x in listing.sort_articles([a, b, c], "title")] == ["c", "a", "b"]
    assert listing.next_sort("date") == "outlet" and listing.next_sort("title") == "date"


def test_filter_by_text_and_by_topic_ids() -> None:
    items = [article("a1", source="TASS"), article("b2", title="Summit in Dushanbe")]
    assert [x.id for x in listing.filter_articles(items, "tass")] == ["a1"]
    assert [x.id for x in listing.filter_articles(items, "DUSHANBE")] == ["b2"]
    assert [x.id for x in listing.filter_articles(items, "", only={"b2"})] == ["b2"]
    assert [x.id for x in listing.filter_articles(items, "2025-10-08")] == ["a1", "b2"]


def test_filter_by_the_language_code_the_row_shows() -> None:
    """'ru' typed in the filter keeps the Russian articles (issue ux60: it matched none), and
    only them: two letters must not also catch titles that happen to contain them."""
    russian = dataclasses.replace(article("r1", title="Заложники освобождены"), language="ru")
    german = dataclasses.replace(article("d1", title="Truppen rücken vor"), language="de")
    spanish = dataclasses.replace(article("e1", title="Rehenes de la planta"), language="es")
    items = [russian, german, spanish]
    assert [x.id for x in listing.filter_articles(items, "ru")] == ["r1"]
    assert [x.id for x in listing.filter_articles(items, " DE ")] == ["d1"]
    # Not a language of any article here: plain text again, found inside the titles.
    assert [x.id for x in listing.filter_articles(items, "fr")] == []
    assert [x.id for x in listing.filter_articles(items, "trup")] == ["d1"]
    assert [x.id for x in listing.filter_articles(items, "ru", only={"d1"})] == []


def test_filter_by_the_words_the_row_shows_for_missing_values() -> None:
    """'undated', 'unknown outlet' and a month date are what the row says: they filter."""
    dated = article("a1", source="TASS")
    bare = article("b2", source=None, date=None)
    month = dataclasses.replace(article("c3", date=dt.date(2024, 12, 1)), date_precision="month")
    items = [dated, bare, month]
    assert [x.id for x in listing.filter_articles(items, "undated")] == ["b2"]
    assert [x.id for x in listing.filter_articles(items, "unknown outlet")] == ["b2"]
    assert [x.id for x in listing.filter_articles(items, "dec 2024")] == ["c3"]
    assert [x.id for x in listing.filter_articles(items, "2024-12")] == ["c3"]


def test_next_unread_wraps_and_skips_the_current() -> None:
    order = ["a", "b", "c", "d"]
    assert listing.next_unread(order, {"b"}, "a") == "c"
    assert listing.next_unread(order, {"a", "b"}, "d") == "c"
    assert listing.next_unread(order, set(), None) == "a"
    assert listing.next_unread(order, {"a", "b", "c"}, "d") is None
    assert listing.next_unread([], set(), None) is None
