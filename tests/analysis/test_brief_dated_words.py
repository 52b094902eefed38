"""The same thing named beside the same day by several outlets, in several languages, is one
line of the brief's timeline (``briefing.brief_dated_words``); two things of one day, or one
day and month in two years, stay apart. Invented text."""

from __future__ import annotations

import dataclasses
import datetime as dt

from analysis.builders import make_article

from briefing.analysis import extract_timeline
from briefing.brief_dated_words import dated_words, same_dated_word
from briefing.export import render_brief
from briefing.model import Article


def _in(language: str, article_id: str, text: str, date: dt.date | None = None) -> Article:
    return dataclasses.replace(make_article(article_id, text, date=date), language=language)


def _lines(articles: list[Article]) -> list[str]:
    brief = render_brief(articles, timeline=extract_timeline(articles))
    section = brief[brief.index("## Timeline") : brief.index("## References")]
    return [line for line in section.splitlines() if line.startswith("- ")]


def _entries(articles: list[Article]) -> dict[str, object]:
    return {e.article_id: e for e in extract_timeline(articles) if e.event}


def test_one_vote_named_beside_its_day_in_three_languages_is_one_line() -> None:
    articles = [
        _in("en", "a", "Judges annulled the referendum of 14 June, citing missing ballots."),
        _in("fr", "b", "Les juges ont annulé le référendum du 14 juin après un recours."),
        _in("es", "c", "Los magistrados invalidaron el referéndum del 14 de junio ayer."),
    ]
    lines = [line for line in _lines(articles) if "14 June" in line]
    assert len(lines) == 1
    assert all(f"Outlet {x}" in lines[0] for x in "abc")


def test_two_things_of_one_day_stay_two_lines() -> None:
    articles = [
        _in("en", "a", "Judges annulled the referendum of 14 June, citing missing ballots."),
        _in("de", "b", "Die Überschwemmung vom 14. Juni zerstörte drei Brücken im Tal."),
    ]
    lines = [line for line in _lines(articles) if "14 June" in line]
    assert len(lines) == 2


def test_everyday_words_beside_a_day_join_nothing() -> None:
    a = _in("en", "a", "The police said on 14 June that the road was open.")
    b = _in("fr", "b", "La police a arrêté deux hommes le 14 juin à Velmora.")
    found = _entries([a, b])
    assert not same_dated_word(found["a"], "en", found["b"], "fr")  # type: ignore[arg-type]


def test_one_language_and_weekdays_are_left_to_the_other_rules() -> None:
    """Within one language the whole statements are compared; a weekday is the news day."""
    a = _in("en", "a", "Velmora closed every metro line on 4 March during the strike.")
    b = _in("en", "b", "Karsk opened two metro stations on 4 March despite the strike.")
    found = _entries([a, b])
    assert not same_dated_word(found["a"], "en", found["b"], "en")  # type: ignore[arg-type]
    c = _in("en", "c", "Judges annulled the referendum on Tuesday, citing ballots.")
    d = _in("es", "d", "Los magistrados anularon el martes el referéndum sin votos.")
    found = _entries([c, d])
    assert not same_dated_word(found["c"], "en", found["d"], "es")  # type: ignore[arg-type]


def test_dated_words_stop_at_a_clause_break_and_skip_names() -> None:
    a = _in("en", "a", "After the storm, Velmora voted on 14 June, tense and quiet.")
    (entry,) = [e for e in extract_timeline([a]) if e.event]
    assert {form for _, form in dated_words(entry, "en")} == {"voted"}


def test_one_day_and_month_in_two_years_stays_two_days() -> None:
    articles = [
        _in("en", "a", "The referendum of 14 June 2029 failed.", date=dt.date(2031, 7, 1)),
        _in("fr", "b", "Le référendum du 14 juin 2031 a échoué.", date=dt.date(2031, 7, 1)),
    ]
    brief = render_brief(articles, timeline=extract_timeline(articles))
    assert "14 June 2029" in brief and "14 June 2031" in brief
    lines = [line for line in _lines(articles) if "référendum" in line or "referendum" in line]
    assert len(lines) == 2


def test_a_yearless_report_joins_the_one_dated_day_without_a_year_of_its_own() -> None:
    dated = _in(
        "en", "a", "Judges annulled the referendum of 14 June 2031.", date=dt.date(2031, 7, 1)
    )
    undated = _in("es", "b", "Los magistrados invalidaron el referéndum del 14 de junio ayer.")
    lines = _lines([dated, undated])
    joined = [line for line in lines if "referendum" in line or "referéndum" in line]
    assert len(joined) == 1
    assert "undated" in joined[0]  # the Spanish outlet is cited as undated, given no year
    assert not any(line.startswith("- **14 June:**") for line in lines)


def test_one_han_word_in_chinese_and_japanese_scripts_is_one_line() -> None:
    """ "選舉" (traditional), "选举" (simplified) and "選挙" (Japanese) fold to one pair."""
    articles = [
        _in("zh", "a", "法院表示,3月14日的選舉結果無效。"),
        _in("ja", "b", "裁判所は3月14日に行われた市長選挙を無効とした。"),
    ]
    lines = [line for line in _lines(articles) if "14 March" in line]
    assert len(lines) == 1 and "Outlet a" in lines[0] and "Outlet b" in lines[0]


def test_two_han_things_of_one_day_stay_two_lines() -> None:
    articles = [
        _in("zh", "a", "法院表示,3月14日的選舉結果無效。"),
        _in("ja", "b", "3月14日に発生した大雨で川が氾濫した。"),
    ]
    lines = [line for line in _lines(articles) if "14 March" in line]
    assert len(lines) == 2
