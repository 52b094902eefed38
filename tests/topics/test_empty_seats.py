"""A person named once by a full name fills the top's empty seats, after every ranked topic,
and only from the article's own prose. Every name and sentence is invented here."""

from __future__ import annotations

from dataclasses import replace

from topics.helpers import article

from briefing.model import Article, Paragraph
from briefing.topics.candidates import Occurrence
from briefing.topics.empty_seats import SEATS, full_name, seated, speaks, surname_key
from briefing.topics.rank import Cluster, rank
from briefing.topics.single_use import SINGLE_USE_ARTICLES


def _packet(
    uses: dict[str, list[tuple[int, str | Paragraph]]], count: int = SINGLE_USE_ARTICLES
) -> tuple[list[Article], list[Cluster], dict[tuple[str, int], str]]:
    """``count`` articles of one paragraph each per use; ``uses`` maps a person's name to
    (article number, paragraph) uses."""
    texts: dict[int, list[str | Paragraph]] = {n: [] for n in range(count)}
    paragraphs: dict[tuple[str, int], str] = {}
    clusters = []
    for name, found in uses.items():
        occs = []
        for number, para in found:
            text = para.text if isinstance(para, Paragraph) else para
            index = len(texts[number])
            texts[number].append(para)
            paragraphs[(f"a{number}", index)] = text
            at = text.index(name)
            occs.append(Occurrence(f"a{number}", index, at, at + len(name), name))
        clusters.append(Cluster("person", name, occs))
    articles = [
        replace(article(f"a{n}", *(texts[n] or ["x"])), source=f"Outlet {n}") for n in range(count)
    ]
    return articles, clusters, paragraphs


_TWICE = {
    "Mira Kastelan": [(0, "Mira Kastelan resigned."), (1, "Mira Kastelan quit.")],
}


def test_a_person_named_once_by_full_name_fills_an_empty_seat_last() -> None:
    articles, clusters, paragraphs = _packet(
        {
            **_TWICE,
            "Pavel Novotny": [(2, "The toll rose to nine, said Pavel Novotny, a police official.")],
        }
    )
    topics = rank(articles, clusters, paragraphs, limit=100)
    assert [t.name for t in topics] == ["Mira Kastelan", "Pavel Novotny"]
    assert topics[1].score <= topics[0].score


def test_no_seat_is_filled_from_a_caption_or_a_quoted_post() -> None:
    articles, clusters, paragraphs = _packet(
        {
            **_TWICE,
            "Pavel Novotny": [
                (2, Paragraph("Pavel Novotny said so at the scene.", kind="caption"))
            ],
            "Jana Dvorak": [(3, "Jana Dvorak (@janad) said it was over.")],
            "Petra Kral": [(4, Paragraph("Petra Kral sagte es.", language="de"))],
        }
    )
    assert [t.name for t in rank(articles, clusters, paragraphs, limit=100)] == ["Mira Kastelan"]


def test_no_seat_for_a_name_that_opens_with_no_given_name() -> None:
    # "Grand Hotel" has a person's shape but opens with an everyday word.
    articles, clusters, paragraphs = _packet(
        {**_TWICE, "Grand Hotel": [(2, "They met at the Grand Hotel, said a guest.")]}
    )
    assert [t.name for t in rank(articles, clusters, paragraphs, limit=100)] == ["Mira Kastelan"]


def test_no_seat_for_a_name_in_passing_or_the_tail_of_a_longer_name() -> None:
    articles, clusters, paragraphs = _packet(
        {
            **_TWICE,
            # No verb of saying in its sentence: a figure of history named in passing.
            "Pavel Novotny": [(2, "It recalled the treaty Pavel Novotny signed in 1921.")],
            # "Ana" before it: the tail of "Ana Jana Dvorak", whatever the sentence says.
            "Jana Dvorak": [(3, "The mayor, Ana Jana Dvorak, said the town was safe.")],
            # The same after a given name written with its accent.
            "Petra Kral": [(4, "The minister Víctor Petra Kral said help was coming.")],
        }
    )
    assert [t.name for t in rank(articles, clusters, paragraphs, limit=100)] == ["Mira Kastelan"]


def test_a_verb_of_saying_in_the_names_sentence_only() -> None:
    text = "The minister resigned. Pavel Novotny was seen in town. Others said nothing."
    at = text.index("Pavel Novotny")
    assert not speaks(text, at, at + len("Pavel Novotny"))
    text = "Pavel Novotny, a witness, told reporters it was loud."
    assert speaks(text, 0, len("Pavel Novotny"))
    text = "«Всё горит», — заявил Павел Орлов."
    at = text.index("Павел Орлов")
    assert speaks(text, at, at + len("Павел Орлов"))


def test_no_seat_when_the_top_is_full() -> None:
    names = [f"Mira Kastelan{chr(65 + n)}" for n in range(SEATS)]
    uses: dict[str, list[tuple[int, str | Paragraph]]] = {
        name: [(0, f"{name} spoke."), (1, f"{name} left.")] for name in names
    }
    uses["Pavel Novotny"] = [(2, "The toll rose, said Pavel Novotny.")]
    articles, clusters, paragraphs = _packet(uses)
    names = [t.name for t in rank(articles, clusters, paragraphs, limit=100)]
    assert len(names) == SEATS and "Pavel Novotny" not in names


def test_a_full_name_in_several_scripts() -> None:
    assert full_name("Magnus Tumi Jonsson", "is")
    assert full_name("Κυριάκος Παπαδόπουλος", "el")
    assert full_name("Дмитрий Орлов", "ru")
    assert not full_name("Jane ROE", "en")  # a credit's capitals
    assert not full_name("Pavel", "en")  # a given name alone
    assert not full_name("Красный Крест", "ru")  # a body, no given name


def test_another_spelling_of_a_ranked_person_takes_no_seat() -> None:
    assert surname_key("Элизабет Трасс") == surname_key("Liz Truss")
    assert seated([(1.0, "Элизабет Трасс", 0), (1.0, "Pavel Novotny", 1)], 3, ["Liz Truss"]) == [1]
    assert surname_key("Pavel Novotny") != surname_key("Liz Truss")
    # A longer form of a ranked name, and a romanisation one letter longer.
    assert seated([(1.0, "Jana Roe Smith", 0)], 3, ["Jana Roe"]) == []
    assert seated([(1.0, "Карлуш Муэдаш", 0)], 3, ["Carlos Moedas"]) == []
    assert seated([(1.0, "Jana Rosewall", 0)], 3, ["Jana Roe"]) == [0]  # "rswl" vs "r"
