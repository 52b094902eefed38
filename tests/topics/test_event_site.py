"""A town or building written right before the act is where it happened (made-up texts)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from topics.helpers import article

from briefing.model import Article, Mention, Span, Topic
from briefing.topics import extract_topics
from briefing.topics.event_site import at_site, site_before


def _topic(name: str, kind: str, *aliases: str) -> Topic:
    mentions = tuple(Mention(f"{i:03d}", Span(0, 0, 1), name) for i in range(3))
    return Topic(name.casefold(), name, kind, (name, *aliases), mentions)


#: A palace the merge named after another alias of it (as a gazetteer city may hold a
#: landmark's translation): the leads' own words name the site.
PALACE = _topic("Ambra", "place", "Amber Palace")
LEADS = [
    "Landia signs pacts with Norvia at Amber Palace ceremony",
    "Landia and Norvia signed the pacts on the lawn of the Amber Palace.",
    "Landia signs accords with Norvia at Amber Palace ceremony",
]


def test_a_building_before_the_act_is_the_site_as_the_leads_write_it() -> None:
    assert site_before(LEADS, "ceremony", PALACE, frozenset()) == "Amber Palace"
    # Written after "the" in a lead: a landmark's name, which keeps its article.
    assert at_site(LEADS, "Amber Palace") == "at the Amber Palace"
    assert at_site(["Talks in Osko ended."], "Osko") == "in Osko"


def test_a_country_or_a_thing_before_the_act_is_no_site() -> None:
    """ "Landia election" says whose the act is; "Estlink cable" what it happened to."""
    landia = _topic("Landia", "place")
    leads = ["Landia election ends", "Voters queue in the Landia election"]
    assert site_before(leads, "election", landia, frozenset({"Landia"})) is None
    france = _topic("France", "place")  # an ISO country, whatever ``states`` holds
    assert site_before(["France election"] * 2, "election", france, frozenset()) is None
    cable = _topic("Estlink 2", "organisation")
    cut = ["Estlink 2 cable cut", "The Estlink 2 cable"]
    assert site_before(cut, "cable", cable, frozenset()) is None
    assert site_before(LEADS, "ceremony", None, frozenset()) is None


def test_a_site_written_beside_another_word_is_none() -> None:
    """A ceremony held in the background ("a memorial at Amber Palace") is not before the act."""
    leads = ["A quake shook Norvia; a memorial was held at Amber Palace.", "Quake in Norvia."]
    assert site_before(leads, "quake", PALACE, frozenset()) is None


def _dated(n: int, title: str, *texts: str) -> Article:
    return replace(article(f"{n:03d}", title, *texts), title=title, date=dt.date(2031, 3, 4))


def test_a_signing_in_two_languages_at_a_palace_is_an_event_of_the_panel() -> None:
    """The parties' country is named in every text, the palace is where they signed: the
    event is a topic, first, named after the palace, never after the party's country."""
    articles = [
        _dated(
            0,
            "Landia signs pacts with Norvia at Amber Palace ceremony",
            "Landia and Norvia signed pacts at the Amber Palace in Osko on Tuesday, with "
            "President Vell Harmon overseeing the signing.",
            "Landia said the pacts end decades of rivalry with Norvia.",
        ),
        _dated(
            1,
            "Landia signs accords with Norvia at Amber Palace ceremony",
            "Landia and Norvia signed accords on Tuesday at a televised ceremony in the "
            "Amber Palace hosted by Vell Harmon.",
            "Landia's leader praised Norvia. Landia will send an envoy to Norvia.",
        ),
        _dated(
            2,
            "Landia et Norvia signent des accords",
            "Landia et Norvia ont signé mardi au Amber Palace à Osko des accords historiques, "
            "en présence de Vell Harmon.",
        ),
        _dated(
            3,
            "Landia und Norvia unterzeichnen Abkommen",
            "Landia und Norvia haben am Dienstag im Amber Palace in Osko Abkommen "
            "unterzeichnet, Vell Harmon war dabei.",
        ),
    ]
    first = extract_topics(articles)[0]
    assert first.kind == "event"
    assert "Amber Palace" in first.name and "Landia" not in first.name
    assert first.name.startswith("Signing ceremony")  # the act done at it: :mod:`.event_ties`


def test_a_town_before_a_things_word_names_the_thing() -> None:
    """ "Lagos bridge": the town's bridge, no act done in Lagos."""
    lagos = _topic("Lagos", "place")
    leads = ["Lagos bridge opens", "Crowds crossed the Lagos bridge"]
    assert site_before(leads, "bridge", lagos, frozenset()) is None


def test_a_body_the_leads_write_as_where_is_a_site_not_a_party() -> None:
    """A seat named for its body ("at the Amber Palace") is where; "Norvia Bank takeover",
    a party never written after "at" or "in", is whose."""
    palace = _topic("Amber Palace", "organisation")
    assert site_before(LEADS, "ceremony", palace, frozenset()) == "Amber Palace"  # "at"
    before = ["Amber Palace ceremony draws crowds", "The Amber Palace ceremony ended late"]
    assert site_before(before, "ceremony", palace, frozenset()) is None  # never where
    inside = [*before, "Envoys signed in the Amber Palace.", "Im Amber Palace unterzeichnet"]
    assert site_before(inside, "ceremony", palace, frozenset()) == "Amber Palace"
    bank = _topic("Norvia Bank", "organisation")
    taken = ["Norvia Bank takeover approved", "The Norvia Bank takeover by Landia Bank"]
    assert site_before(taken, "takeover", bank, frozenset()) is None


#: Two aliases of one length that differ by case only: a set of them comes out in either
#: order, depending on Python's string hashing (``PYTHONHASHSEED``).
_SAME_LENGTH = """
from briefing.model import Mention, Span, Topic
from briefing.topics.event_site import at_site, site_before
hall = Topic("nova", "Nova", "place", ("NOVA", "Nova"), (Mention("001", Span(0, 0, 4), "Nova"),))
leads = ["Crowds filled the Nova launch on Monday.", "Tickets for the Nova launch sold out."] * 2
site = site_before(leads, "launch", hall, frozenset())
print(site, "|", at_site(leads, site))
"""


def test_the_site_is_the_same_whatever_the_string_hashing() -> None:
    """Of two aliases as long as each other, the one the leads write is the site, in every
    run: the choice once followed a set's order, and the same articles named the main event
    "at the New" in one run and "in NEW" in the next."""
    import os
    import subprocess
    import sys

    said = set()
    for seed in range(4):  # 0 and 1 give the set one order, 2 and 3 the other
        env = {**os.environ, "PYTHONHASHSEED": str(seed)}
        run = [sys.executable, "-c", _SAME_LENGTH]
        done = subprocess.run(run, env=env, capture_output=True, text=True, check=True)
        said.add(done.stdout.strip())
    assert said == {"Nova | at the Nova"}
