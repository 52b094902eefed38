"""A German infinitive in a query also looks for its weak past tense and participle.

Snowball's German stemmer cuts endings, not the dental suffix of the weak past: the
infinitive ``stürzen`` stems to ``sturz`` while the past ``stürzte`` stems to ``sturzt`` and
the participle ``gestürzt`` to ``gesturzt``, so a reader typing the dictionary form of a verb
misses every report that tells the event in the past tense — most news. The weak (regular)
forms are built by rule (stem + ``-te``/``-ten``, ``ge-`` + stem + ``-t``; ``-ete`` after a
dental, ``-ieren`` verbs and unstressed prefixes take no ``ge-``) and a form is kept only
when wordfreq's German list knows it as a word, so a noun in ``-en`` (``Frauen``) builds
nothing. Strong verbs (``fahren`` / ``fuhr``) and separable prefixes (``abgestürzt``) are
left as they are: they need a lexicon the machine does not have.

Only the query changes (no index schema change), and only in a briefing with German text.
The first such query in a process pays once for importing wordfreq and reading its German
list (0.46 s measured here), off the UI thread like every search; later words cost a lookup.
"""

from __future__ import annotations

from functools import lru_cache

from briefing.search.analysis import analyse_word

__all__ = ["german_verb_terms"]

#: Prefixes that take no ``ge-`` in the participle (``verletzt``, ``bestätigt``).
_INSEPARABLE = ("be", "emp", "ent", "er", "ge", "miss", "ver", "zer")
#: How common (wordfreq Zipf) a built form must be to count as a German word.
MIN_ZIPF = 1.5


def _stem(word: str) -> str | None:
    if word.endswith(("eln", "ern")):
        return word[:-1]  # sammeln → sammel(te), wandern → wander(te)
    if word.endswith("en"):
        return word[:-2]
    return None


def _forms(word: str) -> set[str]:
    stem = _stem(word)
    if stem is None or len(stem) < 3:
        return set()
    link = "e" if stem.endswith(("d", "t")) or stem[-2:] in ("dm", "gn", "tm", "chn") else ""
    past = stem + link + "te"
    forms = {past, past + "n", past + "st", past + "t"}
    if word.endswith("ieren") or word.startswith(_INSEPARABLE):
        forms.add(stem + link + "t")
    else:
        forms.add("ge" + stem + link + "t")
    return forms


def _known(form: str) -> bool:
    from wordfreq import zipf_frequency

    return zipf_frequency(form, "de") >= MIN_ZIPF


@lru_cache(maxsize=2048)
def german_verb_terms(word: str) -> frozenset[str]:
    """The indexed terms of the weak past forms of the German verb whose infinitive
    ``word`` (lowercased) may be; empty when no such form is a known German word."""
    if not word.isalpha():
        return frozenset()
    terms = {analyse_word(form, "de") for form in _forms(word) if _known(form)}
    return frozenset(t for t in terms if t and len(t) > 2)
