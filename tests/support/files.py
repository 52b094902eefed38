"""Proof that a folder was not written to: every file's bytes and every folder, before and after."""

from __future__ import annotations

from pathlib import Path


def snapshot(folder: Path) -> dict[str, bytes | None]:
    """Every file's bytes (``None`` for a folder) under ``folder``, by relative path."""
    found: dict[str, bytes | None] = {
        str(p.relative_to(folder)): (p.read_bytes() if p.is_file() else None)
        for p in sorted(folder.rglob("*"))
    }
    assert found, f"nothing in {folder}"
    return found
