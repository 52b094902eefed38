"""Real English prose found on this machine, cut into paragraphs for the corpus generator.

Why real text: Whoosh's cost depends on vocabulary size, term frequencies and document
length, and a lorem-ipsum or random-word corpus gets all three wrong (tiny vocabulary, flat
frequencies), flattering the index. A Debian box carries tens of megabytes of English in its
manual pages, its package documentation and Python's own docstrings; those are what we use.

Sources are read in a fixed, sorted order so that the same machine always yields the same
pool; the pool is cached as JSON under ``benchmarks/.work`` because decompressing ~20,000
manual pages takes a while.
"""

from __future__ import annotations

import ast
import gzip
import hashlib
import json
import re
import sysconfig
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

#: A paragraph shorter than this is a heading, an option name or a code fragment.
MIN_PARAGRAPH = 80
#: Paragraphs must be mostly letters and spaces, which drops tables, code and option lists.
MIN_LETTER_RATIO = 0.8


@dataclass(frozen=True, slots=True)
class Document:
    """One source file's prose: a title and its paragraphs in reading order."""

    origin: str
    title: str
    paragraphs: tuple[str, ...]

    @property
    def size(self) -> int:
        return sum(len(p.encode()) for p in self.paragraphs)


# --- roff (manual pages) -------------------------------------------------------------------

_ROFF_ESCAPES = [
    (re.compile(r"\\f(\(..|\[[^]]*\]|.)"), ""),  # font changes
    (re.compile(r"\\s[+-]?\d"), ""),  # size changes
    (re.compile(r"\\\*(\(..|\[[^]]*\]|.)"), ""),  # strings
    (re.compile(r"\\\((em|en)"), "—"),
    (re.compile(r"\\\((aq|cq|oq)"), "'"),
    (re.compile(r"\\\((lq|rq|dq)"), '"'),
    (re.compile(r"\\\(..|\\\[[^]]*\]"), ""),  # other named glyphs
    (re.compile(r"\\[-e]"), "-"),
    (re.compile(r"\\[&|^,/%:]"), ""),
    (re.compile(r"\\ "), " "),
    (re.compile(r"\\.?"), ""),  # anything left over
]
_BREAK_MACROS = {"PP", "P", "LP", "TP", "IP", "HP", "SH", "SS", "sp", "br", "RS", "RE", "nf", "fi"}
_TEXT_MACROS = {"B", "I", "R", "BI", "BR", "IB", "IR", "RB", "RI", "SM", "SB"}


def _roff_inline(text: str) -> str:
    for pattern, replacement in _ROFF_ESCAPES:
        text = pattern.sub(replacement, text)
    return text


def roff_to_paragraphs(source: str) -> tuple[str, list[str]]:
    """Strip a manual page's roff down to (NAME line, prose paragraphs).

    Deliberately crude — no groff run per page — because we need prose, not layout: macro
    lines end paragraphs or contribute their argument words, inline escapes vanish.
    """
    paragraphs: list[str] = []
    current: list[str] = []
    section = ""
    name = ""

    def flush() -> None:
        if current:
            text = " ".join(" ".join(current).split())
            if section == "NAME" and not name:
                paragraphs.append("\x00" + text)
            else:
                paragraphs.append(text)
            current.clear()

    for raw in source.splitlines():
        if raw.startswith((".", "'")):
            parts = raw[1:].strip().split(None, 1)
            macro = parts[0] if parts else ""
            arg = parts[1] if len(parts) > 1 else ""
            if macro in _BREAK_MACROS:
                flush()
                if macro == "SH":
                    section = arg.strip('"').upper()
            elif macro in _TEXT_MACROS and arg:
                current.append(_roff_inline(arg.replace('"', "")))
            continue
        line = _roff_inline(raw).strip()
        if line:
            current.append(line)
        else:
            flush()
    flush()
    for p in paragraphs:
        if p.startswith("\x00"):
            name = p[1:]
    return name, [p for p in paragraphs if not p.startswith("\x00")]


# --- plain text, Markdown, reStructuredText -----------------------------------------------

_MARKUP = re.compile(r"[`*_#>|]+|\[([^]]*)\]\([^)]*\)")


def text_to_paragraphs(source: str) -> list[str]:
    """Blank-line separated blocks, reflowed onto one line, light markup removed."""
    blocks = re.split(r"\n\s*\n", source)
    out = []
    for block in blocks:
        text = _MARKUP.sub(lambda m: m.group(1) or "", block)
        out.append(" ".join(text.split()))
    return out


def is_prose(paragraph: str) -> bool:
    """Long enough and mostly words: what a news article's body would look like to an index."""
    if len(paragraph) < MIN_PARAGRAPH:
        return False
    letters = sum(c.isalpha() or c == " " for c in paragraph)
    sentence = paragraph.rstrip().endswith((".", "?", "!", ":", ")")) or ". " in paragraph
    return letters / len(paragraph) >= MIN_LETTER_RATIO and sentence and "--" not in paragraph


# --- the sources ------------------------------------------------------------------------------


def _read(path: Path) -> str:
    data = path.read_bytes()
    if path.suffix == ".gz":
        data = gzip.decompress(data)
    return data.decode("utf-8", "replace")


#: Machine-generated command references: thousands of near-identical pages that would swamp
#: the pool with one vocabulary (gcloud alone ships ~16,000).
_GENERATED_PAGES = ("gcloud", "aws", "bq_", "gsutil")


def _manual_pages() -> Iterator[Document]:
    seen: set[Path] = set()
    for section in range(1, 9):
        folder = Path(f"/usr/share/man/man{section}")
        if not folder.is_dir():
            continue
        for path in sorted(folder.iterdir()):
            real = path.resolve()
            if path.name.startswith(_GENERATED_PAGES) or real in seen or not real.is_file():
                continue
            seen.add(real)
            try:
                name, paragraphs = roff_to_paragraphs(_read(real))
            except (OSError, EOFError, gzip.BadGzipFile):
                continue
            title = name or path.name.split(".")[0]
            yield Document(f"man:{path.name}", title, tuple(p for p in paragraphs if is_prose(p)))


_DOC_SUFFIXES = (".txt", ".md", ".rst", ".txt.gz", ".md.gz", ".rst.gz")


def _package_docs() -> Iterator[Document]:
    root = Path("/usr/share/doc")
    if not root.is_dir():
        return
    for path in sorted(root.rglob("*")):
        name = path.name.lower()
        wanted = name.endswith(_DOC_SUFFIXES) or name.startswith(("readme", "news"))
        if not wanted or "changelog" in name or not path.is_file() or path.is_symlink():
            continue
        try:
            paragraphs = text_to_paragraphs(_read(path))
        except (OSError, EOFError, gzip.BadGzipFile):
            continue
        title = f"{path.parent.name}: {path.name}"
        yield Document(f"doc:{path.relative_to(root)}", title, tuple(filter(is_prose, paragraphs)))


def _docstrings() -> Iterator[Document]:
    root = Path(sysconfig.get_paths()["stdlib"])
    for path in sorted(root.rglob("*.py")):
        if {"test", "tests", "site-packages", "idlelib"} & set(path.parts):
            continue
        try:
            tree = ast.parse(path.read_bytes())
        except (SyntaxError, ValueError, OSError):
            continue
        paragraphs: list[str] = []
        for node in ast.walk(tree):
            nodes = (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)
            if isinstance(node, nodes) and (doc := ast.get_docstring(node)):
                paragraphs.extend(text_to_paragraphs(doc))
        module = ".".join(path.relative_to(root).with_suffix("").parts)
        yield Document(f"py:{module}", f"The {module} module", tuple(filter(is_prose, paragraphs)))


def _all_sources() -> Iterator[Document]:
    """Interleave the three sources so that a small pool still mixes their vocabularies."""
    iterators = [_manual_pages(), _package_docs(), _docstrings()]
    while iterators:
        for it in list(iterators):
            doc = next(it, None)
            if doc is None:
                iterators.remove(it)
            elif doc.paragraphs:
                yield doc


def build_pool(budget: int) -> list[Document]:
    """Documents in source order until their prose adds up to ``budget`` bytes (or runs out)."""
    pool: list[Document] = []
    total = 0
    seen: set[str] = set()
    for doc in _all_sources():
        fresh = []
        for p in doc.paragraphs:
            digest = hashlib.blake2b(p.encode(), digest_size=8).hexdigest()
            if digest not in seen:
                seen.add(digest)
                fresh.append(p)
        if fresh:
            pool.append(Document(doc.origin, doc.title, tuple(fresh)))
            total += pool[-1].size
        if total >= budget:
            break
    return pool


def load_pool(budget: int, cache_dir: Path) -> list[Document]:
    """``build_pool`` cached on disk: decompressing every manual page costs tens of seconds."""
    cache = cache_dir / f"pool-{budget}.json"
    if cache.is_file():
        raw = json.loads(cache.read_text(encoding="utf-8"))
        return [Document(d["origin"], d["title"], tuple(d["paragraphs"])) for d in raw]
    pool = build_pool(budget)
    cache_dir.mkdir(parents=True, exist_ok=True)
    payload = [{"origin": d.origin, "title": d.title, "paragraphs": d.paragraphs} for d in pool]
    tmp = cache.with_suffix(".tmp")
    tmp.write_text(json.dumps(payload), encoding="utf-8")
    tmp.replace(cache)
    return pool
