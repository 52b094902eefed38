"""The fixed query set, one list for briefing and the FTS5 baseline.

The corpus is cut from manual pages, package documentation and docstrings, so the queries
are what someone reading that would type: common and rare terms, two-word AND, phrases,
prefixes and one-letter typos. The typo queries misspell words whose stem is the word
itself, so a stemmed and an unstemmed index can both find them. The syntax is the common
subset of Whoosh's parser and FTS5's: bare words (AND), ``AND``, ``"phrase"``, ``prefix*``
and ``word~`` (FTS5 expands ``~`` itself, see ``fts5.Fts5Index.translate``).
"""

from __future__ import annotations

from typing import Final

QUERIES: Final[tuple[tuple[str, str], ...]] = (
    ("term", "memory"),
    ("term", "signal"),
    ("term", "password"),
    ("term", "configuration"),
    ("term", "encoding"),
    ("terms", "file permissions"),
    ("terms", "network interface address"),
    ("AND", "socket AND timeout"),
    ("AND", "kernel AND module"),
    ("AND", "user AND group AND owner"),
    ("phrase", '"regular expression"'),
    ("phrase", '"standard input"'),
    ("phrase", '"configuration file"'),
    ("prefix", "compress*"),
    ("prefix", "encod*"),
    ("prefix", "thread*"),
    ("fuzzy", "permision~"),
    ("fuzzy", "recieve~"),
    ("fuzzy", "kernal~"),
    ("fuzzy", "netwrok~"),
)

#: What the fresh-process and app measurements search for.
FIRST_QUERY: Final = "memory"
