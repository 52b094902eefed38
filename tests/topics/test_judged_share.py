"""The words counted on a worker judge the event's act as counting them here does.

Made-up articles in three languages; the answer is compared with ``_judged`` reading every use
of every word (the code before :mod:`briefing.topics.judged_share`).
"""

from __future__ import annotations

from dataclasses import replace

from topics.helpers import article
from topics.test_event_tongues_lazy import _judged_per_use

from briefing.model import Mention, Span, Topic
from briefing.topics.event_tongues import _judged
from briefing.topics.judged_share import judge_texts, judged_counts

_ARTICLES = [
    article("en1", "The fire reached the Terminal complex; FIRES spread.", "Fire crews came."),
    article("en2", "Firefighters saw the complex burn. The complexes were old.", "Terminal"),
    article("en3", "A cathedral and the terminal; fire, fire, fire.", "Fire crews came."),
    article("de1", "Der Brand im Terminal. Straße und STRASSE.", "Feuer am Terminal"),
    article("de2", "Brand und Feuer, die Straße war gesperrt.", "Der Komplex brannte."),
    article("fr1", "L'incendie du terminal.", "Incendie."),
    article("xx1", "Unknown words, unknown language.", "Terminal terminal."),
]
_LANGUAGES = {"en1": "en", "en2": "en", "en3": "en", "de1": "de", "de2": "de", "fr1": "fr"}
_EVENT = Topic(
    "fire",
    "Fire",
    "event",
    ("Fire", "Brand"),
    (Mention("en1", Span(0, 4, 8), "fire"), Mention("de1", Span(0, 4, 9), "Brand")),
    1.0,
)


def test_words_counted_for_every_language_judge_as_the_per_use_reading() -> None:
    share = judge_texts(_ARTICLES, _LANGUAGES)  # as lent: every language, none left out
    assert share is not None
    texts, written = share
    assert len(texts) == len(set(texts))  # a recurring text ("Fire crews came.") sent once
    assert [language for language, _places in written] == ["en", "en", "en", "de", "de", "fr"]
    counted = judged_counts(share, lambda _n: None)
    for event in (_EVENT, replace(_EVENT, mentions=_EVENT.mentions[:1])):
        expected = _judged_per_use(event, _ARTICLES, _LANGUAGES)
        assert expected  # the comparison means something
        assert _judged(event, _ARTICLES, _LANGUAGES, lambda: counted) == expected
        # No worker's answer (None): counted here, the same.
        assert _judged(event, _ARTICLES, _LANGUAGES, lambda: None) == expected
        assert _judged(event, _ARTICLES, _LANGUAGES) == expected


def test_nothing_to_count() -> None:
    assert judge_texts(_ARTICLES, {}) is None  # no article with a language
    assert judge_texts(_ARTICLES, _LANGUAGES, only={"pl"}) is None
