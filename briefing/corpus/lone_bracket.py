"""A source's name alone in brackets at the top of a story: ``【EXTV】``, ``[EXTV]``.

Chinese-language pages of foreign stations and wires set their credit over the lead as a line
of its own, the name in lenticular (or square) brackets and nothing else, where a Chinese paper
writes ``【示例晚报讯】`` (:mod:`briefing.corpus.cjk_credit`); Japanese and Korean pages that
carry a paper's or an agency's story do the same (``[示例新聞]``, ``[예시뉴스]``), some with the
name printed again alone on the next line (the house's logo, read as text). The line says who
wrote the story as plainly as a dateline does; a page's date label may open it (``date 2031-03
【EXTV】``).

The same brackets hold a section's or a topic's name (``【社会】``, ``【NBA】``, ``【PR】``,
``【VIDEO】``), so the name is read only when

- it is Latin capitals and digits (a call sign or an acronym, two to eight of them, full-width
  forms read as ASCII), no common word of a main language (``NEWS``, ``LIVE``, ``VIDEO``, an
  advertiser's ``AD``), or Han characters ending in an agency's or a paper's word (社, 報, 报)
  or a news house's word the Chinese credits know (新聞, 電視台, 衛視, 通信, …:
  :data:`briefing.corpus.cjk_credit.NEWS_WORDS`) after two characters at least
  (``【示例社】``, ``【示例新聞】``); a place's or a section's name (``【北京】``, ``【社会】``,
  ``【国际】``, ``【社説】``) ends in none, and a section's name before a news word
  (``【国际新闻】``, ``【財經新聞】``: "international news", "finance news") is a rubric; or
  Hangul ending in a word only a Korean house's name ends in (일보, 신문, 뉴스, 방송, 통신, …:
  :data:`briefing.corpus.korean_byline.HOUSE_ENDS`) after one syllable at least
  (``[예시일보]``, ``[예시뉴스]``), a section's name before "news" or "broadcast" (``[국제뉴스]``,
  ``[스포츠뉴스]``) a rubric again, and a rubric's tag (``[포토]``, ``[속보]``) no house;
- it is one of the first eight paragraphs, above the first paragraph of prose, and the lead
  follows it: prose, or one sentence of twelve words or more (two Han characters a word),
  maybe after the name again alone on its line. One paragraph of prose may stand above it
  when the lead under it opens with that paragraph: a standfirst the page prints again as
  the story's first sentence (headline, summary, credit, story); a bracket under any other
  prose is inside the story;
- the story never names it again (that line aside): a topic's tag (``【NBA】`` over a story
  about the league) is the story's subject, a credit is said once.

A name the text supports is returned as written, a misspelt call sign too: the text says no
more.
"""

from __future__ import annotations

import re

from briefing.corpus.cjk_credit import NEWS_WORDS
from briefing.corpus.colon_dateline import wire_like
from briefing.corpus.headline_shape import is_prose, word_count
from briefing.corpus.korean_byline import HOUSE_ENDS
from briefing.corpus.labels import read_label

__all__ = ["lone_bracket_source"]


def _words(text: str) -> frozenset[str]:
    """The words of a list written as one string."""
    return frozenset(text.split())


_FULL_WIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}
_LONE = re.compile(
    r"\s*[【\[〔](?P<name>[A-Z][A-Z0-9]{1,7}"
    rf"|(?P<house>[\u4e00-\u9fff]{{2,7}}?)(?:{'|'.join(NEWS_WORDS)}|[社報报])"
    rf"|(?P<hangul>[\uac00-\ud7a3]{{1,8}}?)(?P<end>{'|'.join(HOUSE_ENDS)}))[】\]〕]\s*"
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
#: The same for Korean rubrics before 뉴스 "news" or 방송 "broadcast": "international",
#: "domestic", "politics", "economy", "society", "culture", "sports", "entertainment",
#: "living", "local", "world", "today's", "main", "related", "latest", "breaking", "popular",
#: "real-time", "headline", "photo", "video", "science", "IT" news.
_KOREAN_SECTIONS = _words(
    "국제 국내 정치 경제 사회 문화 스포츠 연예 생활 지역 세계 오늘 오늘의 주요 관련 최신 "
    "속보 인기 실시간 헤드라인 포토 영상 과학 산업 금융 증권 전국 종합"
)
_RUBRIC_ENDS = frozenset({"뉴스", "방송"})
_TOP = 8
_STOP = re.compile(r"[.!?。！？][\"”»’」』）)]*\s*$")


def lone_bracket_source(paragraphs: list[str]) -> str | None:
    """The source named alone in brackets over the lead (module docstring), or None."""
    standfirst: str | None = None
    for index, text in enumerate(paragraphs[:_TOP]):
        if is_prose(text):
            if standfirst is not None:
                return None  # past a second paragraph of prose: inside the story
            standfirst = text.strip()
            continue
        if "【" not in text and "[" not in text and "〔" not in text:
            continue
        label = read_label(text)
        start = label.end if label is not None else 0
        match = _LONE.fullmatch(text.translate(_FULL_WIDTH), start)
        if match is None:
            continue
        name = match.group("name")
        after = index + 1
        if after < len(paragraphs) and paragraphs[after].strip() == name:
            after += 1  # "[示例新聞]" over "示例新聞": the credit, then the house's logo as text
        if after >= len(paragraphs) or not _lead(paragraphs[after]):
            continue
        if standfirst is not None and not paragraphs[after].strip().startswith(standfirst):
            return None  # under the story's first paragraph, not under its standfirst
        if name.isascii() and not wire_like(name):
            continue
        if match.group("house") in _SECTIONS or _korean_rubric(match):
            continue  # "【国际新闻】", "[국제뉴스]": a rubric
        if not _said_again(name, paragraphs, after):
            return name
    return None


def _korean_rubric(match: re.Match[str]) -> bool:
    """Whether a Hangul name is a section's name before "news" or "broadcast"."""
    return match.group("end") in _RUBRIC_ENDS and match.group("hangul") in _KOREAN_SECTIONS


def _said_again(name: str, paragraphs: list[str], start: int) -> bool:
    """Whether the story names ``name`` from paragraph ``start`` on: a Latin name as a word of
    its own (Han or kana may touch it, ``EXTV週三宣布``), a Han or Hangul one anywhere."""
    if name.isascii():
        pattern = re.compile(rf"(?<![A-Za-z0-9]){re.escape(name)}(?![A-Za-z0-9])")
    else:
        pattern = re.compile(re.escape(name))
    return any(pattern.search(text) for text in paragraphs[start:])


def _lead(text: str) -> bool:
    """A story's first paragraph: prose, or a sentence of twelve words or more."""
    return is_prose(text) or (word_count(text) >= 12 and bool(_STOP.search(text)))
