"""The hostile folder end to end: every file gets its expected outcome, every protection holds.

Each protection has a test here that fails if it is removed from the reader (escape stripping,
control removal, BiDi/zero-width removal, binary detection, truncation, paragraph splitting …).
"""

from __future__ import annotations

import hashlib
import os
import unicodedata
from pathlib import Path

import pytest
from support.hostile import (
    ARTICLE_TEXT,
    CYRILLIC_TEXT,
    MARKUP_TEXT,
    build_hostile_folder,
)

from briefing.corpus import discover, read_article, sanitize
from briefing.corpus.paragraphs import MAX_PARAGRAPH
from briefing.model import Article, Skipped

BIG = 300_000
LONG_LINE = 120_000
LIMIT = 100_000


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    dest = tmp_path_factory.mktemp("hostile")
    return dest, build_hostile_folder(dest, big_size=BIG, long_line_size=LONG_LINE)


@pytest.fixture(scope="module")
def outcomes(hostile: tuple[Path, dict[str, str]]) -> dict[str, Article | Skipped]:
    dest, _ = hostile
    found = discover([dest])
    results: dict[str, Article | Skipped] = {
        Path(s.path).relative_to(dest).as_posix(): s for s in found.skipped
    }  # skipped paths are sanitised for display: the hostile map's keys are compared the same way
    for f in found.files:
        results[f.path.relative_to(dest).as_posix()] = read_article(f, limit=LIMIT)
    return results


def article(outcomes: dict[str, Article | Skipped], name: str) -> Article:
    result = outcomes[name]
    assert isinstance(result, Article), result
    return result


def test_every_file_has_its_expected_outcome(
    hostile: tuple[Path, dict[str, str]], outcomes: dict[str, Article | Skipped]
) -> None:
    _, expected = hostile
    clean = {name: sanitize(name) if want != "article" else name for name, want in expected.items()}
    assert set(outcomes) == set(clean.values())  # nothing lost, hidden files not listed
    for name, want in expected.items():
        got = outcomes[clean[name]]
        if want == "article":
            assert isinstance(got, Article), (name, got)
        else:
            assert isinstance(got, Skipped), (name, got)
            assert want.removeprefix("skipped: ") in got.reason, (name, got.reason)


def test_no_article_contains_control_bidi_or_zero_width_characters(
    outcomes: dict[str, Article | Skipped],
) -> None:
    forbidden = set(
        "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200b\u200c\u200d\u2060\ufeff"
    )
    for name, result in outcomes.items():
        if isinstance(result, Article):
            for p in result.paragraphs:
                assert not any(unicodedata.category(c) == "Cc" for c in p.text), name
                assert not forbidden & set(p.text), name
                assert "\n" not in p.text, name
            for value in (result.title, result.source, result.author, result.url):
                assert value is None or not any(unicodedata.category(c) == "Cc" for c in value)


def test_ansi_payloads_are_removed_whole(outcomes: dict[str, Article | Skipped]) -> None:
    ansi = article(outcomes, "ansi.txt")
    text = ansi.text
    assert "PWNED" not in text and "PWNED" not in (ansi.title or "")
    assert "SGVsbG8gY2xpcGJvYXJk" not in text  # OSC 52 clipboard payload
    assert "evil.example" not in text and "click me" in text  # OSC 8 keeps only the label
    assert "[2J" not in text and "[31;1m" not in text and "544e" not in text
    assert ansi.title == "Summit Talks Conclude In Dushanbe"
    assert text.count("Leaders met in Dushanbe") == 7


def test_controls_are_removed_and_text_kept(outcomes: dict[str, Article | Skipped]) -> None:
    controls = article(outcomes, "controls.txt")
    assert controls.paragraphs[1].text == ARTICLE_TEXT


def test_bidi_and_zero_width_are_removed(outcomes: dict[str, Article | Skipped]) -> None:
    bidi = article(outcomes, "bidi.txt")
    assert bidi.paragraphs[1].text == ARTICLE_TEXT
    assert bidi.paragraphs[2].text == "adgnp.exe"


def test_markup_stays_literal(outcomes: dict[str, Article | Skipped]) -> None:
    markup = article(outcomes, "markup.txt")
    assert MARKUP_TEXT in [p.text for p in markup.paragraphs]
    assert markup.paragraphs[0].text == "[bold red]Summit Talks Conclude In Dushanbe[/]"


@pytest.mark.parametrize(
    ("name", "snippet", "notice"),
    [
        ("encodings/cp1251.txt", CYRILLIC_TEXT, "decoded as cp1251"),
        (
            "encodings/utf16-bom.txt",
            ARTICLE_TEXT + " Café.",
            "decoded as UTF-16 LE (byte-order mark)",
        ),
        ("encodings/utf16-be-bom.txt", CYRILLIC_TEXT, "decoded as UTF-16 BE (byte-order mark)"),
        ("encodings/utf32-bom.txt", ARTICLE_TEXT, "decoded as UTF-32 LE (byte-order mark)"),
        ("encodings/latin1.txt", "Señor Muñoz était présent.", "decoded as cp1252"),
        ("encodings/utf8-bom.txt", "Naïve café — Leaders", None),
        ("encodings/mixed-mojibake.txt", "Zürich — Leaders", "mostly UTF-8"),
    ],
)
def test_encodings_decode_correctly_with_notices(
    outcomes: dict[str, Article | Skipped], name: str, snippet: str, notice: str | None
) -> None:
    result = article(outcomes, name)
    assert snippet in result.text
    assert "\ufffd" not in result.text
    if notice is None:
        assert result.notices == ()
    else:
        assert result.notices and result.notices[0].startswith(notice)


def test_mixed_file_reads_stray_bytes_as_cp1252(outcomes: dict[str, Article | Skipped]) -> None:
    assert "rose 5 € and the café closed." in article(outcomes, "encodings/mixed-mojibake.txt").text


def test_cyrillic_files_are_russian(outcomes: dict[str, Article | Skipped]) -> None:
    assert article(outcomes, "encodings/cp1251.txt").language == "ru"
    assert article(outcomes, "encodings/utf16-be-bom.txt").language == "ru"


def test_big_file_is_truncated_with_a_notice_and_hashed_whole(
    hostile: tuple[Path, dict[str, str]], outcomes: dict[str, Article | Skipped]
) -> None:
    dest, _ = hostile
    big = article(outcomes, "big.txt")
    assert big.size == BIG == os.path.getsize(dest / "big.txt")
    assert "truncated" in big.notices[-1]
    assert len(big.text) <= LIMIT
    assert big.content_hash == hashlib.sha256((dest / "big.txt").read_bytes()).hexdigest()


def test_single_long_line_is_split_into_bounded_paragraphs(
    outcomes: dict[str, Article | Skipped],
) -> None:
    long_line = article(outcomes, "long-line.txt")
    assert len(long_line.paragraphs) >= LONG_LINE // MAX_PARAGRAPH
    assert all(len(p.text) <= MAX_PARAGRAPH for p in long_line.paragraphs)
    assert long_line.title == "Leaders met in Dushanbe on Thursday to discuss…"


def test_broken_front_matter_keeps_article_and_block(
    outcomes: dict[str, Article | Skipped],
) -> None:
    broken = article(outcomes, "broken-front-matter.md")
    assert broken.title == "Summit Talks Conclude In Dushanbe"
    assert broken.paragraphs[0].kind == "meta"
    assert "front matter is broken" in broken.notices[0]


def test_html_page_furniture_does_not_leak(outcomes: dict[str, Article | Skipped]) -> None:
    page = article(outcomes, "scripts.html")
    for leak in (
        "SCRIPT",
        "STYLE",
        "NAV",
        "COOKIE",
        "HEADER",
        "NOSCRIPT",
        "FORM",
        "IFRAME",
        "SVG",
        "ASIDE",
        "FOOTER",
    ):
        assert f"{leak}-LEAK" not in page.text
    assert page.title == "Summit Talks Conclude In Dushanbe"
    assert page.source == "Example News"
    assert "escaped</b> text here." in page.text  # entities decoded, &#x1b;[2J removed whole
    assert page.language == "en"


def test_skip_reasons_quoting_hostile_names_are_clean(
    outcomes: dict[str, Article | Skipped],
) -> None:
    evil = outcomes["evil."]  # the skipped path is sanitised too
    assert isinstance(evil, Skipped)
    assert evil.reason == "unsupported file type (.)"


def test_odd_names_and_deep_nesting_get_ids(outcomes: dict[str, Article | Skipped]) -> None:
    assert article(outcomes, "name with spaces.txt").id == "name with spaces"
    assert article(outcomes, "-leading-dash.txt").id == "-leading-dash"
    assert article(outcomes, "ctrl-\x1b[31m-\u202ename\x07.txt").id == "ctrl--name"
    assert article(outcomes, "Привет мир — ünïcødé.txt").id == "Привет мир — ünïcødé"
    deep = [k for k in outcomes if k.endswith("deep.txt")]
    assert len(deep) == 1 and deep[0].count("/") == 30
    assert article(outcomes, deep[0]).id == deep[0][: -len(".txt")]


@pytest.mark.needs_non_root
def test_an_unreadable_file_is_a_clear_skip(
    hostile: tuple[Path, dict[str, str]], outcomes: dict[str, Article | Skipped]
) -> None:
    """chmod 000 binds for a user (root would read it: .ci/run runs this as a user)."""
    dest, _ = hostile
    assert not os.access(dest / "unreadable.txt", os.R_OK)
    result = outcomes["unreadable.txt"]
    assert isinstance(result, Skipped) and result.reason.startswith("permission denied")
