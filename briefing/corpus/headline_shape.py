"""Whether a plain-text line is shaped like a headline, and where the story's prose starts:
what :mod:`briefing.corpus.classify` asks when it picks an article's title."""

from __future__ import annotations

import re

from briefing.corpus import furniture as fx
from briefing.corpus.stamp_opening import opens_with_stamp

__all__ = ["headline_shaped", "is_prose", "word_count"]

#: Georgian's everyday letters (Mkhedruli). Unicode files them as small letters since
#: Mtavruli capitals were encoded (11.0), but Georgian writes no capital at a sentence's start:
#: Mtavruli is kept for text set all in capitals. So a Mkhedruli letter starts a sentence the
#: way a letter of a script without case does.
_GEORGIAN = "\u10d0-\u10ff"
#: A sentence's end followed by another sentence's start.
_SENTENCE_END = re.compile(rf"[.!?…][\"”»’)]?\s+[\"“„«(]?[A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐΑ-Ω{_GEORGIAN}]")
#: Han ideographs and kana: written without spaces between words.
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]")
#: Han ideographs alone (no kana): what a headline's words are counted by in Chinese or Japanese.
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_NO_SENTENCE_CASE = re.compile(f"[{_GEORGIAN}]")
#: A page's tag in brackets before the headline's first word: "(VIDEO) Ship sinks …",
#: "[ФОТО] …". Only a short tag with more words after it: "(Updated with comment)" is no tag.
#: A series tag in square brackets may hold two words and be glued to the headline
#: ("[예시 사건]英정부 …", "[Storm watch]Ports close"): pages print a running story's name so,
#: and the headline keeps it (the truth of every packet whose headline opens with one).
_TAG = re.compile(
    r"(?:\([^()\[\]\s]{1,12}\)\s+|\[[^()\[\]\s]{1,12}(?: [^()\[\]\s]{1,12})?\]\s*)(?=\S)"
)
#: A Chinese or Japanese headline's kicker in lenticular brackets, glued to the headline's first
#: word: "【見逃した人へ】…" ("for those who missed it"), "【快訊】…". The kicker is part of the
#: title. A bracket that ends in a credit's word is a story's credit over its lead, no kicker:
#: "【示例晚报讯】…", "【ワシントン時事】…" (:mod:`briefing.corpus.cjk_credit`).
_CJK_TAG = re.compile(r"\s*【(?P<tag>[^【】\s]{1,16})】\s*(?=[^\W\d_])")
_CREDIT_END = re.compile(r"(?:[讯訊电電]|報導|報道|报道|报导|時事|共同)$")


def is_prose(text: str) -> bool:
    """Two sentences or more, 25 words or more: a paragraph of the story. In a script written
    without spaces (Chinese, Japanese) words cannot be counted that way: there 60 of its
    characters and a full stop (``。``) with more text after it make one."""
    if fx.word_count(text) >= 25 and len(_SENTENCE_END.findall(text)) >= 1:
        return True
    head = text[:400]
    stop = head.find("。")
    return 0 <= stop < len(head.rstrip()) - 1 and len(_CJK.findall(head)) >= 60


def word_count(text: str) -> int:
    """Words, two Han characters counting as one more (no spaces in Chinese or Japanese: a
    headline there is one "word" long). Korean puts spaces between its words, so Hangul is
    counted by them alone: counted by its syllables too, a 13-word Korean headline came out
    at 30 "words", over the limit, and the product made up a title from its first words."""
    return fx.word_count(text) + len(_HAN.findall(text[:250])) // 2


def headline_shaped(text: str) -> bool:
    """3–25 words, starts like a sentence (after a bracketed tag such as "(VIDEO)", or a
    kicker "【…】" glued to a Chinese or Japanese headline), no final period/colon, not an
    all-caps label.

    Two Han characters count as a word (Chinese and Japanese put no space between words; Korean
    does, :func:`word_count`), and a letter of a script without case (Hangul, Han, Arabic) or
    without capitals at a sentence's start (Georgian) starts one. A line opening with the
    page's stamp (a full date, then a clock time: :mod:`.stamp_opening`) is none."""
    words = text.split()
    if not 3 <= word_count(text) <= 25 or len(text) > 250:
        return False
    tag = _TAG.match(text) or _cjk_tag(text)
    first = text[tag.end()] if tag else text[0]
    caseless = first.isalpha() and not first.islower() and not first.isupper()
    caseless = caseless or bool(_NO_SENTENCE_CASE.match(first))
    if text[-1] in ".:;,-–—。" or not (
        first.isupper() or first.isdigit() or caseless or first in "\"“‘«'"
    ):
        return False
    if text.isupper() and len(words) < 4 and not _mostly_caseless(text):
        return False  # an all-caps label; "…―MSクラウドに不具合" is upper only in "MS"
    return not fx.is_date_line(text) and not opens_with_stamp(text)  # "2031-03-04 17:41 …"


def _cjk_tag(text: str) -> re.Match[str] | None:
    """A kicker in ``【…】`` opening ``text`` (:data:`_CJK_TAG`), not a credit's bracket."""
    if not text.lstrip().startswith("【"):
        return None
    match = _CJK_TAG.match(text)
    return None if match is None or _CREDIT_END.search(match.group("tag")) else match


def _mostly_caseless(text: str) -> bool:
    """Most letters are of a script without case (Han, kana, Hangul, Arabic): ``isupper``
    then speaks of a Latin acronym inside, not of the line."""
    letters = [c for c in text if c.isalpha()]
    return sum(1 for c in letters if not (c.isupper() or c.islower())) * 2 > len(letters)
