"""An Italian, Spanish, French or Portuguese infinitive in a query also finds its irregular forms.

Snowball cuts endings, not stems, so a verb whose stem changes stems apart from its own forms:
Italian ``dimettere`` → ``dimett`` but ``dimesso`` → ``dimess`` (``prendere`` / ``preso``,
``mettere`` / ``messo``, ``scegliere`` / ``scelto``), Spanish ``poner`` / ``puso``, ``decir`` /
``dijo``, ``hacer`` / ``hizo``, French ``prendre`` / ``pris``, ``mettre`` / ``mis``, ``naître`` /
``né``, Portuguese ``fazer`` / ``fez``, ``dizer`` / ``disse``. A reader types the infinitive
and means every form.

So a typed word that simplemma's lexicon of one of these languages (already a dependency) reads
as an infinitive — the word itself, or the word with a pronoun after it (``dimettersi`` →
``dimettere``, ``declararse`` → ``declarar``) — also searches the stems of the briefing's own
words that the lexicon lists as that verb's forms, and of the forms those forms head (the
lexicon files ``dimessi`` and ``presa`` under the participles ``dimesso`` and ``preso``).
Only a stem the briefing writes is searched, only where it is not the typed word's, and only
when the briefing writes it for no word of another lemma that is no verb (a noun, an adjective).

Why the query and not the index (``benchmarks/realworld/romance_verbs_study.py``, measured on
hand-written paradigms and look-alikes and on the dev packets' words): indexing each word's
lemma beside its stem finds the same forms, but simplemma gives each form ONE lemma, often the
wrong one for a homograph (Spanish ``visto`` → ``vestir``, Italian ``detto`` → ``dettare``,
French ``mise`` → ``miser``), and in the index that lemma's stem would then be met by every
query for that stem; here a homograph is joined only when its own verb is typed. It needs no
schema change and costs no indexing time; the lexicon (0.2–0.8 s to load per language) is read
only when such a verb is typed in a briefing with text in its language.

Left apart: function verbs (auxiliaries and copulas, :data:`MAX_STOP_SHARE`); a stem the
briefing also writes for a noun or adjective (``_written_only_as``); participles the
lexicon files as their own lemma (Spanish ``puesto``, ``dicho``, ``hecho``; Portuguese
``feito``, ``dito``: adjectives and nouns as often as forms); nouns of the verb (Italian
``dimissioni``); stems under :data:`MIN_STEM` letters.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from functools import lru_cache

from briefing.search.analysis import analyse_word, is_stop

__all__ = ["LANGUAGES", "romance_verb_terms"]

#: Infinitive endings per language (Italian ``-rre``: ``porre``, ``trarre``; Portuguese ``pôr``).
INFINITIVE_ENDINGS: Mapping[str, tuple[str, ...]] = {
    "it": ("are", "ere", "ire", "rre"),
    "es": ("ar", "er", "ir", "ír"),
    "fr": ("er", "ir", "re", "ïr"),
    "pt": ("ar", "er", "ir", "or", "ôr"),
}
#: Languages whose verbs are joined here.
LANGUAGES = tuple(INFINITIVE_ENDINGS)
#: Pronouns written solid after an infinitive (Italian drops the infinitive's final ``e``).
ENCLITICS: Mapping[str, tuple[str, ...]] = {
    "it": ("si", "mi", "ti", "ci", "vi", "lo", "la", "li", "le", "ne", "gli"),
    "es": ("se", "me", "te", "nos", "os", "lo", "la", "los", "las", "le", "les"),
}
#: At most this many of the briefing's words starting with a form's stem are read.
MAX_WORDS = 200
#: A form's stem shorter than this is not searched (``va``, ``fu``: other words' too).
MIN_STEM = 3
#: A verb at least this share of whose forms the language's stop list drops is a function verb
#: (auxiliaries and copulas: ``essere`` 0.44, ``avere``, ``stare``, Italian ``fare``, ``ser``,
#: ``estar``, ``haber``, ``tener``, ``être``, ``avoir``, Portuguese ``ter``, ``haver`` 0.25):
#: its forms the list keeps are mostly nouns of their own (``stato``, ``estado``: state;
#: ``été``: summer). Content verbs stay under 0.1 (``ir`` 0.09; ``dire``, ``hacer`` 0).
MAX_STOP_SHARE = 0.2


def romance_verb_terms(
    word: str, languages: tuple[str, ...], prefixed: Callable[[str], Iterable[str]]
) -> frozenset[str]:
    """The stems of the briefing's forms of the verb whose infinitive ``word`` (lowercased) is,
    in each language of the briefing this module joins, that ``word``'s own stem misses;
    ``prefixed`` gives the briefing's words starting with a string (``Vocabulary.prefixed``).

    A stem is searched only when the briefing writes a form of the verb with it, and not when
    the briefing also writes it for a word of another lemma that is no verb (French
    ``devoir``'s ``devait`` beside the preposition ``devant``; Italian ``mettere``'s ``messo``
    beside ``messa``, Mass; Spanish ``venir``'s ``vino`` beside ``vino``, wine)."""
    if not word.isalpha():
        return frozenset()
    found: set[str] = set()
    for language in LANGUAGES:
        if language not in languages:
            continue
        own = analyse_word(word, language)
        forms = verb_forms(word, language)
        if own is None or not forms:
            continue
        terms = {analyse_word(form, language) for form in forms}
        for term in terms - {own, None}:
            ok = term is not None and len(term) >= MIN_STEM
            if ok and _written_only_as(str(term), forms, language, prefixed):
                found.add(str(term))
    return frozenset(found)


def _written_only_as(
    term: str, forms: frozenset[str], language: str, prefixed: Callable[[str], Iterable[str]]
) -> bool:
    """True when the briefing writes one of ``forms`` stemmed to ``term`` and no word stemmed
    so that the lexicon files under a lemma other than the verb's that is no verb (a noun,
    an adjective, a preposition: ``devant``, ``messa``, ``vino``, Spanish ``comunidades`` beside
    ``comunica``). A word filed under another verb passes: the lexicon gives a homograph one
    reading, often the rarer verb's (French ``prise`` → ``priser``), and ``prendre`` must still
    find ``pris`` beside ``prise``."""
    import simplemma

    written = False
    for other in list(prefixed(term))[:MAX_WORDS]:
        other = other.lower()
        if not other.isalpha() or analyse_word(other, language) != term:
            continue
        if other in forms:
            written = True
            continue
        if not simplemma.is_known(other, lang=language):
            continue
        lemma = str(simplemma.lemmatize(other, lang=language))
        if lemma not in forms and not lemma.endswith(INFINITIVE_ENDINGS[language]):
            return False
    return written


@lru_cache(maxsize=1024)
def verb_forms(word: str, language: str) -> frozenset[str]:
    """Every form simplemma's lexicon of ``language`` files under the infinitive ``word`` is
    (module doc), and the forms filed under those forms; empty when ``word`` is no infinitive."""
    infinitive = _infinitive(word, language)
    if infinitive is None:
        return frozenset()
    heads = _forms_of(frozenset({infinitive}), language)
    if sum(is_stop(form, language) for form in heads) >= MAX_STOP_SHARE * len(heads):
        return frozenset()
    return heads | _forms_of(heads - {infinitive}, language)


def _infinitive(word: str, language: str) -> str | None:
    """The infinitive ``word`` is, or is with a pronoun after it; None otherwise."""
    endings = INFINITIVE_ENDINGS[language]
    if not word.endswith(endings) and not word.endswith(ENCLITICS.get(language, ())):
        return None  # asked before the lexicon, which loads in 0.2–0.8 s
    import simplemma  # here: a lexicon load only when a query asks for it

    lemma = str(simplemma.lemmatize(word, lang=language))
    if lemma != lemma.lower() or not lemma.endswith(endings):
        return None
    if word == lemma:
        return lemma if simplemma.is_known(word, lang=language) else None
    for pronoun in ENCLITICS.get(language, ()):
        bare = word[: -len(pronoun)]
        if word.endswith(pronoun) and bare in (lemma, lemma[:-1]) and len(bare) > len(pronoun):
            return lemma
    return None


def _forms_of(lemmas: Iterable[str], language: str) -> frozenset[str]:
    """The lexicon's forms whose lemma is one of ``lemmas`` (one pass over the lexicon)."""
    wanted = {lemma.encode() for lemma in lemmas}
    if not wanted:
        return frozenset()
    return frozenset(key.decode() for key, value in lexicon(language).items() if value in wanted)


def lexicon(language: str) -> Mapping[bytes, bytes]:
    """simplemma's form → lemma table for ``language``, the copy its lemmatiser already holds."""
    from simplemma.strategies.dictionaries.dictionary_factory import (
        DEFAULT_DICTIONARY_FACTORY,
    )

    table = DEFAULT_DICTIONARY_FACTORY.get_dictionary(language)
    raw = getattr(table, "_dict", None)  # bytes → bytes in simplemma 2.0 (pinned)
    if isinstance(raw, dict):
        return raw
    return {key.encode(): value.encode() for key, value in table.items()}
