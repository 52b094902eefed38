"""The act of a packet with few English leads: the word its other languages' leads write too.

Part of :mod:`briefing.topics.event_action`. The English leads' count names the act, a
headline's word counted twice; with one or two English articles that count cannot tell the
act from a detail one of them headlines ("A magnitude 6.3 seismic event was recorded …"
ties "seismic", "recorded" and "earthquake" with every word of the other lead's headline),
and the act the articles exist for may stand in one English lead only ("… in its sixth
nuclear test"). The packet's other languages break the doubt where they write the same
word: its own letters ("test", "Test"), its plural ("tests") or, in a language that writes
compounds as one word, as a compound's last part ("Atomtest"), in their headline and lead.

So when the English articles are :data:`FEW` or fewer, a word of their leads (already
stripped of names, function words, numbers, places and bodies by the caller) written so in
the leads of :data:`MIN_LANGUAGES` languages or more, in more languages and more articles
than the English choice, names the act in its place, provided the English texts themselves
(their whole bodies, which the few leads sample) write it more often than that choice, and
they write it as a noun (a function word, a stop or the end after it). A measure's name is
never the act: a word a number is written right after, or right before, in any lead
("magnitude 6.3", "magnitude-6,3", "6.3-magnitude") states a size. A thing of the closed
classes :mod:`.event_shared` keeps ("site", "region") is where the act happened. Cognates
that share only a root ("explosion" / "explosión") are not read: :mod:`.event_cognates` and
:mod:`.event_tongues` do that. A loanword all languages write for the aftermath (a
"tsunami" after an earthquake) is as widely written as the act itself: the English bodies'
count keeps the act there.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from briefing.model import Article
from briefing.topics.event_shared import _THINGS, SAMPLE, Lead
from briefing.topics.languages import NOUN_CAPITALISING

#: The English articles of a packet whose leads' count is in doubt.
FEW = 2
#: How many languages' leads must write the word.
MIN_LANGUAGES = 3
#: Languages that write a compound noun as one word, its head last ("Atomtest").
COMPOUNDING = frozenset({"de", "nl", "sv", "da", "no", "nb", "nn", "is", "fi", "et"})
#: How many letters a compound's first part has at least ("Atomtest": "Atom"): "Protest"
#: and "Kontest" end in "test" after a prefix, not after a word.
FIRST_PART = 4

_WORD = re.compile(r"[^\W\d_][\w-]*")
_STOP = re.compile(r"^\s*(?:[.,;:!?)\]\"”»]|$)")


def _holds(word: str, written: Collection[str], language: str) -> bool:
    """``written`` (the words of one lead, as written) holds ``word``, its plural, or, in a
    compounding language, a compound ending in it: capitalised where every noun is ("ein
    Atomtest"; "möchtest" is a verb)."""
    folded = {w.casefold() for w in written}
    if word in folded or f"{word}s" in folded or f"{word}es" in folded:
        return True
    if language not in COMPOUNDING:
        return False
    return any(
        len(w) >= len(word) + FIRST_PART
        and w.casefold().endswith((word, f"{word}s"))
        and (w[0].isupper() or language not in NOUN_CAPITALISING)
        for w in written
    )


def _measure(word: str, leads: Sequence[Lead]) -> bool:
    """A number stands right after or right before ``word`` in a lead: a size's name."""
    pattern = re.compile(
        rf"(?<![\w]){re.escape(word)}s?[\s-]*\d|\d[\s-]*{re.escape(word)}(?!\w)", re.IGNORECASE
    )
    return any(pattern.search(f"{lead.headline}\n{lead.text}") for lead in leads)


def _as_noun(word: str, texts: Sequence[str], function: Collection[str]) -> bool:
    """An English text writes ``word`` with a function word, a stop or the end after it."""
    for text in texts:
        for found in re.finditer(rf"\b{re.escape(word)}\b", text, re.IGNORECASE):
            rest = text[found.end() :]
            after = _WORD.match(rest.lstrip())
            if _STOP.match(rest) or (after is not None and after.group().casefold() in function):
                return True
    return False


def _count(word: str, bodies: Sequence[str]) -> int:
    """How often the English ``bodies`` write ``word`` or its plural, in any case."""
    pattern = re.compile(rf"(?<!\w){re.escape(word)}(?:e?s)?(?!\w)", re.IGNORECASE)
    return sum(len(pattern.findall(body)) for body in bodies)


def few_leads_act(
    candidates: Collection[str],
    chosen: str,
    leads: Sequence[Lead],
    english: Sequence[str],
    bodies: Sequence[str],
    function: Collection[str],
) -> str | None:
    """The word of ``candidates`` (the English leads' usable words, lower case) that takes
    the place of ``chosen`` (the English leads' own choice) in a packet of :data:`FEW`
    English articles or fewer: see the module's docstring. ``leads`` are every language's,
    ``english`` the English leads, ``bodies`` the English articles' whole texts,
    ``function`` the English function words. None when no word does."""
    if len(english) > FEW or len({lead.language for lead in leads}) < MIN_LANGUAGES:
        return None
    written = [
        (lead.language, set(_WORD.findall(f"{lead.headline}\n{lead.text}"))) for lead in leads
    ]

    def uses(word: str) -> tuple[int, int]:
        holding = [language for language, said in written if _holds(word, said, language)]
        return len(set(holding)), len(holding)

    own = uses(chosen)
    scored = sorted(
        ((uses(w), w) for w in candidates if w != chosen and w not in _THINGS),
        reverse=True,
    )
    for (languages, articles), word in scored:
        if languages < MIN_LANGUAGES:
            break
        if languages <= own[0] or articles <= own[1]:
            continue
        if _measure(word, leads) or not _as_noun(word, english, function):
            continue
        if _count(word, bodies) > _count(chosen, bodies):
            return word
    return None


def few_modifier(word: str, bodies: Sequence[str], refused: Collection[str]) -> str | None:
    """The word every English text (``bodies``, :data:`FEW` or fewer) writes right before
    ``word`` or its plural, in lower case, the most often ("nuclear" of "its sixth nuclear
    test", "nuclear tests"), twice in all at least: the act's kind, as the leads' pairs name
    it in a packet of many English leads. None when the texts share none; ``refused`` are
    words never a modifier (function words, numbers, quantities, roles)."""
    pattern = re.compile(rf"\b([^\W\d_][\w’'-]*)\s+{re.escape(word)}(?:e?s)?\b")
    per_text = [
        [m.group(1) for m in pattern.finditer(body) if m.group(1).islower()] for body in bodies
    ]
    if not per_text:
        return None
    shared = set.intersection(*(set(found) for found in per_text))
    counts = {
        w: sum(found.count(w) for found in per_text)
        for w in shared
        if len(w) > 3 and w not in refused and not w.endswith("ly")
    }
    best = max(counts, key=lambda w: (counts[w], w), default=None)
    return best if best is not None and counts[best] >= 2 else None


def written_elsewhere(word: str, leads: Sequence[Lead]) -> tuple[tuple[str, str], ...]:
    """(language, word as written) of each other language's lead word that writes ``word``
    (the act :func:`few_leads_act` chose), its plural or a compound ending in it ("Test",
    "tests", "Atomtest"): the event's uses in those languages (:mod:`.event_topic`)."""
    found: set[tuple[str, str]] = set()
    for lead in leads:
        if lead.language == "en":
            continue
        for w in _WORD.findall(f"{lead.headline}\n{lead.text}"):
            if _holds(word, {w}, lead.language):
                found.add((lead.language, w))
    return tuple(sorted(found))


def act_elsewhere(
    head: str,
    widened: Sequence[str],
    articles: Sequence[Article],
    languages: dict[str, str],
    leads: dict[str, str],
) -> tuple[tuple[str, str], ...]:
    """:func:`written_elsewhere` of the event's ``head`` when :func:`few_leads_act` chose it
    (``widened``, from :func:`~.event_action.action_of`), read in every article's lead
    (``leads``: article id → lead); else nothing."""
    if not widened or widened[0] != head:
        return ()
    every = [Lead(languages.get(a.id, "en"), a.title or "", leads[a.id]) for a in articles]
    return written_elsewhere(head, every[:SAMPLE])
