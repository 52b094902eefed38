"""HTML: the story without the page around it, metadata from the page's own declarations."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from support.fixtures import read_file, write_article

from briefing.corpus.html_plain import MAX_DEPTH, MAX_TAGS
from briefing.model import Article

BODY = "Ministers met in Dushanbe to discuss water, trade and the border."


def read(tmp_path: Path, html: str | bytes, name: str = "page.html") -> Article:
    article = read_file(write_article(tmp_path, name, html))
    assert isinstance(article, Article), article
    return article


def page(head: str, body: str, lang: str = "en") -> str:
    return f"<!doctype html><html lang='{lang}'><head>{head}</head><body>{body}</body></html>"


def test_declared_metadata_has_front_matter_provenance(tmp_path: Path) -> None:
    head = (
        '<meta property="og:title" content="OG Title">'
        '<meta property="og:site_name" content="Example News">'
        '<meta property="article:published_time" content="2025-10-09T08:30:00+05:00">'
        '<meta name="author" content="By Jane Doe">'
        '<link rel="canonical" href="https://example.com/story">'
    )
    article = read(tmp_path, page(head, f"<h1>Visible Heading</h1><p>{BODY}</p>", "ru-RU"))
    assert article.format == "html"
    assert article.title == "OG Title"
    assert article.source == "Example News"
    assert article.date == dt.date(2025, 10, 9)
    assert article.author == "Jane Doe"
    assert article.url == "https://example.com/story"
    assert article.language == "ru"
    assert set(article.provenance.values()) == {"front-matter"}
    assert article.paragraphs[0].kind == "title"  # the visible heading, though og:title differs


def test_json_ld_fills_what_meta_tags_leave_open(tmp_path: Path) -> None:
    ld = (
        '{"@context": "https://schema.org", "@graph": ['
        '{"@type": "WebSite", "name": "Not This"},'
        '{"@type": ["NewsArticle"], "headline": "LD Headline",'
        ' "datePublished": "2025-10-08T09:00Z",'
        ' "author": [{"@type": "Person", "name": "Jane Doe"}, {"name": "John Roe"}],'
        ' "publisher": {"@type": "Organization", "name": "Asia-Plus"}, "inLanguage": "ru-RU",'
        ' "mainEntityOfPage": {"@id": "https://asiaplus.tj/story"}}]}'
    )
    head = (
        '<meta property="og:title" content="OG Wins">'
        f'<script type="application/ld+json">{{broken</script>'
        f'<script type="application/ld+json">{ld}</script>'
    )
    article = read(tmp_path, page(head, f"<h1>Visible</h1><p>{BODY}</p>", lang=""))
    assert article.title == "OG Wins"  # meta tags first
    assert article.date == dt.date(2025, 10, 8)
    assert article.author == "Jane Doe, John Roe"
    assert article.source == "Asia-Plus"
    assert article.language == "ru"
    assert article.url == "https://asiaplus.tj/story"
    assert article.provenance["date"] == "front-matter"
    assert "LD Headline" not in article.text and "@graph" not in article.text


def test_title_prefers_h1_then_og_title_then_title_without_site_suffix(tmp_path: Path) -> None:
    with_h1 = read(tmp_path, page("<title>T | Site</title>", f"<h1>The H1</h1><p>{BODY}</p>"))
    assert with_h1.title == "The H1" and with_h1.provenance["title"] == "heuristic"
    assert with_h1.paragraphs[0].kind == "title"
    plain = read(
        tmp_path,
        page("<title>Dushanbe summit ends | Asia Times</title>", f"<p>{BODY}</p>"),
        "b.html",
    )
    assert plain.title == "Dushanbe summit ends"
    assert plain.source == "Asia Times" and plain.provenance["source"] == "heuristic"


def test_page_furniture_is_removed_and_article_preferred(tmp_path: Path) -> None:
    body = (
        "<nav>NAV</nav><header>SITE HEADER</header>"
        "<div id='cookie-consent'>COOKIES</div>"
        "<main><p>Main teaser that is not the article.</p>"
        "<article><header><h1>Story Heading</h1><p class='byline'>By Jane Doe</p></header>"
        f"<p>{BODY}</p><script>SCRIPT</script><style>STYLE</style>"
        "<div class='share-buttons'>SHARE</div><aside>ASIDE</aside>"
        "<figure><img alt='x'><figcaption>Leaders meet. (AP Photo/Jane Doe)</figcaption></figure>"
        "<form>FORM</form><iframe>IFRAME</iframe><svg><text>SVG</text></svg><noscript>NS</noscript>"
        "<div hidden>HIDDEN</div><div style='display: none'>INVISIBLE</div>"
        "<footer>ARTICLE FOOTER</footer></article></main><footer>PAGE FOOTER</footer>"
    )
    article = read(tmp_path, page("", body))
    # The byline is metadata, not a paragraph; trafilatura leaves figure captions out too.
    assert [(p.kind, p.text) for p in article.paragraphs] == [
        ("title", "Story Heading"),
        ("body", BODY),
    ]
    assert article.author == "Jane Doe"
    assert article.notices == ()


def test_blocks_and_line_breaks_become_paragraphs_inline_text_joins(tmp_path: Path) -> None:
    body = (
        f"<article><h1>Heading</h1><p>{BODY}</p>"
        "<div>Lead <b>bold</b> and <i>italic</i> text of the story.<br>After a break.</div>"
        "<ul><li>One item in a list.</li><li>Two &amp; three in a list.</li></ul>"
        f"<blockquote>Quoted.</blockquote><p>{BODY}</p></article>"
    )
    article = read(tmp_path, page("", body))
    assert [p.text for p in article.paragraphs] == [
        "Heading",
        BODY,
        "Lead bold and italic text of the story.",
        "After a break.",
        "One item in a list.",
        "Two & three in a list.",
        "Quoted.",
        BODY,
    ]


def test_time_element_gives_a_heuristic_date(tmp_path: Path) -> None:
    time = "<time datetime='2025-10-08'>Wed</time>"
    body = f"<article><h1>Heading Here</h1>{time}<p>{BODY}</p></article>"
    article = read(tmp_path, page("", body))
    assert article.date == dt.date(2025, 10, 8)
    assert article.provenance["date"] == "heuristic"


def test_deeply_nested_markup_does_not_overflow(tmp_path: Path) -> None:
    html = "<div>" * 5000 + f"<p>{BODY}</p>" + "</div>" * 5000
    article = read(tmp_path, page("", html))
    assert [p.text for p in article.paragraphs] == [BODY]


def test_page_with_no_text_is_skipped(tmp_path: Path) -> None:
    result = read_file(
        write_article(tmp_path, "empty.html", page("<title></title>", "<script>x</script>"))
    )
    assert not isinstance(result, Article)
    assert result.reason == "no article text found"


def test_declared_charset_is_used(tmp_path: Path) -> None:
    text = "Президент прибыл в Душанбе с государственным визитом."
    html = page('<meta charset="windows-1251"><title>Визит</title>', f"<p>{text}</p>", "ru")
    article = read(tmp_path, html.encode("cp1251"))
    assert article.paragraphs[-1].text == text
    assert article.notices == ("decoded as cp1251 (declared by the page)",)


def test_pathologically_deep_page_is_read_as_text(tmp_path: Path) -> None:
    html = (
        "<html><head><script>var LEAK = 1;</script></head><body>"
        + "<div>" * (MAX_DEPTH + 100)
        + f"<p>{BODY}</p><!-- COMMENT-LEAK --><p>Caf&eacute; &amp; more</p><style>x{{}}</style>"
    )
    article = read(tmp_path, html)
    assert article.notices == (
        f"HTML with nested more than {MAX_DEPTH:,} levels deep: read as text with tags removed",
    )
    assert [p.text for p in article.paragraphs] == [BODY, "Café & more"]


def test_page_with_too_many_tags_is_read_as_text(tmp_path: Path) -> None:
    html = "<p>" + "<b>x</b>" * (MAX_TAGS // 2 + 10) + "</p><p>End.</p>"
    article = read(tmp_path, html)
    assert article.notices[0].startswith(f"HTML with more than {MAX_TAGS:,} tags")
    assert article.paragraphs[-1].text == "End."
    assert article.text.count("x") == MAX_TAGS // 2 + 10
