"""A German word in a query also finds the compounds it opens: ``Befreiung`` finds
``Befreiungstag``.

German writes a compound as one word, its first part maybe joined to the rest by a linking
element (``Befreiung-s-tag``, ``Rose-n-garten``, ``Handel-s-krieg``). Snowball stems the
compound whole (``befreiungstag``), so a typed ``Befreiung`` found "Tag der Befreiung" and
missed the same day written as one word.

Decompounding every German word at index time needs a splitter and its dictionary, and adds
to every build. Of the splitters on PyPI, ``charsplit-fst`` (maintained) needs Python 3.12;
``compound-split`` (last release 2020) takes 7.3 s to import its n-gram tables, more than a
whole 1,000-article build could grow by, and still splits ``Standort`` as ``Stan|Dort``;
``compound-word-splitter`` was last released in 2017. The query side needs none of that:
the briefing's own vocabulary holds every word that starts with the typed one
(:meth:`~briefing.search.vocabulary.Vocabulary.prefixed`), and such a word is a compound of
it when what follows is, after at most one linking element
(``s``, ``es``, ``n``, ``en``, ``er``, ``e``), a German word of its own: three letters or
more, known to wordfreq's German list (Zipf ≥ :data:`MIN_ZIPF`). So ``Befreiungstag``
(``tag``) and ``Befreiungskampf`` join ``Befreiung``. A derivational suffix that wordfreq
lists as a word is no last part (``Bildung``: ``ung``; ``Präsidentschaft``: ``schaft``), nor
an ending (``Landes``), and a word that is a longer word and an ending (``Regionen``, of
``Region``) is no compound of the typed ``Regio``.

Only a typed word that is itself a German word (wordfreq, same bound), of
:data:`MIN_WORD` letters or more, is read so, and only in a briefing with German text: a short
word starts too many words. The last part must also be no commoner in another language of the
briefing than in German (wordfreq's German list holds loans and fragments such as ``ally``).
A typed word commoner in another language of the
briefing (``Halloween``, ``Internet``: loans German took whole) opens only compounds it is
written into whole, with no linking element (``Halloweenfeiern``), and that are no word of
another language (``attacking``, ``northern``, a Spanish ``nigerina``): German inflects no
such loan inside a compound, while a linking element would let the English ``press`` open
``Pressekonferenz``, whose first part is the German ``Presse``. Function
words and particles open verbs, not compounds (``unter``: ``untersucht``), and a word
commoner than the typed one is a word of its own, no kind of it (``Frankreich``, not a
compound of ``frank``): a compound is rarer than its first part.

The compounds are searched at a lower weight than the word itself
(:data:`COMPOUND_BOOST` in :mod:`briefing.search.query`), so a text that uses the word
ranks above one that only uses a compound of it.

Only the query changes (no index schema change, no indexing cost).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import lru_cache

from briefing.search.analysis import analyse_word, fold, is_stop

__all__ = ["MIN_WORD", "MIN_ZIPF", "compound_terms"]

#: The shortest typed word read as a compound's first part.
MIN_WORD = 5
#: The shortest last part of a compound.
MIN_REST = 3
#: How common (wordfreq Zipf, German) the typed word and the last part must be.
MIN_ZIPF = 2.5
#: Linking elements between a compound's parts, longest first; "" for none.
_LINKS = ("es", "en", "er", "s", "n", "e", "")
#: Inflectional endings: a longer word and one of them is no compound.
_ENDINGS = frozenset({"e", "en", "n", "s", "es", "er", "ern", "ens", "em", "nen"})
#: Derivational suffixes wordfreq also lists as words (``ung``, ``heit``, ``lich``): a word
#: that ends in one after the head is derived from it, no compound.
_SUFFIXES = frozenset(
    {"ung", "ungen", "heit", "heiten", "keit", "keiten", "lich", "liche", "lichen", "licher"}
    | {"liches", "lichem", "isch"}
    | {"ische", "ischen", "chen", "lein", "ler", "ner", "nen", "ten", "ter", "tum", "nis"}
    | {"nisse", "sam", "haft", "schaft", "schaften", "ling", "linge", "bar", "los", "lose"}
    | {"ion", "ionen", "ismus", "ist", "isten", "ität", "ieren", "iert", "ige", "end", "ende"}
    | {"sten", "ste", "nal"}
)
#: Languages a typed Latin word is not compared with: German itself, the undetermined, and
#: those written without Latin letters whose wordfreq lists need a tokenizer of their own.
_NOT_COMPARED = frozenset({"de", "und", "ja", "zh", "ko"})
#: Compounds looked at per typed word, the briefing's words in order.
MAX_COMPOUNDS = 64


@lru_cache(maxsize=4096)
def _zipf(word: str, language: str) -> float:
    from wordfreq import zipf_frequency  # deferred: only a German briefing's query needs it

    try:
        return float(zipf_frequency(word, language))
    except (LookupError, ImportError):  # no list, or its tokenizer (MeCab) not installed
        return 0.0


def _german(word: str) -> bool:
    return _zipf(word, "de") >= MIN_ZIPF


def _mostly_german(word: str, others: tuple[str, ...]) -> bool:
    """A German word, no commoner in another language of the briefing: ``north``, ``attack``
    or ``media`` are German loans, but typed in a briefing with English text they are English
    words (and ``-ing``, ``-ally`` no German last parts)."""
    german = _zipf(word, "de")
    return german >= MIN_ZIPF and all(_zipf(word, code) <= german for code in others)


def _no_other_word(word: str, others: tuple[str, ...]) -> bool:
    """Whether ``word`` is a word of no other language of the briefing: rare in each
    (Zipf < :data:`MIN_ZIPF`) and no commoner there than in German (a Spanish ``nigerina``
    is no compound of ``Niger``)."""
    german = _zipf(word, "de")
    return all(_zipf(word, code) < MIN_ZIPF and _zipf(word, code) <= german for code in others)


@lru_cache(maxsize=1)
def _particles() -> frozenset[str]:
    """German function words and particles (stopwords-iso, whose list is broad: it holds
    ``zurück`` and ``statt`` beside ``unter``, and ``Tag`` and ``Jahre`` too, so it is asked
    of the typed word only): they open verbs (``untersucht``, ``stattfand``), not compounds."""
    import stopwordsiso

    return frozenset(stopwordsiso.stopwords("de"))


def _is_compound_of(
    head: str, word: str, others: tuple[str, ...], links: tuple[str, ...] = _LINKS
) -> bool:
    """Whether ``word`` is ``head``, maybe one of ``links``, then a German word, and not the
    inflected form of a longer word that only starts with ``head`` (``regionen``, of
    ``region``, is no compound of ``regio``)."""
    for cut in range(len(head) + 1, min(len(word), len(head) + MIN_REST)):
        if word[cut:] in _ENDINGS and _german(word[:cut]):
            return False  # the head and a letter or two, then an ending
    rest = word[len(head) :]
    return any(rest.startswith(link) and _last_part(rest[len(link) :], others) for link in links)


def _last_part(rest: str, others: tuple[str, ...]) -> bool:
    """Whether ``rest`` is a German word that can close a compound: no suffix, long enough."""
    if len(rest) < MIN_REST or rest in _SUFFIXES or is_stop(rest, "de"):
        return False  # "den" closes no compound
    return _mostly_german(rest, others)


def compound_terms(
    word: str, languages: tuple[str, ...], prefixed: Callable[[str], Iterable[str]]
) -> frozenset[str]:
    """The German stems of the briefing's compounds that ``word`` (lowercased) opens (module
    docstring); ``prefixed`` gives the briefing's words starting with a string."""
    if "de" not in languages or len(word) < MIN_WORD or not word.isalpha():
        return frozenset()
    others = tuple(code for code in languages if code not in _NOT_COMPARED)
    if word in _particles() or not _german(word):
        return frozenset()
    # A loan commoner in another language of the briefing: written whole, no linking element.
    loan = not _mostly_german(word, others)
    links = ("",) if loan else _LINKS
    head, head_zipf = fold(word), _zipf(word, "de")
    found: set[str] = set()
    for count, candidate in enumerate(prefixed(word)):
        if count >= MAX_COMPOUNDS:
            break
        lowered = candidate.lower()  # the rest keeps its umlauts where the heads agree
        written = lowered.startswith(word) and _is_compound_of(word, lowered, others, links)
        folded = fold(lowered)
        stem = analyse_word(lowered, "de")
        if not stem or max(_zipf(lowered, "de"), _zipf(stem, "de")) > head_zipf:
            continue  # commoner than its first part: a word of its own ("Frankreich")
        if loan and not _no_other_word(lowered, others):
            continue  # the loan's own language's word ("attacking", "northern", "nigerina")
        if written or (folded.startswith(head) and _is_compound_of(head, folded, others, links)):
            found.add(stem)
    return frozenset(found)
