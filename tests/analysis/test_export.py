"""The Markdown brief: structure, citations, and hostile article text that cannot break it."""

from __future__ import annotations

import datetime as dt
import html
import os
import re
from pathlib import Path

from analysis.builders import MakeArticle
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from briefing.analysis import extract_timeline, find_discrepancies
from briefing.corpus.sanitize import sanitize
from briefing.export import TopicSection, code, md, render_brief, write_brief
from briefing.model import Mention, Passage, Span, Topic
from briefing.notes import Bookmark

HOSTILE = (
    "# Not a heading *bold* _it_ [link](http://x) <script>alert(1)</script> | a | b | "
    "`code` \x1b[31mred\x1b]0;title\x07 &copy; ![img](y)\nsecond line"
)


def test_md_makes_untrusted_text_literal() -> None:
    text = md(HOSTILE)
    assert "\x1b" not in text and "\x07" not in text and "\n" not in text
    # Every Markdown-significant character arrives escaped.
    assert not re.search(r"(?<!\\)[#*_\[\]<>|`&!]", text)
    assert "\\# Not a heading \\*bold\\* \\_it\\_ \\[link\\]" in text
    assert md("1. not a list") == "1\\. not a list"
    assert md("- not a bullet") == "\\- not a bullet"


def test_code_spans_hold_backticks() -> None:
    assert code("003_abc") == "`003_abc`"
    assert code("we`ird") == "``we`ird``"
    assert code("`edge") == "`` `edge ``"


def _topic() -> Topic:
    mention = Mention("a", Span(1, 0, 5), "Putin")
    return Topic("putin", "Vladimir Putin", "person", ("Putin", "Vladimir Putin"), (mention,))


def test_a_brief_has_every_section_with_citations(article: MakeArticle) -> None:
    a = article(
        "a",
        ("Putin in Dushanbe", "title"),
        "Putin arrived in Dushanbe on October 8, 2025 for talks.",
        date=dt.date(2025, 10, 9),
        source="Anadolu Agency",
    )
    b = article(
        "b",
        "Putin arrived in Dushanbe on October 6, 2025 to a welcome.",
        source="The Caspian Post",
    )
    timeline = extract_timeline([a, b])
    passage = Passage("a", 1, 0, 55, a.paragraphs[1].text, ((0, 5),))
    bookmark = Bookmark("bk1", "b", 0, 0, 5, "Putin", "Check the date\n# with the embassy")
    brief = render_brief(
        [a, b],
        topics=[TopicSection(_topic(), (passage,))],
        timeline=timeline,
        discrepancies=find_discrepancies([a, b], timeline),
        bookmarks=[bookmark],
        title="Putin in Tajikistan",
        generated=dt.date(2025, 10, 11),
    )
    headings = [line for line in brief.splitlines() if line.startswith("#")]
    assert headings == [
        "# Putin in Tajikistan",
        "## Key topics",
        "### Vladimir Putin",
        "## Timeline",
        "### Monday 6 October 2025",
        "### Wednesday 8 October 2025",
        "## Where the sources disagree",
        "### 1. Date: when Putin arrived in Dushanbe",
        "## References",
    ]
    # Outlets and dates cite; ids appear only in the reference list.
    assert "” — Anadolu Agency, 9 October 2025" in brief
    assert brief.count("`a`") == 1 and brief.index("`a`") > brief.index("## References")
    assert "- **6 October 2025**" in brief and "- **8 October 2025**" in brief
    # The note sits under the first quote of its passage (the timeline line), once.
    lines = brief.splitlines()
    at = next(
        i
        for i, line in enumerate(lines)
        if line.startswith("- “Putin arrived in Dushanbe on October 6")
    )
    assert lines[at + 1] == "  **Note:** Check the date  "
    assert lines[at + 2] == "  \\# with the embassy"  # a note cannot add a heading
    assert brief.count("Check the date") == 1
    assert "*Prepared on 11 October 2025.*" in brief
    assert "**Sources:** 2 articles from 2 named outlets, all in English:" in brief
    assert "**They disagree on:** when Putin arrived in Dushanbe" in brief
    assert brief.endswith("\n") and not brief.endswith("\n\n")
    assert "TimelineEntry" not in brief and "None" not in brief  # no debugging noise


def test_one_text_carried_by_several_outlets_is_quoted_once(article: MakeArticle) -> None:
    wire = "Putin held talks with Rahmon in Dushanbe on trade, security and migration."
    a = article("a", wire, source="Wire One", date=dt.date(2025, 10, 8))
    b = article(
        "b", wire.replace("held", "has held"), source="Paper Two", date=dt.date(2025, 10, 9)
    )
    c = article("c", "Rahmon thanked Putin for the visit and the new agreements.", source="Three")
    passages = tuple(
        Passage(x.id, 0, 0, len(x.paragraphs[0].text), x.paragraphs[0].text) for x in (a, b, c)
    )
    brief = render_brief([a, b, c], topics=[TopicSection(_topic(), passages)])
    assert brief.count("on trade, security and migration") == 1
    assert "” — Wire One, 8 October 2025; Paper Two, 9 October 2025" in brief
    assert "Rahmon thanked Putin" in brief


def test_the_title_is_the_main_event_else_the_top_topics_and_dates(article: MakeArticle) -> None:
    a = article("a", "Putin arrived in Dushanbe on October 8, 2025.", date=dt.date(2025, 10, 8))
    b = article("b", "Putin arrived in Dushanbe on October 8, 2025.", date=dt.date(2025, 10, 9))
    timeline = extract_timeline([a, b])
    place = Topic(
        "dushanbe", "Dushanbe", "place", ("Dushanbe",), (Mention("a", Span(0, 17, 25), "x"),)
    )
    assert render_brief([a, b], main_event="Putin’s state visit to Tajikistan").startswith(
        "# Putin’s state visit to Tajikistan\n"
    )
    made = render_brief([a, b], timeline=timeline, all_topics=[_topic(), place])
    assert made.startswith("# Vladimir Putin, Dushanbe: 8 October 2025\n")
    assert not render_brief([a, b]).startswith("# Briefing")


def test_hostile_text_cannot_add_structure(article: MakeArticle) -> None:
    evil = article("e`vil", HOSTILE, "Putin arrived in Dushanbe on October 8, 2025. " + HOSTILE)
    evil = type(evil)(**{**{f: getattr(evil, f) for f in evil.__slots__}, "source": HOSTILE})
    brief = render_brief([evil], timeline=extract_timeline([evil]), title=HOSTILE)
    assert "\x1b" not in brief and "\x07" not in brief
    assert "<script>" not in brief
    assert not re.search(r"(?<!\\)\[link\]\(", brief)
    assert "``e`vil``" in brief
    # Rendered by a real CommonMark parser: only our own structure, no links, images or HTML.
    html = MarkdownIt("commonmark").render(brief)
    for tag in ("<script", "<a ", "<img", "<table", "<em>it", "<strong>bold"):
        assert tag not in html, tag
    headings = re.findall(r"<h(\d)>(.*?)</h\1>", html)
    assert headings[0] == ("1", "# Not a heading *bold* _it_ [link](http://x) &lt;script&gt;"
                           "alert(1)&lt;/script&gt; | a | b | `code` red &amp;copy; ![img](y) "
                           "second line")  # fmt: skip
    assert headings[1:] == [
        ("2", "Timeline"),
        ("3", "Wednesday 8 October 2025"),
        ("2", "References"),
    ]


def test_write_brief_replaces_the_file_whole(tmp_path: Path) -> None:
    target = tmp_path / "brief.md"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o640)
    write_brief(target, "# New\n")
    assert target.read_text(encoding="utf-8") == "# New\n"
    assert [p.name for p in tmp_path.iterdir()] == ["brief.md"]
    assert target.stat().st_mode & 0o777 == 0o640  # the replaced file's mode is kept


def test_a_new_brief_gets_the_users_usual_permissions(tmp_path: Path) -> None:
    old = os.umask(0o027)
    try:
        write_brief(tmp_path / "brief.md", "# New\n")
    finally:
        os.umask(old)
    assert (tmp_path / "brief.md").stat().st_mode & 0o777 == 0o640  # not mkstemp's 0600


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_md_renders_back_to_the_literal_text(text: str) -> None:
    """Whatever a source says, CommonMark shows exactly that text: no structure, no loss."""
    expected = " ".join(sanitize(text).split())
    rendered = MarkdownIt("commonmark").render(md(text))
    if not expected:
        assert rendered == ""
        return
    assert rendered.startswith("<p>") and rendered.endswith("</p>\n"), rendered
    assert html.unescape(rendered[3:-5]) == expected
