"""Metadata shapes a blind packet (a nuclear test, 2026-12-05) showed missing or misread, each
written here in text made up for the test, with the look-alikes that must not be read: an
agency's name with the word "agency" in a dateline's brackets, a wire's dateline alone on its
line, two wires sharing the closing bracket, "(Agencies)" naming no one, a wire relayed by
"…, передает X.", a closing stamp under a keywords block, a headline and its stamp run into
the lead, a Korean footer with the paper's motto, a category label over the headline."""

from __future__ import annotations

import datetime as dt

import pytest
from support.languages import DE, EN, ES, RU, read

from briefing.corpus.agency_words import generic_credit, names_an_agency
from briefing.corpus.closing_credit import joint_credit
from briefing.corpus.closing_stamp import _stamp_day, story_above
from briefing.corpus.datelines import read_dateline
from briefing.corpus.head_stamp import inner_stamp
from briefing.corpus.korean_credit import copyright_outlet
from briefing.corpus.selfref import self_reference
from briefing.corpus.taxonomy import is_category_label, is_keyword_label, is_tag_list
from briefing.corpus.wires import WIRES

# --- an agency's name with the word "agency" in a dateline's brackets -------------------------


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        ("EXAMPLETON (exa Nachrichtenagentur) - Der Rat hat", "exa Nachrichtenagentur"),
        ("EXAMPLEöRT (exa Nachrichtenagentur) - Der Rat hat", "exa Nachrichtenagentur"),
        ("VELMORA (Example News Agency) - The council", "Example News Agency"),
        ("VELMORA (Agencia Ejemplo) - El ayuntamiento", "Agencia Ejemplo"),
        ("Berlin (exa Nachrichtenagentur) - Der Rat hat", "exa Nachrichtenagentur"),
    ],
)
def test_a_name_with_the_word_agency_in_a_datelines_brackets_is_the_agency(
    text: str, agency: str
) -> None:
    dateline = read_dateline(text)
    assert dateline is not None and dateline.agency == agency


@pytest.mark.parametrize(
    "text",
    [
        "SEOUL (Agencies) - The council",  # the word alone names no agency
        "VELMORA (Nachrichtenagentur) - Der Rat",
        "BERLIN (AP Photo) - A man walks",  # a picture's credit
        "PARIS (France) - The council",  # a place
        "Exampleton (exa Nachrichtenagentur) - Der Rat",  # no city GeoNames knows
        "Velmora (see below) - the council",  # prose in brackets
    ],
)
def test_a_bracket_that_names_no_agency_is_no_dateline_credit(text: str) -> None:
    dateline = read_dateline(text)
    assert dateline is None or dateline.agency is None


def test_a_dateline_credit_with_the_agency_word_is_the_outlet(tmp_path) -> None:
    text = f"date 2031-03\n\nVELMORA (exa Nachrichtenagentur) - {DE}\n\n{DE}\n"
    assert read(tmp_path, text).source == "exa Nachrichtenagentur"


def test_agency_words() -> None:
    assert names_an_agency("Example News Agency") and names_an_agency("exa Nachrichtenagentur")
    assert not names_an_agency("News Agency") and not names_an_agency("Example")
    for credit in ("AGENCIES", "Agencias", "With agencies", "агентства", "وكالات", "news agencies"):
        assert generic_credit(credit), credit
    for credit in ("AFP", "Example News Agency", "Agency Example", "EFE y AFP"):
        assert not generic_credit(credit), credit


# --- a wire's dateline alone on its line ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "agency"),
    [("TOKIO(AP )", "AP"), ("Moskau (dpa)", "dpa"), ("LONDON (Reuters)", "Reuters")],
)
def test_a_wire_dateline_alone_on_its_line_names_the_wire(text: str, agency: str) -> None:
    dateline = read_dateline(text)
    assert dateline is not None and dateline.agency == agency


@pytest.mark.parametrize(
    "text", ["BIG NEWS (Update)", "Paris (France)", "Velmora (AFP)", "PARIS (AFP) blah", "A (AP)"]
)
def test_a_bracket_ending_a_line_is_no_dateline_otherwise(text: str) -> None:
    assert read_dateline(text) is None


def test_a_wire_dateline_after_a_label_on_its_line_names_the_outlet(tmp_path) -> None:
    text = f"date 2031-03 TOKIO(AP )\n\n{ES}\n\n{ES}\n"
    assert read(tmp_path, text).source == "The Associated Press"


# --- closing credits: two wires; "(Agencies)" ------------------------------------------------


@pytest.mark.parametrize(
    ("last", "wire"),
    [
        ("El puente abrirá en mayo. (EFE y AFP)", "EFE"),
        ("The bridge opens in May. (AFP and Reuters)", "Agence France-Presse"),
        ("Die Brücke öffnet im Mai. (dpa, AFP)", "dpa"),
    ],
)
def test_two_wires_sharing_the_closing_bracket_name_the_first(last: str, wire: str) -> None:
    assert joint_credit([EN, last, "Comparte esta noticia"], WIRES) == wire


@pytest.mark.parametrize(
    "last",
    [
        "El puente abrirá en mayo. (EFE y otros)",  # not every name is a wire
        "The bridge opens in May. (AFP and the UN)",
        "The bridge opens in May. (Reuters Photo)",
        "The bridge opens in May (AFP and Reuters) as planned.",  # not closing the story
    ],
)
def test_a_closing_bracket_not_all_wires_names_no_pair(last: str) -> None:
    assert joint_credit([EN, last], WIRES) is None


def test_a_joint_closing_credit_is_the_outlet(tmp_path) -> None:
    text = f"El puente abrirá en mayo\n\n{ES}\n\n{ES} (EFE y AFP)\n\nComparte esta noticia\n"
    assert read(tmp_path, text).source == "EFE"


@pytest.mark.parametrize("credit", ["(AGENCIES)", "(Agencies)", "(АГЕНТСТВА)"])
def test_agencies_alone_closing_the_story_name_no_outlet(tmp_path, credit: str) -> None:
    text = f"Bridge plan approved after debate\n\n{EN}\n\n{EN} {credit}\n"
    assert read(tmp_path, text).source is None


def test_a_wire_closing_the_story_in_brackets_still_names_it(tmp_path) -> None:
    text = f"Bridge plan approved after debate\n\n{EN}\n\n{EN} (AFP)\n"
    assert read(tmp_path, text).source == "Agence France-Presse"


# --- "…, передает X.": a wire relayed, a site naming itself ----------------------------------


def test_a_wire_after_the_bare_relay_formula_is_the_one_relayed() -> None:
    assert self_reference("Совет одобрил план моста, передает ТАСС.") is None
    # with a citation after it too: a wire writes its own copy with its correspondent
    assert self_reference("Совет одобрил план, передает ТАСС со ссылкой на пресс-службу.") is None
    assert self_reference("Рада схвалила план мосту, передає Укрінформ.") is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Совет одобрил план моста, передает Пример.kz.", "Пример.kz"),
        ("Совет одобрил план моста, передает «Пример Ньюс».", "Пример Ньюс"),
        ("Совет одобрил план, передает корреспондент ТАСС.", "ТАСС"),
    ],
)
def test_a_site_naming_itself_or_a_wires_correspondent_still_reads(text: str, name: str) -> None:
    assert self_reference(text) == name


@pytest.mark.parametrize(
    "line",
    [
        "Совет одобрил план моста, передает ТАСС.",
        "The council approved the plan, according to Reuters.",
        "According to AFP and Reuters, the council approved the plan.",
    ],
)
def test_a_relayed_or_cited_wire_is_no_outlet(tmp_path, line: str) -> None:
    text = f"Council approves bridge plan\n\n{RU}\n\n{line}\n"
    assert read(tmp_path, text).source is None


# --- a closing stamp under the page's tail ---------------------------------------------------


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("14 марта 2031 г. в 19:05", dt.date(2031, 3, 14)),
        ("14 марта 2031 г., 19:05", dt.date(2031, 3, 14)),
        ("14 mars 2031 à 19h05", dt.date(2031, 3, 14)),
    ],
)
def test_a_stamp_line_may_say_at_between_its_date_and_time(line: str, day: dt.date) -> None:
    assert _stamp_day(line) == day


@pytest.mark.parametrize(
    "line", ["Совет собрался 14 марта 2031 г. в 19:05", "on 14 March 2031 at 19:05"]
)
def test_a_sentence_with_a_date_and_at_is_no_stamp(line: str) -> None:
    assert _stamp_day(line) is None


#: A story long enough that a date line at its end is past the head's reach (12 paragraphs).
_LONG_RU = "\n\n".join([RU] * 14)


def test_a_closing_stamp_under_a_keywords_block_dates_the_story(tmp_path) -> None:
    text = (
        f"Совет одобрил план моста\n\n{_LONG_RU}\n\nexample.com\n\nКлючевые слова:\n\n"
        "мост, совет, Примерск\n\n0\n\n14 марта 2031 г. в 19:05\n\nПрочитано 120 раз\n"
    )
    assert read(tmp_path, text).date == dt.date(2031, 3, 14)


def test_a_stamp_under_a_related_headline_dates_nothing(tmp_path) -> None:
    text = (
        f"Совет одобрил план моста\n\n{_LONG_RU}\n\nЧитайте также:\n\n"
        "Примерск открыл новую школу\n\n14 марта 2031 г. в 19:05\n\nПрочитано 120 раз\n"
    )
    assert read(tmp_path, text).date is None


def test_story_above_steps_over_the_tail_only() -> None:
    tail = [RU, "example.com", "Keywords:", "bridge, council", "0", "stamp"]
    assert story_above(tail, 5) == 0
    # "Keywords:" before a sentence: the sentence is no tag list, the walk stops at it
    sentence = [RU, "Keywords:", "The council met again on Monday.", "stamp"]
    assert story_above(sentence, 3) == 2
    assert story_above(["Another story's headline", "stamp"], 1) == 0


# --- taxonomy lines --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line", ["Categories: World news", "Рубрика: Политика", "分类:国际新闻", "Category: 国际要闻"]
)
def test_a_category_label_is_recognised(line: str) -> None:
    assert is_category_label(line)


@pytest.mark.parametrize(
    "line",
    [
        "Categories of aid were discussed at length by the council.",
        "Section: The council met on Monday and approved the plan.",
        "Category 5 storm nears Velmora",
    ],
)
def test_a_sentence_is_no_category_label(line: str) -> None:
    assert not is_category_label(line)


def test_keyword_labels_and_tag_lists() -> None:
    assert is_keyword_label("Keywords:") and is_keyword_label("Ключевые слова:")
    assert is_keyword_label("Tags: bridge, council, Velmora")
    assert not is_keyword_label("Keywords of the summit were trust and peace.")
    assert not is_keyword_label("Keywords: the council approved the plan after a debate.")
    assert is_tag_list("мост, совет, Примерск") and not is_tag_list("The council met. It voted.")


def test_a_category_label_over_the_headline_is_no_title(tmp_path) -> None:
    text = f"Categories: 国际要闻\n\nBridge plan approved after long debate\n\n{EN}\n"
    article = read(tmp_path, text)
    assert article.title == "Bridge plan approved after long debate"


# --- a headline, its stamp and the lead on one line; a Korean footer ------------------------


def test_a_stamp_between_headline_and_lead_is_cut_out(tmp_path) -> None:
    text = (
        '시의회 "예시 다리 계획 승인" 2031-03-14 13:06 홍길동 기자 시의회가 14일 예시 다리 '
        "건설 계획을 승인했다고 밝혔다. 공사는 내년에 시작된다. 홍길동 기자 hong@example.com "
        "©'예시 경제신문' 예시일보. 무단전재·재배포 금지\n"
    )
    article = read(tmp_path, text)
    assert article.title == '시의회 "예시 다리 계획 승인"'
    assert article.date == dt.date(2031, 3, 14)
    assert article.source == "예시일보"


@pytest.mark.parametrize(
    "text",
    [
        "Sendung: Radio Example Nachrichten, 14.03.2031 19:00 Uhr",  # a field's date
        "The council met on Monday. At 2031-03-14 13:06 it voted on the plan again.",
        "Storm closes harbour 2031-03-14 13:06",  # the stamp ends the line: head_stamp's case
        "Vote 2031-03-14 13:06 the council approved the plan",  # too short for a headline
    ],
)
def test_no_inner_stamp_in_look_alikes(text: str) -> None:
    assert inner_stamp(text) is None


def test_a_korean_footer_with_the_papers_motto_names_the_paper() -> None:
    assert copyright_outlet("©'예시 경제신문' 예시일보. 무단전재·재배포 금지") == "예시일보"
    assert copyright_outlet("사진 ⓒ '예시 사진' 예시통신") is None  # a picture's credit
