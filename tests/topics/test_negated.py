"""What the leads write did not happen is never the event's act (:mod:`briefing.topics.negated`)."""

from __future__ import annotations

from dataclasses import replace

from topics.helpers import article

from briefing.topics import extract_topics
from briefing.topics.events import main_event
from briefing.topics.languages import function_words
from briefing.topics.negated import NEGATIONS, negated, negated_in


def test_the_phrase_a_negation_opens_reaches_its_noun_and_stops_at_a_preposition() -> None:
    assert {"reaching", "truce", "accord"} <= negated_in(
        "The envoys left without reaching a truce accord.", "en"
    )
    assert negated_in("No survivors in the crash were found.", "en") == {"survivors"}
    assert "pacte" in negated_in("Les ministres se quittent sans un pacte.", "fr")
    assert "einigung" in negated_in("Gespräche enden ohne Einigung.", "de")
    assert "acuerdo" in negated_in("La cumbre terminó sin acuerdo de paz.", "es")
    assert "paz" not in negated_in("La cumbre terminó sin acuerdo de paz.", "es")
    assert "соглашения" in negated_in("Переговоры завершились без соглашения.", "ru")


def test_a_word_most_leads_write_affirmed_stays() -> None:
    leads = ["The pact was signed.", "A pact at last.", "No pact yet, say critics."]
    assert negated(leads, ["en"] * 3, {"pact", "signed"}) == set()
    assert negated(leads[2:], ["en"], {"pact"}) == {"pact"}


def test_negations_are_function_words_where_a_list_knows_the_language() -> None:
    # Closed-class words: most of each language's list is in its stopwords-iso list.
    for language in ("fr", "de", "es", "it", "nl", "sv"):
        known = function_words(language)
        assert len(NEGATIONS[language] & known) >= len(NEGATIONS[language]) - 1, language


def test_an_event_is_never_named_after_what_did_not_happen() -> None:
    texts = [
        (
            "Varna summit ends without ceasefire",
            "The presidents ended their summit in Varna on Monday without a ceasefire.",
        ),
        (
            "No ceasefire at Varna summit",
            "The summit in Varna closed with no ceasefire, though aides called it useful.",
        ),
        (
            "Varna summit closes with no ceasefire",
            "The summit at Varna ended on Monday with no ceasefire.",
        ),
    ]
    articles = [
        replace(article(f"{n:03d}", body), title=title, language="en")
        for n, (title, body) in enumerate(texts)
    ]
    name = main_event(articles, extract_topics(articles))
    # Before, "Ceasefire at Varna": the word every lead writes negated.
    assert name is not None and "ceasefire" not in name.casefold(), name
    assert "summit" in name.casefold(), name
