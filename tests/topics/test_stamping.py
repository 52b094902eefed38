"""The first pass's findings stamped as far as they are known, then the rest: the same lists
as one process's pass (:mod:`briefing.topics.stamping`), whatever share this process read."""

from __future__ import annotations

from typing import Any

import pytest
from topics.helpers import article

from briefing.topics import shares
from briefing.topics.candidates import Candidates
from briefing.topics.first_pass import body_paragraphs, read, vocabulary
from briefing.topics.languages import briefing_languages
from briefing.topics.stamping import Stamper

#: Wire copy that three articles print, at different places: its findings are stamped at
#: each use, and its first use is not the first paragraph.
_WIRE = (
    "The Tessaly Port Authority (TPA) said the Morrow Lock would stay shut while divers "
    "from the Quillan Marine Institute inspected the gates."
)
_ARTICLES = (
    article(
        "a01",
        "Harbour pilots halted traffic at the Morrow Lock in Bramwick on Friday.",
        _WIRE,
        "Captain Oriel Fenwick said three freighters waited outside the breakwater.",
    ),
    article(
        "a02",
        _WIRE,
        "Oriel Fenwick told reporters that the Tessaly Port Authority had sent divers.",
        "Fishing boats used the old channel near Bramwick instead.",
    ),
    article(
        "a03",
        "The Quillan Marine Institute said its divers found a cracked hinge.",
        "Dock workers in Bramwick asked the TPA for a schedule.",
        _WIRE,
    ),
    article(
        "a04",
        "Shipping agents said the closure of the Morrow Lock would cost the port a week.",
        "Captain Oriel Fenwick expected the lock to reopen on Monday.",
    ),
)


def _findings() -> tuple[list[tuple[str, int, str]], list[str], dict[str, Any]]:
    """The body paragraphs, the distinct texts in order of first use, and each text's
    findings as round 2 packs them (read here, in one share)."""
    languages = briefing_languages(_ARTICLES)
    paragraphs = body_paragraphs(_ARTICLES)
    distinct = list(dict.fromkeys(text for _a, _i, text in paragraphs))
    lowercase, midcap = vocabulary(distinct)
    spoken = frozenset(languages.values())
    run = [(text, "en") for text in distinct]
    sets = (lowercase, midcap, frozenset(), frozenset())
    findings, _keys = shares._candidates_share((run, spoken, sets, []), lambda _n: None)
    return paragraphs, distinct, findings


def _alone() -> Candidates:
    return read(_ARTICLES, languages=briefing_languages(_ARTICLES))


def _same(stamped: Candidates, alone: Candidates) -> None:
    assert alone.names and alone.acronyms and alone.themes and alone.definitions
    for name in alone.__slots__:
        if name != "paragraphs":
            assert getattr(stamped, name) == getattr(alone, name), name
    assert list(stamped.themes) == list(alone.themes)  # first-seen order kept


def test_stamping_a_first_run_then_the_rest_gives_one_pass_for_every_cut() -> None:
    paragraphs, distinct, findings = _findings()
    alone = _alone()
    for cut in range(len(distinct) + 1):
        own = {text: findings[text] for text in distinct[:cut]}
        stamper = Stamper(Candidates(), paragraphs)
        stamper.stamp_known(own)
        # Up to the first use of a text outside this process's run, and not one further.
        assert stamper.done == next(
            (n for n, (_a, _i, text) in enumerate(paragraphs) if text not in own),
            len(paragraphs),
        )
        stamper.stamp_all(findings)
        assert stamper.done == len(paragraphs)
        _same(stamper.out, alone)


def test_stamping_goes_on_from_where_it_stopped_without_stamping_twice() -> None:
    paragraphs, distinct, findings = _findings()
    stamper = Stamper(Candidates(), paragraphs)
    stamper.stamp_known({distinct[0]: findings[distinct[0]]})
    assert stamper.done == 1
    stamper.stamp_known({distinct[0]: findings[distinct[0]]})  # nothing new: no repeat
    assert stamper.done == 1
    stamper.stamp_known(findings)
    stamper.stamp_known(findings)
    _same(stamper.out, _alone())


def test_a_text_without_findings_is_an_error_not_a_gap() -> None:
    paragraphs, _distinct, findings = _findings()
    del findings[_WIRE]
    with pytest.raises(KeyError):
        Stamper(Candidates(), paragraphs).stamp_all(findings)


@pytest.mark.parametrize("jobs", [2, 3])
def test_this_processs_share_stamps_ahead_and_the_pass_is_one_processs(
    monkeypatch: pytest.MonkeyPatch, jobs: int
) -> None:
    """On several processes, this process stamps the paragraphs its own share opens the
    briefing with before the workers answer, then the rest: one process's candidates."""
    monkeypatch.setattr(shares, "MIN_PARAGRAPHS_PER_JOB", 1)
    reached: list[int] = []
    real = Stamper.stamp_known

    def stamp_known(self: Stamper, findings: dict[str, Any]) -> None:
        real(self, findings)
        reached.append(self.done)

    monkeypatch.setattr(Stamper, "stamp_known", stamp_known)
    languages = briefing_languages(_ARTICLES)
    merged, _counts = shares.read_on_cores(_ARTICLES, languages, jobs=jobs)
    paragraphs = body_paragraphs(_ARTICLES)
    assert len(reached) == 2  # once in this process's share, once with every answer
    assert 0 < reached[0] < len(paragraphs)  # ahead: some, not all
    assert reached[1] == len(paragraphs)
    _same(merged, _alone())
    assert merged.paragraphs == paragraphs
