"""A group counted with the one it surrounds: "ten soldiers" and "nine others" are one group.

"A group of ten soldiers appeared on television. The colonel, flanked by nine other men,
read the statement": the ten are the colonel and the nine beside him. Another article's
"the colonel, flanked by nine soldiers" counts the same nine without him, so ten against
nine is no disagreement. The article that writes the larger count says so itself: the same
paragraph counts one fewer as "others" ("neuf autres", "altri nove", "nine others", "neun
weitere", "девяти других"). A figure disagreement of exactly two values N and N − 1 is then
dropped when every article that gives N also counts N − 1 others in the paragraph of its N.

Only that shape: a third value, a range, a bound ("more than ten") or an N article that
names no "others" leaves the disagreement as it is. The words for "other" are the plain
adjective of each language (not "more" or "new": "nine more soldiers" adds to a count).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from briefing.analysis.figure_model import Figure
from briefing.analysis.numbers import find_numbers
from briefing.analysis.text import language_of
from briefing.model import Article

#: The word for "other(s)" per language, written right before or after a count.
_OTHER: dict[str, str] = {
    "en": "other others", "fr": "autres", "de": "weitere weiteren andere anderen",
    "es": "otros otras", "it": "altri altre", "pt": "outros outras", "nl": "andere",
    "ro": "alți alte", "pl": "innych inni", "ru": "других другие", "uk": "інших інші",
    "tr": "diğer", "cs": "dalších další", "sk": "ďalších ďalší",
}  # fmt: skip


def counted_with_others(figures: Sequence[Figure], articles: Sequence[Article]) -> bool:
    """True when ``figures`` hold exactly two point values N and N − 1 and every article
    giving N counts N − 1 others in the paragraph of its N (module docstring)."""
    values = {(f.low, f.high) for f in figures}
    if len(values) != 2 or any(low != high for low, high in values):
        return False  # a third value, or a range
    if any(f.bound or f.ranged for f in figures):
        return False  # "more than ten" counts no exact group
    high = max(low for low, _ in values)
    if high - 1 not in {low for low, _ in values}:
        return False
    by_id = {a.id: a for a in articles}
    larger = [f for f in figures if f.low == high]
    return all(_others_beside(f, by_id.get(f.quote.article_id), high - 1) for f in larger)


def _others_beside(figure: Figure, article: Article | None, count: float) -> bool:
    if article is None:
        return False
    index = figure.quote.span.paragraph
    if not 0 <= index < len(article.paragraphs):
        return False
    paragraph = article.paragraphs[index]
    language = language_of(paragraph.language, article.language)
    words = _other_words(language)
    if words is None:
        return False
    text = paragraph.text
    for number in find_numbers(text, language):
        if number.value != count or number.low is not None:
            continue
        before = re.findall(r"\w+", text[: number.start])[-1:]
        after = re.findall(r"\w+", text[number.end :])[:1]
        if any(w.casefold() in words for w in before + after):
            return True
    return False


@cache
def _other_words(language: str) -> frozenset[str] | None:
    words = _OTHER.get(language)
    return frozenset(words.split()) if words else None
