"""An English or French noun in ``-sion`` also finds its verb, and the verb the noun:
``explosions`` finds "exploded", ``decision`` finds "decided", ``décision`` finds "décidé".

Latin gave these nouns an ``s`` where their verbs have a ``d`` (*explodere*, *explosio*), and
Snowball cuts both words after it: ``explosion`` → ``explos``, ``exploded`` → ``explod``;
``decision`` → ``decis``, ``decide`` → ``decid``; ``suspension`` → ``suspens``, ``suspend``
→ ``suspend``; French ``décision`` → ``decis``, ``décider`` → ``decid``. So a reader typing
the noun missed every text that told it with the verb. (French already joins the nouns whose
verb keeps the ``s``: ``explosion`` / ``exploser``, ``division`` / ``diviser`` → ``explos``,
``divis``; so do English ``discussion`` / ``discuss`` and ``revision`` / ``revise``.)

No installed package has a derivation table (WordNet's derivational links are not shipped
with any dependency), so this is a rule on stems, checked against the briefing's own words:

* a typed word ending in ``-sion``/``-sions`` whose stem ends in a vowel or ``n`` and ``s``
  also searches that stem with ``d`` for ``s`` (``explos`` → ``explod``, ``suspens`` →
  ``suspend``), when a word of the briefing is analysed to it and is a word of the language
  (wordfreq, Zipf ≥ :data:`MIN_ZIPF`), no commoner in the other (an English "included" is
  analysed to a French ``includ`` too);
* the other way, a typed word whose stem ends so in ``d`` also searches the stem with ``s``
  when the briefing holds a ``-sion`` noun of that stem (``exploded`` → ``explos``; a typed
  ``offend`` finds nothing, as no "offension" exists, so "offensive" stays apart).

A verb much commoner than its noun (:data:`MAX_COMMONER` Zipf points, over the verb's forms)
has senses of its own and is left apart: ``include`` is no ``inclusion``, ``provide`` no
``provision``. A stem of fewer than :data:`MIN_STEM` letters is too often a word of its own
and is left alone (``tension`` is no ``tend``, ``pension`` no ``pend``; ``erosion`` loses
``erode`` with them). ``-ssion`` nouns (``admission`` / ``admit``) are not joined:
``commission`` is no ``commit``. The forms found are searched at a lower weight than the word
itself (:data:`~briefing.search.query.DERIVED_BOOST`), so a text using the typed word ranks
first.

Only the query changes (no index schema change, no indexing cost).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import lru_cache

from briefing.search.analysis import analyse_word, fold

__all__ = ["LANGUAGES", "MIN_STEM", "latinate_terms"]

#: Languages whose ``-sion`` nouns are joined to their verbs.
LANGUAGES = ("en", "fr")
#: The shortest stem (verb's or noun's) joined.
MIN_STEM = 5
#: How common (wordfreq Zipf, in the language) a briefing word vouching for a stem must be.
MIN_ZIPF = 2.0
#: How much commoner (Zipf) than its noun a verb may be and still be joined to it.
MAX_COMMONER = 0.75
#: At most this many of the briefing's words starting with a stem are read.
MAX_WORDS = 200
#: The letters before a joined ``s``/``d``: a vowel (``explos``) or ``n`` (``suspens``).
_BEFORE = frozenset("aeiouyn")
#: Endings of the nouns joined.
_NOUN_ENDINGS = ("sion", "sions")


@lru_cache(maxsize=4096)
def _zipf(word: str, language: str) -> float:
    from wordfreq import zipf_frequency  # deferred: only a query with such a word needs it

    return float(zipf_frequency(word, language))


def _swapped(stem: str, old: str, new: str) -> str | None:
    """``stem`` with its last letter ``old`` made ``new``, when a vowel or ``n`` precedes it
    and the stem is long enough."""
    if len(stem) < MIN_STEM or not stem.endswith(old) or stem[-2] not in _BEFORE:
        return None
    return stem[:-1] + new


def _vouched(
    target: str,
    language: str,
    prefixed: Callable[[str], Iterable[str]],
    noun: bool,
    others: tuple[str, ...],
) -> list[str]:
    """The briefing's words, words of ``language``, analysed to ``target``: for ``noun``, those
    ending in ``-sion`` (spelt alike in English and French: ``explosion``); else the verb's
    forms, no commoner in the ``others`` (an English "included" is no French verb)."""
    out: list[str] = []
    for count, candidate in enumerate(prefixed(target)):
        if count >= MAX_WORDS:
            break
        lowered = candidate.lower()
        if noun and not fold(lowered).endswith(_NOUN_ENDINGS):
            continue
        if analyse_word(lowered, language) != target:
            continue
        own = _zipf(lowered, language)
        if own >= MIN_ZIPF and (noun or all(_zipf(lowered, code) <= own for code in others)):
            out.append(lowered)
    return out


def _verb_forms(noun: str, language: str) -> set[str]:
    """The forms of the verb an English ``-sion`` noun (singular) is made from, spelt from it
    (``explosion``: explode, exploded, explodes, exploding; ``suspension``: suspend…): the
    verb's frequency does not hang on which of its forms the briefing happens to use."""
    base = noun[: -len("sion")]
    if language != "en" or len(base) < 2:
        return set()
    if base.endswith("n"):
        return {base + ending for ending in ("d", "ded", "ds", "ding")}
    return {base + ending for ending in ("de", "ded", "des", "ding")}


def _same_idea(noun: str, verbs: Iterable[str], language: str) -> bool:
    """Whether the verb is no much commoner than the noun (:data:`MAX_COMMONER`): a verb far
    commoner has senses of its own the noun lacks (``include`` / ``inclusion``, ``provide`` /
    ``provision``)."""
    singular = noun[:-1] if noun.endswith("s") else noun
    forms = {*verbs, *_verb_forms(singular, language)}
    verb = max((_zipf(form, language) for form in forms), default=0.0)
    return verb - _zipf(singular, language) <= MAX_COMMONER


def latinate_terms(
    word: str, languages: tuple[str, ...], prefixed: Callable[[str], Iterable[str]]
) -> frozenset[str]:
    """The stems of the verb of a typed ``-sion`` noun, or of the noun of a typed verb, that
    the briefing holds (``word`` lowercased; module docstring); ``prefixed`` gives the
    briefing's words starting with a string (``Vocabulary.prefixed``)."""
    if not word.isalpha():
        return frozenset()
    found: set[str] = set()
    for language in LANGUAGES:
        if language not in languages:
            continue
        stem = analyse_word(word, language)
        if not stem:
            continue
        others = tuple(code for code in LANGUAGES if code != language and code in languages)
        if fold(word).endswith(_NOUN_ENDINGS):  # the noun typed: its verb
            target = _swapped(stem, "s", "d")
            verbs = _vouched(target, language, prefixed, False, others) if target else []
            if target and verbs and _same_idea(word, verbs, language):
                found.add(target)
            continue
        target = _swapped(stem, "d", "s")  # a verb typed: its noun
        nouns = _vouched(target, language, prefixed, True, others) if target else []
        if target and any(_same_idea(noun, [word], language) for noun in nouns):
            found.add(target)
    return frozenset(found)
