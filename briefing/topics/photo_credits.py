"""Names that stand only in a picture's credit are no key topics.

A long caption set as a body paragraph ends with its credit: "(Photo by Jane ROE/AFP via
Getty Images)", "Photo: Jan Kowalski / Reuters", "Foto: Max Muster/dpa". The photographer is
named there, nowhere else, and the name (often in capitals) reads as a person or a body of
the story. :func:`without_credit_names` drops the topics whose every mention sits inside
such a credit. A credit is a picture word ("photo", "foto", "фото", ...) with "by" or a
colon, then at most :data:`NAME_CHARS` characters closed by a slash (the agency follows) or
a closing bracket: "a photo by Ansel Adams sold for a million" is no credit, and a
photographer the story also names elsewhere stays.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing.model import Article, Topic

#: The longest name a credit holds before its slash or bracket.
NAME_CHARS = 60
_CREDIT = re.compile(
    r"(?i)\b(?:photos?|photographs?|pictures?|images?|fotos?|fotó|fotografia|fotografía|"
    r"fotografie|фото|фотография)\s*(?:by|credit|:|©)\s*"
    r"[^()/\n|:]{2," + str(NAME_CHARS) + r"}?\s*[/)]"
)


def credit_spans(text: str) -> list[tuple[int, int]]:
    """Where the picture credits of one paragraph stand (start, end)."""
    return [m.span() for m in _CREDIT.finditer(text)]


def without_credit_names(topics: Sequence[Topic], articles: Sequence[Article]) -> tuple[Topic, ...]:
    """``topics`` less those named only inside picture credits (see the module's docstring)."""
    by_id = {a.id: a for a in articles}
    spans: dict[tuple[str, int], list[tuple[int, int]]] = {}

    def in_credit(article_id: str, paragraph: int, start: int, end: int) -> bool:
        key = (article_id, paragraph)
        if key not in spans:
            article = by_id.get(article_id)
            if article is None or paragraph >= len(article.paragraphs):
                spans[key] = []
            else:
                spans[key] = credit_spans(article.paragraphs[paragraph].text)
        return any(s <= start and end <= e for s, e in spans[key])

    return tuple(
        t
        for t in topics
        if not t.mentions
        or not all(
            in_credit(m.article_id, m.span.paragraph, m.span.start, m.span.end) for m in t.mentions
        )
    )
