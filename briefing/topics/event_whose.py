"""Whose the main event is: one person's, no one's, or a country's.

Part of :mod:`briefing.topics.events`: an act two widely named people stand beside (a runoff
its winner and its loser, talks their two sides) is no one person's (:func:`rival`); a
country's adjective the leads write before the whole act names whose it is ("Romanian
presidential election", :func:`demonym_before`); a modifier that is a word of the thing the
act happened to is said by the thing's name (:func:`names_it`).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from briefing.model import Topic
from briefing.topics.lexicon import words
from briefing.topics.naming import surname
from briefing.topics.patterns import REGNAL

_WORD = re.compile(r"[^\W\d_][\w’'-]*")

#: How many words apart a person and the action may stand for the event to be theirs.
NEAR_WORDS = 6


def who_of(person: Topic) -> str:
    """How the name is written in the event's name: the surname, or a regnal name whole."""
    last = person.name.split()[-1]
    return person.name if REGNAL.match(last) else surname(person.name)


def near(leads: list[str], who: str, head: str, verb: bool = False) -> bool:
    """Whether a sentence of a lead names the person within :data:`NEAR_WORDS` words of the
    action ("Ruiz's state visit", "the visit by Ruiz").

    A name in the possessive owns the noun phrase it opens, and only that: it is beside the
    act when the act is that phrase's noun ("Ruiz’s state visit"), not when the phrase is a
    thing of theirs that did the act ("Sam Okafor’s trading empire filed for bankruptcy":
    the empire filed, :func:`possessed`). A ``verb`` (the act as the leads write it with a
    verb) has the possessed phrase as its subject: a possessive is never beside it."""
    name = who.split()[-1].casefold()
    for sentence in (part for lead in leads for part in re.split(r"[.!?;]\s", lead)):
        words = [w.casefold() for w in _WORD.findall(sentence)]
        at_name = [i for i, w in enumerate(words) if w.startswith(name)]
        at_head = [i for i, w in enumerate(words) if w == head.casefold()]
        for i, j in ((i, j) for i in at_name for j in at_head if abs(i - j) <= NEAR_WORDS):
            if j > i and words[i].endswith(POSSESSIVE) and (verb or not possessed(words, i, j)):
                continue  # the possessor of whatever did the act
            return True
    return False


#: The endings of an English possessive ("Okafor’s", "Okafor's").
POSSESSIVE = ("’s", "'s")
#: How many modifiers may stand between a possessive and the noun it owns ("Ruiz’s first
#: state visit").
OWNED_WORDS = 2


def possessed(words: Sequence[str], owner: int, noun: int) -> bool:
    """Whether ``words[noun]`` is the noun of the phrase the possessive ``words[owner]``
    opens: at most :data:`OWNED_WORDS` words between ("Ruiz’s first state visit"), none a
    determiner, an auxiliary or a preposition, which end that phrase ("Okafor’s firm has a
    plan", "Okafor’s firm filed for bankruptcy")."""
    from briefing.topics.event_noun import AUXILIARIES, DETERMINERS

    ends = AUXILIARIES["en"] | DETERMINERS["en"] | _PREPOSITIONS
    between = words[owner + 1 : noun]
    return len(between) <= OWNED_WORDS and not any(w in ends for w in between)


#: English prepositions: one after a possessive's noun starts what that noun did or where.
_PREPOSITIONS = words("for of by with in at on to from into after before over under near")


def ends_with_word(text: str, alias: str) -> bool:
    """``text`` ends with ``alias`` as whole words."""
    if not text.endswith(alias):
        return False
    before = text[: -len(alias)]
    return not before or not (before[-1].isalnum() or before[-1] == "-")


def rival(leads: list[str], head: str, person: Topic | None, covered: list[Topic]) -> bool:
    """Whether another person as widely named as ``person`` (half the articles or more) is
    written within :data:`NEAR_WORDS` words of the action in a lead too: the act then has
    two parties (a runoff its winner and loser, talks their two sides), and is no one
    person's. A host named in every article but never beside the act ("Rahmon" of "Putin’s
    visit") leaves it the visitor's."""
    if person is None:
        return False
    return any(
        t.kind == "person"
        and t is not person
        and 2 * len(t.articles) >= len(person.articles)
        and near(leads, who_of(t), head)
        for t in covered
    )


def names_it(action: str, thing: Topic) -> bool:
    """Whether the action's modifier is a word of the thing's names ("bridge" of "bridge
    collapse" and "Morandi bridge"): the name of the thing then says it."""
    words = {w for alias in thing.aliases for w in re.split(r"[\s-]+", alias.casefold())}
    return " " in action and action.split()[0].casefold() in words


def demonym_before(leads: list[str], action: str, topics: Sequence[Topic]) -> str | None:
    """The adjective of a country among ``topics`` (the gazetteer's demonym: "Romanian")
    written right before the whole action in two leads or more ("the Romanian presidential
    election"), else None. A country's own name there ("Romania presidential election",
    "Romania's") counts for its adjective, which the name writes: English puts the adjective
    before the noun."""
    from briefing.topics.gazetteer import gazetteer

    if " " not in action:
        return None  # a bare noun's adjective is often a place's share of it ("Spanish grid")
    adjectives = {country: demonym for demonym, country in gazetteer().demonyms.items()}
    pattern = re.compile(rf"\b{re.escape(action)}\b", re.IGNORECASE)
    windows = [
        {text[max(0, m.start() - 40) : m.start()].rstrip().casefold() for m in found}
        for text, found in ((lead, pattern.finditer(lead)) for lead in leads)
    ]
    best: tuple[int, str] | None = None
    for topic in topics:
        adjective = adjectives.get(topic.name)
        if topic.kind != "place" or adjective is None:
            continue
        forms = {adjective.casefold(), topic.name.casefold(), f"{topic.name.casefold()}’s"}
        forms.add(f"{topic.name.casefold()}'s")
        n = sum(1 for w in windows if any(ends_with_word(t, f) for t in w for f in forms))
        if n >= 2 and (best is None or n > best[0]):
            best = (n, adjective)
    return best[1] if best is not None else None


#: Words after which a name is one member of a group the sentence has just counted ("24
#: prisoners, including Gershkovich"; "26 ressortissants, dont le journaliste …"; "entre
#: ellos", "darunter", "tra cui", "w tym", "в том числе"): closed phrases of inclusion in the
#: languages of the packets.
INCLUSION = (
    "including",
    "among them",
    "among whom",
    "such as",
    "dont",
    "parmi lesquels",
    "parmi eux",
    "notamment",
    "incluido",
    "incluida",
    "incluidos",
    "incluyendo",
    "entre ellos",
    "entre ellas",
    "entre los que",
    "darunter",
    "unter anderem",
    "unter ihnen",
    "einschließlich",
    "tra cui",
    "fra cui",
    "tra loro",
    "incluindo",
    "entre eles",
    "entre os quais",
    "w tym",
    "między innymi",
    "wśród nich",
    "в том числе",
    "среди них",
    "включая",
)
_INCLUSION = re.compile(
    r"(?<!\w)(?:" + "|".join(re.escape(p) for p in INCLUSION) + r")(?!\w)", re.IGNORECASE
)
#: How many words (a title, "the journalist", given names) may stand between the phrase of
#: inclusion and the surname.
INCLUDED_WORDS = 6
#: The fewest leads that must write the person as one of a group.
MIN_INCLUDED = 2


def one_of_several(leads: Sequence[str], who: str) -> bool:
    """Whether the leads write ``who`` (a surname) as one member of the group the act was
    done to ("exchanged 24 prisoners, including Gershkovich"; "libérés, dont Gershkovich")
    in :data:`MIN_INCLUDED` leads or more, and more often than in the possessive ("Putin’s").
    The act is then not theirs: "Gershkovich’s prisoner swap" makes one of 26 exchanged
    people its owner. A visitor, a candidate or a victim named alone is never so written."""
    name = who.split()[-1].casefold()
    included = possessive = 0
    for lead in leads:
        folded = lead.casefold()
        if f"{name}’s" in folded or f"{name}'s" in folded:
            possessive += 1
        for sentence in re.split(r"[.!?;]\s", lead):
            if any(_names_after(sentence, m.end(), name) for m in _INCLUSION.finditer(sentence)):
                included += 1
                break
    return included >= MIN_INCLUDED and included > possessive


def _names_after(sentence: str, at: int, name: str) -> bool:
    """The surname stands within :data:`INCLUDED_WORDS` words after ``at``."""
    words = [w.casefold() for w in _WORD.findall(sentence[at:])][: INCLUDED_WORDS + 1]
    return any(w == name or w.startswith((f"{name}’", f"{name}'")) for w in words)


def written_alone(leads: Sequence[str], name: str, surname: str, function: Collection[str]) -> bool:
    """Whether a lead writes ``surname`` as a name of its own: not right after the rest of
    ``name`` ("Credit Suisse") nor after a function word ("la Suisse", the country). Else the
    last word is no one's surname, and the event's name writes ``name`` whole: never a
    fragment of a body's name read as a person ("Suisse’s")."""
    rest = {w.casefold() for w in name.split()[:-1]}
    pattern = re.compile(rf"(?<![\w’'-]){re.escape(surname)}(?![\w-])")
    for lead in leads:
        for found in pattern.finditer(lead):
            before = _WORD.findall(lead[: found.start()])[-1:]
            if not before or before[0].casefold() not in rest | set(function):
                return True
    return False
