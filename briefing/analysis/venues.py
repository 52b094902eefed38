"""Venue disagreements: one place of the story under two names.

Two capitalised English names with the same head ("Palace", "Square", "Airport"…) built from
the same word stems in a different form ("National Palace" / "Palace of Nations") name one
venue two ways. The same words in another order ("Louvre Museum" / "Museum Louvre") or with
accents typed or not are one name. Split from :mod:`.spelling`, which compares people's names.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

from whoosh.lang.porter import stem

from briefing.analysis.inflection import folded
from briefing.analysis.model import Claim, Discrepancy, Quote
from briefing.analysis.text import Sentence, remembered, sentence_at, word_set
from briefing.model import Article, Span

_VENUE_HEADS = word_set(
    """
    Palace Square Hall Airport Stadium Centre Center Hotel Cathedral Mosque Monument Park Tower
    Bridge Museum Theatre Theater Arena Embassy Residence Castle Building Plaza Forum
    """
)
_VENUE = re.compile(r"\b[A-Z][\w\-]*(?:\s+(?:of|the|de|del|la)?\s*[A-Z][\w\-]*)*")
#: Any head word standing alone: a paragraph with none names no venue, and most paragraphs
#: have none, so they skip the walk over every capitalised run.
_ANY_HEAD = re.compile(r"\b(?:" + "|".join(sorted(_VENUE_HEADS)) + r")\b")


def venue_discrepancies(articles: Sequence[Article]) -> list[Discrepancy]:
    """One venue under two names: same head word, same stems, different wording (English)."""
    return judge_venues([venues_of(article) for article in articles])


#: A venue's name as one article writes it: (stems of its words, the name, the first quote).
Venue = tuple[frozenset[str], str, Quote]


def venues_of(article: Article, memo: dict[Any, Any] | None = None) -> list[Venue]:
    """The venue names one article writes, each with its first quote, in the order seen
    (``memo``: a paragraph read before is not read again)."""
    if article.language != "en":
        return []  # the head words below are English
    seen: dict[tuple[frozenset[str], str], Quote] = {}
    for index, paragraph in enumerate(article.paragraphs):
        known = remembered(memo, "venues", _venues, paragraph.text)
        for stems, name, sentence in known:
            if (stems, name) not in seen:
                seen[(stems, name)] = Quote(
                    article.id, article.source, Span(index, sentence.start, sentence.end),
                    sentence.text,
                )  # fmt: skip
    return [(key, name, quote) for (key, name), quote in seen.items()]


def _venues(text: str) -> list[tuple[frozenset[str], str, Sentence]]:
    """(stems, name, sentence) of each venue name of one English paragraph, in order."""
    found: list[tuple[frozenset[str], str, Sentence]] = []
    if _ANY_HEAD.search(text) is None:
        return found
    for match in _VENUE.finditer(text):
        name = match.group()
        words = name.split()
        if not any(w in _VENUE_HEADS for w in words) or len(words) < 2:
            continue
        key = frozenset(stem(w.lower()) for w in words if w not in ("of", "the", "de"))
        found.append((key, name, sentence_at(text, match.start(), "en")))
    return found


def _word_bag(name: str) -> tuple[str, ...]:
    """A venue name's words, sorted, without accents or linking words: what stays the same
    when only the order or the accents change."""
    return tuple(sorted(folded(w) for w in name.split() if w not in ("of", "the", "de")))


def judge_venues(venues: Iterable[Iterable[Venue]]) -> list[Discrepancy]:
    """:func:`venue_discrepancies` from each article's :func:`venues_of`, in article order."""
    names: dict[frozenset[str], dict[str, list[Quote]]] = defaultdict(lambda: defaultdict(list))
    for found in venues:
        for key, name, quote in found:
            names[key][name].append(quote)
    found_all = []
    for forms in names.values():
        if len({_word_bag(name) for name in forms}) < 2:
            continue  # "Louvre Museum" / "Museum Louvre": the same words in another order
        claims = tuple(Claim(name, tuple(quotes)) for name, quotes in forms.items())
        found_all.append(
            Discrepancy(
                "name",
                " / ".join(forms),
                claims,
                note="the same venue under different names",
            )
        )
    return found_all
