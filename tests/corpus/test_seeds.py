"""The five bundled seeds: metadata, provenance and paragraph kinds a reader relies on."""

from __future__ import annotations

import datetime as dt

from support.fixtures import SEEDS, read_seed

from briefing.corpus import discover, read_article
from briefing.model import Article


def kinds(article: Article) -> list[tuple[str, str]]:
    """(kind, first 40 chars) of every non-body paragraph."""
    return [(p.kind, p.text[:40]) for p in article.paragraphs if p.kind != "body"]


def test_every_seed_reads_with_all_lines_kept() -> None:
    found = discover([SEEDS])
    assert len(found.files) == 5 and found.skipped == ()
    for f in found.files:
        article = read_article(f)
        assert isinstance(article, Article)
        raw = f.path.read_text(encoding="utf-8")
        assert " ".join(article.text.split()) == " ".join(raw.split())
        assert article.format == "txt" and article.language == "en"
        assert set(article.provenance) == {"title", "source", "date", "author", "url", "language"}


def test_seed_000_headline_is_the_second_line_after_a_dek() -> None:
    article = read_seed("000")
    assert article.title is not None and article.title.startswith("Putin in Dushanbe: Russia")
    assert article.provenance["title"] == "heuristic"
    assert [k for k, _ in kinds(article)] == ["dek", "title"]
    assert article.source is None and article.provenance["source"] == "unknown"
    # "expires in February 2026" is an event, not a publication date.
    assert article.date is None and article.provenance["date"] == "unknown"


def test_seed_001_date_line_title_dek_caption_and_source_line() -> None:
    article = read_seed("001")
    assert (
        article.title
        == "Putin hails Russia-Tajikistan ties as ‘reliable' alliance during Dushanbe visit"
    )
    assert article.source == "Anadolu Agency"  # not Reuters, which only took the photo
    assert article.date == dt.date(2025, 10, 9)
    assert article.provenance["date"] == "heuristic"
    assert kinds(article) == [
        ("meta", "date 2025-10-09 MIDDLE EAST"),
        ("title", "Putin hails Russia-Tajikistan ties as ‘r"),
        ("dek", "During a state visit to Tajikistan, Pres"),
        ("caption", "Russian President Vladimir Putin shakes "),
        ("meta", "October 9, 2025"),
        ("boilerplate", "SOURCE:Anadolu Agency"),
    ]


def test_seed_002_photo_credit_no_headline_and_source_from_informs() -> None:
    article = read_seed("002")
    assert article.title == "Russian President Vladimir Putin and Tajik President Emomali…"
    assert article.provenance["title"] == "fallback"
    assert article.source == "The Caspian Post"
    # Only "October 8/6/10" without a year: no date is invented.
    assert article.date is None
    assert kinds(article) == [
        ("meta", "photo: Wikimedia Commons"),
        ("boilerplate", "Share on social media"),
    ]


def test_seed_003_ap_dateline_captions_and_footer() -> None:
    article = read_seed("003")
    assert article.title == "Putin is in Tajikistan for meetings with leaders of ex-Soviet leaders"
    assert article.source == "The Associated Press"
    assert article.date == dt.date(2025, 10, 8)  # from the photo captions
    got = kinds(article)
    assert got[0][0] == "title"
    assert [k for k, _ in got[1:9]] == ["caption"] * 8
    assert [k for k, _ in got[9:]] == ["boilerplate"] * 6
    assert got[-1][1].startswith("The Associated Press is an independent")
    body = [p.text for p in article.paragraphs if p.kind == "body"]
    assert body[0].startswith("MOSCOW (AP) — Russian President")
    assert body[-1].startswith("Russia rejects the ICC")


def test_seed_004_leading_blank_line_no_headline_source_from_reported_by() -> None:
    article = read_seed("004")
    assert article.title == "Relations between Russia and Tajikistan have entered a new phase"
    assert article.provenance["title"] == "fallback"
    assert article.source == "Zamin.uz"
    assert article.date is None
    assert all(p.kind == "body" for p in article.paragraphs)
    assert article.paragraphs[0].text.startswith("Relations between Russia")
