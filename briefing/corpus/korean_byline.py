"""A Korean reporter's byline naming the house: ``[예시투데이 홍길동 기자] <lead>``.

Korean papers and sites credit a story to its reporter with the title 기자 ("reporter"), and
many put the house's name beside the reporter's (made-up examples):

- a bracket opening the lead: ``[예시투데이 홍길동 기자] 예시시는 …`` — the house, the
  reporter (several joined by ``·`` or a comma: ``홍길동·김철수``), the title;
- a signature line of its own, at the top or the story's end, maybe with the reporter's
  address: ``예시일보 홍길동 기자``, ``홍길동 예시경제신문 기자 gildong@example.kr`` (the name
  first, then the house: "<name>, <house>'s reporter").

Which word is the house is read from the shape: a reporter's name is two to four Hangul
syllables, the house is the word left beside it, and it counts only when it cannot be a name
itself — it holds Latin letters or figures (``EXTV``, ``뉴스1``), runs to five syllables or more
(a Korean personal name never does), or ends in a word only a house's name ends in (일보
"daily", 신문 "newspaper", 뉴스 "news", 방송 "broadcasting", 통신 "agency", 투데이, 타임스,
경제 "economy", 닷컴 "dot com": a site). Two names side by side (``홍길동 김철수 기자``:
two reporters) name no house, nor does the reporter's desk (``홍길동 디지털뉴스부 기자``: a
department, 부, or a team, 팀), nor a city the reporter files from (``[로스앤젤레스 홍길동
기자]``).

Not a house's byline: ``홍길동 기자 gildong@example.kr`` (a reporter alone: the address's
domain is never read as a name), ``2031-03-04 17:41 홍길동 기자 <lead>`` (a stamp before the
name), a picture's credit ``사진=예시뉴스 홍길동 기자`` or ``ⓒ 예시뉴스 홍길동 기자`` (another
house's picture, or :func:`briefing.corpus.korean_credit.photographer_outlet`'s), a place and
a correspondent ``[워싱턴=홍길동 특파원]`` (:mod:`.korean_dateline`, :mod:`.desk_byline`), and
기자 inside a word (``기자회견``, "press conference").
"""

from __future__ import annotations

import re

__all__ = ["HOUSE_ENDS", "byline_bracket_end", "is_house_word", "korean_byline"]

_HANGUL = "\uac00-\ud7a3"
#: A reporter's name: two to four Hangul syllables; several joined by a middle dot or comma.
_NAME = rf"[{_HANGUL}]{{2,4}}"
_NAMES = rf"{_NAME}(?:\s*[·ㆍ,]\s*{_NAME}){{0,3}}"
#: The house's name: one word of Hangul, Latin letters and figures, opening with a letter
#: (``예시투데이``, ``EXTV``, ``뉴스1``): a stamp's figures (``2031-03-04``) are no house.
_HOUSE = rf"[{_HANGUL}A-Za-z][{_HANGUL}A-Za-z0-9.&-]{{1,20}}"
_TITLE = r"\s*기자"
#: "<house> <name(s)> 기자" or "<name> <house> 기자".
_HOUSE_FIRST = re.compile(rf"(?P<house>{_HOUSE})\s+(?P<names>{_NAMES}){_TITLE}")
_NAME_FIRST = re.compile(rf"(?P<names>{_NAME})\s+(?P<house>{_HOUSE}){_TITLE}")
#: The bracket opening a paragraph, then the lead (or nothing: the bracket alone on its line).
_BRACKET = re.compile(r"\s*[\[［]\s*(?P<inner>[^\[\]［］]{4,40}?)\s*[\]］]")
#: A reporter's address after the signature.
_ADDRESS = re.compile(r"\s+[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*$")
#: Words only a house's name ends in (a personal name never does); shared with
#: :mod:`briefing.corpus.lone_bracket`.
HOUSE_ENDS = ("일보", "신문", "뉴스", "방송", "통신", "투데이", "타임스", "경제", "닷컴")
_HOUSE_END = re.compile(rf"(?:{'|'.join(HOUSE_ENDS)})$")
#: A desk's closing word: a department (부) or a team (팀), as :mod:`.desk_byline` reads it.
_DESK = re.compile(r"[\uac00-\ud7a3](?:부|팀)$")
#: How many of the first and of the last paragraphs a byline may stand in.
_TOP = 8
_END = 6
#: The longest signature line (house, name, title and address).
_SIGNATURE_LENGTH = 80


#: A bracket's content that is a reporter's byline: it ends in the title 기자, maybe with the
#: wire's "=" after it (``홍길동 기자``, ``예시투데이 홍길동 기자``, ``홍길동 기자 =``), or a
#: house and its desk (``예시투데이=사회부``: a department's or a team's closing word).
_BYLINE_INNER = re.compile(r"(?:^|\s)기자\s*=?$|=\s*[\uac00-\ud7a3]{1,8}(?:부|팀)$")


def byline_bracket_end(text: str) -> int | None:
    """Where a reporter's byline in brackets opening ``text`` ends (``[예시투데이 홍길동 기자]
    예시시는 …``: the story starts after it), house named or not; else None. A stand-in title
    is cut from the story, not from its credit line."""
    bracket = _BRACKET.match(text)
    if bracket is None or not _BYLINE_INNER.search(bracket.group("inner")):
        return None
    return bracket.end() if text[bracket.end() :].strip() else None


def korean_byline(paragraphs: list[str]) -> str | None:
    """The house a Korean reporter's byline names (module doc), opening one of the first
    paragraphs in brackets or standing as a line of its own near the top or the end; None."""
    top = paragraphs[:_TOP]
    for text in top:
        if "기자" not in text[:44]:
            continue
        bracket = _BRACKET.match(text)
        if bracket is not None and (house := _house(bracket.group("inner"))):
            return house
    for text in top + paragraphs[_TOP:][-_END:]:
        line = text.strip()
        if "기자" not in line or len(line) > _SIGNATURE_LENGTH:
            continue
        house = _house(_ADDRESS.sub("", line))
        if house:
            return house
    return None


def _house(byline: str) -> str | None:
    """The house of a whole ``<house> <name> 기자`` / ``<name> <house> 기자`` byline, or None."""
    byline = byline.strip()
    for shape in (_HOUSE_FIRST, _NAME_FIRST):
        match = shape.fullmatch(byline)
        if match is not None and _not_a_name(match.group("house")):
            return None if _city(match.group("house")) else match.group("house")
    return None


def is_house_word(word: str) -> bool:
    """Whether ``word`` beside a credit can only be a house (module doc): no personal name,
    no desk, no city."""
    return _not_a_name(word) and not _city(word)


def _not_a_name(word: str) -> bool:
    """A word no Korean personal name can be: Latin letters or figures in it, five syllables
    or more, or a house's closing word."""
    if _DESK.search(word):
        return False  # "디지털뉴스부": the reporter's desk, not the house
    if re.search(r"[A-Za-z0-9]", word):
        return True
    return len(word) >= 5 or _HOUSE_END.search(word) is not None


def _city(word: str) -> bool:
    """Whether the word beside the reporter is a city (``[로스앤젤레스 홍길동 기자]``: where
    the reporter files from, :func:`briefing.geodata.is_city_name`), read only for a byline."""
    from briefing.geodata import is_city_name  # deferred: 0.4 s to load the cities

    return is_city_name(word)
