"""A dateline that opens with the day, then the outlet or the place: ``29 марта. Example.ru —``.

Some sites (Russian news sites most often, but the shape is any language's: ``le 5 mars.
Exemple.fr —``, ``5. März. Beispiel.de –``, ``5 de marzo. Ejemplo.es —``, ``March 5.
Example.com —``) open the story with the day and month, a full stop, their own name and a
dash, then the lead. The line states two things: the day the story was filed (its year is
not written: the caller takes it from a label of the same month above, or from the one year
the page states) and the outlet, when the name is one.

What counts as the name after the day:

- **a site's name**, written as its address (``Example.ru``, ``example.com``: a word, a dot
  and a top-level domain of letters): the house naming itself; it is the outlet;
- **a known wire** (:data:`briefing.corpus.wires.WIRES`, ``AFP``, ``Reuters``): the outlet;
- **a place** (a city or a country GeoNames knows, or one word in capitals, the way wire
  datelines set places: ``5 mars. PARIS —``): the day is read, no outlet;
- anything else (a capitalised word that may be a person, ``5 May. Trump — …``, or a
  house's name the briefing cannot tell from one) is not read at all: no day, no outlet.

The dash must be followed by a space and the lead's first letter, so a date in prose ("On 5
March. The …") or a range ("5 March – 7 April") is no dateline.
"""

from __future__ import annotations

import re

from briefing.corpus.colon_dateline import is_city, is_country
from briefing.corpus.stated import StatedDate, read_date
from briefing.corpus.wires import WIRES

__all__ = ["read_day_dateline"]

#: An article some languages set before the day (``le 5 mars``, ``am 5. März``, ``el 5 de …``).
_ARTICLE = re.compile(r"(?:[Ll]e|[Aa]m|[Ee]l)\s+(?=\d)")
_DASH = r"(?:—|–|-{1,2})"
#: One to three words (letters first), a dash with spaces, then the lead's first letter.
_NAME = re.compile(
    rf"\s+(?P<name>[^\W\d_][\w.&'’-]*(?: [^\W\d_][\w.&'’-]*){{0,2}}?)\s+{_DASH}\s+"
    r"(?=[\"„«“]?[^\W\d_])"
)
#: A site's address used as its name: ``Example.ru``, ``example-news.com``.
_SITE = re.compile(r"[^\W_][\w-]*(?:\.[^\W_][\w-]*)*\.[a-z]{2,6}")


def read_day_dateline(head: str) -> tuple[str, str | None, StatedDate, int] | None:
    """(place, outlet, date, where the lead starts) of a ``<day> <month>[.] <Name> —`` line
    opening ``head``, or None (module doc): the place is empty when the name is the outlet,
    the outlet None when the name is a place."""
    article = _ARTICLE.match(head)
    date = read_date(head, article.end() if article else 0)
    if date is None or date.day is None or date.month is None:
        return None
    pos = date.end + 1 if head.startswith(".", date.end) else date.end
    match = _NAME.match(head, pos)
    if match is None:
        return None
    name = match.group("name").rstrip(".")
    if _SITE.fullmatch(name) or name.upper() in WIRES:
        return "", name, date, match.end()
    if (name.isupper() and " " not in name) or is_city(name) or is_country(name):
        return name, None, date, match.end()
    return None
