"""How an Arabic outlet signs the dateline of its own story.

Two shapes name the outlet (made-up names below):

- ``تونس – مثال نيوز اعلنت …``: the city, a dash, the outlet, and the lead run into it once
  the line break is lost. Nothing marks where a name ends and the lead begins in a glued
  line, so the name must end in a word outlets put last in their names: the Latin media
  words Arabic writes out (``نيوز`` news, ``برس`` press, ``نت`` net, ``بوست`` post,
  ``تايمز`` times, ``ميديا`` media, ``أونلاين`` online, ``24``) or ``الإخبارية`` (the news
  site), with an ``عربية`` after them as some add;
- ``مثال من لندن: قضت محكمة …``: the outlet, "from", the city it writes from and a colon
  before the lead.

A third is a wire's own dateline, as Latin copy writes ``MOSCOW (AP) —``:

- ``جنيف - 19 - 3 (مثال) -- أعلن …``: the city, the day and month in figures if given, the
  agency in brackets and a dash before the lead. Brackets and a dash after a city are a wire's
  mark, so the name may be any one to four words (an agency's acronym ``مثال``, its letters
  ``أ ف ب``); a bracketed name inside a sentence (``بنك (مثال)``) opens no paragraph after a city.

Two more name a wire or a site the way Latin and Persian copy does:

- ``غزة /مثال/``: the city and the agency between slashes (``KYIV /Ukrinform/.``), the lead on
  the same line or the next (a page's date label may open the line before the city);
- ``مثال‌نیوز - در حالی که …``: the outlet's own name and a dash opening the lead, no city; the
  name must end in a media word (in Arabic or Persian letters), or be one word ending in
  "news" (``…نیوز``, a Latin brand written as one Persian word), and not be a city.

One more is a credit line of its own, the outlet and the wire it takes the story from:

- ``مثال 24 – وام:``: the outlet's name ending in a media word, a dash, the wire and a colon,
  alone on its line above the lead (the outlet publishes it; the wire is its source).

All need a city GeoNames knows (but the last of the Persian shapes and the credit line, which
need a media word instead), a lead of a sentence after them, and a name the article never
repeats: the same shapes open quoted headlines (``بايدن من وارسو: …``, "Biden from
Warsaw: …"), whose speaker the story names again; an outlet signing its dateline is not
(as in :mod:`briefing.corpus.colon_dateline`). A correspondent (``مراسلنا من غزة:``, "our
correspondent from Gaza") is no outlet.
"""

from __future__ import annotations

import re

from briefing.corpus.colon_dateline import is_city, named_again
from briefing.corpus.labels import read_label

__all__ = ["arabic_dateline_outlet"]

_WORD = r"[\u0621-\u064a\u0671-\u06d3][\u0621-\u065f\u0670-\u06d3]*"
_MEDIA = r"(?:نيوز|برس|نت|بوست|تايمز|ميديا|أونلاين|اونلاين|24|الإخبارية|الاخبارية)"
_DASHED = re.compile(
    rf"\s*(?P<city>{_WORD}(?: {_WORD})?)\s+[–—-]\s+"
    rf"(?P<name>(?:{_WORD} ){{1,2}}{_MEDIA}(?: (?:عربية|العربية))?)\s+(?=\S)"
)
#: The media words with Persian letters (ی for ي, ک for ك).
_MEDIA_FA = r"(?:نيوز|نیوز|برس|پرس|تايمز|تایمز|ميديا|مدیا|آنلاین)"
_DAY_MONTH = rf"[0-3]?\d\s*[-/.]\s*[01]?\d|[0-3]?\d\s+{_WORD}"
_BRACKETED = re.compile(
    rf"\s*(?P<city>{_WORD}(?: {_WORD})?)\s*[،,]?\s*(?:[–—-]\s*)?"
    rf"(?:(?:{_DAY_MONTH})\s*(?:[–—-]\s*)?)?"
    rf"\((?P<name>{_WORD}(?: {_WORD}){{0,3}})\)\s*[–—-]{{1,2}}\s*(?=\S)"
)
#: ``غزة /مثال/``: the city and the agency between slashes (as ``KYIV /Ukrinform/.``); the
#: lead follows on the line or on the next one.
_SLASHED = re.compile(
    rf"\s*(?P<city>{_WORD}(?: {_WORD})?)\s*[،,]?\s*/\s*(?P<name>{_WORD}(?: {_WORD}){{0,3}})\s*/"
    r"\s*[.:–—-]*\s*"
)
#: ``مثال‌نیوز - …``: the outlet's name opening its lead with a dash, no city before it; the
#: name's last word is a media word (the Persian letters too: ``نیوز``), or ends in "news"
#: glued to the name as Persian writes a Latin brand in one word.
_NEWS_GLUED = r"[\u0621-\u064a\u0671-\u06d3]{2,}(?:نيوز|نیوز)"
_OWN_DASH = re.compile(
    rf"\s*(?P<name>(?:{_WORD} ){{1,2}}{_MEDIA_FA}|{_NEWS_GLUED})\s+[–—-]\s+(?=\S)"
)
#: ``مثال 24 – وام:``: the outlet (its last word a media word), a dash, its wire, a colon.
_CREDIT_LINE = re.compile(
    rf"\s*(?P<name>(?:{_WORD} ){{1,2}}{_MEDIA})\s*[–—-]\s*{_WORD}(?: {_WORD}){{0,2}}\s*:\s*"
)
_FROM = re.compile(rf"\s*(?P<name>{_WORD}(?: {_WORD})?) من (?P<city>{_WORD}(?: {_WORD})?):\s+")
#: A correspondent or envoy writing from the city: a person, not the outlet.
_PERSON = re.compile(r"(?:ال)?(?:مراسل|موفد|مبعوث|محرر)")
#: Words the lead must have after the dateline: a sentence, not a headline's fragment.
_MIN_LEAD_WORDS = 8
#: Paragraphs a wire's dateline is looked for in (as for Latin datelines, under a headline,
#: a standfirst and picture captions).
_WIRE_REACH = 8


def arabic_dateline_outlet(paragraphs: list[str]) -> str | None:
    """The outlet of an Arabic dateline opening one of the first paragraphs, or None."""
    slashed = _slashed_outlet(paragraphs)
    if slashed is not None:
        return slashed
    own = _OWN_DASH.match(paragraphs[0]) if paragraphs else None
    if own is not None and len(paragraphs[0][own.end() :].split()) > _MIN_LEAD_WORDS:
        name = own.group("name")
        if not is_city(name) and not named_again(name, paragraphs, 0, own.end()):
            return name
    for index, text in enumerate(paragraphs[: _WIRE_REACH - 1]):
        credit = _CREDIT_LINE.fullmatch(text)
        lead = paragraphs[index + 1] if credit else ""
        if credit and len(lead.split(None, _MIN_LEAD_WORDS)) > _MIN_LEAD_WORDS:
            name = credit.group("name")
            if not named_again(name, paragraphs, index, credit.end()):
                return name
    for index, text in enumerate(paragraphs[:_WIRE_REACH]):
        # a wire's dateline may follow a headline and captions; the glued shapes only open
        wire = _BRACKETED.match(text)
        match = wire or (_DASHED.match(text) or _FROM.match(text) if index < 3 else None)
        if match is None or _PERSON.match(match.group("name")):
            continue
        if len(text[match.end() :].split(None, _MIN_LEAD_WORDS)) <= _MIN_LEAD_WORDS:
            continue
        name = match.group("name")
        if not is_city(match.group("city")):
            continue
        if wire is not None or not named_again(name, paragraphs, index, match.end()):
            return name
    return None


def _slashed_outlet(paragraphs: list[str]) -> str | None:
    """The agency of ``<city> /<agency>/`` opening one of the first paragraphs (after a page's
    date label, if one leads the line), its lead on the same line or the next."""
    for index, text in enumerate(paragraphs[:_WIRE_REACH]):
        if "/" not in text[:120]:
            continue
        label = read_label(text)
        start = label.end if label is not None else 0
        match = _SLASHED.match(text, start)
        if match is None or not is_city(match.group("city")):
            continue
        lead = text[match.end() :]
        if not lead.strip() and index + 1 < len(paragraphs):
            lead = paragraphs[index + 1]
        if len(lead.split(None, _MIN_LEAD_WORDS)) > _MIN_LEAD_WORDS:
            return match.group("name")
    return None
