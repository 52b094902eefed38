"""Issue 12: the two ends of a period before the story (a term of office, a career) are not
events, and a dateline run into the lead is set apart from the prose it heads. Written
fixture text only, with look-alikes that must stay events."""

from __future__ import annotations

import dataclasses
import datetime as dt

from analysis.builders import make_article

from briefing.analysis import extract_timeline
from briefing.analysis.date_sentences import dated_phrases
from briefing.model import Article

DAY = dt.date(2031, 5, 7)


def _in(language: str, article: Article) -> Article:
    return dataclasses.replace(article, language=language)


def _events(*articles: Article) -> list[tuple[str, str, bool]]:
    return [(e.article_id, e.phrase, e.event) for e in extract_timeline(articles)]


#: Two sources name 2009 and 2014 on their own, so neither year is a lone source's aside.
_BACKGROUND = (
    make_article("x", "The regime funded the campaign in 2009, a court found.", date=DAY),
    make_article("y", "The funding was traced in 2009, and the case opened in 2014.", date=DAY),
    make_article("z", "Investigators first met in 2014; the file grew in 2009.", date=DAY),
)


def test_a_term_of_office_before_the_story_is_no_event_in_several_languages() -> None:
    english = "The mayor, in office from 2009 to 2014, was jailed on Tuesday."
    portuguese = "Prefeito entre 2009 e 2014, ele nega as acusações."
    italian = "Il sindaco, eletto nel 2009 ma sconfitto alle elezioni del 2014, è stato condannato."
    articles = [
        make_article("en", english, date=DAY),
        _in("pt", make_article("pt", portuguese, date=DAY)),
        _in("it", make_article("it", italian, date=DAY)),
        *_BACKGROUND,
    ]
    shown = _events(*articles)
    for source in ("en", "pt", "it"):
        assert (source, "2009", False) in shown
        assert (source, "2014", False) in shown
    assert ("en", "on Tuesday", True) in shown


def test_look_alikes_of_a_period_stay_events() -> None:
    articles = [
        # A single year, two statements split by a comma or a semicolon, years in reverse.
        *_BACKGROUND,
        make_article("r", "Fewer voted in 2014 than in 2009 in the city.", date=DAY),
        # A period that reaches the story's year is the story's own.
        make_article("s", "The station was closed from 2014 to 2031 for works.", date=DAY),
        make_article("t", "The station reopened in 2031 after the works.", date=DAY),
    ]
    shown = _events(*articles)
    assert ("x", "2009", True) in shown
    assert ("y", "2009", True) in shown and ("y", "2014", True) in shown
    assert ("z", "2014", True) in shown and ("z", "2009", True) in shown
    assert ("r", "2014", True) in shown and ("r", "2009", True) in shown
    assert ("s", "2014", True) in shown and ("s", "2031", True) in shown


def test_an_undated_packet_keeps_its_periods() -> None:
    term = make_article("a", "The mayor, in office from 2009 to 2014, was jailed.")
    other = make_article("b", "The mayor served from 2009 to 2014 before the trial.")
    assert all(event for _, _, event in _events(term, other))


def _sentences(text: str, language: str) -> list[tuple[str, str, bool]]:
    return [(d[2], d[3].text, d[4]) for d in dated_phrases(text, language, language)]


def test_a_dateline_run_into_the_lead_is_a_sentence_of_its_own() -> None:
    lead = "Parigi, 25 set. (Agenzia) - L'ex ministro è stato condannato per la campagna del 2009."
    assert _sentences(lead, "it") == [
        ("Parigi, 25 set. (Agenzia) -", "25 set.", True),
        ("L'ex ministro è stato condannato per la campagna del 2009.", "2009", False),
    ]
    english = "KYIV, May 3 (Reuters) - The bridge fell on Tuesday."
    assert [s for s, _, _ in _sentences(english, "en")] == [
        "KYIV, May 3 (Reuters) -",
        "The bridge fell on Tuesday.",
    ]


def test_look_alikes_of_a_dateline_keep_one_sentence() -> None:
    # A place and a date with no dash after it is prose; a name that is no city is no dateline.
    prose = "Paris, on 3 May 2031, signed the deal drafted in 2030."
    assert {s for s, _, _ in _sentences(prose, "en")} == {prose}
    person = "Ahmed, 3 May 2031 – the minister resigned in 2030."
    assert {s for s, _, _ in _sentences(person, "en")} == {person}
