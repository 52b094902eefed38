"""The noun of an act a person underwent, when the texts write only its verb, in the passive.

Part of :mod:`briefing.topics.event_action`. The act's noun is read from the packet's own
text (:func:`~.event_noun.act_noun`): a verb whose noun no text writes names no act, since a
verb alone says little of what happened ("thousands evacuated" names no evacuation). One
shape says enough: the English leads write a listed person as the subject of the verb in
the passive ("President Okafor was abducted", "Okafor has been assassinated"). The person
underwent the act, and English names such an act by the verb's noun with the person as its
object ("Abduction of Okafor", "Assassination of Okafor": :mod:`.event_target` writes them
after it). The noun, when no text writes it, comes from English itself:

- the noun a suffix derives from the verb's lemma (simplemma), as common in English as
  :data:`DERIVED` on wordfreq's Zipf scale ("assassinate" → "assassination", "abduct" →
  "abduction": :func:`.event_acted.act_noun`). Lower than a person's own act needs there
  (:data:`~.event_acted.COMMON`): the passive already says an act was done, the lexicon
  need only vouch that the noun is an English word in common use;
- else its gerund, as common as :data:`~.event_acted.COMMON`, when English uses it about
  as much as the verb itself (within
  :data:`GERUND_GAP` on the Zipf scale: "killing" beside "kill", "kidnapping" beside
  "kidnap"): such a gerund is a noun of its own; one far rarer than its verb is only the
  verb's form or an adjective ("arresting" beside "arrest", "freeing" beside "free").

Read only when :data:`MIN_LEADS` English leads or more write the person so; a verb with no
such noun, a subject that is no listed person ("the house was stormed"), or an active verb
("Okafor visited") leaves the act unnamed here, as before.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import simplemma
from wordfreq import zipf_frequency

from briefing.model import Topic
from briefing.topics.event_acted import COMMON, act_noun
from briefing.topics.event_noun import DETERMINERS
from briefing.topics.event_when import english_stem

__all__ = ["undergone_noun", "underwent"]

#: How many English leads must write a listed person as the passive verb's subject.
MIN_LEADS = 2
#: How common (wordfreq's Zipf scale) a suffix's noun of the verb must be: "abduction" is
#: 3.4, "detainment" 2.4 (the detention's rare synonym), a made-up word 0.
DERIVED = 3.0
#: How much rarer than its verb (Zipf points) a gerund may be and still name the act.
GERUND_GAP = 0.5
#: Forms of "be" (and "got") right before a past participle make a passive.
PASSIVE = frozenset({"is", "are", "was", "were", "be", "been", "being", "got"})
#: What may stand between the subject and the passive's "be": "has been", "had been".
PERFECT = frozenset({"has", "have", "had", "will", "would", "may", "might"})

_WORD = re.compile(r"[^\W\d_][\w’'-]*")


def undergone_noun(word: str, leads: Sequence[str], topics: Sequence[Topic]) -> str | None:
    """The English noun of the act ``word`` (a verb form the leads share, lower case), when
    :data:`MIN_LEADS` of the English ``leads`` write one of the persons among ``topics`` as
    its subject in the passive; else None (see the module's docstring)."""
    surnames = {t.name.split()[-1].casefold() for t in topics if t.kind == "person" and t.name}
    if not surnames or sum(_passive_of(word, lead, surnames) for lead in leads) < MIN_LEADS:
        return None
    lemma = simplemma.lemmatize(word, lang="en")
    if not lemma.isalpha():
        return None  # "co-opted": no lemma the lexicon derives from
    return act_noun(lemma, DERIVED) or _gerund(lemma)


def _passive_of(word: str, lead: str, surnames: set[str]) -> bool:
    """``lead`` (:func:`~.event_leads.lead_of`: the headline on its first line) writes a form
    of ``word`` (its English stem) in the passive right after a surname: after "was",
    "were", "has been"… ("Okafor was abducted"), or, in the headline, a participle in "-ed"
    alone, with no object after it ("Okafor abducted in Lagos"): headlines drop the
    passive's "was" and write an act done by the person in the present ("Okafor visits
    Lagos"); a name or a determiner after the verb is its object ("Okafor visited Lagos")."""
    stem = english_stem(word)
    for number, line in enumerate(lead.split("\n")):
        written = _WORD.findall(line)
        tokens = [w.casefold() for w in written]
        for i, token in enumerate(tokens):
            if i < 1 or english_stem(token) != stem:
                continue
            if number == 0 and token.endswith("ed") and tokens[i - 1] in surnames:
                after = written[i + 1] if i + 1 < len(written) else ""
                if not after[:1].isupper() and after not in DETERMINERS["en"]:
                    return True  # no object after it: "Okafor visited Brenvik" is active
            if i < 2 or tokens[i - 1] not in PASSIVE:
                continue
            j = i - 2
            if tokens[i - 1] in ("be", "been") and j > 0 and tokens[j] in PERFECT:
                j -= 1  # "has been", "will be"
            if tokens[j] in surnames:
                return True
    return False


def underwent(verbs: Sequence[str], leads: Sequence[str], who: str) -> bool:
    """:data:`MIN_LEADS` of ``leads`` write ``who`` (a surname, or a name ending in one) as
    the passive subject of one of ``verbs``: whom the act was done to, not its doer."""
    surnames = {who.split()[-1].casefold()} if who.split() else set()
    return any(
        sum(_passive_of(verb, lead, surnames) for lead in leads) >= MIN_LEADS for verb in verbs
    )


def _gerund(lemma: str) -> str | None:
    """The gerund of ``lemma`` ("kill" → "killing", "kidnap" → "kidnapping", "poison" →
    "poisoning") when it is as common as :data:`COMMON` and within :data:`GERUND_GAP` of
    the verb's own frequency; else None."""
    stems = {lemma, lemma[:-1] if lemma.endswith("e") else lemma, lemma + lemma[-1]}
    found = max((zipf_frequency(s + "ing", "en"), s + "ing") for s in stems)
    verb = zipf_frequency(lemma, "en")
    return found[1] if found[0] >= COMMON and found[0] >= verb - GERUND_GAP else None
