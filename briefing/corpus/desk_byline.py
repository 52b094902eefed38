"""A Korean paper's bracket byline of house and desk: ``[예시뉴스=사회부] <lead>``.

Korean outlets open a story with a bracket joining two names by ``=``: the house, then who
filed it. A wire writes the place first (``(서울=예시뉴스)``, :mod:`.korean_dateline`); a paper
without a reporter's name writes itself first and its desk after the sign: ``[예시일보=국제부]``,
``[예시뉴스 = 온라인뉴스팀]`` — a desk is a department (부) or a team (팀), a word no place and
no agency ends in. The house before the sign is the outlet.

Not a desk byline: ``[서울=예시뉴스]`` and ``(로이터=예시통신)`` (a place or a picture's agency
before an agency: the name after the sign is no desk), ``[워싱턴=홍길동 특파원]`` (a place and
a correspondent: no desk), a bracket inside a sentence, or one past the story's first lines.
"""

from __future__ import annotations

import re

__all__ = ["desk_byline"]

_HANGUL = "\uac00-\ud7a3"
_BYLINE = re.compile(
    rf"\s*[\[［【(（]\s*(?P<house>[{_HANGUL}A-Za-z0-9][{_HANGUL}A-Za-z0-9.& ]{{0,14}}?)\s*=\s*"
    rf"(?P<desk>[{_HANGUL}A-Za-z ]{{1,12}}?[{_HANGUL}](?:부|팀))\s*[\]］】)）]"
)
#: The byline opens one of the story's first paragraphs (a caption and its label may come first).
_REACH = 8


def desk_byline(paragraphs: list[str]) -> str | None:
    """The house of a ``[<house>=<desk>]`` byline opening one of the first paragraphs."""
    for text in paragraphs[:_REACH]:
        if "=" not in text[:40]:
            continue
        match = _BYLINE.match(text)
        if match is not None:
            return match.group("house").strip()
    return None
