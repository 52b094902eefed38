"""An Arabic noun in a query also finds its broken plural, and a typed plural its singular:
``سد`` (dam) finds ``سدود``, ``وزراء`` (ministers) finds ``وزير``.

A broken plural is another pattern of the root (``سد`` → ``سدود``, ``بيت`` → ``بيوت``), so
no ending joins it to its singular, and ISRI, the root stemmer Arabic is indexed with
(:mod:`.arabic`), gives the two different stems (``سد`` stays whole, ``سدود`` → ``سدد``).
Which pattern a noun takes is a fact of the lexicon, not of spelling, so this needs data:
simplemma's Arabic lexicon maps some plurals (``بيوت``) but not ``سدود``; the Arramooz
dictionary (``arramooz-pysqlite``, by the author of pyarabic and qalsadi) lists the broken
plurals of 5,293 of its 30,215 nouns, and 7,654 plurals' singulars, in one SQLite file.

That package is GPL-3.0, so it is the optional ``arabic`` extra, never a requirement of this
MIT package (as ``pykakasi`` is for Japanese): only its data file is read, with the standard
library's ``sqlite3``, read-only; none of its code is imported. Without it the rule is silent
and Arabic search is exactly as before. Each typed Arabic word costs a few indexed look-ups
(~0.7 ms, once: cached), in a briefing with Arabic text only.

What is joined, and what is left apart:

* a plural the dictionary spells like a word of its own that is no plural, a singular noun or
  a verb, is left out, since unvocalised it is that word too (``عدد``: "number" and ``عُدَد``,
  "equipments"; ``أعرب``: "expressed" and ``أَعْرُب``, "Arabs"; ``دول``, "states", goes with
  the verb ``دَوَّلَ``); the dictionary's notes and feminine forms are not read as plurals;
* a plural is searched only when the briefing holds it (bare, or after the article or a
  common proclitic: ``السدود``, ``والسدود``), by the stems of the briefing's own words, and
  only when simplemma's lexicon does not read that word as another lemma;
* the plural is searched by its ISRI root, as the index holds it, so the singular now also
  finds what typing the plural found already: ``سدود`` → ``سدد``, the root of "paid off"
  (``سدد``, ``سداد``) too. And a noun that is mostly a preposition in news text keeps its
  noun's plural: ``نحو`` ("about", "towards"; the noun "direction") finds ``أنحاء``.

Only the query changes (no index schema change, no indexing cost).
"""

from __future__ import annotations

import importlib.util
import re
import sqlite3
from collections.abc import Callable, Iterable
from contextlib import closing
from functools import lru_cache
from pathlib import Path

from briefing.search.analysis import analyse_word, fold

__all__ = ["arabic_plural_terms", "related_forms"]

#: The data file, inside the ``arramooz`` package's folder.
_DATA = Path("data") / "arabicdictionary.sqlite"
#: What may precede a plural in the text: the article, and the conjunctions and prepositions
#: written joined to it.
_PROCLITICS = ("", "ال", "و", "وال", "بال", "لل", "فال", "كال")
#: Arabic letters (the basic block's letters, no digits or marks).
_LETTERS = frozenset(chr(c) for c in range(0x0621, 0x064B))
#: A word as the dictionary spells it: letters and vowel marks.
_WORD = re.compile(r"[\u0621-\u065f\u0670]+")
#: The dictionary's ``number`` of a broken plural's own row.
_BROKEN = "جمع تكسير"
#: Opened read-only, as a file nobody changes (no lock, no journal).
_READ_ONLY = "?mode=ro&immutable=1"
#: The plurals listed with a singular (the column is indexed, as the others looked up).
_AS_SINGULAR = "SELECT broken_plural FROM nouns WHERE unvocalized = ? AND broken_plural != ''"
#: A plural's own rows name their singular.
_AS_PLURAL = "SELECT single FROM nouns WHERE unvocalized = ? AND number = ? AND single != ''"
#: A word spelt so that is no plural: a singular noun or a verb.
_AS_OTHER = (
    "SELECT 1 FROM nouns WHERE unvocalized = ? AND number != ? "
    "UNION ALL SELECT 1 FROM verbs WHERE unvocalized = ? LIMIT 1"
)


def arabic_plural_terms(
    word: str,
    languages: tuple[str, ...],
    prefixed: Callable[[str], Iterable[str]],
    related: Callable[[str], frozenset[str]] | None = None,
) -> frozenset[str]:
    """The stems of the briefing's broken plurals of ``word`` (lowercased), or of its singular
    when ``word`` is a plural, that its own stem misses (module doc); ``prefixed`` gives the
    briefing's words starting with a string (``Vocabulary.prefixed``), ``related`` a form's
    plurals or singulars (:func:`related_forms`, the dictionary's)."""
    if "ar" not in languages or len(word) < 2 or not set(word) <= _LETTERS:
        return frozenset()
    typed = {word, word[2:]} if word.startswith("ال") and len(word) > 3 else {word}
    lookup = related or related_forms
    wanted = {form for t in typed for form in lookup(t)} - typed
    if not wanted:
        return frozenset()
    own = analyse_word(word, "ar")
    found: set[str] = set()
    for other in wanted:
        for written in _written(other, prefixed):
            if _other_lemma(written, typed | {other}):
                continue
            term = analyse_word(written, "ar")
            if term and term != own:
                found.add(term)
    return frozenset(found)


def _written(form: str, prefixed: Callable[[str], Iterable[str]]) -> set[str]:
    """The briefing's words that are ``form``, bare or after one of :data:`_PROCLITICS`."""
    out: set[str] = set()
    for clitic in _PROCLITICS:
        whole = clitic + form
        out.update(w for w in prefixed(whole) if fold(w) == whole)
    return out


def _other_lemma(written: str, forms: set[str]) -> bool:
    """Whether simplemma's Arabic lexicon reads ``written`` as a lemma other than ``forms``."""
    lemma = _lemma(written)
    return lemma is not None and lemma not in forms and _lemma(lemma) not in forms


@lru_cache(maxsize=8192)
def _lemma(word: str) -> str | None:
    """``word``'s lemma in simplemma's Arabic lexicon; None for a word it does not know."""
    import simplemma  # here: a lexicon load only when a query asks for it

    if not simplemma.is_known(word, lang="ar"):
        return None
    return str(simplemma.lemmatize(word, lang="ar"))


@lru_cache(maxsize=4096)
def related_forms(word: str) -> frozenset[str]:
    """The dictionary's broken plurals of ``word`` (unvocalised) and, for a plural, its
    singulars; empty when the ``arabic`` extra is not installed or its file cannot be read.
    A plural spelt like a word of the dictionary that is no plural (a singular noun, a verb)
    is left out, as unvocalised it is that word too (``عدد``: "number", and ``عُدَد``,
    "equipments"; ``أعرب``: "expressed", and ``أَعْرُب``, "Arabs")."""
    path = _data_file()
    if path is None:
        return frozenset()
    try:
        with closing(sqlite3.connect(path.resolve().as_uri() + _READ_ONLY, uri=True)) as db:
            fields = db.execute(_AS_SINGULAR, (word,)).fetchall()
            plurals = {_bare(p) for (field,) in fields for p in _plurals(field)}
            forms = {p for p in plurals if p != word and _is_plural(db, p)}
            if _is_plural(db, word):  # a plural typed: its singulars
                rows = db.execute(_AS_PLURAL, (word, _BROKEN)).fetchall()
                forms |= {_bare(single) for (single,) in rows}
    except sqlite3.Error:
        return frozenset()
    forms.discard(word)
    return frozenset(f for f in forms if len(f) >= 2 and set(f) <= _LETTERS)


def _is_plural(db: sqlite3.Connection, form: str) -> bool:
    """Whether ``form`` is spelt as no singular noun and no verb of the dictionary."""
    return db.execute(_AS_OTHER, (form, _BROKEN, form)).fetchone() is None


def _bare(word: str) -> str:
    """``word`` unvocalised (marks folded), the article taken off a plural the dictionary
    writes with it (``الْمَبَانِي`` → ``مباني``)."""
    word = fold(word or "")
    return word[2:] if word.startswith("ال") and len(word) > 4 else word


def _plurals(field: str) -> list[str]:
    """The plurals a singular's ``broken_plural`` field lists: ``;``-separated words, each
    alone in its part once a parenthesised note is taken off; the list stops at a part with a
    ``:`` (``مؤ:`` starts the feminine forms, ``جج:`` marks a plural of the plural), and a part
    of several words is a note (``عَدَد (5) مُذَكَّرُ خَمْسَ``), not a plural."""
    out: list[str] = []
    for part in (field or "").split(";"):
        if ":" in part:
            break
        words = re.sub(r"\([^)]*\)?", " ", part).split()
        if len(words) == 1 and _WORD.fullmatch(words[0]):
            out.append(words[0])
    return out


def _data_file() -> Path | None:
    """The dictionary's file, found without importing the package (its code is not used)."""
    try:
        spec = importlib.util.find_spec("arramooz")
    except (ImportError, ValueError):
        return None
    locations = list(spec.submodule_search_locations or []) if spec else []
    for folder in locations:
        candidate = Path(folder) / _DATA
        if candidate.is_file():
            return candidate
    return None
