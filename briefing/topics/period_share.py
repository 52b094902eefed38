"""The reading behind the secondary events, done by a worker process while the topics are ranked.

The period events (:mod:`.period_events`: "three days of national mourning") and the
sequence events (:mod:`.sequence_events`: "the first round on 4 May") are read from every
body paragraph: two regular-expression passes over each distinct text, seconds of the
parent's serial work at 10,000 articles, done after the main event while the first pass's
workers idle. What they find in a text depends on the text and its language alone, but for
the main event's own words, which are left out of a phrase or a pair without changing any
other (:func:`.period_reading._same`). So once the extraction's last round on the workers is
over (:meth:`.shares.Cores.after_rounds`, as the main event's timeline) a worker reads every
distinct (text, language) with no word left out, and :func:`.period_events.with_period_events`
leaves out the main event's words from what it sent back: the same phrases and pairs as
reading there. Without a worker the parent reads the texts itself, as before.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from briefing.model import Article
from briefing.topics.period_reading import Phrase, period_phrases
from briefing.topics.sequence_events import Use, _ordinals, dated_uses

#: (text, language) → what was found in it; only the texts where something was.
Found = tuple[dict[tuple[str, str], list[Phrase]], dict[tuple[str, str], list[Use]]]


def period_texts(
    articles: Sequence[Article], languages: dict[str, str]
) -> list[tuple[str, str]] | None:
    """Every distinct (text, language) of the articles' body paragraphs, in order; None when
    there is nothing to read."""
    texts = dict.fromkeys(
        (paragraph.text, languages.get(article.id, "en"))
        for article in articles
        for _index, paragraph in article.body_paragraphs
    )
    return list(texts) or None


def period_share(share: list[tuple[str, str]], _report: Callable[[int], None]) -> Found:
    """A worker's task: every period phrase and every dated "ordinal + noun" of each text,
    the main event's words not left out (the caller leaves them out)."""
    phrases: dict[tuple[str, str], list[Phrase]] = {}
    uses: dict[tuple[str, str], list[Use]] = {}
    for text, language in share:
        found: Any = period_phrases("", 0, text, language, frozenset())
        if found:
            phrases[text, language] = found
        if _ordinals(language):
            found = dated_uses(text, language)
            if found:
                uses[text, language] = found
    return phrases, uses
