"""Saved news pages read through trafilatura: the story, its metadata, and a safe fallback.

The fixtures imitate the formats of real saved pages (menus, cookie banners, an author box with
"Biography", a handle and an e-mail address, ``og:site_name``, JSON-LD, ``<time>``, footers);
their text is written here, not copied from any page.
"""

from __future__ import annotations

import datetime as dt
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from support.fixtures import read_file, write_article

from briefing.corpus.html import FALLBACK_NOTICE, MAX_ELEMENTS
from briefing.model import Article

STORY = [
    "The harbour ferry returned to service on Tuesday morning after six weeks of repairs to "
    "the pier that was damaged by the February storm, the port authority said.",
    "About four hundred commuters crossed on the first sailing, and the operator said the full "
    "timetable would apply from next Monday once the second vessel has been inspected.",
    "Works on the pier",
    "Engineers replaced two pylons and the loading ramp; the town council paid for most of the "
    "work from its emergency fund, with the rest covered by the operator's insurance.",
    "Residents of the island had relied on a replacement bus route that added almost an hour "
    "to each journey while the pier was closed.",
]
LD = (
    '{"@context": "https://schema.org", "@type": "NewsArticle",'
    ' "headline": "Harbour ferry back in service after pier repairs",'
    ' "datePublished": "2024-03-05T07:10:00+01:00",'
    ' "author": {"@type": "Person", "name": "Mara Lindqvist"},'
    ' "publisher": {"@type": "Organization", "name": "Coastline Courier"}}'
)


def saved_page(head_extra: str = "", lang: str = "en", closing: str = "") -> str:
    """A whole saved news page: site chrome around an article with an author box."""
    menu = "".join(
        f"<li><a href='/{w.lower()}'>{w}</a></li>" for w in ("Home", "Politics", "Sport")
    )
    paragraphs = (
        f"<p>{STORY[0]}</p><p>{STORY[1]}</p><h2>{STORY[2]}</h2><p>{STORY[3]}</p><p>{STORY[4]}</p>"
    )
    return f"""<!doctype html>
<html lang="{lang}"><head><meta charset="utf-8">
<title>Harbour ferry back in service after pier repairs | Coastline Courier</title>
<meta property="og:site_name" content="Coastline Courier">
<link rel="canonical" href="https://courier.example/news/harbour-ferry">
{head_extra}
<script>window.dataLayer = [];</script><style>.x {{ color: red }}</style>
</head><body>
<div class="cookie-banner"><p>We use cookies to improve your experience.</p>
<button>Accept all</button></div>
<header class="site-header"><a href="/">Coastline Courier</a><nav><ul>{menu}</ul></nav></header>
<main><article>
<h1>Harbour ferry back in service after pier repairs</h1>
<div class="author-box"><span>By</span> <a href="/authors/mara">Mara Lindqvist</a>
<ul class="author-info"><li><a href="/authors/mara">Biography</a></li>
<li><a href="https://twitter.com/maralind">@maralind</a></li>
<li><a href="mailto:mara.lindqvist@courier.example">mara.lindqvist@courier.example</a></li></ul>
</div>
<time datetime="2024-03-05T07:10:00+01:00">5 March 2024</time>
{paragraphs}
<p>Follow Mara Lindqvist on Twitter @maralind.</p>{closing}
</article>
<aside class="related"><h3>Related</h3>
<ul><li><a href="/a">Bridge tolls to rise</a></li></ul></aside>
</main>
<footer><p>© 2024 Coastline Courier. All rights reserved.</p></footer>
</body></html>"""


def read(tmp_path: Path, html: str, name: str = "page.html") -> Article:
    article = read_file(write_article(tmp_path, name, html))
    assert isinstance(article, Article), article
    return article


def test_saved_page_gives_the_story_and_folds_the_author_box(tmp_path: Path) -> None:
    article = read(tmp_path, saved_page(f'<script type="application/ld+json">{LD}</script>'))
    assert article.paragraphs[0].kind == "title"
    assert [p.text for p in article.paragraphs if p.kind == "body"] == STORY
    for p in article.paragraphs:  # whatever survives of the author box is folded furniture
        if "@" in p.text or "Biography" in p.text:
            assert p.foldable, p
    assert "cookies" not in article.text and "Accept all" not in article.text
    assert "Politics" not in article.text and "window.dataLayer" not in article.text
    assert "Bridge tolls" not in article.text
    assert article.notices == ()


def test_author_box_kept_by_the_extractor_is_folded(tmp_path: Path) -> None:
    closing = (
        "<p>Mara Lindqvist</p><p>Biography</p><p>@maralind</p><p>mara.lindqvist@courier.example</p>"
    )
    article = read(tmp_path, saved_page(closing=closing))
    assert [p.text for p in article.paragraphs if p.kind == "body"] == STORY
    folded = [p.text for p in article.paragraphs if p.foldable]
    assert "Follow Mara Lindqvist on Twitter @maralind." in folded
    assert set(folded) >= {"Biography", "@maralind", "mara.lindqvist@courier.example"}


def test_saved_page_metadata_is_declared(tmp_path: Path) -> None:
    article = read(tmp_path, saved_page(f'<script type="application/ld+json">{LD}</script>'))
    assert article.title == "Harbour ferry back in service after pier repairs"
    assert article.source == "Coastline Courier"
    assert article.date == dt.date(2024, 3, 5)
    assert article.author == "Mara Lindqvist"
    assert article.url == "https://courier.example/news/harbour-ferry"
    assert article.language == "en"
    for name in ("title", "source", "date", "author", "url", "language"):
        assert article.provenance[name] == "front-matter", name


def test_time_element_date_is_heuristic_and_language_is_normalised(tmp_path: Path) -> None:
    article = read(tmp_path, saved_page(lang="en-GB"))  # no JSON-LD: the date is the <time>
    assert article.date == dt.date(2024, 3, 5)
    assert article.provenance["date"] == "heuristic"
    assert article.language == "en" and article.provenance["language"] == "front-matter"
    assert article.source == "Coastline Courier"


def test_a_date_only_in_the_running_text_is_not_the_publication_date(tmp_path: Path) -> None:
    body = "".join(f"<p>{s}</p>" for s in STORY)
    html = (
        "<html><body><article><h1>Pier history</h1>"
        f"<p>The pier first opened on 12 March 1931 after two years of building.</p>{body}"
        "</article></body></html>"
    )
    article = read(tmp_path, html)
    assert article.date is None and article.provenance["date"] == "unknown"


def test_site_name_from_the_url_alone_is_not_an_outlet(tmp_path: Path) -> None:
    body = "".join(f"<p>{s}</p>" for s in STORY)
    html = (
        '<html><head><link rel="canonical" href="https://www.courier.example/a">'
        f"<title>Pier history</title></head><body><article>{body}</article></body></html>"
    )
    article = read(tmp_path, html)
    assert article.source is None


def test_page_the_extractor_finds_nothing_in_is_read_as_text_with_a_notice(
    tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    """A page rendered by script: the story waits in a hidden container until JS shows it."""
    story = "".join(f"<p>{s}</p>" for s in STORY[:2])
    html = (
        "<html><head><script>document.body.hidden = false;</script></head><body>"
        f"<div id='app' style='display: none'>{story}</div></body></html>"
    )
    article = read(tmp_path, html)
    assert article.notices == (FALLBACK_NOTICE,)
    assert [p.text for p in article.paragraphs if p.kind == "body"] == STORY[:2]
    assert "document.body" not in article.text
    assert capfd.readouterr().err == ""  # trafilatura's "discarding data" warning stays quiet


def test_character_references_cannot_smuggle_controls(tmp_path: Path) -> None:
    body = "".join(f"<p>{s}</p>" for s in STORY)
    html = (
        "<html><body><article><h1>Pier history</h1>"
        "<p>Title &#x1b;]0;PWNED&#7;here and &#x93;quoted&#x94; &#xfffe;words &#27;[31mred.</p>"
        f"{body}</article></body></html>"
    )
    article = read(tmp_path, html)
    assert "Title here and “quoted” words red." in [p.text for p in article.paragraphs]
    assert "PWNED" not in article.text and "[31m" not in article.text
    assert article.notices == ()  # read by the extractor, not by the fallback


def test_external_entities_are_never_loaded(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("SECRET-FILE-CONTENT")
    body = "".join(f"<p>{s}</p>" for s in STORY)
    html = (
        f'<!DOCTYPE html [<!ENTITY leak SYSTEM "file://{secret}">]>'
        f"<html><body><article><h1>Pier history</h1><p>Before &leak; after.</p>{body}"
        "</article></body></html>"
    )
    article = read(tmp_path, html)
    assert "SECRET-FILE-CONTENT" not in article.text
    assert STORY[0] in article.text


def test_reading_a_page_opens_no_connection(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """URLs in the page (canonical, og:image, a date in the URL) are data, never fetched."""
    attempts: list[object] = []

    def refuse(*args: object, **kwargs: object) -> None:
        attempts.append(args)
        raise OSError("network access attempted")

    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)
    head = (
        '<link rel="canonical" href="https://courier.example/2024/03/05/pier">'
        '<meta property="og:image" content="https://courier.example/pier.jpg">'
        '<link rel="stylesheet" href="https://cdn.courier.example/site.css">'
    )
    article = read(tmp_path, saved_page(head))
    assert article.paragraphs and attempts == []


def test_text_files_do_not_import_the_html_extractor(tmp_path: Path) -> None:
    """Opening a packet of .txt files must not pay trafilatura's and lxml's import cost."""
    write_article(tmp_path, "a.txt", "Pier reopens\n\n" + STORY[0] + "\n")
    code = (
        "import sys; from pathlib import Path;"
        "from briefing.corpus import discover, read_article;"
        f"[read_article(f) for f in discover([Path({str(tmp_path)!r})]).files];"
        "print(sorted(m for m in ('trafilatura', 'lxml', 'htmldate') if m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_page_too_big_for_the_extractor_is_read_as_text(tmp_path: Path) -> None:
    count = MAX_ELEMENTS // 2 + 10
    items = "".join(f"<p>Item {i} <b>here</b></p>" for i in range(count))
    html = f"<html><head><meta property='og:site_name' content='Big Board'></head><body>{items}"
    article = read(tmp_path, html + "<script>SCRIPT-LEAK</script></body></html>")
    assert article.notices == (
        f"HTML with more than {MAX_ELEMENTS:,} elements: read as text with tags removed",
    )
    assert article.paragraphs[-1].text == f"Item {count - 1} here"
    assert "SCRIPT-LEAK" not in article.text
    assert article.source == "Big Board" and article.provenance["source"] == "front-matter"


def test_headline_with_the_site_name_in_og_title_is_the_visible_headline(tmp_path: Path) -> None:
    head = '<meta property="og:title" content="Pier works finished early - Harbour Gazette">'
    body = "".join(f"<p>{s}</p>" for s in STORY)
    html = f"<html><head>{head}</head><body><article><h1>Pier works finished early</h1>{body}"
    article = read(tmp_path, html + "</article></body></html>")
    assert article.title == "Pier works finished early"
    assert [p.kind for p in article.paragraphs[:2]] == ["title", "body"]
    assert article.paragraphs[1].text == STORY[0]


def _story_page(head: str, byline: str = "") -> str:
    body = "".join(f"<p>{s}</p>" for s in STORY)
    return (
        f"<html><head>{head}</head><body><article><h1>Pier works finished early</h1>{byline}"
        f"{body}</article></body></html>"
    )


def test_outlet_named_by_an_app_name_of_the_pages_host_is_heuristic(tmp_path: Path) -> None:
    head = (
        '<link rel="canonical" href="https://www.harbourgazette.example/news/pier">'
        '<meta name="twitter:app:name:iphone" content="Harbour Gazette">'
    )
    article = read(tmp_path, _story_page(head))
    assert article.source == "Harbour Gazette"
    assert article.provenance["source"] == "heuristic"


def test_copyright_lines_and_handles_are_not_outlets(tmp_path: Path) -> None:
    canonical = '<link rel="canonical" href="https://www.harbourgazette.example/news/pier">'
    for i, meta in enumerate(
        (
            '<meta name="copyright" content="Copyright 2014">',
            '<meta name="twitter:site" content="@HarbourGazette">',
            '<meta name="twitter:site" content="@harbour_gazette">',
        )
    ):
        article = read(tmp_path, _story_page(canonical + meta), f"p{i}.html")
        assert article.source is None, meta


def test_author_read_off_the_page_must_look_like_names(tmp_path: Path) -> None:
    good = read(tmp_path, _story_page("", "<span class='author'>Mara Lindqvist</span>"), "a.html")
    assert good.author == "Mara Lindqvist" and good.provenance["author"] == "heuristic"
    for i, byline in enumerate(("admin", "Mara Lindqvist Monday, November", "Texto")):
        html = _story_page("", f"<span class='author'>{byline}</span>")
        article = read(tmp_path, html, f"b{i}.html")
        assert article.author is None, byline
