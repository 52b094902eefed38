"""A person named by a title and one given name: a person, one across scripts (invented royals
of invented reports: "Prince Osric", "принц Осрик"). Look-alikes: two princes whose names sound
alike in one language, a prince and a king of one name, a bare given name with no title, a
surname that is a title word ("Roman Herzog"), and a firm named after a prince."""

from __future__ import annotations

from topics.helpers import article

from briefing.model import Topic
from briefing.topics.assemble import build
from briefing.topics.candidates import Occurrence
from briefing.topics.personal_titles import office_before, title_office
from briefing.topics.titled_given import given_keys, titled_given_pairs, titled_given_uses


def _topics(*texts: tuple[str, str]) -> tuple[Topic, ...]:
    """The topics of (language, text) articles."""
    languages = {f"a{i}": language for i, (language, _text) in enumerate(texts)}
    return build(
        [article(f"a{i}", text) for i, (_language, text) in enumerate(texts)],
        languages=languages,
    )


def _holders(topics: tuple[Topic, ...], alias: str) -> list[tuple[str, str]]:
    return [(t.name, t.kind) for t in topics if alias in t.aliases]


def test_title_words_by_language() -> None:
    assert title_office("príncipe", "es") == "prince"
    assert title_office("принца", "ru") == "prince"
    assert title_office("королевы", "ru") == "queen"
    assert title_office("Prinz", "de") == "prince"
    assert title_office("re", "it") == "king"
    assert title_office("re", "en") is None  # a word of one language only
    assert title_office("prince", "tr") is None  # a language not listed: silent
    text = "Ayer el príncipe Osric visitó el puerto."
    assert office_before(text, text.index("Osric"), "es") == "prince"
    text = "Ayer el puerto de Osric cerró."
    assert office_before(text, text.index("Osric"), "es") is None


def test_given_keys_across_scripts() -> None:
    latin = given_keys("Harold")
    for spelling in ("Гарольд", "해럴드", "هارولد", "哈罗德"):
        assert latin & given_keys(spelling), spelling
    assert given_keys("Charles") & given_keys("チャールズ") & given_keys("تشارلز")
    assert not given_keys("Harold") & given_keys("Arnold")
    assert given_keys("William") & given_keys("Вільям") & given_keys("Уильям")
    assert not given_keys("Li")  # one consonant: too short a key


def test_a_lower_case_title_makes_the_lone_name_a_person() -> None:
    topics = _topics(
        ("fr", "Samedi, le prince Osric a visité le port de Calais avec sa soeur."),
        ("es", "El sábado, el príncipe Osric visitó el puerto de Calais con su hermana."),
        ("it", "Sabato il principe Osric ha visitato il porto di Calais. Osric ha sorriso."),
    )
    assert _holders(topics, "Osric") == [("Osric", "person")]


def test_a_capitalised_foreign_title_is_no_part_of_the_name() -> None:
    topics = _topics(
        ("de", "Am Samstag besuchte Prinz Osric den Hafen von Calais."),
        ("de", "Prinz Osric sprach lange mit den Fischern im Hafen."),
    )
    assert _holders(topics, "Osric") == [("Osric", "person")]
    assert not [t for t in topics if "Prinz" in t.name]


def test_a_surname_that_is_a_title_word_stays_in_the_name() -> None:
    topics = _topics(
        ("de", "Am Samstag sprach Roman Herzog in Berlin über die Verfassung."),
        ("de", "Roman Herzog erinnerte an die Verfassung und an Berlin."),
    )
    assert _holders(topics, "Roman Herzog") == [("Roman Herzog", "person")]


def test_titled_name_joins_across_latin_cyrillic_korean_arabic_and_han() -> None:
    topics = _topics(
        ("en", "On Saturday Prince Harold opened the new harbour in Dover. Harold waved."),
        ("en", "Prince Harold met fishermen at the harbour in Dover on Saturday."),
        ("ru", "В субботу принц Гарольд открыл новую гавань в Дувре."),
        ("ko", "토요일 해럴드 왕자가 도버에서 새 항구를 열었다."),
        ("ar", "افتتح الأمير هارولد يوم السبت ميناء جديدا في دوفر."),
        ("zh", "周六,哈罗德王子在多佛为新港口揭幕。"),
    )
    holders = _holders(topics, "Harold")
    assert len(holders) == 1 and holders[0][1] == "person"
    harold = next(t for t in topics if "Harold" in t.aliases)
    for form in ("Гарольд", "해럴드", "هارولد", "哈罗德"):
        assert form in harold.aliases, form


def test_a_bare_given_name_does_not_join_across_scripts_by_sound() -> None:
    topics = _topics(
        ("en", "On Saturday Harold opened the new harbour in Dover. Harold waved."),
        ("en", "Harold met fishermen at the harbour in Dover on Saturday."),
        ("ru", "В субботу Гарольд открыл новую гавань в Дувре. Гарольд улыбался."),
    )
    assert not any("Harold" in t.aliases and "Гарольд" in t.aliases for t in topics)


def _occ(article_id: str, text: str, word: str) -> Occurrence:
    start = text.index(word)
    return Occurrence(article_id, 0, start, start + len(word), word)


def test_pairs_need_one_office_and_different_languages() -> None:
    texts = {
        ("a", 0): "Prince Harold spoke.",
        ("b", 0): "Вчера принц Гарольд говорил.",
        ("c", 0): "King Harold spoke.",
        ("d", 0): "Prince Harald spoke.",
    }
    occ = {
        "p:harold": [_occ("a", texts[("a", 0)], "Harold")],
        "p:garold": [_occ("b", texts[("b", 0)], "Гарольд")],
    }
    languages = {"a": "en", "b": "ru", "c": "en", "d": "en"}
    keys = list(occ)
    assert titled_given_pairs(keys, occ, texts, languages, lambda k: k) == [
        ("p:harold", "p:garold")
    ]
    # a king of one name is no prince
    occ["p:garold"] = [_occ("c", texts[("c", 0)], "Harold")]
    assert titled_given_pairs(keys, occ, texts, languages, lambda k: k) == []
    # two princes of one sound in one language: two people, and the Russian one joins neither
    occ = {
        "p:harold": [_occ("a", texts[("a", 0)], "Harold")],
        "p:harald": [_occ("d", texts[("d", 0)], "Harald")],
        "p:garold": [_occ("b", texts[("b", 0)], "Гарольд")],
    }
    assert titled_given_pairs(list(occ), occ, texts, languages, lambda k: k) == []


def test_uncased_uses_need_the_title_and_one_owner() -> None:
    latin = "Prince Harold spoke. Prince Arnold listened."
    people = {
        "p:harold": [_occ("a", latin, "Harold")],
        "p:arnold": [_occ("a", latin, "Arnold")],
    }
    paragraphs = [("a", 0, latin)]
    korean = "해럴드 왕자가 말했다. 해럴드가 웃었다. 해럴드 대표가 왔다."
    uncased = [("k", 0, korean)]
    languages = {"a": "en", "k": "ko"}
    found = titled_given_uses(people, paragraphs, uncased, languages)
    assert [o.surface for o in found["p:harold"]] == ["해럴드"]  # beside the title only
    # a name two princes of the packet could be: nobody's
    people["p:harald"] = [_occ("a", "Prince Harald", "Harald")]
    paragraphs.append(("a", 1, "Prince Harald"))
    people["p:harald"] = [Occurrence("a", 1, 7, 13, "Harald")]
    assert titled_given_uses(people, paragraphs, uncased, languages) == {}


def test_a_company_named_after_a_prince_stays_a_body() -> None:
    topics = _topics(
        ("de", "Die Reederei Prinz Osric Shipping meldete am Montag einen Verlust."),
        ("de", "Die Reederei Prinz Osric Shipping kaufte am Dienstag zwei Schiffe."),
    )
    assert not [t for t in topics if t.kind == "person"]


def test_a_regnal_name_takes_its_titled_given_name() -> None:
    texts = {
        ("a", 0): "King Osric III was crowned.",
        ("a", 1): "King Osric waved.",
        ("b", 0): "El rey Osric saludó.",
        ("c", 0): "King Osric II was crowned.",
    }
    languages = {"a": "en", "b": "es", "c": "en"}
    occ = {
        "p:osric iii": [_occ("a", texts[("a", 0)], "Osric III")],
        "p:osric": [Occurrence("a", 1, 5, 10, "Osric"), _occ("b", texts[("b", 0)], "Osric")],
    }
    pairs = titled_given_pairs(list(occ), occ, texts, languages, lambda k: k)
    assert pairs == [("p:osric iii", "p:osric")]  # one language may write both
    # two kings of one name: "King Osric" is neither's
    occ["p:osric ii"] = [_occ("c", texts[("c", 0)], "Osric II")]
    assert titled_given_pairs(list(occ), occ, texts, languages, lambda k: k) == []
