"""Markdown articles: YAML front matter for metadata, markdown-it-py for the structure.

markdown-it-py (already installed as Rich's Markdown parser) gives blocks and inline tokens, so
syntax is stripped by structure, not by regexes that trip over ``*`` in prose: ``# Heading`` →
its text (a title candidate when it leads the article), ``[text](url)`` → text, images → alt
text, code → its content. Inside one Markdown paragraph the plain-text line rule still applies
(see :mod:`briefing.corpus.paragraphs`): a ``.md`` export with one paragraph per line and no
blank lines is not merged into a single wall of text.

Broken front matter must not cost the article: the metadata is guessed from the text instead,
a notice says why, and the block itself stays in the article as a foldable ``meta`` paragraph.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import yaml
from markdown_it import MarkdownIt
from markdown_it.token import Token
from selectolax.lexbor import LexborHTMLParser

from briefing.corpus.dates import declared_month, parse_declared_date
from briefing.corpus.language import language_code
from briefing.corpus.markdown_plain import plain_blocks
from briefing.corpus.paragraphs import RawParagraph, split_paragraphs, wrap_width
from briefing.corpus.sanitize import sanitize

__all__ = ["MD_PARSE_LIMIT", "read_markdown"]

_FRONT_MATTER_LIMIT = 64 * 1024
_KEYS: dict[str, tuple[str, ...]] = {
    "title": ("title", "headline"),
    "source": ("source", "publisher", "outlet", "site", "site_name", "publication"),
    "date": ("date", "published", "pubdate", "date_published", "published_at", "created"),
    "url": ("url", "link", "canonical", "canonical_url", "source_url"),
    "author": ("author", "authors", "byline"),
    "language": ("language", "lang", "locale"),
}
_PARSER = MarkdownIt("commonmark").enable("table")
#: Bodies larger than this skip markdown-it-py (see :mod:`briefing.corpus.markdown_plain`).
MD_PARSE_LIMIT = 64 * 1024
_WORD = re.compile(r"\w+")
# libyaml's safe loader when PyYAML was built with it (10x faster), else the pure-Python one.
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read_markdown(text: str) -> tuple[list[RawParagraph], dict[str, Any], list[str]]:
    """Paragraphs, declared metadata and notices for a (sanitised) Markdown document."""
    notices: list[str] = []
    declared: dict[str, Any] = {}
    paragraphs: list[RawParagraph] = []
    front, body = _split_front_matter(text)
    if front is not None:
        loaded, problem = _load_yaml(front)
        if problem is None:
            declared = _declared(loaded)
        else:
            notices.append(f"front matter is broken ({problem}); metadata guessed from the text")
            paragraphs.append(RawParagraph(" ".join(front.split()), 0, "front-matter"))
    start = len(paragraphs)
    if len(body) > MD_PARSE_LIMIT:
        notices.append(
            f"large Markdown file ({len(body) // 1024} KB): syntax stripped line by line"
        )
        paragraphs.extend(plain_blocks(body, start))
        return paragraphs, declared, notices
    blocks = _blocks(body, start_block=start)
    if _word_chars(" ".join(p.text for p in blocks)) < 0.5 * _word_chars(body):
        notices.append("Markdown too deeply nested to parse; syntax stripped line by line")
        blocks = plain_blocks(body, start)
    paragraphs.extend(blocks)
    return paragraphs, declared, notices


def _word_chars(text: str) -> int:
    """How many letters and digits ``text`` holds (to notice text the parser dropped)."""
    return sum(map(len, _WORD.findall(text)))


def _split_front_matter(text: str) -> tuple[str | None, str]:
    """(front matter, rest) if the text opens with a ``---`` block closed by ``---``/``...``."""
    if not text.startswith("---"):
        return None, text
    first_nl = text.find("\n")
    if first_nl < 0 or text[:first_nl].strip() != "---":
        return None, text
    pos = first_nl + 1
    while pos < min(len(text), _FRONT_MATTER_LIMIT):
        end = text.find("\n", pos)
        line = text[pos : end if end >= 0 else len(text)]
        if line.strip() in ("---", "..."):
            return text[first_nl + 1 : pos], text[end + 1 :] if end >= 0 else ""
        if end < 0:
            break
        pos = end + 1
    return None, text


def _load_yaml(front: str) -> tuple[Any, str | None]:
    """safe_load the block; return (data, None) or (None, why it is unusable)."""
    try:
        data = yaml.load(front, Loader=_YAML_LOADER)  # a safe loader, see _YAML_LOADER
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        where = f" at line {mark.line + 2}" if mark is not None else ""
        problem = getattr(err, "problem", None) or "invalid YAML"
        return None, f"{problem}{where}"
    if data is None:
        return {}, None
    if not isinstance(data, dict):
        return None, f"expected key: value pairs, found a {type(data).__name__}"
    return data, None


def _declared(data: dict[Any, Any]) -> dict[str, Any]:
    """Pick the known fields out of front matter, accepting only scalars (and author lists)."""
    lowered = {str(k).strip().lower(): v for k, v in data.items()}
    out: dict[str, Any] = {}
    for name, keys in _KEYS.items():
        value = next((lowered[k] for k in keys if lowered.get(k) not in (None, "")), None)
        if value is None:
            continue
        if name == "date":
            parsed = parse_declared_date(value)
            if parsed is not None:
                out[name] = parsed
            elif month := declared_month(value):
                out[name], out["date_precision"] = month, "month"
            continue
        if name == "author" and isinstance(value, list):
            value = ", ".join(str(v) for v in value[:10] if isinstance(v, str | int | float))
        if isinstance(value, str | int | float) and not isinstance(value, bool):
            clean = " ".join(sanitize(str(value)).split())[:500]
            if clean:
                if name != "language":
                    out[name] = clean
                elif code := language_code(clean):
                    out[name] = code
        elif isinstance(value, dt.date):
            out[name] = value.isoformat()
    return out


def _blocks(body: str, start_block: int) -> list[RawParagraph]:
    """Block-level text of the Markdown body, one RawParagraph per block (or per line rule)."""
    width = wrap_width(body.split("\n"))
    out: list[RawParagraph] = []
    block = start_block
    tokens = _PARSER.parse(body)
    row: list[str] = []
    for i, token in enumerate(tokens):
        if token.type == "inline":
            opener = tokens[i - 1] if i else None
            if opener is not None and opener.type in ("th_open", "td_open"):
                row.append(" ".join(_inline_text(token).split()))
                continue
            hint = "heading" if opener is not None and opener.tag == "h1" else None
            for piece in split_paragraphs(_inline_text(token), width=width):
                out.append(RawParagraph(_clean(piece.text), block, hint))
            block += 1
        elif token.type == "tr_close" and row:
            out.append(RawParagraph(_clean(" | ".join(row)), block))
            row, block = [], block + 1
        elif token.type in ("fence", "code_block"):
            out.extend(RawParagraph(_clean(p.text), block) for p in split_paragraphs(token.content))
            block += 1
        elif token.type == "html_block":
            html_text = LexborHTMLParser(token.content).text(separator="\n") or ""
            out.extend(RawParagraph(_clean(p.text), block) for p in split_paragraphs(html_text))
            block += 1
    return [p for p in out if p.text]


def _inline_text(token: Token) -> str:
    """The visible text of an inline token: link text, image alt, code; no markup or URLs."""
    parts: list[str] = []
    for child in token.children or ():
        if child.type in ("softbreak", "hardbreak"):
            parts.append("\n")
        elif child.type == "image":
            parts.append(_inline_text(child))
        elif child.type in ("text", "code_inline"):
            parts.append(child.content)
    return "".join(parts)


def _clean(text: str) -> str:
    """Sanitise again (markdown-it decodes entities such as ``&#x1b;``) and collapse spaces."""
    return " ".join(sanitize(text).split())
