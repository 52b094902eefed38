"""A day the media reported on is no day of the event (briefing.analysis.media_reports), in
several languages, and the look-alikes that date the event itself. Written fixtures: the
ferry story of ``ferry_fixtures`` (capsized on Thursday 12 March 2026)."""

from __future__ import annotations

import pytest
from analysis.ferry_fixtures import ferry_story as _story
from analysis.ferry_fixtures import in_language as _in
from analysis.ferry_fixtures import main_event_days as _days

from briefing.analysis.media_reports import reports_day


def _at(sentence: str, phrase: str, language: str) -> bool:
    start = sentence.index(phrase)
    return reports_day(sentence, start, start + len(phrase), language)


@pytest.mark.parametrize(
    ("language", "sentence", "phrase"),
    [
        ("en", "International media on Wednesday morning reported that a ferry sank.", "Wednesday"),
        ("en", "Several media reported on Wednesday that the ferry had sunk.", "Wednesday"),
        ("en", "On Wednesday, local media reported that the ferry had sunk.", "On Wednesday"),
        ("ru", "Зарубежные СМИ в среду утром сообщили, что паром затонул.", "в среду"),
        ("fr", "Les médias ont annoncé mercredi que le ferry avait chaviré.", "mercredi"),
        ("de", "Mehrere Medien berichteten am Mittwoch, die Fähre sei gekentert.", "am Mittwoch"),
        ("es", "Los medios locales informaron el miércoles que el ferry volcó.", "el miércoles"),
        ("zh", "外国媒体周三报道,渡轮在港口附近倾覆。", "周三"),
    ],
)
def test_a_day_the_media_reported_on_dates_the_report(
    language: str, sentence: str, phrase: str
) -> None:
    assert _at(sentence, phrase, language)


@pytest.mark.parametrize(
    ("language", "sentence", "phrase"),
    [
        # the day belongs to the verb before it; the report comes after
        ("en", "The ferry capsized on Wednesday, media reported.", "on Wednesday"),
        ("ru", "Паром затонул в среду, сообщили СМИ.", "в среду"),
        # a named outlet or a government is no media noun: not read here
        ("en", "The coastguard reported on Wednesday that the ferry sank.", "Wednesday"),
        ("en", "Reuters reported on Wednesday that the ferry sank.", "Wednesday"),
        # no verb of reporting
        ("en", "Local media on Wednesday filmed the ferry as it sank.", "Wednesday"),
        ("zh", "渡轮周三在港口附近倾覆。", "周三"),
    ],
)
def test_a_day_of_the_event_stays(language: str, sentence: str, phrase: str) -> None:
    assert not _at(sentence, phrase, language)


def test_the_media_reports_day_is_no_rival_of_the_main_day() -> None:
    reported = _in("en", "d", "Foreign media on Wednesday reported that the ferry capsized.")
    assert _days([*_story(), reported]) == []
    # the act dated to another day, with the media only as the source, still rivals
    rival = _in("en", "d", "The ferry capsized on Wednesday evening, media reported.")
    (found,) = _days([*_story(), rival])
    assert "Wednesday 11 March 2026" in {c.value for c in found.claims}


@pytest.mark.parametrize(
    ("language", "sentence", "phrase"),
    [
        ("en", "Media reported that on Wednesday the ferry had capsized.", "on Wednesday"),
        ("en", "On Wednesday the ferry capsized, media reported.", "On Wednesday"),
        ("ru", "СМИ сообщили, что в среду паром затонул.", "в среду"),
        ("de", "Medien berichteten, dass die Fähre am Mittwoch kenterte.", "am Mittwoch"),
    ],
)
def test_a_day_inside_what_the_media_reported_stays(
    language: str, sentence: str, phrase: str
) -> None:
    assert not _at(sentence, phrase, language)
