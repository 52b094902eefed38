"""A copyright footer naming the outlet: ``© 2031 The Example Press``, ``Copyright Reuters``.

Kept apart from :mod:`.sources`' other cues because it decides one question of its own: of
the copyright lines in an article's second half, which is the page's footer (the house that
owns the text) and which a picture's credit (``Jane Doe/Copyright 2031 The AP``, ``© JANE
DOE / AFP`` under a caption: the photographer's), in any form of the sign and in the
Korean (``저작권자 © 예시일보 무단전재 …``) and lower-case brand (``© 2031 exa. All rights
reserved``) forms. The holder is what stands before the reserved-rights formula, never a
word of it (``© Exa All rights reserved`` names ``Exa``: :mod:`.reserved_rights`).
"""

from __future__ import annotations

import re

from briefing.corpus.brand_copyright import lowercase_copyright
from briefing.corpus.furniture import ends_in_photo_credit
from briefing.corpus.glued_footer import circled_marks, footer_tail
from briefing.corpus.korean_credit import copyright_outlet
from briefing.corpus.outlet_name import NAME, plausible_outlet
from briefing.corpus.picture_credit import under_picture
from briefing.corpus.reserved_rights import holder_before_rights
from briefing.corpus.wire_cues import canonical_source

_COPYRIGHT = re.compile(
    # the marks may come in a row: "© Copyright ANSA", "Copyright (c) 2031 Example"
    # a year, or years, is the copyright's, never the start of a name: "2031トムソン…" is no
    # outlet, and a name written after it in a script no outlet name here starts with is none
    rf"(?:(?:©|\([cC]\)|[Cc]opyright|COPYRIGHT)\s*)+(?:\d{{4}}(?:\s*[-–]\s*\d{{4}})?\s*)?"
    rf"(?!(?:19|20)\d\d(?!\d))(?P<name>{NAME})"
)
_PHOTO_COPYRIGHT = re.compile(r"/\s*(?:©|[Cc]opyright)")
_COPYRIGHT_WORD = re.compile(r"\([cC]\)|copyright", re.IGNORECASE)


def copyright_footer(paragraphs: list[str]) -> str | None:
    """The outlet a copyright footer in the second half of ``paragraphs`` names, last
    paragraph first, or None."""
    # A copyright line is a footer only in the second half; near the top, or after a
    # photographer's name ("Jane Doe/Copyright 2024 The AP"), or before a photographer's name
    # and agency ("© JANE DOE / AFP", a picture's credit under its caption), it is a photo credit.
    for index in reversed(range(len(paragraphs) // 2, len(paragraphs))):
        text = footer_tail(circled_marks(paragraphs[index]))
        if _PHOTO_COPYRIGHT.search(text) or ends_in_photo_credit(text):
            continue
        if under_picture(paragraphs, index):  # "- © Jane ROE" under an image: its photographer
            continue
        if len(text) <= 200 and ("©" in text or _COPYRIGHT_WORD.search(text)):
            match = _COPYRIGHT.search(text)
            # "© Exa All rights reserved": the holder stops where the formula starts
            name = holder_before_rights(text, *match.span("name")) if match else ""
            if name and plausible_outlet(name):
                return canonical_source(name)
        house = copyright_outlet(text) or lowercase_copyright(text)
        if house:  # "저작권자 © 예시일보 무단전재 …", "© 2031 exa. All rights reserved"
            return house
    return None
