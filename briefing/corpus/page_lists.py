"""Lists of other stories and labels a page sets around the article: never the article.

A saved excerpt often runs on past the story into the page's lists:

- a **related list**: a label ("Related", "Read also", "Lire aussi", "Leer más",
  "Читайте также", "관련기사", "相关新闻", "関連記事", "اقرأ أيضا", "Recent Posts") and the
  headlines of other stories under it, up to the footer;
- a **teaser run**: headlines of other stories, each with a relative stamp ("4 小时 ago",
  "2 hours ago", "il y a 3 heures", "3 часа назад"): two stamps or more at a list's spacing;
- a **keyword list**: "Keywords:", "Ключевые слова:", "Tags:" and the words after it.

Their headlines read as events of the story (a quake elsewhere, a later launch) and their
names as its topics, so each is marked ``boilerplate``: kept and shown folded, never dropped.
The article's own text must never be caught, so an item of a list is a *headline*: short and
not ending in a full stop. A story's paragraph ends with one, and the list stops at it. A
sentence that says "read also" or "2 hours ago" inside it is prose, never a label or a stamp.

:func:`split_related_tail` handles a page read as one line: a related label after a
sentence's end whose rest runs to a rights notice (``… 관련기사 <headlines> … © Example. 무단전재``)
is cut off as its own paragraph.
"""

from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING

from briefing.analysis.case_clues import clue_set, holds
from briefing.analysis.case_clues import folded as clue_fold
from briefing.corpus import furniture as fx
from briefing.corpus.heads import is_relative_time
from briefing.corpus.paragraphs import RawParagraph
from briefing.corpus.taxonomy import is_tag_list, keyword_rest

if TYPE_CHECKING:
    from briefing.model import ParagraphKind

__all__ = ["is_list_label", "mark_page_lists", "split_related_tail"]

#: The label over a list of other stories, in the briefing's languages.
_RELATED = (
    r"related(?: (?:stories|articles?|news|posts|content|coverage|reading|links))?"
    r"|read (?:also|more|next)|see also|also read|more (?:stories|news|from \w+(?: \w+)?)"
    r"|recent posts|latest (?:news|posts|stories)|most (?:read|popular|viewed)|you may also like"
    r"|top (?:articles|stories|news)(?: in [\w ]{1,20})?|recommended(?: for you| stories| videos?)?"
    r"|(?:à )?lire aussi(?: sur [\w' ]{1,30})?|voir aussi|sur le même sujet"
    r"|dans la même rubrique|les plus lus"
    r"|lee también|leer más|ver también|noticias relacionadas|te puede interesar|lo más leído"
    r"|v[ií]deos? recomendados?|recomendados?"
    r"|leia também|veja também|leia mais|notícias relacionadas|saiba mais"
    r"|lesen sie auch|mehr zum thema|das könnte sie auch interessieren|meistgelesen"
    r"|leggi anche|articoli correlati|lees ook|gerelateerd"
    r"|читайте также|смотрите также|по теме|другие новости|похожие новости|новости по теме"
    r"|топ-новости|главные новости|последние новости|свежие новости(?: \w+)?"
    r"|читайте також|дивіться також|інші новини|схожі новини"
    r"|ilgili haberler|diğer haberler|czytaj (?:też|także|więcej)|zobacz (?:też|także)"
    r"|διαβάστε (?:επίσης|ακόμα)|δείτε επίσης|τελευτα[ίι]ες ειδ[ήη]σεις|citește și|vezi și"
    r"|관련\s?기사|관련\s?뉴스|많이 본 뉴스|相关新闻|相關新聞|相关阅读|相關閱讀|延伸阅读|延伸閱讀"
    r"|相关文章|相關文章|推荐内容|推薦內容|推荐阅读|推薦閱讀|最新文章|热门文章|関連記事|関連ニュース|こちらもおすすめ"
    r"|اقرأ أيضا|اقرأ أيضاً|إقرأ أيضا|إقرأ أيضاً|اقرأ المزيد|مواضيع ذات صلة|أخبار ذات صلة"
)
_LABEL = re.compile(rf"\W{{0,3}}(?:{_RELATED})\W{{0,3}}", re.I)
#: A label on its own inside a paragraph, after a sentence's end, then more text.
_INLINE_LABEL = re.compile(rf"(?<=[.!?。”\"’'])\s+(?:{_RELATED})\s+(?=\S)", re.I)
#: What ends a page: a rights notice in any of the briefing's languages.
_RIGHTS_END = re.compile(
    r"©|\(c\)\s|all rights reserved|무단\s?전재|재배포 금지|版权所有|版權所有|無断転載"
    r"|не допускается"
    r"|tous droits réservés|todos los derechos|alle rechte vorbehalten|جميع الحقوق محفوظة",
    re.I,
)
#: A piece every match of :data:`_RIGHTS_END` writes (folded as :mod:`briefing.analysis.case_clues`
#: folds, so the test never says no where the case-blind pattern matches).
_RIGHTS_CLUES = clue_set(
    ("©", "(c)", "all rights reserved", "무단", "재배포 금지", "版权所有", "版權所有", "無断転載",
     "не допускается", "tous droits réservés", "todos los derechos", "alle rechte vorbehalten",
     "جميع الحقوق محفوظة")
)  # fmt: skip
#: Those an ASCII text can hold (``str.isascii`` is answered without reading the text): most
#: paragraphs' tails are asked four words, not thirteen (issue 15).
_ASCII_RIGHTS_CLUES = tuple(clue for clue in _RIGHTS_CLUES if clue.isascii())
#: Relative stamps in scripts written without spaces: "3小时前", "3時間前", "3시간 전".
_CJK_RELATIVE = re.compile(
    r"\d{1,3}\s*(?:分钟|分鐘|小时|小時|天|分|時間|日|분|시간|일)\s*(?:前|전)"
)
#: A sentence's end inside a list, not an ellipsis ("…발견...용의자 검거").
_FULL_STOP = re.compile(r"(?<!\.)[.!?。](?!\.)\s")
_HEADLINE_WORDS = 30
_HEADLINE_CHARS = 160
#: Paragraphs of one teaser between two stamps, at most (a headline and a credit or a dek).
_TEASER_SPAN = 3


def is_list_label(text: str) -> bool:
    """A paragraph that is nothing but the label of a list of other stories."""
    return len(text) <= 60 and bool(_LABEL.fullmatch(text.strip()))


def _is_stamp(text: str) -> bool:
    """A short line that is (or ends in) a relative time: when the page was read."""
    if is_relative_time(text):
        return True
    return len(text) <= 30 and bool(_CJK_RELATIVE.search(text))


def _is_headline(text: str) -> bool:
    """An item of a list: short, and not a sentence of the story (no full stop at its end)."""
    text = text.strip()
    if not text or fx.word_count(text) > _HEADLINE_WORDS or len(text) > _HEADLINE_CHARS:
        return False
    return text[-1] not in ".!?。！？:;"


def mark_page_lists(texts: list[str], kinds: list[ParagraphKind]) -> None:
    """Mark related lists, teaser runs and keyword lists as ``boilerplate`` (in place)."""
    _mark_related(texts, kinds)
    _mark_teasers(texts, kinds)
    _mark_keywords(texts, kinds)


def _mark_related(texts: list[str], kinds: list[ParagraphKind]) -> None:
    """A list label and the headlines (and furniture) under it, up to the story's next
    paragraph: one ending in a full stop, or a long one. A label with no headline under it is
    marked only at the text's end (the list was not saved); before the story's next
    paragraph it is left as it is (one line with a label's words is no list). Only after the
    story's first paragraph: above it, a label and the headline under it may be the page's
    menu over the story's own headline, which the title is picked from."""
    i = _story_start(texts, kinds)
    while i < len(texts):
        if kinds[i] in ("body", "boilerplate") and is_list_label(texts[i]):
            end = i + 1
            while end < len(texts) and (kinds[end] != "body" or _is_headline(texts[end])):
                end += 1
            if end == len(texts) or any(kinds[j] == "body" for j in range(i + 1, end)):
                for j in range(i, end):
                    if kinds[j] == "body":
                        kinds[j] = "boilerplate"
            i = end
        else:
            i += 1


def _story_start(texts: list[str], kinds: list[ParagraphKind]) -> int:
    """Just past the story's first paragraph of prose (one that is no headline), or the end."""
    for i, text in enumerate(texts):
        if kinds[i] == "body" and len(text) >= 40 and not _is_headline(text):
            return i + 1
    return len(texts)


def _mark_teasers(texts: list[str], kinds: list[ParagraphKind]) -> None:
    """Stamps two or more at a list's spacing (each teaser a headline or two, all short): the
    headlines before each stamp are other stories'."""
    stamps = [i for i, t in enumerate(texts) if kinds[i] in ("body", "meta") and _is_stamp(t)]
    runs: list[list[int]] = []
    for i in stamps:
        if (
            runs
            and i - runs[-1][-1] - 1 <= _TEASER_SPAN
            and _all_headlines(texts, kinds, runs[-1][-1] + 1, i)
        ):
            runs[-1].append(i)
        else:
            runs.append([i])
    for run in runs:
        if len(run) < 2:
            continue
        span = max(b - a - 1 for a, b in itertools.pairwise(run))
        start = run[0]
        while (
            start > 0 and run[0] - start < span and _all_headlines(texts, kinds, start - 1, start)
        ):
            start -= 1
        for j in range(start, run[-1] + 1):
            if kinds[j] == "body":
                kinds[j] = "boilerplate"


def _all_headlines(texts: list[str], kinds: list[ParagraphKind], start: int, end: int) -> bool:
    """Every paragraph in ``[start, end)`` is furniture already or a headline."""
    return all(kinds[j] != "body" or _is_headline(texts[j]) for j in range(start, end))


def _mark_keywords(texts: list[str], kinds: list[ParagraphKind]) -> None:
    """``Keywords: a, b, c`` on one line, or the label alone and the list under it (the label
    words and the list's shape are :mod:`briefing.corpus.taxonomy`'s)."""
    for i, text in enumerate(texts):
        if kinds[i] == "caption":
            continue  # a label another rule made furniture ("meta") still heads its tags
        rest = keyword_rest(text)
        if rest is None:
            continue
        if rest and is_tag_list(rest):
            kinds[i] = "boilerplate" if kinds[i] == "body" else kinds[i]
        elif not rest and i + 1 < len(texts) and is_tag_list(texts[i + 1]):
            kinds[i] = "boilerplate" if kinds[i] == "body" else kinds[i]
            if kinds[i + 1] == "body":
                kinds[i + 1] = "boilerplate"


def split_related_tail(raw: list[RawParagraph]) -> list[RawParagraph]:
    """``raw`` with a related list run into a paragraph's end cut off as its own paragraph,
    hinted ``boilerplate``: the label after a sentence's end, the rest (other stories'
    headlines, the byline again, the copyright) ending in a rights notice."""
    out: list[RawParagraph] = []
    for paragraph in raw:
        text = paragraph.text
        cut = _related_tail(text) if len(text) > 60 else None
        if cut is None:
            out.append(paragraph)
            continue
        out.append(RawParagraph(text[:cut].rstrip(), paragraph.block, paragraph.hint))
        out.append(RawParagraph(text[cut:].lstrip(), paragraph.block, "boilerplate"))
    return out


def _related_tail(text: str) -> int | None:
    """Where a related list run into ``text`` starts, or None."""
    tail = text[-300:]
    folded = clue_fold(tail)
    clues = _ASCII_RIGHTS_CLUES if folded.isascii() else _RIGHTS_CLUES
    if not holds(folded, clues) or not _RIGHTS_END.search(tail):
        return None  # the cheap test first: most paragraphs end in no rights notice
    for match in _INLINE_LABEL.finditer(text):
        rest = text[match.end() :]
        notice = _RIGHTS_END.search(rest, max(0, len(rest) - 300))
        # the story's own sentences end before the list: one full stop at most (the
        # footer's) inside it, ellipses apart
        if match.start() >= 40 and notice and len(_FULL_STOP.findall(rest[: notice.end()])) <= 1:
            return match.start()
    return None
