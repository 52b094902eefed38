"""A French ``-ir`` verb in a query also finds its ``-issage`` noun, and the noun the verb:
``atterrir`` finds "atterrissage", ``atterrissage`` finds "atterri".

French verbs of the second group (``-ir``, present participle ``-issant``) make their nouns on
the ``-iss-`` stem: ``-issement`` (``établissement``, ``investissement``) and ``-issage``
(``atterrissage``, ``amerrissage``, ``polissage``). Snowball's French i-verb step cuts
``-issement`` with the other verb endings, so ``établir`` and ``établissement`` both stem to
``etabl`` and already meet; it does not know ``-issage`` (``atterrissage`` → ``atterrissag``,
``atterrir`` → ``atterr``), so a reader typing the verb missed every text that told it with
the noun, and the other way.

No installed package has a derivation table, so the pair is spelt from the verb, and each
side must be vouched for:

* the verb is one: simplemma's French lexicon reads the word (typed, or the briefing's) as a
  form of an infinitive in ``-ir`` that Snowball's i-verb step cuts to its stem (after a
  consonant: ``cuir`` (leather), read as its own lemma, is no verb of ``cuissage``), and the
  noun is that infinitive with ``-issage(s)`` for ``-ir``, spelt alike (``pâlir`` is no verb
  of ``palissage``, which is ``palisser``'s; nor ``métir`` of ``métissage``);
* only forms the briefing holds are searched: a verb of another group (``partir``,
  ``sortir``, ``venir``) has no ``-issage`` word and finds nothing new;
* a verb much commoner than its noun (wordfreq, the infinitive against the singular, by more
  than :data:`latinate.MAX_COMMONER` Zipf points, the measure :mod:`.latinate` uses) has
  senses the noun lacks and is left apart: ``finir`` is no ``finissage`` (an exhibition's
  closing), ``remplir`` (a form, a duty) no ``remplissage``, ``nourrir`` no ``nourrissage``.
  The infinitive stands for the verb because its participle is often an adjective of its own
  (``poli``, ``fini``, ``garni``).

The forms found are searched at :data:`~briefing.search.query.DERIVED_BOOST`, below the typed
word. Only the query changes (no index schema change, no indexing cost), and only in a
briefing with French text.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import lru_cache

from briefing.search.analysis import analyse_word, fold
from briefing.search.latinate import MAX_COMMONER

__all__ = ["issage_terms"]

#: The shortest verb stem (the infinitive less ``-ir``) joined: ``tissage`` is no ``tir``.
MIN_STEM = 3
#: At most this many of the briefing's words starting with the verb's stem are read.
MAX_WORDS = 200
#: The noun's endings, singular first.
_NOUN_ENDINGS = ("issage", "issages")


@lru_cache(maxsize=4096)
def _zipf(word: str) -> float:
    from wordfreq import zipf_frequency  # deferred: only a query with such a word needs it

    return float(zipf_frequency(word, "fr"))


@lru_cache(maxsize=8192)
def _infinitive(word: str) -> str | None:
    """The second-group-looking infinitive ``word`` is a form of (module doc), else None."""
    import simplemma  # here: a lexicon load only when a query asks for it

    if not simplemma.is_known(word, lang="fr"):
        return None
    lemma = str(simplemma.lemmatize(word, lang="fr"))
    base = lemma[: -len("ir")]
    if not lemma.endswith("ir") or not lemma.islower() or len(base) < MIN_STEM:
        return None
    return lemma if analyse_word(lemma, "fr") == fold(base) else None


def _same_idea(infinitive: str) -> bool:
    """Whether the verb is no much commoner than its ``-issage`` noun (module doc)."""
    noun = infinitive[: -len("ir")] + _NOUN_ENDINGS[0]
    return _zipf(infinitive) - _zipf(noun) <= MAX_COMMONER


def issage_terms(
    word: str, languages: tuple[str, ...], prefixed: Callable[[str], Iterable[str]]
) -> frozenset[str]:
    """The stems of the briefing's ``-issage`` nouns of a typed French ``-ir`` verb, or of the
    verb's forms for a typed noun (``word`` lowercased; module doc); ``prefixed`` gives the
    briefing's words starting with a string (``Vocabulary.prefixed``)."""
    if "fr" not in languages or not word.isalpha():
        return frozenset()
    ending = next((e for e in reversed(_NOUN_ENDINGS) if word.endswith(e)), None)
    if ending is not None:  # the noun typed: the briefing's forms of its verb
        infinitive = word[: -len(ending)] + "ir"
        words = _words(prefixed, infinitive[: -len("ir")])
        vouched = [w for w in words if _infinitive(w) == infinitive]
    else:  # a verb typed: the briefing's nouns of it
        infinitive = _infinitive(word) or ""
        nouns = {infinitive[: -len("ir")] + e for e in _NOUN_ENDINGS}
        words = _words(prefixed, infinitive[: -len("ir")] + "issag") if infinitive else []
        vouched = [w for w in words if w in nouns]
    if not vouched or not _same_idea(infinitive):
        return frozenset()
    own = analyse_word(word, "fr")
    terms = {analyse_word(w, "fr") for w in vouched}
    return frozenset(t for t in terms if t and t != own)


def _words(prefixed: Callable[[str], Iterable[str]], start: str) -> list[str]:
    """The briefing's words (lowercased, letters only) starting with ``start``, capped."""
    out: list[str] = []
    for count, other in enumerate(prefixed(start)):
        if count >= MAX_WORDS:
            break
        if other.isalpha():
            out.append(other.lower())
    return out
