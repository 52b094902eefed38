"""Page lines shown as a stated title when the text states none (btitle79):

- a Chinese reporter's or text credit on its own line (``記者張三/綜合報導``, ``文/示例社``) is
  a page line, never the headline (:mod:`briefing.corpus.reporter_line`);
- a Spanish "read more" link (``Lea más: <another story's headline>``, ``Vea además: …``)
  is a link to another story, never this one's headline (:mod:`briefing.corpus.furniture`);
- an ``Originally Published: <day> <time>`` label is a publication label like ``Published:``
  (:mod:`briefing.corpus.labels`), never the headline;
- a message board post's header (``1 :2031/03/14(金) 06:54:38.30 ID:AbCd``) is never the
  headline (:mod:`briefing.corpus.forum_header`);
- a picture's caption closed by its copyright mark (``<caption>。(c)Example通信``) is a caption
  (:mod:`briefing.corpus.copyright_caption`), and a picture viewer's button (``写真拡大``) is
  the page's chrome (:mod:`briefing.corpus.picture_widget`): neither is the headline.

With no other headline, the title is the guessed one (provenance ``fallback``). Every text is
written for the test; each rule has look-alikes that must stay headlines.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.languages import EN, ES, read

from briefing.corpus.copyright_caption import is_copyright_caption
from briefing.corpus.forum_header import is_forum_header
from briefing.corpus.furniture import is_boilerplate
from briefing.corpus.labels import read_label
from briefing.corpus.picture_widget import is_picture_widget
from briefing.corpus.reporter_line import is_reporter_line

_ZH = (
    "示例市議會13日批准了新橋建設計畫,市長表示大橋將在兩年內完工,居民對此表示歡迎,"
    "工程預計明年春天動工。"
)

# --- a Chinese credit on a line of its own --------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "記者張小明/綜合報導",
        "記者王大同／台北報導",
        "记者 李四、王五/综合报道",
        "文/示例社",
        "文、圖／張小明",
        "記者林美/外電報導",
    ],
)
def test_a_credit_line_is_a_page_line(line: str) -> None:
    assert is_reporter_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "記者會上市長宣布新橋動工",  # "at the press conference the mayor announces …"
        "記者/作家張小明談新書",  # a slash, but no report word: a headline about a writer
        "示例市新橋動工 市長:兩年內完工",
        "文化部長宣布辭職",  # 文 opens a word, no slash
        "記者張小明/綜合報導 示例市議會13日批准了新橋建設計畫,市長表示大橋將在兩年內完工",
    ],
)
def test_a_headline_is_no_credit_line(line: str) -> None:
    assert not is_reporter_line(line)


@pytest.mark.parametrize("credit", ["記者張小明/綜合報導", "文/示例社"])
def test_a_credit_over_the_lead_is_never_the_title(tmp_path: Path, credit: str) -> None:
    text = f"▲示例市的新橋。(圖/示例社)\n\n{credit}\n\n{_ZH}\n\n{_ZH}\n"
    article = read(tmp_path, text)
    assert article.title != credit
    assert article.provenance["title"] == "fallback"


def test_a_headline_over_the_credit_stays_the_title(tmp_path: Path) -> None:
    text = f"示例市新橋明年動工\n\n記者張小明/綜合報導\n\n{_ZH}\n\n{_ZH}\n"
    article = read(tmp_path, text)
    assert article.title == "示例市新橋明年動工"
    assert article.provenance["title"] == "heuristic"


# --- a Spanish "read more" link ---------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "LEA MÁS: El alcalde de Ejemplo dimite tras el escándalo",
        "Vea además: El puente de Ejemplo cerrará en invierno",
        "Lea también: Cinco claves del plan municipal",
        "Le interesa también: La feria vuelve a Ejemplo",
    ],
)
def test_a_read_more_link_is_boilerplate(line: str) -> None:
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    [
        "Vea además cómo el puente cambió la ciudad de Ejemplo",  # no colon: a sentence
        "Lea Martínez: la alcaldesa que reconstruyó el puente",  # a name, then a colon
        "Veamos además qué dice el plan",
    ],
)
def test_a_headline_or_a_sentence_is_no_read_more_link(line: str) -> None:
    assert not is_boilerplate(line)


def test_a_read_more_link_under_the_lead_is_never_the_title(tmp_path: Path) -> None:
    link = "LEA MÁS: El alcalde de Ejemplo dimite tras el escándalo"
    text = (
        "El alcalde de Ejemplo anunció su dimisión este martes.\n"
        "Su mandato duró apenas dos meses.\n"
        "La decisión llega tras semanas de presión de su propio partido.\n"
        f"{link}\n{ES}\n{ES}\n"
    )
    article = read(tmp_path, text)
    assert article.title != link
    assert article.provenance["title"] == "fallback"


# --- "Originally Published:" -------------------------------------------------------------


def test_an_originally_published_label_is_a_label() -> None:
    label = read_label("Originally Published: 14 MAR 31 09:12 ET")
    assert label is not None and label.published


def test_a_headline_about_publishing_is_no_label() -> None:
    assert read_label("Originally published poems found in an Exampleton attic") is None


def test_an_originally_published_line_is_never_the_title(tmp_path: Path) -> None:
    line = "Originally Published: 14 MAR 31 09:12 ET"
    text = f"{line}\nUpdated: 14 MAR 31 10:45 ET\nBy Jane Roe, Example News\n{EN}\n{EN}\n"
    article = read(tmp_path, text)
    assert article.title != line
    assert article.provenance["title"] == "fallback"


# --- a message board post's header --------------------------------------------------------

_JA = (
    "例市議会は14日、新しい橋の建設計画を承認した。市長は2年以内に完成すると述べ、"
    "住民は長い待ち時間の末に歓迎の意を示した。"
)


@pytest.mark.parametrize(
    "line",
    [
        "1 :2031/03/14(金) 06:54:38.30 ID:AbCd1234.net",
        "25 名前：例の名無しさん：2031/03/14(金) 07:01:02 ID:xYz9",
        "3：2031/3/4（火）12:00 ID:Q1w2E3",
    ],
)
def test_a_post_header_is_a_page_line(line: str) -> None:
    assert is_forum_header(line)


@pytest.mark.parametrize(
    "line",
    [
        "1 :2031/03/14(金) 例市で新橋が開通",  # a day, then a headline: no clock, no ID
        "例市の新橋、2031/03/14(金) 06:54に開通",
        "2 : ID problems delay the Exampleton bridge",
    ],
)
def test_a_headline_is_no_post_header(line: str) -> None:
    assert not is_forum_header(line)


def test_a_post_header_is_never_the_title(tmp_path: Path) -> None:
    line = "1 :2031/03/14(金) 06:54:38.30 ID:AbCd1234.net"
    article = read(tmp_path, f"{line}\n{_JA}\n{_JA}\n")
    assert article.title != line
    assert article.provenance["title"] == "fallback"


# --- a caption closed by its copyright mark; a picture viewer's button --------------------


@pytest.mark.parametrize(
    "line",
    [
        "例市の新しい橋を渡る市長(2031年3月14日撮影)。(c)Example通信",
        "예시시에서 새 다리가 개통됐다. ⓒ 예시방송",
        "The mayor opens the new bridge in Exampleton. © Example Wire",
    ],
)
def test_a_caption_closed_by_its_rights_holder_is_a_caption(line: str) -> None:
    assert is_copyright_caption(line)


@pytest.mark.parametrize(
    "line",
    [
        "Studio wins suit over ©Example",  # the mark inside a headline's words
        "© 2031 Example News. All rights reserved.",  # a footer: no caption before the mark
        "Example Films: who owns the ©?",
        "The mayor opens the bridge. © Example Wire, which filed the picture, says it was staged",
    ],
)
def test_a_headline_or_a_footer_is_no_copyright_caption(line: str) -> None:
    assert not is_copyright_caption(line)


@pytest.mark.parametrize("line", ["写真拡大", "【写真を拡大】", "사진 확대", "Enlarge image"])
def test_a_picture_button_is_chrome(line: str) -> None:
    assert is_picture_widget(line)


@pytest.mark.parametrize("line", ["Enlarge the harbour, council says", "写真拡大の新技術"])
def test_a_headline_is_no_picture_button(line: str) -> None:
    assert not is_picture_widget(line)


def test_a_caption_and_its_button_over_the_lead_are_never_the_title(tmp_path: Path) -> None:
    caption = "例市の新しい橋を渡る市長(2031年3月14日撮影)。(c)Example通信"
    article = read(tmp_path, f"{caption}\n\n写真拡大\n\n{_JA}\n\n{_JA}\n")
    assert article.title not in (caption, "写真拡大")
    assert article.provenance["title"] == "fallback"
