"""The main event as :mod:`.events` names it, with the parts the later stages read.

Split from :mod:`.events` for size: the record :func:`~.events._event` returns, which more
than the name carries on (the act's head word, the topic it is owned by or caused by, the
words and forms the leads write it with), so that making the event a topic
(:mod:`.event_topic`, which reads it as a :class:`~.event_topic.Named`) finds its uses
without reading the leads again.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class _Event:
    name: str
    #: The action's head word as the leads write it ("visit", "heist").
    head: str
    #: The topic named right before the action ("Estlink 2" of "Estlink 2 cable"), if any.
    owner: str | None = None
    #: The id of the listed topic the event is named as (:mod:`.event_measured`), if any:
    #: it becomes the event topic.
    cause: str | None = None
    #: Words the leads write right after the action's word, most often first ("spread" of
    #: "the fire spread"): which phrase holding the word is the act's (:mod:`.event_topic`).
    follows: tuple[str, ...] = ()
    #: (language, word) of the act's verb in each language's leads (:mod:`.event_parties`).
    forms: tuple[tuple[str, str], ...] = ()
    #: (language, word) of the act as the other languages' leads write it in its letters
    #: ("Atomtest"), when they named it (:mod:`.event_few`): uses, not names, of the event.
    elsewhere: tuple[tuple[str, str], ...] = ()
    #: The act as the name writes it, its kind before its word ("opening ceremony"): the
    #: event answers to the phrase where the texts write it (:mod:`.event_topic`).
    called: str = ""
    #: (language, verb) whose uses are the event's when no text writes its word: the verb
    #: its noun was made of ("annuls" of "annulment", :func:`.event_object.verb_uses`).
    verbs: tuple[tuple[str, str], ...] = ()
    #: The first and last day the name gives (:func:`.story_days.event_days`), if any: an
    #: article naming the event's place and one of these days writes of it
    #: (:mod:`.event_days_credit`).
    days: tuple[dt.date, dt.date] | None = None
    #: The noun earlier events of its kind are read by, when not ``head``: "photo" of "first
    #: photo of a black hole" (:mod:`.event_depicted`), whose thing is no act.
    kind: str = ""
