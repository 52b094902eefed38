"""A rebuild's postings kept by term and written in one pass per field (issue 15).

Whoosh's writer hands every posting to a pool as a 5-tuple, sorts them all (spilling sorted
runs to disk past its memory limit and merging them back through ``heapq.merge``), and at
commit feeds them one by one through ``FieldWriter.add_postings`` into
``W3PostingsWriter.add_posting``: type asserts, array appends and statistics per posting, a
method call per term and per block. At 10,005 articles that was about half of each indexing
worker's CPU. A rebuild's documents arrive in document order and each field gives a term
once per document, so :class:`TermPostings` keeps each term's postings in one flat list
(already in document order: nothing to sort), and :func:`write_postings` writes every term's
blocks and term-table record directly, computing per block what Whoosh computes per posting.

The files are Whoosh's own format: with :data:`COMPRESS_FROM` at 0 they are byte for byte
what ``W3FieldWriter.add_postings`` writes from the same postings
(``tests/search/test_segment_postings.py`` compares the bytes); by default short blocks are
left uncompressed, which the block format records and Whoosh's stock reader follows (the
same test reads such an index back with it). It follows whoosh-reloaded 2.7.5 (pinned):
``W3PostingsWriter``'s ``add_posting``/``_write_block``/``finish_postings``,
``W3TermInfo.add_block``/``to_bytes`` and ``OrderedHashWriter.add``.
Any other codec or field writer, or inlined postings, goes through Whoosh's own loop.
"""

from __future__ import annotations

import functools
import operator
import pickle
import struct
import zlib
from array import array
from collections.abc import Iterator
from typing import Any

from whoosh.codec.whoosh3 import WHOOSH3_HEADER_MAGIC, W3FieldWriter, W3TermInfo
from whoosh.system import pack_int, pack_long, pack_ushort
from whoosh.util.numeric import length_to_byte as _length_to_byte

#: ``W3TermInfo.to_bytes``'s fixed part: flags, weight, df, min/max length byte, max weight,
#: first and last document.
_TERMINFO = W3TermInfo._struct.pack
_NO_ID = 0xFFFFFFFF
#: ``length_to_byte`` (a bisection in Python) remembered: called twice a block and a term.
length_to_byte = functools.lru_cache(maxsize=None)(_length_to_byte)
#: ``HashWriter.add``'s header before each key and value: their lengths.
_LENGTHS = struct.Struct("!ii").pack
#: Blocks whose pickled data is shorter than this are written uncompressed. Each block's
#: info records its compression level and Whoosh's reader decompresses only the blocks that
#: say so (``W3LeafMatcher._read_data``); ``W3PostingsWriter`` meant to skip tiny blocks too
#: (its ``len(databytes) < 20`` test is overwritten on the next line). At 10,005 articles
#: 88,000 of 120,000 blocks per worker are this short (a rare word's one or two postings),
#: zlib's set-up cost dominated their writing, and zlib made them no smaller: 6.46 MB raw
#: against 6.41 MB compressed, of a 29 MB postings file. 0 compresses every block, as Whoosh.
COMPRESS_FROM = 128
#: Bytes of postings gathered before they are written out.
_FLUSH_BYTES = 1 << 22

Posting = tuple[str, bytes, int, float, bytes]


class TermPostings:
    """The rebuild writer's pool: field → term → ``[doc, weight, value, doc, weight, ...]``.

    Takes postings through ``add_postings`` (one field of one document at a time, as
    ``lean_add.add_document`` gives them) or Whoosh's ``add((field, text, doc, weight,
    value))``, keyed by the term's bytes in :attr:`fields`; ``lean_add.add_kept_terms`` keys
    its text fields' terms by the term itself in :attr:`words` (the analysis hands it the
    same string object for every use of a term, whose hash Python keeps, where a new bytes
    object per posting was hashed and compared each time), encoded once per term when
    written (:meth:`terms`). Documents must come in increasing order, each term at most once
    per field of a document: what a single writer adding documents does.
    """

    def __init__(self) -> None:
        self.fields: dict[str, dict[bytes, list[Any]]] = {}
        self.words: dict[str, dict[str, list[Any]]] = {}

    def add_postings(
        self, fieldname: str, docnum: int, items: list[tuple[bytes, float, bytes]]
    ) -> None:
        terms = self.fields.get(fieldname)
        if terms is None:
            terms = self.fields[fieldname] = {}
        for text, weight, value in items:
            flat = terms.get(text)
            if flat is None:
                terms[text] = [docnum, weight, value]
            else:
                flat += (docnum, weight, value)

    def add(self, item: Posting) -> None:
        fieldname, text, docnum, weight, value = item
        if docnum != -1:  # -1 marks a spelling word, which add_postings skips too
            self.add_postings(fieldname, docnum, [(text, weight, value)])

    def fieldnames(self) -> list[str]:
        """Every field given postings (or opened by the analysis), sorted."""
        return sorted({*self.fields, *self.words})

    def terms(self, fieldname: str) -> dict[bytes, list[Any]]:
        """The field's postings by the term's UTF-8 bytes (what the term table keys), the
        two ways of adding them together; a term given both ways keeps its documents in
        order."""
        terms = self.fields.get(fieldname) or {}
        words = self.words.get(fieldname)
        if not words:
            return terms
        encoded = {word.encode("utf-8"): flat for word, flat in words.items()}
        for text, flat in terms.items():
            given = encoded.get(text)
            if given is None:
                encoded[text] = flat
            else:
                encoded[text] = _merged(given, flat)
        return encoded

    def iter_postings(self) -> Iterator[Posting]:
        """Every posting in Whoosh's pool order (field, term, document)."""
        for fieldname in self.fieldnames():
            terms = self.terms(fieldname)
            for text in sorted(terms):
                flat = terms[text]
                for at in range(0, len(flat), 3):
                    yield fieldname, text, flat[at], flat[at + 1], flat[at + 2]

    def cleanup(self) -> None:
        self.fields = {}
        self.words = {}


def _merged(one: list[Any], other: list[Any]) -> list[Any]:
    """Two flat posting lists of one term (each in document order) as one, in order."""
    both = sorted([*_triples(one), *_triples(other)], key=operator.itemgetter(0))
    return [x for posting in both for x in posting]


def _triples(flat: list[Any]) -> list[tuple[Any, Any, Any]]:
    return list(zip(flat[0::3], flat[1::3], flat[2::3], strict=True))


#: A one-posting term's (total, weights as pickled, max weight) by its weight, and (shortest
#: and longest length bytes of its block, of its term record) by its document's length: the
#: same few values over and over (a weight is a count times the field's boost).
_ONE_WEIGHT: dict[float, tuple[Any, Any, Any]] = {}
_ONE_LENGTH: dict[int | None, tuple[int, int, int, int]] = {}


def _one_weight(weight: float) -> tuple[Any, Any, Any]:
    """What a one-posting block and its term record keep of ``weight``: as the block loop
    and ``W3TermInfo.add_block`` compute them (the block keeps float32 weights)."""
    single = array("f", (weight,))[0]
    wmini: Any = None if single == 1.0 else single if single == single else (single,)
    blockweight = weight if weight > 0 else 0
    return 0 + single, wmini, max(0, blockweight)


def _one_length(length: int | None) -> tuple[int, int, int, int]:
    """The length bytes of a one-posting block (shortest, longest) and of its term record
    (minimum, maximum) for a document of ``length`` (None or 0: unknown)."""
    shortest, longest = (length, length) if length else (None, 0)
    return (
        length_to_byte(shortest),
        length_to_byte(longest),
        0 if shortest is None else length_to_byte(shortest),
        length_to_byte(max(0, longest)),
    )


def write_postings(fieldwriter: Any, schema: Any, lengths: Any, postings: TermPostings) -> None:
    """``fieldwriter.add_postings(schema, lengths, postings.iter_postings())``, written a
    term at a time. ``lengths`` is a ``lean_add.FieldLengths`` (or None: every length 0)."""
    codec = fieldwriter._codec
    if (
        type(fieldwriter) is not W3FieldWriter
        or codec._inlinelimit > 1
        or (lengths is not None and not hasattr(lengths, "column"))
    ):
        fieldwriter.add_postings(schema, lengths, postings.iter_postings())
        return
    for fieldname in postings.fieldnames():
        terms = postings.terms(fieldname)
        if not terms:
            # a field no document gave a term (the analysis still opened its table):
            # Whoosh's loop never starts it, so it takes no field number in the term table
            continue
        fieldobj = schema[fieldname]
        fieldwriter.start_field(fieldname, fieldobj)
        column = None if lengths is None else lengths.column(fieldname)
        _write_field(fieldwriter, fieldobj, column, terms)
        fieldwriter.finish_field()


def _write_field(
    fieldwriter: Any, fieldobj: Any, column: list[int | None] | None, terms: dict[bytes, list[Any]]
) -> None:
    codec = fieldwriter._codec
    limit, comp = codec._blocklimit, codec._compression
    fixed = fieldobj.format.fixed_value_size()
    prefix = pack_ushort(fieldwriter._fieldid)
    postfile = fieldwriter._postfile
    pos = postfile.tell()
    chunks: list[bytes] = []
    records: list[tuple[bytes, bytes]] = []
    gathered = 0
    dumps, compress, sub = pickle.dumps, zlib.compress, operator.sub
    smallest = COMPRESS_FROM
    for text in sorted(terms):
        flat = terms[text]
        start = pos
        if len(flat) == 3:
            # One posting (about half the terms): the loop below for a one-posting block,
            # without its slices and counts; the same bytes (test_segment_postings). What
            # follows from the weight alone, or from the length alone, is worked out once.
            doc, weight, value = flat
            # a positive float only: 0.0 and -0.0, 2 and 2.0 are one key but not one pickle
            cached = type(weight) is float and weight > 0
            by_weight = _ONE_WEIGHT.get(weight) if cached else None
            if by_weight is None:
                by_weight = _one_weight(weight)
                if cached:
                    _ONE_WEIGHT[weight] = by_weight
            total, wmini, maxweight = by_weight
            length = None if column is None else column[doc]
            by_length = _ONE_LENGTH.get(length)
            if by_length is None:
                by_length = _ONE_LENGTH[length] = _one_length(length)
            short_byte, long_byte, min_byte, max_byte = by_length
            if fixed is None or fixed < 0:
                vmini: Any = (value,) if value else ()
            elif fixed == 0:
                vmini = None
            else:
                vmini = value or b""
            data = dumps(((doc,), wmini, vmini), 2)
            level = comp if len(data) >= smallest else 0
            if level:
                data = compress(data, level)
            info = dumps((1, doc, maxweight, level, short_byte, long_byte), 2)
            size = len(info) + len(data)
            chunks += (WHOOSH3_HEADER_MAGIC, pack_int(-size), info, data)
            pos += len(WHOOSH3_HEADER_MAGIC) + 4 + size
            record = _TERMINFO(False, total, 1, min_byte, max_byte, maxweight, doc, doc)
            records.append((prefix + text, record + pack_long(start) + pack_int(pos - start)))
            gathered += pos - start
            if gathered > _FLUSH_BYTES:
                postfile.write(b"".join(chunks))
                _add_terms(fieldwriter._tindex, records)
                chunks, records, gathered = [], [], 0
            continue
        docs, weights, values = flat[0::3], flat[1::3], flat[2::3]
        total = 0
        df = 0
        minlength = None
        maxlength = 0
        maxweight = 0
        count = len(docs)
        for at in range(0, count, limit):
            ids = docs[at : at + limit]
            given = weights[at : at + limit]
            stored = array("f", given)  # the block keeps float32 weights
            # statistics as add_posting gathers them: weights above 0, lengths that are not 0
            top = max(given)
            blockweight = top if top > 0 else 0
            if column is None:
                shortest, longest = None, 0
            else:
                known = list(filter(None, map(column.__getitem__, ids)))
                shortest, longest = (min(known), max(known)) if known else (None, 0)
            n = len(ids)
            if stored.count(1.0) == n:
                wmini = None
            elif stored.count(stored[0]) == n:
                wmini = stored[0]
            else:
                wmini = tuple(stored)
            kept = values[at : at + limit]
            if not all(kept):
                kept = list(filter(None, kept))
            if fixed is None or fixed < 0:
                vmini = tuple(kept)
            elif fixed == 0:
                vmini = None
            else:
                vmini = b"".join(kept)
            deltas = tuple(map(sub, ids, [0, *ids[:-1]]))
            data = dumps((deltas, wmini, vmini), 2)
            level = comp if len(data) >= smallest else 0
            if level:
                data = compress(data, level)
            info = dumps(
                (n, ids[-1], blockweight, level, length_to_byte(shortest), length_to_byte(longest)),
                2,
            )
            size = len(info) + len(data)
            if at == 0:
                chunks.append(WHOOSH3_HEADER_MAGIC)
                pos += len(WHOOSH3_HEADER_MAGIC)
            chunks += (pack_int(-size if at + limit >= count else size), info, data)
            pos += 4 + size
            # W3TermInfo.add_block
            total += sum(stored)
            df += n
            minlength = shortest if minlength is None else min(minlength, shortest)  # type: ignore[type-var]
            maxlength = max(maxlength, longest)
            maxweight = max(maxweight, blockweight)
        record = _TERMINFO(
            False,
            total,
            df,
            0 if minlength is None else length_to_byte(minlength),
            length_to_byte(maxlength),
            maxweight,
            docs[0] if docs else _NO_ID,
            docs[-1] if docs else 0,
        )
        records.append((prefix + text, record + pack_long(start) + pack_int(pos - start)))
        gathered += pos - start
        if gathered > _FLUSH_BYTES:
            postfile.write(b"".join(chunks))
            _add_terms(fieldwriter._tindex, records)
            chunks, records, gathered = [], [], 0
    postfile.write(b"".join(chunks))
    _add_terms(fieldwriter._tindex, records)


def _add_terms(table: Any, records: list[tuple[bytes, bytes]]) -> None:
    """``table.add(key, value)`` for each record of the term table (an
    ``OrderedHashWriter``), in one write: each key's position, hash and length header as
    ``HashWriter.add`` records them."""
    if not records:
        return
    dbfile, buckets, hashfn, append = table.dbfile, table.buckets, table.hashfn, table.index.append
    if records[0][0] <= table.lastkey:
        raise ValueError(f"Keys must increase: {table.lastkey!r}..{records[0][0]!r}")
    pos = dbfile.tell()
    parts: list[bytes] = []
    header = _LENGTHS
    for key, value in records:
        append(pos)
        parts += (header(len(key), len(value)), key, value)
        h = hashfn(key)
        buckets[h & 255].append((h, pos))
        pos += 8 + len(key) + len(value)
    dbfile.write(b"".join(parts))
    table.lastkey = records[-1][0]
