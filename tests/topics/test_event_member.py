"""A change of membership names the main event (made-up packets, not the seeds).

Leads that write one party becoming a member of a body, joining it or its accession ("became
the 12th member of", "ist … beigetreten", "adhésion", "加盟") tell an accession: the party's
accession to the body, dated like any act, its words in each language the event's mentions.
A member of parliament, joining a call and becoming president are no such act.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from topics.helpers import article

from briefing.model import Article
from briefing.topics import extract_topics
from briefing.topics.event_leads import lead_of
from briefing.topics.event_member import membership
from briefing.topics.events import main_event, with_main_event


def _dated(n: int, language: str, title: str, *paragraphs: str) -> Article:
    found = replace(article(f"{n:03d}", *paragraphs), title=title, date=dt.date(2031, 3, 11))
    return replace(found, language=language)


_ACCESSION = [
    _dated(
        0,
        "en",
        "Iceland becomes the 12th member of the Arctic Council Pact",
        "REYKJAVIK – Iceland officially became the 12th member of the Arctic Council Pact "
        "on Tuesday, 11 March 2031, after its minister handed over the treaty papers.",
        "The accession was sealed at a ceremony at the ACP offices in Tromsø.",
    ),
    _dated(
        1,
        "en",
        "Iceland joins the ACP",
        "Iceland joined the ACP on Tuesday, 11 March 2031, the pact's twelfth member.",
        "Iceland's accession doubles the length of the pact's coastline.",
    ),
    _dated(
        2,
        "de",
        "Island ist dem ACP beigetreten",
        "Island ist am Dienstag dem ACP beigetreten. Der Beitritt wurde in Tromsø gefeiert.",
    ),
    _dated(
        3,
        "fr",
        "L'Islande devient le 12e membre de l'ACP",
        "L'Islande est devenue mardi le 12e membre de l'ACP, au terme d'un processus "
        "d'adhésion rapide.",
        "Cette adhésion a été saluée à Tromsø.",
    ),
    _dated(
        4,
        "ja",
        "アイスランド、ACPに正式加盟",
        "アイスランドは11日、ACPに正式に加盟した。",
        "アイスランドの加盟で、加盟国は12か国となった。",
    ),
    _dated(
        5,
        "es",
        "Islandia se convierte en el miembro número 12 del ACP",
        "Islandia se convierte en el miembro número 12 del ACP tras entregar los documentos.",
        "Su adhesión se celebró en Tromsø.",
    ),
]


def test_becoming_a_member_in_several_languages_is_an_accession() -> None:
    topics = extract_topics(_ACCESSION)
    name = main_event(_ACCESSION, topics)
    assert name is not None and name.startswith("Iceland’s accession to ACP"), name
    assert name.endswith("11 Mar 2031"), name
    event = with_main_event(_ACCESSION, topics)[0]
    assert event.kind == "event" and event.name == name
    # Each language's own word for it is the event's: German, French, Japanese, Spanish.
    assert {"accession", "beigetreten", "adhésion", "加盟", "adhesión"} <= set(event.aliases)
    assert {"000", "001", "002", "003", "004", "005"} <= set(event.articles)


def _languages(articles: list[Article]) -> dict[str, str]:
    return {a.id: a.language or "en" for a in articles}


def _found(articles: list[Article]) -> object:
    topics = extract_topics(articles)
    leads = {a.id: lead_of(a) for a in articles}
    return membership(articles, topics, _languages(articles), leads)


def test_a_member_of_parliament_holds_an_office() -> None:
    articles = [
        _dated(0, "en", "Okafor elected", "Ama Okafor became a member of parliament for Lagos."),
        _dated(1, "en", "Okafor wins", "Okafor became the first member of parliament from Lagos."),
        _dated(2, "de", "Okafor gewählt", "Okafor wurde Mitglied des Parlaments für Lagos."),
        _dated(3, "fr", "Okafor élue", "Okafor est devenue membre du parlement pour Lagos."),
    ]
    assert _found(articles) is None


def test_joining_a_call_is_no_membership() -> None:
    articles = [
        _dated(0, "en", "Leaders talk", "Ama Okafor joined the call with Boren from Lagos."),
        _dated(1, "en", "Call on trade", "Boren joined the call; Okafor spoke from Lagos."),
        _dated(2, "fr", "Appel", "Okafor a rejoint l'appel depuis Lagos avec Boren."),
        _dated(3, "en", "Trade talks", "Okafor and Boren joined the call on trade."),
    ]
    assert _found(articles) is None


def test_becoming_president_is_an_office_not_a_membership() -> None:
    articles = [
        _dated(0, "en", "Okafor sworn in", "Ama Okafor became president of Nigeria on Monday."),
        _dated(1, "en", "New president", "Okafor became the president of Nigeria in Abuja."),
        _dated(2, "fr", "Okafor investie", "Okafor est devenue présidente du Nigeria à Abuja."),
        _dated(3, "de", "Okafor vereidigt", "Okafor wurde Präsidentin von Nigeria in Abuja."),
    ]
    assert _found(articles) is None
    name = main_event(articles, extract_topics(articles))
    assert name is None or "accession" not in name.casefold(), name


def test_a_bodys_seat_is_where_never_the_act() -> None:
    """Leads sharing "headquarters" more than any act word: the seat names no event."""
    articles = [
        _dated(
            0,
            "en",
            "Flags at the ACP headquarters",
            "The flags were raised outside the ACP headquarters in Tromsø on Tuesday.",
        ),
        _dated(
            1,
            "en",
            "Ceremony at headquarters",
            "Ministers met at the ACP headquarters in Tromsø; the headquarters was closed.",
        ),
        _dated(2, "en", "Tromsø", "Crowds gathered near the ACP headquarters in Tromsø."),
    ]
    name = main_event(articles, extract_topics(articles))
    assert name is None or "headquarters" not in name.casefold(), name
