"""The story's first act, written without a year by outlets in several languages, is one line
of the brief's timeline (``briefing.brief_first_act``) — and a day that is no article's first
day, a day too few articles start on, a day near the main day, or an article dating two
sentences to its first day stays apart. Written fixture text; no topics, so that no shared
name or figure ties the statements: only their place in each account does."""

from __future__ import annotations

import dataclasses
import datetime as dt

from analysis.builders import MakeArticle

from briefing.analysis import extract_timeline
from briefing.brief_first_act import first_act
from briefing.export import render_brief
from briefing.model import Article

#: The main event, weeks after the grounding the articles recall.
MAIN = "Oil spill in Velmora, 9 Apr 2031"
MAIN_DAY = dt.date(2031, 4, 9)


def _in(language: str, made: Article) -> Article:
    return dataclasses.replace(made, language=language)


def _lines(articles: list[Article], main: str | None = MAIN) -> list[str]:
    brief = render_brief(articles, timeline=extract_timeline(articles), main_event=main)
    section = brief[brief.index("## Timeline") : brief.index("## References")]
    return [line for line in section.splitlines() if line.startswith("- ")]


def _grounding(article: MakeArticle, day: int = 14) -> list[Article]:
    """Four undated reports in four languages, each starting the story on ``day`` March with
    the grounding in its own words: no name, no figure in common."""
    return [
        article("a", f"The freighter ran aground on {day} March off the southern cape."),
        _in("es", article("b", f"El carguero encalló frente al cabo el {day} de marzo.")),
        _in("ru", article("c", f"Сухогруз сел на мель у южного мыса {day} марта.")),
        _in("fr", article("d", f"Le vraquier s'est échoué le {day} mars près du cap.")),
    ]


def _day_lines(lines: list[str], label: str) -> list[str]:
    return [line for line in lines if line.startswith(f"- **{label}:**")]


def test_the_first_act_in_four_languages_is_one_line(article: MakeArticle) -> None:
    (line,) = _day_lines(_lines(_grounding(article)), "14 March")
    assert all(f"Outlet {n}" in line for n in "abcd"), line
    assert "; also " in line


def test_without_an_anchor_the_four_reports_stay_four_lines(article: MakeArticle) -> None:
    # No main day and no dated article to anchor the story's days: no day counts as its
    # start, and the four reports, sharing nothing else, stay four lines.
    arts = _grounding(article)
    assert first_act(arts, extract_timeline(arts), None) == frozenset()
    assert len(_day_lines(_lines(arts, main=None), "14 March")) == 4


def test_two_articles_are_no_story_start(article: MakeArticle) -> None:
    arts = _grounding(article)[:2]
    assert len(_day_lines(_lines(arts), "14 March")) == 2


def test_a_day_one_language_writes_is_no_story_start(article: MakeArticle) -> None:
    arts = [
        article("a", "The freighter ran aground on 14 March off the southern cape."),
        article("b", "Divers inspected the damaged hull on 14 March."),
        article("c", "The harbour master resigned on 14 March after a long dispute."),
    ]
    assert len(_day_lines(_lines(arts), "14 March")) == 3


def test_near_the_main_day_the_acts_stay_apart(article: MakeArticle) -> None:
    # 14 March is two days before this main day: many acts share such a day (an arrest and
    # a funeral naming one person), told apart by their words, never by this rule.
    arts = _grounding(article)
    assert len(_day_lines(_lines(arts, main="Oil spill in Velmora, 16 Mar 2031"), "14 March")) == 4


def test_an_article_dating_two_sentences_to_its_first_day_stays_apart(
    article: MakeArticle,
) -> None:
    arts = _grounding(article)
    arts[0] = article(
        "a",
        "The freighter ran aground on 14 March off the southern cape.",
        "The harbour master resigned on 14 March after a long dispute.",
    )
    lines = _day_lines(_lines(arts), "14 March")
    joined = [line for line in lines if "; also " in line]
    assert len(joined) == 1 and "Outlet a" not in joined[0], lines
    assert len(lines) == 3  # the joined three, and article a's two sentences


def test_a_report_of_another_act_that_day_from_a_later_start_stays_apart(
    article: MakeArticle,
) -> None:
    # Article e starts the story on 2 March ("left port"); its 14 March sentence is the
    # tow, another act: not its first day, so it does not join the grounding.
    arts = [
        *_grounding(article),
        _in(
            "de",
            article(
                "e",
                "Das Schiff verließ den Hafen am 2. März.",
                "Ein Schlepper zog den Rumpf am 14. März vom Riff.",
            ),
        ),
    ]
    lines = _day_lines(_lines(arts), "14 March")
    assert len(lines) == 2, lines
    assert any("Outlet e" in line and "; also " not in line for line in lines), lines


def test_first_act_names_one_statement_per_article(article: MakeArticle) -> None:
    arts = _grounding(article)
    found = first_act(arts, extract_timeline(arts), MAIN_DAY)
    assert sorted(key[0] for key in found) == ["a", "b", "c", "d"]


def test_a_night_may_be_the_evening_before_and_stays_apart(article: MakeArticle) -> None:
    arts = _grounding(article)
    arts[0] = article("a", "The freighter ran aground in the night to 14 March.")
    lines = _day_lines(_lines(arts), "14 March")
    assert len(lines) == 2, lines
    assert any("Outlet a" in line and "; also " not in line for line in lines), lines


def test_a_reports_day_is_no_act_and_stays_apart(article: MakeArticle) -> None:
    # "Media reported on 14 March": the day of a report, not of the grounding.
    arts = [
        *_grounding(article),
        article("e", "Local media reported on 14 March that a tanker had lost power."),
    ]
    lines = _day_lines(_lines(arts), "14 March")
    assert len(lines) == 2, lines
    assert any("Outlet e" in line and "; also " not in line for line in lines), lines
