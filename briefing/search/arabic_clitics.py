"""An Arabic word in a query also finds it with a proclitic glued on: ``رهائن`` (hostages)
finds ``كرهائن`` ("as hostages"), ``سوناطراك`` (a company) finds ``لسوناطراك`` ("for …").

Arabic writes its one-letter conjunctions and prepositions joined to the next word: ``و``
(and), ``ف`` (so), ``ب`` (with, in), ``ل`` (for, to), ``ك`` (as, like), alone or two together
(``ول``, ``فب`` …). ISRI, the root stemmer Arabic is indexed with (:mod:`.arabic`), takes off
the article and its three-letter combinations (``ال``, ``بال``, ``كال``, ``ولل``), but a
single letter only inside some four- to seven-letter patterns, ``ك`` never (it is no prefix of
ISRI's), and nothing at all from a word of eight letters or more, which it leaves whole: so
``كرهائن`` stems to ``كرهائ`` beside ``رهائن`` → ``رهن``, and ``لسوناطراك`` stays
``لسوناطراك`` beside ``سوناطراك``. The words hit hardest are those outside any dictionary, a
foreign company's or place's name, which no pattern of ISRI's fits. The optional ``arabic``
extra (Arramooz) is not involved: it is read only for broken plurals (:mod:`.arabic_plurals`).

Taking the letter off while indexing cannot be done by spelling alone: it is as often the
first letter of the word itself (``لبنان``, Lebanon; ``كتاب``, a book; ``بريطانيا``). The
query side can tell them apart: the briefing's words that are one of these proclitics and then
a form of the typed word (its ISRI stem) are looked up in the vocabulary, and each one found is
searched by its own stem, unless simplemma's Arabic lexicon reads it (or it without its first
letter, for two proclitics together) as a word of another lemma: ``لبنان`` and ``ولبنان`` are
no forms of ``بنان`` (fingertips), ``كتاب`` none of ``تاب``, while ``كرهائن`` and
``لسوناطراك``, which the lexicon does not know, are what they look like. The typed word must
have three letters or more (a two-letter word after a proclitic is most often a root of three).
A word typed with a proclitic the lexicon does not know (``لسوناطراك``) finds the bare word
too, when the briefing holds it (and its other proclitic forms); a word typed with the article
is looked up without it as well, and its stem searched (ISRI keeps the article on the words of
its stop list: ``اليوم``, today, now also finds ``يوم``, a day, ``بيوم``).

Only the query changes (no index schema change, no indexing cost), and only in a briefing
with Arabic text; the lexicon is loaded only when a candidate is there. A phrase is not
rewritten: its words must stand as the index holds them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import lru_cache

from briefing.search.analysis import analyse_word, fold

__all__ = ["arabic_clitic_terms"]

#: The proclitics written joined to the next word, longest first: a conjunction (``و``,
#: ``ف``), a preposition (``ب``, ``ل``, ``ك``), a conjunction before a preposition, and ``لل``,
#: ``ل`` before the article (whose alif it drops). The future's ``س`` is left out: it goes
#: before verbs only, and names often start with it (``سوناطراك``).
_PROCLITICS = ("ولل", "فلل", "لل", "وب", "ول", "وك", "فب", "فل", "فك", "و", "ف", "ب", "ل", "ك")
#: The shortest typed word, or word left after a proclitic, that is looked up.
_MIN_LETTERS = 3
#: Arabic letters (the basic block's letters, no digits or marks).
_LETTERS = frozenset(chr(c) for c in range(0x0621, 0x064B))


def arabic_clitic_terms(
    word: str, languages: tuple[str, ...], prefixed: Callable[[str], Iterable[str]]
) -> frozenset[str]:
    """The stems of the briefing's words that are a proclitic and a form of ``word``
    (lowercased), and of the bare word when ``word`` is typed with a proclitic, that its own
    stem misses (module doc); ``prefixed`` gives the briefing's words starting with a string
    (``Vocabulary.prefixed``)."""
    if "ar" not in languages or len(word) < _MIN_LETTERS or not set(word) <= _LETTERS:
        return frozenset()
    own = analyse_word(word, "ar")
    bases = {word} | _bare_forms(word, prefixed)
    if word.startswith("ال") and len(word) - 2 >= _MIN_LETTERS:
        bases.add(word[2:])  # "الرهائن" typed: "كرهائن" has no article
    stems = {analyse_word(base, "ar") for base in bases} - {None}
    found: set[str] = set()
    for base in bases:
        for clitic in _PROCLITICS:
            for written in prefixed(clitic + base):
                written = fold(written)
                if analyse_word(written[len(clitic) :], "ar") not in stems:
                    continue  # "كرهائنهم" is a form; "لسوناطراكية" is another word
                if _another_word(written, len(clitic), bases):
                    continue
                term = analyse_word(written, "ar")
                if term and term != own:
                    found.add(term)
    found |= {s for s in stems if s and s != own}
    return frozenset(found)


def _bare_forms(word: str, prefixed: Callable[[str], Iterable[str]]) -> set[str]:
    """``word`` without the proclitic it was typed with, when the lexicon does not know the
    whole word and the briefing holds what is left (``لسوناطراك`` → ``سوناطراك``)."""
    out: set[str] = set()
    for clitic in _PROCLITICS:
        rest = word[len(clitic) :]
        if not word.startswith(clitic) or len(rest) < _MIN_LETTERS:
            continue
        if not any(fold(w) == rest for w in prefixed(rest)):
            continue  # the briefing does not hold the bare word: the lexicon is not asked
        if _lemma(word) is not None or _another_word(word, len(clitic), {rest}):
            continue  # "لبنان", "ولبنان": the letter is the word's own
        out.add(rest)
    return out


def _another_word(written: str, clitic: int, bases: set[str]) -> bool:
    """Whether simplemma's lexicon reads ``written``, or it less a first proclitic letter,
    as a word of a lemma none of ``bases`` is (``لبنان`` after ``و``: Lebanon, no form of
    ``بنان``)."""
    lemmas = {lemma for base in bases for lemma in (base, _lemma(base)) if lemma}
    for start in range(clitic):
        lemma = _lemma(written[start:])
        if lemma is not None and lemma not in lemmas and _lemma(lemma) not in lemmas:
            return True
    return False


@lru_cache(maxsize=8192)
def _lemma(word: str) -> str | None:
    """``word``'s lemma in simplemma's Arabic lexicon; None for a word it does not know."""
    import simplemma  # here: a lexicon load only when a query asks for it

    if not simplemma.is_known(word, lang="ar"):
        return None
    return str(simplemma.lemmatize(word, lang="ar"))
