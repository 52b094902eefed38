"""split_paragraphs(): blank-line blocks, line-per-paragraph files, hard wraps, bounded size."""

from __future__ import annotations

import textwrap

from briefing.corpus.paragraphs import MAX_PARAGRAPH, split_long, split_paragraphs

PROSE = (
    "Russian President Vladimir Putin began a state visit on Wednesday in Tajikistan, a "
    "three-day trip that includes a series of meetings with leaders of other nations that once "
    "were part of the Soviet Union. Trade and other ties with Central Asia are increasingly "
    "important for Russia amid sweeping Western sanctions."
)


def texts(text: str) -> list[str]:
    return [p.text for p in split_paragraphs(text)]


def test_blank_lines_separate_paragraphs_and_whitespace_collapses() -> None:
    assert texts("  First   one.\n\n\n Second\u00a0 one. \n\n") == ["First one.", "Second one."]


def test_without_blank_lines_each_line_is_a_paragraph() -> None:
    lines = [PROSE, "A short headline", PROSE.replace("Putin", "Rahmon")]
    assert texts("\n".join(lines)) == lines


def test_hard_wrapped_prose_is_rejoined() -> None:
    first = textwrap.fill(PROSE, width=72)
    second = textwrap.fill(PROSE.replace("Putin", "Rahmon"), width=72)
    assert first.count("\n") >= 3
    assert texts(f"{first}\n\n{second}\n") == [PROSE, PROSE.replace("Putin", "Rahmon")]


def test_hard_wrapped_paragraphs_without_blank_lines_split_at_short_last_lines() -> None:
    """A short last line leaves room for the next word, so the next line starts a paragraph."""
    other = "Officials said the talks were constructive and that agreements were signed."
    text = textwrap.fill(PROSE, width=60) + "\n" + textwrap.fill(other, width=60)
    assert texts(text) == [PROSE, other]


def test_short_lines_in_a_wrapped_document_stay_separate() -> None:
    body = textwrap.fill(PROSE, width=70)
    text = f"Putin visits Dushanbe\nBy Jane Doe\nOctober 9, 2025\n\n{body}"
    assert texts(text) == ["Putin visits Dushanbe", "By Jane Doe", "October 9, 2025", PROSE]


def test_list_items_are_not_joined() -> None:
    body = textwrap.fill(PROSE, width=70)
    text = f"{body}\n- first point that is fairly long\n- second point"
    assert texts(text)[1:] == ["- first point that is fairly long", "- second point"]


def test_hyphen_at_a_wrap_joins_without_a_space() -> None:
    text = (
        "The talks between the two delegations covered the Russia-\n"
        "Tajikistan border and other matters of regional security and\n"
        "economic cooperation over the next decade, officials in the\n"
        "capital said on Thursday after a long day of closed meetings\n"
        "in the presidential palace.\n"
    )
    assert texts(text) == [
        "The talks between the two delegations covered the Russia-Tajikistan border and other "
        "matters of regional security and economic cooperation over the next decade, officials "
        "in the capital said on Thursday after a long day of closed meetings in the "
        "presidential palace."
    ]


def test_lines_in_one_block_remember_their_block() -> None:
    paragraphs = split_paragraphs("\nHeadline here\nA dek sentence.\n\nBody one.\n\nBody two.")
    assert [p.block for p in paragraphs] == [0, 0, 1, 2]


def test_every_word_is_kept() -> None:
    text = "Title\n\n" + textwrap.fill(PROSE, 50) + "\n\nq\n" + PROSE
    assert " ".join(texts(text)).split() == text.split()


def test_overlong_paragraph_is_split_at_sentence_ends() -> None:
    sentence = "This is one sentence of a very long single-line file. "
    line = sentence * 2000  # ~108,000 characters on one line
    pieces = texts(line)
    assert len(pieces) > 5
    assert all(len(p) <= MAX_PARAGRAPH for p in pieces)
    assert all(p.endswith("file.") for p in pieces)
    assert " ".join(pieces) == line.strip()


def test_overlong_text_without_sentences_splits_at_spaces_then_hard() -> None:
    words = "word " * 10_000
    assert all(len(p) <= 1000 and not p.startswith(" ") for p in split_long(words.strip(), 1000))
    blob = "x" * 2500
    assert split_long(blob, 1000) == ["x" * 1000, "x" * 1000, "x" * 500]
