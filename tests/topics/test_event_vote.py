"""A vote held and reported with its result is the main event (made-up packets, not the seeds).

Leads in several languages that write a referendum or an election beside its result (two
shares of one whole) name the event by the vote, dated by its day, when no act word names
one. A vote only planned, a vote in the background with other figures, and a committee that
"voted" are no such event.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from topics.helpers import article

from briefing.model import Article, Mention, Span, Topic
from briefing.topics import extract_topics
from briefing.topics.event_leads import lead_of
from briefing.topics.event_vote import held_vote, reports_result, vote_kind
from briefing.topics.events import main_event


def _dated(n: int, language: str, title: str, *paragraphs: str) -> Article:
    found = replace(article(f"{n:03d}", *paragraphs), title=title, date=dt.date(2031, 5, 10))
    return replace(found, language=language)


def _theme(name: str, aliases: tuple[str, ...], ids: tuple[str, ...]) -> Topic:
    mentions = tuple(Mention(i, Span(0, 0, len(name)), name) for i in ids)
    return Topic(id=f"t-{name}", name=name, kind="theme", aliases=aliases, mentions=mentions)


# Invented: Norland votes on Friday 9 May 2031 to leave the Amber Pact, 53.2 % to 46.8 %.
_REFERENDUM = [
    _dated(
        0,
        "en",
        "Norland quits the Amber Pact, premier to step down",
        "Norland's voters chose on Friday to leave the Amber Pact. Leave took 53.2% of the "
        "vote in the referendum against 46.8% for Stay, the counting office said.",
        "Premier Ola Brandt said he would step down in the autumn.",
    ),
    _dated(
        1,
        "en",
        "Premier Brandt to step down after Norland vote",
        "Ola Brandt will step down as premier after Norland chose to quit the Amber Pact.",
        "Turnout in the referendum was 68 percent.",
    ),
    _dated(
        2,
        "de",
        "Norland verlässt den Amber-Pakt",
        "Beim Referendum am Freitag stimmten 53,2 Prozent für den Austritt aus dem Amber-Pakt, "
        "46,8 Prozent dagegen. Premier Ola Brandt kündigte seinen Rücktritt an.",
    ),
    _dated(
        3,
        "es",
        "Norland abandona el Pacto Ámbar",
        "En el referéndum del viernes, el 53,2 por ciento votó por la salida contra el 46,8 "
        "por ciento. El primer ministro Ola Brandt dimitirá en otoño.",
    ),
    _dated(
        4,
        "fr",
        "La Norlande quitte le pacte Ambre",
        "Lors du référendum de vendredi, 53,2 % des électeurs ont voté pour la sortie, "
        "contre 46,8 %. Le Premier ministre Ola Brandt quittera son poste.",
    ),
    _dated(
        5,
        "ja",
        "ノルランド、アンバー協定離脱へ",
        "ノルランドで9日に実施された国民投票で、離脱支持が53.2%と残留支持の46.8%を上回った。",
    ),
]


def test_a_referendum_with_its_result_is_the_main_event() -> None:
    topics = extract_topics(_REFERENDUM)
    name = main_event(_REFERENDUM, topics)
    assert name is not None and name.casefold().startswith("referendum"), name
    assert "9 May 2031" in name or "May 2031" in name, name


def test_the_same_packet_without_results_names_no_vote() -> None:
    planned = [
        replace(a, paragraphs=tuple(replace(p, text=_no_figures(p.text)) for p in a.paragraphs))
        for a in _REFERENDUM
    ]
    topics = extract_topics(planned)
    name = main_event(planned, topics)
    assert name is None or not name.casefold().startswith("referendum"), name


def _no_figures(text: str) -> str:
    for figure in ("53.2%", "46.8%", "53,2 Prozent", "46,8 Prozent", "53,2 por ciento",
                   "46,8 por ciento", "53,2 %", "46,8 %", "53.2%", "46.8%"):  # fmt: skip
        text = text.replace(figure, "most")
    return text


def test_vote_kinds_in_several_scripts() -> None:
    assert vote_kind("референдума") == "referendum"
    assert vote_kind("للاستفتاء") == "referendum"
    assert vote_kind("δημοψήφισμα") == "referendum"
    assert vote_kind("국민투표") == "referendum"
    assert vote_kind("Präsidentschaftswahl") == "election"
    assert vote_kind("elecciones presidenciales") == "election"
    assert vote_kind("выборах") == "election"
    assert vote_kind("presidential runoff") == "runoff"
    # Look-alikes: a choice, a selection, a committee's verb.
    assert vote_kind("выбор") is None
    assert vote_kind("die Auswahl der Spieler") is None
    assert vote_kind("the committee voted to approve") is None


def test_a_result_is_two_shares_of_one_whole() -> None:
    assert reports_result("Leave won 51.9% against 48.1% for Remain.", "en")
    assert reports_result("el 51,9 por ciento contra el 48,1 por ciento", "es")
    assert reports_result("離脱支持が51.89%と残留支持の48.11%を上回り", "ja")
    # Look-alikes: one figure; two small rates; two shares of different wholes.
    assert not reports_result("Turnout was 72.2%.", "en")
    assert not reports_result("Inflation rose from 3.1% to 4.5%.", "en")
    assert not reports_result("Turnout was 72% and 64% of voters were under 40.", "en")


def test_a_planned_vote_is_no_event() -> None:
    texts = [
        _dated(0, "en", "Norland to hold a referendum", "Norland will hold a referendum in 2032."),
        _dated(1, "de", "Norland plant ein Referendum", "Ein Referendum ist für 2032 geplant."),
        _dated(2, "fr", "La Norlande prévoit un référendum", "Un référendum aura lieu en 2032."),
    ]
    ids = tuple(a.id for a in texts)
    theme = _theme("referendum", ("referendum", "Referendum", "référendum"), ids)
    leads = {a.id: lead_of(a) for a in texts}
    languages = {a.id: a.language or "en" for a in texts}
    assert held_vote(texts, [theme], languages, leads) is None


def test_a_committee_that_voted_is_no_vote_topic() -> None:
    texts = [
        _dated(
            n,
            "en",
            "Committee backs the budget",
            "The committee voted 60% to 40% on Tuesday to approve the budget.",
        )
        for n in range(3)
    ]
    ids = tuple(a.id for a in texts)
    theme = _theme("budget", ("budget",), ids)
    leads = {a.id: lead_of(a) for a in texts}
    languages = {a.id: "en" for a in texts}
    assert held_vote(texts, [theme], languages, leads) is None


def test_a_held_vote_is_found_from_its_topic_and_leads() -> None:
    texts = _REFERENDUM
    ids = tuple(a.id for a in texts)
    theme = _theme("referendum", ("referendum", "Referendum", "referéndum", "référendum"), ids)
    leads = {a.id: lead_of(a) for a in texts}
    languages = {a.id: a.language or "en" for a in texts}
    found = held_vote(texts, [theme], languages, leads)
    assert found is not None and found[0] == "referendum"


def test_an_election_with_its_result_is_a_held_vote() -> None:
    # Invented: a presidential runoff in Veldonia on Sunday 4 May 2031.
    texts = [
        _dated(
            0,
            "es",
            "Ana Pereda gana en Veldonia",
            "Ana Pereda ganó las elecciones presidenciales del domingo con el 55,4 % de los "
            "votos frente al 44,6 % de su rival.",
        ),
        _dated(
            1,
            "fr",
            "Ana Pereda élue en Veldonie",
            "Ana Pereda a remporté dimanche l'élection présidentielle avec 55,4 % des voix, "
            "contre 44,6 % pour son adversaire.",
        ),
        _dated(
            2,
            "ro",
            "Ana Pereda câștigă alegerile",
            "Ana Pereda a câștigat alegerile prezidențiale de duminică cu 55,4% din voturi.",
        ),
    ]
    ids = tuple(a.id for a in texts)
    theme = _theme("elecciones", ("elecciones", "élection", "alegerile"), ids)
    leads = {a.id: lead_of(a) for a in texts}
    languages = {a.id: a.language or "en" for a in texts}
    found = held_vote(texts, [theme], languages, leads)
    assert found is not None and found[0] == "elecciones", found
    # A vote in the background, the leads' figures another matter's: no held vote.
    later = [
        _dated(
            n,
            language,
            "Prices rise",
            text,
        )
        for n, (language, text) in enumerate(
            [
                ("en", "Since the 2029 election, prices rose 4.1% and wages 2.3%."),
                ("fr", "Depuis l'élection de 2029, les prix ont augmenté de 4,1 %."),
                ("es", "Desde las elecciones de 2029, los precios subieron un 4,1 %."),
            ]
        )
    ]
    theme = _theme("election", ("election", "élection", "elecciones"), ids)
    leads = {a.id: lead_of(a) for a in later}
    assert held_vote(later, [theme], {a.id: a.language or "en" for a in later}, leads) is None
