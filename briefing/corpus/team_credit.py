"""A Korean news team's credit with its address: ``예시닷컴 뉴스팀 news@example.kr``.

Korean sites sign a desk's unsigned copy with the house's name, a team (팀, "team":
뉴스팀 "news team", 이슈팀 "issue team") and the team's e-mail address, on a line of its own
at the story's end (or under its headline). No reporter is named, so
:mod:`briefing.corpus.korean_byline` (which wants the title 기자, "reporter") reads nothing;
the house is the word before the team, and it counts only where it can be nothing but a
house (:func:`~briefing.corpus.korean_byline.is_house_word`: Latin letters or figures, five
syllables or more, or a house's closing word such as 일보 "daily" or 닷컴 "dot com").

Not a house's credit: ``온라인 뉴스팀 a@b.kr`` ("online news team": a desk of any house,
the word could be anyone's), ``사회부 뉴스팀`` (a department), a team named without its address
(a line of the story may say "the rescue team"), or a credit in running text (the whole line
must be the credit).
"""

from __future__ import annotations

import re

from briefing.corpus.korean_byline import is_house_word

__all__ = ["team_credit"]

_HANGUL = "\uac00-\ud7a3"
#: "<house> <team>팀 <address>", the whole line.
_LINE = re.compile(
    rf"(?P<house>[{_HANGUL}A-Za-z][{_HANGUL}A-Za-z0-9.&-]{{1,20}})\s+[{_HANGUL}]{{1,6}}팀"
    r"\s+[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
)
#: How many of the first and of the last paragraphs the credit may stand in.
_TOP = 4
_END = 4
#: The longest credit line.
_LENGTH = 80


def team_credit(paragraphs: list[str]) -> str | None:
    """The house a team's credit near the top or the end names (module doc), or None."""
    for text in paragraphs[:_TOP] + paragraphs[_TOP:][-_END:]:
        line = text.strip()
        if "팀" not in line or "@" not in line or len(line) > _LENGTH:
            continue
        match = _LINE.fullmatch(line)
        if match is not None and is_house_word(match.group("house")):
            return match.group("house")
    return None
