"""Article metadata from a page's JSON-LD (``<script type="application/ld+json">``).

Most news sites describe the story for search engines in schema.org JSON-LD, and it is often
the only place a saved page states its publication date or publisher. The blocks are parsed
with the standard library; broken or oversized ones are ignored (the page still reads). Only
article-like objects count (``NewsArticle``, ``Article``, ``BlogPosting`` …), found at the top
level, in a list, or in an ``@graph``.
"""

from __future__ import annotations

import json
from typing import Any

__all__ = ["article_metadata"]

_ARTICLE_TYPES = frozenset(
    {
        "article", "newsarticle", "reportagenewsarticle", "analysisnewsarticle",
        "opinionnewsarticle", "backgroundnewsarticle", "blogposting", "report", "webpage",
    }
)  # fmt: skip
_MAX_BLOCK = 200_000


def article_metadata(blocks: list[str]) -> dict[str, str]:
    """title/date/author/source/url/language strings from the first article-like object."""
    for block in blocks:
        if len(block) > _MAX_BLOCK:
            continue
        try:
            data = json.loads(block)
        except (ValueError, RecursionError):
            continue
        for item in _objects(data):
            found = _fields(item)
            if found:
                return found
    return {}


def _objects(data: Any) -> list[dict[str, Any]]:
    """Article-like objects, articles before generic web pages."""
    candidates: list[Any] = data if isinstance(data, list) else [data]
    if isinstance(data, dict) and isinstance(data.get("@graph"), list):
        candidates = data["@graph"]
    objects = [c for c in candidates[:50] if isinstance(c, dict) and _types(c) & _ARTICLE_TYPES]
    return sorted(objects, key=lambda c: "webpage" in _types(c))


def _types(item: dict[str, Any]) -> set[str]:
    kind = item.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return {k.lower() for k in kinds if isinstance(k, str)}


def _fields(item: dict[str, Any]) -> dict[str, str]:
    out = {
        "title": _text(item.get("headline")) or _text(item.get("name")),
        "date": _text(item.get("datePublished")) or _text(item.get("dateCreated")),
        "author": _names(item.get("author")),
        "source": _names(item.get("publisher")),
        "url": _text(item.get("url")) or _text(_id(item.get("mainEntityOfPage"))),
        "language": _text(item.get("inLanguage")),
    }
    return {k: v for k, v in out.items() if v}


def _text(value: Any) -> str:
    return value.strip()[:500] if isinstance(value, str) else ""


def _id(value: Any) -> Any:
    return value.get("@id") if isinstance(value, dict) else value


def _names(value: Any) -> str:
    """A person/organisation, or a list of them, as ``"A, B"``."""
    items = value if isinstance(value, list) else [value]
    names = []
    for item in items[:10]:
        name = item.get("name") if isinstance(item, dict) else item
        if isinstance(name, str) and name.strip() and not name.startswith("http"):
            names.append(name.strip())
    return ", ".join(names)[:500]
