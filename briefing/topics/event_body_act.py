"""Whose act the main event is when it is an organisation's own: "FTX’s bankruptcy".

Part of :mod:`briefing.topics.events`, read when no person's name is beside the act
(:mod:`.event_person`). A firm files for bankruptcy, a rocket explodes, a bank fails: the
one who acted is a body, not a person, and without it the name keeps only the act and a
place ("Bankruptcy in the United States"), which says less than the leads do.

The body is the organisation that is the subject of the act in the English leads (the act
written as its noun or as a verb it was written with): the first listed name a sentence
writing the act writes, before the act and at most :data:`REACH` words from it, with no
dash, colon or bracket between (a dateline's agency, "(AP) —", is no subject, nor is one
the sentence sets apart), no preposition right before it ("an outage caused by Vantor",
"según Reuters": an agent or a source) and no other listed name between ("Orbex, Vantor
outage": a list). Right before the act's noun a name only modifies it ("Vantor outage"),
and right before a passive verb it is what the act was done to ("Vantor was hacked"): not
who acted. A name in the possessive is the subject only when the act is the noun it owns
("Orbex’s bankruptcy"); before any other noun it owns what acted ("Orbex’s rocket
exploded": the rocket did), and the next name written is read instead. The leads of the
most sentences must name the body so, and no other listed name (a person, a place) as
often. Then, in every language (names are written alike across scripts: "OrbexがIPO",
"Криптобиржа Orbex"), the body must be the listed name the headlines write first, not
after a preposition, in more leads than any other name and in :data:`MIN_LEADS` at least:
a body merely mentioned, named in one lead of many, or a cited agency is not whose the act
is. Only organisations: a place before the act ("Texas explosion") is where, a person is
:mod:`.event_person`'s.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Sequence

from briefing.model import Topic
from briefing.topics.lexicon import words

#: How many words may stand between the subject and the act ("Embattled exchange Orbex,
#: short of cash, is seeking bankruptcy").
REACH = 8
#: The fewest headlines the body must open.
MIN_LEADS = 2
#: How many words a possessive may own before the act's noun ("Orbex’s first bankruptcy").
OWNED = 2
#: Auxiliaries of the passive right before the act's verb: the name is what it was done to.
PASSIVE = words("was were is are been be being got gets")
#: Prepositions right before a name: it is an agent, a source or a place, not the subject.
#: (English and the Romance and Germanic prepositions of agency and source.)
PREPOSITIONS = words(
    "by of to from with at in on after for according via per "
    "de du des par selon à chez por según para con en del "
    "von vom durch laut bei mit zu nach da di della dal per secondo "
)
#: Determiners: one before the act's noun, not right before it, opens another noun phrase
#: the act's noun hangs on ("mourned the dead of the fire").
DETERMINERS = words("the a an this that these those")
#: Prepositions of place: a name after them is where, not who.
PLACED = words("in at")
#: Marks that set a name apart from the act: a dateline's agency, an aside, a headline's
#: label ("Orbex: flights grounded").
APART = frozenset("—–-:()[]|")
_TOKEN = re.compile(r"[^\W_][\w-]*(?:[’'][\w-]+)*|[^\w\s]")
_POSSESSIVE = ("’s", "'s")


def acting_body(
    english: Sequence[str],
    leads: Sequence[str],
    nouns: Collection[str],
    verbs: Collection[str],
    named: Sequence[Topic],
) -> str | None:
    """The organisation among ``named`` (the listed topics widely named, every kind) that
    the ``english`` leads write as the subject of the act (``nouns``: its nouns, ``verbs``:
    the verbs it was written as) and that opens more of the headlines of ``leads`` (every
    language's) than any other listed name (see the module's docstring), or None."""
    bodies = {t.name for t in named if t.kind == "organisation"}
    nouns = {w.casefold() for w in nouns if w}
    wanted = nouns | {w.casefold() for w in verbs if w}
    if not wanted or not bodies:
        return None
    names = _names(named)
    found: Counter[str] = Counter()
    for lead in english:
        subjects = set()
        for sentence in re.split(r"(?<=[.!?;])\s+|\n+", lead):
            tokens = _TOKEN.findall(sentence)
            folded = [t.casefold() for t in tokens]
            folded = [t[:-2] if t.endswith(_POSSESSIVE) and len(t) > 2 else t for t in folded]
            acted = next((i for i, t in enumerate(folded) if t in wanted), None)
            if acted is not None:
                subjects.add(_subject(tokens, folded, acted, folded[acted] in nouns, names))
        found.update(s for s in subjects if s is not None)
    ranked = found.most_common()
    if (
        not ranked
        or ranked[0][0] not in bodies
        or (len(ranked) > 1 and ranked[1][1] == ranked[0][1])
    ):
        return None  # no body, or a person or a place as often, is the act's subject
    body = ranked[0][0]
    if _placed(english, body, names) >= ranked[0][1]:
        return None  # "the fire in Velmar": a place the extraction took for a body
    opened = Counter(o for o in (_opener(lead, names) for lead in leads) if o is not None)
    first = opened.most_common(2)
    if not first or first[0][0] != body or first[0][1] < MIN_LEADS:
        return None
    if len(first) > 1 and first[1][1] == first[0][1]:
        return None
    return body


def _names(topics: Sequence[Topic]) -> list[tuple[list[str], str]]:
    """Each alias of ``topics`` as casefolded tokens, with its topic's name, longest first."""
    found = [
        ([t.casefold() for t in _TOKEN.findall(alias)], topic.name)
        for topic in topics
        for alias in {topic.name, *topic.aliases}
    ]
    return sorted((f for f in found if f[0]), key=lambda f: -len(f[0]))


def _subject(
    tokens: list[str],
    folded: list[str],
    act: int,
    noun: bool,
    names: list[tuple[list[str], str]],
) -> str | None:
    """The name of the first listed topic written before ``tokens[act]`` that can be its
    subject, or None when the first one cannot (see the module's docstring). ``noun``: the
    act is written as a noun there, not a verb."""
    i = 0
    while i < act:
        hit = next(((n, name) for n, name in names if folded[i : i + len(n)] == n), None)
        if hit is None:
            i += 1
            continue
        end = i + len(hit[0])  # the token after the name
        if i > 0 and folded[i - 1] in PREPOSITIONS:
            return None  # "caused by Orbex": an agent or a source
        between = tokens[end:act]
        if any(t in APART for t in between) or len(between) > REACH:
            return None
        if tokens[end - 1].endswith(_POSSESSIVE):
            if noun and len(between) <= OWNED and not any(t in ",;" for t in between):
                return hit[1]  # "Orbex’s bankruptcy": the act is the noun it owns
            i = end  # "Orbex’s rocket exploded": the rocket is the subject
            continue
        if noun and not between:
            return None  # "Orbex outage": a modifier of the noun, not who acted
        if noun and any(t.casefold() in DETERMINERS for t in between[:-1]):
            return None  # "Orbex mourned the dead of the fire": the act is another's noun's
        if any(_at_name(folded, k, names) for k in range(end, act)):
            return None  # "Orbex, Vantor outage": a list, or the later name is the subject
        if not noun and between and between[-1].casefold() in PASSIVE:
            return None  # "Orbex was hacked": what the act was done to
        return hit[1]
    return None


def _placed(leads: Sequence[str], body: str, names: list[tuple[list[str], str]]) -> int:
    """How many ``leads`` write ``body`` right after a preposition of place ("in", "at")."""
    aliases = [n for n, name in names if name == body]
    count = 0
    for lead in leads:
        folded = [t.casefold() for t in _TOKEN.findall(lead)]
        count += any(
            folded[i - 1] in PLACED and folded[i : i + len(n)] == n
            for i in range(1, len(folded))
            for n in aliases
        )
    return count


def _at_name(folded: list[str], at: int, names: list[tuple[list[str], str]]) -> bool:
    """Whether a listed name is written at ``folded[at]``."""
    return any(folded[at : at + len(n)] == n for n, _name in names)


def _opener(lead: str, names: list[tuple[list[str], str]]) -> str | None:
    """The listed name the lead's headline (its first line) writes first, unless right
    after a preposition; in any script (a name is found by its letters, not by spaces:
    "OrbexがIPO")."""
    line = lead.split("\n", 1)[0].casefold()
    best: tuple[int, str] | None = None
    for tokens, name in names:
        alias = " ".join(tokens)
        at = _find(line, alias)
        if at >= 0 and (best is None or at < best[0]):
            best = (at, name)
    if best is None:
        return None
    before = _TOKEN.findall(line[: best[0]])[-1:]
    return None if before and before[0] in PREPOSITIONS else best[1]


def _find(line: str, alias: str) -> int:
    """Where ``alias`` is first written in ``line`` not inside a longer word of its own
    script ("orbex" in "orbexa" is not; in "orbexが" it is), else -1."""
    start = 0
    while (at := line.find(alias, start)) >= 0:
        after = line[at + len(alias) : at + len(alias) + 1]
        prior = line[at - 1 : at] if at else ""
        if not (_same_script(prior, alias[0]) or _same_script(after, alias[-1])):
            return at
        start = at + 1
    return -1


def _same_script(char: str, letter: str) -> bool:
    """Whether ``char`` is a letter or digit of the same kind as ``letter`` (both ASCII, or
    both not): it would continue the name as one word."""
    return bool(char) and char.isalnum() and char.isascii() == letter.isascii()
