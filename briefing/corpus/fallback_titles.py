"""A stand-in title for an article that states none, taken from its first sentence.

Split from :mod:`briefing.corpus.classify`, which picks the headline when the text has one:
when it has not, the UI still needs something to list, so this cuts a short title from the
story's first paragraph of prose (never a bullet summary above it) once whatever opens the
lead is set aside (a dateline, a wire's credit or byline, a transcript's label), since none
of them is what the story is about. Such a title's provenance is ``fallback``.
"""

from __future__ import annotations

import re
import unicodedata

from briefing.corpus.cjk_credit import bracket_credit, dateline_credit, japanese_wire_end
from briefing.corpus.datelines import read_dateline
from briefing.corpus.headline_shape import word_count
from briefing.corpus.initials_credit import initials_credit_lead
from briefing.corpus.korean_byline import byline_bracket_end
from briefing.corpus.lead_credit import wire_byline_lead
from briefing.corpus.place_dateline import place_dateline_end
from briefing.corpus.sources import read_credit_lead
from briefing.corpus.stamp_opening import opens_with_stamp
from briefing.corpus.wire_cues import after_opening_note
from briefing.sentences import first_sentence

__all__ = ["after_dateline", "fallback_lead", "fallback_title"]

_BULLET = re.compile(r"[-*•–]\s")
#: A kicker over or before the lead is a sentence of this many words at most (:func:`_kicker`),
#: and the lead's first sentence that replaces it this many at least.
_KICKER_WORDS = 5
_LEAD_WORDS = 8
_SENTENCE_STOP = re.compile(r"[.!?…]\s")
#: Terminal columns a stand-in title may take: about what eight words of a spaced language take.
#: Chinese, Japanese and Thai write no spaces, so counting words let a whole lede through.
MAX_COLUMNS = 60
#: Characters of a script written without spaces (wide CJK, Thai, Lao, Khmer, Myanmar) past
#: which a "word" is a run of several words; a long German compound has none of them.
_LONGEST_RUN = 12
_UNSPACED_BLOCKS = ((0x0E00, 0x0EFF), (0x1000, 0x109F), (0x1780, 0x17FF))
#: Where a space-less sentence may be cut short: after a comma or a closing bracket/quote.
_SOFT_BREAK = frozenset("、，,；;：:）)」』】〕》〉")
#: The reporters' bracket after a Chinese wire's dateline: "(记者 张三)", "（記者 李四、王五）".
_REPORTER = re.compile(r"[(（]\s*(?:记者|記者)[^()（）]{1,30}[)）]")
#: A video page's label for the part opening the lead (``STORY:``, ``TRANSCRIPT:``), in
#: capitals: no word of the story's first sentence. A shouted name ("NATO: …") is kept.
_LEAD_LABEL = re.compile(
    r"(?:STORY|SCRIPT|TRANSCRIPT|TEXT|TEXTE|TEXTO|TESTO|VIDEO|VIDÉO|VÍDEO|ВИДЕО|ТЕКСТ):\s+"
    r"(?=[\"„«“]?[A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐ][a-zà-ÿа-яё])"
)


def fallback_lead(body: list[str]) -> str | None:
    """The paragraph a fallback title is taken from: the first of four words or more that is
    not a bullet (bullet summaries before the story are not its title when a paragraph of
    prose exists), else the first of four words or more, else the first. Each search stops at
    its first find: counting the words of every paragraph was a waste on long articles.

    Words are counted as a headline's are (:func:`~.headline_shape.word_count`: two Han
    characters make one), so a Chinese or Japanese paragraph, one space-less "word" long, is
    not passed over for a line of spaced words below it (a page's English chrome under a
    Chinese story). A line opening with the page's stamp (:mod:`.stamp_opening`) is no
    sentence of the story: it is passed over."""
    long_enough = (
        t for t in body if word_count(t) >= 4 and not opens_with_stamp(t) and not _kicker(t)
    )
    first_long = next(long_enough, None)
    if first_long is None:
        return next((t for t in body if not opens_with_stamp(t)), body[0] if body else None)
    if not _BULLET.match(first_long):
        return first_long
    return next((t for t in long_enough if not _BULLET.match(t)), first_long)


def fallback_title(text: str, language: str = "en") -> str | None:
    """A short stand-in title from the first sentence: whole if ≤ 10 words, else 8 words + "…";
    a sentence written without spaces is cut to about the columns eight words take."""
    sentence = first_sentence(text[:2000], language).strip()
    if _kicker(sentence) and (rest := text[len(sentence) :].strip()):
        # "Traffic jams on the canal. A ship of 400 metres ran aground …": the kicker run
        # into the lead is no sentence of the story; the lead's own first sentence is
        following = first_sentence(rest[:2000], language).strip()
        sentence = following if len(following.split()) >= _LEAD_WORDS else sentence
    words = sentence.split()
    if not words:
        return None
    if len(words) <= 10:
        title = sentence.rstrip(".").strip()
    else:
        title = " ".join(words[:8]).rstrip(",;:—–-") + "…"
    if max((sum(map(_unspaced, word)) for word in title.split()), default=0) > _LONGEST_RUN:
        title = _fit_columns(title)  # a space-less run: Chinese, Japanese, Thai
    return title or None


def _kicker(text: str) -> bool:
    """A one-line kicker: a sentence of at most five words closed by a full stop, no word of
    which after the first is capitalised ("Traffic jams on the canal.", "What we lack.",
    "Exampleton, 5 May."), or a date and one word ("05.05.2031 Exampleton."). A page sets
    such a line over the lead (or runs it into it) as its comment on the story, never as its
    title; a headline run into the lead names what it is about ("Storm hits Exampleton.",
    German nouns: "Example ist Meister."), so a capital inside keeps the sentence. Scripts
    without capitals (Arabic, Hebrew) give no such sign and Chinese and Japanese sentences are
    one "word" long: neither is ever counted as a kicker."""
    line = text.strip()
    if not line.endswith(".") or line.endswith("..") or _SENTENCE_STOP.search(line[:-1]):
        return False
    words = line.split()
    if not 2 <= len(words) <= _KICKER_WORDS or any(map(_unspaced, line)):
        return False
    letters = [c for c in line if c.isalpha()]
    if not letters or not (letters[0].isupper() or letters[0].islower()):
        return False  # a script without case
    figures = sum(any(c.isdigit() for c in word) for word in words)
    if figures and len(words) - figures <= 1:
        return True  # "05.05.2031 Exampleton.": the page's date and place
    return not any(word[:1].isupper() for word in words[1:])


def _unspaced(char: str) -> int:
    code = ord(char)
    wide = unicodedata.east_asian_width(char) in "WF"
    return int(wide or any(lo <= code <= hi for lo, hi in _UNSPACED_BLOCKS))


def _columns(char: str) -> int:
    return 2 if unicodedata.east_asian_width(char) in "WF" else 1


def _fit_columns(title: str) -> str:
    """The title within ``MAX_COLUMNS`` terminal columns (a wide character takes two), cut
    after the last space or comma or closing bracket in its second half, else at the limit,
    + "…". Only called for space-less runs: a spaced title is cut by its words."""
    total, cut, soft = 0, len(title), 0
    for i, char in enumerate(title):
        total += _columns(char)
        if total > MAX_COLUMNS - 1:  # one column for the "…"
            cut = i
            break
        if char in _SOFT_BREAK and total > MAX_COLUMNS // 2:
            soft = i + 1
    else:
        return title
    space = title.rfind(" ", 0, cut)
    cut = space if space > cut // 2 else (soft or cut)  # a word's end, else a comma's
    return title[:cut].rstrip(" 、，,；;：:—–-…") + "…"


#: An editor's update note in brackets right after the wire's bracket: "(更新、写真追加)"
#: ("updated, photo added"), "(一部更新)" ("partly updated"): about this copy, no word of the
#: story's first sentence.
_UPDATE_NOTE = re.compile(r"[(（][^()（）]{0,8}更新[^()（）]{0,8}[)）]\s*")


def _japanese_wire_end(text: str) -> int | None:
    """Where a Japanese wire's bracket opening ``text`` ends (``【ワシントン時事】``, ``【5月3日
    AFP】``: :func:`~.cjk_credit.japanese_wire_end`), kana after it; else None."""
    if not text.lstrip().startswith("【"):
        return None
    wire = japanese_wire_end(text)
    return None if wire is None else wire[1]


def after_dateline(text: str) -> str:
    """The story after a dateline: ``Roma, 4 mar. (ANSA) - Il presidente…`` → ``Il presidente…``
    (or after a wire credit and place run into it: ``dpa Genf Die Verhandlungen…``, or an
    outlet's name and initials: ``Example Media (EM) - The council…``, or a wire's byline:
    ``By AFP The council…``, or a Chinese paper's bracketed credit or wire dateline:
    ``[示例日报综合报道]当地时间…``, ``示例社北京10月20日电 当地时间…`` (its reporters'
    bracket ``(记者 张三)`` too), or a Japanese wire's bracket: ``【ワシントン時事】米政府は…``,
    ``【5月3日 AFP】米政府は…``, or a Korean reporter's bracket: ``[예시투데이 홍길동 기자]
    예시시는…``, or after a shouted label:
    ``STORY: The council…`` → ``The council…``)."""
    noted = after_opening_note(text)  # "(Correction of …)LISBON (Example) - The …"
    if noted is not None and (glued := read_dateline(text[noted:])) is not None:
        return text[noted + glued.end :].lstrip(" .:—–-")
    dateline = read_dateline(text)
    if dateline:
        return text[dateline.end :].lstrip(" .:—–-")
    credit = read_credit_lead(text) or wire_byline_lead(text)
    if credit:
        return text[credit[1] :]
    lead = initials_credit_lead(text)  # "Example Media (EM) - The council …"
    if lead:
        return text[lead:]
    byline = byline_bracket_end(text)  # "[예시투데이 홍길동 기자] 예시시는…": a reporter's credit
    if byline:
        return text[byline:].lstrip()
    bracketed = bracket_credit(text) or dateline_credit(text)  # "[示例日报综合报道]当地时间…"
    if bracketed:
        rest = text[bracketed[1] :].lstrip()
        reporter = _REPORTER.match(rest)  # "示例社北京10月20日电(记者 张三)": its reporter
        return rest[reporter.end() :].lstrip() if reporter else rest
    wire = _japanese_wire_end(text)  # "【ワシントン時事】米政府は…", "【5月3日 AFP】…"
    if wire:
        rest = text[wire:].lstrip()
        note = _UPDATE_NOTE.match(rest)  # "(更新、写真追加)": the copy's update note
        return rest[note.end() :] if note and rest[note.end() :].strip() else rest
    label = _LEAD_LABEL.match(text)  # "STORY: The council …": a transcript's label
    if label:
        return text[label.end() :]
    place = place_dateline_end(text)  # "Ginevra. Ubs acquista …": a place alone
    return text[place:] if place else text
