"""The main event in articles that name its place and its day (made-up texts, invented place).

"Danemos" is an invented town; the event is the "flood in Danemos" of Wednesday 12 March
2031. Articles of other languages write neither "flood" nor a cognate of it.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from topics.helpers import article

from briefing.analysis.model import TimelineEntry
from briefing.model import Article, Mention, Span, Topic
from briefing.topics.event_days_credit import remembered, sound_key, with_dated_place_credit
from briefing.topics.event_subject import _plural

DAY = dt.date(2031, 3, 12)  # a Wednesday


def _mentions(word: str, articles: list[Article]) -> tuple[Mention, ...]:
    return tuple(
        Mention(a.id, Span(i, m.start(), m.end()), m.group())
        for a in articles
        for i, p in enumerate(a.paragraphs)
        for m in re.finditer(re.escape(word), p.text)
    )


def _entry(a: Article, phrase: str, **when: object) -> TimelineEntry:
    text = a.paragraphs[0].text
    start = text.index(phrase)
    span = Span(0, start, start + len(phrase))
    fields: dict[str, object] = {"date": None, "month": None, "day": None, "event": True}
    fields.update(when)
    return TimelineEntry(
        article_id=a.id,
        source=None,
        date=fields["date"],  # type: ignore[arg-type]
        until=None,
        precision="day",
        phrase=phrase,
        phrase_span=span,
        sentence=text,
        sentence_span=Span(0, 0, len(text)),
        resolution="stated",
        how="",
        month=fields["month"],  # type: ignore[arg-type]
        day=fields["day"],  # type: ignore[arg-type]
        event=bool(fields["event"]),
    )


def _packet() -> tuple[list[Article], list[Topic], list[TimelineEntry]]:
    articles = [
        article("000", "The flood in Danemos began on 12 March; the river rose overnight."),
        article("001", "La crue a frappé Danemos le 12 mars, la rivière a débordé."),
        article("002", "Вода затопила Данемоса 12 марта, сообщили спасатели."),
        article("003", "ダネモスで水があふれたのは水曜日だった。"),
        article("004", "다네모스에서 수요일 강이 넘쳤다."),
        article("005", "Мэр посетил Данемос 20 марта, чтобы открыть школу."),  # another day
        article("006", "Am Mittwoch stieg der Fluss in Korvel, weit von hier."),  # no place
        article("007", "Wiadomość z 12 marca: Danemos w obiektywie."),  # a caption's date
    ]
    tongues = ["en", "fr", "ru", "ja", "ko", "ru", "de", "pl"]
    articles = [replace(a, language=t) for a, t in zip(articles, tongues, strict=True)]
    event = Topic(
        "flood", "Flood in Danemos, 12 Mar 2031", "event", ("flood",), _mentions("flood", articles)
    )
    place = Topic("danemos", "Danemos", "place", ("Danemos",), _mentions("Danemos", articles))
    entries = [
        _entry(articles[0], "12 March", date=DAY),
        _entry(articles[1], "12 mars", month=3, day=12),
        _entry(articles[2], "12 марта", month=3, day=12),
        _entry(articles[3], "水曜日"),
        _entry(articles[4], "수요일"),
        _entry(articles[5], "20 марта", month=3, day=20),
        _entry(articles[6], "Mittwoch"),
        _entry(articles[7], "12 marca", month=3, day=12, event=False),
    ]
    return articles, [event, place], entries


def _languages(articles: list[Article]) -> dict[str, str]:
    return {a.id: a.language or "en" for a in articles}


def test_one_place_written_in_five_scripts_keeps_one_key() -> None:
    assert {sound_key(n) for n in ("Danemos", "Данемоса", "ダネモス", "다네모스", "达内莫斯")} == {
        "dnms"
    }
    assert sound_key("Denmark") != sound_key("Danemos")  # another name, other sounds


def test_an_article_naming_the_place_and_the_day_writes_of_the_event() -> None:
    articles, topics, entries = _packet()
    (event, place) = with_dated_place_credit(
        topics, articles, _languages(articles), (DAY, DAY), entries
    )
    assert place is topics[1]
    # English by its word; French by the place's Latin name and the day without a year;
    # Russian under another script; Japanese and Korean by the event's weekday (undated).
    assert set(event.articles) == {"000", "001", "002", "003", "004"}
    assert event.aliases == ("flood",)  # the dates are uses, never names
    assert {m.surface for m in event.mentions if m.article_id == "002"} == {"12 марта"}


def test_the_place_alone_the_day_alone_or_a_captions_day_credit_nothing() -> None:
    articles, topics, entries = _packet()
    (event, _place) = with_dated_place_credit(
        topics, articles, _languages(articles), (DAY, DAY), entries
    )
    assert not {"005", "006", "007"} & set(event.articles)


def test_a_weekday_written_long_after_the_event_names_another_week() -> None:
    articles, topics, entries = _packet()
    articles[3] = replace(articles[3], date=DAY + dt.timedelta(days=30))
    (event, _place) = with_dated_place_credit(
        topics, articles, _languages(articles), (DAY, DAY), entries
    )
    assert "003" not in event.articles and "004" in event.articles


def test_without_days_or_a_place_in_the_name_nothing_changes() -> None:
    articles, topics, entries = _packet()
    languages = _languages(articles)
    assert with_dated_place_credit(topics, articles, languages, None, entries) == tuple(topics)
    unnamed = [replace(topics[0], name="Flood, 12 Mar 2031"), topics[1]]
    assert with_dated_place_credit(unnamed, articles, languages, (DAY, DAY), entries) == tuple(
        unnamed
    )


def test_a_short_name_is_never_compared_across_scripts() -> None:
    """ "Oro" keeps one consonant: "Оро" in a Russian text may be any word."""
    articles = [
        article("000", "The flood in Oro began on 12 March."),
        article("001", "Вода пришла в Оро 12 марта."),
    ]
    event = Topic(
        "flood", "Flood in Oro, 12 Mar 2031", "event", ("flood",), _mentions("flood", articles)
    )
    place = Topic("oro", "Oro", "place", ("Oro",), _mentions("Oro", articles))
    entries = [_entry(articles[1], "12 марта", month=3, day=12)]
    (found, _place) = with_dated_place_credit(
        [event, place], articles, {"000": "en", "001": "ru"}, (DAY, DAY), entries
    )
    assert set(found.articles) == {"000"}


def test_the_timeline_is_read_once() -> None:
    calls: list[int] = []

    def timeline() -> list[TimelineEntry]:
        calls.append(1)
        return []

    read = remembered(timeline, [])
    assert read() == [] and read() == [] and calls == [1]


def test_a_singular_in_is_no_plural_unless_its_stem_is_a_word() -> None:
    """ "crisis" loses its "s" to the stemmer ("crisi"), no word: a singular, the act's noun
    of "hostage crisis"; "taxis" is "taxi" and a plural."""
    assert not _plural("crisis") and not _plural("analysis")
    assert _plural("taxis") and _plural("floods")


# -- the place as GeoNames writes it in other scripts, days the timeline drops, a building's
#    name and a month label (hevent61). Bergen is a real town (GeoNames lists "Берген",
#    "ベルゲン", "베르겐", "卑爾根"); the sentences are invented.

BERGEN_DAY = dt.date(2031, 3, 12)  # a Wednesday


def _bergen() -> tuple[list[Article], list[Topic], list[TimelineEntry]]:
    articles = [
        article("000", "The flood in Bergen began on 12 March."),
        article("001", "Река вышла из берегов в Бергене 12 марта."),  # "Bergen": v-less key
        article("002", "ベルゲンで12日、川があふれた。"),  # undated, a bare day
        article("003", "卑爾根12日河水氾濫。"),  # Han, a bare day
        article("004", "베르겐에서 20일 강이 넘쳤다."),  # another day of the month
        article("005", "Le musée Bergen Museum a fermé mercredi."),  # a building of the town
        article("006", "Der Fluss stieg am Mittwoch in Bergen."),  # labelled with a month
        article("007", "Der Fluss stieg am Mittwoch in Bergen."),  # labelled another month
    ]
    tongues = ["en", "ru", "ja", "zh", "ko", "fr", "de", "de"]
    articles = [replace(a, language=t) for a, t in zip(articles, tongues, strict=True)]
    articles[6] = replace(articles[6], date=dt.date(2031, 3, 1), date_precision="month")
    articles[7] = replace(articles[7], date=dt.date(2031, 5, 1), date_precision="month")
    event = Topic(
        "flood", "Flood in Bergen, 12 Mar 2031", "event", ("flood",), _mentions("flood", articles)
    )
    place = Topic("bergen", "Bergen", "place", ("Bergen",), _mentions("in Bergen", articles))
    museum = Topic(
        "museum", "Bergen Museum", "organisation", ("Bergen Museum",),
        _mentions("Bergen Museum", articles),
    )  # fmt: skip
    entries = [
        _entry(articles[0], "12 March", date=BERGEN_DAY),
        _entry(articles[1], "12 марта", month=3, day=12),
        _entry(articles[5], "mercredi"),
        _entry(articles[6], "Mittwoch"),
        _entry(articles[7], "Mittwoch"),
    ]
    return articles, [event, place, museum], entries


def test_the_place_as_geonames_writes_it_in_another_script_names_it() -> None:
    articles, topics, entries = _bergen()
    event, *_rest = with_dated_place_credit(
        topics, articles, _languages(articles), (BERGEN_DAY, BERGEN_DAY), entries
    )
    assert {"001", "002", "003"} <= set(event.articles)
    assert {m.surface for m in event.mentions if m.article_id == "002"} == {"12日"}


def test_a_bare_day_of_another_date_credits_nothing() -> None:
    articles, topics, entries = _bergen()
    event, *_rest = with_dated_place_credit(
        topics, articles, _languages(articles), (BERGEN_DAY, BERGEN_DAY), entries
    )
    assert "004" not in event.articles  # 베르겐 named, but on the 20th


def test_a_bare_day_in_an_article_dated_to_the_day_is_the_timelines_to_place() -> None:
    articles, topics, entries = _bergen()
    articles[2] = replace(articles[2], date=BERGEN_DAY + dt.timedelta(days=40))
    event, *_rest = with_dated_place_credit(
        topics, articles, _languages(articles), (BERGEN_DAY, BERGEN_DAY), entries
    )
    assert "002" not in event.articles


def test_a_building_named_after_the_place_names_it() -> None:
    articles, topics, entries = _bergen()
    event, *_rest = with_dated_place_credit(
        topics, articles, _languages(articles), (BERGEN_DAY, BERGEN_DAY), entries
    )
    assert "005" in event.articles
    # Without the building among the topics, the French text names no place of the event.
    event, *_rest = with_dated_place_credit(
        topics[:2], articles, _languages(articles), (BERGEN_DAY, BERGEN_DAY), entries
    )
    assert "005" not in event.articles


def test_a_month_label_holding_the_day_is_no_date_against_a_weekday() -> None:
    articles, topics, entries = _bergen()
    event, *_rest = with_dated_place_credit(
        topics, articles, _languages(articles), (BERGEN_DAY, BERGEN_DAY), entries
    )
    assert "006" in event.articles  # labelled March 2031: its Wednesday may be the 12th
    assert "007" not in event.articles  # labelled May: another Wednesday


def test_a_town_geonames_does_not_know_has_no_other_script_names() -> None:
    from briefing.topics.event_place_scripts import names_written, script_names

    assert script_names("Danemos") == ()
    names = script_names("Bergen")
    assert "Берген" in names and "ベルゲン" in names and "Bergen" not in names
    assert names_written("в Бергенском порту", names)
    assert not names_written("Аберген", names)  # inside another word


def test_a_name_no_sound_key_meets_is_found_as_geonames_writes_it() -> None:
    """ "Виндзор" keeps "vndzr", "Windsor" "wndsr": only GeoNames' names tie the two."""
    articles = [
        article("000", "The flood in Windsor began on 12 March."),
        article("001", "Река вышла из берегов в Виндзоре 12 марта."),
        article("002", "Река вышла из берегов в Вологде 12 марта."),  # another town
    ]
    articles = [replace(a, language=t) for a, t in zip(articles, ["en", "ru", "ru"], strict=True)]
    assert sound_key("Виндзор") != sound_key("Windsor")
    event = Topic(
        "flood", "Flood in Windsor, 12 Mar 2031", "event", ("flood",), _mentions("flood", articles)
    )
    place = Topic("windsor", "Windsor", "place", ("Windsor",), _mentions("Windsor", articles))
    entries = [_entry(a, "12 марта", month=3, day=12) for a in articles[1:]]
    (found, _place) = with_dated_place_credit(
        [event, place], articles, _languages(articles), (DAY, DAY), entries
    )
    assert set(found.articles) == {"000", "001"}
