"""A picture's caption closed by its copyright mark: ``<caption>。(c)Example=Wire``.

Japanese and Korean pages set the picture's caption over the story and close it with the
rights holder after a copyright mark (``©``, ``ⓒ``, ``(c)``): ``…を示す判事(2031年9月1日撮影)。
(c)Example通信``, ``…사고가 발생했다. ⓒ 예시방송``. The line describes a picture, so it is never
the headline; it is a caption.

The shape: a sentence of the caption ends (a full stop in any script, or a closing bracket),
then the mark and a short holder (at most five words, 40 characters, no full stop of its own)
close the line. A headline has no full stop before a mark: "Studio wins suit over ©Example"
names the mark inside its words and stays a headline.
"""

from __future__ import annotations

import re

__all__ = ["is_copyright_caption"]

#: The caption's last sentence ends, then "(c) Holder" / "© Holder" / "ⓒ Holder" ends the line.
_TAIL = re.compile(
    r"[.。!?！？)）」』]\s*(?:©|ⓒ|\([cC]\))\s*(?P<holder>[^\s.。!?][^.。!?]{0,39})\s*$"
)
_HOLDER_WORDS = 5
_LONGEST = 400


def is_copyright_caption(text: str) -> bool:
    """Whether ``text`` is a caption closed by a copyright mark and its holder (module doc)."""
    if len(text) > _LONGEST or not any(mark in text for mark in ("©", "ⓒ", "(c)", "(C)")):
        return False
    match = _TAIL.search(text)
    if match is None or match.start() == 0:
        return False
    return len(match.group("holder").split()) <= _HOLDER_WORDS
