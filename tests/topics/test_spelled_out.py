"""A body's name with lower-case words inside, then the acronym it spells (own text):
"l'Agence européenne pour l'environnement (AEE)", "die Europäische Agentur für Umwelt (EAU)".
One name, no head-noun fragment; look-alikes whose words spell no acronym are left alone."""

from __future__ import annotations

from dataclasses import replace

from topics.helpers import article, holding

from briefing.model import Article
from briefing.topics import extract_topics
from briefing.topics.languages import function_words
from briefing.topics.spelled_out import long_form_ahead
from briefing.topics.tokens import tokenize


def _ahead(text: str, language: str, first_word: str) -> str | None:
    tokens = tokenize(text)
    first = next(i for i, t in enumerate(tokens) if t.text == first_word)
    last = first
    while last + 1 < len(tokens) and tokens[last + 1].text[:1].isupper():
        last += 1
    found = long_form_ahead(text, tokens, first, last, function_words(language))
    return None if found is None else text[tokens[found[0]].start : tokens[found[1]].end]


def test_a_name_continued_in_lower_case_up_to_its_acronym() -> None:
    text = "Selon l'Agence européenne pour l'environnement (AEE), l'air est meilleur."
    assert _ahead(text, "fr", "Agence") == "Agence européenne pour l'environnement"
    text = "Die Europäische Agentur für Umwelt (EAU) warnte am Montag."
    assert _ahead(text, "de", "Agentur") == "Europäische Agentur für Umwelt"


def test_look_alikes_spell_no_acronym() -> None:
    # A credit after a sentence: the words spell no "AFP".
    assert _ahead("Macron a parlé aux journalistes lundi (AFP).", "fr", "Macron") is None
    # A comma between: no name runs across it.
    assert _ahead("Selon l'Agence, pour l'environnement (AEE).", "fr", "Agence") is None
    # Too few letters: "Agence européenne (AEE)" spells "ae", not "aee".
    assert _ahead("Selon l'Agence européenne (AEE) lundi.", "fr", "Agence") is None


def _in(language: str, n: int, *paragraphs: str) -> Article:
    return replace(article(f"{n:03d}", *paragraphs), language=language)


def test_in_a_packet_the_head_noun_is_no_topic_and_the_acronym_holds_the_name() -> None:
    articles = [
        _in("fr", 0, "Selon l'Agence européenne pour l'environnement (AEE), l'air est meilleur."),
        _in("fr", 1, "L'Agence européenne pour l'environnement (AEE) publie un rapport à Lyon."),
        _in("de", 2, "Die Europäische Agentur für Umwelt (EAU) warnte am Montag in Lyon."),
        _in("en", 3, "The AEE said the air in Lyon was cleaner, the AEE report shows."),
    ]
    topics = extract_topics(articles)
    assert not holding(topics, "Agence")
    aee = holding(topics, "AEE")
    spelled = "Agence européenne pour l'environnement"
    assert aee and any(a.endswith(spelled) for a in aee[0].aliases), [t.aliases for t in topics]


def test_a_place_between_ends_the_reading() -> None:
    """Look-alike: "en Espagne" says where the radio is; "RIE" may end with the country's
    letter, and the run of capitals stays the name."""
    from briefing.topics.multilingual_gazetteer import gazetteer_for

    text = "Selon la Radio Ibérica en Espagne (RIE), les pompes sont arrêtées."
    tokens = tokenize(text)
    first = next(i for i, t in enumerate(tokens) if t.text == "Radio")
    found = long_form_ahead(text, tokens, first, first + 1, function_words("fr"))
    assert found is not None  # without a gazetteer, the letters fit
    place = gazetteer_for(frozenset({"fr", "en"})).place
    assert long_form_ahead(text, tokens, first, first + 1, function_words("fr"), place) is None


def _span(text: str, language: str, first_word: str, last_word: str) -> str | None:
    tokens = tokenize(text)
    first = next(i for i, t in enumerate(tokens) if t.text == first_word)
    last = next(i for i, t in enumerate(tokens) if t.text == last_word)
    found = long_form_ahead(text, tokens, first, last, function_words(language))
    return None if found is None else text[tokens[found[0]].start : tokens[found[1]].end]


def test_a_capitalised_adjective_the_run_left_out_opens_the_name() -> None:
    """German capitalises the adjective that opens a body's name; the run read from the
    noun on ("Behörde für Wasser") spells no "NBW", and only the word before completes it."""
    text = "Die Nördliche Behörde für Wasser (NBW) warnte am Montag."
    assert _span(text, "de", "Behörde", "Wasser") == "Nördliche Behörde für Wasser"


def test_a_run_that_spells_its_acronym_alone_is_left_to_the_definition() -> None:
    # The run spells "BW" itself: an ordinary definition, read elsewhere.
    assert (
        _span("Laut Nördliche Behörde für Wasser (BW) am Montag.", "de", "Behörde", "Wasser")
        is None
    )
    # The word before is an article: no name's first word.
    assert _span("Die Behörde für Wasser (DBW) warnte.", "de", "Behörde", "Wasser") is None


def test_in_a_packet_the_tail_of_a_german_name_is_no_topic() -> None:
    """The English article capitalises the name's nouns, so the German run starts at the
    noun ("Organisation für Migration"); the adjective before it completes "NOM"."""
    german = "Die Nördliche Organisation für Migration (NOM) warnte vor Booten bei Lorvik."
    articles = [
        _in("de", 0, "Ein Boot sank vor Lorvik.", german),
        _in(
            "de",
            1,
            "In Lorvik sank ein Boot. Die Nördliche Organisation für Migration (NOM) rief Alarm.",
        ),
        _in("en", 2, "A boat sank off Lorvik.", "The Northern Organisation for Migration said so."),
    ]
    topics = extract_topics(articles)
    assert not holding(topics, "Organisation für Migration"), [t.aliases for t in topics]
    nom = holding(topics, "NOM")
    assert nom and "Nördliche Organisation für Migration" in nom[0].aliases


def test_the_acronym_is_read_at_the_farthest_reach_and_not_past_it() -> None:
    # Five words between the run and "(" (MAX_BETWEEN): the acronym is still read; one more
    # and it is out of reach. The check for a "(" ahead must look exactly as far as the walk.
    text = "Selon l'Agence européenne pour la sécurité routière (AESR), le bilan baisse."
    assert _ahead(text, "fr", "Agence") == "Agence européenne pour la sécurité routière"
    text = "Selon l'Agence européenne pour la sécurité routière nationale (AESRN), le bilan baisse."
    assert _ahead(text, "fr", "Agence") is None
