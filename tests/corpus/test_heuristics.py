"""Plain-text metadata heuristics on articles the rules were not written for."""

from __future__ import annotations

import datetime as dt
import textwrap
from pathlib import Path

from support.fixtures import read_file, write_article

from briefing.corpus.fallback_titles import fallback_title
from briefing.model import Article

BODY = (
    "Ministers from five countries met behind closed doors to discuss water sharing, border "
    "crossings and the price of electricity exported across the region. Officials said a "
    "framework agreement could be signed before the end of the year."
)


def read(tmp_path: Path, text: str, name: str = "story.txt", encoding: str = "utf-8") -> Article:
    article = read_file(write_article(tmp_path, name, text, encoding=encoding))
    assert isinstance(article, Article), article
    return article


def kinds(article: Article) -> list[str]:
    return [p.kind for p in article.paragraphs]


def test_reuters_dateline_with_top_timestamp(tmp_path: Path) -> None:
    article = read(
        tmp_path,
        "Central Asian states agree on power-sharing plan\n"
        "October 8, 2025 10:35 AM GMT+3 Updated 2 hours ago\n\n"
        f"ALMATY, Oct 8 (Reuters) - {BODY}\n\n{BODY}\n\n"
        "Reporting by Olzhas Auyezov; Editing by Mark Heinrich\n",
    )
    assert article.title == "Central Asian states agree on power-sharing plan"
    assert article.source == "Reuters"
    assert article.date == dt.date(2025, 10, 8)
    assert kinds(article)[:2] == ["title", "meta"]


def test_afp_dateline_byline_and_copyright_footer(tmp_path: Path) -> None:
    article = read(
        tmp_path,
        "By Marie Dupont\n\nFrance and Kazakhstan sign uranium deal\n\n"
        f"PARIS (AFP) – {BODY}\n\n{BODY}\n\n© 2025 AFP\n",
    )
    assert article.title == "France and Kazakhstan sign uranium deal"
    assert article.author == "Marie Dupont"
    assert article.source == "Agence France-Presse"
    assert kinds(article) == ["meta", "title", "body", "body", "boilerplate"]


def test_hard_wrapped_article_with_day_month_year_and_related_footer(tmp_path: Path) -> None:
    wrapped = textwrap.fill(BODY, width=72)
    article = read(
        tmp_path,
        f"Water Talks Resume In Tashkent\n\n8 October 2025\n\n{wrapped}\n\n{wrapped}\n\n"
        "Related: Earlier talks collapsed in June\n",
    )
    assert article.title == "Water Talks Resume In Tashkent"
    assert article.date == dt.date(2025, 10, 8)
    assert kinds(article) == ["title", "meta", "body", "body", "boilerplate"]
    assert article.paragraphs[2].text == BODY


def test_russian_article_in_cp1251(tmp_path: Path) -> None:
    article = read(
        tmp_path,
        "Путин прибыл в Душанбе с государственным визитом\n\n9 октября 2025\n\n"
        "Президент России Владимир Путин прибыл в Таджикистан. Переговоры пройдут во дворце.\n\n"
        "Источник: ТАСС\n",
        encoding="cp1251",
    )
    assert article.language == "ru" and article.provenance["language"] == "heuristic"
    assert article.title == "Путин прибыл в Душанбе с государственным визитом"
    assert article.date == dt.date(2025, 10, 9)
    assert article.source == "TASS"  # one name per outlet, whatever the script
    assert article.notices == ("decoded as cp1251",)
    assert kinds(article) == ["title", "meta", "body", "boilerplate"]


def test_russian_wire_datelines(tmp_path: Path) -> None:
    tass = read(
        tmp_path,
        "Путин и Рахмон подписали заявление\n\nМОСКВА, 9 октября. /ТАСС/. Президент России "
        "Владимир Путин и президент Таджикистана подписали совместное заявление.\n",
    )
    assert tass.source == "TASS" and tass.language == "ru"
    ria = read(
        tmp_path,
        "Путин прибыл в Душанбе\n\nДУШАНБЕ, 8 окт — РИА Новости. Президент России прибыл в "
        "Таджикистан с государственным визитом.\n",
        name="ria.txt",
    )
    assert ria.source == "RIA Novosti"


def test_press_release_dateline_contact_and_upper_case_byline(tmp_path: Path) -> None:
    article = read(
        tmp_path,
        "FOR IMMEDIATE RELEASE\nBy JANE DOE\nMinistry announces new visa rules\n"
        "Dushanbe, October 9, 2025 — The ministry announced today that new visa rules will "
        "take effect next month for citizens of the region.\n\nContact: press@mfa.tj\n",
    )
    assert article.title == "Ministry announces new visa rules"
    assert article.author == "Jane Doe"
    assert article.date == dt.date(2025, 10, 9)
    assert kinds(article) == ["meta", "meta", "title", "body", "boilerplate"]


def test_photo_credit_then_headline_then_dek_then_published_line(tmp_path: Path) -> None:
    article = read(
        tmp_path,
        "Photo: AFP\nKyrgyz parliament approves new border treaty\n"
        "Lawmakers voted 78 to 2 to ratify the agreement with Tajikistan.\n"
        "Published: 2025-03-14\n\n"
        f"{BODY}\n",
    )
    assert article.title == "Kyrgyz parliament approves new border treaty"
    assert article.date == dt.date(2025, 3, 14)
    assert kinds(article) == ["meta", "title", "dek", "meta", "body"]


def test_no_headline_gives_a_short_fallback_from_the_first_sentence(tmp_path: Path) -> None:
    article = read(tmp_path, f"{BODY}\n\n{BODY}\n")
    assert article.title == "Ministers from five countries met behind closed doors…"
    assert article.provenance["title"] == "fallback"
    assert fallback_title("Short lead sentence here. More text.") == "Short lead sentence here"
    assert fallback_title("") is None


def test_copyright_footer_names_the_source(tmp_path: Path) -> None:
    article = read(
        tmp_path,
        f"Japan pledges aid for Central Asia\n\n{BODY}\n\n"
        "Copyright 2024 Kyodo News. All Rights Reserved.\n",
    )
    assert article.source == "Kyodo News"
    assert kinds(article)[-1] == "boilerplate"


def test_question_headline_share_tags_and_read_more(tmp_path: Path) -> None:
    article = read(
        tmp_path,
        f"Will the new corridor pay off?\n\n{BODY}\n\n{BODY}\n\nRead more: Rail links in the "
        "Caucasus\nShare this article\nTags: transport, trade\n",
    )
    assert article.title == "Will the new corridor pay off?"
    assert kinds(article) == ["title", "body", "body", "boilerplate", "boilerplate", "boilerplate"]


def test_event_dates_in_the_body_are_not_publication_dates(tmp_path: Path) -> None:
    article = read(
        tmp_path,
        "Summit ends with joint statement\n\n"
        f"On October 8, 2025, the ministers met in Dushanbe. {BODY}\n",
    )
    assert article.date is None
    assert article.provenance["date"] == "unknown"


def test_yearless_top_date_borrows_the_year_the_article_states(tmp_path: Path) -> None:
    head = "Summit ends with joint statement\nOctober 9\n\n"
    footer = read(tmp_path, f"{head}{BODY}\n\n© 2025 Example News\n", name="footer.txt")
    assert footer.date == dt.date(2025, 10, 9)
    caption = read(
        tmp_path,
        f"{head}{BODY}\n\nLeaders at the summit, Oct. 9, 2025. (AP Photo/Jane Doe)\n",
        name="caption.txt",
    )
    assert caption.date == dt.date(2025, 10, 9)
    event_year = read(tmp_path, f"{head}{BODY} The plan runs to 2030.\n", name="event.txt")
    assert event_year.date is None  # the year of something else, not of the article
    two = read(
        tmp_path,
        f"{head}{BODY}\n\nSigned March 1, 2024.\n\n© 2025 Example News\n",
        name="two.txt",
    )
    assert two.date is None  # two candidate years: do not guess


def test_site_suffix_on_the_headline_is_the_source(tmp_path: Path) -> None:
    article = read(tmp_path, f"Dushanbe hosts CIS summit | Asia-Plus.tj\n\n{BODY}\n")
    assert article.title == "Dushanbe hosts CIS summit"
    assert article.source == "Asia-Plus.tj"
    assert article.provenance["source"] == "heuristic"


def test_byline_with_two_authors_and_a_url_line(tmp_path: Path) -> None:
    article = read(
        tmp_path,
        "Caspian pipeline talks stall\nBy Jane Doe and John Roe\n"
        f"https://news.example.com/caspian-pipeline\n\n{BODY}\n",
    )
    assert article.author == "Jane Doe and John Roe"
    assert article.url == "https://news.example.com/caspian-pipeline"
    assert kinds(article) == ["title", "meta", "meta", "body"]


def test_section_label_before_the_headline_is_meta(tmp_path: Path) -> None:
    article = read(tmp_path, f"WORLD NEWS\nPipeline deal signed in Baku\n\n{BODY}\n")
    assert article.title == "Pipeline deal signed in Baku"
    assert kinds(article) == ["meta", "title", "body"]


def test_menu_debris_above_a_pasted_article_is_not_the_title(tmp_path: Path) -> None:
    menu = "Home\nNews\nWorld news\nSport\nWeather\n\n"
    article = read(tmp_path, f"{menu}Kazakhstan lifts grain export ban\n\n{BODY}\n")
    assert article.title == "Kazakhstan lifts grain export ban"
    assert kinds(article) == ["meta"] * 5 + ["title", "body"]
    no_title = read(tmp_path, f"{menu}{BODY}\n", name="no-title.txt")
    assert no_title.title == "Ministers from five countries met behind closed doors…"


def test_news_that_looks_like_widgets_stays_body(tmp_path: Path) -> None:
    article = read(
        tmp_path,
        f"Markets react to the summit\n\n{BODY}\n\nShare prices rose sharply on Monday.\n\n"
        "Subscribers complained about the delays.\n\n"
        "NATO is a military organization founded in 1949 by twelve countries.\n",
    )
    assert kinds(article) == ["title", "body", "body", "body", "body"]


def test_body_sentences_mentioning_agencies_are_not_furniture(tmp_path: Path) -> None:
    long_mention = (
        "Human Rights Watch told Reuters and AFP that the copyright of the photographs "
        "belongs to the families, who shared them on social media after the arrests, and "
        "asked that they not be published without consent from the people shown in them."
    )
    article = read(tmp_path, f"Rights group urges release of activists\n\n{long_mention}\n")
    assert kinds(article) == ["title", "body"]
    assert article.source is None


def test_a_space_less_lede_gives_a_fallback_title_cut_to_the_columns_of_eight_words() -> None:
    """Invented Japanese and Chinese ledes: no spaces, so no word count stops them."""
    from briefing.corpus.fallback_titles import MAX_COLUMNS

    ja = (
        "【3月2日 示例通信】架空県の港湾施設で火災が発生し、消防当局は周辺の住民約200人に避難を"
        "呼びかけたが、けが人の有無は分かっていないと発表した。"
    )
    title = fallback_title(ja, "ja")
    assert title is not None and title.endswith("…")
    assert sum(2 if ord(c) > 0x2E80 else 1 for c in title) <= MAX_COLUMNS
    assert title.startswith("【3月2日 示例通信】架空県の港湾施設で火災が発生し")
    zh = "示例市政府周三宣布，该市新建的跨河大桥将于下月正式通车，预计每天可分流车辆三万余辆。"
    assert fallback_title(zh, "zh") == "示例市政府周三宣布，该市新建的跨河大桥将于下月正式通车…"


def test_a_short_space_less_lede_and_a_spaced_one_are_not_cut() -> None:
    assert fallback_title("示例市今天下雪。", "zh") == "示例市今天下雪。"
    spaced = "The council approved the new budget on Tuesday after a long debate."
    assert fallback_title(spaced) == "The council approved the new budget on Tuesday…"


def test_a_spaced_title_of_ten_long_words_is_left_whole() -> None:
    lede = "Internationale Wiederaufbaukonferenzen beschäftigen Verwaltungsgerichtsbarkeiten"
    assert fallback_title(lede, "de") == lede


def test_a_first_sentence_of_dots_alone_gives_no_title_and_no_error() -> None:
    """A sentence of a lone "." left an empty title whose longest run was asked of nothing:
    three files of the 10k benchmark corpus could not be read (ValueError from max())."""
    assert fallback_title(".") is None
