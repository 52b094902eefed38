"""Issue 12: a page's stamps, datelines and editor's notes are not events; the prose next to
them is, in a sentence of its own; a weekday written with its part of the day is a weekday.

Fixture text written for these tests, in several languages, with look-alikes that must stay
events: a statement that names a place and a date, a clock time in prose, a quoted remark.
"""

from __future__ import annotations

import datetime as dt

import pytest
from analysis.builders import make_article

from briefing.analysis import extract_timeline
from briefing.analysis.date_sentences import dated_phrases
from briefing.analysis.dates import find_dates
from briefing.model import Article


def _dated(text: str, language: str) -> list[tuple[str, str, bool]]:
    """(sentence, phrase, not an event) of each date phrase of ``text``."""
    return [(d[2], d[3].text, d[5]) for d in dated_phrases(text, language, language)]


def _in(language: str, article: Article) -> Article:
    import dataclasses

    return dataclasses.replace(article, language=language)


# --- an opening editor's note is a sentence of its own -------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "prose"),
    [
        ("pt", "[Texto atualizado às 9h05 de 4 de maio de 2031] A ponte caiu esta terça-feira.",
         "A ponte caiu esta terça-feira."),
        ("en", "[Updated 4 May 2031: toll revised] The dam burst on Tuesday night.",
         "The dam burst on Tuesday night."),
        ("fr", "[Mis à jour le 4 mai 2031] Le barrage a cédé mardi soir.",
         "Le barrage a cédé mardi soir."),
    ],
)  # fmt: skip
def test_the_prose_after_an_editors_note_is_its_own_sentence(
    language: str, text: str, prose: str
) -> None:
    found = _dated(text, language)
    assert [(s, caption) for s, _p, caption in found if s == prose] == [(prose, False)]
    assert all(caption for s, _p, caption in found if s != prose)


def test_a_bracket_inside_a_sentence_does_not_cut_it() -> None:
    text = "The minister said [on 4 May 2031] that the dam would hold."
    assert _dated(text, "en") == [(text, "4 May 2031", False)]


# --- a page's stamp in relative words --------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("nl", "Nieuwsdienst • vandaag, 08:15 • Bijgewerkt vandaag, 11:40 Dijk breekt bij Gent"),
        ("de", "Tagesdienst | heute, 08:15 | Aktualisiert heute, 11:40"),
        ("en", "Newsdesk • today, 08:15 • Updated today, 11:40 Dam bursts near Ghent"),
    ],
)
def test_relative_page_stamps_are_not_events(language: str, text: str) -> None:
    found = _dated(text, language)
    assert found and all(caption for _s, _p, caption in found)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "Hoy, 10:30, el Gobierno decretó tres días de luto."),  # prose after the time
        ("en", "The minister said today, 10:30 local time, that the dam held."),  # prose before
        ("nl", "De minister zei vandaag om 10:30 dat de dijk houdt."),  # "om": a time in prose
    ],
)
def test_today_with_a_clock_time_in_prose_stays_an_event(language: str, text: str) -> None:
    assert [caption for _s, _p, caption in _dated(text, language)] == [False]


# --- a dateline run into the text -------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ca", "Girona, dijous 8 de maig del 2031 – La riuada ha deixat el barri sense llum."),
        ("en", "LISBON, May 8 (Wire) - A tram left the rails on Thursday."),
        ("de", "Dresden, 8. Mai 2031 – Die Elbe trat über die Ufer."),
        ("it", "Roma, 8 maggio 2031 - Il ministro si è dimesso."),
    ],
)
def test_a_dateline_dates_the_article_and_is_no_event(language: str, text: str) -> None:
    found = dated_phrases(text, language, language)
    assert found[0][4] is True  # an anchor, as a bare dateline is
    assert all(not (d[4] or d[5]) for d in found[1:])  # the prose's own days stay events


def test_an_undated_article_is_dated_by_its_dateline() -> None:
    # 8 May 2031 is a Thursday: "on Thursday" of the prose is that day; the dateline is no event.
    text = "LISBON, May 8, 2031 (Wire) - A tram left the rails on Thursday near the river."
    entries = [(e.phrase, e.date, e.event) for e in extract_timeline([make_article("a", text)])]
    assert entries == [("on Thursday", dt.date(2031, 5, 8), True)]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Lisbon, on 8 May 2031, saw its worst flood in decades."),  # no dash: prose
        ("fr", "Karim, 8 mai 2031 – le jour où tout a basculé, dit-il."),  # a person, no city
        ("es", "En Girona, el 8 de mayo de 2031 – un jueves – se desbordó el río."),
        ("de", "„Dresden, 8. Mai 2031 – das vergessen wir nie“, sagte der Bürgermeister."),
    ],
)
def test_a_place_and_a_date_in_prose_stay_an_event(language: str, text: str) -> None:
    found = _dated(text, language)
    assert found and not any(caption for _s, _p, caption in found)


# --- a weekday written with its part of the day -----------------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "weekday"),
    [
        ("de", "Der Deich brach am Dienstagmorgen gegen sieben Uhr.", 1),
        ("de", "Die Feuerwehr rückte Mittwochnachmittag aus.", 2),
        ("nl", "De dijk brak donderdagavond bij Gent.", 3),
    ],
)
def test_a_weekday_compound_is_a_weekday(language: str, text: str, weekday: int) -> None:
    assert [(p.kind, p.weekday) for p in find_dates(text, language)] == [("weekday", weekday)]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Die Morgenpost und die Abendzeitung berichteten."),  # a part of the day alone
        ("de", "Die Dienstagsrunde der Minister tagte erneut."),  # a weekday inside a noun
        ("nl", "De avondklok bleef van kracht."),
    ],
)
def test_words_made_of_a_part_of_the_day_are_no_weekday(language: str, text: str) -> None:
    assert find_dates(text, language) == ()


def test_a_weekday_compound_is_placed_from_the_articles_day() -> None:
    # 9 May 2031 is a Friday; the Tuesday before it is 6 May.
    text = "Der Wetterdienst hatte am Dienstagmorgen die höchste Warnstufe ausgerufen."
    article = _in("de", make_article("a", text, date=dt.date(2031, 5, 9)))
    placed = [(e.phrase, e.date) for e in extract_timeline([article]) if e.event]
    assert placed == [("Dienstagmorgen", dt.date(2031, 5, 6))]


# --- a month-labelled page dated to the day by its own stamp ----------------------------------


def _monthly(language: str, *paragraphs: str) -> Article:
    import dataclasses

    article = make_article("m", *paragraphs, date=dt.date(2031, 5, 1))
    return dataclasses.replace(article, language=language, date_precision="month")


def _placed(article: Article) -> list[tuple[str, dt.date | None]]:
    return [(e.phrase, e.date) for e in extract_timeline([article]) if e.event]


# 9 May 2031 is a Friday: the Tuesday before it is 6 May.
@pytest.mark.parametrize(
    ("language", "stamp", "prose", "weekday"),
    [
        ("de", "Flut in Velmora Stand: 09.05.2031 07:33 Uhr",
         "Der Deich brach am Dienstag bei Velmora.", "Dienstag"),
        ("en", "Flood in Velmora Updated: 9 May 2031 | 07:33",
         "The dyke broke on Tuesday near Velmora.", "on Tuesday"),
        ("tr", "Velmora'da sel Güncelleme: 09.05.2031 07:33",
         "Set salı günü Velmora yakınında yıkıldı.", "salı"),
    ],
)  # fmt: skip
def test_a_month_label_and_a_stamp_in_that_month_give_the_day(
    language: str, stamp: str, prose: str, weekday: str
) -> None:
    placed = dict(_placed(_monthly(language, stamp, prose)))
    assert placed[next(k for k in placed if weekday in k)] == dt.date(2031, 5, 6)


def test_a_stamp_outside_the_labelled_month_or_deep_in_the_text_gives_no_day() -> None:
    prose = "The dyke broke on Tuesday near Velmora."
    other_month = _monthly("en", "Flood in Velmora Updated: 9 June 2031 | 07:33", prose)
    assert ("on Tuesday", None) in _placed(other_month)
    deep = _monthly("en", prose, *["More text."] * 6, "Archive Updated: 9 May 2031 | 07:33")
    assert ("on Tuesday", None) in _placed(deep)
    # A full date in prose is no stamp, even with a clock time after it.
    said = _monthly("en", "The council met on 9 May 2031 10:00 to discuss it.", prose)
    assert ("on Tuesday", None) in _placed(said)


# --- a weekday written with a day and month checks the year worked out ------------------------


@pytest.mark.parametrize(
    ("language", "right", "wrong"),
    [
        # 6 May 2031 is a Tuesday; the label says May 2031.
        ("ru", "Ливни обрушились на город во вторник, 6 мая.",
         "Ливни обрушились на город в пятницу, 6 мая."),
        ("en", "The storm hit the town on Tuesday, May 6.",
         "The storm hit the town on Friday, May 6."),
        ("es", "La tormenta azotó la ciudad el martes 6 de mayo.",
         "La tormenta azotó la ciudad el viernes 6 de mayo."),
    ],
)  # fmt: skip
def test_a_weekday_and_day_are_placed_only_when_the_weekday_fits_the_year(
    language: str, right: str, wrong: str
) -> None:
    assert [d for _p, d in _placed(_monthly(language, right))] == [dt.date(2031, 5, 6)]
    assert [d for _p, d in _placed(_monthly(language, wrong))] == [None]


def test_an_undated_article_still_gives_no_year_to_a_weekday_and_day() -> None:
    article = _in("ru", make_article("u", "Ливни обрушились на город во вторник, 6 мая."))
    assert [d for _p, d in _placed(article)] == [None]  # no label, no stamp: no year guessed


# --- the credit line of an embedded post ---------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The dyke is gone. — Jane Roe (@janeroe) May 3, 2031"),
        ("fr", "La digue a cédé. pic.example/abc — Jean Dupont (@jdupont) 3 mai 2031"),
        ("ru", "Дамба рухнула. — Иван Петров (@ipetrov) 3 мая 2031 г."),
        ("de", "Der Deich ist weg. — Max Muster (@max@example.social) 3. Mai 2031"),
    ],
)
def test_an_embedded_posts_date_is_not_an_event(language: str, text: str) -> None:
    found = _dated(text, language)
    assert found and all(caption for _s, _p, caption in found)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Jane Roe (@janeroe) said on May 3, 2031 that the dyke had gone."),
        ("fr", "Le maire (@maire) a confirmé que la digue a cédé le 3 mai 2031."),
        ("es", "«La presa ha cedido», escribió Ana Ruiz el 3 de mayo de 2031."),  # a quote: event
    ],
)
def test_a_handle_or_a_quote_in_prose_keeps_the_event(language: str, text: str) -> None:
    found = _dated(text, language)
    assert found and not any(caption for _s, _p, caption in found)
