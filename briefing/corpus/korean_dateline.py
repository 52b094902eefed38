"""A Korean wire's dateline: ``(서울=예시뉴스) 홍길동 기자 = <lead>``.

Korean agencies open a story with the place and the agency joined by ``=`` in brackets, then
the reporter (or several: ``홍길동 김철수 특파원``) and their title (기자 "reporter", 특파원
"correspondent", 통신원 "stringer") and another ``=`` before the lead; a story filed from two
cities joins them with a middle dot (``(제네바·모스크바=예시뉴스)``). The agency after the
``=`` wrote the story, so it is the outlet, as ``MOSCOW (AP) —`` names AP. Some houses
print it in lenticular brackets and spaced, ``【서울 = 예시뉴스】홍길동 기자 =``, and one that
rewrote a wire's report names the wire first, ``【런던 = AP/예시뉴스】``: the house is the
part after the slash (the wire is its source, as under a picture).

Look-alikes that are not a dateline: a picture's credit ``(로이터=예시통신)`` ("Reuters via
<agency>") has no reporter and no ``=`` after it; a caption set in the same shape
(``(서울=예시뉴스) 홍길동 기자 = 29일 서울 …`` ending in the photographer's e-mail or the
day's stamp ``2031.1.29``) dates and credits a picture, so a text ending in an address or a
stamp, or a lead too short to be a story's, is skipped. A short lead still opens a story when
a paragraph of story runs on under it (a lead of one sentence over the next paragraph, both
finished sentences): a caption stands alone over its picture, or ends in its stamp.
"""

from __future__ import annotations

import re

__all__ = ["korean_dateline_agency"]

_HANGUL = "\uac00-\ud7a3"
#: The agency after the ``=``, maybe after the wire whose report it carries and a slash
#: (``AP/예시뉴스``): the house is the part after the slash.
_AGENCY = rf"(?:[{_HANGUL}A-Za-z0-9]{{2,12}}\s*/\s*)?(?P<agency>[{_HANGUL}A-Za-z0-9]{{2,12}})"
_DATELINE = re.compile(
    rf"\s*(?P<open>[(【])(?P<places>[{_HANGUL}A-Za-z]+(?:\s*[·ㆍ・,]\s*[{_HANGUL}A-Za-z]+){{0,3}}"
    rf"(?:\s+[{_HANGUL}A-Za-z]+)?)"
    rf"\s*=\s*{_AGENCY}\s*(?P<close>[)】])\s*"
    rf"(?:[{_HANGUL}]{{2,4}}[\s·,]+){{1,4}}(?:기자|특파원|통신원)\s*=\s*"
)
_PAIRS = {"(": ")", "【": "】"}
#: A picture's caption ends in its photographer's address or the day's stamp.
_CAPTION_END = re.compile(
    r"@[\w.-]+\s*$|\d{4}\.\d{1,2}\.\d{1,2}\.?\s*$|[\[(][^\[\]()]*사진[\])]\s*$"
)
#: A story's lead runs on past a caption's few words.
_LEAD = 60
#: A lead this long at least may be one sentence, when a paragraph of story follows it.
_SHORT_LEAD = 40
#: A finished sentence: Korean's declarative "다." (or any stop) closes it.
_STOP = re.compile(r"[.!?。]\s*$")
#: The dateline opens one of the story's first paragraphs (a portal's menus may come before).
_REACH = 12


def korean_dateline_agency(paragraphs: list[str]) -> str | None:
    """The agency of a Korean wire dateline opening one of the first paragraphs, or None."""
    for at, text in enumerate(paragraphs[:_REACH]):
        if "=" not in text[:80]:
            continue
        match = _DATELINE.match(text)
        if match is None or _PAIRS[match.group("open")] != match.group("close"):
            continue
        lead = text[match.end() :].strip()
        if _CAPTION_END.search(lead[-80:]):
            continue
        if len(lead) >= _LEAD or _runs_on(lead, paragraphs[at + 1 : at + 2]):
            return match.group("agency")
    return None


def _runs_on(lead: str, below: list[str]) -> bool:
    """Whether a short lead of one finished sentence has a paragraph of story under it, a
    finished sentence as long as a lead (module doc)."""
    if len(lead) < _SHORT_LEAD or not _STOP.search(lead) or not below:
        return False
    story = below[0].strip()
    return len(story) >= _LEAD and _STOP.search(story) is not None
