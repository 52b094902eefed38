"""Wire datelines in any language: the place, often the date, and the agency that filed the story.

Shapes (made-up examples of the formats seen in real copy):

- ``WARSAW (Reuters) -``, ``ANKARA (AA) –``, ``MOSKAU (dpa) -``, ``SEOUL, March 3 (Yonhap) --``;
- ``NICOSIA/ATHENS, Oct. 13 (Xinhua) --``: two places of one report joined by a slash;
- ``Roma, 4 mar. (ANSA) -``, ``LONDON, Oct 8, 2025 (Reuters) -``;
- ``KYIV, March 3. /Ukrinform/.``, ``МОСКВА, 9 октября. /ТАСС/.``;
- ``АЛМАТЫ, 12 мар — Sputnik.``, ``ДУШАНБЕ, 8 окт — РИА Новости.``;
- ``Dushanbe, October 9, 2025 —`` (a place and a date, no agency);
- ``9 октября, Москва /Корр. ЭКСПРЕСС/.``, ``9 March, Exampleton (EXA) -``: the date first,
  then the place and the agency (a correspondent's abbreviation before an agency in capitals,
  ``Корр.``, is no part of its name: :mod:`briefing.corpus.correspondent_credit`);
- ``March 1 (UPI) --`` (a date and an agency, the place dropped);
- ``Moskau (Reuters) -``, ``Berlin (dpa) -`` (a city in capitalised words, a known wire, no date);
- ``EXAMPLETON (exa). –``: after a shouted place the agency may be one word in lower case (a
  house's own agency writes itself so), and a full stop may close the brackets before the
  dash; a place in the brackets (``PARIS (France) —``) or a picture's credit (``(AP Photo)``)
  is no agency;
- ``Берн, 11 марта 2031, 19:40 — EXAMPLE Текст …``: a date and its clock time, a dash and an
  agency in capitals run into the lead (a capitalised word that is not all capitals). Only a
  known wire, or a dateline that states the clock time (a wire's stamp, not a sentence's
  date), reads the capitals as the agency: ``BRUSSELS, March 3, 2031 — NATO Secretary
  General …`` names no outlet; with no agency, ``Москва, 11 марта 2031, 19:40 —`` is a place
  and a date, as ``Lisbon, May 3, 2024 —`` is;
- ``(CNN) トラス英首相は…``, ``（ＣＮＮ）…``: an agency in Latin letters in brackets opening a
  Chinese or Japanese lead, which needs no dash: the change of script ends the credit as a
  dash would (full-width brackets and letters read as their ASCII forms, one for one); with
  its city kept, ``ロンドン(CNN) 英国の…`` (:mod:`briefing.corpus.cjk_place_dateline`).

The place must open the paragraph and be written like one: upper case (``KYIV``), or capitalised
words when a date follows (``Roma, 4 mar.``), or, with no date, a city GeoNames knows followed by
a known wire (:data:`briefing.corpus.sources.WIRES`) in brackets and a dash, as German and Spanish
wire copy is written. A capitalised word before any bracket and dash is no dateline otherwise:
``Example Media (EM) -`` is an outlet's own credit (:mod:`briefing.corpus.initials_credit`),
``Jane Roe (@jroe) -`` a post's source line, ``Paris (Photo) -`` a caption. A date without a year
is returned as such; the caller decides whether the article states the year elsewhere.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from briefing.corpus.agency_words import generic_credit, names_an_agency
from briefing.corpus.bracket_agency import agency_like, bare_tag
from briefing.corpus.cjk_place_dateline import cjk_place_dateline
from briefing.corpus.colon_dateline import is_city
from briefing.corpus.correspondent_credit import credited_agency, opens_with_abbreviation
from briefing.corpus.day_dateline import read_day_dateline
from briefing.corpus.stated import StatedDate, read_date
from briefing.corpus.wires import WIRES

__all__ = ["UPPER", "Dateline", "read_dateline"]

#: Capital letters a dateline's place or agency may open with (Latin, Cyrillic, Turkic).
UPPER = "A-ZÀ-ÖØ-ÞĀ-ŽА-ЯЁІЇЄҐƏÇĞİÖŞÜ"
# Two places of a shared dateline are joined by a slash with no space (``GAZA/JERUSALEM, Oct. 13
# (Xinhua) --``); a slash after a space opens an agency instead (``KYIV, March 3. /Ukrinform/.``).
_PLACE = re.compile(rf"[{UPPER}][^\s,(/—–]*(?:(?:[ -]|/(?=[{UPPER}]))[{UPPER}][^\s,(/—–]*){{0,3}}")
_DASH = r"(?:—|–|-{1,2})"
#: The state or country after a shouted place in an AP-style dateline (``India``, ``Ill.``).
_REGION = re.compile(rf"\s*[{UPPER}][^\s,(/—–]*(?: [{UPPER}][^\s,(/—–]*){{0,2}}")
#: The agency may hold digits after its first letter (``ERBIL (Example24) –``), never a year
#: (``(Example 2031)``) nor a word that is a number alone (``(Update 2)``, :func:`agency_like`).
_PAREN_AGENCY = re.compile(
    rf"\s*\((?P<agency>[^()\d\W][^()]{{1,39}})(?<!\d{{4}})\)(?:\.(?=\s))?\s*{_DASH}"
)
#: ``WASHINGTON, Sep 15 (EXA): The …``: the same bracket closed by a colon instead of a dash
#: (some agencies' house style); read only after a place that is a city GeoNames knows or a
#: place and a date (:func:`_colon_wire`), never after a bracket alone.
_PAREN_COLON = re.compile(
    r"\s*\((?P<agency>[^()\d\W][^()]{1,39})(?<!\d{4})\)\s*:\s(?=\s*[\"“„«]?[^\W\d_])"
)
#: ``London, May 19 (EXA) The …``: the bracket with no dash after it, the lead's first word
#: (capitalised, or a quote) right after it; read only after a place and a date and only for
#: an agency's tag (:func:`bare_tag`), never after a place alone.
_PAREN_BARE = re.compile(
    rf"\s*\((?P<agency>[^()\d\W][^()]{{1,39}})(?<!\d{{4}})\)\s+(?=[\"“„«]?[{UPPER}])"
)
#: ``(CNN) トラス…``: a Latin name in brackets, then Han or kana with no dash between.
_FULL_WIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}
_PAREN_BEFORE_CJK = re.compile(
    r"\s*\((?P<agency>[A-Za-z][A-Za-z .&-]{1,38})\)\s*(?=[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff])"
)
# ``/Ukrinform/.``: the slash opens after a space or the date's full stop and the name fills the
# slashes. A slash glued to a word (``Jane Roe/AFP``) or a padded name (``/AFP / East News``)
# joins the credits of a photo, never a dateline.
_SLASH_AGENCY = re.compile(r"\s*(?<![^\W\d_])/(?P<agency>[^/\d\s][^/\d]{0,38}[^/\d\s])/\.?")
_DASH_AGENCY = re.compile(
    rf"\s*{_DASH}\s*(?P<agency>[{UPPER}][\w.-]*(?: [{UPPER}][\w.-]*){{0,2}})\.(?:\s|$)"
)
#: ``, 19:40``: the clock time of a wire's stamp after its date (``Берн, 11 марта 2031, 19:40``).
_CLOCK = re.compile(r",?\s*[0-2]?\d:[0-5]\d(?!\d)")
#: ``— EXAMPLE Текст``: a dash, an agency in capitals (one to three words) and the lead's first
#: word, capitalised and not all capitals, on the same line.
_CAPS_AGENCY = re.compile(
    rf"\s*{_DASH}\s*(?P<agency>[{UPPER}][{UPPER}0-9]{{2,}}"
    rf"(?:[ -][{UPPER}][{UPPER}0-9]+){{0,2}})\s+(?=[{UPPER}][^\W\d_{UPPER}])"
)
_DASH_ONLY = re.compile(rf"\s*(?:\.\s*)?{_DASH}\s")


@dataclass(frozen=True, slots=True)
class Dateline:
    """What a dateline opening a paragraph says."""

    place: str
    agency: str | None
    date: StatedDate | None
    #: Where the dateline ends (the story starts after it).
    end: int


@lru_cache(maxsize=256)
def read_dateline(text: str) -> Dateline | None:
    """The dateline opening ``text``, or None.

    Kept per text (the answer depends on the text alone and a :class:`Dateline` cannot
    change): the heads, the deks, the wire's dateline and the date each ask it of the same
    paragraph, a third of the asks again (issue 15); at most 256 paragraphs are held."""
    head = text[:160]
    undated = _date_and_agency(head)
    if undated is not None:
        return undated
    if head[:1].isdigit():  # "7 de diciembre de 2024.- Cinco años …": a date, no place
        first = read_date(head)
        placed = _date_first(head, first) if first is not None else None
        if placed is not None:
            return placed
        dash = _DASH_ONLY.match(head, first.end) if first and first.year else None
        if dash is None and (day := _day_first(head)) is not None:
            return day  # "29 марта. Example.ru — …": the day, then the house or the place
        return Dateline("", None, first, dash.end()) if dash else None
    if head[:1] in "LlAaEeJFMSOND" and (day := _day_first(head)) is not None:
        return day  # "le 5 mars. Exemple.fr — …", "March 5. Example.com — …"
    if head.startswith("（"):  # "（ＣＮＮ）…": the same characters, one for one
        head = head.translate(_FULL_WIDTH)
    if head.startswith("("):  # "(Teleborsa) - Si aggrava …": the place was lost, the agency not
        match = _PAREN_AGENCY.match(head) or _PAREN_BEFORE_CJK.match(head)
        if match and agency_like(match.group("agency")):
            return Dateline("", match.group("agency").strip(), None, match.end())
        return None
    place = _PLACE.match(head)
    if place is None:
        cjk = cjk_place_dateline(head) if head[:1] > "\u3000" else None  # "ロンドン(EXA) …"
        return Dateline(cjk[0], cjk[1], None, cjk[2]) if cjk else None
    name = place.group(0)
    shouting = _shouted(name)
    pos = place.end()
    date: StatedDate | None = None
    clock = False
    stopped = _stop_dateline(head, name[:-1], pos) if name.endswith(".") else None
    if stopped is not None:
        return stopped  # "Москва. 8 августа. EXAMPLE.RU - …"
    if head.startswith(",", pos):
        date = read_date(head, pos + 1)
        if date is not None:
            pos = date.end
            if head.startswith(".", pos) and not head.startswith(". ", pos + 1):
                pos += 1
            time = _CLOCK.match(head, pos)
            if time is not None:
                pos, clock = time.end(), True
        elif not shouting:
            return None
        else:  # "AHMEDABAD, India (AP) —", "SPRINGFIELD, Ill. (AP) —": the region, then the wire
            region = _REGION.match(head, pos + 1)
            match = _PAREN_AGENCY.match(head, region.end()) if region else None
            if match and agency_like(match.group("agency")):
                return Dateline(name, match.group("agency").strip(), None, match.end())
    elif not shouting:
        return _city_and_wire(head, name, pos) or _wire_line(text, name, pos, shouting)
    for pattern in (_PAREN_AGENCY, _SLASH_AGENCY, _DASH_AGENCY):
        match = pattern.match(head, pos)
        dated = pattern is not _DASH_AGENCY or date is not None  # "— Le Monde." needs a date
        if match and dated and opens_with_abbreviation(match.group("agency")):
            # "/Корр. EXA Jane Roe/": the house after a correspondent's abbreviation, or none
            return Dateline(name, credited_agency(match.group("agency")), date, match.end())
        if match and pattern is _PAREN_AGENCY and generic_credit(match.group("agency")):
            # "SEOUL (Agencies) -": a dateline still (its place and dash open the story), but
            # the word alone names no agency, so no outlet comes of it.
            return Dateline(name, None, date, match.end()) if shouting or date else None
        if match and agency_like(match.group("agency"), shouted=shouting):
            if pattern is _DASH_AGENCY and date is None:
                continue  # "PARIS — Le Monde." needs a date to be a dateline
            return Dateline(name, match.group("agency").strip(), date, match.end())
    colon = _colon_wire(head, name, pos, date)
    if colon is not None:
        return colon
    bare = _bare_wire(head, pos) if date is not None and date.day is not None else None
    if bare is not None:
        return Dateline(name, bare[0], date, bare[1])  # "London, May 19 (EXA) The …"
    caps = _CAPS_AGENCY.match(head, pos) if date is not None else None
    known = caps is not None and (clock or caps.group("agency") in WIRES)
    if caps is not None and known and agency_like(caps.group("agency")):
        return Dateline(name, caps.group("agency"), date, caps.end())  # "…, 19:40 — EXAMPLE Текст"
    if date is not None and date.year is not None:
        dash = _DASH_ONLY.match(head, pos)
        if dash:
            return Dateline(name, None, date, dash.end())
    return _wire_line(text, name, pos, shouting) if date is None else None


#: ``. EXAMPLE.RU - ``: after a place and a day set off by full stops, an agency in capitals
#: (its site's name, a dot and its domain, may be it) and a dash before the lead.
_STOP_AGENCY = re.compile(
    rf"(?:\.|(?<=\.))\s+(?P<agency>[{UPPER}][{UPPER}0-9]+(?:\.[{UPPER}]{{2,3}})?"
    rf"(?:[ -][{UPPER}][{UPPER}0-9]+){{0,2}})\s*{_DASH}\s"
)


def _stop_dateline(head: str, place: str, pos: int) -> Dateline | None:
    """``Москва. 8 августа. EXAMPLE.RU - …``: the place, a day and month, the agency in
    capitals, each closed by a full stop, and a dash (a Russian agency's house style). The
    day and the agency's capitals and dash are all needed: "Москва. 8 августа прошёл
    митинг" is prose, and a stop after a place alone is
    :func:`~.place_dateline.place_dateline_end`'s."""
    if not head.startswith(" ", pos) or not place[-1:].isalpha():
        return None
    date = read_date(head, pos + 1)
    if date is None or date.day is None:
        return None
    match = _STOP_AGENCY.match(head, date.end)
    if match is None or not agency_like(match.group("agency"), shouted=True):
        return None
    return Dateline(place, match.group("agency"), date, match.end())


#: ``TOKIO(AP )``: the wire's bracket closing a line of its own, glued to the place or not, a
#: space left inside it.
_WIRE_AT_END = re.compile(r"\s*\(\s*(?P<agency>[^()\s][^()]{0,38}?)\s*\)\s*$")


def _wire_line(text: str, place: str, pos: int, shouting: bool) -> Dateline | None:
    """``TOKIO(AP )`` / ``Moskau (dpa)``: a dateline that is the whole paragraph, the lead
    under it, so no dash follows the bracket. Only a known wire in one of its own spellings
    counts (``(Photo)``, ``(Update)``, ``(France)`` or a headline's bracketed word are no
    wire), after a shouted place or a city GeoNames knows."""
    match = _WIRE_AT_END.match(text, pos)
    if match is None:
        return None
    agency = match.group("agency")
    written = agency.isupper() or agency.islower() or agency.istitle()
    if agency.upper() not in WIRES or not written:
        return None
    if not (shouting or is_city(place)):
        return None
    return Dateline(place, agency, None, match.end())


def _day_first(head: str) -> Dateline | None:
    """``29 марта. Example.ru —``: the day, then the house or the place (:mod:`.day_dateline`)."""
    if not any(dash in head[:80] for dash in "—–-"):
        return None
    found = read_day_dateline(head)
    return Dateline(*found) if found is not None else None


def _date_first(head: str, first: StatedDate) -> Dateline | None:
    """``9 октября, Москва /Корр. ЭКСПРЕСС/.``: a date, a comma, a place, then an agency in
    slashes or brackets (without the agency, a date and a place open many a sentence)."""
    if not head.startswith(",", first.end):
        return None
    place = _PLACE.match(head, _skip(head, first.end + 1))
    if place is None:
        return None
    for pattern in (_SLASH_AGENCY, _PAREN_AGENCY):
        match = pattern.match(head, place.end())
        if match and opens_with_abbreviation(match.group("agency")):
            agency = credited_agency(match.group("agency"))  # "/Корр. EXA/": the house, EXA
            return Dateline(place.group(0), agency, first, match.end())
        if match and agency_like(match.group("agency")):
            return Dateline(place.group(0), match.group("agency").strip(), first, match.end())
    bare = _bare_wire(head, place.end()) if first.day is not None else None
    if bare is not None:  # "19 May, Exampleton (EXA) The …"
        return Dateline(place.group(0), bare[0], first, bare[1])
    return None


def _bare_wire(head: str, pos: int) -> tuple[str, int] | None:
    """(agency, where the lead starts) for ``(EXA) The …`` at ``pos``, right after a place
    and a day (``London, May 19``, ``19 мая, Москва``): some agencies (India's among them)
    write no dash after the bracket, and the lead's capital follows at once. A bracket in
    prose after a place and a date ("Paris, May 19 (Friday) was …") holds a word, not a
    tag, so only a known wire or initials in capitals count (:func:`bare_tag`)."""
    match = _PAREN_BARE.match(head, pos)
    if match is None:
        return None
    agency = match.group("agency").strip()
    if not bare_tag(agency):
        return None
    return agency, match.end()


def _skip(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] == " ":
        pos += 1
    return pos


def _city_and_wire(head: str, place: str, pos: int) -> Dateline | None:
    """``Moskau (Reuters) -``: a capitalised place with no date is a dateline only when a known
    wire, written as wires write themselves (``Reuters``, ``dpa``, ``AFP``), is in the brackets
    and the place is a city GeoNames knows; "Reuters (R) -" or "Example Media (EM) -" is not."""
    match = _PAREN_AGENCY.match(head, pos) or _PAREN_COLON.match(head, pos)
    if match is None:
        return None
    agency = match.group("agency").strip()
    if names_an_agency(agency) and not generic_credit(agency) and is_city(place):
        return Dateline(place, agency, None, match.end())  # "Exampleton (exa Nachrichtenagentur) -"
    if not (agency.isupper() or agency.islower() or agency.istitle()):
        return None
    if agency.upper() not in WIRES or not is_city(place):
        return None
    return Dateline(place, agency, None, match.end())


def _colon_wire(head: str, place: str, pos: int, date: StatedDate | None) -> Dateline | None:
    """``WASHINGTON, Sep 15 (EXA): The …``, ``LONDON (Exa): The …``: a wire's bracket closed by
    a colon. A colon follows many a bracket in prose and headlines ("TRUMP (Analysis): …"),
    so the place must come with a date or be a city GeoNames knows, and the bracket must hold
    an agency's tag: a known wire, or initials in capitals (``(EXA)``; a capitalised word,
    "(Tuesday)", "(Analysis)", is no tag), and an agency's name (:func:`agency_like`: no
    "(Photo)", no country, no "(Agencies)")."""
    match = _PAREN_COLON.match(head, pos)
    agency = match.group("agency").strip() if match else ""
    tag = agency.upper() in WIRES or (agency.isupper() and 2 <= len(agency) <= 8)
    if match is None or not tag or not agency_like(agency, shouted=_shouted(place)):
        return None
    if date is None and not (is_city(place) or is_city(place.title())):
        return None
    return Dateline(place, agency, date, match.end())


def _date_and_agency(head: str) -> Dateline | None:
    """``March 1 (UPI) --``, ``1 mars (AFP) -``: a wire dateline whose place was dropped, the
    date right before the agency in brackets and the dash."""
    if "(" not in head[:60] or not head[:1].isalnum():
        return None  # most paragraphs: no bracket near the start, no date read
    first = read_date(head)
    match = _PAREN_AGENCY.match(head, first.end) if first is not None else None
    if first is None or match is None or not agency_like(match.group("agency")):
        return None
    return Dateline("", match.group("agency").strip(), first, match.end())


_ASCII_LOWER = re.compile(r"[a-z]")


def _shouted(place: str) -> bool:
    """A place written in capitals: ``KYIV``, or ``EXAMPLEÖRT`` with an accented letter left in
    lower case (``EXAMPLEöRT``: a page that upper-cased only the ASCII letters), three
    letters or more; the letters the page could upper-case are all capitals."""
    if not place.isupper() and _ASCII_LOWER.search(place):
        return False  # "Moscow": an ASCII letter in lower case, the common case, decided at once
    letters = [c for c in place if c.isalpha()]
    if len(letters) < 3:
        return False
    if place.isupper():
        return True
    ascii_letters = [c for c in letters if c.isascii()]
    return len(ascii_letters) >= 3 and all(c.isupper() for c in ascii_letters)
