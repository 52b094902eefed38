"""Faults say so and lose nothing: a full disk, a cache folder turned read-only mid-run, and an
article that vanishes or changes between listing and reading.

The disk is a real 3 MB tmpfs (CI runs as root and may mount one); where mounting is not
permitted the tests skip and say so. Nothing is simulated: Whoosh really runs out of space.
"""

from __future__ import annotations

import json
import random
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from support.files import snapshot

from briefing import corpus
from briefing.briefing import Briefing
from briefing.cli import main
from briefing.model import Article, Skipped

pytestmark = pytest.mark.usefixtures("private_dirs")


def _mount(folder: Path, size: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", str(folder)],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here ({done.stderr.strip() or done.returncode})")


@pytest.fixture
def tiny_disk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A 3 MB file system holding the cache root."""
    disk = tmp_path / "disk"
    _mount(disk, "3m")
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(disk / "cache"))
    try:
        yield disk
    finally:
        subprocess.run(["umount", "-l", str(disk)], check=False)


def _add_articles(packet: Path, count: int, seed: int = 7) -> None:
    """Articles of made-up words (no real text), enough to need megabytes of index."""
    rng = random.Random(seed)
    letters = "abcdefghijklmnopqrstuvwxyz"
    words = ["".join(rng.choices(letters, k=rng.randint(3, 10))) for _ in range(20000)]
    for number in range(count):
        paragraphs = [f"Report {number} on {rng.choice(words)}"]
        paragraphs += [" ".join(rng.choices(words, k=80)) + "." for _ in range(8)]
        (packet / f"made_{number:04d}.txt").write_text("\n\n".join(paragraphs) + "\n", "utf-8")


def _errors(err: str) -> list[str]:
    return [line for line in err.splitlines() if line.startswith("briefing: error:")]


def test_disk_full_while_indexing_says_so_and_keeps_the_previous_index(
    packet: Path, tiny_disk: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["index", str(packet)]) == 0
    capsys.readouterr()
    _add_articles(packet, 400)

    assert main(["index", str(packet)]) == 2
    err = capsys.readouterr().err
    errors = _errors(err)
    assert len(errors) == 1, err
    assert "disk full" in errors[0] and str(tiny_disk / "cache") in errors[0]
    leftovers = [p.name for p in tiny_disk.rglob("*") if p.name in ("index.new", "MAIN.tmp")]
    assert leftovers == []

    # The previous index answers, and says it is out of date.
    assert main(["search", "Dushanbe", str(packet)]) == 0
    out, err = capsys.readouterr()
    assert "5 hit(s)" in out
    assert "out of date (disk full" in err
    assert main(["search", "--json", "Dushanbe", str(packet)]) == 0
    document = json.loads(capsys.readouterr().out)
    assert document["total"] == 5 and "disk full" in document["index_out_of_date"]

    assert main(["index", "--json", str(packet)]) == 2  # an error in JSON exits non-zero too
    document = json.loads(capsys.readouterr().out)
    assert "disk full" in document["error"]


def test_disk_full_before_any_index_is_out_of_date_not_not_ready(
    packet: Path, tiny_disk: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _add_articles(packet, 400)
    assert main(["index", str(packet)]) == 2
    err = capsys.readouterr().err
    assert len(_errors(err)) == 1 and "disk full" in err
    assert not any(p.name == "index.new" for p in tiny_disk.rglob("*"))

    assert main(["search", "--json", "Dushanbe", str(packet)]) == 2
    document = json.loads(capsys.readouterr().out)
    assert document["error"] == "The search index is out of date (disk full)."


def test_a_cache_folder_turned_read_only_mid_run_says_so_and_changes_nothing(
    packet: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    disk = tmp_path / "disk"
    _mount(disk, "64m")
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(disk / "cache"))
    try:
        with Briefing.open([packet]) as briefing:
            assert briefing.search("Dushanbe").total == 5
            folder = briefing.cache_dir
        before = snapshot(disk)
        with Briefing.open([packet]) as briefing:
            remount = ["mount", "-o", "remount,ro", str(disk)]
            subprocess.run(remount, check=True, capture_output=True)
            report = briefing.rebuild()
            assert report.error is not None
            assert "read-only file system" in report.error and str(folder) in report.error
            assert briefing.topics(), "the topics are still worked out"
            assert any("could not save topics.msgpack" in n for n in briefing.notices)
            assert briefing.search("Dushanbe").total == 5  # the previous index still answers
        # Opened while read-only: says so, and works in a private temporary folder.
        _add_articles(packet, 3)
        with Briefing.open([packet]) as again:
            expected = f"{folder} is not used because it is not writable"
            assert any(expected in n for n in again.notices)
            assert not again.cache_dir.is_relative_to(disk)
            assert len(again.articles) == 8 and again.index_problem is None
            assert again.search("Dushanbe").total == 5
        assert snapshot(disk) == before  # byte for byte
    finally:
        subprocess.run(["umount", "-l", str(disk)], check=False)


def test_an_article_that_vanishes_or_changes_after_listing_is_reported_not_lost(
    packet: Path,
) -> None:
    found = corpus.discover([packet]).files
    assert len(found) == 5
    gone, changed = found[0], found[1]
    gone.path.unlink()
    changed.path.write_text(changed.path.read_text("utf-8") + "\nLate paragraph.\n", "utf-8")
    read = [corpus.read_article(item) for item in found]
    assert isinstance(read[0], Skipped) and "disappeared" in read[0].reason
    assert isinstance(read[1], Article)
    assert read[1].size == changed.path.stat().st_size != changed.size  # what was really read
    assert "Late paragraph." in read[1].text

    # Opened after the change: the new text is what is shown and indexed.
    with Briefing.open([packet]) as briefing:
        assert len(briefing.articles) == 4
        assert "Late paragraph." in briefing.article(changed.id).text
        assert briefing.search('"Late paragraph"').total == 1


@pytest.mark.needs_non_root
def test_a_cache_folder_made_read_only_mid_run_by_its_modes_says_so(
    packet: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The same as above with file modes, which bind only for a user who is not root."""
    with Briefing.open([packet]) as briefing:
        assert briefing.search("Dushanbe").total == 5
        folder = briefing.cache_dir
        before = snapshot(folder)
        folders = [folder, *(p for p in folder.rglob("*") if p.is_dir())]
        for path in folders:
            path.chmod(0o500)
        try:
            report = briefing.rebuild()
            assert report.error is not None
            assert "permission denied" in report.error and str(folder) in report.error
            assert briefing.topics()
            assert any("could not save topics.msgpack" in n for n in briefing.notices)
            assert briefing.search("Dushanbe").total == 5
            assert snapshot(folder) == before  # byte for byte
            # A new run says why it cannot use the folder, and works in a private one.
            assert main(["index", str(packet)]) == 0
            out = capsys.readouterr().out
            assert f"{folder} is not used because it is not writable (Permission denied)" in out
        finally:
            for path in folders:
                path.chmod(0o700)
