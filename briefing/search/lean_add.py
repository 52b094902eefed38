"""Adding a rebuild's documents with less Python per word and per posting (issue 15).

A profile of ``briefing index --rebuild`` put about half of each worker's time in Whoosh's
per-token and per-posting steps: the analyzer yielding a ``Token`` through three generators
per word, ``Positions.word_values`` gathering them, one ``pickle.dumps`` per posting, the
posting pool checking and sizing each posting, and at commit one column read per posting to
find the document's field length. What is here does the same work in fewer steps and writes
exactly what Whoosh's own steps write — the same postings with the same values, weights and
lengths, the same stored fields and columns — so the segment files are the same bytes
(``tests/search/test_lean_add.py`` compares them). It is used by the rebuild's writers only
(``building.py``); a sync adds its few documents through Whoosh's ``add_document``.

Whoosh-reloaded 2.7.5 is pinned: :func:`add_document` follows its
``SegmentWriter.add_document`` and :class:`FieldLengths` its ``W3PerDocReader``.
"""

from __future__ import annotations

import itertools
import operator
import pickle
from typing import Any

from whoosh.codec.whoosh3 import LENGTHS_COLUMN, _lenfield
from whoosh.formats import Positions
from whoosh.system import pack_uint
from whoosh.util.numeric import byte_to_length
from whoosh.writing import UnknownFieldError

from briefing.search import analysis
from briefing.search.analysis import LanguageAnalyzer, analyse_word
from briefing.search.cjk import CJK
from briefing.search.segment_postings import TermPostings
from briefing.search.tokens import ASCII_TOKEN_PATTERN, TOKEN_PATTERN

#: The index's word pattern for ASCII text (``tokens.py``; it has no capturing group, so
#: ``findall`` gives whole words).
_ASCII_WORDS = ASCII_TOKEN_PATTERN

#: ``pack_uint(1) + pickle.dumps([p], 2)`` by position: most words occur once in a field.
_ONE_POSITION: dict[int, bytes] = {}
_NONES = itertools.repeat(None)
_COUNT = Positions().encode  # only for its layout: count, then the pickled gaps


class _Terms(dict[str, str | None]):
    """Each word seen in one language → its indexed term (None for a stop word), filled on
    first use by :func:`analysis.analyse_word`'s uncached function: looked up in C by
    ``map(table.__getitem__, words)``, where a hit costs no Python frame (the ``lru_cache``
    of two arguments builds a key per word). Emptied when it outgrows :data:`_TERMS_MAX`."""

    __slots__ = ("language",)

    def __init__(self, language: str) -> None:
        super().__init__()
        self.language = language

    def __missing__(self, word: str) -> str | None:
        if len(self) >= _TERMS_MAX:
            self.clear()
        term = self[word] = _analyse(word, self.language)
        return term


#: Entries a language's word table may hold: about what a 10,000-article corpus needs
#: (~110,000 distinct words), with room for a few languages; ``analyse_word``'s cache holds 400,000.
_TERMS_MAX = 400_000
_analyse = analyse_word.__wrapped__
_TABLES: dict[str, _Terms] = {}


def _table(language: str) -> _Terms:
    table = _TABLES.get(language)
    if table is None:
        table = _TABLES[language] = _Terms(language)
    return table


def positions_by_term(value: str) -> dict[str, list[int]]:
    """Each indexed term of ``value`` with its positions, in order of first occurrence: what
    ``Positions.word_values`` gathers from :class:`LanguageAnalyzer` in index mode (stop
    words and one-letter words dropped, the positions after them renumbered the same way), in
    a few passes over word lists without ``Token`` objects. Kept words go to the
    :func:`analysis.collecting_words` sink.

    A stretch's words are found with one ``findall`` on the text as written (case decides
    where a glued sentence ends: ``tokens.py``), the ASCII pattern's on an ASCII stretch, and
    lowercased in one ``map``; only a stretch with CJK characters is cut by ``word_matches``.
    Whoosh's stop filter gives the first kept word its own position and each later kept word
    the next one, so the kept words' positions are consecutive from the first's: the terms
    are gathered in order and numbered at the end."""
    kept_terms, first = _kept_terms(value)
    found: dict[str, list[int]] = {}
    for here, term in enumerate(kept_terms, first):
        at_term = found.get(term)
        if at_term is None:
            found[term] = [here]
        else:
            at_term.append(here)
    return found


def _kept_terms(value: str) -> tuple[list[str], int]:
    """The indexed terms of ``value`` in order (stop words dropped) and the position of the
    first: :func:`positions_by_term` before the terms are gathered."""
    sink = analysis._SINK.words
    kept_terms: list[str] = []
    first: int | None = None  # the position of the first word kept
    pos = 0
    language = "und"
    at = 0
    for marker in [*analysis._MARKER.finditer(value), None]:
        end = marker.start() if marker else len(value)
        stretch = value[at:end]
        if stretch.isascii():
            words = list(map(str.lower, _ASCII_WORDS.findall(stretch)))
        elif CJK.search(stretch) is None:  # what word_matches finds, without Match objects
            words = list(map(str.lower, TOKEN_PATTERN.findall(value, at, end)))
        else:
            words = [m.group(0).lower() for m in analysis.word_matches(value, at, end)]
        terms = list(map(_table(language).__getitem__, words))
        kept = list(map(operator.is_not, terms, _NONES))  # in C: one Python step a stretch
        if first is None and any(kept):
            first = pos + kept.index(True)
        if sink is not None:
            sink.update(itertools.compress(words, kept))
        kept_terms += itertools.compress(terms, kept)  # type: ignore[arg-type]
        pos += len(words)
        if marker:
            language, at = marker.group(1), marker.end()
    return kept_terms, first or 0


def encode_positions(positions: list[int]) -> bytes:
    """``Positions().encode(positions)``, the one-position lists looked up once each."""
    if len(positions) == 1:
        p = positions[0]
        done = _ONE_POSITION.get(p)
        if done is None:
            done = _ONE_POSITION[p] = _COUNT(positions)
        return done
    deltas = [positions[0]]
    deltas += [b - a for a, b in itertools.pairwise(positions)]
    return pack_uint(len(deltas)) + pickle.dumps(deltas, 2)


def _lean_field(field: Any) -> bool:
    """True for a field whose postings :func:`positions_by_term` can give: our analyzer,
    Whoosh's plain ``Positions`` format."""
    return isinstance(field.analyzer, LanguageAnalyzer) and type(field.format) is Positions


def add_document(writer: Any, fields: dict[str, Any]) -> None:
    """``writer.add_document(**fields)`` for a ``SegmentWriter`` of the rebuild, the text
    fields analysed by :func:`positions_by_term` and the postings handed to the pool in one
    call per field (``BatchedPool.add_postings`` in ``building.py``). Fields with term
    vectors or a separate spelling field go through Whoosh's own method (the schema has
    none)."""
    schema = writer.schema
    names = sorted(name for name in fields if not name.startswith("_"))
    for name in names:
        if name not in schema:
            raise UnknownFieldError(f"No field named {name!r} in {schema}")
        field = schema[name]
        if field.vector or field.separate_spelling():
            writer.add_document(**fields)
            return
    writer._check_state()
    perdoc = writer.perdocwriter
    docnum = writer.docnum
    pool = writer.pool
    docboost = writer._doc_boost(fields)
    perdoc.start_doc(docnum)
    try:
        for name in names:
            value = fields.get(name)
            if value is None:
                continue
            field = schema[name]
            length = 0
            if field.indexed:
                boost = writer._field_boost(fields, name, docboost)
                if _lean_field(field):
                    length = _add_positions(pool, name, docnum, value, field, boost)
                else:
                    items = []
                    for text, freq, weight, vbytes in field.index(value):
                        if field.scorable:
                            length += freq
                        items.append((text, weight * boost, vbytes))
                    _pool_add(pool, name, docnum, items)
            stored = fields.get(f"_stored_{name}", value)
            perdoc.add_field(name, field, stored if field.stored else None, length)
            column = field.column_type
            if column and stored is not None:
                perdoc.add_column_value(name, column, field.to_column_value(stored))
    except Exception:
        perdoc.cancel_doc()
        raise
    perdoc.finish_doc()
    writer._added = True
    writer.docnum += 1


def _pool_add(pool: Any, name: str, docnum: int, items: list[tuple[bytes, float, bytes]]) -> None:
    """Hand one field's postings of one document to the pool: in one call when it takes them
    so, else one ``add`` each (Whoosh's own pool)."""
    add_postings = getattr(pool, "add_postings", None)
    if add_postings is not None:
        add_postings(name, docnum, items)
        return
    for text, weight, value in items:
        pool.add((name, text, docnum, weight, value))


def _add_positions(pool: Any, name: str, docnum: int, value: str, field: Any, boost: float) -> int:
    """Add one text field's postings; return its length (the number of kept words) when the
    field is scorable, else 0."""
    fb = field.format.field_boost
    if type(pool) is TermPostings:
        length = _add_by_term(pool, name, docnum, value, fb, boost)
        return length if field.scorable else 0
    items = []
    length = 0
    for term, positions in positions_by_term(value).items():
        freq = len(positions)
        length += freq
        # Positions.word_values sums a boost of 1.0 per token, then times the field boost
        items.append((term.encode("utf-8"), float(freq) * fb * boost, encode_positions(positions)))
    _pool_add(pool, name, docnum, items)
    return length if field.scorable else 0


def _add_by_term(
    pool: TermPostings, name: str, docnum: int, value: str, fb: float, boost: float
) -> int:
    """:func:`_add_positions` straight into a ``TermPostings``: the kept terms' indexes
    sorted by term (a stable sort in C, so each term's positions stay in order) and grouped,
    one Python step per distinct term instead of one per word. The same postings, weights and
    encoded positions as ``positions_by_term`` with ``encode_positions``; returns the number
    of kept words."""
    kept, first = _kept_terms(value)
    return add_kept_terms(pool, name, docnum, kept, first, fb, boost)


def add_kept_terms(
    pool: TermPostings,
    name: str,
    docnum: int,
    kept: list[str],
    first: int,
    fb: float,
    boost: float = 1.0,
) -> int:
    """The kept terms of one field (``kept[i]`` at position ``first + i``) into ``pool``:
    grouped by term, positions encoded, each weighted by its count times the field's boost
    ``fb`` and the document's ``boost``; returns the number of kept words. Besides
    :func:`_add_by_term`, the benchmark of Whoosh's floor (``benchmarks/whoosh_floor.py``)
    writes its terms analysed beforehand with it."""
    terms = pool.words.get(name)
    if terms is None:
        terms = pool.words[name] = {}
    one, pickled, sub = _ONE_POSITION, pickle.dumps, operator.sub
    term_at = kept.__getitem__
    for term, group in itertools.groupby(sorted(range(len(kept)), key=term_at), term_at):
        at = list(group)
        freq = len(at)
        start = at[0] + first
        if freq == 1:
            encoded = one.get(start)
            if encoded is None:
                encoded = one[start] = _COUNT([start])
        else:
            encoded = pack_uint(freq) + pickled([start, *map(sub, at[1:], at)], 2)
        # Positions.word_values sums a boost of 1.0 per token, then times the field boost
        weight = float(freq) * fb * boost
        flat = terms.get(term)  # keyed by the term itself (``TermPostings.words``)
        if flat is None:
            terms[term] = [docnum, weight, encoded]
        else:
            flat += (docnum, weight, encoded)
    return len(kept)


class FieldLengths:
    """A segment's per-document reader for ``add_postings``, its field lengths read once per
    field instead of one column read per posting (``W3PerDocReader.doc_field_length``)."""

    def __init__(self, reader: Any) -> None:
        self._reader = reader
        self._lengths: dict[str, list[int | None] | None] = {}

    def doc_field_length(self, docnum: int, fieldname: str, default: int = 0) -> int | None:
        if fieldname in self._lengths:
            lengths = self._lengths[fieldname]
        else:
            lengths = self._lengths[fieldname] = self._read(fieldname)
        if lengths is None:
            return default
        return lengths[docnum]

    def column(self, fieldname: str) -> list[int | None] | None:
        """Every document's length in ``fieldname`` (None where the length byte is 0), or None
        when the segment has no such column (every length is then the default)."""
        if fieldname not in self._lengths:
            self._lengths[fieldname] = self._read(fieldname)
        return self._lengths[fieldname]

    def _read(self, fieldname: str) -> list[int | None] | None:
        """Every document's length in ``fieldname`` as ``doc_field_length`` answers it
        (``None`` where the length byte is 0), or None when the segment has no such column."""
        column = self._reader._cached_reader(_lenfield(fieldname), LENGTHS_COLUMN)
        if column is None:
            return None
        count = self._reader.doc_count_all()
        return [byte_to_length(b) if b else None for b in (column[d] for d in range(count))]

    def close(self) -> None:
        self._reader.close()
