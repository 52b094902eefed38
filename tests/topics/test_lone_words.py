"""Single words no name is written as: a Roman numeral alone, a common noun's vocative."""

from __future__ import annotations

from topics.helpers import article

from briefing.topics import extract_topics
from briefing.topics.lone_words import lone_word


def test_a_numeral_alone_and_a_vocative_are_no_names() -> None:
    assert lone_word(["XVII"])
    assert lone_word(["XIX", "IV"])
    assert lone_word(["Боже"])  # "«Боже, спаси …»": the vocative of "бог"
    assert lone_word(["Господи"])
    assert not lone_word([])
    assert not lone_word(["XVII", "Lorca"])
    assert not lone_word(["Генрих IV"])  # a numbered name is a name
    assert not lone_word(["Москва"])
    assert not lone_word(["Павла"])  # a person's name in the genitive, no vocative
    assert not lone_word(["MIT"])


def test_a_century_and_an_anthem_opening_are_no_topics() -> None:
    texts = [
        "Собор построили в XVII веке. Епископ произнёс слова «Боже, помоги нам», которые "
        "повторили все гости, сказал Павел Орлов.",
        "Храм был построен в XVII веке. Священник произнёс слова «Боже, помоги нам», которые "
        "повторили прихожане Павла Орлова.",
        "Собор XVII века в Твери сгорел ночью, сообщил Павел Орлов.",
    ]
    articles = [article(f"ru{n}", text) for n, text in enumerate(texts)]
    names = {t.name for t in extract_topics(articles)}
    assert "XVII" not in names and "Боже" not in names
    assert any("Орлов" in name for name in names)
