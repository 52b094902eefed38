"""Between act words the English leads share equally, the one the other languages write too.

Part of :mod:`briefing.topics.event_action`, which counts the English leads that write each
word. When two words are written by as many leads ("ceremony" of "a drenched ceremony" and
"performance" of "a singer's performance"), the longer one used to win: a side act of the
story (one singer's performance, written in a headline and a paragraph) then named the event
as well as the act every lead is about. What tells them apart is the other languages: the
event the story reports is what every outlet writes about, each in its own spelling
("cérémonie", "ceremonia"), while a detail one English writer chose is seldom written
elsewhere. So, between equally shared nouns, the one whose cognates (romanised stems alike,
:func:`~.event_cognates.cognate`) the leads of more other languages write, then more of
their leads, comes first. Only a tie between nouns is broken: a word more English leads
share keeps its place, a verb keeps its own (its act is read from it: "engulfed" of a lava
flow leads to the "eruption", where the "lava" every language writes is only what erupted),
and a packet in English alone (no other language to read) is ordered as before.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Mapping, Sequence

from briefing.topics.event_cognates import MIN_STEM, cognate, plain
from briefing.topics.event_shared import SAMPLE, Lead
from briefing.topics.themes import GENERIC_HEADS

_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def written_across(words: Collection[str], leads: Sequence[Lead]) -> dict[str, tuple[int, int]]:
    """Per word of ``words``: how many languages other than English, and how many of their
    leads (headline and lead), write a cognate of it. (0, 0) for a word shorter than
    :data:`~.event_cognates.MIN_STEM` letters, whose stem says too little."""
    found = {w: (0, 0) for w in words}
    others = [lead for lead in leads[:SAMPLE] if lead.language != "en"]
    if not others or len(found) < 2:
        return found
    said = [
        ({plain(w) for w in _WORD.findall(f"{lead.headline}\n{lead.text}")}, lead.language)
        for lead in others
    ]
    for word in found:
        if len(word) < MIN_STEM:
            continue
        stem = plain(word)
        holding = [
            language for words_of, language in said if any(cognate(stem, w) for w in words_of)
        ]
        found[word] = (len(set(holding)), len(holding))
    return found


def widest(chosen: str, tied: Collection[str], leads: Sequence[Lead]) -> str:
    """``chosen``, or the word of ``tied`` (as widely shared in the English leads) whose
    cognates more of ``leads`` (the other languages') write: more languages, then more
    leads; ``chosen`` keeps its place on a tie."""
    if not tied:
        return chosen
    across = written_across({chosen, *tied}, leads)
    best = max(sorted(tied), key=lambda w: across[w])
    return best if across[best] > across[chosen] else chosen


def widest_noun(
    word: str,
    docs: Mapping[str, int],
    named: Collection[str],
    is_noun: Callable[[str], bool],
    others: Callable[[], Sequence[Lead]],
) -> str:
    """``word`` (the English leads' choice among ``docs``, leads per word), or the noun as
    widely shared there, and as much a listed name's word or not (``named``), that the
    leads of more other languages write too (:func:`widest`); only when ``word`` is a noun
    as the leads write it (``is_noun``: a verb's act is read from the verb). ``others``
    gives the other languages' leads, asked only on such a tie."""
    tied = [
        w
        for w, n in docs.items()
        if n == docs[word] and (w in named) == (word in named) and w != word
    ]
    if not tied or not is_noun(word):
        return word
    nouns = [w for w in tied if is_noun(w)]
    return widest(word, nouns, others()) if nouns else word


#: How many words may stand between "at" and the occasion ("at a nationally televised ceremony").
_AT_WORDS = 3


def occasion_kind(
    word: str,
    docs: Mapping[str, int],
    texts: Sequence[str],
    stem: Callable[[str], str],
    noun_of: Callable[[str], str | None],
) -> str | None:
    """The act done at ``word`` when the English leads write ``word`` as the occasion of
    another act as widely shared (``docs``: leads per word): the leads write the act's verb,
    then "at" and ``word`` ("Landia signs pacts at palace ceremony", "signed accords at a
    televised ceremony"), in two leads or more. The occasion is then the kind of the act
    ("signing ceremony"), as the texts write it whole ("the signing ceremony"): one word
    alone names half of it. ``stem`` gives a word's English stem, so that any form of the
    verb counts ("signs", "signed"), and ``noun_of`` gives the act's noun as the texts write
    it ("signing" of "signed"). None without such an act, or one the texts name by no noun
    of one word; a general noun ("meeting" of "met", "visit") says nothing of the kind."""
    tied = {
        stem(w): w
        for w, n in docs.items()
        if n == docs.get(word) and w != word and w not in GENERIC_HEADS
    }
    if not tied:
        return None
    at = re.compile(rf"\bat\s+(?:[^\W\d_][\w’'-]*\s+){{0,{_AT_WORDS}}}{re.escape(word)}\b", re.I)
    counts: dict[str, int] = {}
    for text in texts:  # one vote per lead, however often it writes it (a headline twice)
        acts = {
            tied[key]
            for line in text.splitlines()
            if (found := at.search(line)) is not None
            for key in {stem(w.casefold()) for w in _WORD.findall(line[: found.start()])}
            if key in tied
        }
        for act in acts:
            counts[act] = counts.get(act, 0) + 1
    best = max(counts, key=lambda w: (counts[w], w), default=None)
    if best is None or counts[best] < 2:
        return None
    noun = noun_of(best)
    return noun if noun and " " not in noun and noun not in GENERIC_HEADS else None
