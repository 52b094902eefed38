"""A copyright line naming a lower-case brand: ``© 2031 exa. All rights reserved``.

Some houses spell their brand all in lower case (``blinx``, ``euronews``, ``stern.de``), and
their page's foot says so: the copyright sign, maybe a year, the brand, then the rights
reserved in the page's language (``All rights reserved``, ``Tous droits réservés``, ``Все
права защищены``, ``جميع الحقوق محفوظة`` …). The general copyright rule
(:data:`briefing.corpus.sources._COPYRIGHT`) reads only capitalised names, since a lower-case
word after ``©`` is as often prose ("© all rights reserved", "© by the author"); this module
takes the lower-case one only where nothing else can be meant:

- the line is nothing but the sign, an optional year, ONE word (or an address) and the
  reservation of rights: "© 2031 the author. All rights reserved" (two words) or "© 2031 all
  rights reserved" (no word before the reservation) name no house;
- the word is no common word (:mod:`wordfreq`: an English Zipf frequency under
  :data:`_COMMON`), so "© admin. All rights reserved" (a site's user) is none; an address
  (``exa.de``) is always a name.

Where it is looked for is the caller's (:func:`briefing.corpus.sources.find_source`: the
text's second half, never a photo credit).
"""

from __future__ import annotations

import re

from wordfreq import zipf_frequency

from briefing.corpus.reserved_rights import RIGHTS

__all__ = ["lowercase_copyright"]

#: The whole line: the sign (or the word), a year, one lower-case word or address, the rights.
_LINE = re.compile(
    r"^\s*(?:(?:©|\([cC]\)|[Cc]opyright|COPYRIGHT)\s*)+(?:\d{4}(?:\s*[-–]\s*\d{4})?\s+)?"
    r"(?P<name>[a-z][a-z0-9]*(?:[.-][a-z0-9]+)*)\s*[.,|·–—-]?\s*"
    rf"(?i:{RIGHTS})\s*[.!]?\s*$"
)
#: The English Zipf frequency from which a word is a common one, not a brand ("admin" 3.9,
#: "reuters" 3.9; "euronews" 2.4, "blinx" 0).
_COMMON = 3.5


def lowercase_copyright(text: str) -> str | None:
    """The lower-case brand a copyright line names (module doc), or None."""
    if len(text) > 120:
        return None
    match = _LINE.match(text)
    if not match:
        return None
    name = match.group("name")
    if "." not in name and zipf_frequency(name, "en") >= _COMMON:
        return None
    return name
