"""A Chinese reporter's or text credit on a line of its own: ``記者張三/綜合報導``, ``文/示例社``.

Taiwanese and Hong Kong sites set the story's credit on its own line between the picture and
the lead: ``記者<name>/<place>報導`` ("reporter <name> / report from <place>", or
``綜合報導``, "compiled report"; or ``記者<name>/編譯``, "… / translated", and
``/整理``, "… / compiled", for a story made from foreign reports) or ``文/<writer or
house>`` ("text: …"). The line states who
wrote the story, never what it is about, so it is never the headline: with no other headline
the title is the guessed one. The author and the house are still read from the line by the
readers that read credits (:mod:`.cjk_credit`, the bylines); this module only says the line
is a page line.

The shape is strict, so a headline is not taken: the credit word opens the line, a slash
(half or full width) follows the name, and a reporter's line ends in a report word
(報導/报道, or 編譯/编译, 整理 right after the slash); ``記者會上…`` ("at the press
conference …") has no slash and stays a headline, and so does a headline with a slash that
does not end in a report word.
"""

from __future__ import annotations

import re

__all__ = ["is_reporter_line"]

_HAN = r"\u4e00-\u9fff"
#: "記者張三/綜合報導", "记者 李四、王五／台北报道", "實習記者張三/外電報導": the trade, one
#: name or several, a slash, maybe a place or "compiled", then the report word.
_REPORTER = re.compile(
    rf"(?:實習|实习|駐\S{{1,4}}|驻\S{{1,4}})?(?:記者|记者|編譯|编译|撰稿|特派員|特派员)\s*"
    rf"[{_HAN}·]{{2,5}}(?:\s*[、,，與与]\s*[{_HAN}·]{{2,5}})*\s*[/／]\s*"
    rf"(?:[{_HAN}]{{0,6}}?(?:綜合|综合|外電|外电)?(?:報導|报道)|(?:綜合|综合)?(?:編譯|编译|整理))"
)
#: "文/示例社", "文、圖／張三", "撰文/李四": the text's credit, a house or a writer.
_TEXT = re.compile(
    rf"(?:文字?|撰文)(?:\s*[、,，與与及&]\s*[圖图攝摄])?\s*[/／]\s*"
    rf"[{_HAN}·A-Za-z]{{1,10}}(?:\s+[{_HAN}]{{2,4}})?"
)
_LONGEST = 30


def is_reporter_line(text: str) -> bool:
    """Whether ``text`` is nothing but a reporter's or a text credit (module doc)."""
    line = text.strip()
    if len(line) > _LONGEST:
        return False
    return _REPORTER.fullmatch(line) is not None or _TEXT.fullmatch(line) is not None
