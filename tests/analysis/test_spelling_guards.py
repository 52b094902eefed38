"""Spelling flags that are no disagreement between sources: German nouns, an outlet's own slip,
a rendering in the language's own letters; and the look-alikes that must still flag.

Every text is written for these tests (invented people and papers), none copied from an article.
"""

from __future__ import annotations

import dataclasses

from analysis.builders import in_language, make_article

from briefing.analysis.spelling import spelling_discrepancies
from briefing.analysis.spelling_guards import common_noun, own_letter_rendering
from briefing.model import Article


def _subjects(*articles: Article) -> set[str]:
    return {d.subject for d in spelling_discrepancies(articles)}


# ------------------------------------------------ German capitalises every noun


def test_a_german_noun_before_a_name_is_no_first_name() -> None:
    articles = [
        in_language("de", "d1", "Am Montag sprach der Journalist Tomasz Wierzbicki im Parlament."),
        in_language("de", "d2", "Die Leser des Journals Tomasz Wierzbicki kennen den Fall."),
    ]
    assert _subjects(*articles) == set()


def test_a_german_surname_spelt_two_ways_still_flags_even_after_a_given_name_that_is_a_noun() -> (
    None
):
    # "Wolf" is an everyday German noun and a German given name: it opens a name.
    articles = [
        in_language("de", "d1", "Am Montag sprach Wolf Wierzbicki im Parlament über den Etat."),
        in_language("de", "d2", "Die Rede von Wolf Wierzbiecki dauerte nach Angaben eine Stunde."),
    ]
    assert _subjects(*articles) == {"Wierzbicki / Wierzbiecki"}


def test_common_noun_needs_a_noun_capitalising_language() -> None:
    assert common_noun("Journalist", "de")
    assert common_noun("Journals", "de")  # the genitive of "Journal", by its stem
    assert not common_noun("Journalist", "en")  # English capitals are names or sentence starts
    assert not common_noun("Wolf", "de")  # a given name in Germany
    assert not common_noun("Wierzbicki", "de")


# ------------------------------------------------ an outlet's own slip


def test_an_article_that_also_writes_the_other_spelling_made_a_slip() -> None:
    articles = [
        in_language(
            "en",
            "e1",
            "On Monday the editor Daniel Hrabowsi resigned.",
            "Colleagues said Daniel Hrabowski had planned it for months.",
        ),
        in_language("en", "e2", "The editor Daniel Hrabowski resigned on Monday."),
    ]
    assert _subjects(*articles) == set()


def test_a_slip_beside_an_inflected_form_of_the_right_spelling_is_still_a_slip() -> None:
    # p1 writes the shared spelling only declined ("Borysowa"), and "Borsyow" once.
    articles = [
        in_language(
            "pl",
            "p1",
            "Prokurator przesłuchał Wadim Borsyow wieczorem.",
            "Adwokat Borysowa odmówił komentarza.",
        ),
        in_language("pl", "p2", "Prokurator przesłuchał Wadim Borysow we wtorek."),
    ]
    assert _subjects(*articles) == set()


def test_one_articles_two_spellings_that_no_other_article_takes_sides_on_still_flag() -> None:
    articles = [
        in_language(
            "en",
            "e1",
            "On Monday the editor Daniel Hrabovski resigned.",
            "Colleagues said Daniel Hrabowski had planned it for months.",
        ),
        in_language("en", "e2", "The editor resigned on Monday, his colleagues said."),
    ]
    assert _subjects(*articles) == {"Hrabovski / Hrabowski"}


def test_a_caption_under_an_article_is_not_what_its_writer_spells() -> None:
    # The photo agency's caption writes the others' spelling; the body keeps to its own.
    captioned = make_article(
        "e1",
        "The editor Daniel Hrabovski resigned on Monday.",
        ("Daniel Hrabowski leaves the building on Monday. (Photo agency)", "caption"),
    )
    articles = [
        dataclasses.replace(captioned, language="en"),
        in_language("en", "e2", "The editor Daniel Hrabowski resigned on Monday."),
    ]
    assert _subjects(*articles) == {"Hrabowski / Hrabovski"}  # the captioned spelling first


def test_two_articles_each_keeping_to_their_own_spelling_still_flag() -> None:
    articles = [
        in_language("en", "e1", "On Monday the editor Daniel Hrabovski resigned."),
        in_language("en", "e2", "The editor Daniel Hrabowski resigned on Monday."),
    ]
    assert _subjects(*articles) == {"Hrabovski / Hrabowski"}


# ------------------------------------------------ the language's own letters


def test_a_turkish_letter_for_the_english_digraph_is_a_rendering() -> None:
    articles = [
        in_language("tr", "t1", "Muhalif Oleg Şarov dün Ankara'da konuştu."),
        in_language("tr", "t2", "Muhalif Oleg Sharov dün akşam serbest bırakıldı."),
    ]
    assert _subjects(*articles) == set()


def test_two_romanisations_in_one_alphabet_still_flag() -> None:
    articles = [
        in_language("en", "e1", "The dissident Yuri Sharov was freed on Thursday."),
        in_language("en", "e2", "The dissident Yury Sharov landed in Ankara on Thursday."),
    ]
    assert _subjects(*articles) == {"Yuri / Yury"}


def test_a_turkish_spelling_with_another_letter_changed_still_flags() -> None:
    articles = [
        in_language("tr", "t1", "Muhalif Oleg Şarov dün Ankara'da konuştu."),
        in_language("tr", "t2", "Muhalif Oleg Şarkov dün akşam serbest bırakıldı."),
    ]
    assert _subjects(*articles) == {"Şarkov / Şarov"}


def test_own_letter_rendering_needs_the_language_to_write_the_letter() -> None:
    assert own_letter_rendering("Yaşin", "Yashin", "tr")
    assert own_letter_rendering("Zhukova", "Žukova", "cs")
    assert not own_letter_rendering("Yaşin", "Yashin", "en")  # English writes no "ş"
    assert not own_letter_rendering("Yaşin", "Yashkin", "tr")  # another letter changed too


def test_the_body_words_turned_round_give_every_outlet_slip_the_same_answer() -> None:
    from briefing.analysis.spelling_guards import body_words, body_writers, outlet_slip

    articles = [
        in_language("pl", "p1", "Przesłuchał Wadim Borsyow.", "Adwokat Borysowa milczy."),
        in_language("pl", "p2", "Prokurator przesłuchał Wadim Borysow we wtorek."),
        in_language("pl", "p3", "Prokurator przesłuchał Wadim Borysow we wtorek."),  # wire copy
        in_language("en", "e1", "The editor Daniel Hrabovski met Daniel Hrabowski."),
        in_language("en", "e2", "Daniel Hrabowski resigned; Hrabowskis and Hrab stayed."),
    ]
    pairs = [("Borsyow", "Borysow"), ("Hrabovski", "Hrabowski"), ("Borysowa", "Borysow")]
    words = body_words(articles, {w[:2] for pair in pairs for w in pair})
    writers = body_writers(words)
    answers = [outlet_slip(pair, words) for pair in pairs]
    assert answers == [outlet_slip(pair, words, writers) for pair in pairs]
    assert answers == [True, True, False]  # two slips; a declined form is no slip
