"""The main event's day: an article dating the act to another day than the story does, in
any language, and a weekday its own date contradicts. Written fixtures (no article text): a
ferry capsized on Thursday 12 March 2026; the look-alikes are the aftermath, the night
leading into a day, an article that tells the act and its aftermath, another event weeks
apart, and too thin a story."""

from __future__ import annotations

import datetime as dt

from analysis.ferry_fixtures import THURSDAY
from analysis.ferry_fixtures import ferry_story as _story
from analysis.ferry_fixtures import in_language as _in
from analysis.ferry_fixtures import main_event_days as _days

from briefing.model import Article


def test_an_undated_article_dating_the_act_a_day_earlier_disagrees() -> None:
    rival = _in("en", "d", "The ferry capsized on Wednesday evening off the coast.")
    (found,) = _days([*_story(), rival])
    claims = {c.value: c.article_ids for c in found.claims}
    assert claims["Wednesday 11 March 2026"] == ("d",)
    assert set(claims["Thursday 12 March 2026"]) == {"a", "b", "c"}


def test_the_rival_may_write_in_any_language_of_the_story() -> None:
    german = _in("de", "d", "Die Fähre kenterte am Mittwoch, so die Polizei.")
    spanish = _in("es", "e", "Según la policía, el ferry volcó el viernes por la tarde.")
    # a day after the act needs the act's word beside the main day in two articles
    another = _in("es", "f", "Un ferry volcó el jueves en el estrecho.", THURSDAY)
    (found,) = _days([*_story(), another, german, spanish])
    claims = {c.value: c.article_ids for c in found.claims}
    assert claims["Wednesday 11 March 2026"] == ("d",)
    assert claims["Friday 13 March 2026"] == ("e",)
    boat = _in("es", "e", "Según la policía, el barco volcó el viernes por la tarde.")
    (found,) = _days([*_story(), german, boat])
    assert "Friday 13 March 2026" not in {c.value for c in found.claims}


def test_the_aftermath_told_on_later_days_is_no_rival() -> None:
    searched = _in("en", "d", "On Friday rescuers searched for the missing, the coastguard said.")
    funeral = _in("fr", "e", "Les obsèques des victimes ont eu lieu samedi au port.")
    assert _days([*_story(), searched, funeral]) == []
    # a word one lead writes beside the act ("harbour") does not make a later day the act's
    divers = _in("en", "f", "Divers reached the harbour on Friday with lifting gear.")
    assert _days([*_story(), divers]) == []


def test_an_article_telling_the_act_and_a_later_day_is_a_sequence() -> None:
    both = _in(
        "en",
        "d",
        "The ferry capsized on Thursday. A second boat capsized on Saturday in the storm.",
    )
    assert _days([*_story(), both]) == []


def test_the_night_leading_into_a_day_allows_the_evening_before() -> None:
    night = _in("en", "d", "In the night to Friday, March 13, the ferry capsized off the coast.")
    assert _days([*_story(), night]) == []
    plain = _in("en", "d", "On Friday, March 13, the ferry capsized off the coast.")
    assert len(_days([*_story(), plain])) == 1


def test_another_event_weeks_apart_is_not_a_rival() -> None:
    earlier = _in("en", "d", "Another ferry capsized on March 6 in the same strait.")
    assert _days([*_story(), earlier]) == []


def test_a_thin_story_names_no_main_day() -> None:
    two = _story()[:2]
    rival = _in("en", "d", "The ferry capsized on Wednesday evening off the coast.")
    assert _days([*two, rival]) == []


def test_a_weekday_its_own_date_contradicts_disagrees_with_the_right_one() -> None:
    wrong = _in("en", "d", "The ferry capsized on Wednesday, March 12, off the coast.")
    right = _in("fr", "e", "Le ferry a chaviré le jeudi 12 mars au large.")
    (found,) = _days([*_story(), wrong, right])
    claims = {c.value: c.article_ids for c in found.claims}
    assert claims["Wednesday, 12 March"] == ("d",)
    assert "d" not in claims["Thursday 12 March 2026"]
    # a weekday beside another day (the funeral on Saturday 14 March) is no such case
    funeral = _in("en", "f", "The funerals were held on Saturday, March 14, at the port.")
    assert _days([*_story(), funeral]) == []


def test_a_weekday_its_own_full_date_contradicts_disagrees_in_any_language() -> None:
    # 12 March 2026 was a Thursday; with its year the timeline states the date, and the
    # phrase's weekday is still the article's own slip
    undated = _in("fr", "d", "Le ferry a chaviré le mercredi 12 mars 2026 au large.")
    (found,) = _days([*_story(), undated])
    claims = {c.value: c.article_ids for c in found.claims}
    assert claims["Wednesday, 12 March"] == ("d",)
    dated = _in("en", "e", "The ferry capsized on Wednesday, March 12, 2026.", THURSDAY)
    (found,) = _days([*_story(), dated])
    assert {c.value: c.article_ids for c in found.claims}["Wednesday, 12 March"] == ("e",)


def test_a_full_date_with_its_right_weekday_or_another_acts_weekday_is_no_slip() -> None:
    right = _in("fr", "d", "Le ferry a chaviré le jeudi 12 mars 2026 au large.")
    assert _days([*_story(), right]) == []
    # the weekday of the statement, not of the date: not written beside it
    said = _in("en", "e", "On Wednesday the coastguard said the ferry capsized on 12 March 2026.")
    assert _days([*_story(), said]) == []


def _fire() -> list[Article]:
    """A market fire on Thursday 12 March, dated with the act's word in three languages."""
    return [
        _in("es", "a", "El incendio comenzó el jueves en el mercado central.", THURSDAY),
        _in("pt", "b", "O incêndio começou na quinta-feira no mercado central.", THURSDAY),
        _in("it", "c", "Un incendio è scoppiato giovedì nel mercato centrale.", THURSDAY),
    ]


def test_an_elided_article_does_not_hide_the_acts_word() -> None:
    # "l'incendie" is the word "incendio" of the others once the elided "l'" is set apart
    rival = _in("fr", "d", "Vendredi 13 mars, l'incendie a ravagé le marché central.")
    (found,) = _days([*_fire(), rival])
    claims = {c.value: c.article_ids for c in found.claims}
    assert claims["Friday 13 March 2026"] == ("d",)
    # another elided word beside a later day is the aftermath, not the act
    homage = _in("fr", "d", "Vendredi 13 mars, l'hommage aux victimes a réuni la ville.")
    assert _days([*_fire(), homage]) == []


def test_a_day_told_by_its_context_is_quoted_where_the_article_writes_it() -> None:
    rival = _in(
        "fr",
        "d",
        "Le marché a brûlé dans l'après-midi du 13 mars. "
        "À 18h22 le même jour, l'incendie était hors de contrôle.",
    )
    (found,) = _days([*_fire(), rival])
    (friday,) = [c for c in found.claims if c.value == "Friday 13 March 2026"]
    texts = [q.text for q in friday.quotes]
    assert texts[0].startswith("Le marché a brûlé dans l'après-midi du 13 mars")
    assert any("18h22" in t for t in texts)


def test_unelided_keeps_the_longest_piece_around_an_apostrophe() -> None:
    from briefing.analysis.text import unelided

    assert unelided("l'incendie") == "incendie"
    assert unelided("dell’incendio") == "incendio"
    assert unelided("Larisa'daki") == "Larisa"
    assert unelided("Jean-Luc") == "Jean-Luc"


def test_a_function_word_with_an_apostrophe_is_no_acts_word() -> None:
    # "quelqu'un" is a function word whole; its piece "quelqu" is no act's word either
    story = [
        _in("fr", "a", "Jeudi, quelqu'un a vu le marché brûler.", THURSDAY),
        _in("fr", "b", "Jeudi, quelqu'un a filmé le marché en flammes.", THURSDAY),
        _in("fr", "c", "Jeudi, quelqu'un a alerté les pompiers du marché.", THURSDAY),
    ]
    later = _in("fr", "d", "Vendredi, quelqu'un a chanté pour les victimes.")
    assert _days([*story, later]) == []


def test_a_german_umlaut_reads_as_the_e_of_the_borrowed_word() -> None:
    """German "Präsidentschaftswahl" is the "presidential" / "présidentielle" of the others: German
    writes the borrowed Latin "ae" as "ä" where the other languages write "e"."""
    sunday = dt.date(2026, 3, 15)
    story = [
        _in("en", "a", "The mayor won the presidential runoff on Sunday, officials said.", sunday),
        _in("fr", "b", "Le maire a remporté dimanche le second tour de la présidentielle.", sunday),
        _in("es", "c", "El alcalde ganó el domingo las elecciones presidenciales.", sunday),
    ]
    rival = _in("de", "d", "Der Bürgermeister hat am Montag die Präsidentschaftswahl gewonnen.")
    (found,) = _days([*story, rival])
    claims = {c.value: c.article_ids for c in found.claims}
    assert claims["Monday 16 March 2026"] == ("d",)
    # an umlaut no other language's word shares binds nothing
    later = _in("de", "e", "Am Montag wählten die Männer im Nachbarland.")
    assert _days([*story, later]) == []


# One account retold: an undated outlet gives a dated outlet's sentence another day.
_ACCOUNT = (
    "Officials said the overcrowded vessel carrying pilgrims overturned beside the rocky "
    "southern pier"
)


def test_a_later_day_given_to_a_retold_account_of_the_act_disagrees() -> None:
    told = _in("en", "e", f"{_ACCOUNT} on Thursday.", THURSDAY)
    retold = _in("en", "d", f"{_ACCOUNT} (yesterday, Friday).")
    (found,) = _days([*_story(), told, retold])
    claims = {c.value: c.article_ids for c in found.claims}
    assert claims["Friday 13 March 2026"] == ("d",)


def test_a_retold_account_in_another_language_disagrees() -> None:
    # two French outlets retell one ministry's statement of an attack
    said = "le ministère indique qu'un groupe armé circulant dans trois voitures a attaqué"
    story = [
        _in("fr", "a", "Le site a été pris d'assaut mercredi à l'aube.", THURSDAY),
        _in("fr", "b", "Des hommes ont donné l'assaut mercredi au complexe.", THURSDAY),
        _in("fr", "c", "L'assaut de mercredi contre le complexe a fait des victimes.", THURSDAY),
        _in("fr", "f", f"Selon le communiqué, {said} mercredi la base gazière.", THURSDAY),
    ]
    undated = _in("fr", "g", f"Selon le communiqué, {said} (hier, jeudi) la base gazière.")
    (found,) = _days([*story, undated])
    claims = {c.value: c.article_ids for c in found.claims}
    assert claims["Thursday 12 March 2026"] == ("g",)
    assert "f" in claims["Wednesday 11 March 2026"]


def test_a_later_day_sharing_a_few_words_or_adding_its_own_clauses_is_no_retelling() -> None:
    told = _in("en", "e", f"{_ACCOUNT} on Thursday.", THURSDAY)
    divers = _in("en", "d", "Officials said divers searched the overturned vessel on Friday.")
    assert _days([*_story(), told, divers]) == []
    longer = _in(
        "en",
        "d",
        f"{_ACCOUNT}, and on Friday cranes lifted the wreck, towed to the naval shipyard where "
        "engineers inspected hull damage before insurers approved scrapping.",
    )
    assert _days([*_story(), told, longer]) == []
    # an article that dates the act itself tells the later day as its sequence
    both = _in("en", "d", f"{_ACCOUNT} on Thursday. {_ACCOUNT} again on Friday.")
    assert _days([*_story(), told, both]) == []
