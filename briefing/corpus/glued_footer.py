"""A copyright footer run into a story's last paragraph, told apart from the story.

Part of :mod:`briefing.corpus.sources`: a page that loses one line break glues its footer
(``… 밝혔습니다. Copyright © Example. All rights reserved.``) to the last paragraph, where the
footer's house is the publisher; a circled sign (``ⓒ``) counts as ``©`` only on a line that
reserves rights (Korean pages set it in every picture's credit too).
"""

from __future__ import annotations

import re

#: The circled forms of the copyright sign: ``Copyright Ⓒ Example. All rights reserved.``
_CIRCLED = re.compile("[Ⓒⓒ]")
#: What makes a line its publisher's copyright, not a picture's: the rights it reserves.
_RESERVED = re.compile(r"rights reserved|copyright|무단|저작권", re.IGNORECASE)


def circled_marks(text: str) -> str:
    """``text`` with a circled copyright sign (``Ⓒ``, ``ⓒ``) read as ``©``, on a line that
    says it reserves rights (``All rights reserved``, ``Copyright``, 무단 전재 …, "no copying"):
    Korean pages set ``ⓒ`` in every picture's credit too (``사진 ⓒ Example``), where it names
    the picture's owner, not the publisher."""
    if not _CIRCLED.search(text) or not _RESERVED.search(text):
        return text
    return _CIRCLED.sub("©", text)


#: Where a footer run into the story's last paragraph starts: after a sentence's end, or after
#: the reporter's e-mail address closing the story (``홍길동 기자 hong@example.com ©…``).
FOOTER_START = re.compile(
    r"(?:[.!?。]|(?<!\S)[\w.+-]+@[\w-]+(?:\.[\w-]+)+)\s+(?=(?:©|\([cC]\)|[Cc]opyright|COPYRIGHT))"
)

#: What :data:`FOOTER_START`'s look-ahead reads, as plain text ("Copyright" and "copyright"
#: both hold "opyright"): a match in the last 200 characters has one of them there.
_FOOTER_MARKS = ("©", "(c)", "(C)", "opyright", "OPYRIGHT")


def footer_tail(text: str) -> str:
    """A copyright footer glued to the story's last paragraph (one line break lost:
    ``… 밝혔습니다. Copyright © Example. All rights reserved.``): the footer alone, when it
    reserves rights; otherwise the paragraph as it is (a long paragraph is no footer)."""
    if len(text) <= 200:
        return text
    window = text[-200:]
    if not any(mark in window for mark in _FOOTER_MARKS):
        return text  # no footer can start here: the pattern's look-ahead needs one of them
    start = FOOTER_START.search(text, len(text) - 200)
    tail = text[start.end() :] if start else ""
    return tail if tail and re.search(r"rights reserved|무단", tail, re.I) else text
