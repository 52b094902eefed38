"""The code fingerprints are remembered across processes, and only while nothing changed."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from briefing import fingerprint


@pytest.fixture
def fresh(private_dirs: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    fingerprint._remembered.cache_clear()
    monkeypatch.setattr(fingerprint, "SETTLED_NS", 0)  # this checkout may have just been edited
    yield private_dirs / "cache" / fingerprint.MEMO_FILE
    fingerprint._remembered.cache_clear()


def test_a_remembered_fingerprint_is_used_while_the_stamp_holds(fresh: Path, monkeypatch) -> None:
    worked_out = fingerprint.code_fingerprint("corpus")
    memo = json.loads(fresh.read_text())
    assert worked_out in memo["values"].values()
    # The memo is what answers now: a planted value comes back as long as the stamp holds.
    memo["values"] = {key: "planted" for key in memo["values"]}
    fresh.write_text(json.dumps(memo))
    fingerprint._remembered.cache_clear()
    assert fingerprint.code_fingerprint("corpus") == "planted"
    # Another installation (a source edited, a package installed): worked out again.
    monkeypatch.setattr(fingerprint, "_installation_stamp", lambda: ("other", True))
    fingerprint._remembered.cache_clear()
    assert fingerprint.code_fingerprint("corpus") == worked_out


def test_the_stamp_changes_when_a_source_changes(tmp_path: Path, monkeypatch) -> None:
    copy = tmp_path / "briefing"
    shutil.copytree(fingerprint.PACKAGE_ROOT, copy, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(fingerprint, "PACKAGE_ROOT", copy)
    before, _ = fingerprint._installation_stamp()
    assert fingerprint._installation_stamp()[0] == before
    source = copy / "corpus" / "paragraphs.py"
    source.write_text(source.read_text(encoding="utf-8") + "\n# a changed rule\n", "utf-8")
    assert fingerprint._installation_stamp()[0] != before


def test_a_source_changed_just_now_is_not_remembered(fresh: Path, monkeypatch) -> None:
    monkeypatch.setattr(fingerprint, "SETTLED_NS", 10**18)  # everything is "just now"
    fingerprint.code_fingerprint("corpus")
    assert not fresh.exists()
