"""One found file → one clean :class:`Article`, or a :class:`Skipped` saying why not.

Bounded work per file whatever it contains: at most :data:`READ_LIMIT` bytes are decoded (the
rest is only hashed, in chunks, so ``content_hash`` still identifies the whole file), and no
paragraph exceeds :data:`~briefing.corpus.paragraphs.MAX_PARAGRAPH` characters.

:func:`read_article` never raises for bad input. OS errors become a Skipped with a plain reason;
anything a parser raises on hostile content is caught here too and reported as "could not be
parsed", because one strange file must not stop a briefing of a thousand.

Note on permissions: the tests and CI run as root, for whom ``chmod 000`` files stay readable.
The reader does not second-guess the OS: what ``open()`` can read is read.
"""

from __future__ import annotations

import hashlib
import os
import re
import stat
from typing import Any

from briefing import errorlog
from briefing.corpus.classify import classify
from briefing.corpus.decode import binary_reason, decode
from briefing.corpus.discover import FoundFile
from briefing.corpus.framed import read_framed
from briefing.corpus.language import UNDETERMINED, with_languages
from briefing.corpus.paragraphs import MAX_LINES, RawParagraph, cap_paragraphs, split_paragraphs
from briefing.corpus.sanitize import sanitize
from briefing.model import Article, Provenance, Skipped

__all__ = ["READ_LIMIT", "read_article"]

#: Bytes decoded per file; larger files are truncated with a notice.
READ_LIMIT = 5 * 1024 * 1024
_CHUNK = 1024 * 1024
# A saved web page with the wrong extension: read it as the page it is, not as tag soup.
_HTML_START = re.compile(r"\s*(?:<!doctype html|<html[\s>])", re.IGNORECASE)


def read_article(found: FoundFile, *, limit: int = READ_LIMIT) -> Article | Skipped:
    """Read, decode, clean and classify one file (never raises for bad input)."""
    # For display only: file names are untrusted too (undecodable bytes → U+FFFD).
    where = sanitize(os.fsencode(found.path).decode("utf-8", errors="replace"))
    try:
        raw, size, mtime_ns, digest = _read_bounded(found, limit)
    except OSError as err:
        return Skipped(where, _os_reason(err))
    except _NotRegular:
        return Skipped(where, "not a regular file (device, FIFO or socket)")
    if size == 0:
        return Skipped(where, "empty file")
    reason = binary_reason(raw)
    if reason is not None:
        return Skipped(where, reason)
    truncated = size > limit
    try:
        return _build(found, raw, size, mtime_ns, digest, truncated)
    except _Empty as empty:
        return Skipped(where, str(empty))
    except Exception as err:  # a parser choking on hostile input must not stop the briefing
        errorlog.record(err, f"reading {where}")
        detail = " ".join(sanitize(str(err)).split())[:120]
        return Skipped(where, f"could not be parsed ({type(err).__name__}: {detail})")


class _NotRegular(Exception):
    """The path is no longer a regular file (replaced by a FIFO or device since discovery)."""


class _Empty(Exception):
    """The file has no readable text; the message is the user-facing reason."""


def _read_bounded(found: FoundFile, limit: int) -> tuple[bytes, int, int, str]:
    """(first ``limit`` bytes, size, mtime_ns, sha256 of the whole file)."""
    fd = os.open(found.path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise _NotRegular
        parts: list[bytes] = []
        wanted = limit
        while wanted > 0 and (chunk := os.read(fd, min(wanted, _CHUNK * 8))):
            parts.append(chunk)
            wanted -= len(chunk)
        raw = b"".join(parts)
        digest = hashlib.sha256(raw)
        size = len(raw)
        while chunk := os.read(fd, _CHUNK):
            digest.update(chunk)
            size += len(chunk)
    finally:
        os.close(fd)
    return raw, size, st.st_mtime_ns, digest.hexdigest()


def _build(
    found: FoundFile, raw: bytes, size: int, mtime_ns: int, digest: str, truncated: bool
) -> Article:
    """Decode and parse the bytes into an Article (raises _Empty when nothing is left)."""
    decoded = decode(raw, truncated=truncated, html=found.format == "html")
    text = sanitize(decoded.text)
    if not text.strip():
        raise _Empty("empty file (only whitespace)")
    replacement = text.count("\ufffd")
    if replacement > 0.05 * len(text) and replacement > 8:
        raise _Empty("binary file (not text in any encoding tried)")
    notices = list(decoded.notices)
    if truncated:
        notices.append(
            f"truncated: only the first {limit_label(len(raw))} of {limit_label(size)} read"
        )
    declared: dict[str, Any] = {}
    provenance: dict[str, Provenance] = {}
    paragraphs: list[RawParagraph]
    fmt = found.format
    if fmt == "txt" and _HTML_START.match(text):
        fmt = "html"
        notices.append("the .txt file holds an HTML page; read as HTML")
    # The Markdown and HTML readers are imported when a file needs them: with their
    # libraries (markdown-it, PyYAML, selectolax) they are most of the readers' import time,
    # which re-reading one changed plain-text file would otherwise pay (issue 15).
    if fmt == "md":
        from briefing.corpus.markdown import read_markdown

        paragraphs, declared, extra = read_markdown(text)
        notices.extend(extra)
    elif fmt == "html":
        from briefing.corpus.html import read_html

        paragraphs, declared, provenance, extra = read_html(text)
        notices.extend(extra)
    else:
        # a page drawn in table borders ("| … | |" on every line) is read inside them
        paragraphs = read_framed(text) or split_paragraphs(text)
    if not paragraphs:
        raise _Empty("no article text found")
    if fmt != "html" and text.count("\n") > MAX_LINES:
        notices.append(f"more than {MAX_LINES:,} lines: read as running text")
    paragraphs, capped = cap_paragraphs(paragraphs)
    if capped:
        notices.append(capped)
    result = classify(paragraphs, declared, provenance)
    values = result.values
    language = values.get("language") or UNDETERMINED
    return Article(
        id=found.id,
        path=found.path,
        title=values.get("title"),
        source=values.get("source"),
        date=values.get("date"),
        date_precision="month" if values.get("date_precision") == "month" else "day",
        paragraphs=with_languages(result.paragraphs, language),
        provenance=result.provenance,
        language=language,
        author=values.get("author"),
        url=values.get("url"),
        format=found.format,
        notices=tuple(notices),
        size=size,
        mtime_ns=mtime_ns,
        content_hash=digest,
    )


def limit_label(n: int) -> str:
    """Human-readable byte count: ``5 MB``, ``512 KB``, ``900 bytes``."""
    if n >= 1024 * 1024:
        return f"{n / (1024 * 1024):.1f} MB".replace(".0 MB", " MB")
    if n >= 1024:
        return f"{n // 1024} KB"
    return f"{n} bytes"


def _os_reason(err: OSError) -> str:
    """A user-facing reason for an error while opening or reading."""
    if isinstance(err, PermissionError):
        return "permission denied (file is not readable)"
    if isinstance(err, FileNotFoundError):
        return "file disappeared before it could be read"
    if isinstance(err, IsADirectoryError):
        return "is a folder, not a file"
    return f"cannot read file: {err.strerror or err}"
