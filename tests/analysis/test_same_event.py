"""One event of one day told in two languages: names and figures, never loanwords (issue 12).

All text is written for these tests: invented people, towns and venues."""

from __future__ import annotations

from briefing.analysis.same_event import (
    figures,
    names,
    one_event,
    shared,
    sound_keys,
    story_names,
)


def test_a_name_meets_its_rendering_in_another_script() -> None:
    assert sound_keys("Крокус") & sound_keys("Crocus")
    assert sound_keys("Трамп") & sound_keys("Trump")
    assert sound_keys("Λάρισα") & sound_keys("Larissa")
    assert not sound_keys("Velmora") & sound_keys("Marrow")


def test_a_run_of_capitals_is_one_name_and_an_opening_word_alone_is_none() -> None:
    (hall,) = names("Gunmen stormed the Orlova Concert Hall late at night.", "en")
    assert hall & sound_keys("Orlova") and hall & sound_keys("Concert")
    # Capitalised because it opens the sentence: not a name on its own.
    assert names("Annoncé vers midi, le bilan a été revu.", "fr") == []
    # Month and weekday names and function words are not names.
    assert names("Am Dienstag, im März, sprach die Polizei.", "de") == []


def test_figures_are_written_one_way() -> None:
    assert figures("17.000 Tote, Stärke 7,8") == figures("17,000 dead, magnitude 7.8")
    assert figures("2 people") == frozenset()  # one digit: too common to tell anything


def test_the_same_event_in_two_languages_shares_names_and_figures() -> None:
    en = "A 6.9-magnitude quake struck Velmora and Ostrany early, killing 143 people."
    fr = "Un séisme de magnitude 6,9 a frappé Velmora et Ostrany, faisant 143 morts."
    ru = "Землетрясение магнитудой 6,9 произошло в Велморе, погибли 143 человека."
    assert one_event(en, "en", fr, "fr")
    assert one_event(en, "en", ru, "ru")  # "Велморе" is Velmora; 6.9 and 143 agree


def test_one_shared_name_is_not_one_event() -> None:
    # Two things Marrow did on one day: two events, in any language.
    en = "Minister Marrow declared a day of mourning."
    de = "Ministerin Marrow besuchte die Verletzten im Krankenhaus."
    assert shared(en, "en", de, "de")[0] == 1
    assert not one_event(en, "en", de, "de")
    # Shared loanwords are not evidence either.
    fr = "Marrow a inauguré le terminal ferry des dockers et containers."
    assert not one_event("Marrow opened the ferry terminal for dockers.", "en", fr, "fr")


def test_a_name_counts_once_however_many_words_it_has() -> None:
    a = "President Anna Velikova arrived at the airport."
    b = "Präsidentin Anna Velikova eröffnete die Messe."
    assert shared(a, "en", b, "de")[0] == 1


def test_a_country_and_its_capital_count_once() -> None:
    # A crash and a resignation in the same country on one day: two events.
    crash = "Two trains collided north of Athens, Greece's worst rail disaster."
    resign = "Greece's transport minister resigned in Athens after the crash."
    assert shared(crash, "en", resign, "en")[0] == 1
    # With a figure as well, they may be one event.
    assert one_event(
        "A quake of 6.9 shook Greece and Athens.", "en", "Séisme de 6,9 en Greece, Athens.", "fr"
    )


def test_the_story_s_own_names_cannot_tell_two_events_apart() -> None:
    statements = [
        ("a", "Minister Velikova toured the Orlova shipyard.", "en"),
        ("b", "Ministerin Velikova besuchte die Werft.", "de"),
        ("c", "La ministre Velikova a parlé aux dockers.", "fr"),
        ("d", "Dockers in Ostrany went on strike.", "en"),
    ]
    common = story_names(statements)
    assert sound_keys("Velikova") <= common
    assert not sound_keys("Orlova") & common  # one article names it
    # Velikova (everyone's) and Lyon (a city): two different events of one day.
    arrest = "Unions urged Lyon to arrest Velikova."
    visit = "La ministre Velikova est arrivée à Lyon."
    assert shared(arrest, "en", visit, "fr", common) == (2, False)
    assert not one_event(arrest, "en", visit, "fr", common)
    # A name only this event has tells it apart.
    fr = "La ministre Velikova a visité le chantier Orlova."
    assert one_event("Minister Velikova toured the Orlova shipyard.", "en", fr, "fr", common)
