"""HTML articles: the story's text without the page around it, via selectolax (lexbor).

The article is ``<article>`` (the one with most text if several), else ``<main>``, else the
body. Inside it, page furniture is dropped before any text is taken: scripts, styles, forms,
frames, SVG, ``nav``/``aside``/``footer``, hidden elements, and anything whose id or class
names a cookie/consent banner, share bar, newsletter box, comments or ads. ``<header>`` stays
when it is inside the article (that is where the ``<h1>`` and byline live).

Block elements become paragraphs (``<br>`` too: scraped pages often separate paragraphs that
way); ``<h1>`` is a title candidate and ``<figcaption>`` a caption. The tree is walked with an
explicit stack, so ten thousand nested ``<div>`` s cannot overflow Python's recursion limit.

Metadata the page *declares* (``og:title``, ``og:site_name``, ``article:published_time``,
``<meta name=author>``, canonical link, ``<html lang>``, then schema.org JSON-LD for what those
leave open) has provenance ``front-matter``; what
is read off the visible page (``<h1>``, ``<title>`` minus its `` | Site`` suffix, ``<time>``)
is ``heuristic``.
"""

from __future__ import annotations

import re
from typing import Any

from selectolax.lexbor import LexborHTMLParser, LexborNode

from briefing.corpus.dates import parse_declared_date
from briefing.corpus.html_plain import plain_paragraphs, too_complex
from briefing.corpus.jsonld import article_metadata
from briefing.corpus.language import language_code
from briefing.corpus.paragraphs import RawParagraph, split_long
from briefing.corpus.sanitize import sanitize
from briefing.corpus.sources import SITE_SUFFIX, canonical_source
from briefing.model import Provenance

__all__ = ["read_html"]

_DROP = (
    "script", "style", "noscript", "form", "iframe", "svg", "nav", "aside", "footer", "template",
    "button", "select", "textarea", "input", "object", "embed", "canvas", "audio", "video",
    "dialog", "map", "head", "math",
)  # fmt: skip
_BLOCKS = frozenset(
    {
        "p", "div", "section", "article", "main", "header", "h1", "h2", "h3", "h4", "h5", "h6",
        "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "figure", "figcaption", "table",
        "tr", "td", "th", "caption", "address", "hr", "br", "details", "summary",
    }
)  # fmt: skip
_JUNK = re.compile(
    r"(?:^|[-_ ])(?:cookie|cookies|consent|gdpr|newsletter|subscribe|share|sharing|social"
    r"|comments?|advert|ads?|promo|sidebar|breadcrumbs?|popup|modal|related|paywall)(?:$|[-_ ])",
    re.I,
)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)


def read_html(
    text: str,
) -> tuple[list[RawParagraph], dict[str, Any], dict[str, Provenance], list[str]]:
    """Paragraphs, declared metadata with provenance, and notices for an HTML document."""
    problem = too_complex(text)
    if problem is not None:
        notice = f"HTML with {problem}: read as text with tags removed"
        return plain_paragraphs(text), {}, {}, [notice]
    tree = LexborHTMLParser(text)
    declared, provenance = _metadata(tree)
    root = _article_root(tree)
    notices: list[str] = []
    if root is None:
        return [], declared, provenance, notices
    if "title" not in declared:
        h1 = root.css_first("h1") or tree.css_first("h1")
        heading = _clean(h1.text(separator=" ")) if h1 is not None else ""
        if heading:
            declared["title"], provenance["title"] = heading, "heuristic"
        else:
            title_node = tree.css_first("title")
            page_title = _clean(title_node.text()) if title_node is not None else ""
            if page_title:
                title, site = _split_site(page_title)
                declared["title"], provenance["title"] = title, "heuristic"
                if site and "source" not in declared:
                    declared["source"], provenance["source"] = site, "heuristic"
    if "date" not in declared:
        time = root.css_first("time[datetime]")
        parsed = parse_declared_date(time.attributes.get("datetime")) if time else None
        if parsed is not None:
            declared["date"], provenance["date"] = parsed, "heuristic"
    _prune(root)
    return _paragraphs(root), declared, provenance, notices


def _metadata(tree: LexborHTMLParser) -> tuple[dict[str, Any], dict[str, Provenance]]:
    """Fields the page declares in ``<meta>``/``<link>``/``<html lang>``, then JSON-LD."""
    tags: dict[str, str] = {}
    for node in tree.css("meta[content]"):
        attrs = node.attributes
        key = attrs.get("property") or attrs.get("name") or attrs.get("itemprop")
        content = attrs.get("content")
        if key and content and content.strip():
            tags.setdefault(key.strip().lower(), content)

    def meta(*names: str) -> str:
        return next((_clean(tags[n.lower()]) for n in names if n.lower() in tags), "")

    values: dict[str, Any] = {
        "title": meta("og:title", "twitter:title"),
        "source": meta("og:site_name", "application-name"),
        "author": meta("author", "article:author", "byl", "dc.creator"),
        "url": "",
        "language": "",
    }
    if values["author"].startswith(("http://", "https://")):
        values["author"] = ""
    if values["author"].lower().startswith("by "):
        values["author"] = values["author"][3:].strip()
    published = meta("article:published_time", "datePublished", "date", "pubdate", "dc.date")
    values["date"] = parse_declared_date(published) if published else None
    canonical = tree.css_first('link[rel="canonical"]')
    href = canonical.attributes.get("href") if canonical is not None else None
    values["url"] = _clean(href) if href else meta("og:url")
    html = tree.css_first("html")
    lang = (html.attributes.get("lang") or "") if html is not None else ""
    values["language"] = language_code(lang) or ""
    scripts = tree.css('script[type="application/ld+json"]')
    for name, value in article_metadata([s.text() or "" for s in scripts]).items():
        if values.get(name):
            continue
        if name == "date":
            values[name] = parse_declared_date(value)
        elif name == "language":
            values[name] = language_code(value) or ""
        else:
            values[name] = _clean(value)
    if values["source"]:
        values["source"] = canonical_source(values["source"])
    declared = {k: v for k, v in values.items() if v}
    return declared, dict.fromkeys(declared, "front-matter")


def _article_root(tree: LexborHTMLParser) -> LexborNode | None:
    """The element holding the story: the biggest ``<article>``, else ``<main>``, else body."""
    articles = tree.css("article")
    if articles:
        return max(articles, key=lambda node: len(node.text(deep=True) or ""))
    return tree.css_first("main") or tree.css_first('[role="main"]') or tree.body


def _prune(root: LexborNode) -> None:
    """Remove page furniture inside the article root (in place).

    ``remove()`` detaches without freeing, so a node already gone with its parent is safe to
    touch again (``decompose()`` would free it under our feet).
    """
    doomed = list(root.css(", ".join(_DROP)))
    doomed += root.css('[hidden], [aria-hidden="true"], [role="navigation"], [role="banner"]')
    doomed += [
        n for n in root.css("[style]") if _HIDDEN_STYLE.search(n.attributes.get("style") or "")
    ]
    doomed += [n for n in root.css("header") if n.css_first("h1") is None]
    for node in root.css("[class], [id]"):
        marker = f"{node.attributes.get('class') or ''} {node.attributes.get('id') or ''}"
        if node.tag not in ("article", "main", "body", "html") and _JUNK.search(marker):
            doomed.append(node)
    for node in doomed:
        node.remove()


def _paragraphs(root: LexborNode) -> list[RawParagraph]:
    """Walk the tree in document order; every block boundary ends a paragraph."""
    out: list[RawParagraph] = []
    buffer: list[str] = []
    blocks: list[str] = []

    def flush(tag: str | None) -> None:
        text = " ".join(sanitize("".join(buffer)).split())
        buffer.clear()
        if not text:
            return
        hint = "heading" if tag == "h1" else "caption" if tag == "figcaption" else None
        for piece in split_long(text):
            out.append(RawParagraph(piece, len(out), hint))

    stack: list[tuple[LexborNode, bool]] = [(root, False)]
    while stack:
        node, closing = stack.pop()
        tag = node.tag or ""
        if closing:
            flush(tag)
            blocks.pop()
            continue
        if tag == "-text":
            buffer.append(node.text_content or "")
            continue
        if tag.startswith("-") or tag in _DROP:
            continue
        if tag in _BLOCKS:
            flush(blocks[-1] if blocks else None)
            blocks.append(tag)
            stack.append((node, True))
        children = list(node.iter(include_text=True))
        stack.extend((child, False) for child in reversed(children))
    flush(None)
    return out


def _split_site(title: str) -> tuple[str, str | None]:
    """``Headline | Site`` → (``Headline``, ``Site``)."""
    match = SITE_SUFFIX.search(title)
    if match and match.start() >= 10:
        return title[: match.start()].strip(), canonical_source(match.group("name"))
    return title, None


def _clean(value: str | None) -> str:
    """Sanitised, whitespace-collapsed attribute or element text, bounded in length."""
    return " ".join(sanitize(value or "").split())[:500]
