"""A theme's uses in a sentence an earlier article wrote word for word are that article's.

Every text here is written for the test (invented places, ships and people).
"""

from __future__ import annotations

from topics.helpers import article, holding

from briefing.topics import extract_topics
from briefing.topics.candidates import Occurrence
from briefing.topics.copied_passages import copied_twins, tokens

_CAPTION = (
    "This picture shows the freighter Orvel Star, a grain hauler that drifted onto the "
    "sandbank off the northern coast of Tessaly last week."
)


def _use(article_id: str, text: str, phrase: str, paragraph: int = 0) -> Occurrence:
    start = text.index(phrase)
    return Occurrence(article_id, paragraph, start, start + len(phrase), phrase)


def _twins(*written: tuple[str, str, str]) -> list[tuple[str, str]]:
    """(article, surface) of the twins among uses of ``phrase`` in (article, text, phrase),
    one paragraph each, the articles in the order given."""
    texts = {(a, n): text for n, (a, text, _p) in enumerate(written)}
    uses = [_use(a, text, p, n) for n, (a, text, p) in enumerate(written)]
    found = copied_twins(texts, uses, [a for a, _t, _p in written])
    return [(o.article, o.surface) for o in uses if o in found]


def test_a_use_in_a_run_an_earlier_article_wrote_is_a_twin() -> None:
    # An edited copy: another opening clause, the same words from the phrase on.
    edited = (
        "Tug crews photographed the wreck on Sunday after the freighter Orvel Star, a grain "
        "hauler that drifted onto the sandbank off the northern coast of Tessaly last week."
    )
    assert _twins(("a1", _CAPTION, "grain hauler"), ("a2", edited, "grain hauler")) == [
        ("a2", "grain hauler")
    ]
    # Punctuation, case and spacing aside: other marks, the same words.
    other = _CAPTION.replace(",", " —").upper()
    assert _twins(("a1", _CAPTION, "grain hauler"), ("a2", other, "GRAIN HAULER")) == [
        ("a2", "GRAIN HAULER")
    ]
    # The first article in the packet's order keeps its use, whichever is read first.
    assert _twins(("a0", other, "GRAIN HAULER"), ("a1", _CAPTION, "grain hauler")) == [
        ("a1", "grain hauler")
    ]


def test_no_twin_for_a_quoted_statement_a_short_formula_or_an_own_sentence() -> None:
    quote = (
        "“Our island does not have the tugs and the crews to pull a grain hauler off a "
        "sandbank,” the governor said."
    )
    assert _twins(("a1", quote, "grain hauler"), ("a2", quote, "grain hauler")) == []
    short = "The grain hauler drifted onto the sandbank on Friday."
    assert _twins(("a1", short, "grain hauler"), ("a2", short, "grain hauler")) == []
    own = "Divers said the grain hauler had lost most of its cargo of wheat overnight in the storm."
    assert _twins(("a1", _CAPTION, "grain hauler"), ("a2", own, "grain hauler")) == []
    # One article writing its own sentence twice has no twin.
    assert _twins(("a1", _CAPTION, "grain hauler"), ("a1", _CAPTION, "grain hauler")) == []


def test_a_script_without_spaces_weighs_half_a_word_a_character() -> None:
    long = "据报道，奥尔维尔之星号货轮上周在泰萨利北部海岸外的沙洲搁浅，船上装载着大量小麦。"
    other = "当局称，奥尔维尔之星号货轮上周在泰萨利北部海岸外的沙洲搁浅，船上装载着大量小麦。"
    assert _twins(("a1", long, "货轮"), ("a2", other, "货轮")) == [("a2", "货轮")]
    short = "货轮在沙洲搁浅，船员安全。"  # twelve characters: six words, too short to be a copy
    assert _twins(("a1", short, "货轮"), ("a2", short, "货轮")) == []


def test_a_theme_only_copies_write_is_one_articles_and_no_topic() -> None:
    story = "Crews worked through the night near Tessaly harbour."
    # The same caption on two sites: "grain hauler" is written once, by one writer.
    copies = [article("a1", story, _CAPTION), article("a2", _CAPTION, "Tessaly mourns.")]
    assert holding(extract_topics(copies), "grain hauler") == []
    # A third site writing it in a sentence of its own makes it a theme of two writers.
    own = "Tessaly's harbour master said the grain hauler was leaking diesel into the bay."
    with_own = [*copies, article("a3", own)]
    (topic,) = holding(extract_topics(with_own), "grain hauler")
    assert {m.article_id for m in topic.mentions} == {"a1", "a2", "a3"}  # every use is listed


def test_two_articles_writing_one_short_formula_still_make_a_theme() -> None:
    # Themes only ever quoted are no topics anyway; the look-alike that reaches the ranking
    # is a short formula two writers put the same way (a copy's quotation is tested above).
    formula = "The grain hauler ran onto the sandbank near Tessaly on Friday."
    both = [article("a1", formula, "Talks went on."), article("a2", "Boats waited.", formula)]
    (topic,) = holding(extract_topics(both), "grain hauler")
    assert {m.article_id for m in topic.mentions} == {"a1", "a2"}


def test_a_word_weighs_one_and_a_character_without_spaces_half_in_any_paragraph() -> None:
    latin = tokens("The grain hauler drifted off Tessaly.")
    assert latin.weights == [1.0] * 6 and latin.words[0] == "the"
    # one character of an unspaced script in a Latin paragraph weighs half, the words one
    mixed = tokens("Crew of the 奥 boat")
    assert mixed.words == ["crew", "of", "the", "奥", "boat"]
    assert mixed.weights == [1.0, 1.0, 1.0, 0.5, 1.0]
    quoted = tokens("She said “we stay” then left")
    assert quoted.words == ["she", "said", None, None, "then", "left"]
    assert quoted.weights == [1.0, 1.0, 0.0, 0.0, 1.0, 1.0]
