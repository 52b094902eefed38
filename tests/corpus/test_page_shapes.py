"""Page shapes the reader undoes (a blind look at a hostage crisis, 2026-12-06), each written
here in text made up for the test, beside the look-alikes that must not fire:

- a page drawn in table borders (``| … | |`` on every line) is read inside them, its
  ``# example.org -- <headline>`` header as the title and the site, a date line closing the
  story as its date, its tags and related links after the story as boilerplate; a real table
  inside an article, and a Markdown table, stay as they are (briefing.corpus.framed);
- skip links (``1. Skip to content``, ``2. 跳转至主菜单``) are never the title, and a run's
  "skip to more <house> sites" names the outlet (briefing.corpus.skip_links, kickers);
- an agency picture's caption with its usage notice, in another language than the story, does
  not decide the article's language (briefing.corpus.wire_caption);
- a breadcrumb glued to the headline, the headline set alone below, gives way to it
  (briefing.corpus.glued_crumb);
- a heading and bulleted headlines of other stories above the lead are boilerplate; a list
  inside the story, or key points that restate the lead, stay (briefing.corpus.link_block).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from support.languages import read

from briefing.corpus.framed import unframe
from briefing.corpus.glued_crumb import headline_below
from briefing.corpus.wire_caption import is_wire_caption

_DE_LINES = (
    "Die Stadtverwaltung hat am Freitag die neue Brücke über den Fluss eröffnet,",
    "nachdem die Bauarbeiten fast drei Jahre gedauert hatten. Die Kosten lagen",
    "deutlich über der ursprünglichen Planung, wie der Bürgermeister einräumte.",
    "Der Verkehr soll nun schneller fließen, vor allem zu den Stoßzeiten am Morgen",
    "und am Abend. Anwohner hatten sich lange über den Lärm der Baustelle beklagt.",
)
_EN = (
    "The city opened the new bridge over the river on Friday after almost three years of "
    "work. Costs ran well over the first plan, the mayor said, but traffic should now move "
    "faster at the busiest hours of the morning and the evening."
)
_RU = (
    "Городские власти в пятницу открыли новый мост через реку после почти трёх лет работ. "
    "Стоимость строительства оказалась заметно выше первоначального плана, признал мэр."
)
_ZH = (
    "市政府星期五开通了跨河新桥。工程历时将近三年,造价明显高于原计划。"
    "市长表示,早晚高峰的交通将更加顺畅。"
)


def _framed(lines: list[str]) -> str:
    return "\n".join(f"| {line} | |" for line in lines) + "\n"


def _framed_page() -> str:
    return _framed(
        [
            "# example.org -- Neue Brücke über den Fluss eröffnet",
            "> Nach fast drei Jahren Bauzeit ist die Brücke fertig. Die Kosten",
            "> lagen über dem Plan.",
            "Bild: Die neue Brücke am Morgen",
            *_DE_LINES,
            "Der Rest folgt.",  # a wrapped paragraph's last line ends short of the width
            "14 Mar 2031",
            "## TAGS",
            "Verkehr",
            "Brücke",
            "Stadtrat",
            "## ARTIKEL ZUM THEMA",
            "Streit um die Kosten der Brücke",
        ]
    )


# --- a page drawn in table borders --------------------------------------------------------------


def test_a_framed_page_is_read_inside_its_borders(tmp_path: Path) -> None:
    article = read(tmp_path, _framed_page())
    assert article.title == "Neue Brücke über den Fluss eröffnet"
    assert article.source == "example.org"
    assert article.date == dt.date(2031, 3, 14)
    assert not any("|" in p.text for p in article.paragraphs)
    body = [p.text for p in article.paragraphs if p.kind == "body"]
    assert any(t.startswith("Die Stadtverwaltung") and "Bauarbeiten" in t for t in body)
    kinds = {p.text: p.kind for p in article.paragraphs}
    assert kinds["Verkehr"] == "boilerplate"
    assert kinds["Streit um die Kosten der Brücke"] == "boilerplate"


def test_a_table_inside_an_article_stays_a_table(tmp_path: Path) -> None:
    text = (
        "Neue Brücke über den Fluss eröffnet\n\n"
        + "\n".join(_DE_LINES)
        + "\n\n| Jahr | Kosten | |\n| 2029 | 10 Mio. | |\n| 2030 | 12 Mio. | |\n\n"
        + "\n".join(_DE_LINES)
        + "\n"
    )
    assert unframe(text) is None
    article = read(tmp_path, text)
    assert any(p.text.startswith("| Jahr") for p in article.paragraphs)


def test_a_markdown_table_is_no_frame() -> None:
    rows = ["| Jahr | Kosten |", "|------|--------|"] + [
        f"| 20{n} | {n} Mio. |" for n in range(30, 36)
    ]
    assert unframe("\n".join(rows)) is None


def test_a_date_line_between_paragraphs_dates_nothing(tmp_path: Path) -> None:
    lines = ["# example.org -- Neue Brücke über den Fluss eröffnet", *_DE_LINES[:3]]
    lines += ["14 Mar 2031", *_DE_LINES[3:], "## TAGS", "Verkehr", "Brücke"]
    article = read(tmp_path, _framed(lines))
    assert article.title == "Neue Brücke über den Fluss eröffnet"
    assert article.date is None


def test_a_company_named_by_its_address_keeps_its_headline(tmp_path: Path) -> None:
    article = read(tmp_path, f"Shop.example – sales fall sharply in March\n\n{_EN}\n")
    assert article.title == "Shop.example – sales fall sharply in March"
    assert article.source != "Shop.example"


# --- skip links ------------------------------------------------------------------------------


def test_numbered_skip_links_are_no_title_and_name_the_house(tmp_path: Path) -> None:
    text = (
        "1. Skip to content\n  2. Skip to main menu\n  3. Skip to more Example sites\n\n"
        f"New bridge opens over the river\n\nMarch 14, 2031\n\n{_EN}\n"
    )
    article = read(tmp_path, text)
    assert article.title == "New bridge opens over the river"
    assert article.source == "Example"
    assert article.date == dt.date(2031, 3, 14)


def test_chinese_skip_links(tmp_path: Path) -> None:
    text = (
        "1. 跳转至内容\n  2. 跳转至主菜单\n  3. 跳转到更多Example网站\n\n"
        f"跨河新桥正式开通\n\n2031年3月14日\n\n{_ZH}\n"
    )
    article = read(tmp_path, text)
    assert article.title == "跨河新桥正式开通"
    assert article.source == "Example"
    assert article.date == dt.date(2031, 3, 14)
    assert all(p.kind == "boilerplate" for p in article.paragraphs[:3])


def test_a_lone_link_to_more_sites_names_no_house(tmp_path: Path) -> None:
    text = f"Skip to more Example sites\n\nNew bridge opens over the river\n\n{_EN}\n"
    assert read(tmp_path, text).source != "Example"


def test_skip_to_in_a_sentence_stays_the_story(tmp_path: Path) -> None:
    line = "Readers may skip to the end of the report, which lists every bridge in the city."
    article = read(tmp_path, f"New bridge opens over the river\n\n{_EN}\n\n{line}\n")
    assert any(p.text == line and p.kind == "body" for p in article.paragraphs)


# --- an agency picture's caption in another language -----------------------------------------

_CAPTION = (
    "A view of the new bridge over the river in this handout photo taken on March 10, 2031. "
    "The city opened the bridge after almost three years of work and costs above the plan. "
    "REUTERS/Jane Roe ATTENTION EDITORS - THIS IMAGE WAS PROVIDED BY A THIRD PARTY. "
    "EDITORIAL USE ONLY. NO RESALES. NO ARCHIVES"
)


def test_a_wire_caption_does_not_decide_the_language(tmp_path: Path) -> None:
    article = read(tmp_path, f"跨河新桥正式开通\n\n{_CAPTION}\n\n{_ZH}\n")
    assert article.language == "zh"
    assert any(p.text == _CAPTION and p.kind == "caption" for p in article.paragraphs)


def test_a_sentence_citing_a_wire_poll_is_no_caption() -> None:
    assert is_wire_caption(_CAPTION)
    cited = _EN + " Most residents back the plan, a Reuters/Ipsos poll found on Tuesday."
    assert not is_wire_caption(cited)
    named = _EN + " REUTERS/Jane Roe"  # a credit with no notice: the caption rules' case
    assert not is_wire_caption(named)


# --- a breadcrumb glued to the headline ------------------------------------------------------


def test_a_breadcrumb_glued_to_the_headline(tmp_path: Path) -> None:
    text = (
        "HomeWorld newsNew bridge opens over the river\nNews details\n\n"
        f"New bridge opens over the river\n\n{_EN}\n"
    )
    assert read(tmp_path, text).title == "New bridge opens over the river"
    ja = "トップページ国内ニュース一覧【新しい橋 開通】\nニュース詳細\n\n【新しい橋 開通】\n\n"
    ja += "市は金曜日、川に架かる新しい橋を開通させました。"
    ja += "工事はおよそ三年かかり、費用は当初の計画を上回りました。\n"
    assert read(tmp_path, ja, "ja.txt").title == "【新しい橋 開通】"


def test_a_headline_ending_with_a_short_line_keeps_its_title() -> None:
    texts = ["Storm closes the old bridge in Paris", "Paris", _EN]
    assert headline_below(texts, 0) is None
    same = ["New bridge opens over the river", "New bridge opens over the river", _EN]
    assert headline_below(same, 0) is None


# --- links to other stories above the lead ---------------------------------------------------


def test_links_to_other_stories_above_the_lead(tmp_path: Path) -> None:
    text = (
        "Курс валют\n- Центробанк сделал заявление о курсе доллара\n"
        "- Аналитик назвал предел падения валюты в 2030 году\n"
        f"- Что будет с долларом дальше\n{_RU}\n{_RU}\n"
    )
    kinds = {p.text: p.kind for p in read(tmp_path, text).paragraphs}
    assert kinds["Курс валют"] == "boilerplate"
    assert kinds["- Аналитик назвал предел падения валюты в 2030 году"] == "boilerplate"


def test_a_list_inside_the_story_or_restating_it_stays(tmp_path: Path) -> None:
    inside = f"Новый мост открыт\n{_RU}\nГлавное\n- Мост строили три года\n- Стоимость выше плана\n"
    kinds = {p.text: p.kind for p in read(tmp_path, inside).paragraphs}
    assert kinds["- Мост строили три года"] != "boilerplate"
    points = (
        "Главное\n- Власти открыли новый мост через реку\n- Стоимость строительства выше плана\n"
        f"{_RU}\n{_RU}\n"
    )
    kinds = {p.text: p.kind for p in read(tmp_path, points, "b.txt").paragraphs}
    assert kinds["- Власти открыли новый мост через реку"] != "boilerplate"
