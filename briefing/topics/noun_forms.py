"""A key word's noun forms, when its stem also joins the verb the articles use more.

A stem joins a subject's noun and its verb: "evacuation" and "evacuated", "évacuation" and
"évacués", "survivor" and "survive", "assassination" and "assassinate". Where the articles
mostly write the verb ("the town was evacuated"), the group as a whole is no noun
(:meth:`~.word_use.Evidence.noun_like`) and the subject they argue about ("the
evacuation", "l'évacuation") was lost with the participles. The group is then read again
with only the forms that are themselves used as a noun: after an article, after an article
and one adjective in English and German ("the sole survivor", "der einzige Überlebende"),
bare after a preposition (:mod:`.word_use`), by pymorphy3's parse in Cyrillic, or written in
a language that gives no evidence either way. Those forms must be used as a noun by the
group's own test, so a word the articles only use as a verb or an adjective ("restored",
"électrique") stays out; the caller then asks of the noun forms alone everything it asks of
a key word (the leads they are written in, the languages, generic nouns, being argued about).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from briefing.topics.candidates import Occurrence
from briefing.topics.word_use import NOUN_SHARE, Evidence


def is_noun_form(evidence: Evidence) -> bool:
    """One written form is used as a noun: after an article or bare after a preposition in a
    fifth of its uses (one at least), mostly parsed as a noun in Cyrillic, or written where
    no evidence is asked (Turkish, Polish, Greek)."""
    if evidence.article_uses:
        nouns = evidence.noun + evidence.bare + evidence.modified
        return nouns >= 1 and nouns >= NOUN_SHARE * evidence.article_uses
    if evidence.cyrillic_uses:
        return evidence.cyrillic_nouns * 2 >= evidence.cyrillic_uses
    return True


def noun_uses(
    members: Iterable[str],
    occurrences: Mapping[str, Sequence[Occurrence]],
    by_form: Mapping[tuple[str, str], Evidence],
) -> list[Occurrence]:
    """The uses of the group's noun forms (keys ``members``), when some form is left out and
    the rest are used as a noun together; [] otherwise."""
    uses = [(k, o) for k in members for o in occurrences.get(k, ())]
    forms = {(k, o.surface) for k, o in uses}
    nouns = {f for f in forms if f in by_form and is_noun_form(by_form[f])}
    if not nouns or nouns == forms:
        return []
    together = Evidence.merged(by_form[f] for f in nouns)
    together.noun += together.modified  # "the sole survivor" is a noun's use here
    if not (together.article_uses or together.cyrillic_uses) or not together.noun_like():
        return []  # no evidence that anything is a noun: nothing gained over the group
    return [o for k, o in uses if (k, o.surface) in nouns]
