"""Page lines shown as a stated title when the text states none (btitle79):

- a Chinese reporter's or text credit on its own line (``記者張三/綜合報導``, ``文/示例社``) is
  a page line, never the headline (:mod:`briefing.corpus.reporter_line`);
- a Spanish "read more" link (``Lea más: <another story's headline>``, ``Vea además: …``)
  is a link to another story, never this one's headline (:mod:`briefing.corpus.furniture`).

With no other headline, the title is the guessed one (provenance ``fallback``). Every text is
written for the test; each rule has look-alikes that must stay headlines.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.languages import ES, read

from briefing.corpus.furniture import is_boilerplate
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
