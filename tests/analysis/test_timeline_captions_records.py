"""Issue 12: two dated shapes that are no event of the story, each with look-alikes that stay
events: a caption's full date set apart after a comma, and the day of an earlier record named
after a superlative ("since" a day is read by ``comparisons`` and kept). Written text."""

from __future__ import annotations

import dataclasses
import datetime as dt

from analysis.builders import in_language, make_article

from briefing.analysis import extract_timeline
from briefing.analysis.comparisons import dates_a_past_record
from briefing.model import Article

DAY = dt.date(2031, 5, 7)


def _dated(article: Article, date: dt.date | None = DAY) -> Article:
    return dataclasses.replace(article, date=date)


def _shown(*articles: Article) -> dict[str, bool]:
    return {e.phrase: e.event for e in extract_timeline(articles)}


def _record(sentence: str, day: str) -> bool:
    return dates_a_past_record(sentence, sentence.index(day))


# A caption's date set apart after a comma ------------------------------------------------


def test_a_scene_dated_after_a_comma_is_a_caption_in_several_languages() -> None:
    french = in_language("fr", "a", "Des pompiers devant la gare, après l'incendie, ce 6 mai 2031.")
    english = make_article("b", "Firefighters outside the depot after the blaze, on 6 May 2031.")
    german = in_language("de", "c", "Retter vor dem Bahnhof, nach dem Brand, am 6. Mai 2031.")
    shown = _shown(_dated(french), _dated(english), _dated(german))
    assert shown["6 mai 2031"] is False
    assert shown["6 May 2031"] is False
    assert shown["6. Mai 2031"] is False


def test_prose_that_tells_the_day_or_mentions_a_photo_stays_an_event() -> None:
    told = make_article("a", "The depot burned down on 6 May 2031.")  # no comma before it
    weekday = make_article("b", "A fire destroys the depot, on Tuesday, May 6, 2031.")
    photo = make_article("c", "A photo shows the depot, which burned on 6 May 2031, in ruins.")
    said = in_language("fr", "d", "La salle a été évacuée, a annoncé la mairie, le 6 mai 2031.")
    for article in (told, weekday, photo, said):
        assert [e.event for e in extract_timeline([_dated(article)])] == [True], article.id


# The day of an earlier record ------------------------------------------------------------


def test_a_superlative_before_a_day_reads_as_a_record_in_several_languages() -> None:
    assert _record("The worst shipwreck off the coast happened on 3 June 2016.", "3 June 2016")
    assert _record(
        "Das schlimmste Unglück in der Region ereignete sich am 3. Juni 2016.", "3. Juni 2016"
    )
    assert _record("La pire catastrophe du pays a eu lieu le 3 juin 2016.", "3 juin 2016")
    assert _record("La mayor inundación se produjo el 3 de junio de 2016.", "3 de junio de 2016")


def test_a_day_without_a_superlative_in_its_clause_is_no_record() -> None:
    assert not _record("The ship sank on 3 June 2016 off the coast.", "3 June 2016")
    assert not _record("It was the worst, and the ship sank on 3 June 2016.", "3 June 2016")
    assert not _record("The test run happened on 3 June 2016.", "3 June 2016")  # "-est" noun
    since = "Ce séisme est le plus fort depuis le séisme du 17 août 1999 en Turquie."
    assert not _record(since, "17 août 1999")  # measured from: kept as a past day


def test_an_earlier_record_is_no_event_but_the_story_s_own_superlative_day_is() -> None:
    earlier = make_article("a", "The worst shipwreck off the coast happened on 3 June 2016.")
    own = make_article("b", "The deadliest attack in decades happened on 6 May 2031.")
    plain = make_article("c", "The ferry sank on 6 May 2031.")
    shown = _shown(_dated(earlier), _dated(own), _dated(plain))
    assert shown["3 June 2016"] is False
    assert shown["6 May 2031"] is True
    alone = extract_timeline([_dated(own)])
    assert [e.event for e in alone] == [True]


def test_a_past_day_two_sources_name_stays_even_after_a_superlative() -> None:
    first = make_article("a", "The worst shipwreck off the coast happened on 3 June 2016.")
    second = make_article("b", "A boat capsized off the coast on 3 June 2016.")
    shown = [(e.article_id, e.event) for e in extract_timeline([_dated(first), _dated(second)])]
    assert ("a", True) in shown
    assert ("b", True) in shown


# A date named as a thing -----------------------------------------------------------------


def test_the_date_of_something_set_after_a_comma_is_named_not_told() -> None:
    german = in_language("de", "a", "Auf Plakaten stand das Datum des Brandes, der 6. Mai, groß.")
    english = make_article("b", "Banners showed the date of the fire, May 6, in red letters.")
    french = in_language("fr", "c", "Les affiches montraient la date du feu, le 6 mai, en rouge.")
    shown = _shown(_dated(german), _dated(english), _dated(french))
    assert shown["6. Mai"] is False
    assert shown["May 6"] is False
    assert shown["6 mai"] is False


def test_a_date_beside_the_word_date_without_its_of_stays_an_event() -> None:
    that = make_article("a", "On that date, May 6, the depot burned down.")
    data = make_article("b", "The data of the survey, on May 6, showed the depot burned down.")
    for article in (that, data):
        assert [e.event for e in extract_timeline([_dated(article)])] == [True], article.id
