"""A run of capitalised words that fills a quotation and opens with no given name is a
thing's name (a venue, a firm, a ship), never a person's (made-up names and texts)."""

from __future__ import annotations

from dataclasses import replace

from topics.helpers import article

from briefing.model import Article
from briefing.topics.candidates import Occurrence
from briefing.topics.first_pass import read
from briefing.topics.quoted_names import (
    quoted_short_pairs,
    quoted_thing,
    quoted_whole,
    quoted_word,
)


def _in(language: str, n: int, *paragraphs: str) -> Article:
    return replace(article(f"{n:03d}", *paragraphs), language=language)


def _kinds(*articles: Article) -> dict[str, str]:
    return {occ.surface: kind for kind, occ, _attested in read(list(articles)).names}


def _whole(text: str, part: str) -> bool:
    start = text.index(part)
    return quoted_whole(text, start, start + len(part))


def test_the_run_must_fill_the_quotation() -> None:
    assert _whole('на стадионе "Мервик Арена" прошёл', "Мервик Арена")
    assert _whole("на заводе «Северный Луч» работают", "Северный Луч")
    assert _whole("mit der Fähre „Nordic Star“ nach", "Nordic Star")
    assert _whole("l'opération « Tempête Grise » a", "Tempête Grise")
    # A quotation that goes on after the name, or no quotation at all.
    assert not _whole('"Мервик Арена открыта", сказал он', "Мервик Арена")
    assert not _whole("на стадионе Мервик Арена прошёл", "Мервик Арена")
    assert not _whole('он сказал: "Да" и Мервик Арена', "Мервик Арена")


def test_a_given_name_keeps_a_quoted_person() -> None:
    text = 'фанаты скандировали "Анна Келлер" весь вечер'
    start = text.index("Анна")
    assert not quoted_thing(text, ["Анна", "Келлер"], start, start + len("Анна Келлер"))
    text = 'на стадионе "Мервик Арена" прошёл'
    start = text.index("Мервик")
    assert quoted_thing(text, ["Мервик", "Арена"], start, start + len("Мервик Арена"))
    assert not quoted_thing(text, ["Мервик"], start, start + len("Мервик"))  # two words


def test_a_quoted_venue_is_no_person_and_a_bare_name_still_is() -> None:
    kinds = _kinds(
        _in("ru", 0, 'Вчера на стадионе "Торвик Айзен" сборная победила со счетом 2:1.'),
        _in("ru", 1, "Гол забил Павел Торвиков, а тренер Игорь Семенов был доволен."),
        _in("ru", 2, '"Анна Келлер сказала, что команда готова", сообщил Игорь Семенов.'),
    )
    assert kinds["Торвик Айзен"] != "person"
    assert kinds["Павел Торвиков"] == "person"
    assert kinds["Игорь Семенов"] == "person"
    assert kinds["Анна Келлер"] == "person"  # a quoted sentence that opens with a name


def _word(text: str, word: str) -> bool:
    start = text.index(word)
    return quoted_word(text, word, start, start + len(word))


def test_one_quoted_word_in_a_sentence_is_a_name() -> None:
    assert _word("компьютеры в «Кварце» оказались заражены", "Кварце")
    assert _word("заражению подвергся «Кварц», сообщили", "Кварц")
    # A one-word answer after a colon, a quotation that goes on, a quoted given name.
    assert not _word("он ответил: «Нет», и ушёл", "Нет")
    assert not _word("«Нет» — ответил он", "Нет")
    assert not _word("в «Кварце работают» люди", "Кварце")
    assert not _word("поклонники «Ивана» пели", "Ивана")


def test_a_quoted_word_is_a_body_only_where_nouns_are_lower_case() -> None:
    kinds = _kinds(
        _in("ru", 0, "Серверы министерства и «Тарлона» подверглись атаке в пятницу."),
        _in("ru", 1, "Он сказал: «Тарлон» и ушёл домой."),
        _in("de", 2, 'Ein Forscher fand eine Art "Notschalter" in der Schadsoftware.'),
    )
    assert kinds.get("Тарлона") == "organisation"
    assert "Тарлон" not in kinds  # after a colon: an answer, no name
    assert "Notschalter" not in kinds  # German capitalises every noun


def test_a_quoted_word_that_opens_a_longer_name_is_that_name() -> None:
    texts = {
        ("a", 0): "погибшие в «Кварце» и рядом",
        ("b", 0): "в здании Кварца сегодня",
        ("c", 0): 'в здание "Кварц Арены" вошли',
    }

    def occ(article: str, surface: str) -> Occurrence:
        start = texts[article, 0].index(surface)
        return Occurrence(article, 0, start, start + len(surface), surface)

    quoted = {"n:кварц": [occ("a", "Кварце")], "n:кварц арена": [occ("c", "Кварц Арены")]}
    bare = {"n:кварц": [occ("b", "Кварца")], "n:кварц арена": [occ("c", "Кварц Арены")]}
    key = lambda s: "n:" + s.lower().rstrip("аеы")  # noqa: E731
    assert quoted_short_pairs(quoted, texts, key, lambda k: k) == [("n:кварц", "n:кварц арена")]
    assert quoted_short_pairs(bare, texts, key, lambda k: k) == []  # not quoted: left alone
