"""The façade's on-disk caches: fingerprinted pickles, and parsed articles in a lean form.

Reopening a briefing must not cost more than opening its index. Unpickling 10,000 ``Article``
objects with their 240,000 ``Paragraph`` objects took over a second (a frozen slotted
dataclass restores itself through ``dataclasses.fields`` once per object), so articles are
cached as plain tuples of strings instead — which load in a tenth of the time — and each
article's paragraphs are made into ``Paragraph`` objects only when something reads them
(:class:`StoredArticle`). Opening and syncing read only metadata; a search builds the
paragraphs of the hits it highlights; the reader builds the one article it shows.

Every cache is a pickle of builtins only, keyed by a fingerprint of the code that made it,
and is rebuilt from the article files (the truth) whenever it is missing, foreign or damaged.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from briefing.model import Article, Paragraph

#: Bump when the layout of an article row changes.
#: 3: paragraph languages (``Paragraph.language``) ride along with texts and kinds.
ARTICLE_ROWS_FORMAT = 3

#: The slot that holds a built ``Article.paragraphs``, read and written under the property.
_PARAGRAPHS = Article.__dict__["paragraphs"]
_FIELDS = tuple(
    name for name in Article.__dataclass_fields__ if name not in ("paragraphs", "path")
)


def code_fingerprint(package: str) -> str:
    """Hash of a package's source files: a derived cache is valid only for the code that made it."""
    root = Path(__file__).resolve().parent / package
    digest = hashlib.sha256()
    for source in sorted(root.rglob("*.py")):
        digest.update(source.name.encode())
        digest.update(source.read_bytes())
    return digest.hexdigest()[:16]


def load_pickle(path: Path, fingerprint: str) -> Any | None:
    """The cached payload if it exists and was made by this code; otherwise None.

    A damaged cache is not an error worth telling the user about: it is rebuilt from the
    article files, which are the truth.
    """
    try:
        with path.open("rb") as handle:
            stored = pickle.load(handle)
    except Exception:  # missing, unreadable or any corruption: fall back to the source files
        return None
    if not isinstance(stored, dict) or stored.get("fingerprint") != fingerprint:
        return None
    return stored.get("payload")


def save_pickle(path: Path, fingerprint: str, payload: Any) -> None:
    """Write atomically (temp file + rename) so a crash never leaves half a cache."""
    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    except OSError:
        return
    try:
        with os.fdopen(fd, "wb") as handle:
            pickle.dump(
                {"fingerprint": fingerprint, "payload": payload},
                handle,
                protocol=pickle.HIGHEST_PROTOCOL,
            )
        os.replace(tmp, path)
    except OSError:
        Path(tmp).unlink(missing_ok=True)


class StoredArticle(Article):
    """An ``Article`` read from the cache, whose paragraphs are built on first access.

    It is an ``Article`` in every way callers can see: same fields, equal to a freshly read
    ``Article`` with the same values (in either order of comparison: Python asks the subclass
    first), and immutable. Building the paragraphs twice from two threads is harmless: both
    results are equal and one of them is kept.
    """

    __slots__ = ("_kinds", "_languages", "_texts")

    _texts: tuple[str, ...]
    _kinds: tuple[str, ...]
    _languages: tuple[str | None, ...]

    @property
    def paragraphs(self) -> tuple[Paragraph, ...]:
        try:
            built: tuple[Paragraph, ...] = _PARAGRAPHS.__get__(self)
        except AttributeError:
            built = tuple(
                map(Paragraph, self._texts, self._kinds, self._languages)  # type: ignore[arg-type]
            )
            _PARAGRAPHS.__set__(self, built)
        return built

    @paragraphs.setter
    def paragraphs(self, value: tuple[Paragraph, ...]) -> None:
        # Only reached through object.__setattr__ (dataclass __init__, copy, unpickling).
        _PARAGRAPHS.__set__(self, value)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Article):
            return NotImplemented
        return all(
            getattr(self, name) == getattr(other, name) for name in Article.__dataclass_fields__
        )

    __hash__ = Article.__hash__

    def __reduce__(self) -> tuple[Any, ...]:
        # Pickled as the plain Article it stands for.
        return (Article, tuple(getattr(self, name) for name in Article.__dataclass_fields__))


def article_row(article: Article) -> tuple[Any, ...]:
    """An article as builtins only: the fields but ``path``, then paragraph texts, kinds and
    languages.

    A stored article whose paragraphs were never built is written back without building them.
    """
    if isinstance(article, StoredArticle):
        try:
            _PARAGRAPHS.__get__(article)
        except AttributeError:
            texts, kinds, langs = article._texts, article._kinds, article._languages
        else:
            texts, kinds, langs = _split(article.paragraphs)
    else:
        texts, kinds, langs = _split(article.paragraphs)
    return (*(getattr(article, name) for name in _FIELDS), texts, kinds, langs)


def _split(
    paragraphs: Iterable[Paragraph],
) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str | None, ...]]:
    built = tuple(paragraphs)
    return (
        tuple(p.text for p in built),
        tuple(p.kind for p in built),
        tuple(p.language for p in built),
    )


def article_from_row(row: tuple[Any, ...], path: Path) -> StoredArticle:
    """The inverse of :func:`article_row`; ``path`` is the discovered file's own ``Path``
    (building 10,000 ``Path`` objects again would cost a fifth of a reopen)."""
    *values, texts, kinds, langs = row
    if len(values) != len(_FIELDS) or not len(texts) == len(kinds) == len(langs):
        raise ValueError("an article row of another layout")
    article = object.__new__(StoredArticle)
    setter = object.__setattr__
    for name, value in zip(_FIELDS, values, strict=True):
        setter(article, name, value)
    setter(article, "path", path)
    setter(article, "_texts", tuple(texts))
    setter(article, "_kinds", tuple(kinds))
    setter(article, "_languages", tuple(langs))
    return article


def load_article_rows(path: Path, fingerprint: str) -> Mapping[str, tuple[Any, ...]]:
    """Rows by file path from the article cache, or nothing when it cannot be used."""
    payload = load_pickle(path, fingerprint)
    if (
        not isinstance(payload, dict)
        or payload.get("format") != ARTICLE_ROWS_FORMAT
        or not isinstance(payload.get("rows"), dict)
    ):
        return {}
    rows: dict[str, tuple[Any, ...]] = payload["rows"]
    return rows


def save_article_rows(path: Path, fingerprint: str, articles: Mapping[str, Article]) -> None:
    """Write the article cache (file path → row) atomically."""
    rows = {key: article_row(article) for key, article in articles.items()}
    save_pickle(path, fingerprint, {"format": ARTICLE_ROWS_FORMAT, "rows": rows})
