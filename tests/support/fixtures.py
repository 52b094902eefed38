"""Small helpers for writing article files in tests and reading them back as Articles."""

from __future__ import annotations

from pathlib import Path

from briefing.corpus import discover, read_article
from briefing.model import Article, Skipped

__all__ = ["SEEDS", "read_file", "read_seed", "write_article", "write_corpus"]

#: The bundled seed articles (the repository's ``seeds/`` folder).
SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def write_article(folder: Path, name: str, text: str | bytes, *, encoding: str = "utf-8") -> Path:
    """Write ``text`` to ``folder/name`` (creating folders) and return the path.

    ``text`` is written byte-for-byte if it is ``bytes``; otherwise encoded with ``encoding``
    and with its newlines untouched (so ``\\r\\n`` tests really contain ``\\r\\n``).
    """
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text if isinstance(text, bytes) else text.encode(encoding))
    return path


def write_corpus(folder: Path, articles: dict[str, str]) -> Path:
    """Write several articles ``{relative name: text}`` under ``folder``; return ``folder``."""
    for name, text in articles.items():
        write_article(folder, name, text)
    return folder


def read_file(path: Path) -> Article | Skipped:
    """Discover one named file and read it, as the application would."""
    found = discover([path])
    if not found.files:
        assert found.skipped, f"{path} was neither found nor skipped"
        return found.skipped[0]
    return read_article(found.files[0])


def read_seed(prefix: str) -> Article:
    """The seed article whose file name starts with ``prefix`` (``"003"``)."""
    (path,) = sorted(SEEDS.glob(f"{prefix}*.txt"))
    article = read_file(path)
    assert isinstance(article, Article), article
    return article
