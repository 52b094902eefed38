"""The main event's head word in the other Latin-script languages (made-up text)."""

from __future__ import annotations

from topics.helpers import article
from topics.helpers import event_topic as _topic

from briefing.topics.event_kin import kin_of, with_event_kin


def test_cognates_in_three_languages() -> None:
    assert kin_of("ceremony", "cérémonie", "fr")
    assert kin_of("ceremony", "ceremonia", "es")
    assert kin_of("ceremony", "Zeremonie", "de")
    assert kin_of("coronation", "coronación", "es")
    assert kin_of("sentence", "sentencia", "es")


def test_look_alikes_are_not_kin() -> None:
    assert not kin_of("signing", "signature", "fr")  # a signature: another word
    assert not kin_of("ceremony", "serment", "fr")  # a consonant more than the key's three
    assert not kin_of("ceremony", "sermon", "fr")  # far shorter
    assert not kin_of("ceremony", "ceremonial", "es")  # an adjective: a fourth consonant
    assert not kin_of("ceremony", "sérénade", "fr")
    assert not kin_of("ceremony", "Sirene", "de")  # fewer vowel runs
    assert not kin_of("summit", "semaine", "fr")  # "sn", not "snt"
    assert not kin_of("ceremony", "церемония", "ru")  # another script: event_loans reads it
    # keyed alike by their folded consonants, spelled unlike
    assert not kin_of("crash", "corso", "it")
    assert not kin_of("final", "penal", "es")
    assert not kin_of("blackout", "Berichte", "de")
    assert not kin_of("derailment", "drammaticamente", "it")
    assert not kin_of("eruption", "Eruptionsstelle", "de")  # a compound: longer than an ending


def test_main_event_takes_the_cognates_and_a_compounds_tail() -> None:
    main = _topic("Signing ceremony in Lyon, 3 May 2031")
    lyon = _topic("Lyon", "place")
    articles = [
        article("en", "The ceremony in Lyon was short."),
        article("fr", "La cérémonie de signature a eu lieu à Lyon. Sa signature était illisible."),
        article("es", "La ceremonia fue breve en Lyon."),
        article("de", "Die Unterzeichnungszeremonie in Lyon dauerte kurz. Die Zeremonie endete."),
    ]
    languages = {"en": "en", "fr": "fr", "es": "es", "de": "de"}
    out = with_event_kin((main, lyon), articles, languages)
    added = [(m.article_id, m.surface) for m in out[0].mentions if m not in main.mentions]
    assert sorted(added) == [
        ("de", "Unterzeichnungszeremonie"),
        ("de", "Zeremonie"),
        ("es", "ceremonia"),
        ("fr", "cérémonie"),
    ]
    assert out[0].aliases == ()  # mentions, not names
    assert out[1] == lyon


def test_names_other_years_and_english_stay_out() -> None:
    main = _topic("Signing ceremony in Lyon, 3 May 2031")
    articles = [
        # an earlier ceremony, dated
        article("fr", "La cérémonie de 2019 avait été annulée."),
        # a word of a name inside a sentence (Spanish does not capitalise its nouns)
        article("es", "Llegó al hotel Ceremonia de Lyon."),
        # English texts hold the word as the event topic reads it
        article("en", "The ceremony began."),
        # a compound whose tail the packet never writes alone matches nothing
        article("nl", "De handtekeningceremonie duurde lang."),
    ]
    languages = {"fr": "fr", "es": "es", "en": "en", "nl": "nl"}
    out = with_event_kin((main,), articles, languages)
    assert out[0] == main


def test_no_event_no_languages_nothing_changes() -> None:
    place = _topic("Lyon", "place")
    text = [article("fr", "La cérémonie eut lieu.")]
    assert with_event_kin((place,), text, {"fr": "fr"}) == (place,)
    main = _topic("Signing ceremony in Lyon, 3 May 2031")
    assert with_event_kin((main,), text, None) == (main,)
