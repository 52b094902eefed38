"""A title modifier opening a sentence before an acronym is the person's, not the body's
("Former KVA inspector Dana Roe": the KVA). Every text is written for the test."""

from __future__ import annotations

from topics.helpers import article, holding

from briefing.topics import extract_topics


def _topics(*first: str) -> list[str]:
    articles = [
        article("a", *first),
        article("b", "The inquiry is led by the KVA, helped by Zentro."),
        article("c", "Rain fell over the harbour of Velmora all day."),
    ]
    return [t.name for t in extract_topics(articles)]


def test_an_opening_modifier_leaves_the_acronym_alone() -> None:
    names = _topics("Doctors were surprised. Former KVA inspector Dana Roe called it rare.")
    assert "KVA" in names and not any(n.startswith("Former") for n in names)
    articles = [
        article("a", "Crews worked all night. Acting KVA chief Dana Roe gave figures."),
        article("b", "The KVA said the count would rise."),
    ]
    topics = extract_topics(articles)
    kva = holding(topics, "KVA")
    assert len(kva) == 1 and len(kva[0].mentions) == 2


def test_the_modifier_stays_before_a_title_a_word_or_two_letters() -> None:
    # Before a title it opens the title, not a name: the person is found as before.
    names = _topics("Crowds gathered. Former President Dana Roe spoke at noon.")
    assert "Dana Roe" in names
    # Before a word it may open the body's own name.
    names = _topics("Roads closed. National Guard units moved in, the KVA said.")
    assert "National Guard" in names
    # Two letters: "State TV" gives no body "TV".
    names = _topics("Power failed. State TV showed the square, and the KVA spoke.")
    assert "TV" not in names
