"""Markdown: front matter wins, broken front matter is kept and noted, syntax is stripped."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from support.fixtures import read_file, write_article

from briefing.corpus.markdown import MD_PARSE_LIMIT
from briefing.model import Article

BODY = "Ministers met in Dushanbe to discuss water, trade and the border."


def read(tmp_path: Path, text: str, name: str = "story.md") -> Article:
    article = read_file(write_article(tmp_path, name, text))
    assert isinstance(article, Article), article
    return article


def test_front_matter_fields_win_with_front_matter_provenance(tmp_path: Path) -> None:
    article = read(
        tmp_path,
        "---\ntitle: Declared Title\nsource: Asia-Plus\ndate: 2025-10-09\n"
        "url: https://asiaplus.tj/x\nauthors: [Jane Doe, John Roe]\nlang: Russian\n---\n\n"
        f"# A Different Heading\n\n{BODY}\n\nSOURCE: Somebody Else\n",
    )
    assert article.format == "md"
    assert article.title == "Declared Title"
    assert article.source == "Asia-Plus"
    assert article.date == dt.date(2025, 10, 9)
    assert article.url == "https://asiaplus.tj/x"
    assert article.author == "Jane Doe, John Roe"
    assert article.language == "ru"
    assert {k: article.provenance[k] for k in ("title", "source", "date", "url", "author")} == (
        dict.fromkeys(("title", "source", "date", "url", "author"), "front-matter")
    )
    assert "title:" not in article.text  # valid front matter is metadata, not text


def test_declared_languages_are_normalised_to_two_letters(tmp_path: Path) -> None:
    for i, (declared, code) in enumerate(
        [("ru-RU", "ru"), ("en_GB", "en"), ("deu", "de"), ("French", "fr"), ("Klingonese", None)]
    ):
        article = read(tmp_path, f"---\nlanguage: {declared}\n---\n{BODY}\n", name=f"{i}.md")
        if code is None:  # not a language: the text decides
            assert (article.language, article.provenance["language"]) == ("en", "heuristic")
        else:
            assert (article.language, article.provenance["language"]) == (code, "front-matter")


def test_front_matter_date_as_text_and_missing_fields_fall_back(tmp_path: Path) -> None:
    article = read(
        tmp_path, f"---\ndate: 'Oct. 8, 2025'\ntags: [a, b]\n---\n# The Heading\n\n{BODY}\n"
    )
    assert article.date == dt.date(2025, 10, 8)
    assert article.title == "The Heading"
    assert article.provenance["title"] == "heuristic"
    assert article.paragraphs[0].kind == "title"


def test_broken_front_matter_is_kept_as_meta_and_noted(tmp_path: Path) -> None:
    article = read(
        tmp_path, f"---\ntitle: [unclosed\ndate: 2025-10-09\n---\n\n# Real Heading\n\n{BODY}\n"
    )
    assert article.title == "Real Heading"
    assert article.provenance["title"] == "heuristic"
    # The kept block is an ordinary top-of-article date line to the heuristics.
    assert article.date == dt.date(2025, 10, 9)
    assert article.provenance["date"] == "heuristic"
    assert len(article.notices) == 1
    assert article.notices[0].startswith("front matter is broken (")
    first = article.paragraphs[0]
    assert first.kind == "meta" and first.foldable
    assert first.text == "title: [unclosed date: 2025-10-09"


def test_front_matter_that_is_not_a_mapping_is_broken(tmp_path: Path) -> None:
    article = read(tmp_path, f"---\n- just\n- a list\n---\n\n{BODY}\n")
    assert "expected key: value pairs" in article.notices[0]
    assert article.paragraphs[0].kind == "meta"


def test_unclosed_front_matter_is_ordinary_text(tmp_path: Path) -> None:
    article = read(tmp_path, f"---\ntitle: x\n\n{BODY}\n")
    assert article.notices == ()
    assert BODY in article.text


def test_markdown_syntax_is_stripped_to_plain_text(tmp_path: Path) -> None:
    article = read(
        tmp_path,
        "# Putin *visits* Dushanbe\n\n"
        "The **talks** covered [the border](https://example.com/border) and `trade`.\n\n"
        "## Background\n\n> A quoted line.\n\n- first item\n- second item\n\n"
        "![Leaders shaking hands](photo.jpg)\n\n"
        "| Country | Trade |\n|---|---|\n| Tajikistan | 17% |\n\n"
        "Literal [bold red]markup[/] and $accent stay.\n",
    )
    texts = [p.text for p in article.paragraphs]
    assert texts == [
        "Putin visits Dushanbe",
        "The talks covered the border and trade.",
        "Background",
        "A quoted line.",
        "first item",
        "second item",
        "Leaders shaking hands",
        "Country | Trade",
        "Tajikistan | 17%",
        "Literal [bold red]markup[/] and $accent stay.",
    ]
    assert article.title == "Putin visits Dushanbe"
    assert "https://example.com" not in article.text


def test_entities_that_decode_to_escapes_are_sanitised(tmp_path: Path) -> None:
    article = read(tmp_path, f"# Title Of Story\n\n{BODY} &#x1b;[2J&#x1b;]0;PWNED&#7; end\n")
    # CommonMark turns control-character references into U+FFFD; none reaches the text.
    assert "\x1b" not in article.text and "\x07" not in article.text
    assert article.paragraphs[1].text.endswith("border. \ufffd[2J\ufffd]0;PWNED\ufffd end")


def test_entities_that_decode_to_bidi_or_zero_width_are_removed(tmp_path: Path) -> None:
    article = read(tmp_path, "# Title Of Story\n\nad&#x202e;gnp.exe and Pu&#8203;tin&#x2066;.\n")
    assert article.paragraphs[1].text == "adgnp.exe and Putin."


def test_markdown_without_blank_lines_keeps_one_paragraph_per_line(tmp_path: Path) -> None:
    lines = [BODY * 3, BODY.replace("water", "energy") * 3, BODY.replace("trade", "visas") * 3]
    article = read(tmp_path, "\n".join(lines) + "\n")
    assert [p.text for p in article.paragraphs] == lines


def test_large_markdown_is_stripped_line_by_line_with_a_notice(tmp_path: Path) -> None:
    para = "Talks covered *water* and [the border](https://e.x/b) and `trade`, snake_case kept."
    body = "\n\n".join([para] * (MD_PARSE_LIMIT // len(para) + 10))
    article = read(tmp_path, f"# Big Story\n\n> Quoted lead.\n\n1. item one\n\n{body}\n")
    assert article.notices[0].startswith("large Markdown file (")
    assert article.title == "Big Story" and article.paragraphs[0].kind == "title"
    texts = [p.text for p in article.paragraphs]
    assert texts[1:3] == ["Quoted lead.", "item one"]
    assert texts[3] == "Talks covered water and the border and trade, snake_case kept."


def test_text_the_parser_drops_is_recovered_by_the_line_stripper(tmp_path: Path) -> None:
    article = read(tmp_path, "> " * 200 + "deeply quoted words survive\n")
    assert article.notices == ("Markdown too deeply nested to parse; syntax stripped line by line",)
    assert article.paragraphs[-1].text == "deeply quoted words survive"


def test_pathological_brackets_and_links_are_kept_as_text(tmp_path: Path) -> None:
    article = read(tmp_path, "[" * 100_000 + "\n\n" + "[a](" * 30_000 + "\n")
    assert "".join(p.text for p in article.paragraphs).count("[") == 130_000
