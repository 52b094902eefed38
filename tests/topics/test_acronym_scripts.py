"""An acronym written in Cyrillic letters is the Latin acronym with the same letters.

Every text here is written for the test (invented bodies and events).
"""

from __future__ import annotations

from dataclasses import replace

from topics.helpers import article, holding

from briefing.model import Article
from briefing.topics import extract_topics
from briefing.topics.naming import acronym_key, name_key


def _in(language: str, n: int, *paragraphs: str) -> Article:
    return replace(article(f"{n:03d}", *paragraphs), language=language)


def test_cyrillic_and_latin_acronyms_with_the_same_letters_share_a_key() -> None:
    assert name_key("ФСБ") == name_key("FSB") == "n:fsb"
    assert acronym_key("ТВК") == acronym_key("TVK")
    # A Cyrillic З stands for the digit 3 it looks like ("ТАЗ" for a channel "TA3").
    assert name_key("ТАЗ") == name_key("TA3")
    # Different letters stay apart: "СК" is "SK", not "SC"; a translated acronym is no
    # spelling ("ОБСЕ" is OSCE in Russian word order).
    assert name_key("СК") != name_key("SC")
    assert name_key("ОБСЕ") != name_key("OSCE")
    # A word of several letters in lower case is no acronym: keyed as before.
    assert name_key("Зорин") != name_key("Zorin")


def test_one_body_written_in_two_scripts_is_one_topic() -> None:
    english = [
        _in("en", n, "Officers of the GKV detained two men in Velmora, the GKV said on Monday.")
        for n in range(3)
    ]
    russian = [
        _in("ru", n, "Сотрудники ГКВ задержали двух мужчин в Вельморе, сообщила ГКВ в понедельник.")
        for n in range(3, 6)
    ]
    topics = extract_topics(english + russian)
    held = {t.id for t in holding(topics, "GKV")} | {t.id for t in holding(topics, "ГКВ")}
    assert len(held) == 1
