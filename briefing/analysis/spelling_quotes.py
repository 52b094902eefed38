"""Where a spelling is quoted from: the first sentence of each article that writes a word.

The spelling checks (:mod:`.spelling`, :mod:`.borrowed_names`) find two written forms of one
name and must show each in context. Kept apart because it is one pass over the articles for
every word at once, a cost of its own at scale, and shared by both checks.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence

from briefing.analysis.model import Claim, Discrepancy, Quote
from briefing.analysis.text import language_of, sentence_at
from briefing.model import Article, Paragraph, Span


def quotes_of(articles: Iterable[Article], words: set[str]) -> dict[str, tuple[Quote, ...]]:
    """For each word, the first sentence of each article using it (body text before
    captions). One pass over the articles: each article's text is read once, and searched
    only for the words whose first run of word characters it holds as a whole run — what
    any match of ``\bword\b`` needs (a name is in few articles of a large briefing)."""
    quotes: dict[str, list[Quote]] = {word: [] for word in words}
    if not words:
        return {}
    patterns = {word: re.compile(rf"\b{re.escape(word)}\b") for word in words}
    by_run: dict[str, list[str]] = defaultdict(list)
    always: list[str] = []  # a word that does not start with a word character
    for word in sorted(words):
        first = _RUN.match(word)
        if first:
            by_run[first.group()].append(word)
        else:
            always.append(word)
    # Only the wanted runs are looked for (each must stand as a whole run: the character
    # before it and the one after it no word character), and a paragraph met before (wire
    # copy) is not searched again: splitting every article into all its runs was seconds
    # at 10,005 articles.
    finder = re.compile(
        "(?:" + "|".join(re.escape(run) for run in sorted(by_run, key=len, reverse=True)) + ")"
        r"(?!\w)"
    )
    held: dict[str, set[str]] = {}
    for article in articles:
        paragraphs = article.paragraphs
        runs: set[str] = set()
        for paragraph in paragraphs:
            found = held.get(paragraph.text)
            if found is None:
                found = held[paragraph.text] = (
                    _whole_runs(finder, paragraph.text) if by_run else set()
                )
            runs |= found
        for run in [*runs, None]:
            for word in by_run[run] if run is not None else always:
                quote = first_quote(article, paragraphs, patterns[word])
                if quote is not None:
                    quotes[word].append(quote)
    return {word: tuple(found) for word, found in quotes.items()}


#: A run of word characters, as ``\b`` bounds it.
_RUN = re.compile(r"\w+")


def _whole_runs(finder: re.Pattern[str], text: str) -> set[str]:
    """The runs ``finder`` matches in ``text`` that are whole runs of word characters (a
    match inside a longer run is all word characters, so no whole run starts within it)."""
    return {
        match.group()
        for match in finder.finditer(text)
        if match.start() == 0 or not _RUN.match(text, match.start() - 1)
    }


def first_quote(
    article: Article, paragraphs: Sequence[Paragraph], pattern: re.Pattern[str]
) -> Quote | None:
    order = sorted(range(len(paragraphs)), key=lambda i: paragraphs[i].foldable)
    for index in order:
        paragraph = paragraphs[index]
        match = pattern.search(paragraph.text)
        if match:
            language = language_of(paragraph.language, article.language)
            sentence = sentence_at(paragraph.text, match.start(), language)
            return Quote(
                article.id, article.source, Span(index, sentence.start, sentence.end), sentence.text
            )
    return None


def quotes_in(
    pattern: re.Pattern[str], ids: Iterable[str], by_id: dict[str, Article]
) -> tuple[Quote, ...]:
    """The first sentence matching ``pattern`` in each article of ``ids``, in id order: the
    quotes of one spelling in a script whose words need their own bounds (Hangul, Arabic)."""
    quotes = []
    for article_id in sorted(ids):
        article = by_id[article_id]
        quote = first_quote(article, article.paragraphs, pattern)
        if quote is not None:
            quotes.append(quote)
    return tuple(quotes)


def spelling_flag(
    words: Iterable[str], quoted: dict[str, tuple[Quote, ...]], note: str
) -> Discrepancy:
    """One spelling disagreement over ``words``, each with its quotes: the spelling the most
    articles write first (ties by the word), so the value reads "Larissa / Larisa"."""
    claims = tuple(
        Claim(word, quoted[word]) for word in sorted(words, key=lambda w: (-len(quoted[w]), w))
    )
    return Discrepancy("spelling", " / ".join(c.value for c in claims), claims, note=note)
