"""The English stems of the leads' words, worked out by a worker process while the topics
are ranked.

Naming the main event (:func:`.event_action.action_of`) compares the words of the leads by
their English Snowball stem (:func:`.event_when.inflected_common`, :func:`.event_when.base_forms`):
tens of thousands of words at 10,000 articles, a Python-level Snowball run each, in the parent
after ranking while the first pass's workers idle. A word's stem depends on the word alone,
and which words the leads write on the articles alone, so once the extraction's last round on
the workers is over (:meth:`.shares.Cores.after_rounds`, as the main event's timeline) a
worker stems every word of the leads the event is read from, split as the event reads them
(:func:`.event_leads.split_words`), as written and case-folded; the parent then answers from
these (:func:`.event_when.remember_stems`), and stems itself any word they lack. Without a
worker nothing is remembered and the parent stems every word, as before: the same stems.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from briefing.model import Article
from briefing.topics.event_leads import lead_of, split_words
from briefing.topics.event_when import english_stem


def lead_texts(
    articles: Sequence[Article], languages: dict[str, str]
) -> list[tuple[str, str]] | None:
    """(lead, language) of each article the main event's act is read from: the English ones
    when there are any, else all (:func:`.event_action.action_of`); None for none."""
    english = [a for a in articles if languages.get(a.id) == "en"] or list(articles)
    return [(lead_of(a), languages.get(a.id, "en")) for a in english] or None


def lead_stems(share: list[tuple[str, str]], _report: Callable[[int], None]) -> dict[str, str]:
    """A worker's task: each word of the leads, as written and case-folded → its stem."""
    stems: dict[str, str] = {}
    for text, language in share:
        for word in split_words(text, language):
            for form in (word, word.casefold()):
                if form not in stems:
                    stems[form] = english_stem(form)
    return stems
