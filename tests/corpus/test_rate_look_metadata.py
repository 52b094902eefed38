"""Metadata shapes missed on a blind packet (a central bank's decision, 2026-12-06), each written
here in text made up for the test, beside the look-alikes that must not fire:

- a portal's provider line names the outlet (``情報提供元: 示例新聞``, ``Provided by …``); a
  copy's code after "source" (``来源: sp20310314``), a picture's provider or a person does not
  (briefing.corpus.sources);
- a wire's dateline left alone as one of the story's last lines (``TOKIO (Example Wire)``)
  names the wire (briefing.corpus.closing_dateline);
- a Chinese wire dateline with a space after the agency (``示例社 北京3月19日电``) names it, and
  its reporters' bracket is no part of the stand-in title (briefing.corpus.cjk_credit,
  fallback_titles);
- a headline behind a label (``記事名:「 …``, ``Title: …``) is the title, without the label or
  the bracket it leaves unclosed (briefing.corpus.title_label).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.languages import read

from briefing.corpus.closing_dateline import closing_dateline
from briefing.corpus.sources import find_source
from briefing.corpus.title_label import labelled_title

_JA = "示例銀行は19日の会合で、預金に適用する金利を引き上げることを決めた。約十年ぶりの転換となる。"
_ZH = "示例银行19日决定,结束长期实行的低利率政策。这是该行多年来首次加息。"
_KO = "예시 은행은 19일 회의에서 기준금리를 올리기로 했다. 십여 년 만의 전환이다."
_DE = (
    "Die Notenbank hat am Dienstag den Leitzins angehoben, zum ersten Mal seit vielen Jahren. "
    "Die Entscheidung war an den Märkten seit Wochen erwartet worden."
)
_EN = (
    "The central bank raised its policy rate on Tuesday for the first time in years, ending a "
    "long period of negative rates that had weighed on lenders."
)


# --- a provider line --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("story", "line", "outlet"),
    [
        ([_JA, _JA], "情報提供元: 示例新聞", "示例新聞"),
        ([_JA], "記事提供：示例通信", "示例通信"),
        ([_JA], "配信元: 示例ニュース", "示例ニュース"),
        (
            ["예시 은행은 19일 회의에서 기준금리를 올리기로 했다. 십여 년 만의 전환이다."],
            "기사제공: 예시일보",
            "예시일보",
        ),
        ([_ZH], "稿源:示例网", "示例网"),
        ([_ZH], "本文来源:示例日报", "示例日报"),
        ([_EN], "Provided by Example News", "Example News"),
        ([_EN], "Content provided by: Example Wire", "Example Wire"),
        ([_DE], "Bereitgestellt von Beispiel Nachrichten", "Beispiel Nachrichten"),
    ],
)
def test_a_provider_line_names_the_outlet(story: list[str], line: str, outlet: str) -> None:
    assert find_source([*story, line]) == outlet


@pytest.mark.parametrize(
    ("paragraphs"),
    [
        ["发布时间:2031-03-14 13:00:37 来源: sp20310314", _ZH],  # a stamp's code
        ["来源: sp20310314", _ZH],  # the code alone on its line
        [_ZH, "来源:10086421"],
        [_JA, "写真提供: 示例通信"],  # a picture's provider
        [_EN, "Provided by Jane Roe"],  # a person
        [_EN, "The figures were provided by the ministry on Monday, officials said."],
        ["据示例社报道,示例银行19日决定加息。", _ZH],  # a cited agency
        [_JA, "示例新聞によると、決定は全会一致だった。"],
    ],
)
def test_no_provider_line_names_no_outlet(paragraphs: list[str]) -> None:
    assert find_source(paragraphs) is None


# --- a dateline at the end --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("closing", "outlet"),
    [
        ("TOKIO (Beispiel Wire)", "Beispiel Wire"),  # two capitalised words: an agency's name
        ("BERLIN (Reuters)", "Reuters"),  # a known wire in its spelling
        ("NEW YORK (AP)", "The Associated Press"),
    ],
)
def test_a_dateline_left_at_the_end_names_the_wire(closing: str, outlet: str) -> None:
    paragraphs = [_DE, _DE, "p> Von Jana Kolbe", closing]
    assert closing_dateline(paragraphs) == outlet
    assert find_source(paragraphs) == outlet


@pytest.mark.parametrize(
    "paragraphs",
    [
        [_DE, _DE, "BERLIN (Archiv)"],  # one unknown word: a note, no wire
        [_DE, _DE, "LONDON (Getty Images)"],  # a picture's credit
        [_DE, _DE, "Tokio (Beispiel Wire)"],  # a capitalised place: a caption's shape
        [_DE, _DE, "PARIS (France Presse Nouvelles) demande"],  # more than the dateline
        [_DE, _DE, "NATO (Beispiel Wire)"],  # no city
        [_DE, _DE, "PARIS (Jane Roe)"],  # a photographer
        [_DE, "TOKIO (Beispiel Wire)", _DE, _DE],  # not one of the last two lines
        ["TOKIO (Beispiel Wire)", _DE],  # too short a text to tell
    ],
)
def test_no_closing_dateline(paragraphs: list[str]) -> None:
    assert closing_dateline(paragraphs) is None


# --- a Chinese wire dateline with a space ------------------------------------------------------


def test_a_chinese_dateline_with_a_space_names_the_agency(tmp_path: Path) -> None:
    text = "发布时间:2031-03-14 13:00:37 来源: sp20310314\n示例社 东京3月19日电 (记者 张三)" + _ZH
    article = read(tmp_path, text)
    assert article.source == "示例社"
    assert article.title is not None and article.title.startswith("示例银行19日决定")


@pytest.mark.parametrize(
    "lead",
    [
        "本社 东京3月19日电 (记者 张三)" + _ZH,  # "this agency": no name
        "据示例社 东京3月19日电," + _ZH,  # cited
    ],
)
def test_no_chinese_dateline(lead: str) -> None:
    assert find_source([lead]) is None


# --- a headline behind a label ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "title"),
    [
        (
            "記事名:「 示例銀行、金利引き上げ決定 約十年ぶり",
            "示例銀行、金利引き上げ決定 約十年ぶり",
        ),
        ("Title: Central bank ends negative rates", "Central bank ends negative rates"),
        ("Titre : « La banque centrale relève son taux »", "La banque centrale relève son taux"),
        ("제목: “예시은행, 기준금리 인상”", "예시은행, 기준금리 인상"),
        ("标题:示例银行宣布加息", "示例银行宣布加息"),
        (
            'Title: "No" says the council to the new bridge',
            '"No" says the council to the new bridge',
        ),
    ],
)
def test_a_labelled_headline_is_the_title(line: str, title: str, tmp_path: Path) -> None:
    story = _JA if line.startswith(("記", "标")) else _EN
    assert labelled_title([story, "情報提供元: 示例新聞", line]) == (2, title)
    article = read(tmp_path, f"{story}\n\n{line}\n")
    assert article.title == title


@pytest.mark.parametrize(
    "paragraphs",
    [
        [_EN, "The title of the book was changed before it went to print."],
        [_EN, "Title IX cases rose in the spring, the report said."],
        [_EN, "Title: —"],  # nothing after the label
        [*[_EN] * 6, "Title: A headline in the middle", *[_EN] * 6],  # far from both ends
    ],
)
def test_no_labelled_headline(paragraphs: list[str]) -> None:
    assert labelled_title(paragraphs) is None
