"""A host carrying another outlet's text names it in a line of its own: a teaser's closing
"continue reading on <name>" or a news app's note on whose article it summarised
(briefing.corpus.carried_credit), and an agency's Latin initials in a Japanese bracket credit
(briefing.corpus.cjk_credit). Every text is written for the test, with look-alikes (a cited
source, a related link, a summary in the story) that must name no outlet."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.languages import DE, EN, ES, FR, IT, RU, read

from briefing.corpus.carried_credit import summary_outlet, teaser_outlet
from briefing.corpus.cjk_credit import japanese_wire

KO = "시의회는 다리 건설 비용을 두고 긴 논의를 거친 끝에 계획을 승인했습니다."


@pytest.mark.parametrize(
    ("last", "outlet"),
    [
        (FR[:-1] + " dans un... suite de l'article sur Exa", "Exa"),
        (FR + " Lire la suite sur Radio Exemple", "Radio Exemple"),
        (DE + "\nWeiterlesen auf beispiel.de", "beispiel.de"),
        (ES + " Seguir leyendo en Diario Ejemplo.", "Diario Ejemplo"),
        (EN + " Read more at Example News", "Example News"),
        (EN + "… Continue reading on Example Times »", "Example Times"),
        (IT + " Continua a leggere su Esempio", "Esempio"),
        (RU + " Читать далее на Пример.ру", "Пример.ру"),
    ],
)
def test_a_teasers_closing_link_names_the_outlet(last: str, outlet: str) -> None:
    assert teaser_outlet([EN, last]) == outlet


@pytest.mark.parametrize(
    "last",
    [
        FR + " selon l'AFP, a-t-il ajouté.",  # a cited agency
        RU + " Об этом сообщается на сайте Пример.",  # a cited site
        EN + " READ MORE: Mayor opens the new bridge after a long debate",  # a related headline
        EN + " Read more about the bridge in our archive",  # no name
        EN + " Read more at the council's page",  # lower case: no house
        "Read more at Example News for the council's full statement on the bridge. " + EN,
        EN[:-1] + " and readers can read more at Example News, the mayor said.",  # mid-sentence
    ],
)
def test_look_alikes_of_a_teasers_link_name_no_outlet(last: str) -> None:
    assert teaser_outlet([EN, last]) is None


def test_the_closing_link_is_the_articles_outlet(tmp_path: Path) -> None:
    text = f"{FR}\n\n{FR[:-1]} dans un... suite de l'article sur Radio Exemple\n"
    assert read(tmp_path, text).source == "Radio Exemple"


def test_a_summary_notes_quoted_source_names_the_outlet() -> None:
    note = "예시앱의 문장 추출 기술을 사용하여 “예시뉴스” 기사 내용을 3줄로 요약한 결과입니다."
    assert summary_outlet([KO, KO, note + " 전체 읽기를 권장합니다."]) == "예시뉴스"


@pytest.mark.parametrize(
    "last",
    [
        "“예시일보” 기사를 요약하면 시의회가 계획을 승인했다는 것입니다.",  # a journalist's gloss
        "“예시일보” 기사에 따르면 시의회는 계획을 승인했습니다.",  # a citation
        "예시앱이 기사 내용을 3줄로 요약한 결과입니다.",  # no source named
    ],
)
def test_look_alikes_of_a_summary_note_name_no_outlet(last: str) -> None:
    assert summary_outlet([KO, last]) is None


@pytest.mark.parametrize(
    ("text", "wire"),
    [
        ("【EXニューヨーク=山田太郎】米国の例示市で14日、洪水が発生した。", "EX"),
        ("【EXPロンドン=田中花子、佐藤一郎】英国で14日、洪水が発生した。", "EXP"),
        ("【AFPパリ=山田太郎】仏の例示市で14日、洪水が発生した。", "Agence France-Presse"),
        ("【ソウル聯合ニュース】韓国の例示市で14日、洪水が発生した。", "Yonhap"),
    ],
)
def test_a_japanese_credit_of_initials_city_and_reporter_names_the_agency(
    text: str, wire: str
) -> None:
    assert japanese_wire(text) == wire


@pytest.mark.parametrize(
    "text",
    [
        "【EX解説】例示市で14日、洪水が発生した。",  # a show's label: no reporter
        "【ニューヨーク=山田太郎】米国の例示市で14日、洪水が発生した。",  # the paper's own bureau
        "【NY=山田太郎】米国の例示市で14日、洪水が発生した。",  # initials of a city, no city after
        "【EX北京=张三】示例市今天举行会议，讨论防洪工作。",  # Chinese: no kana
        "EXニューヨークによると、例示市で14日、洪水が発生した。",  # a citation
        "聯合ニュースによると、例示市で14日、洪水が発生した。",  # a citation of Yonhap
    ],
)
def test_look_alikes_of_a_japanese_initials_credit_name_no_agency(text: str) -> None:
    assert japanese_wire(text) is None
