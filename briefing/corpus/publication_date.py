"""An article's publication date, from what the text itself states (see :mod:`.classify`).

Split from :mod:`briefing.corpus.classify`, which sorts paragraphs into kinds and fills in
every metadata field; the date is the one field with a ladder of sources of its own
(a publication label, a top date line, a wire dateline or byline, a broadcaster's closing
line, a stamp under the story's last sentence, the pictures' day), a year borrowed only when
the article states exactly one, and a month-only label made exact by a signed date, an update
note, a stamp of day, time and house under it (:mod:`.stamp_outlet`) or a closing stamp, so it
is read here once the paragraphs' kinds are known. A day label the article's own dates
contradict (a later stamp in its head, a later month told as past, a later dateline) yields to
the rest of the ladder (:mod:`.stale_label`) and lends it nothing, not even its year.

A photo's date is the day the picture was taken, which a story published the next day still
carries: a dateline opening a paragraph that ends in a photo credit is never read, and the
captions date the article only as a last resort, when no caption opens with its own dateline,
every dated picture is of the same day and every one is credited to the outlet the text names
as its own (:func:`_pictures_day`).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from briefing.corpus import furniture as fx
from briefing.corpus.calendar_line import calendar_header
from briefing.corpus.cjk_credit import bracket_date
from briefing.corpus.closing_broadcast import closing_broadcast_date
from briefing.corpus.closing_stamp import closing_stamp, closing_stamp_date, story_above
from briefing.corpus.datelines import read_dateline
from briefing.corpus.dates import find_dates, years_stated
from briefing.corpus.head_stamp import head_stamp_day
from briefing.corpus.headline_shape import headline_shaped, is_prose
from briefing.corpus.label_dateline import dateline_day, stamp_after_label
from briefing.corpus.labels import read_label, update_note
from briefing.corpus.logo_byline import logo_day
from briefing.corpus.signature_line import read_signature
from briefing.corpus.sources import wire_byline_date
from briefing.corpus.stale_label import agreeing, contradicted
from briefing.corpus.stamp_opening import source_stamp_day
from briefing.corpus.stamp_outlet import stamp_day
from briefing.corpus.stated import StatedDate, read_date
from briefing.corpus.wires import WIRES
from briefing.model import ParagraphKind


def _find_date(
    texts: list[str], kinds: list[ParagraphKind], values: dict[str, Any]
) -> dt.date | None:
    """The publication date: a label, a top date line, a dateline, a wire byline, a stamp, the
    pictures' day.

    A month-only label (``date 2024-12``) gives the 1st of the month and sets
    ``values["date_precision"] = "month"``, so no day is shown that the text does not state.
    """
    first_body = next((i for i, k in enumerate(kinds) if k == "body"), len(texts))
    story = _story_start(texts, kinds, first_body)
    reach = _label_reach(texts)
    labels = [(label, i) for i in range(reach) if (label := read_label(texts[i]))]
    # A line that is only a date counts above the story, not between its paragraphs; past the
    # first 12 paragraphs only a label that says so ("Yayınlanma: …") counts.
    labels = [(label, i) for label, i in labels if not label.bare or i < min(story, _TOP_LABELS)]
    # "כ\"א חשון …" over "22.11.2031" above the headline: the day the page was shown
    # (:mod:`.calendar_line`); its furniture, which the timeline must not take up either
    for label, at in labels:
        if label.bare and calendar_header(texts, kinds, at):
            kinds[at] = "boilerplate"
    labels = [(label, i) for label, i in labels if kinds[i] != "boilerplate"]
    stale: set[int] = set()
    labels_end = {i: label.end for label, i in labels}
    language = values.get("language")
    for label, at in sorted(labels, key=lambda pair: (not pair[0].published, pair[1])):
        found = _full(label.date, texts, kinds, values)
        if found is None:
            continue
        if label.date.day is not None and contradicted(found, texts, kinds, language):
            stale.add(at)  # the article's own dates say it dates something else
            continue
        return _refined(found, texts, values, (kinds, at, label.end))
    # a label the story contradicts lends nothing below, not even its year to a yearless line,
    # and a paragraph that is only that label is the page's furniture: the timeline, which
    # dates an undated article by a bare date at its top, must not take it up either
    for at in stale:
        if not texts[at][labels_end[at] :].strip(" /|·•—–-"):
            kinds[at] = "boilerplate"
    texts = (
        [t[labels_end[i] :] if i in stale else t for i, t in enumerate(texts)] if stale else texts
    )
    lines = [
        (day, i)
        for i in range(min(story, 12))
        if kinds[i] == "meta"
        and i not in stale
        and (
            (fx.is_date_line(texts[i]) and (day := _line_day(texts[i], texts, kinds)) is not None)
            or (day := stamp_day(texts[i])) is not None  # "2031-03-14 04:10 示例報 張三"
            or (day := source_stamp_day(texts[i])) is not None  # "… 17:41 来源:示例日报网"
            or (day := logo_day(texts[i])) is not None  # "示例新聞 のロゴ 示例新聞 2031/03/14 …"
        )
    ]
    if lines:  # a "today" widget's day yields to the stamp the story's dateline agrees with
        return agreeing(lines, texts, kinds)[0][0]
    for i in range(min(len(texts), first_body + 2)):
        if kinds[i] not in ("body", "dek") or fx.ends_in_photo_credit(texts[i]):
            continue  # a long caption set as a paragraph: its dateline dates the picture
        dateline = read_dateline(texts[i])
        if dateline is not None and dateline.date is not None:
            found = _full(dateline.date, texts, kinds, values)
            if found is not None:
                return found
    for text in texts[: first_body + 2]:  # "【示例台北京時間2031年07月19日訊】…": the credit's day
        bracketed = bracket_date(text) if text[:1] in "[【〔" else None
        if bracketed is not None:
            return bracketed.value()
    for text in texts[:3]:
        signed = wire_byline_date(text)
        if signed is not None:
            return signed[0].value()
    # "This report was broadcast on 14.03.2031 on Radio Example.": the day it went on air.
    aired = closing_broadcast_date(texts)
    if aired is not None:
        return aired
    stamped = _closing_stamp_day(texts, kinds)
    if stamped is not None:
        return stamped
    closing = _closing_date_line(texts, kinds)
    if closing is not None:
        return closing
    return _pictures_day(texts, kinds, values.get("source"))


#: A sentence's end, in Latin or Chinese and Japanese punctuation, before closing quotes.
_STORY_END = re.compile(r"[.!?…。！？][\"”»’)」』）]*$")


def _closing_stamp_day(texts: list[str], kinds: list[ParagraphKind]) -> dt.date | None:
    """The day of a closing stamp right under the story's last sentence (``… 打ち上げられた。``
    / ``Example通信 2031年03月14日19時05分``), when nothing above dates the story: the paragraph
    before the stamp is the story's, ending a sentence. The last two lines of a page of links
    (a related story's headline and its stamp) follow no such paragraph."""
    found = closing_stamp(texts)
    above = story_above(texts, found[1]) if found is not None else None
    if found is None or above is None:
        return None  # the page's tail (keywords, a counter) may stand between them
    before = texts[above].strip()
    if kinds[above] != "body" or not _STORY_END.search(before):
        return None
    return found[0]


def _closing_date_line(texts: list[str], kinds: list[ParagraphKind]) -> dt.date | None:
    """The day of a line that is only a full date (``19 Jan 2031``) closing the story: the
    last paragraph that is not the page's (its tags and related links, marked boilerplate
    after it), right under the story's last sentence. A date line that stands anywhere
    else (under a related headline, between two paragraphs) dates something else."""
    last = next((i for i in range(len(texts) - 1, -1, -1) if kinds[i] != "boilerplate"), None)
    if last is None or last == 0 or kinds[last] != "meta" or not _bare_day(texts[last]):
        return None
    dates = find_dates(texts[last])
    above = texts[last - 1].strip()
    if len(dates) != 1 or kinds[last - 1] != "body" or not _STORY_END.search(above):
        return None
    return dates[0]


def _line_day(line: str, texts: list[str], kinds: list[ParagraphKind]) -> dt.date | None:
    """The day a date line states, its year borrowed if it has none (:func:`_with_stated_year`)."""
    dates = find_dates(line)
    return dates[0] if dates else _with_stated_year(line, texts, kinds)


def _story_start(texts: list[str], kinds: list[ParagraphKind], first_body: int) -> int:
    """Where the story starts, for a date line above it: the first paragraph of the body, a
    line given twice in a row aside (a picture's caption or a note doubled on a saved page,
    ``Фото из архива`` twice, is no line of the story), and a headline-shaped standfirst right
    above a line that is only a date (headline, standfirst, byline, stamp: the head's block; a
    sentence there is the story's, and a date under it a heading of the story)."""
    i = first_body
    while i + 1 < len(texts) and i < _TOP_LABELS:
        if texts[i].strip() == texts[i + 1].strip():
            i += 2
        elif (stamp := _stamp_below(texts, kinds, i)) is not None and (
            headline_shaped(texts[i]) or _opening_sentence(texts, kinds, i, first_body, stamp)
        ):
            i = stamp + 1
        else:
            break
        while i < len(texts) and kinds[i] != "body":
            i += 1
    return i


def _opening_sentence(
    texts: list[str], kinds: list[ParagraphKind], i: int, first_body: int, stamp: int
) -> bool:
    """One sentence and no prose heading the page above its stamp (the story's lead runs on,
    two sentences): the text's first paragraph (a picture's caption or a standfirst), or the
    first under the headline when the head's furniture (a byline, a picture's credit, a desk's
    signature) stands between it and the stamp — a date right under the story's first
    sentence is a heading of the story."""
    if is_prose(texts[i]) or len(texts[i]) > 400:
        return False
    return i == 0 or (i == first_body and "title" in kinds[:i] and stamp > i + 1)


#: Lines a page sets between its standfirst and its stamp: a byline, a field, a picture's
#: credit (``© Example``), a desk's short signature (``Red. Online``), at most this many.
_HEAD_LINES = 3
#: A desk's or an author's signature: a few words, no sentence's stop at its end.
_SHORT_LINE = re.compile(r".{1,40}(?<![.!?…。])")


def _stamp_below(texts: list[str], kinds: list[ParagraphKind], i: int) -> int | None:
    """The index of a line that is only a date right below paragraph ``i``, with at most
    three lines of the head's furniture between (a byline or field, a picture's credit, a
    desk's short signature); None when a sentence, or nothing dated, follows."""
    j = i + 1
    while j <= min(len(texts) - 1, i + _HEAD_LINES) and not _bare_day(texts[j]):
        if kinds[j] == "body" and not (
            _SHORT_LINE.fullmatch(texts[j].strip()) and len(texts[j].split()) <= 4
        ):
            return None
        j += 1
    return j if j < len(texts) and _bare_day(texts[j]) else None


def _bare_day(text: str) -> bool:
    """A line that is only a date with its day (and its time)."""
    label = read_label(text) if len(text) <= 60 else None
    return label is not None and label.bare and label.date.day is not None


#: Paragraphs searched for a publication label whatever comes before the story.
_TOP_LABELS = 12
#: At most this far down a page of menus, and only until the story's first paragraph.
_CHROME_REACH = 48


def _label_reach(texts: list[str]) -> int:
    """How far down a publication label is looked for: the first 12 paragraphs, or, on a page
    whose menus, tickers and breadcrumbs run longer (``• Gündem`` … ``3. <headline>``), up to
    the story's first paragraph of prose (at most 48 paragraphs down). A label below the
    story's start dates something else (a related story, a comment); one above it is the
    page's own stamp, however long the menus before it."""
    limit = min(len(texts), _CHROME_REACH)
    first_prose = next((i for i in range(limit) if is_prose(texts[i])), None)
    if first_prose is None or first_prose < _TOP_LABELS:
        return min(len(texts), _TOP_LABELS)
    return first_prose


def _pictures_day(
    texts: list[str], kinds: list[ParagraphKind], outlet: str | None
) -> dt.date | None:
    """Last resort: the one day every dated picture of the article was taken.

    A caption dates a picture, not the article, so it is read only when nothing else dates the
    story, and only when it cannot mislead: a caption that opens with its own dateline
    (``PLACE, COUNTRY – JANUARY 14: An aerial view …``) is a photo agency's stamp of the
    shooting day, and pictures of two different days (a caption of the 14th, a long caption
    set as a paragraph of the 15th) show the story ran after the first of them; then no date.
    A wire files its story with its own pictures of the day (an AP story's "AP Photo"); another
    outlet's story, or one whose outlet the text does not name, may run a wire's picture of the
    day before, or of the event it reports on a later day ("Friday, Aug. 15" under a story of
    that Friday's talks), so only pictures credited to the outlet (:func:`_own_picture`) count.
    """
    if outlet is None:
        return None
    days: set[dt.date] = set()
    for text, kind in zip(texts, kinds, strict=True):
        if kind == "caption" or fx.ends_in_photo_credit(text):
            found = find_dates(text)
            if kind == "caption" and found and _caption_dateline(text):
                return None
            if found and not _own_picture(text, outlet):
                return None
            days.update(found)
    return next(iter(days)) if len(days) == 1 else None


def _own_picture(caption: str, outlet: str) -> bool:
    """Whether the credit closing ``caption`` names ``outlet`` in one of its spellings
    (``AP`` or ``Associated Press`` for The Associated Press): short ones as whole words in
    capitals, longer ones in any case."""
    spellings = {outlet, *(key for key, name in WIRES.items() if name == outlet)}
    tail = caption[-120:]
    for spelling in spellings:
        short = len(spelling) <= 4
        flags = 0 if short else re.IGNORECASE
        if re.search(rf"(?<!\w){re.escape(spelling)}(?!\w)", tail, flags):
            return True
    return False


#: A shouted place (``REYKJANES, ICELAND``) and a dash opening a caption, before its date.
_CAPTION_PLACE = re.compile(r"[^\W\d_][^\W\d_ ,.'-]*(?:[ ,.'-]+[^\W\d_]+){0,5}\s*[–—-]\s*")


def _caption_dateline(text: str) -> bool:
    """``REYKJANES, ICELAND – JANUARY 14:`` / ``PARIS - 3 MARS 2031 :``: a place in capitals, a
    dash, a date and a colon open the caption."""
    place = _CAPTION_PLACE.match(text[:80])
    if place is None or not place.group(0).isupper():
        return False
    stated = read_date(text, place.end())
    return stated is not None and text[stated.end : stated.end + 3].lstrip().startswith(":")


def _refined(
    month: dt.date,
    texts: list[str],
    values: dict[str, Any],
    label: tuple[list[ParagraphKind], int, int],
) -> dt.date:
    """A month-only label made exact by a signed date of that month near the top
    (``date 2024-12`` … ``07.12.2024, Sputnik Afrique``) or by an update note in brackets
    (``date 2024-12 [Updated at 20:25 on 12 December 2024]``), or by a closing stamp of that
    month (``… 14.12.2024 19:00``, :mod:`.closing_stamp`), or by the page's stamp of that
    month standing alone above the lead (``Jueves, 3 agosto 2024, 12:22`` cut off the
    headline's line: :func:`.head_stamp.head_stamp_day`), or, when none of these, by the wire
    dateline opening the story right under the label (``date 2024-12`` over ``LONDON, 7 Dec.
    (EXA) -``, :mod:`.label_dateline`; ``label`` is the kinds, the label's paragraph and where
    the label ends in it)."""
    if values.get("date_precision") != "month":
        return month
    _, at, end = label
    stamped_here = stamp_after_label(month, texts[at][end:])  # "date 2024-12 2024-12-07 04:10"
    if stamped_here is not None:
        values.pop("date_precision")
        return stamped_here
    for text in texts[:8]:
        signed = read_signature(text)
        noted = update_note(text) if signed is None else None
        day = signed[0].value() if signed else noted.value() if noted else None
        day = day or stamp_day(text)  # "2024-12-07 04:10 示例報": the stamp under the label
        if day is not None and (day.year, day.month) == (month.year, month.month):
            values.pop("date_precision")
            return day
    headed = head_stamp_day(texts, label[0])  # "Jueves, 3 agosto 2031, 12:22" over the lead
    if headed is not None and (headed.year, headed.month) == (month.year, month.month):
        values.pop("date_precision")
        return headed
    stamped = closing_stamp_date(texts)
    if stamped is not None and (stamped.year, stamped.month) == (month.year, month.month):
        values.pop("date_precision")
        return stamped
    filed = dateline_day(month, texts, *label)
    if filed is not None:
        values.pop("date_precision")
        return filed
    return month


def _full(
    stated: StatedDate, texts: list[str], kinds: list[ParagraphKind], values: dict[str, Any]
) -> dt.date | None:
    """A stated date with its year, borrowed when the article states exactly one (see below)."""
    if stated.year is None:
        if stated.day is None:
            return None
        month_day = f"{_EN_MONTHS[stated.month - 1]} {stated.day}"
        return _with_stated_year(month_day, texts, kinds)
    if stated.precision == "month":
        values["date_precision"] = "month"
    return stated.value()


#: The story's own prose: the dates it tells are of its events, not of its publication.
_STORY_KINDS = frozenset({"body", "dek"})

_EN_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def _with_stated_year(line: str, texts: list[str], kinds: list[ParagraphKind]) -> dt.date | None:
    """``October 9`` + the one year the article states for itself, or None if zero or several.

    Only years of full dates outside the story's prose (a stamp, a signature, a caption) and of
    copyright lines count: a bare "runs to 2030" in the body is the year of something else, and
    so is a full date the story tells ("a sample taken on 25 December 2021"): a yearless
    dateline ("MOSCOW, Jan 29 —") over a story of past events gets no year from them.
    """
    years: set[int] = set()
    for text, kind in zip(texts, kinds, strict=True):
        if kind not in _STORY_KINDS:
            years.update(d.year for d in find_dates(text))
        if fx.is_footer_trigger(text):
            years.update(years_stated(text))
    partial = fx.partial_date(line)
    if len(years) != 1 or partial is None:
        return None
    dates = find_dates(f"{partial} {next(iter(years))}")
    return dates[0] if dates else None
