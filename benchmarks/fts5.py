"""The same-run baseline for indexing and search: SQLite FTS5 from the standard library.

It does the same *jobs* as briefing's index, so the ratio means something: read every file
and decode it, index title and body with a stemming tokenizer (``porter unicode61``, like
Whoosh's ``StemmingAnalyzer``) and again unstemmed for fuzzy and prefix queries (briefing's
``exact`` field), remember each file's size and mtime so a reopen can tell
what changed, rank by BM25, count the total, and — with highlights — cut a snippet per hit.
It does not split paragraphs, detect metadata or build topics; briefing does more, and the
ratio is a ceiling on what that extra work may cost, not a claim that FTS5 could replace it.
``single=True`` builds the stemmed table alone: the leaner baseline for the build (issue 15),
since briefing keeps no unstemmed copy of the text any more (its vocabulary file does that job).
The tokenisation is comparable where it can be: ``unicode61`` splits words and folds case (and
diacritics), ``porter`` is Porter's English stemmer — the stemmer briefing's analysis gives
English paragraphs (``whoosh.lang.porter``), and the benchmark corpus is English. Briefing
also identifies each paragraph's language and drops stop words, which FTS5 does not.

Usage: ``python -m benchmarks.fts5 search DB CORPUS QUERY`` (the fresh-process baseline).
"""

from __future__ import annotations

import json
import sqlite3
import sys
import time
from collections.abc import Iterator
from pathlib import Path

_SCHEMA = """
CREATE TABLE IF NOT EXISTS files(
    id INTEGER PRIMARY KEY, path TEXT UNIQUE, size INTEGER, mtime_ns INTEGER
);
CREATE VIRTUAL TABLE IF NOT EXISTS docs USING fts5(
    path UNINDEXED, title, body, tokenize = 'porter unicode61'
);
"""
_UNSTEMMED = """
CREATE VIRTUAL TABLE IF NOT EXISTS exact USING fts5(
    path UNINDEXED, title, body, tokenize = 'unicode61'
);
CREATE VIRTUAL TABLE IF NOT EXISTS vocab USING fts5vocab(exact, 'row');
"""


def _files(corpus: Path) -> Iterator[Path]:
    yield from sorted(p for p in corpus.rglob("*.txt") if p.is_file())


def _read(path: Path) -> tuple[str, str]:
    text = path.read_bytes().decode("utf-8", "replace")
    title, _, body = text.strip().partition("\n")
    return title.strip(), body


def edit_distance_at_most_one(a: str, b: str) -> bool:
    """True if one insertion, deletion, substitution or transposition turns ``a`` into ``b``.

    Whoosh's fuzzy term (``word~``) defaults to distance 1 with transpositions; this is the
    same test, so the fuzzy baseline expands to the same kind of term set.
    """
    if a == b:
        return True
    la, lb = len(a), len(b)
    if abs(la - lb) > 1:
        return False
    i = 0
    while i < min(la, lb) and a[i] == b[i]:
        i += 1
    if la == lb:
        rest_a, rest_b = a[i + 1 :], b[i + 1 :]
        swapped = i + 1 < la and a[i] == b[i + 1] and a[i + 1] == b[i]
        return rest_a == rest_b or (swapped and a[i + 2 :] == b[i + 2 :])
    return a[i + 1 :] == b[i:] if la > lb else a[i:] == b[i + 1 :]


class Fts5Index:
    """A corpus folder indexed in one SQLite file."""

    def __init__(self, db: Path, *, single: bool = False) -> None:
        self.db = db
        self.conn = sqlite3.connect(db)
        self.conn.executescript(_SCHEMA if single else _SCHEMA + _UNSTEMMED)
        self._tables = ("docs",) if single else ("docs", "exact")
        self._vocab: list[str] | None = None

    def close(self) -> None:
        self.conn.close()

    def _index(self, paths: list[Path]) -> None:
        """(Re-)index ``paths``; a file's rowid in ``files`` is its rowid in ``docs``."""
        with self.conn:
            for path in paths:
                stat = path.stat()
                title, body = _read(path)
                row = self.conn.execute(
                    "SELECT id FROM files WHERE path = ?", (str(path),)
                ).fetchone()
                if row:
                    for table in self._tables:
                        self.conn.execute(f"DELETE FROM {table} WHERE rowid = ?", row)
                    self.conn.execute(
                        "UPDATE files SET size = ?, mtime_ns = ? WHERE id = ?",
                        (stat.st_size, stat.st_mtime_ns, row[0]),
                    )
                    rowid = row[0]
                else:
                    cursor = self.conn.execute(
                        "INSERT INTO files(path, size, mtime_ns) VALUES (?, ?, ?)",
                        (str(path), stat.st_size, stat.st_mtime_ns),
                    )
                    rowid = cursor.lastrowid
                for table in self._tables:
                    self.conn.execute(
                        f"INSERT INTO {table}(rowid, path, title, body) VALUES (?, ?, ?, ?)",
                        (rowid, str(path), title, body),
                    )
        self._vocab = None

    def build(self, corpus: Path) -> int:
        """Index every article of ``corpus`` from scratch; returns the number indexed."""
        paths = list(_files(corpus))
        self._index(paths)
        return len(paths)

    def stale(self, corpus: Path) -> list[Path]:
        """Files whose size or mtime differ from what was indexed (what a reopen must check)."""
        known = {
            p: (s, m) for p, s, m in self.conn.execute("SELECT path, size, mtime_ns FROM files")
        }
        out = []
        for path in _files(corpus):
            stat = path.stat()
            if known.get(str(path)) != (stat.st_size, stat.st_mtime_ns):
                out.append(path)
        return out

    def sync(self, corpus: Path) -> int:
        """Re-index what changed since the last build or sync; returns how many files."""
        changed = self.stale(corpus)
        if changed:
            self._index(changed)
        return len(changed)

    def _expand_fuzzy(self, word: str) -> str:
        if self._vocab is None:
            self._vocab = [t for (t,) in self.conn.execute("SELECT term FROM vocab")]
        terms = [t for t in self._vocab if edit_distance_at_most_one(word, t)]
        return "(" + " OR ".join(f'"{t}"' for t in terms) + ")" if terms else f'"{word}"'

    def translate(self, query: str) -> str:
        """Turn our shared query syntax into FTS5's: ``word~`` becomes an OR of close terms."""
        out = []
        for token in query.split():
            if token.endswith("~") and token[:-1].isalpha():
                out.append(self._expand_fuzzy(token[:-1].lower()))
            else:
                out.append(token)
        return " ".join(out)

    def search(self, query: str, *, limit: int = 20, snippets: bool = True) -> tuple[int, list]:
        """(total, top hits) by BM25; with ``snippets`` each hit carries a highlighted excerpt."""
        match = self.translate(query)
        # Fuzzy and prefix terms match words as written, so they go to the unstemmed table.
        table = "exact" if "~" in query or "*" in query else "docs"
        count = f"SELECT count(*) FROM {table} WHERE {table} MATCH ?"
        total = self.conn.execute(count, (match,)).fetchone()[0]
        columns = f"path, title, bm25({table})"
        if snippets:
            columns += f", snippet({table}, 2, '\x02', '\x03', '…', 24)"
        rows = self.conn.execute(
            f"SELECT {columns} FROM {table} WHERE {table} MATCH ? ORDER BY rank LIMIT ?",
            (match, limit),
        ).fetchall()
        return total, rows


def main(argv: list[str]) -> int:
    """``search DB CORPUS QUERY``: what a fresh ``briefing search`` process does, in FTS5."""
    if len(argv) != 4 or argv[0] != "search":
        print(__doc__, file=sys.stderr)
        return 2
    start = time.perf_counter()
    index = Fts5Index(Path(argv[1]))
    index.sync(Path(argv[2]))
    total, rows = index.search(argv[3], limit=10)
    print(
        json.dumps(
            {"total": total, "hits": [r[0] for r in rows], "seconds": time.perf_counter() - start}
        )
    )
    return 0 if total else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
