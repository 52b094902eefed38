"""The secondary events read by a worker are the ones this process reads (made-up texts)."""

from __future__ import annotations

from topics.helpers import article

from briefing.model import Mention, Span, Topic
from briefing.topics.period_events import with_period_events
from briefing.topics.period_share import period_share, period_texts
from briefing.topics.sequence_events import sequence_events

# Each text has a phrase or pair of the main event's word ("blast") beside one of another word,
# some in the same sentence, and the wire copy of "a" recurs in "d".
_TEXTS = {
    "a": "The first blast and the first hearing were on 9 June. Two days of civic fasting began.",
    "b": "A first hearing was held on June 9; three days of blast clearing followed.",
    "c": "Après le premier procès du 9 juin, deux jours de deuil régional ont suivi.",
    "d": "The first blast and the first hearing were on 9 June. Two days of civic fasting began.",
    "e": "Le premier procès, le 9 juin, a précédé deux jours de deuil régional.",
}
_LANGUAGES = {"a": "en", "b": "en", "c": "fr", "d": "en", "e": "fr"}
_ARTICLES = [article(k, v) for k, v in _TEXTS.items()]


def _event(*aliases: str) -> Topic:
    mentions = tuple(Mention(a, Span(0, 0, 1), aliases[0]) for a in _TEXTS)
    return Topic("main", "Main", "event", aliases, mentions)


def _worker() -> object:
    share = period_texts(_ARTICLES, _LANGUAGES)
    assert share is not None
    assert len(share) == 4  # "d" repeats "a": each (text, language) is sent once
    return period_share(share, lambda _n: None)


def test_what_a_worker_reads_names_the_events_this_process_reads() -> None:
    for aliases in [("blast",), ("hearing",), ("fasting", "deuil"), ("nothing",)]:
        topics = [_event(*aliases)]
        alone = with_period_events(_ARTICLES, topics, _LANGUAGES)
        lent = with_period_events(_ARTICLES, topics, _LANGUAGES, _worker)
        assert lent == alone
    # The main event's own words are still left out of what the worker sent back in full.
    names = [
        t.name for t in with_period_events(_ARTICLES, [_event("hearing")], _LANGUAGES, _worker)
    ]
    assert not any("hearing" in n.casefold() for n in names)
    assert any("fasting" in n for n in names)
    names = [t.name for t in with_period_events(_ARTICLES, [_event("blast")], _LANGUAGES, _worker)]
    assert "First hearing, 9 Jun" in names


def test_the_worker_answer_is_what_is_read() -> None:
    # Nothing found by the worker: nothing is read again here.
    topics = [_event("blast")]
    assert with_period_events(_ARTICLES, topics, _LANGUAGES, lambda: ({}, {})) == tuple(topics)
    # No answer (no worker, or it failed): this process reads the texts itself.
    alone = with_period_events(_ARTICLES, topics, _LANGUAGES)
    assert len(alone) > 1
    assert with_period_events(_ARTICLES, topics, _LANGUAGES, lambda: None) == alone


def test_sequence_pairs_of_the_event_word_are_left_out_beside_the_others() -> None:
    share = period_texts(_ARTICLES, _LANGUAGES)
    assert share is not None
    _phrases, uses = period_share(share, lambda _n: None)
    for excluded in [frozenset(), frozenset({"blast"}), frozenset({"hearing", "procès"})]:
        alone = sequence_events(_ARTICLES, _LANGUAGES, excluded, "en")
        assert sequence_events(_ARTICLES, _LANGUAGES, excluded, "en", uses) == alone
