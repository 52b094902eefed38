"""One person in Latin and Cyrillic letters when Russian writes a French-spelt name by its sound
(:mod:`briefing.topics.spoken_across`), and a given name alone of one listed person
(:mod:`briefing.topics.given_alone`). Every person and sentence here is made up; the
look-alikes (a name a sound apart, a given name and its feminine form, two Latin people one
Cyrillic name fits, a given name of two people) must stay apart."""

from __future__ import annotations

from dataclasses import replace

from topics.helpers import article

from briefing.model import Article, Topic
from briefing.topics import extract_topics
from briefing.topics.candidates import Occurrence
from briefing.topics.given_alone import first_word_owners
from briefing.topics.naming import person_key
from briefing.topics.spoken_across import readings, spoken_pairs


def _pairs(*names: str) -> set[frozenset[str]]:
    """The pairs of keys joined among ``names``, each written once in its own article."""
    occ: dict[str, list[Occurrence]] = {}
    for n, name in enumerate(names):
        occ.setdefault(person_key(name), []).append(Occurrence(f"a{n}", 0, 0, len(name), name))
    return {frozenset(p) for p in spoken_pairs(list(occ), occ, lambda k: k)}


def _pair(latin: str, cyrillic: str) -> set[frozenset[str]]:
    return {frozenset({person_key(latin), person_key(cyrillic)})}


def test_a_latin_word_read_aloud() -> None:
    assert "klod" in readings("Claude")
    assert "jozef" in readings("Joseph")
    assert "moiz" in readings("Moïse")
    assert "duflo" in readings("Duflot")  # a mute final consonant
    assert "sesil" in readings("Cécile")  # "c" before "e" is "s", and stays so
    assert "fransua" in readings("François")  # "ç" is never "k"
    assert "jan" in readings("Jean") and "jana" not in readings("Jean")
    assert "jana" in readings("Jeanne") and "jan" not in readings("Jeanne")  # "Жанна", not "Жан"


def test_a_french_spelt_name_joins_its_cyrillic_rendering_by_sound() -> None:
    assert _pairs("Gaspard Josèphe", "Гаспар Жозеф") == _pair("Gaspard Josèphe", "Гаспар Жозеф")
    assert _pairs("Claude Josère", "Клод Жозер") == _pair("Claude Josère", "Клод Жозер")
    assert _pairs("Claudine Moisan", "Клодин Моизан") == _pair("Claudine Moisan", "Клодин Моизан")
    assert _pairs("Thibaut Duflaut", "Тибо Дюфло") == _pair("Thibaut Duflaut", "Тибо Дюфло")
    assert _pairs("Jean Moreau", "Жан Моро") == _pair("Jean Moreau", "Жан Моро")
    assert _pairs("Jeanne Moreau", "Жанна Моро") == _pair("Jeanne Moreau", "Жанна Моро")


def test_a_name_a_sound_apart_stays_apart() -> None:
    # the surname a sound apart ("з" for an "s" that is no vowel's neighbour)
    assert not _pairs("Gaspard Joseph", "Гаспар Жозев")
    assert not _pairs("Gaspard Joseph", "Гаспар Жозе")
    # the given names a sound apart, the surnames alike
    assert not _pairs("Gaspard Joseph", "Каспар Жозеф")
    # a given name and its feminine form: a brother and a sister
    assert not _pairs("Jean Moreau", "Жанна Моро")
    assert not _pairs("Jeanne Moreau", "Жан Моро")
    assert not _pairs("Ivana Moreau", "Иван Моро")
    # two scripts needed: two Latin spellings are other rules' business
    assert not _pairs("Claude Joseph", "Klod Jozef")


def test_a_cyrillic_name_two_latin_people_sound_like_joins_neither() -> None:
    # French says "Martin" and "Martine" alike: "Мартин Моизан" is neither's
    assert not _pairs("Martin Moisan", "Martine Moisan", "Мартин Моизан")
    assert _pairs("Martine Moisan", "Мартин Моизан") == _pair("Martine Moisan", "Мартин Моизан")


def _in(language: str, n: int, *paragraphs: str) -> Article:
    return replace(article(f"{n:03d}", *paragraphs), language=language)


def _holders(topics: tuple[Topic, ...], label: str) -> list[Topic]:
    return [t for t in topics if label in (t.name, *t.aliases)]


def test_the_packet_joins_a_french_name_and_its_russian_rendering() -> None:
    topics = extract_topics(
        [
            _in(
                "fr",
                0,
                "Le ministre Claude Josère a parlé à Lyon mardi.",
                "Claude Josère a dit non.",
            ),
            _in("en", 1, "Minister Claude Josère spoke in Lyon on Tuesday."),
            _in(
                "ru",
                2,
                "Министр Клод Жозер выступил в Лионе во вторник.",
                "Клод Жозер сказал нет.",
            ),
        ]
    )
    (held,) = _holders(topics, "Клод Жозер")
    assert "Claude Josère" in (held.name, *held.aliases)


# --- a given name alone ----------------------------------------------------------------------


def _use(article: str, paragraph: int, start: int, surface: str) -> Occurrence:
    return Occurrence(article, paragraph, start, start + len(surface), surface)


def test_a_glossed_given_name_joins_the_one_person_it_opens() -> None:
    full = person_key("Martine Velcourt")
    people = [full, person_key("Bocar Tanrel")]
    occ = {full: [_use("a", 0, 0, "Martine Velcourt")]}
    texts = {
        ("b", 0): "第一夫人玛婷(Martine)受伤。",
        ("c", 0): "Son épouse, Martine, a été blessée.",
    }

    def owners(*uses: Occurrence, who: list[str] = people) -> dict[str, str]:
        lone = {"p:martine": list(uses)}
        langs = {"a": "fr", "b": "zh", "c": "fr"}
        return first_word_owners(lone, who, lambda k: k, occ, langs, lambda w: False, texts)

    glossed = _use("b", 0, 7, "Martine")
    bare = _use("c", 0, 12, "Martine")
    assert owners(glossed, bare) == {"p:martine": full}
    # no gloss, and an everyday French word: no cue
    assert owners(bare) == {}
    # a second person whose name opens with it: neither's
    assert owners(glossed, who=[*people, person_key("Martine Olbrecht")]) == {}


def test_a_glossed_given_name_of_the_packet_is_no_organisation() -> None:
    topics = extract_topics(
        [
            _in(
                "es",
                0,
                "La primera dama Martine Velcourt resultó herida en Orvania.",
                "Martine Velcourt sigue en el hospital.",
            ),
            _in(
                "en",
                1,
                "First lady Martine Velcourt was wounded in Orvania.",
                "Martine Velcourt is in hospital.",
            ),
            _in(
                "fr",
                2,
                "Son épouse, Martine, a été blessée à Orvania.",
                "Selon ses proches, Martine va mieux.",
            ),
            _in("zh", 3, "第一夫人玛婷(Martine)也受重伤。"),
        ]
    )
    assert not [t for t in _holders(topics, "Martine") if t.kind == "organisation"]
    assert len(_holders(topics, "Martine Velcourt")) == 1


def test_a_cyrillic_name_joined_to_another_latin_person_already_stays_so() -> None:
    names = ("Martine Moisan", "Мартин Моизан", "Marta Moisane")
    occ = {person_key(n): [Occurrence(f"a{i}", 0, 0, len(n), n)] for i, n in enumerate(names)}
    cyrillic, other = person_key("Мартин Моизан"), person_key("Marta Moisane")
    assert spoken_pairs(list(occ), occ, lambda k: k)  # alone, it joins Martine Moisan
    # another rule has joined it to a Latin person already: no second Latin person is added
    joined = {cyrillic: other}
    assert not spoken_pairs(list(occ), occ, lambda k: joined.get(k, k))
