"""An agency's first magnitude: "initially reported as a magnitude-5.1 event", "USGS最初测得
强度为里氏5.6级", "USGS는 앞서 … 규모 5.6의 지진".

A quake's magnitude is given by several agencies and revised within hours, so the magnitudes
of one packet are many values of several quantities (6.3 by one agency, 6.1 by another, 5.6 in
a first bulletin), and the plain count reader of :mod:`.figures` rightly gives up on them (one
source with two values, more than three values). One of them is plainly one quantity in every
language: the figure an agency *first* reported, when the sentence says it was the first
("initially", "zunächst", "最初", "앞서") and names the agency by its acronym, which is written
the same in every script ("USGS", "EMSC", "KMA"). Two sources giving two first figures of one
agency disagree about what that agency said.

What keeps it to one quantity:

- the sentence must say the figure was a first one; a revised or plain figure is not read (a
  first figure and its revision side by side in one text are then never two values of it);
- the agency is the one acronym of three letters or more of the sentence, or, when it names
  none, of the sentence before it in its paragraph ("…, the USGS said. The event was initially
  reported as …"): a time zone's abbreviation ("GMT", "KST", "ET") is no agency, and a sentence
  naming two agencies ("KMA put it at 5.7, the USGS at 6.3") does not say whose first figure
  it gives, so it is not read;
- the magnitude is written as one a scale gives (one decimal, 2.0 to 9.9) beside its
  language's word for it ("magnitude", "magnitud", "Stärke", "магнитуда", "级", "マグニチュード",
  "규모", "درجة"); with two in the sentence, the one right after the word "first" is the first.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from briefing.analysis.crosscounts import ANY_LANGUAGE
from briefing.analysis.figure_model import NARROWED, Figure
from briefing.analysis.model import Quote
from briefing.analysis.text import Sentence
from briefing.analysis.time_zones import zone_abbreviations

#: The key's second part; :data:`.NARROWED`, the agency and "first" follow.
MAGNITUDE = "magnitude"
_VALUE = r"(?P<v>[2-9][.,・][0-9])(?![0-9])"
#: Each language's magnitude, with ``{v}`` for its value.
_MAGNITUDES: dict[str, tuple[str, ...]] = {
    "en": (r"\bmagnitude[-\s](?:of\s+)?{v}", r"(?<![\d.,]){v}[-\s]magnitude\b"),
    "fr": (r"\bmagnitude\s+(?:de\s+)?{v}", r"(?<![\d.,]){v}\s+de\s+magnitude\b"),
    "es": (r"\bmagnitud\s+(?:de\s+)?{v}", r"(?<![\d.,]){v}\s+grados\b"),
    "pt": (r"\bmagnitude\s+(?:de\s+)?{v}",),
    "it": (r"\bmagnitudo\s+(?:di\s+)?{v}",),
    "de": (r"\b(?:Stärke|Magnitude)\s+(?:von\s+)?{v}",),
    "ru": (r"магнитуд\w*\s+(?:в\s+)?{v}",),
    "zh": (r"(?<![\d.]){v}\s*级", r"里氏\s*{v}"),
    "ja": (r"(?:マグニチュード|M)\s*(?:\(M\)\s*)?{v}",),
    "ko": (r"규모\s*(?:가\s*)?{v}",),
    "ar": (r"(?<![\d.,]){v}\s+(?:درجة|درجات|ريختر)",),
}
#: Each language's word saying a figure was the first one given.
_FIRST: dict[str, str] = {
    "en": r"\b(?:initially|initial|originally|preliminary|at\s+first|earlier\s+estimate"
    r"|first\s+(?:reported|measured|estimated|put|gave|registered|recorded))\b",
    "fr": r"\b(?:initialement|dans\s+un\s+premier\s+temps|d'abord|préliminaire"
    r"|première\s+estimation)",
    "es": r"\b(?:inicialmente|en\s+un\s+principio|en\s+un\s+primer\s+momento|preliminar"
    r"|originalmente)",
    "pt": r"\b(?:inicialmente|preliminar|originalmente)",
    "it": r"\b(?:inizialmente|in\s+un\s+primo\s+momento|preliminare)",
    "de": r"\b(?:zunächst|ursprünglich|anfangs|vorläufig)",
    "ru": r"(?:первоначально|изначально|сначала|предварительн)",
    "zh": r"(?:最初|起初|初步|一开始|原先)",
    "ja": r"(?:当初|最初|速報)",
    "ko": r"(?:앞서|당초|처음|초기)",
    "ar": r"(?:في\s+البداية|مبدئي|أولي)",
}
_DECIMAL = re.compile(r"[2-9][.,・][0-9]")
_ACRONYM = re.compile(r"(?<![A-Za-z])[A-Z]{3,6}(?![A-Za-z])")


def first_magnitudes(
    parts: Sequence[Sentence], position: int, language: str, quote: Quote
) -> list[Figure]:
    """The first magnitude an agency gave, as ``parts[position]`` states it (module doc)."""
    patterns = _patterns(language)
    if patterns is None:
        return []
    text = parts[position].text
    if _DECIMAL.search(text) is None:
        return []  # most sentences: no figure with one decimal, asked before the patterns
    first = patterns[1].search(text)
    if first is None:
        return []
    found = sorted((m for p in patterns[0] for m in p.finditer(text)), key=lambda m: m.start())
    if not found:
        return []
    if len(found) > 1:
        found = [m for m in found if m.start() >= first.start()][:1]
        if not found:
            return []
    agency = _agency(text)
    if agency == "" and position > 0:
        agency = _agency(parts[position - 1].text)
    if not agency:
        return []
    match = found[0]
    written = match.group("v")
    value = float(written.replace(",", ".").replace("・", "."))
    key = (ANY_LANGUAGE, f"{MAGNITUDE}{NARROWED}{agency} first")
    what = f"first reported by {agency}"
    return [Figure(key, None, value, value, match.group().strip(), quote, noun=MAGNITUDE, what=what,
                   measure=True)]  # fmt: skip


def _agency(text: str) -> str | None:
    """The one acronym of ``text`` that is no time zone; "" when it has none, None when it has
    several (or is written in capitals throughout, as a headline is)."""
    zones = zone_abbreviations()
    acronyms = {a for a in _ACRONYM.findall(text) if a not in zones}
    if len(acronyms) > 1:
        return None
    letters = [c for c in _ACRONYM.sub("", text) if c.isalpha() and c.isascii()]
    if acronyms and sum(c.isupper() for c in letters) > len(letters) / 2:
        return None  # a headline in capitals: its words are no acronyms
    return next(iter(acronyms), "")


@cache
def _patterns(language: str) -> tuple[tuple[re.Pattern[str], ...], re.Pattern[str]] | None:
    if language not in _MAGNITUDES:
        return None
    flags = re.IGNORECASE if language not in ("ja",) else 0
    return (
        tuple(re.compile(p.format(v=_VALUE), flags) for p in _MAGNITUDES[language]),
        re.compile(_FIRST[language], re.IGNORECASE),
    )
