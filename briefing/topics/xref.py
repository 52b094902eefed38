"""Cross-reference: the passages where a topic is mentioned, and what is mentioned with it.

A passage is the sentence around a mention, or two sentences when the first is too short to
read on its own. Sentences come from :mod:`briefing.sentences` (sentencex, in the paragraph's
language), the splitter the analyses and the classifier use too.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence

from briefing.model import Article, Mention, Passage, Topic
from briefing.sentences import language_of, sentence_spans

#: A sentence shorter than this gets its neighbour for context.
SHORT_SENTENCE = 80


def _window(spans: tuple[tuple[int, int], ...], offset: int) -> tuple[int, int]:
    """The sentence holding ``offset``, widened by a neighbour when it is short."""
    index = next((i for i, (_, e) in enumerate(spans) if offset < e), len(spans) - 1)
    start, end = spans[index]
    if end - start < SHORT_SENTENCE and len(spans) > 1:
        if index + 1 < len(spans):
            end = spans[index + 1][1]
        else:
            start = spans[index - 1][0]
    return start, end


def passages(topic: Topic, articles: Mapping[str, Article]) -> tuple[Passage, ...]:
    """Every passage that mentions ``topic``, in article order, then by position.

    Mentions in one window become one passage with several highlights; overlapping windows
    are merged so no sentence is shown twice. Mentions of articles not in ``articles`` (a
    file removed since the topics were computed) are skipped.
    """
    by_paragraph: dict[tuple[str, int], list[Mention]] = {}
    for mention in topic.mentions:
        article = articles.get(mention.article_id)
        if article is None or mention.span.paragraph >= len(article.paragraphs):
            continue
        by_paragraph.setdefault((mention.article_id, mention.span.paragraph), []).append(mention)
    result: list[Passage] = []
    for (article_id, index), mentions in by_paragraph.items():
        article = articles[article_id]
        paragraph = article.paragraphs[index]
        text = paragraph.text
        spans = sentence_spans(text, language_of(paragraph.language, article.language))
        windows: list[list[int]] = []  # [start, end, first mention, last mention]
        ordered = sorted(mentions, key=lambda m: (m.span.start, m.span.end))
        for n, mention in enumerate(ordered):
            start, end = _window(spans, mention.span.start)
            end = max(end, mention.span.end)
            if windows and start < windows[-1][1]:
                windows[-1][1] = max(windows[-1][1], end)
                windows[-1][3] = n
            else:
                windows.append([start, end, n, n])
        for start, end, first, last in windows:
            highlights = tuple(
                (m.span.start - start, m.span.end - start) for m in ordered[first : last + 1]
            )
            result.append(Passage(article_id, index, start, end, text[start:end], highlights))
    return tuple(result)


def cooccurring(
    topic: Topic, topics: Sequence[Topic], limit: int = 10
) -> tuple[tuple[Topic, int], ...]:
    """Topics mentioned in the same paragraphs as ``topic``, with how many paragraphs.

    Paragraphs rather than articles: in a briefing about one story every principal is in every
    article, so sharing an article says little; sharing a paragraph says they are discussed
    together. Ties keep the topics' rank order.
    """
    # Article → paragraphs, so another topic's mentions are tested without building a key
    # (or a set) per mention: a large briefing has a million mentions across its topics.
    mine: dict[str, set[int]] = {}
    for m in topic.mentions:
        mine.setdefault(m.article_id, set()).add(m.span.paragraph)
    counts: Counter[str] = Counter()
    rank: dict[str, int] = {}
    by_id: dict[str, Topic] = {}
    for n, other in enumerate(topics):
        if other.id == topic.id:
            continue
        shared = set()
        for m in other.mentions:
            paragraphs = mine.get(m.article_id)
            if paragraphs is not None and m.span.paragraph in paragraphs:
                shared.add((m.article_id, m.span.paragraph))
        if shared:
            counts[other.id] = len(shared)
            rank[other.id] = n
            by_id[other.id] = other
    best = sorted(counts, key=lambda i: (-counts[i], rank[i]))[: max(limit, 0)]
    return tuple((by_id[i], counts[i]) for i in best)
