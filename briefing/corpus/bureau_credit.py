"""An outlet's credit line: its own name and the bureau the story was filed from, on a line of
its own at the top: ``تلفزيون سوريا - إسطنبول`` ("Syria TV - Istanbul"), ``Example TV – Paris``.

Arabic news sites put this line between the headline's picture and the lead, where a wire
dateline would be, and it says who wrote the story as plainly as ``MOSCOW (AP) —`` does. What
keeps it apart from lines of the same shape that name no outlet:

- the part after the dash is a city GeoNames knows (in any of its names, an Arabic alef with
  a hamza read as a bare one as GeoNames spells them: ``إسطنبول`` is ``اسطنبول``);
- the part before it is one to four words, one of which is the noun a broadcaster, an agency
  or a paper calls itself by (:data:`_MEDIA_NOUNS`: "TV", "تلفزيون", "Agency", "Radio"…). A
  reporter's credit (``Jane Roe - Paris``, ``أحمد حسن - دمشق``), a place (``Syria - Damascus``)
  or a caption's place and date never holds one, and a wire's bare name (``AFP - Paris``)
  may be a picture's credit, so neither is read;
- it is short (60 characters), a whole paragraph, one of the first ten, above the second
  paragraph of prose: a sentence that cites a channel ("… said Example TV - Paris …") is
  never a line of its own.

The nouns are a short list, one line per language of the briefing's word data: no maintained
package installed here lists them (CLDR names no kinds of organisation), and they are the few
words outlets put in their own names ("Syria TV", "Radio Example", "Agence Example").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing.corpus.colon_dateline import is_city
from briefing.corpus.headline_shape import is_prose

__all__ = ["bureau_credit", "bureau_credit_line"]

_MEDIA_NOUNS = frozenset(
    " ".join(
        (
            "tv television radio channel news agency press newspaper network broadcasting",  # en
            "télévision télé chaîne agence presse journal infos",  # fr
            "fernsehen rundfunk sender nachrichten agentur zeitung",  # de
            "televisión canal agencia noticias prensa diario",  # es
            "televisão rádio agência notícias imprensa jornal",  # pt
            "televisione canale agenzia notizie stampa giornale",  # it
            "телевидение телеканал тв радио агентство новости газета",  # ru
            "телебачення телеканал радіо агентство новини газета",  # uk
            "telewizja agencja wiadomości televize rozhlas noviny zprávy",  # pl, cs
            "τηλεόραση ραδιόφωνο πρακτορείο ειδήσεις εφημερίδα",  # el
            "televizyon radyo ajans ajansı haber haberleri gazete gazetesi kanal",  # tr
            "تلفزيون تليفزيون التلفزيون قناة إذاعة راديو وكالة صحيفة جريدة أخبار",  # ar
        )
    )
    .casefold()
    .split()
)
_LINE = re.compile(
    r"^(?P<name>[^\W\d_][\w.'’&-]*(?: [\w.'’&-]+){0,3})\s+[-–—]\s+"
    r"(?P<place>[^\W\d_]+(?:[ -][^\W\d_]+){0,2})\.?$"
)
_MAX_CHARS = 60
_TOP = 10
#: Arabic alef with a hamza or madda above or below, and the bare alef GeoNames writes.
_ALEFS = str.maketrans("أإآ", "ااا")


def bureau_credit(paragraphs: Sequence[str]) -> str | None:
    """The outlet a credit line near the top names (module docstring), or None."""
    prose = 0
    for text in paragraphs[:_TOP]:
        name = bureau_credit_line(text)
        if name is not None:
            return name
        prose += is_prose(text)
        if prose >= 2:
            return None
    return None


def bureau_credit_line(text: str) -> str | None:
    """The outlet's name when ``text`` is all of a ``Name - City`` credit line, or None."""
    text = text.strip()
    if len(text) > _MAX_CHARS:
        return None
    match = _LINE.match(text)
    if match is None:
        return None
    name = match.group("name")
    if not any(word in _MEDIA_NOUNS for word in name.casefold().split()):
        return None
    place = match.group("place")
    if not (is_city(place) or is_city(place.translate(_ALEFS))):
        return None
    return name
