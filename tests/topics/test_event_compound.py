"""A compound act written closed, hyphenated or open names the event, not its bare head
(:mod:`briefing.topics.event_compound`; invented leads)."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import replace

from topics.helpers import article

from briefing.model import Article, Mention, Span, Topic
from briefing.topics import extract_topics
from briefing.topics.event_compound import full_form, of_compound, spelled_count
from briefing.topics.events import main_event


def _dated(n: int, language: str, title: str, *paragraphs: str) -> Article:
    found = replace(article(f"{n:03d}", *paragraphs), title=title, date=dt.date(2031, 3, 7))
    return replace(found, language=language)


def test_a_compound_counts_every_spelling_of_it() -> None:
    leads = [
        "Port of Varna hit by cyber heist\nA cyber heist emptied the port's accounts.",
        "The cyberheist at Varna is part of a wider heist\nThe cyberheist spread.",
    ]
    titles = ["Port of Varna hit by cyber heist", "The cyberheist at Varna"]
    # Counted apart, "heist" is in two leads and two headlines, "cyberheist" in one of each.
    docs = Counter({"heist": 4, "cyberheist": 2, "cyber": 2, "wider": 1})
    assert spelled_count("cyberheist", "heist", leads, titles) == 4
    assert full_form("heist", docs, leads, titles) == "cyberheist"
    # A hyphenated compound is the same word ("cyber-heist"), in the plural too.
    assert spelled_count("cyber-heist", "heist", ["Two cyber heists.", "The cyberheist."], []) == 2


def test_a_pair_of_words_no_lead_writes_as_one_is_no_compound() -> None:
    """ "wider heist" is written open twice, never closed: no compound, the head stays."""
    leads = ["A wider heist hit Varna.", "The wider heist spread\nThe heist went on."]
    docs = Counter({"heist": 2, "wider": 2})
    assert full_form("heist", docs, leads, ["", ""]) == "heist"


def test_a_compound_fewer_leads_write_leaves_the_head() -> None:
    """One lead writes "cyberheist", three write "heist" alone: the act stays "heist"."""
    leads = [
        "The cyberheist at Varna.",
        "A heist at the port of Varna.",
        "Thieves staged a heist in Varna.",
        "The heist shocked Varna.",
    ]
    docs = Counter({"heist": 4, "cyberheist": 1})
    assert full_form("heist", docs, leads, ["", "", "", ""]) == "heist"
    # A first part too short to tell a word ("e-heist") is never read as one.
    assert spelled_count("eheist", "heist", ["e heist", "e-heist"], []) == 0


def test_a_cyberattack_in_two_spellings_names_the_event() -> None:
    """Two English leads write the attack as "cyber attack" and "cyberattack"; the bare
    "attack" of "a wider attack" is no more widely written than the compound."""
    articles = [
        _dated(
            0,
            "en",
            "Port of Varna says ships not targeted in cyber attack",
            "The port of Varna said its ships were not targeted in a cyber attack on Monday.",
        ),
        _dated(
            1,
            "en",
            "The Varna port cyberattack is part of a wider attack",
            "The cyberattack on the port of Varna is part of a wider attack, officials said.",
        ),
        _dated(
            2,
            "fr",
            "Cyberattaque contre le port de Varna",
            "Une cyberattaque a frappé le port de Varna lundi.",
        ),
        _dated(
            3,
            "de",
            "Cyberattacke auf den Hafen von Varna",
            "Eine Cyberattacke hat den Hafen von Varna am Montag getroffen.",
        ),
    ]
    name = main_event(articles, extract_topics(articles))
    assert name is not None and name.startswith("Cyberattack"), name


def _theme(alias: str, *where: tuple[str, str]) -> Topic:
    """A theme of ``alias``, mentioned once in each (article id, paragraph text) of ``where``."""
    mentions = tuple(
        Mention(n, Span(0, text.index(alias), text.index(alias) + len(alias)), alias)
        for n, text in where
    )
    return Topic(alias.replace(" ", "-"), alias, "theme", (alias,), mentions, 1.0)


def test_the_head_with_another_modifier_in_texts_of_the_compound_is_the_act() -> None:
    one = "The cyberheist at Varna is part of a wider heist, officials said."
    two = "A cyber heist hit the port; the wider heist went on for days."
    articles = [article("001", one), article("002", two)]
    theme = _theme("wider heist", ("001", one), ("002", two))
    assert of_compound(theme, "cyberheist", articles)


def test_the_head_in_a_text_without_the_compound_may_be_another_act() -> None:
    """ "bank heist" in a text that never writes "cyberheist": another act, left apart; so is
    a word that only ends like the compound ("theist" is no "heist" of a "cyberheist")."""
    one = "The cyberheist at Varna emptied the accounts; a bank heist followed."
    two = "Police in Ruse solved a bank heist from last year."
    articles = [article("001", one), article("002", two)]
    assert not of_compound(_theme("bank heist", ("001", one), ("002", two)), "cyberheist", articles)
    assert of_compound(_theme("bank heist", ("001", one)), "cyberheist", articles)
    lone = "A cyberheist, said a devout theist."
    assert not of_compound(
        _theme("devout theist", ("003", lone)), "cyberheist", [article("003", lone)]
    )


def test_leads_without_the_head_are_not_searched_and_the_count_stands() -> None:
    """Only leads that write the head (in any case) can write a compound of it; the others
    are set aside once, before each compound is looked for (issue 15), and the full form is
    the one every lead searched would give."""
    leads = [
        "CYBER-HEISTS at the port of Varna.",
        "A cyberheist at Varna, the third.",
        "Dockers at Varna went on strike.",  # no head: never a compound
        "The heist shocked Varna.",
    ]
    docs = Counter({"heist": 4, "cyberheist": 1, "cyber-heists": 1, "cyberthreat": 1})
    assert spelled_count("cyberheist", "heist", leads, []) == 2
    assert full_form("heist", docs, leads, ["", "", "", ""]) == "heist"
    # Two leads and a headline write it: as many as write "heist" counted apart.
    docs = Counter({"heist": 3, "cyberheist": 2})
    assert full_form("heist", docs, leads, ["Cyberheist in Varna", "", "", ""]) == "cyberheist"
