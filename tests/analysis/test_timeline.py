"""The timeline: every dated statement placed on the calendar, or kept and marked unresolved."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from analysis.builders import MakeArticle, make_article
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing.analysis import TimelineEntry, extract_timeline, find_discrepancies
from briefing.model import Article

OCT = {day: dt.date(2025, 10, day) for day in range(1, 32)}


def _by_phrase(entries: tuple[TimelineEntry, ...]) -> dict[str, TimelineEntry]:
    return {e.phrase: e for e in entries}


def test_weekdays_resolve_against_the_article_date_with_tense(article: MakeArticle) -> None:
    # Thursday 9 October 2025.
    a = article(
        "a",
        "Putin arrived in Dushanbe late Wednesday on a visit, where he is scheduled to attend "
        "the summit later Thursday and the council meeting on Friday.",
        "He turned 73 on Tuesday. Officials will meet again next Monday.",
        date=OCT[9],
    )
    found = _by_phrase(extract_timeline([a]))
    assert found["late Wednesday"].date == OCT[8]
    assert found["later Thursday"].date == OCT[9]
    assert found["on Friday"].date == OCT[10]
    assert found["on Tuesday"].date == OCT[7]
    assert found["next Monday"].date == OCT[13]
    assert all(e.resolution == "weekday" and "article date" in e.how for e in found.values())


def test_a_future_weekday_far_from_the_article_date_goes_forward(article: MakeArticle) -> None:
    # Monday 6 October: "will vote on Friday" is the 10th, not the 3rd.
    a = article("a", "Parliament will vote on Friday on the budget.", date=OCT[6])
    (entry,) = extract_timeline([a])
    assert entry.date == OCT[10]


def test_without_an_article_date_a_stated_weekday_and_date_pin_the_weekday(
    article: MakeArticle,
) -> None:
    a = article(
        "a",
        "Putin began a state visit Wednesday in Tajikistan.",
        "On Friday, leaders will meet for a broader summit.",
        ("Putin is greeted upon his arrival in Dushanbe, Wednesday, Oct. 8, 2025.", "caption"),
    )
    found = _by_phrase(extract_timeline([a]))
    assert found["Wednesday"].date == OCT[8]
    assert "dates Wed as Wed 8 Oct 2025" in found["Wednesday"].how
    assert found["On Friday"].date == OCT[10]  # counted from the stated date, nearest Friday
    assert found["Wednesday, Oct. 8, 2025"].resolution == "stated"


def test_a_dateline_dates_the_article_but_is_not_an_event(article: MakeArticle) -> None:
    a = article("a", "October 9, 2025", "Putin said on Thursday that talks went well.")
    (entry,) = extract_timeline([a])
    assert entry.phrase == "on Thursday"
    assert entry.date == OCT[9]
    assert "dateline" in entry.how


def test_year_comes_from_the_briefing_when_the_article_has_none(article: MakeArticle) -> None:
    dated = article("a", "The summit opens on October 9, 2025 in Dushanbe.")
    undated = article("b", "Talks will start on October 8 in the capital.")
    found = _by_phrase(extract_timeline([dated, undated]))
    assert found["October 8"].date == OCT[8]
    assert found["October 8"].resolution == "year-inferred"
    assert "briefing" in found["October 8"].how


def test_year_is_the_one_nearest_the_article_date(article: MakeArticle) -> None:
    january = article(
        "c", "The vote was held on Dec. 30 last year, officials said.", date=dt.date(2026, 1, 4)
    )
    (entry,) = extract_timeline([january])
    assert entry.date == dt.date(2025, 12, 30)


def test_without_any_year_a_day_is_kept_unresolved(article: MakeArticle) -> None:
    (entry,) = extract_timeline([article("a", "Talks will start on October 8 in the capital.")])
    assert entry.date is None and entry.resolution == "unresolved"
    assert "no year" in entry.how


def test_relative_days_need_the_article_date(article: MakeArticle) -> None:
    dated = article("a", "Today’s talks focus on trade, and tomorrow on security.", date=OCT[9])
    undated = article("b", "Today’s formal talks at the palace focus on trade.")
    entries = extract_timeline([dated, undated])
    by_article = defaultdict(list)
    for entry in entries:
        by_article[entry.article_id].append(entry)
    assert [e.date for e in by_article["a"]] == [OCT[9], OCT[10]]
    (unresolved,) = by_article["b"]
    assert unresolved.date is None and not unresolved.resolved
    assert unresolved.resolution == "unresolved"
    assert "does not give" in unresolved.how
    assert entries[-1] is unresolved  # unresolved entries come last


def test_offsets_point_into_the_paragraph(article: MakeArticle) -> None:
    text = "First things first. The visit will last three days, from October 8 to 10."
    a = article("a", "Intro paragraph here.", text, date=OCT[7])
    (entry,) = extract_timeline([a])
    assert entry.paragraph == 1
    span = entry.sentence_span
    assert text[span.start : span.end] == entry.sentence
    assert text[entry.phrase_span.start : entry.phrase_span.end] == "October 8 to 10"
    assert (entry.date, entry.until) == (OCT[8], OCT[10])


def test_repeated_captions_count_once_and_boilerplate_not_at_all(article: MakeArticle) -> None:
    caption = ("Putin shakes hands with Rahmon in Dushanbe, Wednesday, Oct. 8, 2025.", "caption")
    a = article(
        "a",
        caption,
        caption,
        ("AP today remains the most trusted source of news.", "boilerplate"),
    )
    entries = extract_timeline([a])
    assert [e.phrase for e in entries] == ["Wednesday, Oct. 8, 2025"]


def test_an_impossible_day_is_not_an_event(article: MakeArticle) -> None:
    a = article("a", "The deal was signed on February 30, 2025 by both sides.")
    assert extract_timeline([a]) == ()


def test_a_wrap_up_without_a_date_is_placed_by_the_visit_span_others_state(
    article: MakeArticle,
) -> None:
    schedule = article("a", "The visit will last three days, from October 8 to 10, 2025.")
    wrap = article("b", "Putin wrapped up his three-day visit to Tajikistan with a briefing.")
    other = article("c", "Macron concluded a two-day visit to Berlin.")  # not the same visit
    entries = extract_timeline([schedule, wrap, other])
    placed = [e for e in entries if e.resolution == "other-sources"]
    assert [(e.article_id, e.date) for e in placed] == [("b", OCT[10])]
    assert "Outlet a" in placed[0].how


def test_seeds_read_as_the_three_days_of_the_visit_with_every_source(
    seeds: tuple[Article, ...],
) -> None:
    entries = extract_timeline(seeds)
    visit = [e for e in entries if e.date and OCT[8] <= e.date <= OCT[10] and e.precision == "day"]
    assert {e.article_id for e in visit} == {a.id for a in seeds}
    days = {e.date for e in visit}
    assert days == {OCT[8], OCT[9], OCT[10]}
    arrival = [e for e in entries if e.phrase == "late Wednesday"]
    assert [e.date for e in arrival] == [OCT[8]]
    # The Caspian Post's "October 6 evening" is kept as that source says it.
    assert any(e.date == OCT[6] and e.article_id.startswith("002") for e in entries)
    # AP's boilerplate "AP today remains…" is not an event.
    assert not any("remains the most trusted" in e.sentence for e in entries)


def test_last_and_next_skip_the_day_of_writing(article: MakeArticle) -> None:
    # Friday 10 October 2025.
    a = article("a", "The law passed last Friday and takes effect next Friday.", date=OCT[10])
    found = _by_phrase(extract_timeline([a]))
    assert found["last Friday"].date == OCT[3]
    assert found["next Friday"].date == OCT[17]


_PIECES = [
    *"abcdefg ABCDEFG.,;—“”()-0123456789",
    *["October ", "Oct. 8 ", "Wednesday ", "today ", "late ", "on ", "2025 ", "Putin ", "arrived "],
    *["in Dushanbe ", "Rahmon ", "Rakhmon ", "killed ", "12 people ", "Kiev ", "Kyiv "],
]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(st.lists(st.sampled_from(_PIECES), max_size=40).map("".join), min_size=1, max_size=4),
    st.none() | st.dates(dt.date(2000, 1, 1), dt.date(2040, 12, 31)),
)
def test_any_text_gives_valid_entries_and_never_raises(
    paragraphs: list[str], date: dt.date | None
) -> None:
    articles = [make_article("x", *paragraphs, date=date), make_article("y", *paragraphs[::-1])]
    entries = extract_timeline(articles)
    by_id = {a.id: a for a in articles}
    for entry in entries:
        text = by_id[entry.article_id].paragraphs[entry.paragraph].text
        span = entry.sentence_span
        assert text[span.start : span.end] == entry.sentence
        assert text[entry.phrase_span.start : entry.phrase_span.end] == entry.phrase
        assert entry.resolved == (entry.resolution != "unresolved")
    for item in find_discrepancies(articles, entries):
        assert len(item.claims) >= 2
        for claim in item.claims:
            for quote in claim.quotes:
                text = by_id[quote.article_id].paragraphs[quote.span.paragraph].text
                assert text[quote.span.start : quote.span.end] == quote.text
