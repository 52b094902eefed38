"""A line that is wholly a date in another calendar, and the page's "today" header it marks.

Sites whose readers keep a second calendar print the day the page is shown at its top in both:
``כ"א חשון התשפ"ה`` over ``22.11.2031`` (Hebrew and Gregorian), ``5 محرم 1453 هـ`` beside
``5 March 2031`` (Hijri), ``۱۴ اسفند ۱۴۰۹`` (Solar Hijri). Such a line is never a headline
(:func:`is_calendar_line`; ``classify`` makes it the page's furniture), and the Gregorian day
beside it, above the headline and with no clock, is the day the page was *viewed*, not the
day the story was published: a saved copy carries it years after the story
(:func:`calendar_header`). Across the 46 dev packets the one bare day above the headline with
no clock and no label is such a header (a Hebrew page dated eight years after its story); the
publication stamps above a headline carry a clock (``23.03.2031, 16:34``) or a label, and the
two-calendar stamps of an article's own day stand under its headline, where they count.

The month tables are the calendars' own names (no library in the project's dependencies
names the Hebrew or Hijri months: babel's CLDR data gives the Gregorian ones only). A line
counts only when it is nothing but a day, a month of one of these calendars and a year (an
optional weekday before), so a sentence naming a month ("בחודש אב הגיעו") is never one.
"""

from __future__ import annotations

import re

from briefing.corpus import furniture as fx
from briefing.corpus.dates import strip_dates
from briefing.model import ParagraphKind

__all__ = ["calendar_header", "is_calendar_line"]

#: Hebrew letters, and the marks a number written in them carries (gershayim, geresh, typed
#: as the ASCII quotes on many pages).
_HEB = "\u05d0-\u05ea"
_MARK = "\"'\u05f3\u05f4"
_HEBREW_MONTHS = (
    "תשרי|(?:מר)?חשוו?ן|כסלו|כסליו|טבת|שבט|אדר(?:\\s+[אב][" + _MARK + "]?|\\s+ראשון|\\s+שני)?"
    "|ניסן|אייר|סיוו?ן|תמוז|אב|אלול"
)
#: A number in Hebrew letters: ``כ"א``, ``ה'``, ``התשפ"ה`` (a year, its thousands' ה often
#: written before it).
_HEBREW_NUMBER = f"[{_HEB}]{{1,4}}(?:[{_MARK}][{_HEB}]?)?"
_HEBREW = re.compile(
    rf"(?:יום\s+[{_HEB}]+[{_MARK}]?\s*,?\s*)?"
    rf"(?:{_HEBREW_NUMBER}|\d{{1,2}})\s+(?:ב)?(?:{_HEBREW_MONTHS})\s*,?\s+{_HEBREW_NUMBER}"
)
_DIGITS = "0-9\u0660-\u0669\u06f0-\u06f9"
_HIJRI_MONTHS = (
    "محرم|صفر|ربيع\\s+(?:الأول|الاول|الآخر|الاخر|الثاني)|جمادى\\s+(?:الأولى|الاولى|الآخرة"
    "|الاخرة|الثانية)|رجب|شعبان|رمضان|شوال|ذو\\s+القعدة|ذو\\s+الحجة"
)
_PERSIAN_MONTHS = "فروردین|اردیبهشت|خرداد|تیر|مرداد|شهریور|مهر|آبان|آذر|دی|بهمن|اسفند"
_ARABIC_SCRIPT = re.compile(
    rf"(?:[\u0600-\u06ff]+\s*[،,]?\s*)?"  # a weekday
    rf"[{_DIGITS}]{{1,2}}\s+(?:{_HIJRI_MONTHS}|{_PERSIAN_MONTHS})\s*[،,]?\s+[{_DIGITS}]{{4}}"
    r"(?:\s*(?:هـ|ه\.?\s*ق|ه\.?\s*ش|هجري|هجرية|ش))?"
)
#: What may surround the date on its line: spaces, commas, a bar or a dash.
_EDGES = " \t,|·•—–-/"
#: A clock time (read once the date is blanked out): a stamp of when the story was posted.
_CLOCK = re.compile(r"(?<!\d)\d{1,2}(?:[:h]|\.(?=\d\d(?!\d)))\d\d(?!\d)|時|시")


def is_calendar_line(text: str) -> bool:
    """Whether ``text`` is nothing but a date in the Hebrew, Hijri or Solar Hijri calendar."""
    line = text.strip(_EDGES)
    if not line or len(line) > 60:
        return False
    return bool(_HEBREW.fullmatch(line) or _ARABIC_SCRIPT.fullmatch(line))


def calendar_header(texts: list[str], kinds: list[ParagraphKind], at: int) -> bool:
    """Whether the date line ``texts[at]`` is the page's "today" header (module doc): a day
    with no clock, next to a line that is wholly a date in another calendar, both above the
    headline and the story (no title nor body paragraph before them)."""
    if _CLOCK.search(strip_dates(texts[at])) or not fx.is_date_line(texts[at]):
        return False
    for other in (at - 1, at + 1):
        if 0 <= other < len(texts) and is_calendar_line(texts[other]):
            first = min(at, other)
            return all(kind not in ("title", "body", "dek") for kind in kinds[:first])
    return False
