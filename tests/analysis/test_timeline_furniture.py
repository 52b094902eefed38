"""Issue 12: captions, credits and background are not events; dates written in figures are.

Written fixture text only, in several languages, with the look-alikes that must stay events.
"""

from __future__ import annotations

import datetime as dt

from analysis.builders import make_article

from briefing.analysis import extract_timeline
from briefing.analysis.date_sentences import dated_phrases
from briefing.analysis.numeric_dates import numeric_dates
from briefing.corpus.furniture import is_caption
from briefing.model import Article


def _entries(*articles: Article) -> list[tuple[str, dt.date | None, bool]]:
    return [(e.phrase, e.date, e.event) for e in extract_timeline(articles)]


def _in(language: str, article: Article) -> Article:
    import dataclasses

    return dataclasses.replace(article, language=language)


# --- dates written in figures -------------------------------------------------------------


def test_day_first_figures_in_day_first_languages() -> None:
    found = {
        lang: [(p.year, p.month, p.day) for p in numeric_dates(text, lang)]
        for lang, text in {
            "de": "Die Brücke wurde am 07.05.2031 gesperrt.",
            "el": "Η γέφυρα έκλεισε στις 7/5/2031.",
            "ru": "Мост закрыли 07.05.2031 вечером.",
            "tr": "Köprü 07.05.2031 tarihinde kapatıldı.",
            "fr": "Le pont a fermé le 07/05/2031.",
        }.items()
    }
    assert found == {key: [(2031, 5, 7)] for key in found}


def test_english_figures_are_read_only_when_the_order_is_not_in_doubt() -> None:
    assert numeric_dates("The bridge closed on 7/5/2031.", "en") == []  # May 7 or 7 May?
    assert [(p.month, p.day) for p in numeric_dates("It closed on 17/5/2031.", "en")] == [(5, 17)]
    assert [(p.month, p.day) for p in numeric_dates("It closed on 5/17/2031.", "en")] == [(5, 17)]
    assert [(p.month, p.day) for p in numeric_dates("Filed 2031-05-07.", "en")] == [(5, 7)]


def test_figures_that_are_not_dates() -> None:
    for text in (
        "See https://example.org/2031/05/07/bridge-closed for more.",  # a URL path
        "Version 1.2.2031.4 was released.",  # a version number
        "The score was 3.5 and the ratio 4/3.",  # no four-digit year
        "On 31.02.2031 nothing happened.",  # no such day
        "Call 07.05.2031-55 for tickets.",  # part of a longer token
    ):
        assert numeric_dates(text, "de") == [], text


def test_a_weekday_before_its_own_figures_is_one_date() -> None:
    # 7 May 2031 is a Wednesday.
    de = dated_phrases("Der Zug entgleiste am Mittwoch (07.05.2031) am Abend.", "de", "de")
    assert [(d[3].kind, d[3].day, d[3].weekday) for d in de] == [("absolute", 7, 2)]
    el = dated_phrases("Τα δρομολόγια αναστέλλονται την Τετάρτη 7/5/2031.", "el", "el")
    assert [(d[3].kind, d[3].day) for d in el] == [("absolute", 7)]
    # A weekday that is not that date's own stays apart: the text contradicts itself.
    odd = dated_phrases("Der Zug entgleiste am Freitag (07.05.2031).", "de", "de")
    assert [d[3].kind for d in odd] == ["weekday", "absolute"]


def test_an_undated_article_places_an_event_by_the_figures_it_states() -> None:
    text = "Der Zug entgleiste am Mittwoch (07.05.2031) kurz vor Mitternacht."
    entries = _entries(_in("de", make_article("a", text)))
    assert entries == [("Mittwoch (07.05.2031", dt.date(2031, 5, 7), True)]


# --- background years ---------------------------------------------------------------------


def test_a_year_one_source_alone_names_outside_the_story_is_an_aside() -> None:
    day = dt.date(2031, 5, 7)
    articles = [
        make_article("en", "The hall, built in 1987, burned on Tuesday.", date=day),
        _in("fr", make_article("fr", "Le pire incendie depuis celui de 2004.", date=day)),
        _in("es", make_article("es", "El club fue fundado en 1999 por tres amigos.", date=day)),
    ]
    by_phrase = {phrase: event for phrase, _, event in _entries(*articles)}
    assert by_phrase == {"on Tuesday": True, "1987": False, "2004": False, "1999": False}


def test_the_story_s_own_year_a_shared_year_and_a_past_day_stay_events() -> None:
    day = dt.date(2031, 5, 7)
    articles = [
        make_article("a", "In 2031 the line carried a million people.", date=day),
        _in("de", make_article("b", "Das Beben vom 17. August 1999 war schwerer.", date=day)),
        make_article("c", "The station was destroyed by a fire in 2019.", date=day),
        _in("fr", make_article("d", "La gare, détruite par un incendie en 2019, a rouvert.")),
    ]
    shown = [(phrase, event) for phrase, _, event in _entries(*articles)]
    assert ("2031", True) in shown
    assert ("17. August 1999", True) in shown
    assert shown.count(("2019", True)) == 2  # two sources name it: the story's background


def test_with_no_dated_article_a_lone_year_is_kept() -> None:
    shown = _entries(make_article("x", "The club was founded in 1987."))
    assert shown == [("1987", dt.date(1987, 1, 1), True)]


# --- photo credits closing a caption ------------------------------------------------------


def test_a_caption_closed_by_a_photo_credit_in_several_languages() -> None:
    for text in (
        "Firefighters at the scene in Ostrava, later on Wednesday. Photo By Jane Roe/ EPA-EFE",
        "Die Feuerwehr am Bahnhof von Brno am Mittwoch. Foto von Max Muster/dpa",
        "Пожарные у вокзала в среду вечером. Фото: Иван Петров",
        "Les pompiers devant la gare, mercredi. Photo: Jean Dupont",
        "Πυροσβέστες στον σταθμό την Τετάρτη. Φωτογραφία: Γιάννης Παππάς",
    ):
        assert is_caption(text), text


def test_a_sentence_about_a_photo_is_not_a_caption() -> None:
    for text in (
        "He donated a photo by Jane Roe to the museum.",
        "Das Foto von Max Muster wurde am Mittwoch versteigert.",
        "The photo: a man at the gate, they said, proved nothing.",
    ):
        assert not is_caption(text), text


def test_a_short_sentence_dating_the_story_s_event_stays_an_event() -> None:
    day = dt.date(2031, 5, 8)
    shown = _entries(make_article("a", "The bridge fell on 7 May 2031.", date=day))
    assert shown == [("7 May 2031", dt.date(2031, 5, 7), True)]


# --- asides are judged within the statement's language ------------------------------------


def _packet_with_two_turkish(turkish_b: str) -> list[Article]:
    day = dt.date(2031, 5, 10)
    return [
        make_article("e1", "The ferry sank off Velmora on Friday, May 9.", date=day),
        make_article("e2", "Rescuers searched the water off Velmora on Friday, May 9.", date=day),
        make_article("e3", "The ferry sank on Friday, May 9, and divers searched.", date=day),
        _in(
            "tr",
            make_article(
                "t1",
                "Bakanlık 11 Mayıs'ta yaptığı açıklamada ölü sayısının 40'a çıktığını belirtti.",
            ),
        ),
        _in("tr", make_article("t2", turkish_b, date=day)),
    ]


def test_a_statement_the_one_other_article_in_its_language_echoes_is_an_event() -> None:
    packet = _packet_with_two_turkish("Feribot kazasında ölü sayısının arttığı açıklandı.")
    events = {(e.article_id, e.phrase): e.event for e in extract_timeline(packet)}
    assert events[("t1", "11 Mayıs")] is True


def test_an_aside_the_other_article_in_its_language_does_not_echo_is_still_one() -> None:
    packet = _packet_with_two_turkish("Feribot cuma günü battı, dalgıçlar arama yaptı.")
    events = {(e.article_id, e.phrase): e.event for e in extract_timeline(packet)}
    assert events[("t1", "11 Mayıs")] is False


def test_a_statement_in_a_language_no_other_article_shares_is_kept() -> None:
    packet = _packet_with_two_turkish("Feribot cuma günü battı.")[:4]  # t1 alone in Turkish
    events = {(e.article_id, e.phrase): e.event for e in extract_timeline(packet)}
    assert events[("t1", "11 Mayıs")] is True


# --- a page's own time stamp run into the text --------------------------------------------


def test_a_page_stamp_run_into_the_text_is_not_an_event() -> None:
    for text, language in (
        ("Greek media report. Source: Example Wednesday, May 7, 2031 | 09:09 Tweet Share", "en"),
        ("Ekleme: 07.05.2031 00:05:06 / Güncelleme: 07.05.2031 00:11:58 / Dünya", "tr"),
        ("May 7, 2031 2:10 pm CET", "en"),
        ("Опубликовано 07.05.2031 10:22", "ru"),
    ):
        flags = [d[5] for d in dated_phrases(text, language, language)]
        assert flags and all(flags), text


def test_a_date_and_a_time_in_prose_stay_an_event() -> None:
    for text, language in (
        ("The train left on May 7, 2031 09:09 from Athens.", "en"),
        ("Der Zug fuhr am 07.05.2031 23:21 Uhr ab.", "de"),
        ("Поезд столкнулся 07.05.2031 в 23:21.", "ru"),
        ("Le train est parti le 07/05/2031 à 10:22.", "fr"),
        ("The bridge fell on 7 May 2031, and 12:30 was the last call.", "en"),
    ):
        flags = [d[5] for d in dated_phrases(text, language, language)]
        assert flags == [False], text


# --- history told in passing --------------------------------------------------------------


def _packet(*extra: Article) -> list[Article]:
    """Twelve articles of a story on 9 September 2031 (a quarter of them: three)."""
    day = dt.date(2031, 9, 9)
    stopped = "The cable car stopped on Tuesday."
    filler = [make_article(f"f{n}", stopped, date=day) for n in range(12 - len(extra))]
    return [*filler, *extra]


def test_a_year_or_month_before_the_story_that_few_sources_name_is_background() -> None:
    day = dt.date(2031, 9, 9)
    articles = _packet(
        _in("de", make_article("de", "Die letzte Wartung fand im Mai 2031 statt.", date=day)),
        _in("ru", make_article("ru", "Последний ремонт проводился в марте 2030 года.", date=day)),
        _in("nl", make_article("nl", "De brug werd gebouwd tussen 1963 en 1967.", date=day)),
        _in("pt", make_article("pt", "Construída em 1967, a ponte foi reformada.", date=day)),
    )
    by_phrase = {(e.article_id, str(e.date)): e.event for e in extract_timeline(articles)}
    assert by_phrase[("de", "2031-05-01")] is False
    assert by_phrase[("ru", "2030-03-01")] is False
    assert by_phrase[("nl", "1967-01-01")] is False  # two sources of twelve: still history
    assert by_phrase[("pt", "1967-01-01")] is False
    assert by_phrase[("f0", "2031-09-09")] is True


def test_the_story_s_month_a_widely_named_past_a_full_day_and_the_future_stay_events() -> None:
    day = dt.date(2031, 9, 9)
    fire = [
        make_article("en", "The station was gutted by a fire in April 2019.", date=day),
        _in("fr", make_article("fr", "La gare, ravagée par un incendie en avril 2019.", date=day)),
        _in("it", make_article("it", "Dopo il rogo dell’aprile del 2019.", date=day)),
    ]
    articles = _packet(
        *fire,
        _in("es", make_article("es", "Las obras empezaron en septiembre de 2031.", date=day)),
        _in("de", make_article("de", "Das Beben vom 17. August 1999 war schwerer.", date=day)),
    )
    events = {(e.article_id, str(e.date)): e.event for e in extract_timeline(articles)}
    assert events[("en", "2019-04-01")] is True  # three of twelve name it: the story's past
    assert events[("fr", "2019-04-01")] is True
    assert events[("es", "2031-09-01")] is True  # the story's own month
    assert events[("de", "1999-08-17")] is True  # a day in full: an earlier event
