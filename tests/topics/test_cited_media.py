"""A medium (an agency, a paper, a broadcaster) every use of which cites it as a source is
no key topic, however many articles cite it and in whatever language; one use that writes
about it keeps it. Every name and sentence is invented here."""

from __future__ import annotations

from dataclasses import replace

from topics.helpers import article

from briefing.topics.candidates import Occurrence
from briefing.topics.cited import cited_only
from briefing.topics.rank import Cluster, rank
from briefing.topics.single_use import SINGLE_USE_ARTICLES


def _uses(name: str, texts: list[str]) -> tuple[list[Occurrence], dict[tuple[str, int], str]]:
    """One use of ``name`` per text, each text an article of its own."""
    occs, paragraphs = [], {}
    for n, text in enumerate(texts):
        paragraphs[(f"a{n}", 0)] = text
        at = text.index(name)
        occs.append(Occurrence(f"a{n}", 0, at, at + len(name), name))
    return occs, paragraphs


#: How the packets' languages cite a medium: a verb after or before it (a medium noun, a
#: day or quotes between), a word of attribution, an "as" clause, words said to it or on
#: it, an unnamed reporter of it, a picture's credit, a postposition.
CITING = [
    "The river rose by two metres overnight, the NORDPRESS news agency reported.",
    "Die Flut stieg weiter, berichtete ein Reporter der Nachrichtenagentur NORDPRESS.",
    'Rzeka wezbrała w nocy – pisze "NORDPRESS".',
    "Вода піднялася на два метри, повідомляє в середу NORDPRESS.",
    "Hladina stoupla o dva metry, informovala agentura NORDPRESS.",
    "Râul a crescut cu doi metri, potrivit NORDPRESS.",
    "Wie die Zeitung «NORDPRESS» und andere lokale Medien berichteten, stieg der Fluss.",
    "По информации, полученной изданием NORDPRESS от спасателей, вода поднялась.",
    "Об этом сообщает Varta и NORDPRESS.",
    "Sur place, un journaliste de NORDPRESS a vu l'eau monter.",
    "«Es ist schlimm», sagte ein Sprecher der Feuerwehr NORDPRESS.",
    "Luftaufnahmen des Senders NORDPRESS zeigten überflutete Straßen.",
    "Очевидцы рассказали изданию NORDPRESS, что вода пришла ночью.",
    "Nehir gece taştı, NORDPRESS'e göre.",
    "Rescuers search the flooded streets of Varelo - NORDPRESS",
    "Foto: NORDPRESS",
    "The minister at a rally in Varelo in December 2007 (NORDPRESS)",
]


def test_a_medium_cited_in_every_language_is_cited_only() -> None:
    for text in CITING:
        occs, paragraphs = _uses("NORDPRESS", [text])
        # A medium is told by any one use ("news agency", "pisze", "agentura", a credit).
        medium, medium_texts = _uses("NORDPRESS", [text, CITING[0]])
        assert cited_only(medium, medium_texts), text
    occs, paragraphs = _uses("NORDPRESS", CITING)
    assert cited_only(occs, paragraphs)


def test_a_body_citing_its_own_sources_is_a_medium() -> None:
    cited = [
        "Nine people died, Varta Uno reported, citing police sources.",
        "Según Varta Uno, el tranvía no tenía frenos.",
        "Об этом сообщает Varta Uno со ссылкой на полицию.",
    ]
    occs, paragraphs = _uses("Varta Uno", cited)
    assert cited_only(occs, paragraphs)
    # Cited alike with no sign of a medium: a source the story may be about.
    occs, paragraphs = _uses("Varta Uno", [cited[1], "Varta Uno informó de nueve muertos."])
    assert not cited_only(occs, paragraphs)


def test_one_use_writing_about_the_medium_keeps_it() -> None:
    for text in [
        "NORDPRESS cut a hundred jobs in Varelo on Monday.",
        "Russia freed NORDPRESS reporter Jan Holm in the swap.",
        "Police raided the offices of NORDPRESS at dawn.",
        # Look-alikes of the citing forms: what was written about, and who spoke for it.
        "The Varta agency reported that NORDPRESS had closed its office.",
        "Varta пишет про NORDPRESS и его владельца.",
        "Varta reported on NORDPRESS and its owner.",
        "Газеты писали о NORDPRESS весь год.",
        "«Wir sind bereit», sagte der Chef von NORDPRESS.",
        # A bracket that defines an acronym credits nobody.
        "Talks were led by the Nordic Ocean Relief Desk Press Rescue Emergency Sea Service "
        "(NORDPRESS)",
    ]:
        occs, paragraphs = _uses("NORDPRESS", [*CITING[:4], text])
        assert not cited_only(occs, paragraphs), text


def test_a_body_that_is_no_medium_stays_when_many_texts_cite_it() -> None:
    # The disaster agency gives the toll in every text: a source the story is about.
    occs, paragraphs = _uses(
        "Kelvo Rescue",
        [
            "According to Kelvo Rescue, 40 people died.",
            "Selon Kelvo Rescue, 40 personnes sont mortes.",
            "Laut Kelvo Rescue starben 40 Menschen.",
        ],
    )
    assert not cited_only(occs, paragraphs)


def test_rank_drops_a_cited_medium_and_keeps_one_the_story_is_about() -> None:
    count = SINGLE_USE_ARTICLES - 2  # a small packet too: the medium is told by its uses
    articles = [replace(article(f"a{n}", "x"), source=f"Outlet {n}") for n in range(count)]
    paragraphs: dict[tuple[str, int], str] = {}
    clusters = []
    for p, (name, texts) in enumerate(
        [
            ("NORDPRESS", CITING[:count]),
            (
                "Kelvo Times",
                [
                    "The swap freed Kelvo Times reporter Ana Berg.",
                    "Ana Berg, of the newspaper Kelvo Times, landed in Varelo.",
                    "The Kelvo Times reported the flight landed at noon.",
                ],
            ),
        ]
    ):
        occs = []
        for n, text in enumerate(texts):
            key = (f"a{n}", 10 * p + n)
            paragraphs[key] = text
            at = text.index(name)
            occs.append(Occurrence(key[0], key[1], at, at + len(name), name))
        clusters.append(Cluster("organisation", name, occs))
    assert {t.name for t in rank(articles, clusters, paragraphs)} == {"Kelvo Times"}
