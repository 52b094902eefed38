"""HTML articles: the story without the page around it, via trafilatura.

trafilatura finds the article in a saved page far better than the hand-written selectolax
reader it replaced: on the public article-extraction benchmark (181 real news pages) this
reader's body F1 is 0.966 against 0.849 before (trafilatura's own text: 0.953), and it reads
the 8 pages where the old reader found nothing (``benchmarks/realworld/extraction.py`` scores
all three in one run). Its output tree keeps the
structure, so headings, paragraphs, list items, quotes and table cells stay separate
:class:`RawParagraph` s; line breaks inside a paragraph split it, as scraped pages often
separate paragraphs that way. The page's title leads as a heading paragraph (trafilatura leaves
it out of the body), so the reader shows it as today. Metadata: :mod:`.html_meta`.

Guarantees kept from the old reader, whatever the page holds:

- bounded work: a page nested deeper than :data:`~.html_plain.MAX_DEPTH` or with more than
  :data:`~.html_plain.MAX_TAGS` tags is read by :func:`~.html_plain.plain_paragraphs` before
  any parser sees it; libxml2 stops nesting at 255 levels; a page of more than
  :data:`MAX_ELEMENTS` elements is read as text too, and trafilatura's quadratic fallback
  extractors only run on pages under :data:`FAST_ABOVE` elements;
- scripts, styles and comments never reach the text (the parser drops comments and processing
  instructions; trafilatura drops scripts and styles; every string is sanitised);
- no network and no entities from outside: lxml's HTML parser with ``no_network`` and no DTD
  loading, and the tree (not a URL or a file name) is what trafilatura and htmldate get;
- nothing is skipped for HTML trafilatura dislikes: when it raises or finds no article, the
  page is read as text with tags removed, with a notice saying so.

trafilatura and lxml cost 0.2–0.5 s to import, so they are imported on the first HTML page
only: a packet of ``.txt`` files never pays it.
"""

from __future__ import annotations

import logging
import re
from typing import TYPE_CHECKING, Any

from briefing import errorlog
from briefing.corpus.html_meta import DATE_PARAMS, declared_metadata, page_metadata
from briefing.corpus.html_plain import plain_paragraphs, too_complex
from briefing.corpus.paragraphs import RawParagraph, split_long
from briefing.corpus.sanitize import sanitize
from briefing.model import Provenance

if TYPE_CHECKING:
    from lxml.html import HtmlElement

__all__ = ["FALLBACK_NOTICE", "MAX_ELEMENTS", "read_html"]

#: Elements of trafilatura's output tree that end a paragraph (``lb`` is a line break).
_BLOCKS = frozenset({"p", "head", "item", "list", "quote", "table", "row", "cell", "code", "lb"})
#: trafilatura and htmldate give their loggers a NullHandler themselves; courlan does not.
_LIBRARY_LOGGERS = ("courlan", "justext")
_BLANK_LINE = re.compile(r"\n\s*\n")
_NUMERIC_REF = re.compile(r"&#(?:[xX]([0-9a-fA-F]{1,8})|([0-9]{1,10}));?")
_INVISIBLE = re.compile(
    "[\x00-\x09\x0b-\x1f\x7f-\x9f\u200b-\u200d\u202a-\u202e\u2060\u2066-\u2069\ufeff\ud800-\udfff]"
)
#: Never text, dropped right after parsing (inline SVG icons alone can be thousands of tags).
_NEVER_TEXT = (
    "//script[not(@type='application/ld+json')]|//style|//template|//svg|//math|//object"
    "|//embed|//canvas|//audio|//video|//iframe|//frame"
)
#: Never article text, whatever an extractor thinks: dropped after the metadata is read (an
#: author link can be hidden) and before extraction. A form only when it holds no paragraph:
#: some sites wrap the whole page in one.
_HIDDEN = (
    "//noscript|//dialog|//select|//textarea|//button|//input|//form[not(.//p)]"
    "|//*[@hidden]|//*[@aria-hidden='true']"
    "|//*[contains(translate(@style, 'DISPLAYNONE ', 'displaynone'), 'display:none')]"
)
#: Bounded time per page. trafilatura's fallback extractors (readability, jusText) grow
#: quadratically on big pages (12 s for 10,000 elements), so above :data:`FAST_ABOVE` elements
#: only its own extractor runs (~170 µs per element); above :data:`MAX_ELEMENTS` (~2 s) the
#: page is read as text. News pages hold 1,000–5,000 elements once scripts and SVG are gone
#: (the benchmark's largest: ~3,100 tags).
FAST_ABOVE = 3_000
MAX_ELEMENTS = 12_000
#: A ``<div>`` of running text split by ``<br>`` (no block inside): trafilatura 2.3.1 drops its
#: text before the first ``<br>``, so it is read as the paragraph it is.
_TEXT_DIVS = (
    "//div[br][normalize-space(text())]"
    "[not(.//p|.//div|.//ul|.//ol|.//table|.//blockquote|.//h1|.//h2|.//h3|.//h4|.//section)]"
)
_MIN_EXTRACTED_SIZE = "1"
_CONFIG: Any = None
FALLBACK_NOTICE = "no article found in the page by the extractor: read as text with tags removed"


def read_html(
    text: str,
) -> tuple[list[RawParagraph], dict[str, Any], dict[str, Provenance], list[str]]:
    """Paragraphs, metadata with provenance, and notices for an HTML document."""
    problem = too_complex(text)
    if problem is not None:
        notice = f"HTML with {problem}: read as text with tags removed"
        return plain_paragraphs(text), {}, {}, [notice]
    tree = _parse(_defuse_references(text))
    if tree is None:
        return plain_paragraphs(text), {}, {}, [FALLBACK_NOTICE]
    for node in tree.xpath(_NEVER_TEXT):  # JSON-LD scripts stay: they hold metadata
        node.drop_tree()
    stated = declared_metadata(tree)
    elements = sum(1 for _ in tree.iter())
    if elements > MAX_ELEMENTS:
        declared, provenance = page_metadata(tree, None, stated)
        notice = f"HTML with more than {MAX_ELEMENTS:,} elements: read as text with tags removed"
        return plain_paragraphs(text), declared, provenance, [notice]
    body, meta = _extract(tree, fast=elements > FAST_ABOVE)
    declared, provenance = page_metadata(tree, meta, stated)
    paragraphs = _paragraphs(body) if body is not None else []
    if not any(p.hint is None for p in paragraphs):
        return plain_paragraphs(text), declared, provenance, [FALLBACK_NOTICE]
    _lead_with_title(paragraphs, declared)
    return paragraphs, declared, provenance, []


def _lead_with_title(paragraphs: list[RawParagraph], declared: dict[str, Any]) -> None:
    """The title leads the paragraphs, once (in place).

    trafilatura usually leaves the headline out of the body: it is inserted. When the body
    starts with the headline and the declared title is that plus the site's name
    (``Headline - Site`` in ``og:title``), the visible headline is the title.
    """
    title = declared.get("title")
    if not title:
        return
    first, wanted = _norm(paragraphs[0].text), _norm(title)
    if first == wanted:
        return
    if len(first.split()) >= 3 and wanted.startswith(first):
        declared["title"] = paragraphs[0].text
        return
    paragraphs.insert(0, RawParagraph(title, -1, "heading"))


def _defuse_references(text: str) -> str:
    """The page with character references to controls resolved and then sanitised away.

    ``&#x1b;[2J`` would become a real escape sequence inside the parsed tree (and lxml refuses
    control characters in element text, which made trafilatura give up on the page). Resolving
    those references first lets :func:`sanitize` remove the sequence whole, as in plain text.
    References to C1 codes mean their Windows-1252 characters, as browsers read them.
    """
    if "\ufffe" in text or "\uffff" in text:  # not characters: lxml refuses them too
        text = text.replace("\ufffe", "").replace("\uffff", "")
    if "&#" not in text:
        return text

    def resolve(match: re.Match[str]) -> str:
        hex_digits, digits = match.groups()
        code = int(hex_digits, 16) if hex_digits else int(digits)
        if code > 0x10FFFF or code in (0xFFFE, 0xFFFF):
            return ""
        if 0x80 <= code <= 0x9F:
            return bytes([code]).decode("cp1252", errors="ignore")
        char = chr(code)
        return char if _INVISIBLE.match(char) else match.group(0)

    return sanitize(_NUMERIC_REF.sub(resolve, text))


def _parse(text: str) -> HtmlElement | None:
    """The page as an lxml tree, parsed offline; None when libxml2 makes nothing of it."""
    from lxml import etree, html

    parser = html.HTMLParser(
        encoding="utf-8", remove_comments=True, remove_pis=True, no_network=True,
        collect_ids=False, default_doctype=False, huge_tree=False,
    )  # fmt: skip
    try:
        tree = html.document_fromstring(text.encode("utf-8", "replace"), parser=parser)
    except (etree.ParserError, ValueError):
        return None
    return tree if len(tree) else None


def _extract(tree: HtmlElement, *, fast: bool) -> tuple[Any | None, Any | None]:
    """(trafilatura's body tree or None, its metadata Document or None); never raises.

    Metadata first, on the whole page; then what can never be article text is pruned, so that
    not even trafilatura's last-resort "all the text of the body" pass can pick up a
    ``<noscript>``, a form or a hidden element (scripts and frames are gone already).
    """
    import trafilatura
    from trafilatura.metadata import extract_metadata

    _quiet_libraries()
    try:
        meta = extract_metadata(tree, date_config=dict(DATE_PARAMS))
    except Exception as error:  # metadata is optional: the page still reads
        errorlog.record(error, "reading an HTML page's metadata with trafilatura")
        meta = None
    try:
        for node in tree.xpath(_HIDDEN):
            node.drop_tree()
        for div in tree.xpath(_TEXT_DIVS):
            div.tag = "p"
        document = trafilatura.bare_extraction(
            tree, include_comments=False, include_images=False, config=_config(), fast=fast
        )
        body = getattr(document, "body", None)
    except Exception as error:  # any library failure is a fallback, never a lost file
        errorlog.record(error, "extracting an HTML page's article with trafilatura")
        body = None
    return body, meta


def _config() -> Any:
    """trafilatura's settings, read once (its default file is parsed on every call otherwise)."""
    global _CONFIG
    if _CONFIG is None:
        from trafilatura.settings import use_config

        _CONFIG = use_config()
        _CONFIG.set("DEFAULT", "MIN_EXTRACTED_SIZE", _MIN_EXTRACTED_SIZE)
    return _CONFIG


def _paragraphs(body: Any) -> list[RawParagraph]:
    """Walk trafilatura's output tree in document order; each block boundary ends a paragraph."""
    from lxml import etree

    out: list[RawParagraph] = []
    buffer: list[str] = []

    def flush(tag: str | None) -> None:
        chunks = _BLANK_LINE.split(sanitize("".join(buffer)))  # <pre>, last-resort text
        buffer.clear()
        for chunk in chunks:
            text = " ".join(chunk.split())
            for piece in split_long(text) if text else ():
                out.append(RawParagraph(piece, len(out), "caption" if tag == "graphic" else None))

    open_blocks: list[str] = []
    for event, element in etree.iterwalk(body, events=("start", "end")):
        tag = element.tag if isinstance(element.tag, str) else ""
        if event == "start":
            if tag in _BLOCKS:
                flush(open_blocks[-1] if open_blocks else None)
                open_blocks.append(tag)
            buffer.append(element.text or "")
        else:
            if tag in _BLOCKS:
                flush(tag)
                open_blocks.pop()
            if element is not body:
                buffer.append(element.tail or "")
    flush(None)
    return out


def _quiet_libraries() -> None:
    """Library warnings must not reach the terminal (Python prints unhandled ones to stderr)."""
    for name in _LIBRARY_LOGGERS:
        logger = logging.getLogger(name)
        if not logger.handlers:
            logger.addHandler(logging.NullHandler())


def _norm(text: str) -> str:
    """Case- and punctuation-blind form for comparing headlines (‘’ vs '', … vs ...)."""
    return " ".join(re.sub(r"[\W_]+", " ", text).lower().split())
