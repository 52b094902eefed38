"""Whose act the main event is: the person the leads write beside it, or the body that made it.

Part of :mod:`briefing.topics.events`, kept apart because who the event belongs to is a rule
of its own, read before the rest of the name is put together: the person half the articles
name is written in the possessive ("Okafor’s visit") only when the leads name them beside the
act (:func:`.near`); never the one it was done to ("attempt on Okafor": :mod:`.event_target`,
which the name writes after the act), nor one of two rivals (:func:`.rival`), one of several
it was done to (:func:`.one_of_several`), or one the leads write as deposed
(:mod:`.event_deposed`). A subject every language writes is the story's, not one person's;
when no one's, the body whose verb made it ("WHO declares COVID-19 a pandemic") is whose it
is (:mod:`.event_declared`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from briefing.model import Article, Topic
from briefing.topics.event_declared import declared_act
from briefing.topics.event_deposed import UNDERGONE, deposed
from briefing.topics.event_subject import CONTEXT, shared
from briefing.topics.event_target import done_to
from briefing.topics.event_undergone import underwent
from briefing.topics.event_whose import near, one_of_several, rival, who_of, written_alone
from briefing.topics.languages import function_words_of
from briefing.topics.lexicon import STOPWORDS


class Whose(NamedTuple):
    """Whose the main event is (:func:`whose`), and what the name needs to write it."""

    #: The person topic most widely named among ``covered``, if any.
    person: Topic | None
    #: How the event's name writes whose it is (a surname, a name whole, a body), or None.
    who: str | None
    #: ``who`` is the one the act was done to: the name writes them after the act.
    target: bool
    #: (the act's noun, who made it or None) when a body's verb made the story's noun.
    declared: tuple[str, str | None] | None


def whose(
    articles: Sequence[Article],
    topics: Sequence[Topic],
    covered: list[Topic],
    subjects: list[tuple[int, frozenset[str]]],
    leads: dict[str, str],
    languages: dict[str, str],
    action: str,
    verbs: list[str],
) -> Whose:
    """Whose the act ``action`` is, read in the leads (``leads``: article id → lead) of
    ``articles``; ``covered`` are the listed topics named widely enough to name the event,
    ``topics`` the listed ones (no event), ``verbs`` the verbs the act was written as."""
    head = action.split()[-1]
    person = max(
        (t for t in covered if t.kind == "person"), key=lambda t: len(t.articles), default=None
    )
    who = (
        who_of(person) if person is not None and len(person.articles) * 2 >= len(articles) else None
    )
    if shared(subjects, {head}, len(articles)) == head:
        who = None  # what every language's articles write of is the story's, not one person's
    lead_texts = list(leads.values())
    spoken = STOPWORDS | function_words_of(set(languages.values()))
    if (
        who is not None
        and person is not None
        and not written_alone(lead_texts, person.name, who, spoken)
    ):
        who = person.name  # "Suisse" of "Credit Suisse" is no surname: never a fragment
    # The person the act was done to ("tried to assassinate Okafor") is named after it.
    # So is one the leads write as the subject of its verb in the passive ("Okafor was
    # abducted", the headline's "Okafor abducted": :mod:`.event_undergone`).
    target = who is not None and (
        done_to(lead_texts, [*action.split(), *verbs], who) or underwent(verbs, lead_texts, who)
    )
    # Beside the act's noun, or, when the leads the name is read from (the English ones, if
    # any) never write the noun (the other languages gave it: :mod:`.event_stated`), beside
    # the verb they wrote it as ("Starship … exploded").
    named_in = [leads[a.id] for a in articles if languages.get(a.id) == "en"] or lead_texts
    written = any(head.casefold() in text.casefold() for text in named_in)
    said = (head,) if written else (head, *verbs)
    # The verbs' subject is what a possessive name owns, not the person (.event_whose.near).
    beside = who is not None and any(near(lead_texts, who, h, h != head) for h in said)
    if who is not None and not target and not beside:
        who = None  # the most named person, but not the one the event is told of
    if who is not None and not target and rival(lead_texts, head, person, covered):
        who = None  # a race or a meeting of two is no one person's: "Dan’s election"
    if who is not None and not target and one_of_several(lead_texts, who):
        who = None  # "24 prisoners, including Gershkovich": one of those it was done to
    if who is not None and not target and head not in UNDERGONE and deposed(lead_texts, who):
        who = None  # "the guard detained President Okafor": the coup is not Okafor's
    # The story's noun made of something by a body's act ("WHO declares COVID-19 a
    # pandemic"): the act is the verb's, and the body's (:mod:`.event_declared`).
    declared = None
    if who is None and shared(subjects, {head}, len(articles)) == head:
        in_english = [leads[a.id] for a in articles if languages.get(a.id) == "en"]
        elsewhere = [leads[a.id] for a in articles if languages.get(a.id) != "en"]
        declared = declared_act(head, in_english, elsewhere, topics[:CONTEXT])
        if declared is not None:
            who = declared[1]
    return Whose(person, who, target, declared)
