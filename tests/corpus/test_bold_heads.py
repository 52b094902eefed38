"""A headline pasted in Markdown bold into a plain-text file ("**Headline**") is the title,
without its markers; a bold lead sentence, a bold word inside a line and unbalanced markers
are left as they are (a .txt file is never parsed as Markdown). Text written for the test."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.fixtures import read_file, write_article

from briefing.model import Article

BODY = (
    "Varnok, 4 mar. (Agency) - The former minister was sentenced on Tuesday to three years "
    "in prison for fraud, the court said."
)


def _read(tmp_path: Path, text: str) -> Article:
    article = read_file(write_article(tmp_path, "story.txt", text))
    assert isinstance(article, Article)
    return article


@pytest.mark.parametrize(
    "head",
    [
        " date 2031-03-04 **Ruritania: ex-minister sentenced to 3 years, must go to prison**",
        "**Ruritania: ex-minister sentenced to 3 years, must go to prison**",
        "__Ruritania: ex-minister sentenced to 3 years, must go to prison__",
    ],
)
def test_a_bold_headline_is_the_title_without_its_markers(tmp_path: Path, head: str) -> None:
    article = _read(tmp_path, f"{head}\n{BODY}\n")
    assert article.title == "Ruritania: ex-minister sentenced to 3 years, must go to prison"


@pytest.mark.parametrize(
    "head",
    [
        # a bold lead sentence is prose, not a headline
        "**The former minister was sentenced on Tuesday to three years in prison, the court "
        "said after a trial that lasted four months.**",
        # bold inside a line, and markers that do not pair
        "Ruritania: **ex-minister** sentenced to 3 years",
        "**Ruritania: ex-minister sentenced to 3 years",
    ],
)
def test_other_bold_text_keeps_its_markers(tmp_path: Path, head: str) -> None:
    article = _read(tmp_path, f"{head}\n\n{BODY}\n")
    first = article.paragraphs[0]
    assert first.text.startswith(head[:10])  # the markers stay in the text
    assert article.title is None or "**" in article.title  # not unwrapped
