"""What the dead died in: the act a disaster's leads state by its toll.

Part of :mod:`briefing.topics.event_action`, asked only when the English leads' choice is no
act (:func:`.event_stated.unstated`: "the nightlife district"). Most leads of a disaster, in
every language, count its dead (:func:`.tolls.toll_uses`: "156 people died", "59 morts",
"151死"), and an English lead that counts them says what they died in: "156 people died … in
a horrific crowd crush", "killed by a landslide". That noun phrase is what happened, however
its other languages word it ("bousculade", "давка"): the toll is what they share.

So when :data:`SHARE` of the articles' leads or more, in :data:`MIN_LANGUAGES` languages or
more, count the dead, the first English lead's sentence that counts them and goes on with "in"
or "by" and an article ("in a", "by the") names the act: the run of lower-case words after
the article that are no function words (:data:`PHRASE` at most), its last word the act's noun,
and the word before it its kind when the English leads write that word elsewhere too ("the
crowds" beside "a crowd crush"; not "horrific"). A sentence naming no such phrase, or a packet
whose leads seldom count the dead, names nothing here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing.sentences import sentence_spans
from briefing.topics.event_shared import Lead
from briefing.topics.event_when import english_stem
from briefing.topics.lexicon import MONTHS, STOPWORDS, WEEKDAYS
from briefing.topics.tolls import toll_uses

#: What share of the articles' leads must count the dead: a quarter, since a lead counts
#: them in its first sentences only and many languages' counts are read in part
#: (:func:`.tolls.toll_uses`); the English lead that names the cause is asked too.
SHARE = 1 / 4
#: How many languages' leads must count them.
MIN_LANGUAGES = 3
#: How many words the phrase after the article holds at most.
PHRASE = 3

_CAUSE = re.compile(r"\b(?:in|by)\s+(?:a|an|the)\s+", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_][\w-]*")


def _counts_dead(lead: Lead) -> bool:
    return any(
        k == "dead" for k, _s, _e in toll_uses(f"{lead.headline}\n{lead.text}", lead.language)
    )


def _phrase(rest: str) -> list[str]:
    """The lower-case words right after the article, up to the first that is none."""
    words: list[str] = []
    at = 0
    for found in _WORD.finditer(rest):
        word = found.group()
        if rest[at : found.start()].strip() or not word.islower():
            break  # a stop, a comma, a name: the phrase has ended
        if word in STOPWORDS or word in MONTHS or word in WEEKDAYS:
            break
        words.append(word)
        at = found.end()
        if len(words) >= PHRASE:
            break
    return words


def toll_act(english: Sequence[str], leads: Sequence[Lead]) -> str | None:
    """The act the English leads (``english``) say the dead died in, when the leads of every
    language (``leads``) count the dead widely enough: "crowd crush", "landslide"; None
    otherwise (see the module's docstring)."""
    counting = [lead.language for lead in leads if _counts_dead(lead)]
    if len(counting) < len(leads) * SHARE or len(set(counting)) < MIN_LANGUAGES:
        return None
    for text in english:
        uses = [s for k, s, _e in toll_uses(text, "en") if k == "dead"]
        for start, end in sentence_spans(text, "en"):
            if not any(start <= s < end for s in uses):
                continue
            sentence = text[start:end]
            toll = min(s for s in uses if start <= s < end) - start
            cause = _CAUSE.search(sentence, toll)
            if cause is None:
                continue
            words = _phrase(sentence[cause.end() :])
            if not words:
                continue
            head = words[-1]
            kind = words[-2] if len(words) > 1 else None
            if kind is not None and _written_apart(kind, english):
                return f"{kind} {head}"
            return head
    return None


def _written_apart(word: str, english: Sequence[str]) -> bool:
    """The English leads write ``word`` in another form too ("crowds" beside "crowd")."""
    stem = english_stem(word)
    forms = {w.casefold() for text in english for w in _WORD.findall(text)}
    return any(f != word and english_stem(f) == stem for f in forms)
