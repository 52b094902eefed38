"""read_article(): file facts, skips with reasons, and no exception for bad input."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from support.fixtures import read_file, write_article

from briefing.corpus import FoundFile, discover, read_article, sanitize
from briefing.corpus.paragraphs import MAX_LINES, MAX_PARAGRAPH, MAX_PARAGRAPHS
from briefing.model import Article, Skipped

TEXT = "Headline of the story\r\n\r\nFirst paragraph of the story.\r\n\r\nSecond one.\r\n"


def test_article_records_hash_size_mtime_format_and_id(tmp_path: Path) -> None:
    path = write_article(tmp_path, "sub/story.txt", TEXT)
    os.utime(path, ns=(1_700_000_000_000_000_000, 1_700_000_000_000_000_042))
    (found,) = discover([tmp_path]).files
    article = read_article(found)
    assert isinstance(article, Article)
    assert article.id == "sub/story" and article.path == path
    assert article.content_hash == hashlib.sha256(TEXT.encode()).hexdigest()
    assert article.size == len(TEXT.encode())
    assert article.mtime_ns == 1_700_000_000_000_000_042
    assert article.format == "txt"
    assert [p.text for p in article.paragraphs] == [
        "Headline of the story",
        "First paragraph of the story.",
        "Second one.",
    ]


def test_empty_and_whitespace_files_are_skipped(tmp_path: Path) -> None:
    empty = read_file(write_article(tmp_path, "empty.md", b""))
    blank = read_file(write_article(tmp_path, "blank.txt", " \r\n\t\n\u00a0\n\u200b\n"))
    assert isinstance(empty, Skipped) and empty.reason == "empty file"
    assert isinstance(blank, Skipped) and blank.reason == "empty file (only whitespace)"


def test_binary_with_text_extension_is_skipped(tmp_path: Path) -> None:
    png = read_file(write_article(tmp_path, "photo.txt", b"\x89PNG\r\n\x1a\n" + bytes(200)))
    assert isinstance(png, Skipped) and png.reason == "binary file (PNG image)"


def test_truncation_keeps_a_notice(tmp_path: Path) -> None:
    path = write_article(tmp_path, "long.txt", "Title Of The Story\n\n" + "word " * 10_000)
    (found,) = discover([path]).files
    article = read_article(found, limit=1000)
    assert isinstance(article, Article)
    assert article.notices == ("truncated: only the first 1000 bytes of 48 KB read",)
    assert article.size == path.stat().st_size


def test_html_page_saved_as_txt_is_read_as_html(tmp_path: Path) -> None:
    page = "<!DOCTYPE html><html><body><h1>Saved Page Title</h1><p>Body text.</p></body></html>"
    article = read_file(write_article(tmp_path, "saved.txt", page))
    assert isinstance(article, Article)
    assert [p.text for p in article.paragraphs] == ["Saved Page Title", "Body text."]
    assert article.notices == ("the .txt file holds an HTML page; read as HTML",)
    assert article.format == "txt"


def test_file_replaced_by_a_fifo_after_discovery_is_skipped(tmp_path: Path) -> None:
    path = write_article(tmp_path, "story.txt", TEXT)
    (found,) = discover([path]).files
    path.unlink()
    os.mkfifo(path)
    result = read_article(found)  # must not block
    assert isinstance(result, Skipped)
    assert result.reason == "not a regular file (device, FIFO or socket)"


def test_file_removed_after_discovery_is_skipped(tmp_path: Path) -> None:
    path = write_article(tmp_path, "story.txt", TEXT)
    (found,) = discover([path]).files
    path.unlink()
    result = read_article(found)
    assert isinstance(result, Skipped)
    assert result.reason == "file disappeared before it could be read"


@pytest.mark.needs_non_root
def test_unreadable_file(tmp_path: Path) -> None:
    """A chmod 000 file is a clear skip (root would read it: .ci/run runs this as a user)."""
    path = write_article(tmp_path, "locked.txt", TEXT)
    path.chmod(0)
    assert not os.access(path, os.R_OK)
    result = read_file(path)
    assert isinstance(result, Skipped) and result.reason.startswith("permission denied")


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.binary(max_size=3000), fmt=st.sampled_from(["txt", "md", "html"]))
def test_never_raises_on_arbitrary_bytes(tmp_path: Path, data: bytes, fmt: str) -> None:
    path = tmp_path / f"fuzz.{fmt}"
    path.write_bytes(data)
    found = FoundFile(path=path, id="fuzz", format=fmt, size=len(data), mtime_ns=0)  # type: ignore[arg-type]
    result = read_article(found)
    assert isinstance(result, Article | Skipped)
    # The reader's last-resort catch must never be what handled it: that would be a bug.
    assert not (isinstance(result, Skipped) and result.reason.startswith("could not be parsed"))


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=st.text(max_size=2000), fmt=st.sampled_from(["txt", "md", "html"]))
def test_arbitrary_text_keeps_its_words(tmp_path: Path, text: str, fmt: str) -> None:
    path = tmp_path / f"fuzz.{fmt}"
    path.write_text(text, encoding="utf-8")
    result = read_file(path)
    assert isinstance(result, Article | Skipped)
    assert not (isinstance(result, Skipped) and result.reason.startswith("could not be parsed"))
    if isinstance(result, Article):
        assert result.paragraphs and all(p.text for p in result.paragraphs)
        if fmt == "txt":  # plain text loses no character except whitespace and controls
            assert "".join(result.text.split()) == "".join(sanitize(text).split())


def test_importing_the_corpus_does_not_load_textual() -> None:
    code = "import sys, briefing.corpus; print('textual' in sys.modules, 'rich' in sys.modules)"
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert out.stdout.split() == ["False", "False"]


def test_a_million_short_lines_become_running_text_with_a_notice(tmp_path: Path) -> None:
    lines = [f"w{i}" for i in range(MAX_LINES + 10)]
    article = read_file(write_article(tmp_path, "lines.txt", "\n".join(lines)))
    assert isinstance(article, Article)
    assert article.notices == (f"more than {MAX_LINES:,} lines: read as running text",)
    assert article.text.split() == lines  # every word kept, in order
    assert all(len(p.text) <= MAX_PARAGRAPH for p in article.paragraphs)


def test_paragraph_overflow_is_joined_not_dropped(tmp_path: Path) -> None:
    words = [f"p{i}" for i in range(MAX_PARAGRAPHS + 50)]
    article = read_file(write_article(tmp_path, "many.txt", "\n\n".join(words)))
    assert isinstance(article, Article)
    assert len(article.paragraphs) == MAX_PARAGRAPHS
    assert article.paragraphs[-1].text == " ".join(words[MAX_PARAGRAPHS - 1 :])
    assert article.text.split() == words
    assert article.notices == (
        f"{MAX_PARAGRAPHS + 50:,} paragraphs: those after the first {MAX_PARAGRAPHS - 1:,} "
        "were joined into long ones",
    )
