"""Outlets and titles of plain-text articles in many languages: datelines, signatures,
self-references (and the cited sources that are never the outlet), glued headlines. Every
fixture is written for the test; each test names the rule it holds."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.languages import DE, EN, FR, IT, RU, TR, UK, read


def test_a_headline_glued_to_the_first_sentence_is_split(tmp_path: Path) -> None:
    article = read(tmp_path, f"Bridge reopens after five years{EN}\n")
    assert article.title == "Bridge reopens after five years"
    assert article.paragraphs[1].text == EN


def test_a_name_in_camel_case_written_twice_is_not_a_glued_headline(tmp_path: Path) -> None:
    # "by ExampleSoft, … ExampleSoft is": a brand's two capitals, not "<headline><lead>".
    text = (
        "Why it matters: It all comes down to one update by ExampleSoft, which crashed"
        " office computers across the city. Because ExampleSoft is a big supplier, many"
        " firms were hit.\n"
    )
    article = read(tmp_path, text)
    assert article.paragraphs[0].text == text.strip()


def test_a_headline_followed_by_a_dateline_is_split(tmp_path: Path) -> None:
    article = read(tmp_path, f"Brücke nach fünf Jahren eröffnet BERLIN (dpa) - {DE}\n")
    assert article.title == "Brücke nach fünf Jahren eröffnet"
    assert article.source == "dpa"


def test_glued_body_sentences_are_not_a_headline(tmp_path: Path) -> None:
    glued = "Ministers met in Dushanbe on Monday.Officials said talks would continue."
    article = read(tmp_path, f"{glued}\n")
    assert article.paragraphs[0].text == glued


def test_wiki_heading_and_page_leftovers(tmp_path: Path) -> None:
    article = read(
        tmp_path, f"- menu-icon\n![](https://example.org/a.jpg)\n= City Bridge =\n\n{EN}\n"
    )
    assert article.title == "City Bridge"
    assert [p.kind for p in article.paragraphs] == ["boilerplate", "boilerplate", "title", "body"]


@pytest.mark.parametrize(
    ("body", "outlet"),
    [
        (f"{RU} Об этом пишет Газета.Ru со ссылкой на ТАСС.", "Газета.Ru"),
        (f"{RU} Об этом сообщил корреспонденту ТАСС мэр города.", "TASS"),
        (f"Стало известно, что мост откроют весной, сообщает Zakon.kz. {RU}", "Zakon.kz"),
        (f"{UK} Про це пише Приклад Правда з посиланням на Reuters.", "Приклад Правда"),
        (f"{EN} The mayor told a Kazinform correspondent.", "Kazinform"),
        (f"{EN} Kazinform News Agency reports.", "Kazinform"),
        (f"{TR} Belediye başkanı AA muhabirine açıklama yaptı.", "AA"),
        (f"{FR} Selon les images d'un correspondant de Radio Exemple.", "Radio Exemple"),
        (f"Le pont va rouvrir ? Radio Exemple 1 fait le point. {FR}", "Radio Exemple 1"),
        # the house's section after a colon is dropped; "récapitule" announces its piece
        (f"{FR} Exempleinfo: sport récapitule les deux ans de travaux.", "Exempleinfo"),
        (f"Le pont rouvre. Radio Exemple vous résume l'essentiel. {FR}", "Radio Exemple"),
        (f"{IT} Lo ha detto all'ANSA il sindaco.", "ANSA"),
        (f"{RU} Подробнее – в эфире телеканала Пример 24.", "Пример 24"),
        (f"{UK} Детальніше — в ефірі телеканалу Приклад ТБ.", "Приклад ТБ"),
        (f"{RU} «Пример Газета» разбиралась, что случилось с мостом.", "Пример Газета"),
        (f"{RU} «Пример Газета» разобралась, почему закрыли мост.", "Пример Газета"),
    ],
)
def test_self_references_give_the_outlet(tmp_path: Path, body: str, outlet: str) -> None:
    article = read(tmp_path, f"Bridge plan approved after debate\n\n{body}\n\n{EN}\n")
    assert article.source in (outlet, "Anadolu Agency" if outlet == "AA" else outlet)


@pytest.mark.parametrize(
    "body",
    [
        f"{RU} Об этом сообщает Газета.Ru.",
        f"{RU} Об этом сообщает CNN.",
        f"{UK} Про це повідомляє CNN.",
        f"{UK} Про це повідомляє Українська правда.",
        f"{UK} Про це інформують Новини Полісся.",
        f"{RU} Полиция разбиралась, что случилось с мостом.",  # no masthead in guillemets
        f"{RU} Суд разбирался, почему закрыли мост.",
        f"{RU} «Пример Газета» разбиралась в причинах аварии.",  # no question: not a link
    ],
)
def test_the_bare_this_was_reported_by_formula_names_no_outlet(tmp_path: Path, body: str) -> None:
    """Outlets write it of themselves and of the outlets they cite alike (a Ukrainian site's
    story on a foreign fire: "Про це повідомляє CNN."), so it supports no outlet."""
    article = read(tmp_path, f"Bridge plan approved after debate\n\n{body}\n\n{EN}\n")
    assert article.source is None


@pytest.mark.parametrize(
    "body",
    [
        "Паром сел на мель, передает Пример.kz со ссылкой на ВВС. "
        "Двое пострадавших в больнице, сообщает Радио Образец.",
        "Паром сел на мель, передает Пример.kz. Двое пострадавших в больнице, "
        "сообщает Радио Образец.",
    ],
)
def test_a_cited_outlet_closing_a_sentence_loses_to_the_outlets_own_cue(
    tmp_path: Path, body: str
) -> None:
    # "…, сообщает X." also cites others: the stronger cue names the outlet.
    article = read(tmp_path, f"Паром сел на мель\n\n{body}\n\n{RU}\n")
    assert article.source == "Пример.kz"


@pytest.mark.parametrize(
    "body",
    [
        f"{EN} The plan was approved, according to Interfax.",
        f"{EN} According to Kazinform news agency, the plan was approved.",
        f"{EN} Le Monde reported that the plan was approved.",
        f"{RU} Об этом сообщили со ссылкой на ТАСС и пресс-службу министерства.",
        f"{EN} The ministry's press service said the plan was approved.",
        f"{FR} explique notre correspondant sur place.",
        f"{DE} Die Kölner Dombauhütte ist ein Partner des Louvre Museums.",
        f"{FR} Le ministre récapitule les mesures prises.",  # no name of a house
        f"{FR} Le maire: « Tout le monde récapitule » a-t-il dit.",  # a quote, not a section
    ],
)
def test_cited_sources_are_never_the_outlet(tmp_path: Path, body: str) -> None:
    article = read(tmp_path, f"Bridge plan approved after debate\n\n{body}\n\n{EN}\n")
    assert article.source is None


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("Por AFP", "Agence France-Presse"),
        ("dpa/jp", "dpa"),
        ("Von dpa", "dpa"),
        # Europe's national agencies, credited in lower case with the editor's initials
        ("belga/kw", "Belga"),
        ("apa/red", "APA"),
        ("lusa/mf", "Lusa"),
        ("(PAP)", "PAP"),
    ],
)
def test_a_wire_signing_the_story_is_the_outlet(tmp_path: Path, line: str, outlet: str) -> None:
    assert read(tmp_path, f"Bridge approved\n\n{line}\n{EN}\n").source == outlet
    assert read(tmp_path, f"Bridge approved\n\n{EN}\n{line}\n", "end.txt").source == outlet


def test_a_bare_agency_line_may_be_a_photo_credit(tmp_path: Path) -> None:
    assert read(tmp_path, f"Bridge approved\n\nAFP\n{EN}\n").source is None
    assert read(tmp_path, f"Bridge approved\n\nBelga\n{EN}\n", "b.txt").source is None


def test_a_source_label_closing_the_last_paragraph(tmp_path: Path) -> None:
    article = read(tmp_path, f"Brücke eröffnet\n\n{DE}\n\n{DE} Quelle: dts Nachrichtenagentur\n")
    assert article.source == "dts Nachrichtenagentur"


def test_a_copyright_near_the_top_is_a_photo_credit(tmp_path: Path) -> None:
    article = read(
        tmp_path,
        f"Мост открыт\n\n© 2024 Example Photo Agency\n{RU}\n\n{RU}\n\n{RU}\n\n{RU}\n",
    )
    assert article.source is None
    footer = read(tmp_path, f"Мост открыт\n\n{RU}\n\n{RU}\n\n© 2024 Example News\n", "f.txt")
    assert footer.source == "Example News"


def test_a_photographer_copyright_is_a_photo_credit_even_at_the_end(tmp_path: Path) -> None:
    article = read(
        tmp_path,
        f"Мост открыт\n\n{RU}\n\n{RU}\n\n"
        "Авторское право Jane Doe/Copyright 2024 The AP. All rights reserved.\n",
    )
    assert article.source is None


def test_an_author_and_wire_byline_is_the_outlet_not_the_title(tmp_path: Path) -> None:
    article = read(tmp_path, f"date 2025-05-08 Jane Doe, Associated Press\n{EN}\n")
    assert article.source == "The Associated Press"
    assert article.paragraphs[1].kind == "meta"
    assert article.title != "Jane Doe, Associated Press"


def test_an_outlet_citing_another_is_the_outlet(tmp_path: Path) -> None:
    article = read(tmp_path, f"{RU} Мост откроют весной, пишет Радио Пример со ссылкой на ТАСС.\n")
    assert article.source == "Радио Пример"


@pytest.mark.parametrize(
    "sentence",
    [
        "The theft was reported by French police on Sunday.",
        "The Louvre Museum informs visitors that the gallery is closed.",
        "The Interior Ministry has learned of the plan.",
        "The mayor told a Turkish correspondent that the bridge is safe.",
    ],
)
def test_institutions_and_nationalities_are_never_the_outlet(tmp_path: Path, sentence: str) -> None:
    article = read(tmp_path, f"Bridge plan approved after debate\n\n{sentence} {EN}\n\n{EN}\n")
    assert article.source is None


def test_bullet_summaries_are_not_the_fallback_title(tmp_path: Path) -> None:
    article = read(
        tmp_path, f"- Council approves the bridge plan\n- Work starts in spring\n\n{EN}\n"
    )
    assert article.title == "The city council approved the plan after a…"


@pytest.mark.parametrize(
    ("dateline", "outlet"),
    [
        ("LYON, France (AP) —", "The Associated Press"),  # the wire's own dateline, any language
        ("SPRINGFIELD, Ill. (AP) —", "The Associated Press"),
        ("NEW YORK, New York (Reuters) -", "Reuters"),
        (" date 2025-06 LYON, France (AP) —", "The Associated Press"),  # after a date label
    ],
)
def test_an_ap_style_dateline_with_its_region_names_the_wire(
    tmp_path: Path, dateline: str, outlet: str
) -> None:
    body = "Un tren de pasajeros se detuvo el jueves en la estación central por una avería."
    assert read(tmp_path, f"{dateline} {body}\n\n{body}\n").source == outlet


@pytest.mark.parametrize(
    "opening",
    [
        "PARIS, Texas (Photo) —",  # a bracket that is no agency
        "Lyon, France (AP) —",  # a place not shouted and no date: a sentence can open so
    ],
)
def test_look_alikes_of_an_ap_dateline_name_no_outlet(tmp_path: Path, opening: str) -> None:
    body = "Un tren de pasajeros se detuvo el jueves en la estación central por una avería."
    assert read(tmp_path, f"{opening} {body}\n\n{body}\n").source is None


@pytest.mark.parametrize(
    ("body", "line", "outlet"),
    [
        (
            "Η γέφυρα άνοιξε σήμερα το πρωί στην πόλη μετά από δύο χρόνια εργασιών.",
            "Πηγή: kathimerini.gr",
            "kathimerini.gr",
        ),
        ("Most je danas ujutro otvoren u gradu nakon dvije godine radova.", "Izvor: N1", "N1"),
        ("Мостът беше открит днес сутринта след две години ремонт.", "Източник: БТА", "БТА"),
    ],
)
def test_a_source_line_in_more_languages_names_the_outlet(
    tmp_path: Path, body: str, line: str, outlet: str
) -> None:
    assert read(tmp_path, f"{body}\n\n{body}\n\n{line}\n").source == outlet


def test_a_source_word_inside_a_sentence_names_no_outlet(tmp_path: Path) -> None:
    body = "Η πηγή του ποταμού βρίσκεται στο βουνό, είπε ο δήμαρχος στους κατοίκους."
    assert read(tmp_path, f"{body}\n\n{body}\n").source is None
