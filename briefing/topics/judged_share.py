"""The words the packet's languages write, counted by a worker process while the topics are
ranked.

The main event's act in the other languages (:mod:`.event_tongues`) is judged by the
languages that already name the event: a candidate whose cognate they write as another word
is a thing of the story (:func:`.event_tongues._judged`). That asks the stem key of every
word of every body in those languages, seconds of the parent's serial work at 10,000
articles, done last, while the first pass's workers idle. Which words an article writes, and
their keys, depend on the article and its language alone; only which languages judge and
which keys are the event's own come from the ranked topics. So once the extraction's last
round on the workers is over (:meth:`.shares.Cores.after_rounds`, as the main event's
timeline) a worker counts, per language, in how many articles each key stands, every key
kept; :func:`.event_tongues._judged` then takes the judging languages' counts and leaves out
the event's own keys. Without a worker the parent counts the judging languages itself, with
the same functions: the same judged words.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Collection, Mapping, Sequence

from briefing.model import Article
from briefing.topics.event_tongues import _WORD, MIN_LETTERS
from briefing.topics.languages import function_words
from briefing.topics.word_keys import stem_key

#: The distinct body texts, and each article's language and texts (their places in the
#: first list): wire copy is sent once.
Share = tuple[list[str], list[tuple[str, list[int]]]]


def judge_texts(
    articles: Sequence[Article],
    languages: Mapping[str, str],
    only: Collection[str] | None = None,
) -> Share | None:
    """Every article with a language (of ``only``, when given) and its body texts; None when
    there is none."""
    places: dict[str, int] = {}
    written: list[tuple[str, list[int]]] = []
    for article in articles:
        language = languages.get(article.id, "und")
        if language == "und" or (only is not None and language not in only):
            continue
        texts = [p.text for _index, p in article.body_paragraphs]
        written.append((language, [places.setdefault(t, len(places)) for t in texts]))
    return (list(places), written) if written else None


def judged_counts(share: Share, _report: Callable[[int], None] | None) -> dict[str, Counter[str]]:
    """A worker's task: per language, stem key → in how many of its articles a word of four
    letters or more with that key stands (function words left out)."""
    texts, written = share
    counts: dict[str, Counter[str]] = {}
    # A word's key is asked once per language and form, and an article's words are keyed in
    # C (``map``) once each new form is known (None: a word that gives no key).
    keyed: dict[str, dict[str, str | None]] = {}
    for language, places in written:
        known = keyed.setdefault(language, {})
        stop = function_words(language)
        words: set[str] = set()
        for place in places:
            words.update(_WORD.findall(texts[place]))
        for word in words.difference(known):
            folded = word.casefold()
            known[word] = (
                stem_key(folded, language)
                if len(folded) >= MIN_LETTERS and folded not in stop
                else None
            )
        keys = set(map(known.__getitem__, words))
        keys.discard(None)
        counts.setdefault(language, Counter()).update(keys)  # type: ignore[arg-type]
    return counts
