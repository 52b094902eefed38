"""Names that collide with another language's function words, or with a hyphen after one
letter, are still names when their writing says so; the same words in their own language, at
a sentence's start or in lower case, are not. Every name and sentence is invented here."""

from __future__ import annotations

from dataclasses import replace

from topics.helpers import article, by_name

from briefing.model import Article
from briefing.topics import extract_topics
from briefing.topics.languages import function_words
from briefing.topics.lexicon import STOPWORDS
from briefing.topics.tokens import Token, tokenize
from briefing.topics.written_names import foreign_function_run, letter_compound

_FUNCTION = function_words("it") | function_words("es")


def _run(text: str, word: str) -> list:
    tokens = tokenize(text)
    words = word.split()
    for i in range(len(tokens)):
        if [t.text for t in tokens[i : i + len(words)]] == words:
            return tokens[i : i + len(words)]
    raise AssertionError(f"{word!r} not in {[t.text for t in tokens]}")


def test_a_foreign_function_word_capitalised_mid_sentence_is_a_name() -> None:
    assert "buono" in _FUNCTION  # an Italian stop word in stopwords-iso's list
    english = _run("Reports from the news agency Buono came late.", "Buono")
    assert foreign_function_run(english, _FUNCTION, STOPWORDS)
    polish = _run("Według gazety Nueva Sola prąd wrócił.", "Nueva Sola")
    assert foreign_function_run(polish, _FUNCTION, function_words("pl"))


def test_the_same_words_in_their_own_language_at_an_opening_or_in_capitals_are_not() -> None:
    italian = _run("Ieri il Buono è arrivato tardi.", "Buono")
    assert not foreign_function_run(italian, _FUNCTION, function_words("it"))
    opening = _run("Buono came late to the meeting.", "Buono")
    assert not foreign_function_run(opening, _FUNCTION, STOPWORDS)
    shouted = _run("They said BUONO twice.", "BUONO")
    assert not foreign_function_run(shouted, _FUNCTION, STOPWORDS)
    # One word of the run is no function word: the usual filters decide.
    mixed = _run("Según la revista Nueva Brisa, no.", "Nueva Brisa")
    assert not foreign_function_run(mixed, _FUNCTION, function_words("es"))


def test_one_letter_and_a_hyphen_before_a_capitalised_word_is_a_brand_shape() -> None:
    def word(text: str, name: str) -> object:
        return next(t for t in _joined(text) if t.text == name)

    assert letter_compound(word("The operator X-Varto blamed the grid.", "X-Varto"))
    assert letter_compound(word("Dane operatora X-VARTO, nie.", "X-VARTO"))
    assert not letter_compound(word("X-Varto opened the sentence.", "X-Varto"))
    # Digits, or no capital after the hyphen: a model number, a lower-case compound.
    assert not letter_compound(Token("F-16", 9, 13, False, "f-16"))
    assert not letter_compound(Token("e-mail", 4, 10, False, "e-mail"))


def _joined(text: str) -> list:
    from briefing.topics.patterns import name_words

    tokens = tokenize(text)
    return name_words(tokens, 0, len(tokens) - 1)


def _in(language: str, n: int, text: str) -> Article:
    return replace(article(f"{n:03d}", text), source=f"Outlet {n}", language=language)


def test_end_to_end_the_agency_the_paper_and_the_brand_become_bodies() -> None:
    topics = extract_topics(
        [
            _in("it", 0, "Il ponte sul fiume Sarvo è crollato martedì a Vellona, dice il sindaco."),
            _in("it", 1, "Il crollo del ponte di Vellona ha un tempo lungo di indagine."),
            _in("en", 2, "The bridge in Vellona fell, the news agency Buono said on Tuesday."),
            _in("nl", 3, "De brug in Vellona is ingestort, meldt het persbureau Buono dinsdag."),
            _in("es", 4, "El puente de Vellona cayó el martes, según los bomberos."),
            _in("pl", 5, "Most w Vellonie runął, podaje dziennik Nueva Sola we wtorek."),
            # Written about once (a paper only cited as a source is no topic: test_cited_media).
            _in("de", 6, "Die Brücke in Vellona stürzte ein; Nueva Sola druckte ein Extrablatt."),
            _in("en", 7, "The operator X-Varto blamed the storm for the collapse at Vellona."),
            _in("pl", 8, "Według firmy X-Varto winna jest burza w Vellonie."),
        ]
    )
    for name in ("Buono", "Nueva Sola", "X-Varto"):
        assert by_name(topics, name).kind == "organisation", name
    assert not [t.name for t in topics if t.name.casefold() in ("tempo", "el", "il", "de")]


def test_a_given_name_that_is_a_word_of_another_language_of_the_briefing_is_no_person() -> None:
    # "Buono" is some country's given name and an everyday Italian word; the briefing has
    # Italian, so the agency is a body. "Ottilie" is no word of any of its languages: someone
    # named alone, as before.
    topics = extract_topics(
        [
            _in("it", 0, "Il museo di Vellona ha riaperto martedì, dice il sindaco."),
            _in("en", 1, "The museum in Vellona reopened, the agency Buono said; Ottilie wept."),
            _in("nl", 2, "Het museum in Vellona is open, meldt persbureau Buono; Ottilie huilde."),
        ]
    )
    assert by_name(topics, "Buono").kind == "organisation"
    assert by_name(topics, "Ottilie").kind == "person"
