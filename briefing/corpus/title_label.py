"""A headline a page states behind a label: ``Title: …``, ``記事名:「 …``, ``제목: …``.

A portal that reprints a paper's story may set the headline apart as a field, above the story
or below it with the provider's line (``情報提供元: 示例新聞`` / ``記事名:「 <headline>``). The
label says what the line is, so the headline is the article's title as a declared one is, and
the label is no word of it; an opening bracket or quote the label leaves unclosed
(``記事名:「 …``, ``Titre : « …``) is none either, nor a pair that holds the whole headline
(``제목: “…”``). A quote that closes inside the headline is the headline's own (``Title: "No"
says the council``), kept.

Only a line of its own counts, near the top or the bottom of the text (where fields stand),
of a label in one of the languages below followed by a colon: a sentence that says "the title
of the book" has no colon after the word, and "Title IX" none at all.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["labelled_title"]

_LABEL = re.compile(
    r"\s*(?:title|headline|titre|titel|título|titulo|titolo|tytuł|titulek|başlık|заголовок"
    r"|назва|(?:原)?标题|(?:原)?標題|記事名|記事タイトル|タイトル|見出し|제목|기사\s?제목|العنوان)\s*[:：]\s*",
    re.IGNORECASE,
)
#: Opening brackets and quotes, and the mark each is closed by.
_PAIRS = {
    "「": "」",
    "『": "』",
    "【": "】",
    "《": "》",
    "“": "”",
    "„": "“",
    "«": "»",
    "‘": "’",
    '"': '"',
    "(": ")",
    "（": "）",
}
#: The longest line read as a labelled headline.
_MAX_LINE = 300
#: How many paragraphs at the top and at the bottom are looked at.
_REACH = 6


def labelled_title(paragraphs: Sequence[str]) -> tuple[int, str] | None:
    """(index, headline) of the first labelled headline line among the first and last few
    paragraphs (module doc), or None."""
    n = len(paragraphs)
    near = [*range(min(n, _REACH)), *range(max(_REACH, n - _REACH), n)]
    for index in near:
        title = _headline(paragraphs[index])
        if title:
            return index, title
    return None


def _headline(text: str) -> str | None:
    if len(text) > _MAX_LINE:
        return None
    label = _LABEL.match(text)
    if label is None:
        return None
    rest = text[label.end() :].strip()
    closer = _PAIRS.get(rest[:1])
    if closer is not None:
        inner = rest[1:]
        if closer not in inner:  # left unclosed: "記事名:「 <headline>"
            rest = inner.strip()
        elif inner.rstrip().endswith(closer) and inner.count(closer) == 1:
            rest = inner.rstrip()[:-1].strip()  # the whole headline quoted: "“…”"
    return rest if sum(c.isalpha() for c in rest) >= 2 else None
