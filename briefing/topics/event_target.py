"""Whether the main event's person is whom the act was done to, not who did it.

Part of :mod:`briefing.topics.events`. "Putin’s visit" is right: Putin visited. "Okafor’s
assassination attempt" is wrong when someone tried to kill Okafor: the possessive makes the
person the doer. The English leads tell the two apart by where they write the person
beside a word of the act's root (a Snowball stem opening, as :mod:`.event_noun` links
"assassinate" to "assassination"):

- done to: the person right after the act's verb ("tried to assassinate Prime Minister Ama
  Okafor", "stabbed Okafor": a verb after "to" or in "-ed", then up to
  :data:`TITLE_WORDS` capitalised words of title and given names), after the act's noun
  and "on" or "against" ("the attack against Okafor"), or before a passive ("Okafor was
  attacked");
- done by: the person right before the act's verb in "-ed" or "-s" ("Okafor visited",
  "Okafor attacks").

"Of" says neither ("the visit of Putin", "the killing of Okafor") and counts for nothing.
The person is the target when the leads write them so more often than as the doer: the
name then reads "<act> on <person>", never "<person>’s <act>".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing.topics.event_noun import _same_root, _stem

_WORD = re.compile(r"[^\W\d_][\w’'-]*")
#: How many capitalised words (a title, given names) may stand between the verb and the surname.
TITLE_WORDS = 5
_PASSIVE = frozenset({"was", "were", "is", "been", "being", "got"})
#: "On" and "against" before the target, in the languages whose leads may name the act:
#: "Attentat auf", "attentat contre", "attentato contro", "zamach na", "покушение на".
_AGAINST = frozenset(
    {"on", "against", "auf", "gegen", "contre", "contro", "contra", "na", "на", "против"}
)


def done_to(leads: Sequence[str], act: Sequence[str], who: str) -> bool:
    """The leads write ``who`` (a surname, or a name whose last word is one) as the one the
    act (its words, ``act``: "assassination attempt", and the verb the leads used) was done
    to more often than as its doer."""
    surname = who.split()[-1].casefold()
    roots = [_stem(w.casefold(), "en") for w in act if len(w) > 3]
    target = doer = 0
    # Whether a word shares the act's root, asked once per distinct word: 10,000 leads write
    # about a million words, a few thousand distinct ones (~2 s of the event's naming).
    of_act: dict[str, bool] = {}
    # A sentence written again (wire copy) counts again, but is read once.
    counted: dict[str, tuple[int, int]] = {}
    for sentence in (part for lead in leads for part in re.split(r"[.!?;]\s", lead)):
        counts = counted.get(sentence)
        if counts is None:
            counts = counted[sentence] = _counts(sentence, roots, surname, of_act)
        target += counts[0]
        doer += counts[1]
    return target > doer


def _counts(
    sentence: str, roots: list[str], surname: str, of_act: dict[str, bool]
) -> tuple[int, int]:
    """How often one sentence writes the person as the act's target, and as its doer."""
    target = doer = 0
    words = _WORD.findall(sentence)
    folded = [w.casefold() for w in words]
    for i, w in enumerate(folded):
        act_word = of_act.get(w)
        if act_word is None:
            act_word = of_act[w] = any(_same_root(r, _stem(w, "en")) for r in roots)
        if not act_word:
            continue
        verb = w.endswith("ed") or (i > 0 and folded[i - 1] == "to")
        if verb and _object(words, folded, i + 1, surname):
            target += 1
        elif i + 2 < len(folded) and folded[i + 1] in _AGAINST:
            target += _object(words, folded, i + 2, surname)
        passive = i >= 2 and w.endswith("ed") and folded[i - 1] in _PASSIVE
        if passive and _names(folded[i - 2], surname):
            target += 1
        elif i >= 1 and _names(folded[i - 1], surname) and w.endswith(("ed", "s")):
            doer += 1
    return target, doer


def _object(words: list[str], folded: list[str], start: int, surname: str) -> bool:
    """The surname stands at ``start`` or after up to :data:`TITLE_WORDS` capitalised words."""
    for j in range(start, min(len(words), start + TITLE_WORDS + 1)):
        if _names(folded[j], surname):
            return True
        if not words[j][:1].isupper():
            return False
    return False


def _names(word: str, surname: str) -> bool:
    """``word`` is the surname, or it with a possessive ("Okafor’s")."""
    return word == surname or word in (f"{surname}’s", f"{surname}'s")
