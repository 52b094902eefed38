"""A portfolio read out of a minister's title as a name is no body of its own
(:mod:`briefing.topics.title_pieces`); sentences written for the test."""

from __future__ import annotations

from briefing.topics.candidates import Occurrence
from briefing.topics.ministries import add_ministries
from briefing.topics.rank_cluster import Cluster


def _use(article: str, text: str, surface: str) -> Occurrence:
    start = text.index(surface)
    return Occurrence(article, 0, start, start + len(surface), surface)


_TWO_HOLDERS = [
    ("1", 0, "Llegó el ministro de Relaciones Exteriores de Norlandia, Ada Lind, a Vandor."),
    ("2", 0, "Habló el ministro de Relaciones Exteriores de Surlandia, Ben Osei."),
]
_SPANISH = {"1": "es", "2": "es"}


def test_a_portfolio_cut_from_two_countries_titles_goes() -> None:
    one, two = (text for _, _, text in _TWO_HOLDERS)
    clusters = {
        "n:relaciones exteriores": Cluster(
            "organisation",
            "Relaciones Exteriores",
            [
                _use("1", one, "Relaciones Exteriores de Norlandia"),
                _use("2", two, "Relaciones Exteriores"),
            ],
        ),
        "g:norlandia": Cluster("place", "Norlandia", [_use("1", one, "Norlandia")]),
    }
    add_ministries(clusters, _TWO_HOLDERS, _SPANISH)
    assert list(clusters) == ["g:norlandia"]  # no office either: two holders


def test_a_body_written_once_outside_a_title_stays() -> None:
    text = "Relaciones Exteriores publicó una nota sobre Vandor."
    paragraphs = [*_TWO_HOLDERS, ("3", 0, text)]
    one = _TWO_HOLDERS[0][2]
    clusters = {
        "n:relaciones exteriores": Cluster(
            "organisation",
            "Relaciones Exteriores",
            [_use("1", one, "Relaciones Exteriores"), _use("3", text, "Relaciones Exteriores")],
        )
    }
    add_ministries(clusters, paragraphs, {**_SPANISH, "3": "es"})
    assert list(clusters) == ["n:relaciones exteriores"]


def test_a_country_or_the_department_inside_a_title_stays() -> None:
    text = "El Ministerio de Relaciones Exteriores y el ministro de Relaciones Exteriores hablaron."
    english = "Vandor Foreign Minister Ada Lind arrived on Monday."
    clusters = {
        "n:vandor": Cluster("organisation", "Vandor", [_use("e", english, "Vandor")]),
        "n:ministerio": Cluster(
            "organisation",
            "Ministerio de Relaciones Exteriores",
            [_use("1", text, "Ministerio de Relaciones Exteriores")],
        ),
        "n:exteriores": Cluster(
            "organisation", "Relaciones Exteriores", [_use("1", text, "Relaciones Exteriores")]
        ),
    }
    add_ministries(clusters, [("1", 0, text), ("e", 0, english)], {"1": "es", "e": "en"})
    # "Vandor" holds no portfolio word; the department's own title is no minister's, so the
    # name cut from it ("Relaciones Exteriores" at its first use) is the department's.
    assert sorted(clusters) == ["n:exteriores", "n:ministerio", "n:vandor"]
