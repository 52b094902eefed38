"""The timeline: every dated statement placed on the calendar, or kept and marked unresolved."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import replace

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


def test_a_weekday_opening_its_clause_takes_the_tense_of_the_verb_after_it(
    article: MakeArticle,
) -> None:
    # Saturday 11 October 2025. With no cue before the weekday, the nearest-day rule alone
    # would put "On Tuesday" on the 14th, "On Wednesday" on the 8th and "On Monday" on the 13th.
    a = article(
        "a",
        "On Tuesday, a ferry capsized off the northern coast.",
        "On Wednesday, parliament will debate the inquiry.",
        "On Monday, officials said divers recovered the hull. On Friday, officials said so.",
        "On Sunday the harbour reopens.",
        date=OCT[11],
    )
    found = _by_phrase(extract_timeline([a]))
    assert found["On Tuesday"].date == OCT[7]
    assert found["On Wednesday"].date == OCT[15]
    assert found["On Monday"].date == OCT[6]  # "recovered", not the report's "said"
    assert found["On Friday"].date == OCT[10]  # only "said": no cue, the nearest Friday
    assert found["On Sunday"].date == OCT[12]  # no cue at all: the nearest Sunday, as before


def test_without_an_article_date_no_weekday_or_year_is_borrowed_from_other_dates(
    article: MakeArticle,
) -> None:
    # An undated article that mentions an earlier event with a year: its "from October 8 to
    # 10" must not take that year, nor its "Wednesday" a weekday counted in that year.
    a = article(
        "a",
        "In September 2024, the president visited Mongolia.",
        "The visit will last three days, from October 8 to 10. Talks begin Wednesday.",
        ("Putin is greeted upon his arrival in Dushanbe, Wednesday, Oct. 8, 2025.", "caption"),
    )
    found = _by_phrase(extract_timeline([a]))
    span = found["October 8 to 10"]
    assert span.date is None and span.resolution == "unresolved"
    assert (span.month, span.day) == (10, 8)
    assert "no date or dateline" in span.how
    assert found["Wednesday"].date is None
    assert found["In September 2024"].date == dt.date(2024, 9, 1)  # stated: kept
    caption = found["Wednesday, Oct. 8, 2025"]
    assert caption.resolution == "stated" and not caption.event  # dates, but is no event


MARCH = {day: dt.date(2031, 3, day) for day in range(1, 8)}


def _visit(article: MakeArticle) -> list[Article]:
    """A written packet: a minister's visit to a port, Monday 3 – Tuesday 4 March 2031."""
    return [
        article(
            "a",
            "Marrow arrived in Velmora on Monday for talks on the harbour.",
            "Marrow celebrated sixty-one springs on Sunday, friends recalled fondly.",
            date=MARCH[4],
        ),
        article(
            "b",
            "Marrow arrived in Velmora on Monday, greeted by the mayor.",
            "Talks on the harbour continued on Tuesday.",
            ("Photo: the talks in the town hall on Tuesday, March 4, 2031.", "caption"),
            date=MARCH[4],
        ),
        article(
            "c",
            "The minister arrived on Monday and left on Tuesday after talks on the harbour.",
            "Marrow first arrived in Velmora on Saturday, a local paper claimed.",
            "The old pier burned down on 12 June 2019.",
            "Dockers wait at the harbour gate in Velmora, March 3, 2031.",
            date=MARCH[5],
        ),
    ]


def test_captions_credits_and_asides_are_not_events(article: MakeArticle) -> None:
    events = {(e.article_id, e.phrase): e.event for e in extract_timeline(_visit(article))}
    # An aside: one source, a day beside the story's, nothing the other articles echo.
    assert events[("a", "on Sunday")] is False
    # A caption paragraph, and a caption set as body text (place, then the bare full date).
    assert events[("b", "on Tuesday, March 4, 2031")] is False
    assert events[("c", "March 3, 2031")] is False
    # One source alone, but about what the others say ("arrived"): an event, kept.
    assert events[("c", "on Saturday")] is True
    # One source alone, far from the story's days: background, kept.
    assert events[("c", "12 June 2019")] is True
    assert events[("a", "on Monday")] is True and events[("b", "on Tuesday")] is True


def test_in_a_packet_of_two_nothing_is_an_aside(article: MakeArticle) -> None:
    pair = _visit(article)[:2]
    events = {(e.article_id, e.phrase): e.event for e in extract_timeline(pair)}
    assert events[("a", "on Sunday")] is True


def test_prose_ending_on_a_full_date_is_not_a_caption(article: MakeArticle) -> None:
    a = article(
        "a",
        "A strong storm hit Velmora and Brask, on Monday, March 3, 2031.",
        "The harbour reopened in Velmora on March 5, 2031.",
        date=MARCH[5],
    )
    assert all(e.event for e in extract_timeline([a]))


def test_a_date_line_is_not_an_event_and_the_article_date_anchors(article: MakeArticle) -> None:
    # The corpus reader reads the top line as the article's date; the timeline counts from it.
    a = article("a", "October 9, 2025", "Putin said on Thursday that talks went well.",
                date=OCT[9])  # fmt: skip
    (entry,) = extract_timeline([a])
    assert entry.phrase == "on Thursday"
    assert entry.date == OCT[9]


def test_a_bare_date_line_the_reader_did_not_take_dates_nothing(article: MakeArticle) -> None:
    # A page's "today" line ("Monday - 3 May 2038", years after its story) is no anchor: the
    # reader left the article undated, and the timeline does not read a date of its own.
    a = article("a", "Monday - 3 May 2038", "The ship broke in two yesterday, Saturday.")
    entries = extract_timeline([a])
    assert entries and all(e.date is None for e in entries)


def test_a_year_is_never_taken_from_other_articles(article: MakeArticle) -> None:
    dated = article("a", "The summit opens on October 9, 2025 in Dushanbe.")
    undated = article("b", "Talks will start on October 8 in the capital.")
    found = _by_phrase(extract_timeline([dated, undated]))
    assert found["October 8"].date is None
    assert (found["October 8"].month, found["October 8"].day) == (10, 8)


def test_local_month_and_weekday_names_in_other_languages(article: MakeArticle) -> None:
    turkish = article(
        "tr", "Deprem 6 Şubat 2023 sabahı Kahramanmaraş'ta oldu.", date=dt.date(2023, 2, 7)
    )
    turkish = type(turkish)(**{**_fields(turkish), "language": "tr"})
    german = article("de", "Am Sonntag, 19. Oktober, wurden die Juwelen gestohlen.")
    german = type(german)(**{**_fields(german), "language": "de", "date": dt.date(2025, 10, 20)})
    russian = article("ru", "Ограбление произошло 19 октября, сообщает агентство.")
    russian = type(russian)(**{**_fields(russian), "language": "ru"})
    by_article = {e.article_id: e for e in extract_timeline([turkish, german, russian])}
    assert by_article["tr"].date == dt.date(2023, 2, 6)
    assert by_article["de"].date == dt.date(2025, 10, 19)
    assert by_article["de"].phrase == "Sonntag, 19. Oktober"
    assert by_article["ru"].date is None and (by_article["ru"].month, by_article["ru"].day) == (
        10,
        19,
    )


def _fields(article: Article) -> dict[str, object]:
    return {f: getattr(article, f) for f in article.__slots__}


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


def test_seeds_dated_articles_give_the_days_and_undated_ones_keep_month_and_day(
    seeds: tuple[Article, ...],
) -> None:
    entries = extract_timeline(seeds)
    visit = [e for e in entries if e.date and OCT[8] <= e.date <= OCT[10] and e.precision == "day"]
    # Only Anadolu (001) and AP (003) are dated; nobody's day takes a borrowed year.
    assert {e.article_id[:3] for e in visit} == {"001", "003"}
    assert {e.date for e in visit} == {OCT[8], OCT[9], OCT[10]}
    arrival = [e for e in entries if e.phrase == "late Wednesday"]
    assert [e.date for e in arrival] == [OCT[8]]
    # The Caspian Post's "October 6 evening" is kept as that source says it: no year.
    (six,) = [e for e in entries if e.article_id.startswith("002") and e.day == 6]
    assert six.date is None and six.month == 10
    # AP's "Putin turned 73 on Tuesday" and its photo captions are not events.
    assert not any(e.event for e in entries if "turned 73" in e.sentence)
    assert not any(e.event for e in entries if "Kremlin Pool Photo" in e.sentence)
    # AP's boilerplate "AP today remains…" is not read at all.
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


def test_a_statement_that_says_too_little_is_not_called_an_aside(article: MakeArticle) -> None:
    packet = _visit(article)
    packet.append(article("d", "Thursday, March 6, 2031 will be remembered.", date=MARCH[6]))
    events = {(e.article_id, e.phrase): e.event for e in extract_timeline(packet)}
    assert events[("d", "Thursday, March 6, 2031")] is True
    assert events[("a", "on Sunday")] is False  # the aside that says enough is still one


def test_a_text_several_articles_share_is_resolved_for_each_article(article: MakeArticle) -> None:
    # The same wire sentence in three articles: each one's date and paragraph kind decide,
    # though the text is read once (and in its article's language, not the first reader's).
    wire = "The ministers met on Tuesday and will meet again on 14 October."
    a = article("a", wire, date=OCT[9])
    b = article("b", "Another line first.", wire, date=OCT[16])
    c = article("c", (wire, "caption"))
    found = {(e.article_id, e.phrase): e for e in extract_timeline([a, b, c])}
    assert found[("a", "on Tuesday")].date == OCT[7]
    assert found[("b", "on Tuesday")].date == OCT[14]
    assert found[("b", "on Tuesday")].phrase_span.paragraph == 1
    assert found[("c", "on Tuesday")].date is None
    assert found[("a", "on Tuesday")].event and not found[("c", "14 October")].event
    french = "Les ministres se sont réunis le 14 octobre à Velmora."
    en = article("en", french, date=OCT[16])
    fr = replace(article("fr", french, date=OCT[16]), language="fr")
    phrases = {(e.article_id, e.phrase) for e in extract_timeline([en, fr])}
    assert ("fr", "14 octobre") in phrases and ("en", "14 octobre") not in phrases


def test_a_day_the_article_writes_in_another_year_gets_no_nearest_year(
    article: MakeArticle,
) -> None:
    # Written a week after the day's second anniversary: the nearest 12 March would be this
    # year's, but the article itself writes 12 March in 2024, so the bare one is not placed.
    a = article(
        "a",
        "The miners trapped on March 12, 2024 were freed on Monday.",
        "All of them had been underground since March 12, rescuers said.",
        date=dt.date(2026, 3, 19),
    )
    found = _by_phrase(extract_timeline([a]))
    assert found["March 12, 2024"].date == dt.date(2024, 3, 12)
    bare = found["March 12"]
    assert bare.date is None and bare.resolution == "unresolved"
    assert "2024" in bare.how


def test_the_same_rule_in_spanish_and_a_day_written_in_its_own_year_stays_placed(
    article: MakeArticle,
) -> None:
    contradicted = replace(
        article(
            "a",
            "Los mineros atrapados el 12 de marzo de 2024 salieron el lunes.",
            "Estaban bajo tierra desde el 12 de marzo.",
            date=dt.date(2026, 3, 19),
        ),
        language="es",
    )
    found = _by_phrase(extract_timeline([contradicted]))
    assert found["12 de marzo."].date is None
    agreeing = article(
        "b",
        "The talks opened on March 12, 2026 in Geneva.",
        "Delegates have met daily since March 12, officials said.",
        date=dt.date(2026, 3, 19),
    )
    found = _by_phrase(extract_timeline([agreeing]))
    assert found["March 12"].date == dt.date(2026, 3, 12)
