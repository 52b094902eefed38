"""Writing a rebuild's sorted postings into the segment with less Python per posting (issue 15).

At commit a writer hands its posting pool, sorted, to the codec's field writer: Whoosh's
``FieldWriter.add_postings`` turns each posting into five method calls (term checks, the
length lookup, ``W3PostingsWriter.add_posting`` with four type assertions, the block's
statistics updated one posting at a time). That loop was about a third of an indexing
worker's CPU. :func:`write_postings` gathers each term's postings in one list, cuts them into
the codec's blocks and writes every block, term-info record and key exactly as
``W3PostingsWriter._write_block``, ``finish_postings`` and ``W3FieldWriter.finish_term`` write
them — the same pickles, compressed at the same level — so with zlib's own ``compress`` the
segment's files are the same bytes (``tests/search/test_lean_postings.py`` compares them);
with :func:`compress` only each block's two-byte zlib header differs.

Whoosh-reloaded 2.7.5 is pinned; this follows its ``whoosh3`` codec line for line and is
used only for a ``W3FieldWriter`` of a rebuild (``building.LeanWriter``); any other field
writer goes through Whoosh's own method.
"""

from __future__ import annotations

import itertools
import zlib
from array import array
from collections.abc import Iterable
from pickle import dumps
from typing import Any

from whoosh.codec.whoosh3 import WHOOSH3_HEADER_MAGIC, W3FieldWriter, W3TermInfo
from whoosh.system import emptybytes, pack_int, pack_ushort
from whoosh.util.numeric import length_to_byte

Posting = tuple[str, bytes, int, float, bytes | None]


class _Block:
    """What ``W3TermInfo.add_block`` reads of a ``W3PostingsWriter``'s buffered block."""

    __slots__ = ("_ids", "_maxlength", "_maxweight", "_minlength", "_weights")

    def __init__(
        self,
        ids: list[int],
        weights: array[float],
        minlength: int | None,
        maxlength: int,
        maxweight: float,
    ) -> None:
        self._ids = ids
        self._weights = weights
        self._minlength = minlength
        self._maxlength = maxlength
        self._maxweight = maxweight

    def __len__(self) -> int:
        return len(self._ids)

    def min_id(self) -> int:
        return self._ids[0]

    def max_id(self) -> int:
        return self._ids[-1]

    def min_length(self) -> int | None:
        return self._minlength

    def max_length(self) -> int:
        return self._maxlength

    def max_weight(self) -> float:
        return self._maxweight


def compress(data: bytes, level: int) -> bytes:
    """``zlib.compress(data, level)``, with a window and hash no larger than ``data`` needs.

    ``zlib.compress`` sets up ~270 KB of state per call (a 32 KB window, 64 KB hash, 64 KB
    symbol buffer) whatever the input, and in a build, where that memory is cold each time,
    it cost ~20 µs per block: most blocks hold a pickle of under a hundred bytes, and there is
    one block per term at least. Here the window is the smallest that holds the whole input
    (so every match the default window finds is still in reach) and the symbol buffer holds
    every symbol of it (no block is cut early): the deflate stream came out the default's in
    every case tried (a smaller hash could in principle pick another match), only
    the two-byte zlib header names the smaller window, and ``zlib.decompress`` (Whoosh's
    reader) reads either (``tests/search/test_lean_postings.py``)."""
    size = len(data)
    wbits = max(9, min(15, (size + 261).bit_length()))
    mem_level = max(1, min(8, (max(size, 1) - 1).bit_length() - 5))
    packer = zlib.compressobj(level, zlib.DEFLATED, wbits, mem_level)
    return packer.compress(data) + packer.flush()


def lean_fields(fieldwriter: Any) -> bool:
    """True when :func:`write_postings` can stand in for ``fieldwriter.add_postings``."""
    return type(fieldwriter) is W3FieldWriter


def write_postings(fieldwriter: Any, schema: Any, lengths: Any, items: Iterable[Posting]) -> None:
    """``fieldwriter.add_postings(schema, lengths, items)`` for a ``W3FieldWriter``: the
    postings sorted by field, term and document, ``lengths`` a ``lean_add.FieldLengths`` (or
    None: every length 0)."""
    lastfn: str | None = None
    lasttext: bytes | None = None
    field_lengths: list[int | None] | None = None
    term: list[tuple[int, float, bytes | None]] = []
    add = term.append
    for fieldname, btext, docnum, weight, value in items:
        if btext != lasttext or fieldname != lastfn:
            if term:
                _write_term(fieldwriter, lasttext, term, field_lengths)  # type: ignore[arg-type]
                term.clear()
            if fieldname != lastfn:
                if lastfn is not None:
                    if fieldname < lastfn:
                        raise ValueError(f"postings out of order: field {lastfn!r}..{fieldname!r}")
                    fieldwriter.finish_field()
                fieldwriter.start_field(fieldname, schema[fieldname])
                field_lengths = None if lengths is None else lengths.field(fieldname)
                lastfn = fieldname
            elif lasttext is not None and btext < lasttext:
                raise ValueError(f"postings out of order: {fieldname}:{lasttext!r}..{btext!r}")
            lasttext = btext
        if docnum == -1:  # Whoosh's marker of a spelling word, never a posting
            continue
        add((docnum, weight, value))
    if term:
        _write_term(fieldwriter, lasttext, term, field_lengths)  # type: ignore[arg-type]
    if lastfn is not None:
        fieldwriter.finish_field()


def _write_term(
    fieldwriter: Any,
    btext: bytes,
    postings: list[tuple[int, float, bytes | None]],
    field_lengths: list[int | None] | None,
) -> None:
    """One term's posting list in blocks (written to the postings file in one call), then its
    term-info record under its key."""
    codec = fieldwriter._codec
    limit, compression = codec._blocklimit, codec._compression
    postfile = fieldwriter._postfile
    fixed = fieldwriter._format.fixed_value_size()
    terminfo = W3TermInfo()
    start = postfile.tell()
    out = [WHOOSH3_HEADER_MAGIC]
    count = len(postings)
    for at in range(0, count, limit):
        chunk = postings[at : at + limit] if count > limit else postings
        ids = [p[0] for p in chunk]
        raw_weights = [p[1] for p in chunk]
        weights = array("f", raw_weights)
        # add_posting: lengths and values only when truthy; the highest weight above 0
        if field_lengths is None:
            lens: list[int] = []
        else:
            lens = [n for n in [field_lengths[d] for d in ids] if n]
        minlength = min(lens) if lens else None
        maxlength = max(lens) if lens else 0
        maxweight = max(0, *raw_weights)
        terminfo.add_block(_Block(ids, weights, minlength, maxlength, maxweight))
        # _mini_ids, _mini_weights, _mini_values (a Positions value has no fixed size)
        if len(ids) == 1:
            deltas: tuple[int, ...] = (ids[0],)
        else:
            deltas = (ids[0], *[b - a for a, b in itertools.pairwise(ids)])
        first = weights[0]
        if first == 1.0 and weights.count(first) == len(weights):
            mini_weights: Any = None
        elif weights.count(first) == len(weights):
            mini_weights = first
        else:
            mini_weights = tuple(weights)
        values = [v for _, _, v in chunk if v]
        if fixed is None or fixed < 0:
            mini_values: Any = tuple(values)
        elif fixed == 0:
            mini_values = None
        else:
            mini_values = emptybytes.join(values)
        databytes = dumps((deltas, mini_weights, mini_values), 2)
        if compression:
            databytes = compress(databytes, compression)
        infobytes = dumps(
            (
                len(ids),
                ids[-1],
                maxweight,
                compression,
                length_to_byte(minlength),
                length_to_byte(maxlength),
            ),
            2,
        )
        size = len(infobytes) + len(databytes)
        out += (pack_int(-size if at + limit >= count else size), infobytes, databytes)
    written = emptybytes.join(out)
    postfile.write(written)
    terminfo.set_extent(start, len(written))
    fieldwriter._tindex.add(pack_ushort(fieldwriter._fieldid) + btext, terminfo.to_bytes())
