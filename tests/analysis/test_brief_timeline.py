"""The brief's timeline: one line per event with every source that reports it, on written
fixture text — a wire text quoted once for all its outlets, the same event in other words
cited after "also", and statements that only name the same people kept apart."""

from __future__ import annotations

import dataclasses
import datetime as dt

from analysis.builders import MakeArticle

from briefing.analysis import extract_timeline
from briefing.export import render_brief
from briefing.model import Article

DAY = dt.date(2031, 3, 4)


def _timeline_lines(articles: list[Article]) -> list[str]:
    brief = render_brief(articles, timeline=extract_timeline(articles))
    section = brief[brief.index("## Timeline") : brief.index("## References")]
    return [line for line in section.splitlines() if line.startswith("- ")]


def test_one_wire_text_in_two_outlets_is_one_line(article: MakeArticle) -> None:
    wire = "Minister Marrow opened the new harbour terminal in Velmora on Tuesday with the mayor."
    a = article("a", wire, source="Wire One", date=DAY)
    b = article("b", wire.replace("the mayor", "the city's mayor"), source="Paper Two", date=DAY)
    (line,) = _timeline_lines([a, b])
    assert line.endswith("— Paper Two, 4 March 2031; Wire One, 4 March 2031") or line.endswith(
        "— Wire One, 4 March 2031; Paper Two, 4 March 2031"
    )
    assert "also" not in line


def test_the_same_event_in_other_words_is_cited_after_also(article: MakeArticle) -> None:
    a = article(
        "a",
        "Marrow opened the harbour terminal on Tuesday, a three-day visit that includes "
        "meetings with dockers.",
        source="Wire One",
        date=DAY,
    )
    b = article(
        "b",
        "Marrow arrived in Velmora on Tuesday for a three-day visit and opened the new "
        "terminal before meetings at the port.",
        source="Paper Two",
        date=DAY,
    )
    (line,) = _timeline_lines([a, b])
    # The quote is one outlet's own words; the other is named, not made to say them.
    assert line.startswith("- “Marrow opened the harbour terminal")
    assert line.endswith("— Wire One, 4 March 2031; also Paper Two, 4 March 2031")


def test_statements_naming_the_same_people_are_not_one_event(article: MakeArticle) -> None:
    a = article("a", "Marrow opened the terminal in Velmora on Tuesday.", date=DAY)
    b = article("b", "Unions in Velmora on Tuesday urged Marrow to raise dockers' pay.", date=DAY)
    assert len(_timeline_lines([a, b])) == 2


def test_reports_in_two_languages_are_not_merged_by_shared_words(article: MakeArticle) -> None:
    a = article(
        "a", "Marrow opened the ferry terminal on Tuesday for dockers and containers.", date=DAY
    )
    b = dataclasses.replace(
        article(
            "b", "Marrow a inauguré mardi le terminal ferry des dockers et containers.", date=DAY
        ),
        language="fr",
    )
    assert len(_timeline_lines([a, b])) == 2


def test_a_past_day_written_in_full_is_one_event_in_any_language(article: MakeArticle) -> None:
    fire = "The old pier of Velmora burned down on 12 June 2019, a loss still felt."
    a = article("a", fire, "The new pier opened on March 4, 2031.", source="Wire One", date=DAY)
    b = dataclasses.replace(
        article("b", "Le vieux quai de Velmora a brûlé le 12 juin 2019.", date=DAY),
        language="fr",
    )
    c = dataclasses.replace(
        article("c", "Der alte Pier brannte am 12. Juni 2019 nieder.", date=DAY), language="de"
    )
    lines = _timeline_lines([b, c, a])
    (past,) = [line for line in lines if "2019" in line]
    assert past.startswith(f"- “{fire}” — Wire One, 4 March 2031; also ")  # English quoted
    assert "Outlet b" in past and "Outlet c" in past
    # The story's own days are not merged across languages.
    d = dataclasses.replace(
        article("d", "Le nouveau quai a ouvert le 4 mars 2031 sous la pluie.", date=DAY),
        language="fr",
    )
    story_day = [line for line in _timeline_lines([a, d]) if "opened" in line or "ouvert" in line]
    assert len(story_day) == 2


def test_a_busy_day_shows_four_lines_and_counts_the_rest(article: MakeArticle) -> None:
    from briefing.notes import Bookmark

    says = [
        "The ferry union voted to strike on Tuesday.",
        "Fishermen blocked the north quay on Tuesday.",
        "The mayor cancelled the market on Tuesday.",
        "A cruise ship was turned away on Tuesday.",
        "Schools closed early on Tuesday because of the wind.",
        "The lighthouse keeper reported a blackout on Tuesday.",
    ]
    articles = [article(f"a{i}", text, date=DAY) for i, text in enumerate(says)]
    last = articles[-1].paragraphs[0].text
    note = Bookmark("k", "a5", 0, 0, len(last), last, "Check with the coastguard.")
    timeline = extract_timeline(articles)
    brief = render_brief(articles, timeline=timeline, bookmarks=[note])
    day = brief[brief.index("### Tuesday 4 March 2031") : brief.index("## References")]
    quoted_lines = [line for line in day.splitlines() if line.startswith("- “")]
    assert len(quoted_lines) == 4
    assert "lighthouse keeper" in day and "**Note:** Check with the coastguard." in day
    assert "- *and 2 more statements of this day: Outlet a" in day


def test_a_year_named_alone_is_background_with_two_lines_at_most(article: MakeArticle) -> None:
    texts = [
        "The harbour of Velmora was first flooded in 2011, when the dyke broke.",
        "Velmora's port authority was founded in 2011 by the council.",
        "A storm closed the ferry terminal of Velmora in 2011 for a week.",
    ]
    articles = [
        article(str(i), text, source=f"Paper {i}", date=DAY) for i, text in enumerate(texts)
    ]
    brief = render_brief(articles, timeline=extract_timeline(articles))
    section = brief[brief.index("### Earlier and later") : brief.index("## References")]
    lines = [line for line in section.splitlines() if line.startswith("- ")]
    assert len(lines) == 3
    assert all(line.startswith("- **2011:** ") for line in lines[:2])
    assert lines[2].startswith("- *and 1 more statement of this year:")


def test_a_year_one_outlet_alone_names_is_not_quoted(article: MakeArticle) -> None:
    # The timeline reads it as an aside (issue 12), so the brief neither quotes nor counts it.
    a = article("a", "The mayor of Velmora was ordained in 1982 and moved here.", date=DAY)
    b = article("b", "Minister Marrow opened the terminal in Velmora on Tuesday.", date=DAY)
    brief = render_brief([a, b], timeline=extract_timeline([a, b]))
    assert "ordained" not in brief
    assert "### Earlier and later" not in brief


def test_one_event_in_three_languages_is_one_line(article: MakeArticle) -> None:
    en = article(
        "a",
        "A 6.9-magnitude quake struck Velmora and Ostrany on Tuesday, killing 143 people.",
        source="Wire One",
        date=DAY,
    )
    fr = dataclasses.replace(
        article(
            "b", "Un séisme de magnitude 6,9 a frappé Velmora et Ostrany mardi, faisant 143 morts."
        ),
        language="fr",
        date=DAY,
    )
    ru = dataclasses.replace(
        article("c", "Во вторник землетрясение магнитудой 6,9 произошло в Велморе, погибли 143."),
        language="ru",
        date=DAY,
    )
    (line,) = _timeline_lines([en, fr, ru])
    assert line.startswith("- “A 6.9-magnitude quake struck Velmora")
    cited = "— Wire One, 4 March 2031; also Outlet b, 4 March 2031; Outlet c, 4 March 2031"
    assert line.endswith(cited)


def test_two_events_of_one_day_in_two_languages_stay_two_lines(article: MakeArticle) -> None:
    # The same minister, the same day, two different things done: one shared name only.
    en = article("a", "Minister Anna Velikova declared a day of mourning on Tuesday.", date=DAY)
    de = dataclasses.replace(
        article("b", "Ministerin Anna Velikova besuchte am Dienstag die Verletzten in Ostrany."),
        language="de",
        date=DAY,
    )
    assert len(_timeline_lines([en, de])) == 2


def test_an_undated_report_of_a_dated_event_is_cited_beside_it(article: MakeArticle) -> None:
    dated = article(
        "a", "Marrow opened the Ostrany Bridge in Velmora on 4 March 2031.", source="Wire One"
    )
    undated = dataclasses.replace(
        article("b", "Le 4 mars, Marrow a inauguré le pont Ostrany à Velmora."), language="fr"
    )
    (line,) = _timeline_lines([dated, undated])
    assert line.endswith("— Wire One, undated; also Outlet b, undated")
    # Another event of that day and month in the undated article keeps its own, yearless line.
    other = dataclasses.replace(
        article("c", "Le 4 mars, des pêcheurs ont bloqué le quai nord."), language="fr"
    )
    lines = _timeline_lines([dated, other])
    assert len(lines) == 2
    assert lines[1].startswith("- **4 March:** “Le 4 mars, des pêcheurs")


def test_a_month_long_past_that_several_outlets_name_is_one_line(article: MakeArticle) -> None:
    a = article(
        "a", "The old pier of Velmora burned down in June 2019.", source="Wire One", date=DAY
    )
    b = dataclasses.replace(
        article("b", "Le vieux quai de Velmora a brûlé en juin 2019.", date=DAY), language="fr"
    )
    c = dataclasses.replace(
        article("c", "Der alte Pier brannte im Juni 2019 nieder.", date=DAY), language="de"
    )
    (past,) = [line for line in _timeline_lines([b, c, a]) if "2019" in line]
    assert past.startswith("- **June 2019:** “The old pier of Velmora burned down in June 2019.”")
    assert "also" in past and "Outlet b" in past and "Outlet c" in past


def test_a_recent_month_or_one_outlet_s_month_keeps_a_line_each(article: MakeArticle) -> None:
    # Within a year of the story two things of one month may be two events of the story.
    a = article("a", "The pier was closed for repairs in December 2030.", date=DAY)
    b = article("b", "Dockers went on strike in December 2030 over pay.", date=DAY)
    lines = [line for line in _timeline_lines([a, b]) if "December 2030" in line]
    assert len(lines) == 2 and not any("also" in line for line in lines)


def test_a_common_word_opening_a_report_counts_and_a_name_opening_it_does_not(
    article: MakeArticle,
) -> None:
    """ "Electricity" opening a sentence (or after "DESK:") is a word the two reports share;
    "Lisbon" opening both is a name, however common, and is left to the names rule (the
    closure and the opening are two events)."""
    a = article("a", "A long power cut on Tuesday left the region without electricity.", date=DAY)
    b = article("b", "DESK: Electricity returned after hours of power cuts on Tuesday.", date=DAY)
    assert len(_timeline_lines([a, b])) == 1
    c = article("c", "Lisbon closed every metro line on Tuesday during the strike.", date=DAY)
    d = article("d", "Lisbon opened two metro stations on Tuesday despite the strike.", date=DAY)
    assert len(_timeline_lines([c, d])) == 2


def test_an_undated_weekday_joins_the_story_s_day_of_that_weekday(article: MakeArticle) -> None:
    """ "Tuesday" in an undated report is cited beside the story's Tuesday (two outlets date
    it) when it tells the same event; it is never given the date itself."""
    one = article("a", "Ferry Ostrava capsized off Velmora on Tuesday with 40 aboard.", date=DAY)
    two = article("b", "On Tuesday the ferry Ostrava sank near Velmora; 40 were aboard.", date=DAY)
    undated = dataclasses.replace(
        article("c", "Am Dienstag kenterte die Fähre Ostrava vor Velmora, 40 Menschen an Bord."),
        language="de",
    )
    lines = _timeline_lines([one, two, undated])
    assert len(lines) == 1 and lines[0].endswith("Outlet c, undated")
    assert [e.date for e in extract_timeline([undated])] == [None]
    # Another event on a Tuesday stays apart, and so does any weekday once the story's days
    # span more than a week (which Tuesday would it be?).
    other = dataclasses.replace(
        article("d", "Am Dienstag streikten die Fischer im Hafen von Karsk."), language="de"
    )
    assert len(_timeline_lines([one, two, other])) == 1
    later = [
        article(x, "Divers reached the wreck of the Ostrava on 14 March 2031.", date=DAY)
        for x in ("e", "f")
    ]
    lines = _timeline_lines([one, two, undated, *later])
    assert not any("Outlet c" in line for line in lines)
