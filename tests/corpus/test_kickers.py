"""Page furniture in front of a plain-text headline never becomes the title.

Skip links, section kickers glued to the headline and a section label run together with the
headline and its lead, in several languages; and real headlines that only look like furniture,
which must be kept. Every text here is written for the test.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.fixtures import read_file, write_article

from briefing.corpus.kickers import (
    glued_kicker_end,
    is_skip_link,
    lead_echo_cut,
    skip_link_end,
)
from briefing.model import Article


def read(tmp_path: Path, text: str) -> Article:
    article = read_file(write_article(tmp_path, "story.txt", text))
    assert isinstance(article, Article), article
    return article


EN_BODY = (
    "The regional council voted on Tuesday to close the old harbour bridge to heavy traffic "
    "after engineers found cracks in two of its supports. Repairs are expected to last a year."
)
DE_BODY = (
    "Der Stadtrat hat am Dienstag beschlossen, die alte Hafenbrücke für den Schwerverkehr zu "
    "sperren, nachdem Ingenieure Risse in zwei Stützen gefunden hatten."
)
FR_BODY = (
    "Le conseil régional a voté mardi la fermeture du vieux pont du port aux poids lourds, "
    "après que des ingénieurs ont découvert des fissures dans deux de ses piliers."
)
RU_BODY = (
    "Городской совет во вторник решил закрыть старый портовый мост для грузовиков после того, "
    "как инженеры нашли трещины в двух опорах."
)


@pytest.mark.parametrize(
    "text",
    [
        "Skip to main content",
        "Skip to content",
        "Zum Inhalt springen",
        "Direkt zum Hauptinhalt",
        "Aller au contenu principal",
        "Saltar al contenido",
        "Vai al contenuto",
        "Перейти к содержанию",
        "Перейти до вмісту",
        "Przejdź do treści",
        "İçeriğe geç",
        "Skip to main content | Skip to navigation",
    ],
)
def test_skip_links_are_recognised(text: str) -> None:
    assert is_skip_link(text)


@pytest.mark.parametrize(
    "text",
    [
        "Zum Inhalt des Vertrags äußerte sich die Ministerin nicht",
        "Перейти к содержанию переговоров стороны так и не смогли",
        "Skip the queue: how the museum cut waiting times",
        "Aller au contenu des négociations reste difficile",
        "Zum Inhalt Stellung nehmen wollte die Ministerin nicht",
        "Zur Suche nach den Vermissten wurden Taucher gerufen",
    ],
)
def test_sentences_that_start_like_a_skip_link_are_not_one(text: str) -> None:
    assert not is_skip_link(text)
    assert skip_link_end(text) is None


@pytest.mark.parametrize(
    ("top", "body", "title"),
    [
        ("Skip to main content", EN_BODY, "Harbour bridge closed to lorries after cracks found"),
        ("Zum Inhalt springen", DE_BODY, "Hafenbrücke für Lastwagen gesperrt"),
        ("Aller au contenu", FR_BODY, "Le vieux pont du port fermé aux poids lourds"),
        ("Перейти к содержанию", RU_BODY, "Старый портовый мост закрыли для грузовиков"),
    ],
)
def test_a_skip_link_line_or_prefix_is_never_the_title(
    tmp_path: Path, top: str, body: str, title: str
) -> None:
    alone = read(tmp_path, f"{top}\n\n{title}\n\n{body}\n")
    assert alone.title == title
    assert alone.paragraphs[0].kind == "boilerplate"
    glued = read(tmp_path, f"{top}{title}\n\n{body}\n")
    assert glued.title == title
    spaced = read(tmp_path, f"{top} {title}\n\n{body}\n")
    assert spaced.title == title


@pytest.mark.parametrize(
    ("text", "kicker"),
    [
        ("PolitikHafenbrücke für Lastwagen gesperrt", "Politik"),
        ("ПроисшествияСтарый портовый мост закрыли для грузовиков", "Происшествия"),
        ("ПроисшествияВ Твери закрыли старый мост", "Происшествия"),
        ("СуспільствоУ Львові закрили старий міст", "Суспільство"),
        ("SociétéLe vieux pont du port fermé aux poids lourds", "Société"),
    ],
)
def test_a_kicker_glued_to_the_headline_is_cut_off(text: str, kicker: str) -> None:
    assert glued_kicker_end(text) == len(kicker)


@pytest.mark.parametrize(
    "text",
    [
        "WhatsApp changes its privacy rules for business accounts",
        "BlackRock raises its stake in the harbour operator",
        "PowerPoint slides from the council meeting were leaked",
        "McDonald's opens its first restaurant in the old town",
        "iPhone sales fell in the third quarter",
        "Politik: Hafenbrücke gesperrt",
    ],
)
def test_brands_and_ordinary_headlines_are_not_kickers(text: str) -> None:
    assert glued_kicker_end(text) is None


def test_a_glued_kicker_does_not_reach_the_title(tmp_path: Path) -> None:
    glued = "ПроисшествияСтарый портовый мост закрыли для грузовиков"
    article = read(tmp_path, f"{glued}\n\n{RU_BODY}\n")
    assert article.title == "Старый портовый мост закрыли для грузовиков"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Politik Stadtrat sperrt alte Hafenbrücke Der Stadtrat sperrt die alte Hafenbrücke "
            "ab Dienstag. Ingenieure hatten Risse gefunden.",
            "Stadtrat sperrt alte Hafenbrücke",
        ),
        (
            "Société Le conseil ferme le vieux pont Le conseil régional ferme le vieux pont du "
            "port aux poids lourds. Des fissures ont été trouvées.",
            "Le conseil ferme le vieux pont",
        ),
        (
            "Local Council shuts old harbour bridge The council shut the old harbour bridge on "
            "Tuesday. Engineers had found cracks.",
            "Council shuts old harbour bridge",
        ),
    ],
)
def test_label_headline_and_lead_run_together(tmp_path: Path, text: str, title: str) -> None:
    article = read(tmp_path, f"{text}\n\nMore text follows in a second paragraph of the story.\n")
    assert article.title == title


@pytest.mark.parametrize(
    "text",
    [
        # A Title Case headline with a capitalised article, then a lead that says other things.
        "Why The Harbour Bridge Matters To The Town The closure will cost hauliers time and money.",
        # A first sentence of prose: a name with an article inside it, no echo.
        "Die Ministerin sprach mit Der Spiegel über die Brücke und die Kosten der Reparatur.",
        # The lead repeats the headline, and its first word too: no label is cut.
        "Hafenbrücke gesperrt nach Rissen Die Hafenbrücke ist nach Rissen gesperrt worden.",
    ],
)
def test_look_alikes_of_a_run_together_label(text: str) -> None:
    echo = lead_echo_cut(text)
    if "Hafenbrücke gesperrt" in text:
        assert echo is not None and echo[0] is None  # a headline, but no label in front
    else:
        assert echo is None


def test_a_headline_and_its_lead_run_together_without_a_label(tmp_path: Path) -> None:
    text = (
        "Stadtrat sperrt alte Hafenbrücke Der Stadtrat sperrt die alte Hafenbrücke ab Dienstag. "
        "Ingenieure hatten Risse gefunden."
    )
    article = read(tmp_path, f"{text}\n\nMore text follows in a second paragraph.\n")
    assert article.title == "Stadtrat sperrt alte Hafenbrücke"
    assert [p.text for p in article.paragraphs[:2]] == [
        "Stadtrat sperrt alte Hafenbrücke",
        "Der Stadtrat sperrt die alte Hafenbrücke ab Dienstag. Ingenieure hatten Risse gefunden.",
    ]
