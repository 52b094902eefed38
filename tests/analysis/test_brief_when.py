"""The brief's When line: the main event's days first (as its name gives them), else the run
of days the story's outlets agree on, never stretched by background or aftermath."""

from __future__ import annotations

import dataclasses
import datetime as dt

from analysis.builders import MakeArticle

from briefing.analysis import extract_timeline
from briefing.brief_when import When, event_when, story_run, when_line
from briefing.export import render_brief
from briefing.model import Topic

D = dt.date


def test_the_days_at_the_end_of_a_main_events_name_are_read() -> None:
    assert event_when("Harbour strike in Varna, 3–5 Mar 2031") == When(D(2031, 3, 3), D(2031, 3, 5))
    assert event_when("Storm at Velmora, 8 Oct 2031") == When(D(2031, 10, 8), D(2031, 10, 8))
    assert event_when("Talks, 30 Sep – 2 Oct 2031") == When(D(2031, 9, 30), D(2031, 10, 2))
    assert event_when("Fair, 30 Dec 2031 – 2 Jan 2032") == When(D(2031, 12, 30), D(2032, 1, 2))
    # A month the name gives alone stays a month.
    month = event_when("Floods in Velmora, Oct 2031")
    assert month is not None and str(month) == "October 2031"
    assert str(event_when("Floods, Oct – 3 Nov 2031")) == "October – 3 November 2031"


def test_a_name_that_ends_with_no_date_gives_none() -> None:
    assert event_when(None) is None
    assert event_when("Harbour strike in Varna") is None
    assert event_when("Talks in Varna, Moscow") is None  # a place after the comma
    assert event_when("Talks in Paris, May") is None  # a month with no year
    assert event_when("Congress, 2031") is None  # a year alone is no span of days
    assert event_when("Vote, 31 Feb 2031") is None  # no such day
    assert event_when("Vote, 9 – 3 Mar 2031") is None  # ends the wrong way round


def test_the_main_events_days_come_before_the_articles_own(article: MakeArticle) -> None:
    a = article("a", "The strike closed the port.", date=D(2031, 3, 6))
    b = article("b", "The port reopened.", date=D(2031, 3, 9))
    line = when_line([a, b], "Harbour strike in Varna, 3–5 Mar 2031", ())
    assert line == "3–5 March 2031; articles dated 6–9 March 2031"
    brief = render_brief([a, b], main_event="Harbour strike in Varna, 3–5 Mar 2031")
    assert "**When:** 3–5 March 2031; articles dated 6–9 March 2031." in brief


def test_background_and_one_outlets_days_do_not_stretch_the_story(article: MakeArticle) -> None:
    # Three outlets date the storm to 4 March; two recall the storm of 2026; one dates the
    # funeral, a week later.
    articles = [
        article(
            i,
            "The storm hit the harbour of Velmora on March 4, 2031, and sank two ferries.",
            "A storm of the same force hit the town on 9 January 2026, the mayor recalled.",
            date=D(2031, 3, 5),
        )
        for i in "ab"
    ]
    articles.append(
        article(
            "c",
            "The storm hit Velmora on March 4, 2031. The funeral is set for March 12, 2031.",
            date=D(2031, 3, 5),
        )
    )
    timeline = extract_timeline(articles)
    assert story_run(timeline, D(2031, 3, 5)) == When(D(2031, 3, 4), D(2031, 3, 4))
    line = when_line(articles, None, timeline)
    assert line.startswith("4 March 2031; articles dated 5 March 2031")
    assert "2026" not in line and "12 March" not in line


def test_a_day_long_past_is_no_story_day_however_many_recall_it(article: MakeArticle) -> None:
    recall = "The storm of 9 January 2026 destroyed the old pier of Velmora, the mayor recalled."
    articles = [article(i, recall, date=D(2031, 3, 6)) for i in "abc"]
    articles += [
        article(i, "The storm hit Velmora on March 4, 2031.", date=D(2031, 3, 6)) for i in "de"
    ]
    timeline = extract_timeline(articles)
    assert story_run(timeline, D(2031, 3, 6)) == When(D(2031, 3, 4), D(2031, 3, 4))
    # Without a main event the title is dated by the same days.
    velmora = Topic("velmora", "Velmora", "place", ("Velmora",), ())
    brief = render_brief(articles, timeline=timeline, all_topics=[velmora])
    assert brief.startswith("# Velmora: 4 March 2031\n")


def test_no_day_two_outlets_agree_on_leaves_only_the_articles_dates(
    article: MakeArticle,
) -> None:
    a = article("a", "The storm hit Velmora on March 4, 2031.", date=D(2031, 3, 5))
    b = dataclasses.replace(
        article("b", "Der Hafen bleibt geschlossen.", date=D(2031, 2, 1)),
        language="de",
        date_precision="month",
    )
    line = when_line([a, b], None, extract_timeline([a, b]))
    assert line == "articles dated February – 5 March 2031"  # the month stays a month
