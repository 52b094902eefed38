"""Publication labels: ``date 2024-12``, ``Published on …``, ``Опубликовано …``, ``Yayınlanma…``.

A label names the article's own date, so it is the strongest cue for it. Saved excerpts often
put the label and the article on one line (``date 2024-12 Met nog precies een jaar …``): the
label is read off the front of the paragraph and the rest is split from it, so a label never
becomes part of a title.

Update labels (``Modified on``, ``Aktualisiert am``, ``Обновлено``) are read too but rank after
publication labels: the first date an article carries is when it was published.

Chinese, Japanese and Korean pages may write the label after the stamp's date and time instead
(``2031年03月14日 06時30分 公開``, ``… 配信``, ``2031.03.14 06:30 입력``), a mark before it
(``»``): read as the same label (:func:`_label_after`); no other language is read that way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from briefing.corpus.glued_label import glued_date_start
from briefing.corpus.stated import StatedDate, read_date

__all__ = ["Label", "is_stamp", "labelled_at", "read_label", "trailing_label", "update_note"]

# Each alternative is a whole label; the longest forms come first so "published on" is not
# read as "published" + "on".
_PUBLISHED = (
    # en
    r"(?:first|originally) published(?: on)?|published(?: on| at)?|posted(?: on)?"
    r"|publication date|pub date"
    r"|dated|date"
    # de, nl
    r"|veröffentlicht(?: am)?|erschienen(?: am)?|publiziert(?: am)?|datum|gepubliceerd(?: op)?"
    # fr, it, es, pt
    r"|publié(?: le)?|mis en ligne(?: le)?|date de publication|paru(?: le)?"
    r"|pubblicato(?: il)?|data di pubblicazione|data"
    r"|publicado(?: el| em)?|fecha de publicación|data de publicação|fecha"
    # pl, cs, ro
    r"|opublikowano|data publikacji|publikováno|publicat(?: pe| la)?"
    # ru, uk, kk, tr
    r"|опубликовано|опубликован[ао]?|дата публикации|дата"
    r"|опубліковано|дата публікації|жарияланды|жарияланған"
    r"|yayınlanma tarihi|yayın tarihi|yayınlanma|yayınlandı|yayımlandı"
    r"|eklenme tarihi|ekleme tarihi|ekleme"
    r"|tarih"
    # zh (simplified, traditional), ja, ko, ar: a page's stamp over the story
    r"|发布时间|发布日期|发表时间|发表日期|發佈時間|發布時間|發佈日期|發布日期|發表時間|發表日期"
    r"|公開日|配信日|掲載日|投稿日|입력|등록일|게시일|تاريخ النشر|نشر في|نشر بتاريخ"
)
_UPDATED = (
    r"last updated(?: on)?|last modified(?: on)?|updated(?: on| at)?|modified(?: on)?"
    # "Stand: 01.11.2031 07:33 Uhr" (German news pages' update stamp); a colon must follow, so
    # "Stand der Dinge" stays a noun
    r"|zuletzt aktualisiert(?: am)?|aktualisiert(?: am)?|stand(?=\s*:)"
    r"|bijgewerkt(?: op)?|aangepast(?: op)?"
    r"|mise? à jour(?: le)?|modifié(?: le)?|aggiornato(?: il)?|modificato(?: il)?"
    r"|actualizad[oa](?: el| em)?|atualizad[oa](?: em)?|zaktualizowano"
    r"|обновлено|изменено|оновлено|güncellenme tarihi|güncelleme tarihi|güncellendi|güncelleme"
    r"|更新时间|更新時間|更新日|수정|آخر تحديث"
)
_UPDATE_WORD = re.compile(rf"(?<!\w)(?:{_UPDATED})(?!\w)", re.IGNORECASE)
#: An editor's note in brackets opening a paragraph: "[Updated at 9:10 on 3 March 2031 …]".
_NOTE = re.compile(r"\s*[\[(](?P<note>[^\[\]()]{8,200})[\])]")
_LABEL = re.compile(
    rf"(?:[-*•·]\s*)?(?:(?P<pub>{_PUBLISHED})|(?P<upd>{_UPDATED}))\s*[:：]?\s*", re.IGNORECASE
)
#: An empty field before the label on a page's line of fields: ``作者: 发布时间:2023年…`` (the
#: author left blank). One word and a colon, nothing after it but the label.
_EMPTY_FIELD = re.compile(r"[^\W\d_]{1,12}\s*[:：]\s+")
# What may follow the date inside the label: a time, a zone, "г.", "at", "à", "um", "в", "|".
_TAIL = re.compile(
    r"(?:\s*(?i:г\.|р\.|y\.|года|року|yılı)"
    r"|\s*(?:,|\||/|-|–|—|·|•)?\s*(?i:at|à|um|alle|a las|às|в|о|saat|kl\.|ore)?\s*"
    # "17:41", "17h41", and the Chinese and Japanese "17時41分" / "17时41分"
    r"[0-2]?\d(?:[:.hH][0-5]\d(?::[0-5]\d)?|[時时][0-5]\d分(?:[0-5]\d秒)?)"
    r"(?:\s*(?i:[ap]\.?m\.?|uhr)|\s*[A-Z]{2,4}\b"
    r"|\s*[+-]\d{1,2}(?::?\d\d)?)?"
    # a time zone in parentheses, never a name: "(GMT+3)", "(MSK)", not "(Teleborsa)"
    r"|\s*\((?:UTC|GMT|MSK|CET|CEST|EET|EEST|TRT)?\s*(?:[+−-]?\d{1,2}(?::?\d\d)?)?\)"
    # a Japanese or Chinese weekday in brackets after the date: "2031年7月24日(月)", "（週一）"
    r"|\s*[(（](?:[月火水木金土日]|星期[一二三四五六日天]|[周週][一二三四五六日])[)）]"
    r"|\s*\.(?=\s|$))*"
)


@dataclass(frozen=True, slots=True)
class Label:
    """A date label read off the front of a paragraph."""

    date: StatedDate
    #: True for "Published …", False for "Updated …".
    published: bool
    #: Where the label (with its date and time) ends in the paragraph.
    end: int
    #: True for a line that is only a date (no label word): weaker evidence.
    bare: bool = False


@lru_cache(maxsize=256)
def read_label(text: str) -> Label | None:
    """The label (and its date) opening ``text``, or None: a label word alone is not one.

    A line that is nothing but a date and its time (``4. März 2025, 10:22 Uhr``) is a label
    without the word.

    Kept per text (the answer depends on the text alone and a :class:`Label` cannot change):
    the heads, the kinds, the date and the wire's dateline each ask it of the same paragraph,
    a third of the asks new (issue 15). 256 texts cover an article's asks; at most 256
    paragraphs are held (each at most ``MAX_PARAGRAPH`` characters).
    """
    match = _LABEL.match(text)
    if match is None and (empty := _EMPTY_FIELD.match(text)) is not None:
        match = _LABEL.match(text, empty.end())
        if match is not None and match.group("pub") is None:
            match = None
    if match is None:
        return (_bare_date_line(text) or _label_after(text)) if len(text) <= 60 else None
    date = read_date(text, match.end())
    if date is None:
        return None
    tail = _TAIL.match(text, date.end)
    end = tail.end() if tail else date.end
    if end < len(text) and (text[end].isalnum() and text[end - 1].isalnum()):
        return None  # the "date" ran into a word: "data 2024abc"
    return Label(date, match.group("pub") is not None, end)


#: A time, maybe with its zone, before the date of a line that is only a stamp:
#: ``14:29 JST, September 27, 2031``, ``10:22 Uhr, 4. März 2031``, ``18:05 | 12.03.2031``.
_LEAD_TIME = re.compile(
    r"[0-2]?\d:[0-5]\d(?::[0-5]\d)?(?:\s*(?i:[ap]\.?m\.?|uhr)|\s*[A-Z]{2,4}\b"
    r"|\s*[+-]\d{1,2}(?::?\d\d)?)?\s*[,|·•/–—-]?\s*"
)


def _bare_date_line(text: str) -> Label | None:
    """A line that is only a date: the date and its time, or its time (and zone) then the date:
    a page's stamp puts them either way round; or a label word run into a year-first date
    (:mod:`.glued_label`)."""
    date = read_date(text)
    if date is None and (lead := _LEAD_TIME.match(text)) is not None:
        date = read_date(text, lead.end())
    if date is None and (glued := glued_date_start(text)) is not None:
        date = read_date(text, glued)  # "송고시간2031-03-14 01:19": a label run into its date
    if date is None:
        return None
    tail = _TAIL.match(text, date.end)
    end = tail.end() if tail else date.end
    return Label(date, True, end, bare=True) if not text[end:].strip(" .,|") else None


#: A mark a page sets before its stamp: ``» 2031年03月14日 06時30分 公開``.
_STAMP_MARK = re.compile(r"[»›▶►▸■□●○◆◇•·・>]\s*")
#: The label a Chinese, Japanese or Korean page may write AFTER its stamp's date and time
#: (``2031年03月14日 06時30分 公開``, ``… 配信``, ``… 更新``, ``2031.03.14 06:30 입력``):
#: "made public", "delivered", "carried", "posted", "published", "released", "filed"; then
#: "updated", "revised". The whole rest of the line; a word that only dates an event after a
#: time (発表 "announced", 発生 "occurred") is none.
_AFTER = re.compile(
    r"\s*(?:(?P<pub>公開|配信|掲載|投稿|発行|发布|發佈|發布|发表|發表|刊登|입력|등록|게재|발행|송고)"
    r"|(?P<upd>更新|修正|最終更新|수정|업데이트))\s*"
)


def _label_after(text: str) -> Label | None:
    """A stamp whose label follows its date and time, maybe after a mark (``» 2031年03月14日
    06時30分 公開``): a publication (or update) label like any other, when the date states
    its year and its day and nothing but the label follows it."""
    mark = _STAMP_MARK.match(text)
    date = read_date(text, mark.end() if mark else 0)
    if date is None or date.year is None or date.day is None:
        return None
    tail = _TAIL.match(text, date.end)
    after = _AFTER.fullmatch(text, tail.end() if tail else date.end)
    if after is None:
        return None
    return Label(date, after.group("pub") is not None, len(text))


def update_note(text: str) -> StatedDate | None:
    """The full date of an update note in brackets opening ``text`` (after a label, if one
    opens it): ``[Notícia atualizada às 20h25 de 12 de junho de 2031 - …]``,
    ``(Aktualisiert am 3. März 2031, 14:20 Uhr)``. It dates the version of the article the
    reader has, so it can make a month-only label exact; a bracketed date without an update
    word ("(born 3 March 1950)", "[photo: 3 March 2031]") is not one."""
    label = read_label(text)
    match = _NOTE.match(text, label.end if label else 0)
    word = _UPDATE_WORD.search(match.group("note")) if match else None
    if match is None or word is None:
        return None
    note = match.group("note")
    for start in range(word.end(), len(note)):
        if start and note[start - 1].isalnum():
            continue  # dates start at a word
        date = read_date(note, start)
        if date is not None and date.day is not None and date.year is not None:
            return date
    return None


#: Where a label may start at the end of a paragraph: a label word after a space.
_LABEL_WORD = re.compile(rf"(?<=\s)(?:{_PUBLISHED}|{_UPDATED})(?!\w)", re.IGNORECASE)


def trailing_label(text: str) -> int | None:
    """Where a label that ends ``text`` starts, or None: a headline with the page's stamp run
    onto it (``Warum kam die Warnung so spät? Stand: 01.11.2031 07:33 Uhr``).

    Only a label with a colon after its word, or an update word, counts (``… the date 3 May
    2031`` ends a sentence, not a label), and it must run to the end of the paragraph: a date
    inside the headline ("Published on 3 May, the report …") is the headline's own."""
    for match in _LABEL_WORD.finditer(text, 1):
        start = match.start()
        label = read_label(text[start:])
        if label is None or label.bare or text[start + label.end :].strip(" .|·•—–-"):
            continue
        has_colon = text[match.end() : match.end() + 2].lstrip().startswith((":", "："))
        if has_colon or not label.published:
            return start
    return None


#: A label word and its colon ending the text before a date (``… 作者: 发布时间:``).
_LABEL_BEFORE = re.compile(rf"(?<![^\W_])(?:{_PUBLISHED}|{_UPDATED})\s*[:：]\s*$", re.IGNORECASE)


def labelled_at(text: str, pos: int) -> bool:
    """Whether a publication or update label with its colon comes right before ``pos``
    (``发布时间:2023年03月21日``, ``Published: 3 May 2031``): the date there is the page's
    stamp, wherever the line of fields puts it, never an event of the story."""
    return _LABEL_BEFORE.search(text[max(0, pos - 40) : pos]) is not None


# A stamp in any language, whether or not its words are listed above: one to three words, a
# colon, then only a time and/or a full date ("ΤΕΛΕΥΤΑΙΑ ΕΝΗΜΕΡΩΣΗ: 16:48", "Frissítve: 16:48",
# "Последнее обновление: 16:48, 14.06.2031"). A time needs a colon or an "h" between hours and
# minutes ("16:48", "16h48"): "Inflation: 3.40" is a figure, not a time.
_STAMP_HEAD = re.compile(r"(?:[^\W\d_]+\.?\s+){0,2}[^\W\d_]+\.?\s*[:：]\s*")
_CLOCK = re.compile(
    r"(?:[0-2]?\d(?::[0-5]\d(?::[0-5]\d)?|h[0-5]\d)(?:\s*(?i:[ap]\.?m\.?|uhr))?)(?!\d)"
)
_STAMP_SEP = " \t\u00a0,|/·•–—-"


def is_stamp(text: str) -> bool:
    """Whether ``text`` is nothing but a stamp: a short label, a colon and a time or a full date
    (a time and a date in either order too). A page puts it over or under the headline; it is
    never a title, whatever language its label is in. A colon after a longer phrase
    ("Greece: 78 dead", "Live: 16:48 ship sinks off the coast") is a headline's."""
    if len(text) > 80:
        return False
    head = _STAMP_HEAD.match(text)
    if head is None:
        return False
    pos, parts = head.end(), 0
    while pos < len(text) and parts < 3:
        clock = _CLOCK.match(text, pos)
        date = None if clock else read_date(text, pos)
        if clock:
            pos = clock.end()
        elif date is not None and date.year is not None and date.day is not None:
            tail = _TAIL.match(text, date.end)  # "14 марта 2031 г., 16:48"
            pos = tail.end() if tail else date.end
        else:
            return False
        parts += 1
        while pos < len(text) and text[pos] in _STAMP_SEP:
            pos += 1
    return parts > 0 and not text[pos:].strip(" .")
