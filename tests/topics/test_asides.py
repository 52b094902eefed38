"""Media, place descriptions, superlatives and verbs with objects are no topics (own text)."""

from __future__ import annotations

from briefing.topics.asides import (
    apposed,
    describes_name,
    heads_of_names,
    medium,
    possessed,
)
from briefing.topics.candidates import Occurrence
from briefing.topics.themes import superlative, theme_occurrences
from briefing.topics.tokens import tokenize
from briefing.topics.weak_mentions import compared


def _uses(texts: list[str], phrase: str) -> tuple[list[Occurrence], dict[tuple[str, int], str]]:
    occs, paragraphs = [], {}
    for n, text in enumerate(texts):
        paragraphs[(f"a{n}", 0)] = text
        at = text.index(phrase)
        occs.append(Occurrence(f"a{n}", 0, at, at + len(phrase), phrase))
    return occs, paragraphs


def test_a_channel_statements_went_through_is_a_medium_in_several_languages() -> None:
    occs, texts = _uses(
        [
            "The mayor wrote on Chatterbox that the bridge was closed.",
            "Le maire a déclaré sur Chatterbox que le pont restait fermé.",
            "Der Bürgermeister schrieb auf Chatterbox, die Brücke sei zu.",
        ],
        "Chatterbox",
    )
    assert medium(occs, texts)


def test_an_account_on_a_channel_is_the_channel_in_any_language() -> None:
    occs, texts = _uses(
        [
            "El ministro escribió en Chatterbox que el puente estaba cerrado.",
            "O autarca publicou em Chatterbox uma mensagem de pesar.",
            "The club wrote on its Chatterbox page that the match was off.",
            "He had posted photos to his Chatterbox the night before.",
        ],
        "Chatterbox",
    )
    assert medium(occs, texts)


def test_a_body_once_after_a_possessive_is_still_a_subject() -> None:
    occs, texts = _uses(
        [
            "Northline Rail said the signals had failed.",
            "Inspectors questioned Northline Rail about the cuts.",
            "The minister defended their Northline Rail contract.",
        ],
        "Northline Rail",
    )
    assert not medium(occs, texts)


def test_a_body_the_story_is_about_is_no_medium() -> None:
    occs, texts = _uses(
        [
            "Inspectors visited Northline Rail after the crash.",
            "Northline Rail said the signals had failed.",
            "Unions blamed Northline Rail for cuts; pressure on Northline Rail grew.",
        ],
        "Northline Rail",
    )
    assert not medium(occs, texts)
    # "in" says where as often as through what: never a medium's preposition
    occs, texts = _uses(
        ["He worked in Chatterbox for years.", "Jobs in Chatterbox fell."], "Chatterbox"
    )
    assert not medium(occs, texts)
    # one use is no habit
    occs, texts = _uses(["She posted on Chatterbox."], "Chatterbox")
    assert not medium(occs, texts)


def test_a_phrase_of_a_place_is_no_apposition() -> None:
    """ "the grain blockade of Odesa" is a subject, not a description of Odesa."""
    names = {"Valmora", "Ostrich Bay"}
    occs, texts = _uses(
        [
            "The grain blockade of Valmora tightened on Friday.",
            "Talks on the grain blockade of Ostrich Bay stalled.",
        ],
        "grain blockade",
    )
    assert not apposed(occs, texts, names)


def test_superlatives_rank_the_event_and_make_no_theme() -> None:
    for word in ("deadliest", "largest", "biggest", "highest", "strongest", "easiest"):
        assert superlative(word), word
    for word in ("forest", "interest", "arrest", "harvest", "protest", "priest", "conquest"):
        assert not superlative(word), word
    keys = {k for k, _s, _e in theme_occurrences(tokenize("It was the deadliest flood in years."))}
    assert "deadliest flood" not in keys
    keys = {k for k, _s, _e in theme_occurrences(tokenize("An arrest warrant was issued."))}
    assert "arrest warrant" in keys


def test_a_verb_with_its_object_is_no_theme_but_a_gerund_noun_is() -> None:
    text = "Aid went to nations resisting Valmora, and to nations resisting the blockade."
    keys = {k for k, _s, _e in theme_occurrences(tokenize(text))}
    assert "nations resisting" not in keys
    text = "Prosecutors opened a money laundering case over arms trafficking."
    keys = {k for k, _s, _e in theme_occurrences(tokenize(text))}
    assert {"money laundering", "arms trafficking"} <= keys


def test_a_theme_headed_like_a_listed_name_in_its_article_describes_that_name() -> None:
    heads = heads_of_names(
        {"Vesna Arena Hall": {"a1", "a2"}, "Northline Train": {"a3"}, "Brelnik": {"a1"}}
    )
    assert set(heads) == {"hall", "train"}  # one-word names head nothing
    hall = [Occurrence(a, 0, 0, 12, "concert hall") for a in ("a1", "a2", "a4")]
    assert describes_name(hall, heads)
    # the same phrase where no article lists a hall: a subject of its own
    assert not describes_name([Occurrence("a4", 0, 0, 12, "concert hall")], heads)
    # a plural is a class of things, whatever firm is named after them
    heads = heads_of_names({"Nordline Terminals": {"a1"}, "Vesna Arena Hall": {"a1"}})
    assert not describes_name([Occurrence("a1", 0, 0, 19, "container terminals")], heads)
    # a head no listed name ends in
    assert not describes_name([Occurrence("a1", 0, 0, 12, "crown jewels")], heads)


def test_a_phrase_cut_from_its_number_is_no_theme() -> None:
    text = "The line is not up to 21st century standards, and 3 freight cars tipped over."
    keys = {k for k, _s, _e in theme_occurrences(tokenize(text))}
    assert not keys & {"century standard", "freight car"}
    keys = {k for k, _s, _e in theme_occurrences(tokenize("Century standards changed."))}
    assert "century standard" in keys  # no number before it: the phrase is whole


def test_a_phrase_in_apposition_to_a_listed_name_describes_it() -> None:
    names = {"Ivan Dorn", "Dorn", "Northline Rail"}
    occs, texts = _uses(
        [
            "Police charged Ivan Dorn, a 64-year-old former night watchman, on Friday.",
            "Dorn is a retired night watchman and amateur painter.",
        ],
        "night watchman",
    )
    assert apposed(occs, texts, names)
    assert all(apposed([o], texts, names) for o in occs)
    occs, texts = _uses(
        ["The statement of the rail operator Northline Rail came late."], "rail operator"
    )
    assert apposed(occs, texts, names)


def test_a_phrase_modifying_the_head_of_an_apposition_describes_no_name() -> None:
    """ "Ana Vel, a harbour police spokesman, said": she is a spokesman; the harbour police
    is the body she speaks for, not what she is."""
    names = {"Ana Vel", "Vel"}
    occs, texts = _uses(
        ["Ana Vel, a harbour police spokesman, said the pier was closed."], "harbour police"
    )
    assert not apposed(occs, texts, names)
    # The look-alikes: the theme ends the apposition, a clause goes on after it, or the word
    # after it is no role ("Brelnik is a popular mountain spa resort": a spa resort).
    for text, phrase in (
        ("Ana Vel, a harbour police officer at the port, said so.", "harbour police officer"),
        ("Ana Vel, a former harbour police, said the pier was closed.", "harbour police"),
        ("Vel is a popular mountain spa resort.", "mountain spa"),
    ):
        occs, texts = _uses([text], phrase)
        assert apposed(occs, texts, names)


def test_a_phrase_argued_beside_names_but_not_about_them_describes_none() -> None:
    names = {"Ivan Dorn", "Brelnik"}
    occs, texts = _uses(
        [
            "Ivan Dorn said the night watchman had seen nothing.",
            "In Brelnik, night watchman shifts were doubled after the theft.",
        ],
        "night watchman",
    )
    assert not apposed(occs, texts, names)


def test_a_place_named_as_the_field_of_a_comparison_weighs_as_a_listed_item() -> None:
    text = (
        "It was the deadliest flood in Valmora since 1953, the biggest dam of the Brelnik "
        "valley failed, and aid came in Valmora's name from the Brelnik council."
    )
    occs = [
        Occurrence("a", 0, at, at + len(name), name)
        for name, at in (
            ("Valmora", text.index("Valmora")),
            ("Brelnik", text.index("Brelnik")),
            ("Valmora", text.rindex("Valmora")),
            ("Brelnik", text.rindex("Brelnik")),
        )
    ]
    found = compared(occs, {("a", 0): text})
    assert found == set(occs[:2])  # the two compared; "in Valmora's name", "from the Brelnik" not


def test_a_pair_that_picks_a_part_of_a_longer_phrase_is_no_theme() -> None:
    keys = {k for k, _s, _e in theme_occurrences(tokenize("the upper ranks of cartel crime"))}
    assert "upper rank" not in keys
    text = "They took the emerald set of Queen Adela; the death toll of the flood rose."
    keys = {k for k, _s, _e in theme_occurrences(tokenize(text))}
    assert {"emerald set", "death toll"} <= keys


def test_a_capitalised_thing_someone_has_is_no_body() -> None:
    function = frozenset({"were", "dans", "wurde"})
    occs, texts = _uses(
        [
            "Traces of their GPS were found on the van.",
            "Les enquêteurs ont retrouvé leur GPS dans la voiture.",
            "Ihre GPS wurde gefunden, aber seine GPS war leer.",
        ],
        "GPS",
    )
    assert possessed(occs, texts, function)


def test_a_body_after_a_possessive_as_a_modifier_stays() -> None:
    function = frozenset({"was", "on", "and"})
    occs, texts = _uses(
        ["Their NATO allies met.", "His NATO colleagues agreed.", "NATO said so."], "NATO"
    )
    assert not possessed(occs, texts, function)


def test_a_kind_of_place_before_of_and_a_place_describes_it() -> None:
    """ "the northern suburb of Dorn", "the port city of Valmora": what the place is."""
    names = {"Valmora", "Dorn"}
    occs, texts = _uses(
        [
            "Gunmen stormed a hall in the capital's northern suburb of Dorn on Friday.",
            "The hall lies in the northern suburb of Dorn, police said.",
        ],
        "northern suburb",
    )
    assert apposed(occs, texts, names)
    occs, texts = _uses(
        ["A bridge in the port city of Valmora fell.", "The port city of Valmora mourned."],
        "port city",
    )
    assert apposed(occs, texts, names)
    # A place kind before "of" and no listed place: a subject of its own.
    occs, texts = _uses(
        ["The mayor wants a port city of the future.", "A port city of Europe needs ferries."],
        "port city",
    )
    assert not apposed(occs, texts, names)


def test_an_apposition_after_an_owners_name_describes_the_name() -> None:
    names = {"Kestrel-2", "Nordic Orbital Agency"}
    occs, texts = _uses(
        [
            "Kestrel-2, the Nordic Orbital Agency's (NOA) second comet mission, woke up.",
            "Kestrel-2, the agency's comet mission, woke up.",
        ],
        "comet mission",
    )
    assert all(apposed([o], texts, names) for o in occs)
    # The owner's name is no listed name apposed to: "the mission of X" is no description.
    occs, texts = _uses(
        ["Engineers praised the Nordic Orbital Agency's second comet mission."], "comet mission"
    )
    assert not apposed(occs, texts, names)
