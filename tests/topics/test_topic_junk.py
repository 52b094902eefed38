"""What an analyst strikes from the key topics: a foreign word for what other texts say
otherwise (:mod:`briefing.topics.foreign_words`), a hyphenated word's tail, a street's name
read as a person and a place that only qualifies an address (:mod:`briefing.topics.name_asides`).

Every text is written for the test: a made-up sawmill fire in a made-up town.
"""

from __future__ import annotations

from dataclasses import replace

from topics.helpers import article

from briefing.model import Article
from briefing.topics import extract_topics
from briefing.topics.candidates import Occurrence
from briefing.topics.foreign_words import foreign_only, naming_language
from briefing.topics.keywords import key_words
from briefing.topics.name_asides import hyphen_tail, qualifiers, street_name, title_before_person
from briefing.topics.rank import Cluster
from briefing.topics.single_use import defined_once, single_use


def _packet(
    english: int, foreign: dict[str, str], others: int
) -> tuple[list[tuple[str, int, str]], dict[str, str]]:
    """``english`` leads that say "blaze", one lead per ``foreign`` language in the text
    given, and ``others`` English leads about something else."""
    paragraphs: list[tuple[str, int, str]] = []
    languages: dict[str, str] = {}
    for n in range(english):
        paragraphs.append((f"e{n}", 0, f"The blaze at the Brelnik sawmill spread on day {n}."))
        languages[f"e{n}"] = "en"
    for language, text in foreign.items():
        paragraphs.append((language, 0, text))
        languages[language] = language
    for n in range(others):
        paragraphs.append((f"o{n}", 0, f"Voters in district {n} of Brelnik went to the polls."))
        languages[f"o{n}"] = "en"
    return paragraphs, languages


_FIRE = {
    "fr": "L'incendie de la scierie de Brelnik a duré deux jours ; l'incendie est éteint.",
    "es": "El incendio del aserradero de Brelnik duró dos días; el incendio ya está apagado.",
    "it": "L'incendio della segheria di Brelnik è durato due giorni; l'incendio è spento.",
}


def _names(paragraphs: list[tuple[str, int, str]], languages: dict[str, str]) -> list[str]:
    return [name for name, _occs in key_words(paragraphs, languages, ())]


def test_the_naming_language_is_english_when_the_packet_has_english() -> None:
    assert naming_language({"a": "fr", "b": "fr", "c": "en"}) == "en"
    assert naming_language({"a": "fr", "b": "fr", "c": "it"}) == "fr"
    assert naming_language({"a": "und"}) is None


def test_a_word_english_never_writes_needs_a_third_of_the_articles() -> None:
    """French, Spanish and Italian say "incendie"/"incendio" where the English texts say
    "blaze": in three articles of twelve it is their way of saying the event again; in three
    of seven it carries the story and is listed."""
    assert _names(*_packet(3, _FIRE, 6)) == []
    assert _names(*_packet(3, _FIRE, 1)) in (["incendie"], ["incendio"])
    assert foreign_only({"fr", "es"}, {"a", "b"}, {f"{n}": "en" for n in range(9)})
    assert not foreign_only({"fr", "en"}, {"a", "b"}, {f"{n}": "en" for n in range(9)})


def test_a_word_english_writes_too_keeps_the_ordinary_threshold() -> None:
    """ "referendum" / "référendum" / "Referendum" in three articles of twelve: English
    writes it, so it is no foreign word, however few write it."""
    foreign = {
        "fr": "Le référendum de Brelnik sur le barrage a eu lieu ; le référendum est validé.",
        "de": "Das Referendum in Brelnik über den Damm fand statt; das Referendum gilt.",
    }
    paragraphs, languages = _packet(0, foreign, 9)
    paragraphs.append(("en", 0, "The referendum in Brelnik on the dam passed; the referendum"))
    languages["en"] = "en"
    assert _names(paragraphs, languages) == ["referendum"]


def test_a_packet_without_english_names_in_its_main_language() -> None:
    """No English text: French, the language of most articles, names; a word French never
    writes needs a third of the articles, one French writes too does not."""
    languages = {f"f{n}": "fr" for n in range(7)} | {"es": "es", "it": "it", "pt": "pt"}
    assert naming_language(languages) == "fr"
    assert foreign_only({"es", "it", "pt"}, {"es", "it", "pt"}, languages)  # 3 of 10
    assert not foreign_only({"es", "it", "pt"}, {"es", "it", "pt", "f0"}, languages)  # 4 of 10
    assert not foreign_only({"es", "fr"}, {"es", "f0"}, languages)


def _uses(*texts_and_names: tuple[str, str]) -> tuple[list[Occurrence], dict]:
    """One paragraph per (text, name), and the name's use in it."""
    occurrences, texts = [], {}
    for n, (text, name) in enumerate(texts_and_names):
        start = text.index(name)
        occurrences.append(Occurrence(f"{n}", 0, start, start + len(name), name))
        texts[(f"{n}", 0)] = text
    return occurrences, texts


def test_a_hyphenated_words_tail_is_no_name() -> None:
    occs, texts = _uses(
        ("BRELNIK (dpa-AFX) - The mayor of Brelnik won the vote.", "AFX"),
        ("Copyright RTT News/dpa-AFX", "AFX"),
        ("Die Nachrichtenagentur dpa-AFX meldete den Sieg.", "AFX"),
    )
    assert hyphen_tail(occs, texts)
    # The head of a compound is the name itself ("Merkel-Regierung", "Facebook-oldalán").
    occs, texts = _uses(
        ("Die Merkel-Regierung trat zurück.", "Merkel"),
        ("– írta a Facebook-oldalán a politikus.", "Facebook"),
    )
    assert not hyphen_tail(occs, texts)
    # Once a tail, twice alone: a name.
    occs, texts = _uses(
        ("Analysts at dpa-AFX agreed.", "AFX"),
        ("AFX reported the result first.", "AFX"),
        ("According to AFX, turnout rose.", "AFX"),
    )
    assert not hyphen_tail(occs, texts)


def test_a_person_after_a_street_noun_is_an_address() -> None:
    occs, texts = _uses(
        ("Mii de oameni au ieșit pe bulevardul Regina Elisabeta aseară.", "Regina Elisabeta"),
        ("Mulțimea a rămas pe Bulevardul Regina Elisabeta până dimineața.", "Regina Elisabeta"),
    )
    assert street_name(occs, texts)
    occs, texts = _uses(
        ("Толпа собралась на улице Ивана Франко в центре.", "Ивана Франко"),
        ("Штаб находится на ул. Ивана Франко.", "Ивана Франко"),
    )
    assert street_name(occs, texts)
    # The same names as people: what they did, not where.
    occs, texts = _uses(
        ("Regina Elisabeta a vizitat orașul în 1890.", "Regina Elisabeta"),
        ("Poeta Regina Elisabeta a scris sub pseudonim.", "Regina Elisabeta"),
    )
    assert not street_name(occs, texts)
    occs, texts = _uses(
        ("Поэт Иван Франко родился во Львове.", "Иван Франко"),
        ("Стихи написал Иван Франко.", "Иван Франко"),
    )
    assert not street_name(occs, texts)


def test_a_region_that_only_qualifies_a_listed_place_is_no_setting() -> None:
    occs, texts = _uses(
        ("È nato a Brelnik (Varenna, Stati Uniti) nel 1955.", "Varenna"),
        ("Он родился в Брельнике, штат Варенна, в 1955 году.", "Варенна"),
    )
    places = {"Brelnik", "Брельнике", "Varenna", "Варенна"}
    assert qualifiers(occs, texts, places) == set(occs)
    # A list of places, a dateline and an unlisted word before the bracket are no address.
    occs, texts = _uses(
        ("Power failed in Spain, Portugal and France.", "Portugal"),
        ("Outages hit Spain, and Portugal too.", "Portugal"),
        ("GENOA, Italy — The bridge fell.", "Italy"),
        ("The mayor (Varenna, Italy) spoke.", "Varenna"),
    )
    assert qualifiers(occs, texts, {"Spain", "Portugal", "GENOA", "Italy", "Varenna"}) == set()


def _in(language: str, n: int, *paragraphs: str) -> Article:
    return replace(article(f"{n:03d}", *paragraphs), language=language)


def test_extraction_lists_no_wire_tail_and_no_street() -> None:
    """Through the whole extraction: "AFX" of "dpa-AFX" and the boulevard's "Regina
    Elisabeta" are no topics, while the people the texts are about stay."""
    articles = [
        _in(
            "en",
            0,
            "BRELNIK (dpa-AFX) - Mayor Ivan Dornescu won the runoff in Brelnik on Sunday.",
            "Ivan Dornescu thanked voters. Copyright RTT News/dpa-AFX",
        ),
        _in(
            "ro",
            1,
            "Mii de oameni au ieșit pe bulevardul Regina Elisabeta după victoria lui Ivan "
            "Dornescu.",
            "Ivan Dornescu a salutat mulțimea de pe Bulevardul Regina Elisabeta.",
        ),
        _in("en", 2, "Ivan Dornescu promised a new coalition in Brelnik."),
    ]
    names = [t.name for t in extract_topics(articles)]
    assert "Ivan Dornescu" in names
    assert not {"AFX", "Regina Elisabeta"} & set(names), names


def _defined(text: str, long_form: str, short: str, more: str = "") -> tuple[Cluster, dict]:
    """One cluster: the long form and the acronym in ``text``, and ``more`` (a second
    paragraph of the same article) if given."""
    paragraphs = {("a", 0): text}
    occs = []
    for surface in (long_form, short):
        at = text.index(surface)
        occs.append(Occurrence("a", 0, at, at + len(surface), surface))
    if more:
        paragraphs[("a", 1)] = more
        at = more.index(short)
        occs.append(Occurrence("a", 1, at, at + len(short), short))
    return Cluster("organisation", long_form, occs), paragraphs


def test_a_body_defined_and_never_named_again_is_one_use() -> None:
    """ "Long Form (LF)" and nothing more: one use, no key topic in a larger packet."""
    for text, long_form, short in (
        (
            "Obispos de la Conferencia Episcopal Brelnesa (CEB) lo felicitaron.",
            "Conferencia Episcopal Brelnesa",
            "CEB",
        ),
        (
            "A Brelniki Magyar Szövetség (BMSZ) elnöke gratulált.",
            "Brelniki Magyar Szövetség",
            "BMSZ",
        ),
    ):
        cluster, paragraphs = _defined(text, long_form, short)
        assert defined_once(cluster.occurrences, paragraphs)
        assert single_use(cluster, paragraphs)
    # Named again after its definition: two uses.
    cluster, paragraphs = _defined(
        "La Conferencia Episcopal Brelnesa (CEB) votó.",
        "Conferencia Episcopal Brelnesa",
        "CEB",
        "Después, la CEB pidió calma.",
    )
    assert not single_use(cluster, paragraphs)
    # Two uses in one sentence, not a bracketed definition: two uses.
    cluster, paragraphs = _defined(
        "Die Brelniker Bischofskonferenz tagte; die BBK rief danach zur Ruhe.",
        "Brelniker Bischofskonferenz",
        "BBK",
    )
    assert not defined_once(cluster.occurrences, paragraphs)


def test_a_title_of_office_before_a_persons_name_is_that_persons_title() -> None:
    occs, texts = _uses(
        ("The Patriarch of Varnholm, Ilia Dorsk, blessed the bells.", "Patriarch of Varnholm"),
        ("Patriarch of Varnholm Ilia Dorsk spoke at noon.", "Patriarch of Varnholm"),
    )
    assert title_before_person(occs, texts)
    # The title written alone is the office: "the Patriarch of Varnholm said", no name after.
    occs, texts = _uses(
        ("The Patriarch of Varnholm said prayers.", "Patriarch of Varnholm"),
        ("Crowds waited for the Patriarch of Varnholm at the gate.", "Patriarch of Varnholm"),
    )
    assert not title_before_person(occs, texts)
    # A body's name not opened by a title: "Bank of Varnholm, Ilia Dorsk said" is no title.
    occs, texts = _uses(
        ("The Bank of Varnholm, Ilia Dorsk said, held rates.", "Bank of Varnholm"),
        ("Bank of Varnholm Governor Ilia Dorsk spoke.", "Bank of Varnholm"),
    )
    assert not title_before_person(occs, texts)
