"""A word in capitals that opens a paragraph before a colon is a label, no name (own text):
"STORY:", "UPDATE:". Look-alikes: an acronym in the body, the same acronym as a label and in
the body, a dateline in capitals ("OSLO:")."""

from __future__ import annotations

from topics.helpers import article, holding

from briefing.topics import extract_topics
from briefing.topics.name_kinds import paragraph_label
from briefing.topics.tokens import Token


def _word(text: str, start: int, word: str) -> Token:
    return Token(word, start, start + len(word), start == 0, word.lower())


def test_a_label_opens_its_paragraph_and_a_colon_ends_it() -> None:
    assert paragraph_label("STORY: The bank fell.", _word("", 0, "STORY"))
    assert paragraph_label("  UPDATE: More soon.", _word("", 2, "UPDATE"))
    assert not paragraph_label("The STORY: a film.", _word("", 4, "STORY"))  # not first
    assert not paragraph_label("KVX said on Monday.", _word("", 0, "KVX"))  # no colon
    assert not paragraph_label("KVX, the regulator:", _word("", 0, "KVX"))


def test_in_a_packet_a_label_is_no_topic_and_names_stay() -> None:
    articles = [
        article("a", "STORY: The lender Valbrik agreed a deal with KVX on Sunday in Oslo."),
        article("b", "STORY: KVX said the lender Valbrik would be bought within a week."),
        article("c", "KVX: the regulator approved the deal, the KVX chairman said in Oslo."),
        article("d", "OSLO: Valbrik shares fell before KVX stepped in."),
    ]
    topics = extract_topics(articles)
    assert not holding(topics, "STORY")
    assert holding(topics, "KVX")
    oslo = holding(topics, "Oslo")
    assert oslo and oslo[0].kind == "place"
