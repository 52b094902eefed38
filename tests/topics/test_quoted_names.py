"""A run of capitalised words that fills a quotation and opens with no given name is a
thing's name (a venue, a firm, a ship), never a person's (made-up names and texts)."""

from __future__ import annotations

from dataclasses import replace

from topics.helpers import article

from briefing.model import Article
from briefing.topics.first_pass import read
from briefing.topics.quoted_names import quoted_thing, quoted_whole


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
