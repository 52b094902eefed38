"""Metadata of a saved web page: trafilatura's reading, with where each value came from.

trafilatura (with htmldate for the date) is better than hand-written rules at choosing a page's
title, author, site name and publication date: it knows many sites' conventions, cleans
``By`` prefixes and Twitter handles off author names, and weighs ``<meta>``, JSON-LD and
``<time>`` elements. What it does not say is *where* a value came from, and the reader must
(:attr:`briefing.model.Article.provenance`). So the page's own declarations are collected here
too (``<meta>`` tags, the canonical link, ``<html lang>``, schema.org JSON-LD), and a value
trafilatura chose is ``front-matter`` when the page declares it, ``heuristic`` when it was read
off the visible page (an ``<h1>``, a ``<time>`` element, the ``<title>`` minus its site suffix).

Never invented: htmldate runs without its "extensive" search (no dates guessed from running
text), and a site name that trafilatura only derived from the URL's domain is not an outlet.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING, Any

from briefing.corpus.dates import parse_declared_date
from briefing.corpus.jsonld import article_metadata
from briefing.corpus.language import language_code
from briefing.corpus.sanitize import sanitize
from briefing.corpus.sources import SITE_SUFFIX, canonical_source
from briefing.corpus.title_place import drop_place
from briefing.model import Provenance

if TYPE_CHECKING:
    from lxml.html import HtmlElement

__all__ = ["DATE_PARAMS", "declared_metadata", "page_metadata"]

#: htmldate: markup only (meta, JSON-LD, <time>, URL), the publication date rather than the
#: last update. The extensive search would take any date printed in the text.
DATE_PARAMS: dict[str, Any] = {
    "extensive_search": False,
    "original_date": True,
    "outputformat": "%Y-%m-%d",
}
_TITLE_KEYS = ("og:title", "twitter:title")
_SOURCE_KEYS = ("og:site_name", "application-name")
_AUTHOR_KEYS = ("author", "article:author", "byl", "dc.creator", "sailthru.author")
_DATE_KEYS = (
    "article:published_time", "datepublished", "date", "pubdate", "dc.date", "publishdate",
    "sailthru.date", "parsely-pub-date", "og:published_time",
)  # fmt: skip
_LANGUAGE_KEYS = ("content-language", "dc.language", "og:locale")
_AUTHOR_SEPARATORS = re.compile(r"\s*;\s*")
#: ``NYTimes``, ``Wday_``: a Twitter handle (``twitter:site``), not how the outlet is named.
_HANDLE_LIKE = re.compile(r"\w*(?:[a-z][A-Z]|_)\w*")
_NOT_NAMES = frozenset(
    {
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
        "friday", "saturday", "sunday", "published", "updated", "posted", "by", "staff",
        "reporter", "editor", "correspondent", "admin", "administrator", "team", "desk", "text",
        "texto", "текст", "фото",
    }
)  # fmt: skip


def declared_metadata(tree: HtmlElement) -> dict[str, list[Any]]:
    """Every value the page declares for each field, in order of authority (may be empty)."""
    tags: dict[str, list[str]] = {}
    for node in tree.iter("meta"):
        key = node.get("property") or node.get("name") or node.get("itemprop") or ""
        key = key or node.get("http-equiv") or ""
        content = _clean(node.get("content"))
        if key.strip() and content:
            tags.setdefault(key.strip().lower(), []).append(content)

    def meta(keys: tuple[str, ...]) -> list[str]:
        return [v for k in keys for v in tags.get(k, [])]

    scripts = tree.xpath('//script[@type="application/ld+json"]')
    ld = article_metadata([s.text or "" for s in scripts[:20]])
    found: dict[str, list[Any]] = {
        "title": [*meta(_TITLE_KEYS), _clean(ld.get("title"))],
        "source": [*meta(_SOURCE_KEYS), _clean(ld.get("source"))],
        "author": [*meta(_AUTHOR_KEYS), _clean(ld.get("author"))],
        "url": [],
        "date": [parse_declared_date(v) for v in [*meta(_DATE_KEYS), ld.get("date")] if v],
        "language": [],
    }
    found["author"] = [a for a in found["author"] if not a.startswith(("http://", "https://"))]
    for link in tree.xpath('//link[@rel="canonical"][@href]')[:1]:
        found["url"].append(_clean(link.get("href")))
    found["url"] += [*meta(("og:url",)), _clean(ld.get("url"))]
    languages = [tree.get("lang") or "", *meta(_LANGUAGE_KEYS), ld.get("language") or ""]
    found["language"] = [language_code(v) for v in languages if v.strip()]
    return {k: [v for v in vs if v] for k, vs in found.items()}


def page_metadata(
    tree: HtmlElement, traf: Any | None, declared: dict[str, list[Any]]
) -> tuple[dict[str, Any], dict[str, Provenance]]:
    """Fields and provenance from trafilatura's Document ``traf`` and the page's declarations.

    ``traf`` is None when trafilatura could not read the metadata: then the declarations alone
    decide, as the page states them. ``declared`` is :func:`declared_metadata` of the page.
    """
    values: dict[str, Any] = {}
    provenance: dict[str, Provenance] = {}

    def put(name: str, value: Any, candidates: list[Any] | None = None) -> None:
        if value in (None, ""):
            return
        values[name] = value
        stated = declared.get(name, []) if candidates is None else candidates
        provenance[name] = "front-matter" if _declared(value, stated) else "heuristic"

    def got(attr: str) -> str:
        return _clean(getattr(traf, attr, None)) if traf is not None else ""

    put("title", got("title") or _first(declared["title"]))
    author = ", ".join(_AUTHOR_SEPARATORS.split(got("author"))) if got("author") else ""
    author = _strip_by(author)
    if author and not _declared(author, declared["author"]) and not _plausible_names(author):
        author = ""  # read off the page and not shaped like names ("Admin", "Jane Doe Monday")
    put("author", author or _strip_by(_first(declared["author"]) or ""))
    put("url", got("url") or _first(declared["url"]))
    url = values.get("url", "")
    date = parse_declared_date(got("date")) if got("date") else None
    put("date", date or _first(declared["date"]))
    put("language", _first(declared["language"]))
    site = got("sitename")
    if site and not _declared(site, declared["source"]) and not _names_host(site, url):
        site = ""  # a copyright line, a Twitter handle, a domain: not a stated outlet name
    put("source", canonical_source(site or _first(declared["source"]) or ""))
    if "source" not in values:
        title_tag = drop_place(_clean(tree.findtext(".//title")))[0]  # "… | Town, ST": no site
        match = SITE_SUFFIX.search(title_tag)
        if match is None:
            return values, provenance
        # ``Headline | Site``: the host's name, or (no URL to check) the page's only title.
        only_title = not url and values.get("title") == title_tag[: match.start()].strip()
        if match.start() >= 10 and (_names_host(match.group("name"), url) or only_title):
            put("source", canonical_source(match.group("name")), [])
    return values, provenance


def _declared(value: Any, stated: list[Any]) -> bool:
    """True when ``value`` is one the page declares (dates equal; text contained, any case)."""
    if isinstance(value, dt.date):
        return value in stated
    wanted = _norm(str(value))
    for item in stated:
        have = _norm(str(item))
        if wanted and (wanted == have or wanted in have):
            return True
    if "," in str(value):  # several authors: each named in some declaration
        names = [_norm(n) for n in str(value).split(",")]
        return all(any(n and n in _norm(str(s)) for s in stated) for n in names)
    return False


def _names_host(site: str, url: str) -> bool:
    """True when ``site`` names the page's own host (``CBS News`` on cbsnews.com), not a domain.

    A site name that trafilatura found outside the page's declarations (an app name, a
    ``<title>`` suffix) is an outlet only if it is the host's name in words; without a URL
    nothing can be checked, so nothing is taken.
    """
    host = re.sub(r"^[a-z]+://", "", url.lower()).split("/", 1)[0].split(":", 1)[0]
    labels = [part for part in host.split(".") if part not in ("www", "m", "amp")]
    if len(labels) < 2 or "." in site or _HANDLE_LIKE.fullmatch(site):
        return False
    name = re.sub(r"\W|_", "", site.lower())
    label = labels[-2] if len(labels[-2]) > 3 or len(labels) < 3 else labels[-3] + labels[-2]
    return len(name) >= 3 and (label in name or name in label)


def _plausible_names(author: str) -> bool:
    """Every name is 2–5 capitalised words, none of them a month, weekday or role."""
    for name in author.split(","):
        words = name.split()
        if not 2 <= len(words) <= 5:
            return False
        for word in words:
            if not word[0].isupper() or word.lower().strip(".") in _NOT_NAMES:
                return False
    return True


def _strip_by(author: str) -> str:
    return author[3:].strip() if author.lower().startswith("by ") else author


def _first(values: list[Any]) -> Any:
    return values[0] if values else None


def _norm(text: str) -> str:
    return re.sub(r"[\W_]+", " ", text).strip().lower()


def _clean(value: str | None) -> str:
    """Sanitised, whitespace-collapsed attribute or element text, bounded in length."""
    return " ".join(sanitize(value or "").split())[:500]
