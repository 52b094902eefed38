"""Is a dated statement about the story, or an aside? Decided from the packet, not from words.

A packet of articles is about one story, so what matters to it is said by several of its
articles; an aside ("X turned 73 on Tuesday", "the café opened in 1998") is said by one. A
dated statement is an aside when it is alone twice over, in the days the story happens:

- its day is one no other article dates anything to, within a few days of the days many
  articles date the story to (``extract_timeline`` checks this: further off, a single
  source's date is background — history the timeline keeps);
- and none of its content words (stemmed in the article's language, without names, function
  words, month and weekday names or numbers) occurs in at least two other articles (in a
  language only one other article is written in, in that one; in a language no other
  article is written in, nothing can echo it, and it is kept).

A statement someone made ("13 October: the minister announced …", a verb of saying of
:mod:`.saying`) is never an aside: what a party to the story declares on one of its days is
news the packet reports, though one source alone may report it in words no other source
writes (a language with one other article in it holds few words to echo).

So "arrived on October 6" in one source stays an event (others speak of arriving), and so does
anything on a day the story happens. Packets of fewer than three articles have no "across";
every statement counts there. The words compared are the articles' own, in their own
language, so the rule holds in any language and no story's vocabulary is written into it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from functools import cache

from briefing.analysis.cjk_words import han_words, has_han
from briefing.analysis.locales import month_names, weekday_names
from briefing.analysis.saying import SAYING
from briefing.analysis.stems import stem_word
from briefing.analysis.text import WORD
from briefing.model import Article

#: Paragraph kinds whose words say what the story is (captions and furniture do not).
_STORY_KINDS = frozenset({"body", "dek", "title"})
#: Articles, besides the statement's own, that must share a word for it to be the story's.
ECHOES = 2
#: Content words a statement needs before it can be judged an aside ("Tuesday 21 October
#: will go down in history" says too little to tell what it is about).
MIN_CONTENT = 2
#: Packets smaller than this have no "across" to compare with.
MIN_ARTICLES = 3
_MIN_LETTERS = 4


class Story:
    """The words a packet's articles share, for judging one statement at a time."""

    def __init__(self, articles: Sequence[Article]):
        self._count = len(articles)
        self._by_article: dict[str, frozenset[str]] = {}
        frequency: Counter[str] = Counter()
        self._languages = Counter(article.language or "en" for article in articles)
        for article in articles:
            language = article.language or "en"
            stems = frozenset(
                stem
                for paragraph in article.paragraphs
                if paragraph.kind in _STORY_KINDS
                for stem in _content(paragraph.text, paragraph.language or language)
            )
            self._by_article[article.id] = stems
            frequency.update(stems)
        self._frequency = frequency

    def is_aside(self, article: Article, sentence: str) -> bool:
        """True when no content word of ``sentence`` (names aside) occurs in two other
        articles of the packet."""
        if self._count < MIN_ARTICLES:
            return False
        if any(w.casefold() in SAYING for w in WORD.findall(sentence)):
            return False  # a statement someone made on the day is news, not an aside
        language = article.language or "en"
        names = _names(sentence, language)
        words = " ".join(w for w in WORD.findall(sentence) if w not in names)
        own = self._by_article.get(article.id, frozenset())
        content = set(_content(words, language))
        if len(content) < MIN_CONTENT:
            return False  # too little said to tell what it is about: kept
        # Words are compared within a language: a statement can be echoed only by the other
        # articles in its language, so with fewer than ECHOES of them the bar is what there
        # is, and with none nothing can be judged and the statement is kept.
        echoes = min(ECHOES, self._languages[language] - 1)
        if echoes < 1:
            return False
        return not any(self._frequency[stem] - (stem in own) >= echoes for stem in content)


def _names(sentence: str, language: str) -> set[str]:
    """Capitalised words that are not function words: names, also at the sentence start."""
    skip = _skipped(language)
    return {w for w in WORD.findall(sentence) if w[0].isupper() and w.casefold() not in skip}


def _content(text: str, language: str) -> list[str]:
    """Stems of the content words of ``text``: no function, month or weekday words. Han
    text, written without spaces, gives its bigrams instead (:mod:`.cjk_words`)."""
    skip = _skipped(language)
    words = [
        stem_word(word, language)
        for word in WORD.findall(text)
        if len(word) >= _MIN_LETTERS and word.casefold() not in skip and not has_han(word)
    ]
    return words + han_words(text, language) if has_han(text) else words


@cache
def _skipped(language: str) -> frozenset[str]:
    from whoosh.lang import has_stopwords, stopwords_for_language

    words = set(stopwords_for_language(language)) if has_stopwords(language) else set()
    words |= set(month_names(language)) | set(weekday_names(language))
    return frozenset(words)
