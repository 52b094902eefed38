"""Where the main event happened, or what it was done to, as the leads write it.

Part of :mod:`briefing.topics.events` (which puts the name together): after the action word
and a preposition of place ("visit to Tajikistan", "heist at the Louvre", "attack on Vesper
Arena") or "of" ("reopening of Notre Dame"), the leads name a listed place or body, whole or
by the words its name opens with.
"""

from __future__ import annotations

import re
from collections import Counter

from briefing.model import Topic


def venue_of(
    leads: list[str], head: str, places: list[Topic], prepositions: frozenset[str] = frozenset()
) -> tuple[str, Topic] | None:
    """The place the leads name right after the action and a preposition ("visit to
    Tajikistan", "heist at the Louvre", "attack on Vesper Arena"), with that preposition,
    when one does. A name of several words counts whole, the longest alias first.
    ``prepositions`` are the ones that count (:data:`LOCATIVE` unless given)."""
    found: Counter[tuple[str, str]] = Counter()
    demonyms = _demonyms()  # "of the French capital" names no place
    aliases = sorted(
        (
            (a.casefold(), t)
            for t in places
            for a in t.aliases
            if a[:1].isupper() and a not in demonyms
        ),
        key=lambda pair: -len(pair[0]),
    )
    pattern = re.compile(rf"\b{re.escape(head)}\s+(\w+)\s+(the\s+)?", re.IGNORECASE)
    for lead in leads:
        for m in pattern.finditer(lead):
            word = m.group(1).casefold()
            if word not in (prepositions or LOCATIVE):
                continue
            rest = lead[m.end() : m.end() + 80]
            folded = rest.casefold()
            alias, place = next(
                ((a, t) for a, t in aliases if _starts_with_word(folded, a)), ("", None)
            )
            if alias and rest[len(alias) :].startswith(("…", "...")):
                continue  # "in the Suez…", a headline cut short: the name may go on
            if place is None:
                place = _opening(rest, aliases)
            if place is None and word in OBJECT:
                place = _titled(rest, aliases)  # "funeral of former Prime Minister Ana Ruiz"
            # "final at the Lusail Stadium" with only "Lusail" listed: "the" goes with the
            # longer name, and the listed one is written without it ("at Lusail").
            the = m.group(2) and not (alias and _name_goes_on(rest[len(alias) :]))
            if place is not None:
                found[(f"{word} the" if the else word, place.id)] += 1
    if not found:
        return None
    (word, ident), _n = found.most_common(1)[0]
    return word, next(t for t in places if t.id == ident)


#: Words of a person's title before the name: "former", "late" in lower case first, then
#: capitalised ones, with "of" between them ("former Prime Minister of Japan").
TITLE_WORDS = 6


def _titled(rest: str, aliases: list[tuple[str, Topic]]) -> Topic | None:
    """The person a title opening ``rest`` names: up to :data:`TITLE_WORDS` words, lower-case
    modifiers first, then capitalised words (and "of" between two), before one of a listed
    person's names ("assassinated former Prime Minister of Japan Ana Ruiz"). A title is a
    person's: a thing or a place is named without one."""
    people = [(a, t) for a, t in aliases if t.kind == "person"]
    if not people:
        return None
    capitals = False
    for index, m in enumerate(re.finditer(r"\S+", rest)):
        if index > 0:
            folded = rest[m.start() :].casefold()
            found = next((t for a, t in people if _starts_with_word(folded, a)), None)
            if found is not None:
                return found if capitals else None
        word = m.group()
        if index == TITLE_WORDS:
            return None
        if word[:1].isupper():
            capitals = True
        elif not word.isalpha() or (capitals and word != "of"):
            return None
    return None


def _opening(rest: str, aliases: list[tuple[str, Topic]]) -> Topic | None:
    """The one listed name that the capitalised words opening ``rest`` begin, when they are
    two words or more: "Notre Dame cathedral" begins "Notre-Dame de Paris" (dashes read as
    spaces). A single word ("Paris") would begin too many names to say which."""
    words = []
    for word in re.findall(r"[^\W\d_][\w’'-]*|\S", rest):
        if not word[:1].isupper():
            break
        words.extend(word.split("-"))
    if len(words) < 2:
        return None
    run = " ".join(words).casefold()
    found = {t.id: t for a, t in aliases if _starts_with_word(a.replace("-", " "), run)}
    return next(iter(found.values())) if len(found) == 1 else None


def _demonyms() -> frozenset[str]:
    from briefing.topics.gazetteer import gazetteer

    return frozenset(gazetteer().demonyms)


def _name_goes_on(rest: str) -> bool:
    """Whether ``rest``, the text right after a listed name, goes on with a capitalised word
    of the same name (a space, then a capital: "Lusail| Stadium")."""
    return re.match(r" [^\W\d_]", rest) is not None and rest[1].isupper()


def _starts_with_word(text: str, alias: str) -> bool:
    """``text`` starts with ``alias`` as whole words."""
    return text.startswith(alias) and (
        len(text) == len(alias) or not (text[len(alias)].isalnum() or text[len(alias)] == "-")
    )


#: English prepositions of place and destination ("visit to", "heist at", "summit in",
#: "attack on").
LOCATIVE = frozenset({"to", "in", "at", "on", "near", "into", "inside"})
#: What an act was done to: "reopening of Notre-Dame", "trial of Ana Ruiz"; read only when no
#: preposition of place follows the action, and never for the person whose act it is.
OBJECT = frozenset({"of"})


def undergone(leads: list[str], forms: list[str], things: list[Topic]) -> Topic | None:
    """The listed thing the act happened to, when the leads write the act after a generic
    noun that one listed name ends with in lower case: "the bridge collapses", "motorway
    bridge collapse" with "Morandi bridge" listed → that topic ("Collapse of Ponte
    Morandi"). Two leads or more must write it, and only one listed thing may end with the
    noun; a capitalised name's last word ("Islamic State") is no generic noun. ``forms``
    are the act's words as the leads write them ("collapse", "collapses", "collapsed")."""
    by_noun: dict[str, set[str]] = {}
    for topic in things:
        for alias in topic.aliases:
            last = alias.split()[-1] if " " in alias else ""
            if last.isalpha() and last.islower():
                by_noun.setdefault(last, set()).add(topic.id)
    if not by_noun or not forms:
        return None
    act = "|".join(re.escape(f) for f in sorted(set(forms), key=len, reverse=True))
    pattern = re.compile(rf"\b([a-z]+)\s+(?:{act})\b")
    found: Counter[str] = Counter()
    for lead in leads:
        nouns = {m.group(1) for m in pattern.finditer(lead)}
        found.update(n for n in nouns if len(by_noun.get(n, ())) == 1)
    best = found.most_common(1)
    if not best or best[0][1] < 2:
        return None
    (ident,) = by_noun[best[0][0]]
    return next(t for t in things if t.id == ident)


def thing_called(leads: list[str], forms: list[str], things: list[Topic]) -> str | None:
    """What the act happened to, when the leads write it as a listed name and a common noun
    right before the act and no listed name ends with that noun ("the Gloria funicular
    derailed", "Vesna cable car derailed": the thing is named by both): "the Gloria
    funicular". Two leads or more must write it, the noun in lower case in one of them at
    least (a headline's capitals aside). A vehicle's number may stand between the noun and
    the act, and a relative clause may open before the act ("Nordair flight NA302, which
    crashed", "Nordair Flight 302 crashed"): the number most written names it, one that is
    a listed name first on a tie ("Nordair flight NA302")."""
    aliases = sorted(
        {a for t in things for a in t.aliases if a[:1].isupper()}, key=lambda s: (len(s), s)
    )
    if not aliases or not forms:
        return None
    names = "|".join(re.escape(a) for a in reversed(aliases))
    act = "|".join(re.escape(f) for f in sorted(set(forms), key=len, reverse=True))
    pattern = re.compile(
        rf"\b({names})\s+([^\W\d_]+)(?:\s+{_NUMBER})?(?:\s*,\s*(?:which|that))?\s+(?:{act})\b",
        re.IGNORECASE,
    )
    found: Counter[tuple[str, str]] = Counter()
    numbers: dict[tuple[str, str], Counter[str]] = {}
    lower: set[str] = set()
    for lead in leads:
        seen = {(m.group(1), m.group(2).casefold()) for m in pattern.finditer(lead)}
        for m in pattern.finditer(lead):
            if m.group(2).islower():
                lower.add(m.group(2))
            if m.group(3):
                numbers.setdefault((m.group(1), m.group(2).casefold()), Counter())[m.group(3)] += 1
        found.update(seen)
    best = [(pair, n) for pair, n in found.most_common() if pair[1] in lower and n >= 2]
    if not best:
        return None
    (name, noun), _n = best[0]
    listed = {a for t in things for a in t.aliases}
    written = numbers.get((name, noun))
    if written:
        number = max(written, key=lambda x: (written[x], x in listed, x))
        return f"{name} {noun} {number}"
    return f"the {name} {noun}"


#: A vehicle's number: "302", "NA302", "IC 62" (capitals and digits, whatever the case of
#: the rest of the pattern).
_NUMBER = r"((?-i:[A-Z]{1,4}[\s-]?)?\d[\w-]*)"
