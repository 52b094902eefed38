"""A line that is only a byline and a stamp (and a dateline city) is page furniture, never the
story's lead (briefing.corpus.byline_stamp); a lead, a byline run into a sentence and a
sentence quoting a date stay body. Lines written for the test."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.languages import read

from briefing.corpus.byline_stamp import is_byline_stamp


@pytest.mark.parametrize(
    "line",
    [
        "By The Example Wire Mar. 3, 2031 | 10:47 AM | LYON",  # no separator after the name
        "By Jane Roe March 3, 2031",
        "Mar. 3, 2031 | 10:47 AM | By Jane Roe",  # the stamp first
        "LYON · By Jane Roe · 3 March 2031, 17:41 CET",  # the city first
        "By Jane Roe — Published March 3, 2031 10:47 a.m. EDT",  # a label before the date
        "By Jane Roe / March 3, 2031 / Lyon",
        "Von dpa 3. März 2031, 16:48 Uhr",  # a wire signing in German
        "Por AFP 3 mar. 2031 - 10:47",  # and in Spanish
        "Von dpa 03.03.2031, 16:48",  # a numeric date, which begins like a time
        "Автор: Иван Петров 3 марта 2031, 10:47",  # an author label in Russian
    ],
)
def test_a_byline_and_a_stamp_alone_are_one_line_of_furniture(line: str) -> None:
    assert is_byline_stamp(line)


@pytest.mark.parametrize(
    "line",
    [
        # a dateline opening the lead, which goes on as a sentence
        "LYON, March 3 (AP) — A tram line reopened on Monday after two weeks of repairs.",
        "LYON, March 3, 2031 (AP) — A tram line reopened after repairs",
        # a byline followed by a sentence
        "By Jane Roe The tram line reopened on March 3, 2031 after repairs.",
        "By Jane Roe, who rode the first tram on March 3, 2031",
        # a sentence quoting a date
        "On March 3, 2031 the tram line reopened by the river.",
        "By 10:47 AM the trams were running again",
        "By March 3, 2031, the line had reopened",
        # a stamp with no byline, a byline with no stamp: other rules' business
        "Mar. 3, 2031 | 10:47 AM | LYON",
        "By Jane Roe | Staff Writer",
        # a piece that is no city, no byline, no zone
        "By Jane Roe March 3, 2031 | Tram line reopens",
    ],
)
def test_a_sentence_or_a_lead_is_no_such_line(line: str) -> None:
    assert not is_byline_stamp(line)


def test_the_lead_after_the_header_line_is_the_first_body_paragraph(tmp_path: Path) -> None:
    lead = (
        "A tram line reopened in the city on Monday after two weeks of repairs, and commuters "
        "crowded the first cars as the bells rang along the river."
    )
    text = "\n\n".join(
        [
            "Tram line reopens after two weeks of repairs",
            "By The Example Wire",
            "Mar. 3, 2031 | LYON",
            "By The Example Wire Mar. 3, 2031 | 10:47 AM | LYON",
            lead,
            "The city said the repairs had cost less than planned and finished early.",
        ]
    )
    article = read(tmp_path, text)
    kinds = [p.kind for p in article.paragraphs]
    assert kinds[3] == "meta"
    first_body = next(p.text for p in article.paragraphs if p.kind == "body")
    assert first_body == lead
