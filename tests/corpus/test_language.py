"""Language of articles and paragraphs: detected with provenance, and honest when unsure.

Every text here is written for the test (no article text is copied).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.fixtures import read_file, write_article

from briefing.corpus.language import detect_language, paragraph_languages
from briefing.model import Article

TEXTS = {
    "fr": (
        "Les ministres des cinq pays se sont réunis à huis clos pour discuter du partage de "
        "l'eau, des postes frontières et du prix de l'électricité exportée dans la région."
    ),
    "de": (
        "Die Minister der fünf Länder trafen sich hinter verschlossenen Türen, um über die "
        "Verteilung des Wassers, die Grenzübergänge und den Strompreis zu beraten."
    ),
    "es": (
        "Los ministros de los cinco países se reunieron a puerta cerrada para discutir el "
        "reparto del agua, los pasos fronterizos y el precio de la electricidad exportada."
    ),
    "it": (
        "I ministri dei cinque paesi si sono riuniti a porte chiuse per discutere della "
        "ripartizione dell'acqua, dei valichi di frontiera e del prezzo dell'elettricità."
    ),
    "tr": (
        "Beş ülkenin bakanları suyun paylaşımını, sınır kapılarını ve bölgeye ihraç edilen "
        "elektriğin fiyatını görüşmek üzere kapalı kapılar ardında bir araya geldi."
    ),
    "uk": (
        "Міністри п'яти країн зустрілися за зачиненими дверима, щоб обговорити розподіл води, "
        "прикордонні переходи та ціну електроенергії, яку експортують до регіону."
    ),
    "ru": (
        "Министры пяти стран встретились за закрытыми дверями, чтобы обсудить распределение "
        "воды, пограничные переходы и цену электроэнергии, которую экспортируют в регион."
    ),
    "en": (
        "Ministers from five countries met behind closed doors to discuss water sharing, "
        "border crossings and the price of electricity exported across the region."
    ),
}


@pytest.mark.parametrize("code", sorted(TEXTS))
def test_a_few_sentences_are_named(code: str) -> None:
    assert detect_language(TEXTS[code] + " " + TEXTS[code]) == code


@pytest.mark.parametrize("text", ["Rahmon", "Paris, 7 décembre", "Der Kanzler sagte", "", "2025"])
def test_short_text_gets_no_language(text: str) -> None:
    assert detect_language(text) is None


def test_short_russian_wire_item_is_russian_by_its_letters() -> None:
    text = "Министры встретились в Москве и подписали заявление о сотрудничестве в энергетике."
    assert detect_language(text) == "ru"


def test_cyrillic_with_letters_of_other_alphabets_is_not_called_russian() -> None:
    # Made-up Kazakh-like text: Cyrillic, but with letters Russian does not use.
    text = "Министрлер кездесуі өтті және қауіпсіздік мәселелері талқыланды, деп хабарлады ұйым."
    assert detect_language(text) != "ru"


def test_mixed_paragraphs_get_their_own_language() -> None:
    found = paragraph_languages([TEXTS["es"], TEXTS["en"], "— Embajada (@embajada) 7 dic"], "es")
    assert found == [None, "en", None]


def test_article_language_is_detected_with_provenance(tmp_path: Path) -> None:
    article = read_file(
        write_article(
            tmp_path, "a.txt", f"Réunion des ministres\n\n{TEXTS['fr']}\n\n{TEXTS['fr']}\n"
        )
    )
    assert isinstance(article, Article)
    assert article.language == "fr" and article.provenance["language"] == "heuristic"
    assert article.languages == ("fr",)


def test_declared_language_wins_and_says_so(tmp_path: Path) -> None:
    text = f"---\ntitle: Réunion\nlang: fr-FR\n---\n\n{TEXTS['en']}\n"
    article = read_file(write_article(tmp_path, "a.md", text))
    assert isinstance(article, Article)
    assert article.language == "fr" and article.provenance["language"] == "front-matter"


def test_undetermined_article_says_so(tmp_path: Path) -> None:
    article = read_file(write_article(tmp_path, "a.txt", "Rahmon\n\n12 34 56\n"))
    assert isinstance(article, Article)
    assert article.language == "und" and article.provenance["language"] == "unknown"


def test_mixed_article_lists_both_languages(tmp_path: Path) -> None:
    text = f"Reunión\n\n{TEXTS['es']}\n\n{TEXTS['en']}\n\n{TEXTS['es']}\n"
    article = read_file(write_article(tmp_path, "a.txt", text))
    assert isinstance(article, Article)
    assert article.languages == ("es", "en")
    assert [p.language for p in article.paragraphs[-3:]] == [None, "en", None]


def test_a_cyrillic_language_needs_its_own_letters() -> None:
    from briefing.corpus.language import _plausible

    russian = "Депутаты голосовали на выборах в прошлом году и в позапрошлом году тоже."
    assert not _plausible("sr", russian) and not _plausible("uk", russian)
    assert _plausible("uk", TEXTS["uk"]) and _plausible("ru", russian)
    assert _plausible("sr", "Latin text is not judged by Cyrillic letters")
