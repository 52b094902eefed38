"""What the act was done to is not the act: an event named by its object is named by the act.

Part of :mod:`briefing.topics.event_action`, asked (like :mod:`.event_stated`) in a packet of
two English leads or fewer and :data:`~.event_stated.MIN_LANGUAGES` languages or more, when no
act the leads state replaced the English leads' choice. When an English lead writes that
choice as the object of a verb ("the court annuls the presidential election", "has voided
the re-election of"), the story is what the verb did to it, not the thing itself: "Election
in Varn, 1 Sep" would name the vote and date it on the ruling's day.

So the choice is *acted on* when an English headline or lead writes a finite verb (a form
ending in "-s" or "-ed", in any tense: "annuls", "has annulled") right before "the", at most
:data:`BETWEEN` words ("the presidential election") and the choice (or a compound ending in
it: "re-election"); and the verb's root is written by the leads of
:data:`~.event_stated.MIN_LANGUAGES` languages other than English or more: "annulé",
"annulliert", "anuló" — letters doubled in one language and single in another are one
(:func:`_single`). A verb no other language writes alike ("won the election", "gagné",
"gewonnen") is no evidence, and nothing changes.

The act is then named by the verb's noun (:func:`verbal_noun`: "annulment" of "annul", from
wordfreq's English list) after its object: "election annulment". With no such noun, the event
has no name here: silent beats wrong.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Literal

from anyascii import anyascii

from briefing.corpus.wordlists import zipf
from briefing.topics.event_shared import Lead
from briefing.topics.event_stated import MIN_LANGUAGES, ROOT
from briefing.topics.event_when import english_stem
from briefing.topics.lexicon import STOPWORDS

#: How many words may stand between "the" and the object ("the presidential election").
BETWEEN = 2
#: How common (Zipf, wordfreq's English list) a derived noun must be to be a word at all.
NOUN_ZIPF = 2.0

_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def _single(text: str) -> str:
    """``text`` with every doubled letter written once ("annulliert" → "anuliert")."""
    return re.sub(r"(.)\1+", r"\1", text)


def _verb(word: str) -> bool:
    """A finite English verb form: lower case, no function word, ending in "-ed" or "-s"
    (not "-ss", "-us", "-is": "press", "status", "analysis")."""
    if not word.islower() or word in STOPWORDS or len(word) < ROOT - 1:
        return False
    return word.endswith("ed") or (word.endswith("s") and not word.endswith(("ss", "us", "is")))


def _is_object(token: str, stem: str) -> bool:
    last = token.casefold().rsplit("-", 1)[-1]
    return english_stem(last) == stem


def _verbs_on(chosen: str, english: Sequence[str]) -> list[str]:
    """The verbs the English texts write right before "the" and ``chosen`` (its object)."""
    stem = english_stem(chosen)
    found: list[str] = []
    for text in english:
        words = _WORD.findall(text)
        for i, word in enumerate(words):
            if word.casefold() != "the" or i == 0 or not _verb(words[i - 1]):
                continue
            after = words[i + 1 : i + 2 + BETWEEN]
            if any(_is_object(w, stem) for w in after):
                found.append(words[i - 1])
    return found


def _root(verb: str) -> str | None:
    root = _single(english_stem(verb))
    return root if len(root) >= ROOT - 1 else None


def _languages(root: str, leads: Sequence[Lead]) -> int:
    """How many languages other than English write a word beginning with ``root``."""
    holding = set()
    for lead in leads:
        if lead.language == "en":
            continue
        keys = (
            _single(anyascii(w).casefold()) for w in _WORD.findall(f"{lead.headline}\n{lead.text}")
        )
        if any(k.startswith(root) for k in keys):
            holding.add(lead.language)
    return len(holding)


def acted_on(chosen: str, english: Sequence[str], leads: Sequence[Lead]) -> str | None:
    """The verb the English leads (``english``) write ``chosen`` as the object of, whose
    root the leads of the most other languages write (:data:`MIN_LANGUAGES` at least), or
    None (see the module's docstring). ``leads`` are every language's."""
    if len(english) > 2 or len({lead.language for lead in leads}) < MIN_LANGUAGES:
        return None
    best: tuple[int, str] | None = None
    for verb in sorted(set(_verbs_on(chosen, english))):
        root = _root(verb)
        if root is None:
            continue
        languages = _languages(root, leads)
        if languages >= MIN_LANGUAGES and (best is None or languages > best[0]):
            best = (languages, verb)
    return best[1] if best is not None else None


def verbal_noun(verb: str) -> str | None:
    """The English noun of ``verb``'s act ("annuls" → "annulment", "nullified" →
    "nullification"): the most common of its stem with "-ment",
    "-ation" or ("-ify") "-ication" in wordfreq's English list, when common enough to be a
    word (:data:`NOUN_ZIPF`); else None."""
    stem = english_stem(verb)
    forms = {stem + "ment", stem + "ation"}
    if stem.endswith(("i", "y")):
        forms.add(stem[:-1] + "ication")
    scored = [(zipf(form, "en", "large"), form) for form in sorted(forms)]
    best = max(scored, default=None)
    return best[1] if best is not None and best[0] >= NOUN_ZIPF else None


def object_act(
    chosen: str, english: Sequence[str], leads: Sequence[Lead], verbs: list[str] | None = None
) -> str | Literal[False] | None:
    """False when ``chosen`` is not acted on (:func:`acted_on`); else the act's name after its
    object ("election annulment"), its verb appended to ``verbs`` (how the leads write the
    act: "annuls"), then the other verbs the English leads do to the object that have a noun
    ("nullified"), or None when the verb has no English noun."""
    verb = acted_on(chosen, english, leads)
    if verb is None:
        return False
    noun = verbal_noun(verb)
    if noun is None:
        return None
    if verbs is not None:  # the act's verb, then the others done to it ("has nullified the")
        verbs.append(verb)
        others = sorted(set(_verbs_on(chosen, english)) - {verb})
        verbs.extend(v for v in others if verbal_noun(v) is not None)
    return f"{chosen} {noun}"


def verb_uses(head: str, verbs: Sequence[str]) -> tuple[tuple[str, str], ...]:
    """("en", verb) for each of ``verbs`` that has a noun (:func:`verbal_noun`), when one's
    is ``head``: the leads write "annuls" (and "has nullified" the same object) and no text
    writes "annulment": the verbs' uses are then the event's (:func:`.event_topic.with_event`),
    else it would have none and no topic."""
    if not any(verbal_noun(verb) == head for verb in verbs):
        return ()
    return tuple(("en", verb) for verb in verbs if verbal_noun(verb) is not None)
