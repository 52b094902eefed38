"""A broadcaster's closing line naming the station that aired the item.

Radio and television newsrooms put their text pages online with the line that says when and
where the item went on air, at the end rather than in a label at the top (made-up examples):

- a stamp: ``Broadcast: Radio Example News, 14.03.2031 19:00`` / ``Sendung: Example24
  Nachrichten, 14.03.2031 19:00 Uhr`` — a broadcast label, a colon, the name, a comma and a
  full date;
- a sentence about the item itself: ``This report was broadcast on 14 March 2031 on Radio
  Example.`` / ``Diese Nachricht wurde am 14.03.2031 im Programm Example gesendet.`` — "this"
  with a word for the item, a verb of broadcasting, a full date, and the name after a word for
  a programme or channel or right after the preposition that follows the verb.

The name may be the station's programme (``Example24 Nachrichten``) rather than the station:
it is the station's own product, and the only name the page gives for where the item came
from. A republishing note ("This article was originally published on Example Site") is no
broadcast line: another outlet's text republished says nothing about who aired it.

The line names the outlet only when all of it holds: it is one of the last two paragraphs and
short (at most 20 words), it states a full date (a stamp about the item, not a sentence about
the story's events), and the name is one to four capitalised words that are no institution.
A cited broadcaster never matches: "The interview was broadcast by Channel X on 14 March"
does not speak of *this* item, and "told Radio X", "according to Radio X" have no broadcast
label or verb. A picture's credit or caption is never such a line.
"""

from __future__ import annotations

import datetime as dt
import re

from briefing.corpus import furniture as fx
from briefing.corpus.selfref import not_an_outlet
from briefing.corpus.stated import read_date

__all__ = ["closing_broadcast_date", "closing_broadcaster"]

_MAX_WORDS = 20
_UP = "A-ZÀ-ÖØ-ÞĀ-ŽА-ЯЁІЇЄҐ0-9"
#: One to four capitalised words (or numbers: "Radio 4"), the name of the station.
_NAME = rf"(?P<name>[{_UP}][\w.&'-]*(?: [{_UP}][\w.&'-]*){{0,3}})"
#: The label of a broadcast stamp, by language.
_LABELS = (
    r"Broadcast|Aired|On air|Sendung|Ausstrahlung|Émission|Emission|Diffusion|Trasmissione"
    r"|Emisión|Emissão|Uitzending|Audycja|Emisja|Эфир|Передача|Ефір|Εκπομπή"
)
_STAMP = re.compile(rf"^(?i:{_LABELS})\s*:\s*{_NAME}\s*,\s*\S")
#: "This <item>": the line speaks of the text it closes.
_THIS_ITEM = re.compile(
    r"^(?:This|These|Diese[rs]?|Ce|Cet|Cette|Questo|Questa|Este|Esta|Deze|Dit|Ten|Ta|Этот"
    r"|Эта|Цей|Ця)\s+(?:news|report|story|item|programme|program|segment|bulletin"
    r"|Nachricht|Nachrichten|Beitrag|Meldung|Bericht|Sendung|reportage|sujet|information"
    r"|article|servizio|notizia|articolo|noticia|reportaje|informação|notícia|reportagem"
    r"|bericht|nieuws|item|reportaż|materiał|wiadomość|сюжет|материал|новость|матеріал|новина)\b",
    re.IGNORECASE,
)
_AIRED = re.compile(
    r"\b(?:broadcast|aired|gesendet|ausgestrahlt|diffusée?|trasmess[oa]|andat[oa] in onda"
    r"|emitid[oa]|transmitid[oa]|uitgezonden|wyemitowan[ya]|показан|вышел в эфир|вийшов в ефір)\b",
    re.IGNORECASE,
)
#: A word for a programme or channel followed at once by its name ("im Programm Example").
_CHANNEL = re.compile(
    rf"\b(?:Programm|programme|program|programma|programa|programie|Sender|channel|chaîne"
    rf"|canale|canal|kanaal|kanale|antenne|station|Station)\s+{_NAME}"
)
#: After the verb, "on/auf/sur/su/en/em/op/na/w" and the name ("broadcast on Radio Example");
#: a date after the same word ("on 14 March") is skipped.
_ON_NAME = re.compile(rf"\s+(?:on|auf|sur|su|en|em|op|na|w|по|на)\s+{_NAME}")


def closing_broadcaster(texts: list[str]) -> str | None:
    """The station a closing broadcast line in the last two paragraphs names, or None."""
    found = _closing_line(texts)
    return found[0] if found else None


def closing_broadcast_date(texts: list[str]) -> dt.date | None:
    """The day a closing broadcast line says the item went on air, or None: the line's one
    full date (a line with two dates says nothing certain about this item)."""
    found = _closing_line(texts)
    dates = _full_dates(found[1]) if found else []
    return dates[0] if len(dates) == 1 else None


def _closing_line(texts: list[str]) -> tuple[str, str] | None:
    """(station, line) of the closing broadcast line, or None."""
    for text in reversed([t.strip() for t in texts[-2:] if t.strip()]):
        name = _broadcaster(text)
        if name is not None:
            return name, text
    return None


def _broadcaster(text: str) -> str | None:
    if fx.word_count(text) > _MAX_WORDS or not _full_dates(text):
        return None
    if fx.is_photo_credit(text) or fx.ends_in_photo_credit(text):
        return None
    stamp = _STAMP.match(text)
    if stamp is not None:
        return _checked(stamp.group("name"))
    if not _THIS_ITEM.match(text):
        return None
    aired = _AIRED.search(text)
    if aired is None:
        return None
    channel = _CHANNEL.search(text)
    if channel is not None:
        return _checked(channel.group("name"))
    for on in _ON_NAME.finditer(text, aired.end()):
        name = _checked(on.group("name"))
        if name is not None:
            return name
    return None


def _checked(name: str) -> str | None:
    """The name, or None when it is a date's word, a number or an institution."""
    name = name.rstrip(".")
    if not name or name[0].isdigit() or _full_dates(name) or not_an_outlet(name):
        return None
    return name


_WORD_START = re.compile(r"(?<![\w.])\w")


def _full_dates(text: str) -> list[dt.date]:
    """Every date with its day and year in ``text``, in any language the month table reads
    (``14 mars 2031``, ``14.03.2031``, ``March 14, 2031``)."""
    found: list[dt.date] = []
    end = 0
    for start in _WORD_START.finditer(text):
        if start.start() < end:
            continue
        stated = read_date(text, start.start())
        day = stated.value() if stated is not None and stated.day is not None else None
        if stated is not None and day is not None:
            found.append(day)
            end = stated.end
    return found
