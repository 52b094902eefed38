"""A month both statements name besides their day ties a translated report to its source
(``briefing.brief_months``): one line of the brief's timeline — and a month with only a
place in common, a name without a month, or two different months stay apart. Written
fixture text, no year given (the "day and month only" lines)."""

from __future__ import annotations

import dataclasses

from analysis.builders import MakeArticle

from briefing.analysis import extract_timeline
from briefing.brief_months import months, same_backstory
from briefing.export import render_brief
from briefing.model import Article


def _lines(articles: list[Article]) -> list[str]:
    brief = render_brief(articles, timeline=extract_timeline(articles))
    section = brief[brief.index("## Timeline") : brief.index("## References")]
    return [line for line in section.splitlines() if line.startswith("- ")]


def _in(language: str, article: Article) -> Article:
    return dataclasses.replace(article, language=language)


def test_months_are_read_in_each_language_from_cldr() -> None:
    assert months("qui avait démissionné début janvier", "fr") == {1}
    assert months("который ушел в отставку в начале января", "ru") == {1}
    assert months("die im Januar zurückgetreten war", "de") == {1}
    assert months("que dimitió a principios de enero", "es") == {1}
    # Not a month: the English modal, an abbreviation that is a word in its language.
    assert months("the port may reopen", "en") == frozenset()
    assert months("sept navires sont arrivés", "fr") == frozenset()
    assert months("who left in May", "en") == {5}


def test_a_name_and_a_month_in_common_are_one_event_in_two_languages() -> None:
    fr = "Elle a pris la tête du port, en remplaçant Tomas Brandt, parti début janvier."
    ru = "Она возглавила порт, сменив Томаса Брандта, который ушел в начале января."
    assert same_backstory(fr, "fr", ru, "ru")


def test_a_translated_report_is_one_line_with_its_sources(article: MakeArticle) -> None:
    fr = _in(
        "fr",
        article(
            "a",
            "Ilse Marrow a pris la tête du port de Velmora le 6 mars, en remplaçant "
            "Tomas Brandt qui avait démissionné début janvier.",
            source="Wire One",
        ),
    )
    ru = _in(
        "ru",
        article(
            "b",
            "Она возглавила порт 6 марта, сменив на этом посту Томаса Брандта, который ушел "
            "в отставку в начале января.",
            source="Paper Two",
        ),
    )
    (line,) = _lines([fr, ru])
    assert line.startswith("- **6 March:** “Ilse Marrow a pris la tête du port")
    assert line.endswith("— Wire One, undated; also Paper Two, undated")


def test_look_alikes_stay_two_lines(article: MakeArticle) -> None:
    storm = _in(
        "fr",
        article(
            "a", "Le 6 mars, les pêcheurs de Velmora ont manifesté contre la tempête de janvier."
        ),
    )
    # The same month, but only a place in common: two things that happened in Velmora.
    harbour = article("b", "Velmora's harbour reopened on 6 March after the storm of January.")
    assert len(_lines([storm, harbour])) == 2
    # The same person and day, no month in common: two things one person did.
    arrested = article("c", "Tomas Brandt was arrested on 6 March at the harbour.")
    spoke = _in("fr", article("d", "Le 6 mars, Tomas Brandt a parlé aux dockers en février."))
    assert len(_lines([arrested, spoke])) == 2
    # The same person and day, two different months named: two events.
    january = article("e", "Tomas Brandt, who resigned in January, left Velmora on 6 March.")
    april = _in("fr", article("f", "Le 6 mars, Tomas Brandt a annoncé sa candidature pour avril."))
    assert len(_lines([january, april])) == 2
