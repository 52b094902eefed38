"""A name glued to an elided article or preposition ("l'Élysée", "dell'Aquila", "qu'Emmanuel")
is a name of its own; names that are written with an apostrophe ("O'Brien", "D'Alema",
"N'Djamena") and English possessives stay as they were. Every text here is written for the
test (invented people and places)."""

from __future__ import annotations

from dataclasses import replace

from topics.helpers import article, by_name

from briefing.model import Article
from briefing.topics import extract_topics
from briefing.topics.phrase_names import headed_names, phrase_cognates
from briefing.topics.tokens import chunks, token_texts, tokenize


def _words(text: str) -> list[str]:
    return [t.text for t in tokenize(text)]


def _chunks(text: str) -> list[str]:
    tokens = tokenize(text)
    return [text[tokens[c.first].start : tokens[c.last].end] for c in chunks(tokens)]


def _in(language: str, n: int, *paragraphs: str) -> Article:
    return replace(article(f"{n:03d}", *paragraphs), language=language)


def test_a_lower_case_elision_is_cut_off_a_capital() -> None:
    # French, Italian, Catalan; straight and typographic apostrophes.
    assert _words("reçus à l'Orvanel hier") == ["reçus", "à", "l'", "Orvanel", "hier"]
    assert _words("la séance de l’Assemblée") == ["la", "séance", "de", "l’", "Assemblée"]
    assert _words("il sindaco dell'Aquilone") == ["il", "sindaco", "dell'", "Aquilone"]
    assert _words("portato all’Ospedale Valdoro") == ["portato", "all’", "Ospedale", "Valdoro"]
    assert _words("a dit qu'Édouard Brunet") == ["a", "dit", "qu'", "Édouard", "Brunet"]
    assert _words("jusqu'Ostrava") == ["jusqu'", "Ostrava"]
    assert _words("el president d'Òmnium") == ["el", "president", "d'", "Òmnium"]
    # Each piece keeps its own offsets into the text.
    (elided, name) = tokenize("l'Orvanel")
    assert (elided.start, elided.end, name.start, name.end) == (0, 2, 2, 9)
    assert not name.initial and name.capitalised


def test_words_that_only_look_elided_stay_whole() -> None:
    # A lower-case word after the apostrophe: a word of the language, not a name.
    assert _words("L'autre jour, l'avion et aujourd'hui") == [
        "L'autre",
        "jour",
        ",",
        "l'avion",
        "et",
        "aujourd'hui",
    ]
    # A capitalised elision belongs to the name (or cannot be told from one at a sentence's
    # start): "L'Aquilone" the town, "D'Alessi", "O'Brady", "N'Djoura".
    assert _words("a L'Aquilone con D'Alessi, O'Brady e N'Djoura") == [
        "a",
        "L'Aquilone",
        "con",
        "D'Alessi",
        ",",
        "O'Brady",
        "e",
        "N'Djoura",
    ]
    assert _words("L'Orvanel a confirmé") == ["L'Orvanel", "a", "confirmé"]
    # Only a whole word of the list is an elision: "tall'" and "bl'" are not.
    assert _words("the tall'Orvanel and bl'Orvanel") == [
        "the",
        "tall'Orvanel",
        "and",
        "bl'Orvanel",
    ]
    # English possessives and contractions are untouched, "s" elision or not.
    assert _words("Brunet's plan, it's Orvanel's, don't") == [
        "Brunet",
        "'s",
        "plan",
        ",",
        "it",
        "'s",
        "Orvanel",
        "'s",
        ",",
        "don't",
    ]
    assert token_texts("s'Orvanel d'Orvanel's") == ["s'", "Orvanel", "d'", "Orvanel", "'s"]


def test_an_elided_particle_joins_a_name_as_the_whole_one_does() -> None:
    assert _chunks("le témoin Teresa d’Avelar a raconté") == ["Teresa d’Avelar"]
    assert _chunks("en Côte d'Ivoire et au Palais de l'Orvanel") == [
        "Côte d'Ivoire",
        "Palais de l'Orvanel",
    ]
    # "à l'": no capitalised word before, so the name is the one after the article alone;
    # "qu'" and "all'" are no particles of names.
    assert _chunks("reçus à l'Orvanel, a dit qu'Édouard Brunet") == ["Orvanel", "Édouard Brunet"]
    assert _chunks("Valdoro all'Ospedale Marsi") == ["Valdoro", "Ospedale Marsi"]


def test_a_name_after_an_elision_is_a_topic_and_the_elision_is_none() -> None:
    articles = [
        _in(
            "fr",
            0,
            "Le ministre a reçu les maires à l'Orvanel, a indiqué qu'Édouard Brunet "
            "présiderait la séance.",
            "Selon l'Orvanel, la réunion durera deux jours. L'autre réunion est reportée.",
        ),
        _in(
            "fr",
            1,
            "La délégation est arrivée à l’Orvanel mardi, où Édouard Brunet l'a accueillie.",
        ),
        _in("en", 2, "Édouard Brunet spoke at the Orvanel on Tuesday about the talks."),
    ]
    topics = extract_topics(articles)
    names = [t.name for t in topics]
    assert not [n for n in names if n[:1] in "lLqQ" and n[1:2] in "'’"], names
    person = by_name(topics, "Édouard Brunet")
    assert person.kind == "person"
    # The mention after "qu'" starts at the name, not at the elision.
    text = articles[0].paragraphs[0].text
    assert any(
        m.article_id == "000" and m.span.start == text.index("Édouard") for m in person.mentions
    )
    place = by_name(topics, "Orvanel")
    assert {m.surface for m in place.mentions} == {"Orvanel"}
    assert len({m.article_id for m in place.mentions}) == 3


def test_an_elided_link_word_is_no_word_to_compare() -> None:
    # "Palais de l'Orvanel" and "Orvanel Palace": one palace in two languages' order.
    pairs = headed_names(["n:palais de l'orvanel", "n:orvanel palace"], set())
    assert pairs == [("n:palais de l'orvanel", "n:orvanel palace")]
    # "Galerie d'Orlando" / "Галерея Орландо": one gallery in two scripts.
    keys = ["n:galerie d'orlando", "n:галерея орландо"]
    assert phrase_cognates(keys, {keys[0]: {"fr"}, keys[1]: {"ru"}}) == [(keys[0], keys[1])]
    # Look-alike: a name's own apostrophe is no elision ("O'Brady" is not "Brady"), so the
    # word is not compared as "brady".
    keys = ["n:galerie o'brady", "n:галерея брэди"]
    assert phrase_cognates(keys, {keys[0]: {"fr"}, keys[1]: {"ru"}}) == []
    assert phrase_cognates(
        ["n:galerie brady", keys[1]], {"n:galerie brady": {"fr"}, keys[1]: {"ru"}}
    )


def test_a_place_named_with_its_article_is_found_after_an_elision_that_holds_it() -> None:
    # "dell'Aquila", "all’Aquila": "of / at L'Aquila" (a city the gazetteer knows by that name).
    articles = [
        _in("it", 0, "Il sindaco dell'Aquila ha parlato ieri. I soccorsi sono giunti all’Aquila."),
        _in("it", 1, "La prefettura dell'Aquila ha chiuso le scuole, ha detto Marco Pellini."),
        _in("en", 2, "Rescuers reached L'Aquila on Monday, said Marco Pellini."),
    ]
    place = by_name(extract_topics(articles), "L'Aquila")
    assert place.kind == "place"
    assert {m.article_id for m in place.mentions} == {"000", "001", "002"}
    assert len(place.mentions) == 4


def test_an_elision_without_the_article_or_a_name_no_place_has_stays_apart() -> None:
    from briefing.topics.elided_places import article_place

    class Places:
        def place(self, surface: str) -> str | None:
            return {"L'Aquila": "L'Aquila"}.get(surface)

    gaz = Places()
    text = "dell'Aquila, d'Aquila, tall'Aquila, all'Ospedale"
    assert article_place(gaz, text, text.index("Aquila"), "Aquila") == "L'Aquila"  # type: ignore[arg-type]
    assert article_place(gaz, text, text.index("Aquila,", 13), "Aquila") is None  # type: ignore[arg-type]
    assert article_place(gaz, text, text.index("Aquila,", 22), "Aquila") is None  # type: ignore[arg-type]
    assert article_place(gaz, text, text.index("Ospedale"), "Ospedale") is None  # type: ignore[arg-type]


def test_names_written_with_an_apostrophe_stay_whole_in_english_text() -> None:
    articles = [
        _in(
            "en",
            0,
            "Minister Hélène Vautrin d'Orsennes met Conor O'Brady in Côte d'Ivoire on Monday.",
            "Vautrin d'Orsennes said the talks went well, O'Brady's aide added.",
        ),
        _in("en", 1, "Hélène Vautrin d'Orsennes and Conor O'Brady flew to Côte d'Ivoire."),
        _in("fr", 2, "Hélène Vautrin d'Orsennes a rencontré Conor O'Brady en Côte d'Ivoire."),
    ]
    topics = extract_topics(articles)
    names = [t.name for t in topics]
    assert "Côte" not in names and "Orsennes" not in names, names
    assert by_name(topics, "Ivory Coast").kind == "place"  # the gazetteer's Côte d'Ivoire
    assert by_name(topics, "Conor O'Brady").kind == "person"
    (person,) = [t for t in topics if "Vautrin d'Orsennes" in t.name]
    assert person.kind == "person" and len(person.mentions) == 4
