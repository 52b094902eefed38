"""One person in English and in the Russian, Ukrainian and Bulgarian spellings by ear of his
name (a hard "c" written "к", "a" written "э", "е" or "а") is one topic, and his surname alone
goes to him; two people who share the surname stay two (invented names and sentences)."""

from __future__ import annotations

from topics.helpers import article, by_name

from briefing.topics import extract_topics


def _articles(*more: tuple[str, str]) -> list:
    return [
        article("en1", "Daniel Camberton said on Monday that the harbour of Velra would close."),
        article("en2", "Later, Daniel Camberton met the mayor. Camberton left at noon."),
        article("ru1", "Дэниел Кэмбертон заявил в понедельник, что порт Велры закроют."),
        article("bg1", "Даниел Камбъртън заяви в понеделник, че пристанището ще бъде затворено."),
        *(article(ident, text) for ident, text in more),
    ]


def test_cyrillic_spellings_and_the_bare_surname_join_the_full_name() -> None:
    topics = extract_topics(_articles())
    person = by_name(topics, "Daniel Camberton")
    assert {"Дэниел Кэмбертон", "Даниел Камбъртън", "Camberton"} <= set(person.aliases)
    assert not [t for t in topics if t is not person and "Дэниел Кэмбертон" in t.aliases]


def test_a_namesake_with_another_given_name_stays_apart() -> None:
    topics = extract_topics(
        _articles(("ru2", "Эдит Кэмбертон, сестра политика, отказалась от комментариев."))
    )
    daniel = by_name(topics, "Daniel Camberton")
    assert "Эдит Кэмбертон" not in daniel.aliases
