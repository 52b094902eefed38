"""A page's comment counter left on a line of its own: ``0 Comment(s)``, ``Join the forum >>0
Comment(s)``, ``Comments (12)``, ``评论(3)``, ``댓글 5``, ``Комментарии: 7``.

A saved page keeps the link under the story that counts its readers' comments. It is the
site's chrome, not a line of the story: as a "paragraph" it must never become the article's
stand-in title (:mod:`briefing.corpus.fallback_titles`), which it did when it was the only
line of spaced words under a Chinese story.

The line is nothing but the counter: a number next to the word for "comment(s)" (before or
after it, the number maybe bracketed, the word maybe with a "(s)"), optionally after a link's
few words set off by a link arrow (``>>``, ``»``, ``›``, ``→``) or a bar. A headline or a
sentence that speaks of comments says more than that: "Minister's comments draw 12
complaints", "Readers left 300 comments" (words before the count with no arrow), "Comments
on the budget" (no number) are prose.
"""

from __future__ import annotations

import re

__all__ = ["is_comment_counter"]

#: The noun "comment(s)" in the briefing's languages (one form or its stem, matched casefolded):
#: en, fr, de, es/pt, it, nl, ru, uk, pl, tr, el, zh, ja, ko, ar.
_WORD = (
    r"(?:comments?|comment\(s\)|commentaires?|kommentar(?:e|en)?|comentarios?|comentários?"
    r"|comment[io]|reacties?|reactie's|комментари[йяеи]в?|комментари[ий]|коментар(?:і|ів|я)?"
    r"|komentarz(?:e|y)?|yorum(?:lar)?|σχόλι[οα]|评论|評論|留言|コメント|댓글|تعليق(?:ات)?)"
)
_COUNT = r"\d{1,6}"
_COUNTER = (
    rf"(?:{_COUNT}\s*(?:条|則|件|개|個)?\s*{_WORD}"
    rf"|{_WORD}\s*[:：]?\s*(?:\(\s*{_COUNT}\s*\)|\[\s*{_COUNT}\s*\]|（\s*{_COUNT}\s*）|{_COUNT}\s*(?:件|条|則|개)?))"
)
#: A link's words (no digit) ending in an arrow or a bar: "Join the forum >>", "Discuss »".
_LINK = r"(?:[^\d>»›→|]{1,30}?\s*(?:>>|»|›|→|\|)\s*)"
_LINE = re.compile(rf"{_LINK}?{_COUNTER}\s*(?:>>|»|›|→)?", re.IGNORECASE)
#: Longest line taken for a counter: a link's words and the counter.
_MAX_CHARS = 50


def is_comment_counter(text: str) -> bool:
    """Whether ``text`` is nothing but a page's comment counter (module doc)."""
    line = text.strip()
    return 0 < len(line) <= _MAX_CHARS and _LINE.fullmatch(line) is not None
