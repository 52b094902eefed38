"""A Russian infinitive in a query also looks for its verb's other forms.

Snowball's Russian stemmer cuts endings, not stems: the infinitive ``погибнуть`` stems to
``погибнут`` while the past ``погибли`` stems to ``погибл`` and the participle ``погибших``
to ``погибш`` (the ``-ну-`` of many such verbs drops out of the past), and ``крикнуть`` /
``крикнул`` part the same way. A reader typing the dictionary form of a verb means all of
them. So a typed word that pymorphy3's Russian dictionary knows and reads first as an
infinitive is also searched as the stems of its lexeme's past tense, participles and gerunds,
each analysed as the index analysed Russian text (:func:`analysis.analyse_word`).

Only the query changes (no index schema change, no build cost): the expansion runs once per
typed word. A word read first as anything else (the nouns ``кровать``, ``мать``, ``путь``
end in ``-ть`` too) or unknown to the dictionary (a Ukrainian infinitive such as
``загинути``: Ukrainian is indexed by its pymorphy3 lemmas, so its forms already meet) is
left as it is.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from briefing.morphology import analyser
from briefing.search.analysis import analyse_word, has_cyrillic

__all__ = ["verb_form_terms"]


def _built_on_the_past_stem(tag: Any) -> bool:
    """The past tense, participles and gerunds: the forms that leave the infinitive's stem
    (``погиб``, ``погибший``; ``шёл`` of ``идти``). The present and the imperative are left
    out: they mostly keep it, and their short stems (``стан-`` of ``стать``) are other words'."""
    return "past" in tag or tag.POS in ("PRTF", "PRTS", "GRND")


@lru_cache(maxsize=2048)
def verb_form_terms(word: str) -> frozenset[str]:
    """The indexed terms of every form of the Russian verb whose infinitive ``word`` (lowercased)
    is; empty when ``word`` is not first read as a known infinitive."""
    if not has_cyrillic(word) or not word.endswith(("ть", "ться", "ти", "тись", "чь", "чься")):
        return frozenset()
    morph = analyser("ru")
    if not morph.word_is_known(word):
        return frozenset()
    best = morph.parse(word)[0]
    if best.tag.POS != "INFN" or best.word != word:
        return frozenset()
    forms = {form.word for form in best.lexeme if _built_on_the_past_stem(form.tag)}
    forms |= {form.replace("ё", "е") for form in forms}
    terms = {analyse_word(form, "ru") for form in forms}
    return frozenset(t for t in terms if t and len(t) > 2)  # not the gerund's ``ид`` (идя)
