"""Page lines that name the outlet and the date (issue 8): a copyright holder never keeps a word
of the reserved-rights formula, a house's name alone in brackets over the lead (Korean, and
under a standfirst the lead repeats), a stamp whose label follows its time, a portal's logo
byline. Every text is written for the test (no article text)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from support.languages import EN, read

from briefing.corpus.copyright_footer import copyright_footer
from briefing.corpus.labels import read_label
from briefing.corpus.logo_byline import read_logo_byline
from briefing.corpus.lone_bracket import lone_bracket_source
from briefing.corpus.reserved_rights import holder_before_rights

# --- a copyright holder stops where the reserved-rights formula starts ---------------------


@pytest.mark.parametrize(
    ("line", "holder"),
    [
        ("copyright (c) Exa Digital All rights reserved.", "Exa Digital"),
        ("© 2031 Exa Media. All Rights Reserved.", "Exa Media"),
        ("Copyright 2031 Beispiel Verlag Alle Rechte vorbehalten", "Beispiel Verlag"),
        ("© Exemple Presse Tous droits réservés", "Exemple Presse"),
        ("© 2031 Ejemplo Diario Todos los derechos reservados", "Ejemplo Diario"),
        ("© Esempio Notizie Riproduzione riservata", "Esempio Notizie"),
        ("© Przyklad Media Wszelkie prawa zastrzeżone", "Przyklad Media"),
        ("© Ornek Haber Tüm hakları saklıdır", "Ornek Haber"),
        ("© Exemplu Media Toate drepturile rezervate", "Exemplu Media"),
        ("© Példa Hírek Minden jog fenntartva", "Példa Hírek"),
        ("© Priklad Zpravy Všechna práva vyhrazena", "Priklad Zpravy"),
    ],
)
def test_a_copyright_holder_keeps_no_word_of_the_formula(line: str, holder: str) -> None:
    assert copyright_footer([EN, EN, line]) == holder


@pytest.mark.parametrize(
    ("line", "holder"),
    [
        ("© 2031 Allround Media", "Allround Media"),  # a name opening like the formula
        ("© 2031 Exa Media", "Exa Media"),  # no formula
        ("© Todos Noticias", "Todos Noticias"),  # the formula's first word, not the formula
    ],
)
def test_a_holder_without_the_formula_is_kept_whole(line: str, holder: str) -> None:
    assert copyright_footer([EN, EN, line]) == holder


def test_a_line_that_is_all_formula_names_no_holder() -> None:
    assert copyright_footer([EN, EN, "© 2031 All Rights Reserved"]) is None
    text = "© All Rights Reserved"
    assert holder_before_rights(text, 2, len(text)) == ""


# --- a house's name alone in brackets over the lead ----------------------------------------

_KO_LEAD = (
    "예시시 의회는 오랜 논의 끝에 새 다리 건설 계획을 승인했으며 공사는 내년 봄에 시작될 "
    "예정이라고 시 관계자가 밝혔다. 총 공사비는 약 300억 원으로 추산된다."
)
_JA_STANDFIRST = (
    "例示市議会は長い議論の末、新しい橋の建設計画を承認し、工事は来年の春に始まる予定だと"
    "市の担当者が明らかにした。"
)
_JA_LEAD = _JA_STANDFIRST + "総工費はおよそ三百億円と見積もられ、完成は三年後の見通しだという。"
_JA_HEAD = "例示市、新橋の建設計画を承認"
_JA_OTHER = (
    "例示市では先月から住民説明会が開かれており、多くの住民が橋の必要性について意見を述べた。"
    "反対の声もあったが、市は計画を進める方針を変えていない。"
)


@pytest.mark.parametrize("house", ["예시뉴스", "예시일보", "예시방송"])
def test_a_korean_house_alone_in_brackets_is_the_outlet(house: str) -> None:
    paragraphs = ["예시시, 새 다리 건설 계획 승인", "2031-03-14 07:13", f"[{house}]", _KO_LEAD]
    assert lone_bracket_source(paragraphs) == house


@pytest.mark.parametrize("tag", ["[국제뉴스]", "[스포츠뉴스]", "[포토]", "[속보]", "[홍길동]"])
def test_a_korean_rubric_or_tag_in_brackets_is_no_outlet(tag: str) -> None:
    assert lone_bracket_source(["예시시, 새 다리 건설 계획 승인", tag, _KO_LEAD]) is None


def test_a_bracket_over_the_name_again_and_under_a_repeated_standfirst_is_the_outlet() -> None:
    head = [_JA_HEAD, _JA_STANDFIRST]
    assert lone_bracket_source([*head, "[示例新聞]", "示例新聞", _JA_LEAD]) == "示例新聞"
    assert lone_bracket_source([_JA_HEAD, "[示例新聞]", _JA_LEAD]) == "示例新聞"


def test_a_bracket_under_the_storys_own_prose_is_no_outlet() -> None:
    # the paragraph above is not printed again under the bracket: it is the story's
    head = [_JA_HEAD, _JA_OTHER]
    assert lone_bracket_source([*head, "[示例新聞]", "示例新聞", _JA_LEAD]) is None


def test_a_bracketed_name_the_story_names_again_stays_a_topic() -> None:
    lead = "示例新聞の調べでは、" + _JA_LEAD
    assert lone_bracket_source([_JA_HEAD, "[示例新聞]", "示例新聞", lead]) is None


# --- a stamp whose label follows its date and time ------------------------------------------


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("» 2031年03月14日 06時30分 公開", True),
        ("2031年03月14日 06時30分 配信", True),
        ("2031/03/14 06:30 更新", False),
        ("2031.03.14 06:30 입력", True),
        ("2031.03.14 06:30 수정", False),
    ],
)
def test_a_stamp_with_its_label_after_the_time_dates_the_page(line: str, published: bool) -> None:
    label = read_label(line)
    assert label is not None and label.published is published and not label.bare
    assert label.date.value() == dt.date(2031, 3, 14)


@pytest.mark.parametrize(
    "line",
    [
        "2031年03月14日 06時30分 発表",  # "announced": an event's time, no page's label
        "- 2031年03月14日 20:15:18",  # a list's item, no label
        "» 2031年3月 公開",  # no day
        "2031年03月14日 06時30分 公開予定の新作",  # a headline's words after the time
        "3月14日 06時30分 公開",  # no year
    ],
)
def test_look_alikes_of_a_stamp_with_its_label_after_it_are_no_label(line: str) -> None:
    assert read_label(line) is None


def test_a_stamp_with_its_label_after_it_dates_the_article(tmp_path: Path) -> None:
    text = f"{_JA_HEAD}\n\n» 2031年03月14日 06時30分 公開\n\n{_JA_LEAD}\n\n{_JA_OTHER}\n"
    assert read(tmp_path, text).date == dt.date(2031, 3, 14)


# --- a portal's logo byline ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("示例新聞 のロゴ 示例新聞 2031/03/14 23:07 示例新聞", "示例新聞"),
        ("Exa News logo Exa News 14 March 2031 23:07", "Exa News"),
        ("Logo de Exa Presse Exa Presse 14/03/2031 23:07", "Exa Presse"),
        ("예시일보 로고 예시일보 2031.03.14 23:07", "예시일보"),
    ],
)
def test_a_logo_byline_names_the_house_and_its_stamp(line: str, name: str) -> None:
    found = read_logo_byline(line)
    assert found is not None and found[0] == name
    assert found[1].value() == dt.date(2031, 3, 14)


@pytest.mark.parametrize(
    "line",
    [
        "exa-logo",  # a file's name
        "![Exa Radio](https://example.com/logo_exa.jpg)",  # a partner's logo alone
        "Exa logo Other News 2031/03/14 23:07",  # the alt text names another house
        "Exa logo Exa 2031/03/14",  # no time: no stamp
        "Exa logo Exa 2031/03/14 23:07 Read the full story here",  # more than the name after
        "Exa logo Exa 14 March 23:07",  # no year
    ],
)
def test_look_alikes_of_a_logo_byline_name_nothing(line: str) -> None:
    assert read_logo_byline(line) is None


def test_a_logo_byline_is_the_articles_outlet_and_date(tmp_path: Path) -> None:
    text = (
        f"{_JA_HEAD}\n\n示例新聞 のロゴ 示例新聞 2031/03/14 23:07 示例新聞\n\n"
        f"{_JA_LEAD}\n\n{_JA_OTHER}\n"
    )
    article = read(tmp_path, text)
    assert article.source == "示例新聞"
    assert article.date == dt.date(2031, 3, 14)
