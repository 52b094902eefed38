"""Caches are keyed by the code that made them: change a rule, and exactly what it feeds is
rebuilt, with a notice.

Each test runs the program from an edited copy of the ``briefing`` package (a changed cleaning
rule, a changed topic module, a field added to the model), against the same cache folder as
the unedited copy: the real cache machinery, with nothing replaced.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import briefing

pytestmark = pytest.mark.usefixtures("private_dirs")

#: Opens the briefing, uses every cache, and reports what it saw as JSON.
REPORT = r"""
import json, sys
from pathlib import Path
from briefing.briefing import Briefing
with Briefing.open([Path(sys.argv[1])]) as b:
    topics = b.topics()
    timeline = b.timeline()
    b.discrepancies()
    mentions = [(m.article_id, m.span, m.surface) for t in topics for m in t.mentions]
    spans_ok = sum(
        b.article(a).paragraphs[s.paragraph].text[s.start : s.end] == surface
        for a, s, surface in mentions
    )
    print(json.dumps({
        "notices": list(b.notices),
        "needs_sync": b.needs_sync,
        "hits": b.search(sys.argv[2]).total if len(sys.argv) > 2 else None,
        "mentions": len(mentions),
        "spans_ok": spans_ok,
        "timeline": len(timeline),
        "code": briefing_file(),
    }))
"""


def _copy_package(tmp_path: Path) -> Path:
    """A copy of the installed ``briefing`` package that a test may edit; returns its root."""
    root = tmp_path / "src"
    source = Path(briefing.__file__).resolve().parent
    shutil.copytree(source, root / "briefing", ignore=shutil.ignore_patterns("__pycache__"))
    return root


def _run(root: Path, packet: Path, *args: str) -> dict:
    env = {**os.environ, "PYTHONPATH": str(root), "PYTHONDONTWRITEBYTECODE": "1"}
    script = "def briefing_file():\n    import briefing; return briefing.__file__\n" + REPORT
    done = subprocess.run(
        [sys.executable, "-c", script, str(packet), *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=root,  # "-c" puts the working folder first on sys.path
        timeout=240,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["code"].startswith(str(root)), "the edited copy must be the code that ran"
    return report


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _cache_files(cache_root: Path) -> dict[str, bytes]:
    found = {p.name: p.read_bytes() for p in cache_root.rglob("*.msgpack")}
    names = ("articles", "topics", "timeline", "discrepancies")
    assert {f"{name}.msgpack" for name in names} <= set(found)
    return found


def test_a_changed_cleaning_rule_rebuilds_everything_made_from_the_text(
    packet: Path, tmp_path: Path, private_dirs: Path
) -> None:
    root = _copy_package(tmp_path)
    first = _run(root, packet, "migrazione")
    assert first["hits"] == 0 and first["mentions"] > 0
    assert first["spans_ok"] == first["mentions"]

    # The cleaning rule changes: every article's text now says "migrazione".
    _edit(
        root / "briefing" / "corpus" / "sanitize.py",
        '        text = unicodedata.normalize("NFC", text)\n    return text\n',
        '        text = unicodedata.normalize("NFC", text)\n'
        '    return text.replace("migration", "migrazione")\n',
    )
    second = _run(root, packet, "migrazione")
    notices = " ".join(second["notices"])
    assert "articles were read again because the program that made it has changed" in notices
    assert "the program that reads and indexes the articles has changed" in notices
    assert "The key topics were worked out again" in notices
    assert "The timeline was worked out again" in notices
    assert second["hits"] > 0, "the index holds the new text"
    assert second["needs_sync"] is False
    assert second["mentions"] > 0 and second["spans_ok"] == second["mentions"]

    third = _run(root, packet, "migrazione")  # and now the caches are current again
    assert third["notices"] == [] and third["hits"] == second["hits"]


def test_a_changed_topic_rule_rebuilds_the_topics_and_what_reads_them(
    packet: Path, tmp_path: Path, private_dirs: Path
) -> None:
    root = _copy_package(tmp_path)
    _run(root, packet)
    before = _cache_files(private_dirs / "cache")
    index_before = sorted(p.name for p in (private_dirs / "cache").rglob("*.toc"))
    assert index_before

    _edit(
        root / "briefing" / "topics" / "rank.py",
        "from __future__ import annotations\n",
        "from __future__ import annotations\n\nRULE_CHANGED = True\n",
    )
    after_run = _run(root, packet)
    notices = " ".join(after_run["notices"])
    assert "The key topics were worked out again" in notices
    assert "articles were read again" not in notices and "search index" not in notices
    # The discrepancies tie counts across languages by the topics' names, so they follow.
    assert "timeline" not in notices and "The discrepancies were worked out again" in notices
    after = _cache_files(private_dirs / "cache")
    changed = {name for name in before if before[name] != after.get(name)}
    # The main event is named while the topics are worked out, and kept beside them.
    assert changed == {"topics.msgpack", "discrepancies.msgpack", "main_event.msgpack"}
    assert sorted(p.name for p in (private_dirs / "cache").rglob("*.toc")) == index_before


def test_fields_added_to_the_model_round_trip_through_the_caches(
    packet: Path, tmp_path: Path
) -> None:
    """Other engineers add plain-typed fields to Article and Paragraph: no cache code changes."""
    root = _copy_package(tmp_path)
    model = root / "briefing" / "model.py"
    _edit(
        model,
        '    kind: ParagraphKind = "body"\n',
        '    kind: ParagraphKind = "body"\n'
        "    language: str | None = None\n"
        "    weight: float = 1.0\n",
    )
    _edit(
        model,
        '    content_hash: str = ""\n',
        '    content_hash: str = ""\n'
        '    date_precision: Literal["day", "month", "year"] | None = None\n'
        "    published: dt.date | None = None\n"
        "    tags: tuple[str, ...] = ()\n",
    )
    script = r"""
import dataclasses, datetime as dt, sys
from pathlib import Path
from briefing import corpus
from briefing.stored_articles import load_article_rows, save_article_rows, article_from_row
from briefing.model import Article
found = corpus.discover([Path(sys.argv[1])]).files
articles = {}
for item in found:
    a = corpus.read_article(item)
    paragraphs = tuple(dataclasses.replace(p, language="ru", weight=0.5) for p in a.paragraphs)
    articles[str(item.path)] = dataclasses.replace(
        a, paragraphs=paragraphs, date_precision="month", published=dt.date(2025, 10, 9),
        tags=("a", "b"),
    )
target = Path(sys.argv[2])
save_article_rows(target, "fp", articles)
rows, reason = load_article_rows(target, "fp")
assert reason is None and len(rows) == len(articles) == 5
for key, article in articles.items():
    back = article_from_row(rows[key], article.path)
    assert back == article and back.paragraphs == article.paragraphs, key
    assert back.published == dt.date(2025, 10, 9) and back.paragraphs[0].language == "ru"
print("ok")
"""
    env = {**os.environ, "PYTHONPATH": str(root), "PYTHONDONTWRITEBYTECODE": "1"}
    done = subprocess.run(
        [sys.executable, "-c", script, str(packet), str(tmp_path / "articles.msgpack")],
        capture_output=True,
        text=True,
        env=env,
        cwd=root,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0 and done.stdout.strip() == "ok", done.stderr
