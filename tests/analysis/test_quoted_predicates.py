"""A count in a paragraph quoted in another language (analysis/figure_reading.py).

An English post quoted in a Spanish report is read for what befell the people it counts in
English: "120 people were dead" is a toll, never the same quantity as "81 people have
breathing problems" quoted in an Arabic report. Fixtures are written for these tests.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from analysis.builders import figure_flags, in_language

from briefing.model import Article, Paragraph


def _quoting(language: str, article_id: str, quoted: str, own: str, **dated: dt.date) -> Article:
    """An article in ``language`` with one paragraph of its own and one quoted in English."""
    built = in_language(language, article_id, own, quoted)
    paragraphs = (built.paragraphs[0], Paragraph(quoted, language="en"))
    return dataclasses.replace(built, paragraphs=paragraphs, **dated)


def test_a_quoted_toll_is_not_compared_with_a_quoted_count_of_the_ailing() -> None:
    dead = _quoting("es", "a", "Officials said at least 120 people were dead after the crush.",
                    "La policía cerró la calle.")  # fmt: skip
    ailing = _quoting("ar", "b", "The fire service said 81 people have breathing problems.",
                      "أغلقت الشرطة الشارع.")  # fmt: skip
    assert figure_flags(dead, ailing) == []


def test_a_quoted_toll_is_still_a_toll_of_its_report_day() -> None:
    # The look-alike that must still be flagged: two tolls of one report day, one quoted.
    day = dt.date(2031, 5, 3)
    quoted = _quoting("es", "a", "At least 30 people were killed in the crush.",
                      "La policía cerró la calle.", date=day)  # fmt: skip
    plain = dataclasses.replace(
        in_language("en", "b", "At least 45 people were killed in the crush."), date=day
    )
    flags = figure_flags(quoted, plain)
    assert len(flags) == 1


def test_a_paragraph_in_its_articles_language_reads_as_before() -> None:
    ailing = in_language("en", "a", "The fire service said 81 people have breathing problems.")
    other = in_language("en", "b", "The fire service said 60 people have breathing problems.")
    assert len(figure_flags(ailing, other)) == 1
