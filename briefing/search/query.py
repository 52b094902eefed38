"""From what the user typed to a Whoosh query (the terms it matched: ``match_terms.py``).

The user types Whoosh's syntax (AND/OR/NOT, "phrases", ``title:``, ``source:``,
``date:[2025-10-08 TO 2025-10-09]``, ``term*``, ``term~``/``term~2``). Five rewrites make it
behave as a reader expects:

* each word (and each word of a phrase) aimed at the text is analysed once per language of
  the briefing (``analysis.query_terms``): the parser only lowercases, so ``joya`` searches the
  Spanish stem ``joy`` and the English ``joya`` alike, and a phrase becomes one phrase per
  language (a phrase lives in one paragraph, so in one language);

* fuzzy, prefix and wildcard terms aimed at the text are expanded against the vocabulary of
  unstemmed words (over stems, a one-letter typo of an inflected word finds nothing:
  WHOOSH.md #7), to at most ``MAX_PATTERN_WORDS`` words, whose stems are then searched;
* a Russian noun also searches its forms' own stems (``башен`` for ``башня``: ``noun_forms.py``),
  as a verb searches its past forms (``verb_forms.py``, ``german_verbs.py``) and a German or
  Dutch plural its singular in ``-s`` (``Leitzinsen`` → ``Leitzins``: ``s_singulars.py``), a
  Spanish, Italian or Portuguese loan its English plural in ``-s`` and the plural its
  singular (``bitcoin`` → ``bitcoins``: ``loan_s_plurals.py``), a
  French verb its participles and a German ``-innen`` plural its ``-in`` (``lemma_forms.py``),
  an Italian, Spanish, French or Portuguese infinitive its irregular forms (``dimettere`` →
  ``dimesso``, ``prendre`` → ``pris``: ``romance_verbs.py``), an English word its irregular
  forms and the forms their lemma (``say`` → ``said``, ``men`` → ``man``: ``irregular_forms.py``),
  a German word the compounds it opens (``Befreiung`` → ``Befreiungstag``:
  ``german_compounds.py``), an English or French ``-sion`` noun its verb and the verb the
  noun (``explosions`` → ``exploded``: ``latinate.py``), a French ``-ir`` verb its
  ``-issage`` noun and the noun the verb (``atterrir`` → ``atterrissage``: ``issage.py``) and
  an Arabic noun its dual (``سد`` → ``سدين``: ``arabic_duals.py``) and, with the optional
  ``arabic`` extra, its broken plural (``سد`` → ``سدود``: ``arabic_plurals.py``), and an
  Arabic word its forms after a proclitic (``رهائن`` → ``كرهائن``: ``arabic_clitics.py``);
  in a language that writes compounds solid, a compound also finds its hyphenated spelling
  and a hyphenated word its solid one (``Umweltnotstand`` ↔ ``Umwelt-Notstand``:
  ``hyphen_compounds.py``);
* a word also matches its unstemmed (folded) form as a stem: Snowball stems ``саммит`` to
  ``самм`` but ``саммита`` to ``саммит`` (Turkish ``deprem``/``depremler`` alike), so the
  typed word bridges the two;
* nothing the user types can raise: input is cleaned and bounded here, and the caller turns
  any remaining parser failure into ``SearchResult.error``.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Iterator

from whoosh import query as wq
from whoosh.qparser import FuzzyTermPlugin, GtLtPlugin, MultifieldParser

from briefing.search.analysis import (
    fold,
    has_cjk,
    is_stop,
    query_terms,
    word_terms,
)
from briefing.search.arabic_clitics import arabic_clitic_terms
from briefing.search.arabic_duals import arabic_dual_terms
from briefing.search.arabic_plurals import arabic_plural_terms
from briefing.search.cjk import join_runs
from briefing.search.german_compounds import compound_terms
from briefing.search.german_verbs import german_verb_terms
from briefing.search.hyphen_compounds import joined_terms, split_phrases
from briefing.search.irregular_forms import irregular_form_terms
from briefing.search.issage import issage_terms
from briefing.search.latinate import latinate_terms
from briefing.search.lemma_forms import lemma_form_terms
from briefing.search.loan_s_plurals import loan_s_terms
from briefing.search.noun_forms import noun_form_terms
from briefing.search.other_script import other_script_terms
from briefing.search.romance_verbs import romance_verb_terms
from briefing.search.s_singulars import s_singular_terms
from briefing.search.schema import FIELD_BOOSTS, LANGUAGE_FIELD, STEMMED_FIELDS
from briefing.search.verb_forms import verb_form_terms
from briefing.search.vocabulary import Vocabulary

#: Longer input is refused with a message: nobody types it, and it could tie up a worker.
MAX_QUERY_CHARS = 1000
#: Fuzzy/prefix/wildcard leaves after rewriting; each one walks a lexicon.
MAX_PATTERN_TERMS = 30
#: Edits a fuzzy term may allow: ``word~4`` matches almost anything and its automaton alone
#: takes a third of a second; two is what the help offers.
MAX_FUZZY_EDITS = 2
#: Weight of "is in a language where this word is a stop word" (not zero: Whoosh's block
#: skipping drops zero-weight matches).
STOP_WORD_BOOST = 0.01
#: Weight of a compound the typed German word opens (``german_compounds.py``), against the
#: word's own: a text using the word ranks above one using only a compound of it.
COMPOUND_BOOST = 0.5
#: Weight of a ``-sion`` noun's verb, or a verb's noun (``latinate.py``, ``issage.py``), against
#: the word's own.
DERIVED_BOOST = 0.5

_PATTERN_TYPES = (wq.FuzzyTerm, wq.Prefix, wq.Wildcard)
#: The words the parser reads as operators (upper case), never suggested or corrected.
OPERATORS = frozenset({"AND", "OR", "NOT", "ANDNOT", "ANDMAYBE", "TO"})


class QueryError(ValueError):
    """The query cannot be run; the message is shown to the user as it is."""


#: Zero-width space, non-joiner and joiner, word joiner, BOM: the article sanitiser removes
#: them (``corpus/sanitize.py``), so the query does too. Persian writes a plural with a
#: non-joiner (``گروگان‌ها``); the article's copy reads ``گروگانها`` and is indexed as one word,
#: while the query's non-joiner cut it in two, so the standard spelling found nothing.
_ZERO_WIDTH = dict.fromkeys((0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF))


def clean(text: str) -> str:
    """Replace control, private-use and lone-surrogate characters with spaces, remove the
    zero-width ones the articles lose too, trim."""
    return "".join(
        " " if unicodedata.category(ch) in ("Cc", "Cs", "Co", "Zl", "Zp") else ch
        for ch in text.translate(_ZERO_WIDTH)
    ).strip()


def make_parser(schema: object) -> MultifieldParser:
    """The parser for user queries: plain words search title, body, furniture and source."""
    parser = MultifieldParser(list(FIELD_BOOSTS), schema, fieldboosts=FIELD_BOOSTS)
    parser.add_plugin(FuzzyTermPlugin())
    parser.add_plugin(GtLtPlugin())
    return parser


def parse(
    parser: MultifieldParser,
    text: str,
    languages: Iterable[str] = ("en",),
    vocabulary: Vocabulary | None = None,
) -> wq.Query:
    """Parse cleaned user text into a query ready to run, or raise ``QueryError``.

    ``languages`` are the briefing's (the vocabulary's): each word is analysed in each. With
    the briefing's ``vocabulary``, a Russian noun also searches the forms of it that the
    briefing holds under a stem of their own (``noun_forms.py``)."""
    if len(text) > MAX_QUERY_CHARS:
        raise QueryError(
            f"The query is too long ({len(text):,} characters; the limit is {MAX_QUERY_CHARS:,})."
        )
    text = drop_dangling_operators(text)
    if not text:
        raise QueryError("Nothing to search for: type some words.")
    try:
        parsed = parser.parse(text)
    except Exception as error:  # whoosh's parser has many failure modes; none may escape
        raise QueryError(_parse_error_message(text, error)) from error
    for leaf in _leaves(parsed):
        # Whoosh does not raise for a bad field value; it leaves a null query with ``error``.
        problem = getattr(leaf, "error", None)
        if problem is not None:
            raise QueryError(_parse_error_message(text, problem))
    rewritten = _rewrite(parsed, text, tuple(sorted(set(languages))), vocabulary).normalize()
    if rewritten is wq.NullQuery or isinstance(rewritten, type(wq.NullQuery)):
        raise QueryError("Nothing to search for: type some words.")
    patterns = sum(1 for leaf in rewritten.leaves() if isinstance(leaf, _PATTERN_TYPES))
    if patterns > MAX_PATTERN_TERMS:
        raise QueryError("Too many wildcard or fuzzy terms in one query; use fewer.")
    return rewritten


#: Operators that join two sides: one with a side missing is a query still being typed.
_BINARY_OPERATORS = frozenset({"AND", "OR", "ANDNOT", "ANDMAYBE"})


def drop_dangling_operators(text: str) -> str:
    """Drop operators left hanging at either end (``putin AND``, ``OR putin``, ``putin NOT``).

    Search runs as the user types, so every query passes through such a state on its way to
    ``putin AND dushanbe``; Whoosh reads the hanging operator as the word "and", a stop word
    no article is indexed under, and the list went blank at each step. A leading ``NOT`` is
    kept: ``NOT putin`` is a whole query (every article without the word)."""
    words = text.split()
    while words and words[-1] in OPERATORS:
        words.pop()
    while words and words[0] in _BINARY_OPERATORS:
        words.pop(0)
    return text.strip() if len(words) == len(text.split()) else " ".join(words)


def _typed_word(q: wq.Query, text: str) -> str | None:
    """The word as typed under a fuzzy term, lowercased: the parser hands over its stem
    (``glacirs~`` arrives as ``glacir``), but typos are measured against real words."""
    start, end = getattr(q, "startchar", None), getattr(q, "endchar", None)
    if not isinstance(q, wq.FuzzyTerm) or not isinstance(start, int) or not isinstance(end, int):
        return None
    raw = text[start:end].lower()
    if ":" in raw:
        raw = raw.rsplit(":", 1)[1]
    raw = raw.split("~", 1)[0]
    return raw if raw and all(ch.isalnum() for ch in raw) else None


def _first_letter_fixed(q: wq.Query) -> wq.Query:
    """Typos rarely hit the first letter, and fixing it cuts a fuzzy term's walk over the
    lexicon several times (``warranty~2``: 420 ms → under 100 ms at 1,000 articles)."""
    if isinstance(q, wq.FuzzyTerm):
        q.prefixlength = max(1, q.prefixlength)
        q.maxdist = min(q.maxdist, MAX_FUZZY_EDITS)
    return q


def _leaves(q: wq.Query) -> Iterator[wq.Query]:
    if q.is_leaf():
        yield q
        return
    for child in q.children():
        yield from _leaves(child)


def _parse_error_message(text: str, error: object) -> str:
    if "date:" in text.lower():
        return (
            "Could not read a date in the query: write date:2025-10-08, "
            "or a range as date:[2025-10-01 TO 2025-10-09]."
        )
    name = type(error).__name__ if isinstance(error, BaseException) else "syntax"
    return f"Could not understand the query ({name})."


def _rewrite(
    q: wq.Query, text: str, languages: tuple[str, ...], vocabulary: Vocabulary | None = None
) -> wq.Query:
    """Apply the module's rewrites to every node of the tree (see the module docstring)."""
    if isinstance(q, wq.Every):  # "*": every article, even one with no text in the field
        return wq.Every(boost=q.boost)
    if isinstance(q, _PATTERN_TYPES) and q.fieldname in STEMMED_FIELDS:
        lowered = q.copy()
        lowered.text = _typed_word(q, text) or q.text.lower()
        return _first_letter_fixed(lowered)
    if isinstance(q, wq.FuzzyTerm):
        return _first_letter_fixed(q.copy())
    if isinstance(q, wq.Term) and q.fieldname in STEMMED_FIELDS and has_cjk(str(q.text)):
        # Indexed as bigrams: the typed word is the phrase of its bigrams (杜尚别 → 杜尚 尚别),
        # so text holding 杜尚 and 尚别 apart does not match.
        return _rewrite(wq.Phrase(q.fieldname, [q.text], boost=q.boost), text, languages, None)
    if isinstance(q, wq.Term) and q.fieldname in STEMMED_FIELDS:
        word = str(q.text)
        found = set(query_terms(word, languages))
        if found and word.isalpha():
            # Snowball over-stems some base forms (саммит → самм, deprem → depre) while their
            # inflected forms stem to the base form itself (саммита → саммит): the typed word,
            # folded, bridges the two.
            found.add(fold(word))
        found |= other_script_terms(q, text, languages)
        if found:  # a Russian infinitive: its past, participles and gerunds too
            found |= verb_form_terms(word)
        if found and vocabulary is not None and "ru" in languages:  # a noun's other stems
            found |= noun_form_terms(word, vocabulary.prefixed)
        if found and "de" in languages:  # a German weak verb: its past and participle
            found |= german_verb_terms(word.lower())
        if found and vocabulary is not None:  # a German or Dutch plural: its singular in -s
            found |= s_singular_terms(word.lower(), languages, vocabulary.prefixed)
        if found and vocabulary is not None:  # a loan's English plural in -s: bitcoin(s)
            found |= loan_s_terms(word.lower(), languages, vocabulary.prefixed)
        if found and vocabulary is not None:  # a French verb's participles, a German -innen
            found |= lemma_form_terms(word.lower(), languages, vocabulary.prefixed)
        if found and vocabulary is not None:  # an Italian, Spanish, French, Portuguese verb
            found |= romance_verb_terms(word.lower(), languages, vocabulary.prefixed)
        if found and vocabulary is not None:  # an English irregular form: say, said
            found |= irregular_form_terms(word.lower(), languages, vocabulary.__contains__)
        if found and vocabulary is not None:  # an Arabic noun: its dual and broken plural
            found |= arabic_dual_terms(word.lower(), languages, vocabulary.prefixed)
            found |= arabic_plural_terms(word.lower(), languages, vocabulary.prefixed)
            # an Arabic word after a proclitic ISRI leaves on ("كرهائن", "لسوناطراك")
            found |= arabic_clitic_terms(word.lower(), languages, vocabulary.prefixed)
        weaker: dict[str, float] = {}
        if found and vocabulary is not None:  # an English or French -sion noun: its verb
            for term in latinate_terms(word.lower(), languages, vocabulary.prefixed) - found:
                weaker[term] = q.boost * DERIVED_BOOST
        if found and vocabulary is not None:  # a French -ir verb: its -issage noun
            for term in issage_terms(word.lower(), languages, vocabulary.prefixed) - found:
                weaker[term] = q.boost * DERIVED_BOOST
        if found and vocabulary is not None:  # a German word: the compounds it opens
            for term in compound_terms(word.lower(), languages, vocabulary.prefixed) - found:
                weaker[term] = q.boost * COMPOUND_BOOST
        alternatives: list[wq.Query] = [
            wq.Term(q.fieldname, t, boost=q.boost) for t in sorted(found)
        ]
        alternatives += [wq.Term(q.fieldname, t, boost=b) for t, b in sorted(weaker.items())]
        if found and vocabulary is not None:  # "Umweltnotstand": "Umwelt-Notstand" too
            alternatives += _split_alternatives(q, word.lower(), languages, vocabulary)
        if found:
            # A stop word of one of the languages ("la joya") is not in that language's text:
            # there, being in the language is what it asks for, at almost no weight.
            stops = sorted(code for code in (*languages, "und") if is_stop(word, code))
            alternatives += [wq.Term(LANGUAGE_FIELD, code, boost=STOP_WORD_BOOST) for code in stops]
        return _any_of(alternatives)
    if isinstance(q, wq.Phrase) and q.fieldname in STEMMED_FIELDS:
        variants: list[wq.Query] = []
        seen: set[tuple[str, ...]] = set()
        words = join_runs(str(w) for w in q.words)
        for language in (*languages, "und"):
            terms = tuple(t for w in words for t in word_terms(w, language))
            if not terms or terms in seen:
                continue
            seen.add(terms)
            if len(terms) == 1:
                variants.append(wq.Term(q.fieldname, terms[0], boost=q.boost))
            else:
                variants.append(wq.Phrase(q.fieldname, list(terms), slop=q.slop, boost=q.boost))
        return _any_of(variants)
    rewritten = q.apply(lambda child: _rewrite(child, text, languages, vocabulary))
    joined = _joined_alternatives(q, text, languages)
    return wq.Or([rewritten, *joined]) if joined else rewritten


def _split_alternatives(
    q: wq.Term, word: str, languages: tuple[str, ...], vocabulary: Vocabulary
) -> list[wq.Query]:
    """The phrases a solid compound may have been written as with a hyphen, each in an
    article of its compounding language (``hyphen_compounds.py``), at a compound's weight."""
    return [
        wq.And(
            [
                wq.Phrase(q.fieldname, list(terms), boost=q.boost * COMPOUND_BOOST),
                wq.Term(LANGUAGE_FIELD, language, boost=STOP_WORD_BOOST),
            ]
        )
        for language, terms in split_phrases(word, languages, vocabulary.__contains__)
    ]


def _joined_alternatives(q: wq.Query, text: str, languages: tuple[str, ...]) -> list[wq.Query]:
    """The solid word's terms for a hyphenated word the parser cut into an ``And`` of its
    parts ("Umwelt-Notstand": ``umweltnotstand`` too; ``hyphen_compounds.py``). The parts
    carry no position of their own in the typed text, as words typed apart do."""
    if not isinstance(q, wq.And) or not q.subqueries:
        return []
    parts = q.subqueries
    if not all(
        type(p) is wq.Term
        and p.fieldname in STEMMED_FIELDS
        and p.fieldname == parts[0].fieldname
        and getattr(p, "startchar", None) is None
        for p in parts
    ):
        return []
    first = parts[0]
    assert isinstance(first, wq.Term)
    terms = joined_terms((str(p.text) for p in parts if isinstance(p, wq.Term)), text, languages)
    return [wq.Term(first.fieldname, t, boost=first.boost) for t in sorted(terms)]


def _any_of(queries: list[wq.Query]) -> wq.Query:
    """One query, an ``Or`` of several, or ``NullQuery`` for none (a stop word: dropped from
    an ``And`` when the tree is normalised)."""
    if not queries:
        return wq.NullQuery
    return queries[0] if len(queries) == 1 else wq.Or(queries)


def expand_patterns(q: wq.Query, vocabulary: Vocabulary) -> wq.Query:
    """Replace each fuzzy, prefix or wildcard term on a stemmed field by the stems of the
    vocabulary words it matches (the most frequent ``MAX_PATTERN_WORDS``).

    A pattern that matches no word becomes ``NullQuery``, which matches nothing. The tree is
    not normalised afterwards: normalising drops a ``NullQuery`` from an ``And`` and so would
    turn ``hydropowr~ AND putin`` into ``putin``.
    """
    if isinstance(q, _PATTERN_TYPES) and q.fieldname in STEMMED_FIELDS:
        languages = vocabulary.languages
        words = pattern_words(q, vocabulary)
        stems = sorted({term for word in words for term in query_terms(word, languages)})
        if not stems:
            return wq.NullQuery
        terms = [wq.Term(q.fieldname, stem, boost=q.boost) for stem in stems]
        return terms[0] if len(terms) == 1 else wq.Or(terms)
    if q.is_leaf():
        return q
    return q.apply(lambda child: expand_patterns(child, vocabulary))


def pattern_words(q: wq.Query, vocabulary: Vocabulary) -> list[str]:
    """The vocabulary words a pattern leaf matches, most frequent first, capped."""
    if isinstance(q, wq.FuzzyTerm):
        found = vocabulary.within(q.text, q.maxdist, q.prefixlength)
    elif isinstance(q, wq.Prefix):
        found = vocabulary.prefixed(q.text)
    else:
        found = vocabulary.matching(q.text)
    return vocabulary.most_frequent(found)
