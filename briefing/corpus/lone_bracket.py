"""A source's name alone in brackets at the top of a story: ``【EXTV】``, ``[EXTV]``.

Chinese-language pages of foreign stations and wires set their credit over the lead as a line
of its own, the name in lenticular (or square) brackets and nothing else, where a Chinese paper
writes ``【示例晚报讯】`` (:mod:`briefing.corpus.cjk_credit`). The line says who wrote the story
as plainly as a dateline does; a page's date label may open it (``date 2031-03 【EXTV】``).

The same brackets hold a section's or a topic's name (``【社会】``, ``【NBA】``, ``【PR】``,
``【VIDEO】``), so the name is read only when

- it is Latin capitals and digits (a call sign or an acronym, two to eight of them, full-width
  forms read as ASCII), no common word of a main language (``NEWS``, ``LIVE``, ``VIDEO``, an
  advertiser's ``AD``), or Han characters ending in an agency's or a paper's word (社, 報, 报)
  or a news house's word the Chinese credits know (新聞, 電視台, 衛視, 通信, …:
  :data:`briefing.corpus.cjk_credit.NEWS_WORDS`) after two characters at least
  (``【示例社】``, ``【示例新聞】``); a place's or a section's name (``【北京】``, ``【社会】``,
  ``【国际】``, ``【社説】``) ends in none, and a section's name before a news word
  (``【国际新闻】``, ``【財經新聞】``: "international news", "finance news") is a rubric;
- it is one of the first three paragraphs, above the first paragraph of prose, and the lead
  follows it: prose, or one sentence of twelve words or more (two Han characters a word);
- the story never names it again: a topic's tag (``【NBA】`` over a story about the league)
  is the story's subject, a credit is said once.

A name the text supports is returned as written, a misspelt call sign too: the text says no
more.
"""

from __future__ import annotations

import re

from briefing.corpus.cjk_credit import NEWS_WORDS
from briefing.corpus.colon_dateline import wire_like
from briefing.corpus.headline_shape import is_prose, word_count
from briefing.corpus.labels import read_label

__all__ = ["lone_bracket_source"]


def _words(text: str) -> frozenset[str]:
    """The words of a list written as one string."""
    return frozenset(text.split())


_FULL_WIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}
_LONE = re.compile(
    r"\s*[【\[〔](?P<name>[A-Z][A-Z0-9]{1,7}"
    rf"|(?P<house>[\u4e00-\u9fff]{{2,7}}?)(?:{'|'.join(NEWS_WORDS)}|[社報报]))[】\]〕]\s*"
)
#: What a news page files its stories under, before a news word in a bracket: "international",
#: "domestic", "local", "cross-strait", "finance", "sports", "entertainment", "technology",
#: "society", "current affairs", "today's", "latest", "headline", "hot", "breaking",
#: "important", "military", "politics", "economy", "picture", "video" news (simplified and
#: traditional): a rubric's name, no house's.
_SECTIONS = _words(
    "国际 國際 国内 國內 本地 两岸 兩岸 港澳 财经 財經 体育 體育 娱乐 娛樂 科技 社会 社會 "
    "时事 時事 今日 最新 头条 頭條 热点 熱點 即时 即時 突发 突發 要闻 要聞 重要 军事 軍事 "
    "政治 经济 經濟 图片 圖片 视频 視頻 综合 綜合"
)
_TOP = 3
_STOP = re.compile(r"[.!?。！？][\"”»’」』）)]*\s*$")


def lone_bracket_source(paragraphs: list[str]) -> str | None:
    """The source named alone in brackets over the lead (module docstring), or None."""
    for index, text in enumerate(paragraphs[:_TOP]):
        if is_prose(text):
            return None
        if "【" not in text and "[" not in text and "〔" not in text:
            continue
        label = read_label(text)
        start = label.end if label is not None else 0
        match = _LONE.fullmatch(text.translate(_FULL_WIDTH), start)
        if match is None or index + 1 >= len(paragraphs) or not _lead(paragraphs[index + 1]):
            continue
        name = match.group("name")
        if name.isascii() and not wire_like(name):
            continue
        if match.group("house") in _SECTIONS:
            continue  # "【国际新闻】": a rubric
        if not _said_again(name, paragraphs, index):
            return name
    return None


def _said_again(name: str, paragraphs: list[str], index: int) -> bool:
    """Whether the story names ``name`` past its bracket: a Latin name as a word of its own
    (Han or kana may touch it, ``EXTV週三宣布``), a Han one anywhere."""
    if name.isascii():
        pattern = re.compile(rf"(?<![A-Za-z0-9]){re.escape(name)}(?![A-Za-z0-9])")
    else:
        pattern = re.compile(re.escape(name))
    return any(pattern.search(text) for text in paragraphs[index + 1 :])


def _lead(text: str) -> bool:
    """A story's first paragraph: prose, or a sentence of twelve words or more."""
    return is_prose(text) or (word_count(text) >= 12 and bool(_STOP.search(text)))
