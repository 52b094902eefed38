"""Building Articles in memory and finding topics in results (importable as ``topics.helpers``)."""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise
from pathlib import Path

from briefing.model import Article, Mention, Paragraph, Span, Topic
from briefing.topics import extract_topics


def article(article_id: str, *paragraphs: str | Paragraph) -> Article:
    """An Article whose paragraphs are the given texts (body unless a Paragraph is passed)."""
    paras = tuple(p if isinstance(p, Paragraph) else Paragraph(p) for p in paragraphs)
    return Article(
        id=article_id,
        path=Path(f"/nonexistent/{article_id}.txt"),
        title=None,
        source=None,
        date=None,
        paragraphs=paras,
    )


def kinds_of(*texts: tuple[str, str]) -> dict[str, str]:
    """Each topic's kind by name, for articles given as (language, text), one per article."""
    articles = [
        replace(article(f"{n:03d}", text), language=language)
        for n, (language, text) in enumerate(texts)
    ]
    return {t.name: t.kind for t in extract_topics(articles)}


def organisation_topic(name: str, texts: list[str]) -> tuple[Topic, list[Article]]:
    """An organisation topic ``name`` with one mention in each of ``texts`` (one article
    each), and those articles: for the rules that retype organisations by the words around
    their uses."""
    articles = [article(f"a{i}", text) for i, text in enumerate(texts)]
    mentions = tuple(
        Mention(a.id, Span(0, text.index(name), text.index(name) + len(name)), name)
        for a, text in zip(articles, texts, strict=True)
    )
    return Topic(name.casefold(), name, "organisation", (name,), mentions), articles


def kinds_by_alias(*articles: Article) -> dict[str, str]:
    """Each topic's kind under its name and every alias, for articles built in memory."""
    return {alias: t.kind for t in extract_topics(list(articles)) for alias in (t.name, *t.aliases)}


def kinds_holding(topics: tuple[Topic, ...], surface: str) -> set[str]:
    """The kinds of the topics that hold ``surface`` (empty when none does)."""
    return {t.kind for t in holding(topics, surface)}


def by_name(topics: tuple[Topic, ...], name: str) -> Topic:
    """The topic called ``name``; fails listing the names when there is none."""
    for topic in topics:
        if topic.name == name:
            return topic
    raise AssertionError(f"no topic {name!r} among {[t.name for t in topics]}")


def holding(topics: tuple[Topic, ...], surface: str) -> list[Topic]:
    """Topics with ``surface`` among their aliases."""
    return [t for t in topics if surface in t.aliases]


def across_languages(
    group: list[tuple[str, list[str]]], languages: dict[str, set[str]]
) -> list[tuple[int, int]]:
    """The pairs (i < j) of ``group`` written in no common language, in the order of
    comparing every pair: the plain walk that ``phrase_names._first_word_partners`` must
    agree with (it lists only the pairs whose first word has an alike partner)."""
    by_languages: dict[frozenset[str], list[int]] = {}
    for index, (key, _words) in enumerate(group):
        by_languages.setdefault(frozenset(languages.get(key, ())), []).append(index)
    sets = list(by_languages)
    pairs: list[tuple[int, int]] = []
    for n, first in enumerate(sets):
        for second in sets[n:]:
            if first & second:
                continue
            for i in by_languages[first]:
                pairs.extend((min(i, j), max(i, j)) for j in by_languages[second] if j != i)
    return sorted(set(pairs))


#: Letters of the scripts without case: Han, kana, Hangul.
_UNCASED = re.compile(
    r"[\u3041-\u30ff\u3400-\u4dbf\u4e00-\u9fff"
    r"\uf900-\ufaff\uff66-\uff9f\u1100-\u11ff\u3130-\u318f\ua960-\ua97f\uac00-\ud7af]"
)


def _cased(ch: str) -> bool:
    return ch.isalpha() and not _UNCASED.match(ch)


def _hiragana(ch: str) -> bool:
    return "\u3041" <= ch <= "\u309f"


def script_parts(word: str) -> list[tuple[int, int]]:
    """(start, end) of the parts of ``word`` cut where a letter of a cased script meets
    hiragana (either way round) or a Korean particle that ends the word: the plain, letter by
    letter reading of the tokeniser's seams (:mod:`briefing.topics.script_seams`)."""
    from briefing.topics.lexicon import KOREAN_PARTICLES

    cuts = [
        i
        for i in range(1, len(word))
        if (_cased(word[i - 1]) and (_hiragana(word[i]) or word[i:] in KOREAN_PARTICLES))
        or (_hiragana(word[i - 1]) and _cased(word[i]))
    ]
    bounds = [0, *cuts, len(word)]
    return list(pairwise(bounds))


def event_topic(name: str, kind: str = "event", aliases: tuple[str, ...] = ()) -> Topic:
    """A topic named ``name`` with one English mention of it: the event (or other topic) an
    event rule is given, without running the extraction."""
    return Topic(
        name.casefold().replace(" ", "-"),
        name,
        kind,  # type: ignore[arg-type]
        aliases,
        (Mention("en", Span(0, 0, len(name)), name),),
    )


def text_topic(ident: str, name: str, kind: str, texts: list[str]) -> Topic:
    """A topic mentioned wherever ``name`` stands in the numbered texts (article ``a<n>``)."""
    mentions = tuple(
        Mention(f"a{n}", Span(0, m.start(), m.end()), name)
        for n, text in enumerate(texts)
        for m in re.finditer(re.escape(name), text)
    )
    return Topic(ident, name, kind, (name,), mentions)  # type: ignore[arg-type]


class CountingReads:
    """An article that counts how often its paragraphs are asked for: a stored article may
    decode them again at each ask (``stored_articles._Blob``), so a rule that reads many
    uses of one article should ask once."""

    def __init__(self, inner: Article) -> None:
        self._inner, self.reads = inner, 0

    def __getattr__(self, name: str) -> object:
        return getattr(self._inner, name)

    @property
    def paragraphs(self) -> tuple[Paragraph, ...]:
        self.reads += 1
        return self._inner.paragraphs
