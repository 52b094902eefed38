"""The copied passages' runs read by the scanning worker give the twins this process finds.

Every text here is written for the test (invented places, ships and people).
"""

from __future__ import annotations

import os

import pytest
from topics.helpers import article, holding

from briefing.topics import extract_topics, shares
from briefing.topics.candidates import Occurrence
from briefing.topics.copied_passages import copied_twins, run_keys
from briefing.topics.copied_share import LentRuns, copyable_uses, written_twice
from briefing.topics.first_pass import read
from briefing.topics.languages import briefing_languages
from briefing.topics.lending import Later
from briefing.topics.mentions import scan

_CAPTION = (
    "This picture shows the freighter Orvel Star, a grain hauler that drifted onto the "
    "sandbank off the northern coast of Tessaly last week."
)
_EDITED = (
    "Tug crews photographed the wreck on Sunday after the freighter Orvel Star, a grain "
    "hauler that drifted onto the sandbank off the northern coast of Tessaly last week."
)
_OWN = "A grain hauler of the Tessaly line waits for its cargo at the northern pier."
_QUOTED = "“A grain hauler that drifted onto the sandbank off the northern coast,” he said."


def _use(article_id: str, paragraph: int, text: str, phrase: str) -> Occurrence:
    start = text.index(phrase)
    return Occurrence(article_id, paragraph, start, start + len(phrase), phrase)


_TEXTS = {("a1", 0): _CAPTION, ("a2", 3): _EDITED, ("a3", 1): _OWN, ("a4", 0): _CAPTION}
_TEXTS |= {("a6", 0): _QUOTED}
_ORDER = ["a1", "a2", "a3", "a4", "a5", "a6"]
_THEMES = {
    "grain hauler": [
        _use("a4", 0, _CAPTION, "grain hauler"),  # listed first, written after a1's
        _use("a2", 3, _EDITED, "grain hauler"),
        _use("a1", 0, _CAPTION, "grain hauler"),
        _use("a3", 1, _OWN, "grain hauler"),
        _use("a5", 0, _CAPTION, "grain hauler"),  # a paragraph no text is known for
        _use("a6", 0, _QUOTED, "grain hauler"),  # quoted: no run
    ],
    "northern coast": [
        _use("a2", 3, _EDITED, "northern coast"),
        _use("a1", 0, _CAPTION, "northern coast"),
    ],
    "tessaly line": [_use("a3", 1, _OWN, "Tessaly line")],  # one writer: never a twin
}


def _keyed(themes: dict[str, list[Occurrence]]) -> LentRuns:
    """The task as the scanning worker does it, answered here."""
    lent = LentRuns(_TEXTS, themes)
    texts, places = lent.share()
    lent.answer = lambda: run_keys(texts, places)
    return lent


def test_runs_read_beforehand_give_the_twins_read_here() -> None:
    uses = copyable_uses(_THEMES, {}, set())
    keyed = _keyed(_THEMES).keyed()
    assert keyed is not None and len(keyed) == len(
        {(o.article, o.paragraph, o.start) for o in uses}
    )
    found = copied_twins(_TEXTS, uses, _ORDER, keyed)
    assert found == copied_twins(_TEXTS, uses, _ORDER)
    grain, coast, _line = _THEMES.values()
    assert found == {grain[0], grain[1], coast[0]}  # the copies, not the first writer's
    # Equal runs get one key, another run another (ten words before the caption's use:
    # only the run after it is long enough).
    (one,), (same,), (other,) = run_keys(
        [_CAPTION, _CAPTION, _OWN], [(0, 47, 59), (1, 47, 59), (2, 2, 14)]
    )
    assert one == same != other


def test_a_use_the_worker_was_not_given_is_read_here_and_keyed_alike() -> None:
    uses = copyable_uses(_THEMES, {}, set())
    grain = _THEMES["grain hauler"]
    # The worker read the two copies only; the first writer's use (a1) is read here, and
    # its run must be keyed as the worker keys it for the copies to be its twins.
    keyed = _keyed({"grain hauler": grain[:2]}).keyed()
    assert keyed is not None and (grain[2].article, 0, grain[2].start, grain[2].end) not in keyed
    found = copied_twins(_TEXTS, uses, _ORDER, keyed)
    assert found == copied_twins(_TEXTS, uses, _ORDER)
    assert grain[0] in found and grain[1] in found and grain[2] not in found


def test_only_themes_two_articles_write_are_asked() -> None:
    assert written_twice(_THEMES) == _THEMES["grain hauler"] + _THEMES["northern coast"]
    lowered = {"grain hauler": "Grain Hauler Line"}  # a body's name in lower case
    assert copyable_uses(_THEMES, lowered, set()) == _THEMES["northern coast"]
    assert copyable_uses(_THEMES, {}, {"northern coast"}) == _THEMES["grain hauler"]


def whose(share: object, _report: object) -> tuple[object, int]:
    return share, os.getpid()


_PACKET = [
    article("a1", "Crews worked through the night near Tessaly harbour.", _CAPTION),
    article("a2", _CAPTION, "Tessaly mourns the lost cargo."),
    article("a3", "Tessaly's harbour master said the grain hauler was leaking diesel."),
    article("a4", _EDITED, "The Orvel Star's owners in Tessaly gave no comment."),
]


@pytest.fixture
def small_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    """A run per job even for a handful of paragraphs, so the workers really start."""
    monkeypatch.setattr(shares, "MIN_PARAGRAPHS_PER_JOB", 1)


@pytest.mark.usefixtures("small_runs")
def test_a_task_beside_the_scan_is_done_by_the_last_worker() -> None:
    paragraphs = read(_PACKET, languages=briefing_languages(_PACKET)).paragraphs
    aliases = {"Orvel Star": "ship", "Tessaly": "town"}
    beside = Later(whose, lambda: "runs")
    merged = shares.scan_on_cores(paragraphs, aliases, 2, beside=beside)
    assert dict(merged) == dict(scan(paragraphs, aliases))  # the mentions as before
    share, pid = beside()
    assert share == "runs" and pid != os.getpid()
    # In one process the task is not done: the caller reads the runs itself.
    alone = Later(whose, lambda: "runs")
    assert dict(shares.scan_on_cores(paragraphs, aliases, 1, beside=alone)) == dict(merged)
    assert alone() is None


@pytest.mark.usefixtures("small_runs")
def test_topics_with_copies_on_two_processes_equal_one_process() -> None:
    alone = extract_topics(_PACKET)
    assert holding(alone, "grain hauler")  # a1/a2's caption, a4's edit and a3's own words
    assert extract_topics(_PACKET, jobs=2) == alone
