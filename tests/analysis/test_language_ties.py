"""The main event's day told in one language's short idiom: a rival day tied to the act by the
words another article of its language writes beside the main day, and a weekday in an article
that states only its month. Written fixtures (no article text): the ferry of
:mod:`analysis.ferry_fixtures`, run aground on Thursday 12 March 2026 in the Russian texts;
the look-alikes are the day a statement was made, the aftermath told with one of the act's
words, a peer in another language, a guessed weekday and long words shared."""

from __future__ import annotations

import dataclasses
import datetime as dt

from analysis.ferry_fixtures import THURSDAY
from analysis.ferry_fixtures import ferry_story as _story
from analysis.ferry_fixtures import in_language as _in
from analysis.ferry_fixtures import main_event_days as _days

from briefing.analysis.language_ties import in_stated_month, tying_articles, word_forms
from briefing.model import Article

LATER = dt.date(2026, 3, 20)


def _monthly(article_id: str, text: str, language: str = "ru") -> Article:
    """An article whose label states only March 2026."""
    article = _in(language, article_id, text)
    return dataclasses.replace(article, date=dt.date(2026, 3, 1), date_precision="month")


def _peer() -> Article:
    return _monthly("p", "В четверг паром сел на мель у порта.")


def test_a_later_day_written_in_the_same_short_idiom_disagrees() -> None:
    rival = _in("ru", "r", "Паром сел на мель у порта 13 марта.", LATER)
    (found,) = _days([*_story(), _peer(), rival])
    claims = {c.value: c.article_ids for c in found.claims}
    assert claims["Friday 13 March 2026"] == ("r",)
    # the Russian article it is tied to is quoted for the main day, its weekday guessed
    assert set(claims["Thursday 12 March 2026"]) == {"a", "b", "c", "p"}


def test_the_day_a_statement_was_made_and_the_aftermath_stay_silent() -> None:
    said = _in("ru", "r", "Компания сообщила 13 марта, что паром сел на мель.", LATER)
    freed = _in("ru", "s", "Спасатели 13 марта сняли паром с мели.", LATER)
    assert _days([*_story(), _peer(), said]) == []
    assert _days([*_story(), _peer(), freed]) == []


def test_the_idiom_ties_only_within_its_language() -> None:
    rival = _in("ru", "r", "Паром сел на мель у порта 13 марта.", LATER)
    assert _days([*_story(), rival]) == []  # no Russian article dates the main day


def test_a_guessed_weekday_backs_but_never_rivals() -> None:
    friday = _monthly("f", "В пятницу паром сел на мель у порта.")
    assert _days([*_story(), _peer(), friday]) == []


def test_in_stated_month() -> None:
    monthly = _monthly("m", "Паром.")
    assert in_stated_month(THURSDAY, monthly)
    assert not in_stated_month(dt.date(2026, 4, 2), monthly)
    assert in_stated_month(THURSDAY, _in("ru", "u", "Паром."))  # no date at all
    assert not in_stated_month(THURSDAY, _in("ru", "d", "Паром.", THURSDAY))  # a day stated


def test_two_short_forms_tie_and_long_ones_do_not() -> None:
    sentence = "The boat ran aground on Friday near the pier."
    start = sentence.index("Friday")
    near, forms = word_forms(sentence, start, start + len("Friday"), "en", 4)
    assert {"aground", "boat", "pier"} <= forms
    assert "aground" in near and "the" not in forms
    peer = frozenset({"pier", "aground", "boat"})
    assert tying_articles(forms, "en", "x", [("y", "en", peer)]) == {"y"}  # "pier", "boat"
    assert not tying_articles(forms, "en", "x", [("x", "en", peer)])  # its own article
    assert not tying_articles(forms, "en", "x", [("y", "fr", peer)])  # another language
    assert not tying_articles(
        frozenset({"explosion", "aground", "boat"}), "en", "x", [("y", "en", peer)]
    )
