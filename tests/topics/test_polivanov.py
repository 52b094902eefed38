"""A Japanese name written in Russian by the Polivanov system meets its Hepburn spelling
(:func:`briefing.topics.romanise.polivanov`).

Made-up sentences: "Сигэру Есида" beside "Shigeru Yoshida" is one person; the look-alikes
stay apart — a Russian name (letters the system never writes), a namesake with another
given name, and a one-word name.
"""

from __future__ import annotations

from topics.helpers import article, holding

from briefing.topics import extract_topics
from briefing.topics.romanise import polivanov, scheme_keys


def test_polivanov_syllables_read_back_as_hepburn() -> None:
    assert polivanov("Есида") == polivanov("Ёсида")
    assert "p:shigeru ioshida" in scheme_keys("Сигэру Есида")  # the key of "Shigeru Yoshida"
    assert "p:shinzo abe" in scheme_keys("Синдзо Абэ")


def test_a_word_the_system_never_writes_has_no_reading() -> None:
    assert polivanov("Дульцева") is None and polivanov("Шойгу") is None
    assert polivanov("Yoshida") is None
    assert scheme_keys("Анна Дульцева") == {"p:ana dultsev", "p:ana dulcev"}
    assert not any("shi" in k for k in scheme_keys("Сигэру"))  # one word: no reading


_ARTICLES = [
    article(
        "en1",
        "Former prime minister Shigeru Yoshida was the last leader honoured with a state"
        " funeral before this one, officials in Tokyo said on Tuesday.",
        "Critics compared the ceremony with the one held for Shigeru Yoshida in 1967.",
    ),
    article(
        "en2",
        "The novelist Hideki Yoshida said the ceremony divided the country, and crowds"
        " gathered outside the hall in Tokyo to protest against the cost.",
    ),
    article(
        "ru1",
        "Последним государственные похороны в Японии получил бывший премьер-министр Сигэру"
        " Есида в 1967 году, напомнили в правительстве.",
    ),
    article(
        "ru2",
        "Как и на похоронах Сигэру Есида, на церемонию в Токио пригласили иностранных"
        " гостей, сообщили японские власти.",
    ),
]


def test_one_person_for_a_japanese_name_in_hepburn_and_in_polivanov() -> None:
    found = extract_topics(_ARTICLES)
    person = holding(found, "Shigeru Yoshida")
    assert len(person) == 1 and person[0].kind == "person"
    assert "Сигэру Есида" in person[0].aliases
    assert all("Hideki Yoshida" not in t.aliases for t in person)
