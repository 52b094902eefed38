"""``briefing topics`` and ``briefing xref``, run as a user runs them (a real process)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from support.fixtures import write_corpus

BRIEFING = Path(sys.executable).parent / "briefing"


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("BRIEFING_")}
    for name in ("CACHE", "STATE", "DATA", "CONFIG"):
        environment[f"BRIEFING_{name}_DIR"] = str(tmp_path / name.lower())
    environment["TERM"] = "xterm-256color"
    return environment


def run(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(BRIEFING), *args],
        env=env,
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=120,
    )


def test_topics_json_lists_ranked_topics_with_their_articles(env) -> None:
    done = run(env, "topics", "--json")
    assert done.returncode == 0, done.stderr
    document = json.loads(done.stdout)
    topics = document["topics"]
    assert len(topics) == 25 and document["total"] > 25
    assert [t["rank"] for t in topics] == list(range(1, 26))
    for topic in topics:
        assert {"id", "name", "kind", "aliases", "articles", "mentions"} <= topic.keys()
        assert topic["mentions"] >= len(topic["articles"]) >= 1
    putin = next(t for t in topics if t["name"] == "Vladimir Putin")
    assert putin["kind"] == "person" and len(putin["articles"]) == 5
    everything = json.loads(run(env, "topics", "--json", "-n", "0").stdout)
    assert len(everything["topics"]) == document["total"]


def test_topics_as_text_in_a_pipe_is_plain(env) -> None:
    done = run(env, "topics", "-n", "5")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert len(lines) == 6
    assert "\x1b" not in done.stdout
    (putin,) = [line for line in lines if "Vladimir Putin" in line]
    assert "person" in putin and "5 article(s)" in putin and "000_2bab433a94e7ad16" in putin


def test_xref_finds_a_topic_by_any_alias_in_any_case(env) -> None:
    done = run(env, "xref", "rakhmon", "--json")
    assert done.returncode == 0, done.stderr
    document = json.loads(done.stdout)
    assert document["topic"]["name"] == "Emomali Rahmon"
    passages = document["passages"]
    assert {p["article"] for p in passages} == set(document["topic"]["articles"])
    for passage in passages:
        marked = [passage["text"][s:e] for s, e in passage["highlights"]]
        assert marked and all(m in document["topic"]["aliases"] for m in marked)
    assert document["cooccurring"]
    by_id = json.loads(run(env, "xref", "EMOMALI-RAHMON", "--json").stdout)
    assert by_id["passages"] == passages


def test_xref_resolves_a_title_and_another_script(env) -> None:
    for typed in ("President Putin", "Путин", "vladimir poutine"):
        done = run(env, "xref", typed, "--json")
        assert done.returncode == 0, (typed, done.stdout, done.stderr)
        assert json.loads(done.stdout)["topic"]["name"] == "Vladimir Putin", typed


def test_xref_text_groups_passages_by_article(env) -> None:
    done = run(env, "xref", "New START")
    assert done.returncode == 0, done.stderr
    assert "New START" in done.stdout
    assert "000_2bab433a94e7ad16" in done.stdout
    assert done.stdout.count("…") >= 2


def test_xref_unknown_topic_says_so_in_one_line_with_suggestions(env) -> None:
    done = run(env, "xref", "Putn")
    assert done.returncode == 1
    assert done.stdout.strip().count("\n") == 0
    assert "no topic matches" in done.stdout and "Vladimir Putin" in done.stdout
    assert "Traceback" not in done.stderr
    done = run(env, "xref", "Putn", "--json")
    assert done.stdout.strip(), (done.returncode, done.stderr)  # what went wrong, if it does
    document = json.loads(done.stdout)
    assert document["topic"] is None and "Vladimir Putin" in document["suggestions"]


def test_topics_on_a_folder_of_hostile_text_prints_it_literally(env, tmp_path: Path) -> None:
    folder = write_corpus(
        tmp_path / "briefing",
        {
            "a.txt": "Markup test\n\nPrime Minister [bold red]Annika Stromberg[/] met "
            "Annika Stromberg of \x1b[31mOslo\x1b[0m in Oslo on Monday.\n",
        },
    )
    done = run(env, "topics", str(folder))
    assert done.returncode == 0, done.stderr
    assert "Annika Stromberg" in done.stdout
    assert "\x1b" not in done.stdout
    done = run(env, "xref", "annika stromberg", str(folder))
    assert done.returncode == 0, done.stderr
    assert "[bold red]" in done.stdout  # shown literally, never interpreted
