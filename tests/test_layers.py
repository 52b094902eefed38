"""The TUI and the CLI talk only to the façade and to plain model and formatting modules.

DESIGN.md's rule, enforced: every ``briefing`` import in ``briefing/tui`` and ``briefing/cli``
(module level or inside a function; imports for type checking only are not counted, as they
never run) must be the layer's own modules or one of ``ALLOWED``. Anything else — the readers,
the index, the topic extractor, the analyses' internals — is reached through
``briefing.briefing.Briefing``.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import briefing

PACKAGE = Path(briefing.__file__).resolve().parent

#: What a view may import besides its own layer, and why.
ALLOWED = {
    "briefing": "the version",
    "briefing.briefing": "the façade",
    "briefing.model": "plain data passed around",
    "briefing.analysis.model": "plain data of the timeline and discrepancies",
    "briefing.display": "one-line escaping, title capping, sanitising for the screen",
    "briefing.export": "rendering a brief as Markdown from plain data",
    "briefing.config": "the user's keymap and theme",
    "briefing.notes": "the bookmark store the façade hands out, and its record type",
    "briefing.state": "the reading state the façade hands out",
    "briefing.paths": "bundled stylesheets",
    "briefing.errorlog": "where a handled error leaves its traceback",
}

LAYERS = {"tui": {"briefing.tui"}, "cli": {"briefing.cli", "briefing.tui"}}


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _runtime_imports(tree: ast.AST, module: str, is_package: bool) -> list[tuple[int, str]]:
    """(line, dotted module) of every import that runs, ``from a import b`` as ``a.b`` when
    ``a.b`` is a module and as ``a`` otherwise."""
    found: list[tuple[int, str]] = []
    package = module if is_package else module.rpartition(".")[0]

    def visit(node: ast.AST) -> None:
        if isinstance(node, ast.If) and _is_type_checking(node):
            for child in node.orelse:
                visit(child)
            return
        if isinstance(node, ast.Import):
            found.extend((node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                parts = package.split(".")
                base = ".".join(parts[: len(parts) - node.level + 1])
                stem = f"{base}.{node.module}" if node.module else base
            else:
                stem = node.module or ""
            for alias in node.names:
                candidate = f"{stem}.{alias.name}"
                found.append((node.lineno, candidate if _is_module(candidate) else stem))
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(tree)
    return found


def _is_module(dotted: str) -> bool:
    parts = dotted.split(".")
    if parts[0] != "briefing":
        return False
    path = PACKAGE.joinpath(*parts[1:])
    return path.with_suffix(".py").is_file() or (path / "__init__.py").is_file()


def _violations(layer: str) -> list[str]:
    own = LAYERS[layer]
    sources = sorted((PACKAGE / layer).rglob("*.py"))
    assert len(sources) >= 4, f"no sources found for {layer}"
    bad = []
    for source in sources:
        relative = source.relative_to(PACKAGE.parent).with_suffix("")
        is_package = relative.name == "__init__"
        module = ".".join(relative.parts[:-1] if is_package else relative.parts)
        tree = ast.parse(source.read_text(encoding="utf-8"))
        for line, imported in _runtime_imports(tree, module, is_package):
            if imported.split(".")[0] != "briefing" or imported in ALLOWED:
                continue
            if any(imported == o or imported.startswith(o + ".") for o in own):
                continue
            bad.append(f"{source.relative_to(PACKAGE.parent)}:{line} imports {imported}")
    return bad


@pytest.mark.parametrize("layer", sorted(LAYERS))
def test_views_import_only_the_facade_and_plain_modules(layer: str) -> None:
    assert _violations(layer) == []


def test_the_check_sees_a_violation(tmp_path: Path) -> None:
    """The checker is not blind: a view importing the index is reported."""
    tree = ast.parse("from briefing.search import SearchIndex\nfrom briefing import corpus\n")
    imports = [name for _, name in _runtime_imports(tree, "briefing.tui.x", False)]
    assert imports == ["briefing.search", "briefing.corpus"]
    assert not any(name in ALLOWED for name in imports)
    hidden = ast.parse("if TYPE_CHECKING:\n    from briefing.search import SearchIndex\n")
    assert _runtime_imports(hidden, "briefing.tui.x", False) == []


def _silent_handlers(source: Path) -> list[int]:
    """Lines of ``except Exception`` / bare ``except`` handlers that neither re-raise,
    record the error in the last-error log, nor hand the caught error itself back to the
    caller to raise (``return False, error``: a worker's answer read on a thread)."""
    tree = ast.parse(source.read_text(encoding="utf-8"))
    silent = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.ExceptHandler):
            continue
        caught = node.type
        broad = caught is None or (
            isinstance(caught, ast.Name) and caught.id in ("Exception", "BaseException")
        )
        if not broad:
            continue
        body = ast.Module(body=node.body, type_ignores=[])
        raises = any(isinstance(n, ast.Raise) for n in ast.walk(body))
        records = any(
            (
                isinstance(n, ast.Attribute)
                and n.attr == "record"
                and isinstance(n.value, ast.Name)
                and n.value.id == "errorlog"
            )
            or (isinstance(n, ast.Name) and n.id == "report_internal_error")  # records it
            for n in ast.walk(body)
        )
        handed_on = node.name is not None and any(
            isinstance(n, ast.Return)
            and n.value is not None
            and any(isinstance(v, ast.Name) and v.id == node.name for v in ast.walk(n.value))
            for n in ast.walk(body)
        )
        if not (raises or records or handed_on):
            silent.append(node.lineno)
    return silent


def test_no_broad_except_swallows_an_error_without_a_trace() -> None:
    sources = sorted(PACKAGE.rglob("*.py"))
    assert len(sources) > 50
    silent = {
        str(source.relative_to(PACKAGE.parent)): lines
        for source in sources
        if (lines := _silent_handlers(source))
    }
    assert silent == {}


def test_the_except_check_sees_a_silent_handler(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text("try:\n    pass\nexcept Exception:\n    x = 1\n", encoding="utf-8")
    assert _silent_handlers(sample) == [3]
    # Handing the caught error back is not swallowing it; returning something else is.
    sample.write_text(
        "def f():\n    try:\n        pass\n    except Exception as e:\n        return False, e\n"
        "    try:\n        pass\n    except Exception as e:\n        return False, None\n",
        encoding="utf-8",
    )
    assert _silent_handlers(sample) == [8]


def test_one_place_data_loader() -> None:
    """GeoNames' city table is read in one place (briefing.geodata), never whole elsewhere."""
    readers = sorted(
        str(source.relative_to(PACKAGE.parent))
        for source in PACKAGE.rglob("*.py")
        if "get_cities(" in source.read_text(encoding="utf-8")
    )
    assert readers == ["briefing/geodata.py"]


def test_the_place_loader_keeps_what_the_rules_use() -> None:
    from briefing import geodata

    cities = geodata.cities()
    assert len(cities) > 20_000
    kyiv = next(c for c in cities if c.name == "Kyiv")
    assert "Kiev" in kyiv.alternatenames and kyiv.population > 1_000_000
    small = [c for c in cities if c.population < geodata.ALTERNATE_NAMES_FROM]
    assert small and all(c.alternatenames == () for c in small)
