"""Whether the main event's person is one the act removed from power or seized.

Part of :mod:`briefing.topics.events`. A coup or a mutiny is done by someone to someone:
"the guard detained President Okafor", "les putschistes ont renversé Okafor", "Okafor fue
destituido". The person so written is its victim, and "Okafor’s coup" makes them
its doer. :mod:`.event_target` reads the act's own verb ("tried to assassinate Okafor");
this reads the verbs of deposing and seizing that tell of such an act whatever its noun, in
the languages the packets are written in (a closed class per language: overthrow, oust,
depose, topple, unseat, strip of power, detain):

- the person after the verb, up to :data:`BETWEEN` words of title, given names, an article
  or "the regime of" between ("detained President Ama Okafor", "rovesciato il regime del
  presidente Okafor", "derrocado al presidente Okafor");
- or the person before the participle, an auxiliary and an adverb allowed between, the
  participle then followed by its agent or standing after an auxiliary ("Okafor was
  ousted", "Okafor renversé par le général", "Okafor, fue hoy destituido").

A noun whose possessive English reads as the one it was done to ("Okafor’s arrest",
"Okafor’s sentence", :data:`UNDERGONE`) keeps its person: only the act's other nouns lose it.
The rule only ever takes an owner away, never gives one: a verb's other sense ("renversé par
une voiture", knocked down by a car) costs at most a possessive, and two leads must agree.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing.topics.lexicon import words

_WORD = re.compile(r"[^\W\d_][\w’'-]*")
#: Fewest leads writing the person so: one writer's wording is not the packet's.
MIN_LEADS = 2
#: Most words (title, given names, article, "the regime of") between the verb and the surname.
BETWEEN = 6

#: Beginnings of the verbs of deposing and seizing a person (their participles and pasts).
VERB_STARTS = (
    # en
    "overthr",
    "ousted",
    "ousting",
    "deposed",
    "deposing",
    "toppled",
    "toppling",
    "unseated",
    "detained",
    "detaining",
    # fr
    "renvers",
    "destitu",
    "déposé",
    "séquestr",
    # es, pt, it
    "derrocad",
    "derrocó",
    "derrocaron",
    "derrub",
    "depuest",
    "rovesci",
    "destituit",
    "deposto",
    # de
    "festgesetzt",
    "entmachtet",
    # ru, uk (stems of свергнуть, сместить, задержать)
    "сверг",
    "скину",
    "задерж",
)
#: Words that may stand between the verb and the person: articles, prepositions of "the
#: regime of" and the nouns of the office or the rule (capitalised words pass anyway).
_BETWEEN_WORDS = words(
    """the a of his her their le la les l du de des d al el del lo il i dei della di o os da do
    der die den dem des von
    president président presidente präsident präsidenten staatschef head chef jefe capo
    state état estado stato leader prime minister premier ministre primer ministro
    regime régime régimen governo gobierno government gouvernement regierung
    президента президент правительство режим главу"""
)
#: Auxiliaries of the passive between a person and the participle ("have" is left out: "Okafor
#: has ousted", "Okafor a renversé", "ha derrocado" make the person the doer).
_AUXILIARY = words(
    """was were is are been being got est été fut était fue sido es está estaba
    è stato stata era foi é wurde ist war wird"""
)
#: Adverbs of time that may stand beside the auxiliary ("fue hoy destituido").
_ADVERB = words("hoy aujourd'hui oggi heute today yesterday hier ieri ayer ontem")
#: The agent's preposition after a participle: "ousted by", "renversé par", "destituido por".
_AGENT = words("by par por da dal dalla von durch")

#: Nouns whose possessive English reads as the one the act was done to: the person stays.
UNDERGONE = words(
    """arrest detention release sentence sentencing conviction trial verdict extradition
    impeachment removal ouster overthrow resignation dismissal death funeral kidnapping
    abduction captivity imprisonment jailing"""
)


def _removal(word: str) -> bool:
    return word.startswith(VERB_STARTS)


def deposed(leads: Sequence[str], who: str) -> bool:
    """Whether :data:`MIN_LEADS` leads or more write ``who`` (a surname, or a name whose
    last word is one) as the one a verb of deposing or seizing was done to (see the module's
    docstring)."""
    surname = who.split()[-1].casefold()
    found = 0
    for lead in leads:
        if any(_in_sentence(part, surname) for part in re.split(r"[.!?;\n]\s*", lead)):
            found += 1
    return found >= MIN_LEADS


def _in_sentence(sentence: str, surname: str) -> bool:
    words_ = _WORD.findall(sentence)
    folded = [w.casefold() for w in words_]
    for i, w in enumerate(folded):
        if not _removal(w):
            continue
        if _object(words_, folded, i + 1, surname) or _subject(folded, i, surname):
            return True
    return False


def _object(words_: list[str], folded: list[str], start: int, surname: str) -> bool:
    for j in range(start, min(len(words_), start + BETWEEN + 1)):
        if _names(folded[j], surname):
            return True
        if not (words_[j][:1].isupper() or folded[j] in _BETWEEN_WORDS):
            return False
    return False


def _subject(folded: list[str], at: int, surname: str) -> bool:
    """The surname before the participle at ``at``: right before it with an agent after
    ("Okafor ousted by"), or with auxiliaries between ("Okafor was ousted")."""
    j = at - 1
    auxiliary = False
    while j >= 0 and (folded[j] in _AUXILIARY or folded[j] in _ADVERB):
        auxiliary = auxiliary or folded[j] in _AUXILIARY
        j -= 1
    if j < 0 or not _names(folded[j], surname):
        return False
    agent = j == at - 1 and at + 1 < len(folded) and folded[at + 1] in _AGENT
    return auxiliary or agent


def _names(word: str, surname: str) -> bool:
    """``word`` is the surname, or it with a possessive ("Okafor’s")."""
    return word == surname or word in (f"{surname}’s", f"{surname}'s")
