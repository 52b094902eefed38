"""Events that are a result or an institutional act (an election won, talks held), named
as the country's or the body's act, not as one party's (made-up packets, not real text)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from topics.helpers import article

from briefing.model import Article
from briefing.topics import extract_topics
from briefing.topics.events import main_event


def _dated(n: int, language: str, title: str, *paragraphs: str, day: int = 12) -> Article:
    found = replace(article(f"{n:03d}", *paragraphs), title=title, date=dt.date(2031, 10, day))
    return replace(found, language=language)


def _election(*extra: Article) -> list[Article]:
    """Leads in English and French on an election one candidate won against a rival, the
    body that counted the votes named with the act's own word in it."""
    return [
        _dated(
            0,
            "en",
            "Ana Petrescu wins Moldovan presidential election",
            "Ana Petrescu won the Moldovan presidential election on Sunday, defeating her "
            "rival Ion Vrabie, the Central Election Commission said.",
        ),
        _dated(
            1,
            "en",
            "Petrescu beats Vrabie",
            "Reformist Ana Petrescu won the Moldovan presidential election, beating Ion "
            "Vrabie by nine points, according to the Central Election Commission.",
        ),
        _dated(
            2,
            "en",
            "Vrabie concedes",
            "Ion Vrabie conceded the presidential election in Chisinau to Ana Petrescu, "
            "who voted in Chisinau in the morning.",
        ),
        _dated(
            3,
            "fr",
            "Ana Petrescu remporte la présidentielle",
            "Ana Petrescu a remporté l'élection présidentielle en Moldavie face à Ion Vrabie.",
        ),
        _dated(
            4,
            "fr",
            "Victoire de Petrescu",
            "La Commission électorale centrale annonce la victoire d'Ana Petrescu sur Ion "
            "Vrabie à Chisinau.",
        ),
        *extra,
    ]


def test_an_election_is_the_countrys_not_the_winners() -> None:
    """The winner and the loser are named beside the act: it is no one person's; the act
    is "election" although the electoral body's name holds the word; the country's
    adjective the leads write before it names whose it is, and no town is added."""
    articles = _election()
    name = main_event(articles, extract_topics(articles), frozenset({"Moldova"}))
    assert name == "Moldovan presidential election, 12 Oct 2031"


def test_a_vote_cast_by_the_winner_is_not_the_event() -> None:
    """One lead says the winner "voted": the vote is a detail, the election the story."""
    articles = _election(
        _dated(5, "en", "Petrescu votes early", "Ana Petrescu voted early, then the count began.")
    )
    name = main_event(articles, extract_topics(articles), frozenset({"Moldova"}))
    assert name is not None and "vote" not in name.casefold() and "Petrescu" not in name


def test_a_past_election_in_the_background_does_not_name_the_event() -> None:
    """A bridge collapse whose leads recall the last election: the collapse is the event."""
    articles = [
        _dated(
            n,
            "en",
            title,
            f"{lead} Mayor Ion Vrabie, who won the 2027 presidential election, visited.",
        )
        for n, (title, lead) in enumerate(
            [
                ("Bridge collapses in Chisinau", "A bridge collapsed in Chisinau on Sunday."),
                ("Bridge collapse kills four", "The bridge collapse in Chisinau killed four."),
                ("Inquiry into collapse", "Engineers study the collapse in Chisinau."),
            ]
        )
    ]
    name = main_event(articles, extract_topics(articles), frozenset({"Moldova"}))
    assert name is not None and "collapse" in name.casefold()
    assert "election" not in name


def test_a_visit_the_host_is_not_named_beside_stays_the_visitors() -> None:
    """The host is named in every article, never beside the act: still the visitor's."""
    articles = [
        _dated(n, "en", title, lead)
        for n, (title, lead) in enumerate(
            [
                (
                    "Mwangi visit",
                    "President Ruth Mwangi began her visit to Kenya on Monday. "
                    "Host Peter Otieno spoke of trade.",
                ),
                (
                    "Visit to Kenya",
                    "Ruth Mwangi said her visit to Kenya would deepen trade.",
                ),
                (
                    "Trade deals",
                    "Mwangi signed deals during the visit to Kenya. Peter Otieno was pleased.",
                ),
            ]
        )
    ]
    name = main_event(articles, extract_topics(articles), frozenset({"Kenya"}))
    assert name is not None and name.startswith("Mwangi’s visit")


def test_talks_of_two_named_beside_them_are_no_ones() -> None:
    """Both leaders stand beside "talks" in the leads: the talks are not one of theirs."""
    articles = [
        _dated(n, "en", title, lead)
        for n, (title, lead) in enumerate(
            [
                ("Talks in Geneva", "Ruth Mwangi and Peter Otieno held talks in Geneva."),
                ("Geneva talks", "Talks between Ruth Mwangi and Peter Otieno went on in Geneva."),
                ("Talks end", "Ruth Mwangi left the talks in Geneva; Peter Otieno stayed."),
            ]
        )
    ]
    name = main_event(articles, extract_topics(articles))
    assert name is not None and "’s" not in name and "talks" in name.casefold()


def test_a_french_election_is_no_ones_either() -> None:
    """French leads alone: the winner and the loser beside "élection", and the body named
    with the act's word ("Commission électorale") lower-cased nowhere."""
    leads = [
        ("Petrescu remporte l'élection", "Ana Petrescu a remporté l'élection face à Ion Vrabie."),
        ("Élection en Moldavie", "Ion Vrabie a perdu l'élection contre Ana Petrescu dimanche."),
        ("Victoire", "L'élection a vu Ana Petrescu battre Ion Vrabie, selon la Commission."),
    ]
    articles = [_dated(n, "fr", title, lead) for n, (title, lead) in enumerate(leads)]
    name = main_event(articles, extract_topics(articles), frozenset({"Moldova"}))
    assert name is not None and name.casefold().startswith("élection")
    assert "Petrescu" not in name and "Vrabie" not in name


def test_a_german_summit_of_two_named_beside_it_is_no_ones() -> None:
    """The same in German leads: both leaders beside "Gipfel", so no one owns it."""
    leads = [
        ("Gipfel in Genf", "Ruth Mwangi und Peter Otieno eröffneten den Gipfel in Genf."),
        ("Der Gipfel beginnt", "Der Gipfel von Ruth Mwangi und Peter Otieno begann in Genf."),
        ("Gipfel endet", "Ruth Mwangi verließ den Gipfel in Genf, Peter Otieno blieb."),
    ]
    articles = [_dated(n, "de", title, lead) for n, (title, lead) in enumerate(leads)]
    name = main_event(articles, extract_topics(articles))
    assert name is not None and "gipfel" in name.casefold()
    assert "Mwangi" not in name and "Otieno" not in name


def _crash(*extra: Article) -> list[Article]:
    """Leads on a train crash; the operator's name holds the word "Train"."""
    leads = [
        ("Train crash near Plovdiv", "A train crash near Plovdiv killed nine, Vela Train said."),
        ("Deadly train crash", "The deadly train crash near Plovdiv shocked Vela Train staff."),
        ("Crash inquiry", "Vela Train opened an inquiry into the crash near Plovdiv."),
    ]
    return [_dated(n, "en", title, lead) for n, (title, lead) in enumerate(leads)] + list(extra)


def test_a_word_of_a_longer_name_may_qualify_the_act_where_written_in_lower_case() -> None:
    """ "train" of "Vela Train" is a common noun in "train crash": it qualifies the act."""
    name = main_event(_crash(), extract_topics(_crash()))
    assert name is not None and name.startswith("Train crash")


def test_a_word_only_ever_written_in_a_name_does_not_qualify_the_act() -> None:
    """ "Vela" of "Vela Train", never written in lower case, stays part of the name."""
    leads = [
        ("Crash near Plovdiv", "A crash of Vela Rail near Plovdiv killed nine."),
        ("Vela Rail crash", "The Vela Rail crash near Plovdiv shocked staff."),
        ("Crash inquiry", "An inquiry into the Vela Rail crash near Plovdiv began."),
    ]
    articles = [_dated(n, "en", title, lead) for n, (title, lead) in enumerate(leads)]
    name = main_event(articles, extract_topics(articles))
    assert name is not None and not name.casefold().startswith(("rail crash", "vela crash"))


def test_a_modifier_that_names_the_thing_gives_way_to_its_name() -> None:
    """ "bridge collapse" of a bridge whose names (Italian and English) hold "bridge" reads
    "Collapse of Ponte Kalna": the thing's name says it; another modifier stays."""
    from briefing.model import Topic
    from briefing.topics.event_whose import names_it

    bridge = Topic("kalna", "Ponte Kalna", "place", ("Ponte Kalna", "Kalna bridge"), (), 1.0)
    assert names_it("bridge collapse", bridge)
    assert names_it("ponte crollo", bridge)
    assert not names_it("deadly collapse", bridge)
    assert not names_it("collapse", bridge)


def test_an_italian_referendum_is_named_though_its_committee_holds_the_word() -> None:
    """Italian leads: "referendum" is the act in lower case, though the committee's name
    holds it; inside the name "Referendum Casa" no word qualifies another."""
    leads = [
        (
            "Sì al referendum",
            "Gli elettori approvano il referendum sulla casa, dice il Comitato "
            "Promotore Referendum Casa.",
        ),
        (
            "Referendum approvato",
            "Il referendum sulla casa passa con il 61 per cento, dice il "
            "Comitato Promotore Referendum Casa.",
        ),
        (
            "Festa",
            "Festa a Torino dopo il referendum sulla casa: il Comitato Promotore "
            "Referendum Casa esulta.",
        ),
    ]
    articles = [_dated(n, "it", title, lead) for n, (title, lead) in enumerate(leads)]
    name = main_event(articles, extract_topics(articles), frozenset({"Italy"}))
    assert name is not None and name.startswith("Referendum,")
