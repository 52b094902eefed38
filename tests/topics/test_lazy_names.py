"""Names and theme asides worked out only for the clusters rank scores give the topics that
working them out for every cluster gives (issue 15: at 10,000 articles rank scores a few
thousand of ~150,000 clusters).

Every name and sentence here is invented for the test.
"""

from __future__ import annotations

import random

import pytest
from topics.helpers import article

from briefing.model import Article, Topic
from briefing.topics import assemble
from briefing.topics import rank as rank_module
from briefing.topics.candidates import Occurrence
from briefing.topics.rank import Cluster, name_of, rank

NAMES = ("Varnholm", "Kestrel Pier", "Tobias Wrenfield", "Brask Tower", "Odile Marchetti")


def _clusters(seed: int, articles: list[Article], lazy: bool) -> tuple[list[Cluster], list[str]]:
    """Clusters of 1 to 6 mentions; every fifth theme is an aside. ``lazy``: names and
    asides left to rank (and each name asked for recorded in the list returned)."""
    pick = random.Random(seed)
    asked: list[str] = []
    found = []
    for n in range(200):
        kind = pick.choice(("person", "place", "theme", "organisation"))
        name = f"{pick.choice(NAMES)} {n % 9}"
        occurrences = [
            Occurrence(pick.choice(articles).id, pick.randrange(3), s, s + 4, name)
            for s in (pick.randrange(0, 40, 5) for _ in range(pick.randint(1, 6)))
        ]
        aside = kind == "theme" and n % 5 == 0
        if not lazy:
            if not aside:
                found.append(Cluster(kind, name, occurrences))
            continue

        def namer(name: str = name) -> str:
            asked.append(name)
            return name

        cluster = Cluster(kind, "", occurrences, namer=namer)
        if kind == "theme":
            cluster.aside = (lambda: True) if aside else (lambda: False)
        found.append(cluster)
    return found, asked


def _articles() -> list[Article]:
    return [article(f"{n:02d}", "x") for n in range(12)]


def _ranked(seed: int, limit: int | None, lazy: bool) -> tuple[list[tuple], list[str]]:
    articles = _articles()
    paragraphs = {
        (a.id, p): "Varnholm, Brask and Kestrel Pier." for a in articles for p in range(3)
    }
    clusters, asked = _clusters(seed, articles, lazy)
    topics: tuple[Topic, ...] = rank(articles, clusters, paragraphs, limit)
    return [(t.id, t.name, t.kind, t.score, t.mentions) for t in topics], asked


@pytest.mark.parametrize("limit", [None, 0, 1, 5, 30, 150, 200, 400])
def test_names_and_asides_left_to_rank_rank_as_given_ones(limit: int | None) -> None:
    for seed in range(4):
        eager, _ = _ranked(seed, limit, lazy=False)
        lazy, asked = _ranked(seed, limit, lazy=True)
        assert lazy == eager, (seed, limit)
        if limit is not None and limit <= 5:
            assert len(asked) < 100  # only the clusters that might make the list were named


def test_a_name_is_worked_out_once() -> None:
    calls = []
    cluster = Cluster("person", "", [], namer=lambda: calls.append(1) or "Ivo Rask")
    assert name_of(cluster) == name_of(cluster) == "Ivo Rask"
    assert calls == [1]


def test_an_aside_that_is_no_theme_is_asked_before_ranking() -> None:
    """A body's mentions make others' weak (an item of a list), so its aside cannot wait."""
    articles = _articles()
    listed = "Varnholm, Brask and Kestrel Pier."
    paragraphs = {(a.id, 0): listed for a in articles}
    ids = [a.id for a in articles]

    def everywhere(kind: str, name: str, start: int) -> Cluster:
        return Cluster(kind, name, [Occurrence(i, 0, start, start + len(name), name) for i in ids])

    body = everywhere("organisation", "Brask", 10)
    body.aside = lambda: True
    lazy = rank(
        articles,
        [everywhere("place", "Varnholm", 0), body, everywhere("place", "Kestrel Pier", 20)],
        paragraphs,
        1,
    )
    eager = rank(
        articles,
        [everywhere("place", "Varnholm", 0), everywhere("place", "Kestrel Pier", 20)],
        paragraphs,
        1,
    )
    assert [(t.name, t.score) for t in lazy] == [(t.name, t.score) for t in eager]
    assert lazy[0].score > 10  # two names are no list: not weak, as the aside is no name


#: A small briefing, in English and French, with a body named with its article ("Le
#: Vigilant"), people named in full and by surname, themes in apposition to a name ("Ivan
#: Dorn, a retired night watchman") and themes that are subjects.
_TEXTS = [
    (
        "Ivan Dorn, a retired night watchman, said the Harbour Authority closed the pier.",
        "According to Le Vigilant, the Harbour Authority ordered a safety review of the pier.",
        "Dorn said the safety review came too late for the fishing fleet.",
    ),
    (
        "Ivan Dorn, a retired night watchman, spoke to reporters near Kestrel Pier.",
        "The safety review of Kestrel Pier was ordered after the storm damage.",
        "As Le Vigilant reported, storm damage closed the fishing fleet's harbour.",
    ),
    (
        "Selon Le Vigilant, Odile Marchetti a demandé une enquête sur le port.",
        "Odile Marchetti, maire de Varnholm, a rencontré Ivan Dorn.",
        "The Harbour Authority said storm damage and the safety review would cost millions.",
    ),
    (
        "Marchetti told the Harbour Authority that the fishing fleet needs the pier.",
        "Storm damage at Kestrel Pier left the fishing fleet without a harbour.",
        "Le Vigilant said Dorn, a retired night watchman, had warned of storm damage.",
    ),
]


def _build(limit: int | None, eager: bool, monkeypatch: pytest.MonkeyPatch) -> tuple:
    articles = [article(f"a{n}", *texts) for n, texts in enumerate(_TEXTS)]
    if eager:
        real = rank_module.rank

        def rank_all_named(articles, clusters, paragraphs, limit=None, offices=(), languages=None):  # type: ignore[no-untyped-def]
            kept = [c for c in clusters if not rank_module._dropped(c)]
            for c in kept:
                name_of(c)
            assert all(c.namer is None and c.aside is None for c in kept)
            return real(articles, kept, paragraphs, limit, offices, languages)

        monkeypatch.setattr(assemble, "rank", rank_all_named)
    topics = assemble.build(articles, limit)
    monkeypatch.undo()
    return tuple((t.id, t.name, t.kind, t.aliases, t.score, t.mentions) for t in topics)


@pytest.mark.parametrize("limit", [None, 1, 3, 8])
def test_building_names_what_naming_every_cluster_names(
    limit: int | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    lazy = _build(limit, False, monkeypatch)
    eager = _build(limit, True, monkeypatch)
    assert lazy == eager
    names = [t[1] for t in _build(None, False, monkeypatch)]
    # The fixture exercises what is left to later: a body named with its article, and a
    # theme dropped as an apposition ("Ivan Dorn, a retired night watchman").
    assert "Le Vigilant" in names and "Ivan Dorn" in names
    assert "night watchman" not in names and "storm damage" in names
