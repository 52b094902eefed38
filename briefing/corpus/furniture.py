"""Recognise the non-article furniture of a news page, one paragraph at a time.

Saved articles carry what the page around them said: date and section lines, bylines, photo
credits and captions, share buttons, copyright footers, and agency self-descriptions. These are
kept (nothing is deleted) but given a foldable kind so the reader can fold them and search can
rank them down. Each test here looks at one paragraph; the position-dependent rules (a footer
region, a dek next to the title) live in :mod:`briefing.corpus.classify`.

All rules require the paragraph to be *short*: a 60-word body sentence that happens to mention
"Reuters" or "copyright" stays body text.
"""

from __future__ import annotations

import re

from briefing.corpus.case_blind import may_hold
from briefing.corpus.dates import find_dates, strip_dates
from briefing.corpus.interface import is_interface_label
from briefing.corpus.kickers import is_skip_link

__all__ = [
    "byline_author",
    "ends_in_photo_credit",
    "is_boilerplate",
    "is_caption",
    "is_date_line",
    "is_footer_trigger",
    "is_photo_credit",
    "is_self_description",
    "partial_date",
    "url_line",
    "word_count",
]

_CREDIT_LINE = re.compile(
    r"^(?:photos?|images?|pictures?|credits?|illustrations?|фото)\s*(?::|by\b|/|—|-)", re.I
)
# Three shapes of credit that end a caption; each is tried only when its cheap marker is there.
_CREDIT_SLASH = re.compile(
    r"/\s*(?:Reuters|AFP|AP|EPA|Getty Images|TASS|Sputnik|Xinhua|Anadolu|Shutterstock|"
    r"Wikimedia Commons|[A-Z][\w.]+(?: [A-Z][\w.]+)? Photo)\s*$"
)
_CREDIT_PAREN = re.compile(
    r"\([^()]{0,150}\b(?:Photo|Pool|via AP|AP|Getty|Reuters|AFP|EPA|Sputnik|Images|"
    r"Shutterstock|Credit|TASS)\b[^()]{0,150}\)\s*$"
)
_CREDIT_LABEL = re.compile(
    r"(?:Photo|Foto|Фото|Φωτογραφία|Image|Bild|Credit|Crédit)s?:\s*[^.]{2,80}\.?$"
)
# "… later on Wednesday. Photo By Jane Roe/ EPA-EFE": the photographer named after a
# "Photo by" closes the paragraph, with no full stop after the name.
_CREDIT_BY = re.compile(
    r"(?<!\w)(?i:photos?|fotos?|фото|pictures?|images?|bild)\s+(?i:by|von|de|di|par|por|от)\s+"
    r"[A-ZÀ-ÖØ-ÞА-ЯЁ][^.!?…\n]{1,80}$"
)
#: Every match of ``_CREDIT_BY`` holds one of these, casefolded (``case_blind.may_hold``).
_CREDIT_BY_WORDS = ("photo", "foto", "фото", "picture", "image", "bild")
_CAPTION_ANYWHERE = re.compile(r"\b(?:AP Photo/|REUTERS/|AFP PHOTO|EPA-EFE/|Getty Images)")
# Rights notices: anywhere in a short paragraph.
_RIGHTS = re.compile(
    r"©|\ball rights reserved\b|^copyright\b|\bmay not be published, broadcast, rewritten\b"
    r"|\bcomments? (?:are|is) closed\b",
    re.I,
)
#: Every match of ``_RIGHTS`` holds one of these, casefolded; of ``_FOOTER_TRIGGER`` too.
_RIGHTS_WORDS = ("©", "rights", "copyright", "broadcast", "closed", "conversation")
# Page widgets: a short line that *starts* with the label. A share prompt must be nothing but
# one ("Share prices rose sharply" is news).
_WIDGET = re.compile(
    r"^(?:source|источник|джерело|quelle|fuente|fonte|kaynak|źródło|bron|tags?|topics?"
    r"|contacts?|media contacts?|press contacts?)\s*:"
    r"|^join the conversation"
    r"|^(?:share|поделиться)(?:\s+(?:this|on|via|the|article|story|it|page|post|with|your|friends"
    r"|social|media|facebook|twitter|x|email|e-mail|telegram|whatsapp|vk|and|or))*[\s:!.…]*$"
    r"|^(?:related|read more|read also|see also|more from|more on this|recommended|advertisement"
    r"|follow us|subscribe|sign up|click here|читайте также)\b"
    # "read more" in scripts without spaces, where a word boundary cannot close it
    r"|^(?:阅读更多|閱讀更多|查看更多|更多相关|更多相關|もっと見る|もっと読む|더\s?보기)",
    re.I,
)
#: "READ MORE: <headline>", "Lesen Sie auch: …", "LEIA TAMBÉM: …": a label (in capitals, or
#: followed by a colon, a dash or an arrow) that introduces a link to another story. The
#: phrases are the usual wording of the label in each language; a sentence that merely starts
#: with "Read more about…" has no colon and stays.
_LINK_LABEL = re.compile(
    r"^\W{0,3}(?:read more|read also|see also|related(?: stories| articles?| news)?|more on this"
    r"|lesen sie (?:auch|mehr)|mehr zum thema|lees ook|lees meer|(?:à )?lire aussi|voir aussi"
    r"|lisez aussi"
    r"|leggi anche|leggi di più|lee también|leer más|ver también|leia (?:também|mais)"
    r"|lea (?:más|también|además)|vea (?:más|también|además)|le interesa también"
    r"|veja também|saiba mais|czytaj (?:też|także|więcej)|zobacz (?:też|także)|читайте также"
    r"|читайте також|смотрите также|дивіться також|διαβάστε (?:επίσης|ακόμα)|ayrıca okuyun"
    r"|ilgili haber(?:ler)?|citește și|vezi și|čtěte (?:také|též)|olvassa el|zobacz"
    r"|関連記事|関連ニュース|延伸閱讀|延伸阅读|相关新闻|相關新聞|相关阅读|相關閱讀|관련\s?기사"
    r"|اقرأ أيضا|اقرأ أيضاً|إقرأ أيضا|إقرأ أيضاً)"
    r"\s*(?::|：|–|—|-|»|>|→|\|)",
    re.I,
)
_FOOTER_TRIGGER = re.compile(
    r"©|\ball rights reserved\b|^copyright\b|^join the conversation"
    r"|may not be published, broadcast",
    re.I,
)
_SELF_DESCRIPTION = re.compile(
    r"^(?:The )?[A-Z][\w.&' -]{1,50} is an? (?:[\w-]+ ){0,4}"
    r"(?:news|media|press|wire service|newspaper|broadcaster|news agency)\b"
)
_DATE_LABEL = re.compile(
    r"\b(?:date|dated|published|updated|posted|last modified|on|at|by|gmt|utc|msk|edt|est|bst|cet)"
    r"|года|г|року|р|yılı"
    r"\b|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?"
    r"|\d{1,2}\s*[ap]\.?m\.?",
    re.I,
)
_PARTIAL_DATE = re.compile(
    r"\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+[0-3]?\d(?:st|nd|rd|th)?\b"
    r"|\b[0-3]?\d\s+(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?"
    r"|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b"
    r"|\b(?:19|20)\d\d-[01]\d-[0-3]\d\b|\b[0-3]?\d\.[01]?\d\.(?:19|20)\d\d\b",
)
_BYLINE = re.compile(
    r"^(?:By|BY|by|Author:|Автор:?)\s+(?P<name>[A-ZА-Я][\w.'’-]+(?:\s+(?:and\s+)?[A-ZА-Я][\w.'’-]+){0,5})"
    r"(?:\s*[,|/–—-]\s*.{0,60})?$"
)
_URL_LINE = re.compile(r"^(?:(?:url|link|source url|original)\s*:\s*)?(?P<url>https?://\S+)$", re.I)


def word_count(text: str) -> int:
    """Number of space-separated words, counting a long run without spaces as one word per 40
    characters: a megabyte-long "word" must not pass the *short* tests below."""
    if not text:
        return 0
    return max(text.count(" ") + 1, len(text) // 40)


def is_photo_credit(text: str) -> bool:
    """``photo: Wikimedia Commons``, ``Image by …``: a credit line on its own."""
    return word_count(text) <= 15 and bool(_CREDIT_LINE.match(text))


def is_caption(text: str) -> bool:
    """A photo caption: a short paragraph ending in (or containing) a photo credit."""
    if word_count(text) > 70:
        return False
    if ends_in_photo_credit(text):
        return True
    if "/" in text or "PHOTO" in text or "Getty" in text:
        return bool(_CAPTION_ANYWHERE.search(text))
    return False


def ends_in_photo_credit(text: str) -> bool:
    """Whether ``text`` closes with a photo credit (``(Photo by Jane Roe/AFP)``, ``/ Reuters``,
    ``Photo: …``), whatever its length: a long caption set as a paragraph is still a caption,
    so a dateline opening it (``PLACE – JANUARY 14:``) dates the picture, not the article."""
    tail = text[-200:].rstrip()
    if tail.endswith(")") and _CREDIT_PAREN.search(tail):
        return True
    if "/" in tail[-40:] and _CREDIT_SLASH.search(tail):
        return True
    if ":" in tail and _CREDIT_LABEL.search(tail):
        return True
    return may_hold(tail, _CREDIT_BY_WORDS) and bool(_CREDIT_BY.search(tail))


def is_boilerplate(text: str) -> bool:
    """Share buttons, ``Related:``, ``SOURCE:`` lines, skip links, a control's label (``Close
    this search box``), copyright and rights notices; a link to another story (``READ MORE:
    <its headline>``), whose headline may be long."""
    words = word_count(text)
    if words <= 12 and (_WIDGET.search(text) or is_skip_link(text) or is_interface_label(text)):
        return True
    if words <= 35 and _LINK_LABEL.match(text):
        return True
    return words <= 25 and may_hold(text, _RIGHTS_WORDS) and bool(_RIGHTS.search(text))


def is_footer_trigger(text: str) -> bool:
    """A line after which the rest of a page is footer (copyright, "Join the Conversation")."""
    if word_count(text) > 25 or not may_hold(text, _RIGHTS_WORDS):
        return False
    return bool(_FOOTER_TRIGGER.search(text))


def is_self_description(text: str) -> bool:
    """``The Associated Press is an independent global news organization…``."""
    return word_count(text) <= 90 and bool(_SELF_DESCRIPTION.match(text))


def is_date_line(text: str) -> bool:
    """A line that is a date plus at most a label and a section (``date 2025-10-09 MIDDLE EAST``).

    Dates without a year count here (``October 9``): the line is furniture either way, even if
    its date cannot be used.
    """
    if word_count(text) > 10:
        return False
    if not (find_dates(text) or _PARTIAL_DATE.search(text)):
        return False
    rest = _PARTIAL_DATE.sub(" ", strip_dates(text))
    rest = re.sub(r"\b(?:19|20)\d\d\b", " ", rest)
    rest = _DATE_LABEL.sub(" ", rest)
    leftover = [w for w in re.split(r"[\s,|/:·•–—-]+", rest) if w and not w.isdigit()]
    return len(leftover) <= 3


def partial_date(text: str) -> str | None:
    """The first day-and-month expression in ``text`` (``October 9``, ``9 Oct``), if any."""
    match = _PARTIAL_DATE.search(text)
    return match.group(0) if match else None


def byline_author(text: str) -> str | None:
    """The author's name from a ``By Jane Doe`` line, or None."""
    if word_count(text) > 12:
        return None
    match = _BYLINE.match(text)
    if match is None:
        return None
    name = match.group("name")
    return name.title() if name.isupper() else name


def url_line(text: str) -> str | None:
    """The URL if the paragraph is nothing but a URL (optionally labelled)."""
    if "http" not in text:
        return None
    if " " in text.strip() and not text.lower().startswith(("url", "link", "source url", "orig")):
        return None
    match = _URL_LINE.match(text.strip())
    return match.group("url") if match else None
