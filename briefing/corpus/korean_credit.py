"""How a Korean broadcaster or site signs its own story.

Two signatures name the house that published the story (made-up examples):

- a broadcast reporter's sign-off, the last line of the report before the page's hashtags and
  tip lines: ``예시시 현장에서 예시뉴스 홍길동입니다.`` / ``ABC 뉴스 홍길동입니다.`` ("from
  <place>, <outlet> <reporter>, signing off"), maybe with the reporter's title
  (``예시TV 홍길동 기자입니다``): the outlet, then a three-syllable name glued to 입니다, the
  whole paragraph (:func:`signoff_outlet`). What stands before the name is an outlet only when
  it says so: it ends in 뉴스 or 방송 ("news", "broadcasting"), or holds Latin capitals
  (``ABC``, ``예시TV``) — never a person's name or a place. An anchor's hand-over names the
  reporter, not the house (``예시시에서 홍길동 특파원입니다``: "from <place>, correspondent
  <name>"), and ``이상 ABC 보도였습니다`` ("that was ABC's report") cites another;
- an item read without a reporter closes with the house's news alone, ``ABC 뉴스`` ("ABC
  news") as the story's last line (:func:`signature_outlet`);
- a copyright footer: ``저작권자 © 예시일보 무단전재 및 재배포 금지`` ("copyright holder ©
  <outlet>, no reproduction or redistribution"), ``©'예시 경제신문' 예시일보. 무단전재·재배포
  금지`` (the paper's motto in quotes before its name),
  ``Copyright ⓒ 예시일보. All rights reserved``:
  a copyright mark and the name, on a line that says it is a copyright holder's (저작권자) or
  forbids copying (무단 …, "All rights reserved") (:func:`copyright_outlet`). A picture's credit
  (``사진 ⓒ 예시통신``) says neither. The label and the ban may stand without the mark
  (``[저작권자 Example/ 무단복사, 무단전재 …]``): the line says whose copyright it is in words,
  so the name counts in Latin letters too;
- a picture's credit naming the house's own photographer: ``ⓒ Example 홍길동 기자`` closing
  a caption ("© <house>, reporter <name>"): the reporter is on the house's staff, so the house
  published the story; an agency's picture the house passed on (``ⓒ 로이터=Example``:
  "Reuters via <house>") may stand before it, and names a source. A house whose pictures a
  story borrows credits them without a staff reporter of the story's own (``사진=예시뉴스``),
  and credits naming two houses are silent (:func:`photographer_outlet`).
"""

from __future__ import annotations

import re

__all__ = ["copyright_outlet", "photographer_outlet", "signature_outlet", "signoff_outlet"]

_HANGUL = "\uac00-\ud7a3"
#: "…에서 예시뉴스 홍길동입니다." — a place (maybe several words, the last ending in 에서), the
#: outlet (maybe "ABC 뉴스", two words), the reporter's three-syllable name and title.
_SIGNOFF = re.compile(
    rf"(?:(?:\S+\s+){{0,4}}\S+에서\s+)?(?P<outlet>\S+(?:\s뉴스)?)\s+"
    rf"(?!특파원)[{_HANGUL}]{{3}}(?:\s*(?:기자|특파원|앵커))?입니다\.?"
)
#: An outlet's own word: ends in "news" or "broadcasting", or Latin capitals ("ABC", "예시TV").
_OUTLET_WORD = re.compile(r"(?:뉴스|방송)$|[A-Z]{2,}")
#: How many closing paragraphs the sign-off may stand in (hashtags, a tip line, "(끝)" after it).
_SIGNOFF_REACH = 6


def signoff_outlet(paragraphs: list[str]) -> str | None:
    """The outlet a reporter's sign-off among the last paragraphs names (module doc), or the
    house's signature line closing the story (:func:`signature_outlet`), or None."""
    for text in reversed([t.strip() for t in paragraphs[-_SIGNOFF_REACH:]]):
        if len(text) > 60 or not text.endswith(("입니다", "입니다.")):
            continue
        match = _SIGNOFF.fullmatch(text)
        if match is None:
            continue
        outlet = match.group("outlet")
        if " " in outlet:  # "ABC 뉴스": the broadcaster's news, the broadcaster's name
            outlet = outlet.removesuffix(" 뉴스")
            if not re.search("[A-Z]", outlet):
                continue  # "오늘의 뉴스" ("today's news"): a programme, no house
        if _OUTLET_WORD.search(outlet) and re.fullmatch(rf"[{_HANGUL}A-Za-z0-9]+", outlet):
            return outlet
    return signature_outlet(paragraphs)


#: "VOA 뉴스" alone: a house's Latin initials and "news", the whole closing line.
_SIGNATURE = re.compile(r"(?P<outlet>[A-Z][A-Z0-9]{1,5})\s?뉴스\.?")


def signature_outlet(paragraphs: list[str]) -> str | None:
    """The house a Korean story's signature line names: ``VOA 뉴스`` ("<house> news") on the
    story's last line, alone, after a paragraph of Korean text; else None.

    A broadcaster's item read out without a reporter signs off with the house's news alone;
    the sign-off above names a reporter too. Only Latin initials count ("관련 뉴스", "related
    news", and "많이 본 뉴스", "most read", are the page's lists, no house), only on the last
    line (the same words in a sentence or mid-page cite or list), and only after Korean prose.
    """
    texts = [t.strip() for t in paragraphs[-3:] if t.strip()]
    if len(texts) < 2 or (match := _SIGNATURE.fullmatch(texts[-1])) is None:
        return None
    return match.group("outlet") if re.search(f"[{_HANGUL}]", texts[-2]) else None


_MARK = r"(?:[©ⓒⒸ]|\([cC]\)|[Cc]opyright)"
#: The mark (maybe twice: "Copyright ⓒ"), a year, the paper's motto in quotes (``ⓒ'예시
#: 경제신문' 예시일보``: "the global economic paper"), and the outlet's name: one word.
_COPYRIGHT = re.compile(
    rf"(?:(?P<label>저작권자\s*)(?:{_MARK}\s*)*|(?:{_MARK}\s*)+)(?:(?:19|20)\d\d\s*)?"
    r"(?:['‘\"“][^'‘’\"“”]{1,40}['’\"”]\s*)?"
    rf"(?P<name>[{_HANGUL}A-Za-z][{_HANGUL}A-Za-z0-9]{{1,15}})"
)
#: What makes the line a copyright holder's: no copying without leave, all rights reserved.
_RESERVED = re.compile(r"무단|[Aa]ll [Rr]ights")


def copyright_outlet(text: str) -> str | None:
    """The outlet a Korean copyright footer names (module doc), or None; only a name holding
    Hangul (a Latin one is left to the general copyright rule)."""
    if len(text) > 200 or not re.search(f"[{_HANGUL}]", text):
        return None
    match = _COPYRIGHT.search(text)
    if match is None:
        return None
    name = match.group("name")
    marked = re.search(_MARK, match.group(0)) is not None
    if name.startswith("무단"):
        return None  # "ⓒ 무단전재 금지": no name, only the ban
    if not match.group("label") and not _RESERVED.search(text, match.end()):
        return None  # "사진 ⓒ 예시통신": a picture's credit
    # A Latin name is left to the general copyright rule, which needs the mark; a holder's
    # label and the ban without it ("[저작권자 Example/ 무단복사 …]") name it here.
    latin_unmarked = bool(match.group("label")) and not marked
    if not re.search(f"[{_HANGUL}]", name) and not (
        latin_unmarked and _RESERVED.search(text, match.end())
    ):
        return None
    return name


#: "ⓒ Example 홍길동 기자" closing a caption: the mark, the house (one word), the reporter's
#: Hangul name and title, nothing after.
_STAFF_CREDIT = re.compile(
    rf"[©ⓒⒸ]\s*(?P<house>[{_HANGUL}A-Za-z][{_HANGUL}A-Za-z0-9.]{{1,15}})\s+"
    rf"[{_HANGUL}]{{2,4}}\s*(?:기자|특파원)\s*$"
)


def photographer_outlet(paragraphs: list[str]) -> str | None:
    """The house whose staff photographer the pictures' credits name (module doc), when
    every such credit names the same one; None otherwise."""
    houses = {
        match.group("house")
        for text in paragraphs
        if ("ⓒ" in text or "©" in text or "Ⓒ" in text)
        and (match := _STAFF_CREDIT.search(text[-60:])) is not None
    }
    return houses.pop() if len(houses) == 1 else None
