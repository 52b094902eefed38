"""Pieces of names that are no topic, and one name across languages (written fixtures).

Made-up events in real languages: a Russian phrase whose capitalised part only modifies the
noun before it, Turkish words of office, an English adjective in a body's name, a person
whose Cyrillic title prefix is cut off by the Latin spelling of the name, and one building
named word by word in Spanish and Italian.
"""

from __future__ import annotations

from dataclasses import replace

from topics.helpers import article, holding

from briefing.model import Article, Topic
from briefing.topics import extract_topics
from briefing.topics.languages import dependent_phrase
from briefing.topics.patterns import TURKISH_OFFICE
from briefing.topics.phrase_names import phrase_cognates


def _in(language: str, n: int, *paragraphs: str) -> Article:
    return replace(article(f"{n:03d}", *paragraphs), language=language)


def _topics(*articles: Article) -> tuple[Topic, ...]:
    return extract_topics(list(articles))


def test_a_russian_adjective_after_a_noun_opens_no_name() -> None:
    assert dependent_phrase("собор", "Казанской")
    assert dependent_phrase("площади", "Красной")
    assert not dependent_phrase("в", "Российской")  # a preposition is no head noun
    assert not dependent_phrase("собор", "Ивана")  # a name, not an adjective
    topics = _topics(
        _in("ru", 0, "Вчера туристы посетили собор Казанской Богоматери в Калуге."),
        _in("ru", 1, "Реставрация собора Казанской Богоматери в Калуге завершена."),
        _in("ru", 2, "Служба в соборе Казанской Богоматери прошла в воскресенье."),
    )
    assert not [t.name for t in topics if "Казанской" in t.name]


def test_a_lone_russian_adjective_is_no_name() -> None:
    topics = _topics(
        _in("ru", 0, "Туристы осмотрели капеллу, знаменитую росписью, в зале Ольшанской."),
        _in("ru", 1, "В капелле Ольшанской начались работы по очистке росписи."),
        _in("en", 2, "The chapel in Olshany reopened to visitors after cleaning."),
    )
    assert not holding(topics, "Ольшанской")


def test_turkish_words_of_office_are_never_a_person() -> None:
    assert TURKISH_OFFICE.search("Bakanlığı")
    assert TURKISH_OFFICE.search("Başkanlığının")
    assert TURKISH_OFFICE.search("Valiliği")
    assert not TURKISH_OFFICE.search("Çelik")  # a surname
    topics = _topics(
        _in("tr", 0, "Açıklamayı Tarım Bakanlığı yaptı ve hasarın büyük olduğunu söyledi."),
        _in("tr", 1, "Konuyla ilgili olarak Tarım Bakanlığı yeni bir rapor yayımladı."),
        _in("tr", 2, "Bakan Ayşe Çelik de bölgeyi ziyaret etti ve çiftçilerle görüştü."),
    )
    kinds = {t.name: t.kind for t in topics}
    assert kinds.get("Tarım Bakanlığı") != "person"
    assert any(kind == "person" and name.endswith("Ayşe Çelik") for name, kind in kinds.items())


def test_a_name_with_an_english_adjective_is_a_body() -> None:
    topics = _topics(
        article("000", "Scientists at the Coastal Hydrological Service measured the tide."),
        article("001", "Data from the Coastal Hydrological Service showed a record swell."),
    )
    assert all(t.kind != "person" for t in holding(topics, "Coastal Hydrological Service"))


def test_a_cyrillic_title_prefix_is_cut_when_the_name_is_known_in_latin_letters() -> None:
    """ "глава МИД Питер Хамберт": "МИД Питер Хамберт" ends with a person the
    English articles name as "Peter Humbert"; the surname is spelled by ear (u → а)."""
    topics = _topics(
        article("000", "French minister Peter Humbert visited the port on Monday."),
        article("001", "Peter Humbert said the port would reopen within a week."),
        _in("ru", 2, "Порт посетил глава МИД Питер Хамберт, сообщили в мэрии города."),
    )
    assert not [t.name for t in topics if "МИД" in t.name]
    (person,) = {t.id: t for t in holding(topics, "Peter Humbert")}.values()
    assert "Питер Хамберт" in person.aliases


def test_one_building_named_word_by_word_in_two_languages() -> None:
    pairs = phrase_cognates(
        ["n:capilla sixtina", "n:cappella sistina", "n:piazza san marco", "n:nord stream 1"],
        {"n:capilla sixtina": {"es"}, "n:cappella sistina": {"it"}},
    )
    assert pairs == [("n:capilla sixtina", "n:cappella sistina")]
    # Two names in one language stay two things; numbers tell names apart.
    assert not phrase_cognates(
        ["n:capilla sixtina", "n:cappella sistina"],
        {"n:capilla sixtina": {"it"}, "n:cappella sistina": {"it"}},
    )
    assert not phrase_cognates(["n:nord stream 1", "n:nord stream 2"], {})
    # Different head words are different places: a square is not a basilica.
    assert not phrase_cognates(["n:basilica di san pietro", "n:piazza san pietro"], {})


def test_a_building_named_with_its_head_noun_is_the_bare_name() -> None:
    from briefing.topics.naming import name_key
    from briefing.topics.phrase_names import headed_names

    bodies = [name_key(n) for n in ("Prado", "Museo del Prado", "Prado Museum", "musée du Prado")]
    pairs = headed_names(bodies, {"n:prado"})
    assert sorted(pairs) == [
        ("n:musee du prado", "n:prado"),
        ("n:museo del prado", "n:prado"),
        ("n:prado museum", "n:prado"),
    ]
    # A two-word bare name is no evidence: the square and the basilica stay apart.
    assert not headed_names(["n:basilica di san pietro"], {"n:san pietro"})
    # A person is no building.
    assert not headed_names(["n:museo del prado"], set())
    topics = _topics(
        _in("es", 0, "Miles de visitantes llenaron el Museo del Prado el domingo."),
        _in("en", 1, "The Prado Museum in Madrid reopened its north wing."),
        _in("en", 2, "Visitors queued at the Prado before noon, and the Prado stayed open late."),
    )
    assert (
        len(
            {t.id for s in ("Prado", "Museo del Prado", "Prado Museum") for t in holding(topics, s)}
        )
        == 1
    )


def test_an_abbey_and_a_stadium_are_one_place_under_each_languages_head() -> None:
    from briefing.topics.naming import name_key
    from briefing.topics.phrase_names import headed_names

    keys = [name_key(n) for n in ("Abadía de Kelso", "Kelso Abbey", "abbaye de Kelso")]
    assert sorted(headed_names(keys, {"n:kelso"})) == [
        ("n:abadia de kelso", "n:kelso"),
        ("n:abbaye de kelso", "n:kelso"),
        ("n:kelso abbey", "n:kelso"),
    ]
    keys = [name_key(n) for n in ("Estádio Varnholm", "Varnholm Stadium")]
    assert sorted(headed_names(keys, set())) == [("n:estadio varnholm", "n:varnholm stadium")]
    # An abbey and a stadium of one name are two places.
    assert not headed_names([name_key("Varnholm Abbey"), name_key("Estadio Varnholm")], set())


def test_a_silent_final_consonant_left_out_in_cyrillic_is_one_person() -> None:
    """ "Michel Marest" / "Мишель Маре": French silent endings are not spelled by ear."""
    from briefing.topics.naming import person_key
    from briefing.topics.person_spellings import same_person

    latin, cyrillic = person_key("Michel Marest"), person_key("Мишель Маре")
    assert same_person(latin, cyrillic, across=True)
    assert same_person(cyrillic, latin, across=True)
    assert not same_person(person_key("Paul Marest"), cyrillic, across=True)
    topics = _topics(
        article("000", "Mayor Michel Marest opened the new port in Calais on Monday."),
        article("001", "Michel Marest said the port would bring jobs to Calais."),
        _in("ru", 2, "Мэр Мишель Маре открыл новый порт в Кале в понедельник."),
    )
    assert len({t.id for s in ("Michel Marest", "Мишель Маре") for t in holding(topics, s)}) == 1


def test_a_regnal_given_name_alone_is_no_city() -> None:
    """ "Pope Leon XV" and then "Leon": the pope, not a city called Leon."""
    topics = _topics(
        article("000", "Pope Leon XV greeted pilgrims in the square on Sunday."),
        article("001", "Leon XV said the church must listen. Leon spoke for an hour."),
        article("002", "Cardinals praised Leon for his first homily as Leon XV."),
    )
    assert all(t.kind != "place" for t in holding(topics, "Leon"))


def test_a_unit_hyphened_to_a_number_makes_no_theme(topics_of) -> None:
    """ "A 6.1-magnitude tremor": the size of one thing, which each article states its own way."""
    topics = topics_of(
        ["A 6.1-magnitude tremor shook Velmor before dawn, and the river barrage held."],
        ["The 6.3-magnitude tremor damaged roads near Velmor; the river barrage held."],
    )
    themes = {t.name for t in topics if t.kind == "theme"}
    assert "magnitude tremor" not in themes
    assert "river barrage" in themes  # the same articles' other themes stay


def test_words_of_a_translated_name_pair_in_any_order_and_one_stranger_rules_out() -> None:
    langs = {"n:sistina capilla": {"es"}, "n:cappella sistina": {"it"}, "n:brask sistina": {"es"}}
    assert phrase_cognates(["n:sistina capilla", "n:cappella sistina"], langs) == [
        ("n:sistina capilla", "n:cappella sistina")
    ]
    # One word with no partner is enough, whichever word it is.
    assert not phrase_cognates(["n:brask sistina", "n:cappella sistina"], langs)
    assert not phrase_cognates(["n:cappella sistina", "n:brask sistina"], langs)
