"""One event told in several languages is one line of the brief's timeline when the key topics
join its names (``briefing.brief_topic_events``) — and two events of one day naming one person
stay two lines. Written fixture text; the topics are built by hand as the topics layer would
give them (one topic for every spelling of a name)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from analysis.builders import MakeArticle

from briefing.analysis import extract_timeline
from briefing.analysis.model import TimelineEntry
from briefing.brief_events import event_groups
from briefing.brief_topic_events import Topical, main_days
from briefing.export import render_brief
from briefing.model import Article, Mention, Span, Topic, TopicKind

DAY = dt.date(2031, 3, 4)  # a Tuesday
MAIN = "Storm in Velmora, 4 Mar 2031"


def _topic(topic_id: str, kind: TopicKind, spellings: list[str], articles: list[Article]) -> Topic:
    """A topic with a mention wherever one of its ``spellings`` is written."""
    mentions = []
    for art in articles:
        for index, paragraph in enumerate(art.paragraphs):
            for spelling in spellings:
                for found in re.finditer(re.escape(spelling), paragraph.text):
                    span = Span(index, found.start(), found.end())
                    mentions.append(Mention(art.id, span, spelling))
    return Topic(topic_id, spellings[0], kind, tuple(spellings[1:]), tuple(mentions))


def _lines(articles: list[Article], topics: list[Topic], main: str | None = MAIN) -> list[str]:
    brief = render_brief(
        articles, timeline=extract_timeline(articles), all_topics=topics, main_event=main
    )
    section = brief[brief.index("## Timeline") : brief.index("## References")]
    return [line for line in section.splitlines() if line.startswith("- ")]


def _in(language: str, made: Article) -> Article:
    return dataclasses.replace(made, language=language)


def _pope(article: MakeArticle) -> tuple[list[Article], list[Topic]]:
    a = article("a", "On Tuesday the cardinals chose Pope Ortwin IX in the chapel.", date=DAY)
    b = _in(
        "es", article("b", "El martes fue proclamado el papa Ortuino IX ante la plaza.", date=DAY)
    )
    c = _in("ru", article("c", "Во вторник папой стал Ортвин IX, сообщили в соборе.", date=DAY))
    arts = [a, b, c]
    return arts, [_topic("p1", "person", ["Ortwin IX", "Ortuino IX", "Ортвин IX"], arts)]


def test_one_person_in_three_spellings_on_the_main_day_is_one_line(
    article: MakeArticle,
) -> None:
    articles, topics = _pope(article)
    (line,) = _lines(articles, topics)
    assert line.count("4 March 2031") == 3  # all three outlets, each with its date
    assert "; also " in line


def test_without_the_topics_the_three_spellings_stay_three_lines(article: MakeArticle) -> None:
    articles, _ = _pope(article)
    assert len(_lines(articles, [])) == 3


def test_an_arrest_and_a_funeral_naming_one_person_stay_two_lines(
    article: MakeArticle,
) -> None:
    # The day after the storm, not the main event's day; no figure in common.
    later = DAY + dt.timedelta(days=1)
    a = article("a", "Police arrested Mayor Ortwin Daske on Wednesday at his home.", date=later)
    b = _in(
        "de",
        article("b", "Am Mittwoch wurde Bürgermeister Ortwin Daske beerdigt.", date=later),
    )
    arts = [a, b]
    topics = [_topic("d", "person", ["Ortwin Daske"], arts)]
    assert len(_lines(arts, topics)) == 2


def test_off_the_main_day_a_shared_figure_as_well_makes_one_event(
    article: MakeArticle,
) -> None:
    later = DAY + dt.timedelta(days=1)
    a = article("a", "On Wednesday the Harbour Guild said 37 boats were lost.", date=later)
    b = _in(
        "fr", article("b", "Mercredi, la Guilde du port a compté 37 bateaux perdus.", date=later)
    )
    arts = [a, b]
    topics = [_topic("g", "organisation", ["Harbour Guild", "Guilde du port"], arts)]
    (line,) = _lines(arts, topics)
    assert "also" in line


def test_a_shared_place_or_theme_is_not_a_telling_topic(article: MakeArticle) -> None:
    # On the main day, two things that happened in Velmora: the place does not join them.
    a = article("a", "On Tuesday the storm flooded the old port of Velmora.", date=DAY)
    b = _in("fr", article("b", "Mardi, les écoles de Velmora ont fermé leurs portes.", date=DAY))
    arts = [a, b]
    topics = [
        _topic("v", "place", ["Velmora"], arts),
        _topic("s", "theme", ["storm", "écoles"], arts),
    ]
    assert len(_lines(arts, topics)) == 2


def test_two_statements_of_one_article_are_never_one_event(article: MakeArticle) -> None:
    a = article(
        "a",
        "On Tuesday the cardinals chose Pope Ortwin IX in the chapel.",
        "On Tuesday evening Pope Ortwin IX blessed the crowd.",
        date=DAY,
    )
    topics = [_topic("p1", "person", ["Ortwin IX"], [a])]
    entries = [e for e in extract_timeline([a]) if e.event]
    topical = Topical.build(topics, main_days(DAY, DAY))
    assert len(event_groups(entries, {"a": "en"}, topical=topical)) == len(entries) == 2


def test_a_mention_inside_the_date_phrase_does_not_count(article: MakeArticle) -> None:
    entry = _entry_with_topic_in_phrase(article)
    topical = Topical.build(
        [_topic("t", "event", ["Storm Day"], [article("a", entry.sentence, date=DAY)])]
    )
    assert topical.topics_of(entry) == frozenset()


def _entry_with_topic_in_phrase(article: MakeArticle) -> TimelineEntry:
    made = article("a", "Storm Day fell on Tuesday.", date=DAY)
    (entry,) = extract_timeline([made])
    # Pretend the date phrase covered "Storm Day": its mention is then part of the date.
    return dataclasses.replace(entry, phrase_span=Span(0, 0, len("Storm Day")))


def test_main_days_span_a_week_at_most() -> None:
    assert main_days(DAY, DAY + dt.timedelta(days=2)) == (
        DAY,
        DAY + dt.timedelta(days=1),
        DAY + dt.timedelta(days=2),
    )
    assert main_days(DAY, DAY + dt.timedelta(days=30)) == ()
    assert main_days(None, DAY) == ()


def test_an_event_named_with_its_day_joins_its_reports_on_that_day(
    article: MakeArticle,
) -> None:
    # Not the main event's day, no figure: the event topic's own day ties them.
    a = article("a", "The first ballot of the Guild vote was held on 10 February.", date=DAY)
    b = _in(
        "fr",
        article("b", "Le premier tour du scrutin de la Guilde a eu lieu le 10 février.", date=DAY),
    )
    arts = [a, b]
    topics = [_topic("r1", "event", ["first ballot", "premier tour"], arts)]
    topics[0] = dataclasses.replace(topics[0], name="First ballot, 10 Feb")
    (line,) = _lines(arts, topics)
    assert "10 February" in line and "also" in line
    # The same reports, the topic named without a day (or with another): two lines.
    for name in ("First ballot", "First ballot, 11 Feb"):
        renamed = [dataclasses.replace(topics[0], name=name)]
        assert len(_lines(arts, renamed)) == 2, name


def test_a_report_read_before_the_text_it_matches_still_joins_its_event(
    article: MakeArticle,
) -> None:
    # b matches neither a nor anything before it; c names both a's topic and b's.
    a = article("a", "On Tuesday the cardinals chose Pope Ortwin IX in the chapel.", date=DAY)
    b = _in("ru", article("b", "Во вторник завершился конклав в Ватикане.", date=DAY))
    c = _in("de", article("c", "Am Dienstag wählte das Konklave Ortwin IX zum Papst.", date=DAY))
    arts = [a, b, c]
    topics = [
        _topic("p1", "person", ["Ortwin IX"], arts),
        _topic("k", "event", ["конклав", "Konklave"], arts),
    ]
    (line,) = _lines(arts, topics)
    assert line.count("4 March 2031") == 3


def test_on_the_main_day_a_figure_in_common_is_one_event(article: MakeArticle) -> None:
    # The storm's day: "41 injured" in two languages, no key topic named by both.
    a = article("a", "Another 41 people were hurt when the pier gave way on Tuesday.", date=DAY)
    b = _in(
        "de",
        article(
            "b", "Am Dienstag wurden beim Einsturz 9 Menschen getötet und 41 verletzt.", date=DAY
        ),
    )
    (line,) = _lines([a, b], [])
    assert "also" in line


def test_a_shared_figure_off_the_main_day_or_a_year_stays_apart(article: MakeArticle) -> None:
    later = DAY + dt.timedelta(days=1)
    a = article("a", "On Wednesday 41 fishermen marched through Velmora.", date=later)
    b = _in("de", article("b", "Am Mittwoch wurden 41 Boote aus dem Hafen gezogen.", date=later))
    assert len(_lines([a, b], [])) == 2
    # On the main day, a year both name is no figure of the event.
    c = article("c", "The pier, built in 1987, gave way on Tuesday.", date=DAY)
    d = _in("de", article("d", "Am Dienstag erinnerte man an den Sturm von 1987.", date=DAY))
    assert len(_lines([c, d], [])) == 2


def test_on_the_main_day_two_times_in_one_hour_share_no_figure(article: MakeArticle) -> None:
    a = article("a", "The pier gave way at 18:05 on Tuesday.", date=DAY)
    b = _in("de", article("b", "Am Dienstag um 18:40 Uhr sprach der Bürgermeister.", date=DAY))
    assert len(_lines([a, b], [])) == 2


def _grounding(article: MakeArticle, day: str = "4", other: str = "4") -> list[Article]:
    """Two dated reports of the story's day (4 March 2031), then three undated ones in other
    languages that write a day and month with no year, each naming the ship."""
    dated = DAY + dt.timedelta(days=2)
    return [
        article(
            "a", "The freighter Velmora Star ran aground on 4 March near the reef.", date=dated
        ),
        article("b", "Port officials said the Velmora Star struck rocks on 4 March.", date=dated),
        _in("es", article("c", f"El carguero Velmora Star encalló el {day} de marzo.")),
        _in("ru", article("d", f"Сухогруз «Вельмора Стар» сел на мель {other} марта.")),
        _in("fr", article("e", f"Le vraquier Velmora Star s'est échoué le {other} mars.")),
    ]


def _ship(arts: list[Article]) -> list[Topic]:
    return [_topic("s", "organisation", ["Velmora Star", "Вельмора Стар"], arts)]


def test_without_a_main_event_the_storys_day_joins_yearless_reports(
    article: MakeArticle,
) -> None:
    # No main event: the When line's day (4 March 2031, two dated outlets) is the story's,
    # and the undated reports of "4 March" naming the ship are that event: one line.
    arts = _grounding(article)
    lines = _lines(arts, _ship(arts), main=None)
    assert len(lines) == 1, lines
    assert all(f"Outlet {n}, undated" in lines[0] for n in "cde"), lines


def test_yearless_reports_off_the_storys_day_stay_apart(article: MakeArticle) -> None:
    # "5 March" is not the story's day: one ship named, no figure in common, two lines.
    arts = _grounding(article, day="4", other="5")
    lines = _lines(arts, _ship(arts), main=None)
    fifth = [line for line in lines if line.startswith("- **5 March:**")]
    assert len(fifth) == 2, lines
