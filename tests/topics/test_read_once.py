"""The main event's readings of the leads read a repeated sentence or line once (issue 15),
and what they find is what reading every copy finds. Every text here is written for the test.
"""

from __future__ import annotations

from briefing.topics.event_appositive import described
from briefing.topics.event_target import done_to


def test_a_sentence_written_again_counts_at_every_copy() -> None:
    target = "Gunmen tried to assassinate Ama Okafor on Monday."
    doers = "Okafor assassinated Bello in 1999. Later Okafor assassinated Idris too."
    act = ["assassination", "attempt"]
    # Three copies of the target's sentence outweigh the two doer's sentences ...
    assert done_to([target, target, target, doers], act, "Ama Okafor")
    # ... one does not.
    assert not done_to([target, doers], act, "Ama Okafor")


def test_described_finds_the_same_in_one_copy_or_many() -> None:
    texts = [
        "Velmoran figure skater Ana Ruiz won the final.\nThe ban on Ana Ruiz was lifted.",
        "Coach Pablo Ortiz praised Ana Ruiz.",
    ]
    once = described(texts, ["Ana Ruiz", "Ruiz"], {"the", "a", "by", "on"})
    assert "skater" in once
    assert (
        described([*texts, *texts, texts[0]], ["Ana Ruiz", "Ruiz"], {"the", "a", "by", "on"})
        == once
    )
