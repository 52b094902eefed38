"""A Latin-script person's name misspelt by an outlet of another language (latin_spellings)."""

from __future__ import annotations

from analysis.builders import in_language

from briefing.analysis import find_discrepancies
from briefing.analysis.latin_spellings import latin_spelling_discrepancies
from briefing.analysis.spelling import name_pairs_of
from briefing.model import Article


def _subjects(*articles: Article) -> set[str]:
    names = [name_pairs_of(a) for a in articles]
    return {d.subject for d in latin_spelling_discrepancies(articles, names)}


def test_a_name_copied_in_latin_letters_by_a_chinese_text_is_the_owners() -> None:
    english = in_language("en", "en1", "The fencer Davin Roscoff lit the cauldron on Friday.")
    chinese = in_language("zh", "zh1", "据报道,击剑名将Davin Roscoff点燃了主火炬。")
    spanish = in_language("es", "es1", "El esgrimista Dhavin Rosscoff encendió el pebetero.")
    assert _subjects(english, chinese, spanish) == {"Davin / Dhavin", "Roscoff / Rosscoff"}
    # the two words are shown as one name's spellings
    flags = [d.subject for d in find_discrepancies([english, chinese, spanish])]
    assert "Davin Roscoff / Dhavin Rosscoff" in flags
    # without the copy nothing says the Latin spelling is the person's own
    assert _subjects(english, spanish) == set()


def test_a_given_name_of_latin_script_countries_written_alike_by_two_outlets() -> None:
    english = in_language("en", "en1", "On Monday Emmanuel Vantrelle said the talks had failed.")
    french = in_language("fr", "fr1", "Lundi, le ministre Emmanuel Vantrelle a annoncé l'échec.")
    italian = in_language("it", "it1", "Lunedì il ministro Emmanuel Vantrele ha parlato.")
    assert _subjects(english, french, italian) == {"Vantrelle / Vantrele"}
    # one outlet alone writing it is not enough: that spelling may be the slip
    assert _subjects(english, italian) == set()


def test_transliterations_translations_accents_and_cases_are_not_flagged() -> None:
    # a Russian or Ukrainian given name: the surname is each language's transliteration
    assert (
        _subjects(
            in_language("en", "en1", "The agent Vadim Korolenko was freed in the exchange."),
            in_language("fr", "fr1", "L'agent Vadim Korolenko a été libéré jeudi."),
            in_language("de", "de1", "Der Agent Wadim Korolenkow kam am Donnerstag frei."),
        )
        == set()
    )
    # a given name Israelis use too (a Hebrew surname is transliterated)
    assert (
        _subjects(
            in_language("en", "en1", "The minister Benjamin Avrahami spoke on Sunday."),
            in_language("fr", "fr1", "Le ministre Benjamin Avrahami a parlé dimanche."),
            in_language("de", "de1", "Der Minister Benjamin Awrahami sprach am Sonntag."),
        )
        == set()
    )
    # a given name translated, an accent typed or not, a Polish case ending
    assert (
        _subjects(
            in_language("en", "en1", "The judge Theresa Holmqvist ruled on Monday."),
            in_language("fr", "fr1", "La juge Theresa Holmqvist a tranché lundi."),
            in_language("es", "es1", "La jueza Teresa Holmqvist falló el lunes."),
            in_language("de", "de1", "Die Richterin Theresa Holmqvíst entschied am Montag."),
            in_language("pl", "pl1", "Sędzia Theresę Holmqvist widziano w poniedziałek."),
        )
        == set()
    )
    # two outlets of one language: the within-language rule's question (spelling.py)
    assert (
        _subjects(
            in_language("en", "en1", "On Monday Emmanuel Vantrelle said the talks had failed."),
            in_language("fr", "fr1", "Lundi, le ministre Emmanuel Vantrelle a annoncé l'échec."),
            in_language("fr", "fr2", "Lundi, le ministre Emmanuel Vantrele a parlé."),
        )
        == set()
    )
