"""The year the story's building was built or opened, given one year apart: "ocho bloques …
construidos en 1984" against "Το συγκρότημα … εγκαινιάστηκε το 1983".

A story about a building, a bridge or a line recalls when it was built or opened; the verbs
are a closed class of every language ("built", "inaugurated", "gebaut", "construidos",
"εγκαινιάστηκε", "построен", "建成"), not one story's words, and the year is digits
everywhere, so sources meet in any language with no noun translated. News writes either
verb for the year the place was finished, so both are one value here, as for
:mod:`.founding_ages` (one founding counted two ways).

**A building year** is a four-digit year at most :data:`GAP` words from such a verb (either
side: German writes "1984 gebaut"; characters in Chinese and Japanese), before the story's
main day, and not one end of a span ("built between 1963 and 1967", "1963–1967") nor a
decade ("the 1960s", "anii 1980").

Two sources disagree when the packet's building years are exactly two, **one year
apart**, each given by articles that give no other. Years further apart are two buildings'
(or a building and its rebuilding), and a source writing both (built in 1982, opened in
1983) tells two steps, so neither is flagged.

Known weak point: one source writing only the year works ended and another only the year
the place opened, a year later, are both right and would be flagged; a source writing both
silences the rule.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Sequence
from functools import cache

from briefing.analysis.case_clues import clue_set, folded, holds
from briefing.analysis.last_time import one_year_apart
from briefing.analysis.model import Discrepancy, Quote
from briefing.analysis.text import WORD, Sentence, language_of, sentences
from briefing.model import Article, Span

#: At most this many words between the verb and the year (characters in Chinese, Japanese).
GAP = 3
_GAP_CHARACTERS = 4
_UNSPACED = frozenset({"zh", "ja"})
#: Verbs of building and opening, per language (matched case-insensitively).
_BUILT: dict[str, str] = {
    "en": r"\b(?:built|constructed|inaugurated)\b",
    "de": r"\b(?:gebaut|erbaut|errichtet|fertiggestellt|eingeweiht)\b",
    "fr": r"\b(?:construit\w*|bâti[es]?|inauguré\w*)",
    "es": r"\b(?:construid[oa]s?|edificad[oa]s?|inaugurad[oa]s?)\b",
    "it": r"\b(?:costruit[oaie]|edificat[oaie]|inaugurat[oaie])\b",
    "pt": r"\b(?:construíd[oa]s?|edificad[oa]s?|inaugurad[oa]s?)\b",
    "nl": r"\b(?:gebouwd|ingehuldigd)\b",
    "ro": r"\b(?:construit\w*|inaugurat\w*)",
    "pl": r"\b(?:zbudowan\w*|wybudowan\w*)",
    "ru": r"(?:построен\w*|возвед[её]н\w*)",
    "uk": r"(?:побудован\w*|збудован\w*)",
    "el": r"(?:εγκαινιάστηκε|κατασκευάστηκε|χτίστηκε|ανεγέρθηκε)",
    "tr": r"(?:inşa\s+edil\w*)",
    "zh": r"(?:建成|建於|建于|落成|竣工)",
    "ja": r"(?:建設|完成|竣工)",
}
_YEAR = re.compile(r"(?<![\d.,\-–/])(?P<year>1[0-9]{3}|20[0-9]{2})(?![\d\-–/]|['’]?s\b|er\b)")
#: A word before or after the year that makes it one end of a span.
_SPAN = re.compile(
    r"(?:between|zwischen|entre|tra|fra|между|між|między|μεταξύ|from|von|de|dal|desde|с|з|od|"
    r"από|and|und|et|y|e|и|і|i|και|to|bis|à|a|al|до|do|έως)\s*$",
    re.IGNORECASE,
)
#: A word before the year that makes it a decade ("anii 1980", "les années 1980").
_DECADE = re.compile(r"\b(?:anii|années|años|anos|anni|jaren|years)\s*$", re.IGNORECASE)
_SPAN_AFTER = re.compile(r"^\s*(?:[-–]|and\b|und\b|et\b|y\b|e\b|и\b|to\b|bis\b|à\b|al\b|до\b)")


def built_year_discrepancies(
    articles: Sequence[Article], main: dt.date | None
) -> list[Discrepancy]:
    """Building years one apart in two sources (module docstring)."""
    if main is None:
        return []
    years: dict[int, list[Quote]] = defaultdict(list)
    # Wire copy repeats paragraphs across a large briefing's articles (two fifths of the
    # 10,005-article benchmark's text): a paragraph met before in its language is answered
    # from its first reading.
    read: dict[tuple[str, str], list[tuple[int, Sentence]]] = {}
    for article in articles:
        for index, paragraph in enumerate(article.paragraphs):
            if paragraph.foldable:
                continue
            language = language_of(paragraph.language, article.language)
            found = read.get((paragraph.text, language))
            if found is None:
                found = read[(paragraph.text, language)] = _paragraph_years(
                    paragraph.text, language
                )
            for year, sentence in found:
                if year < main.year:
                    span = Span(index, sentence.start, sentence.end)
                    years[year].append(Quote(article.id, article.source, span, sentence.text))
    return one_year_apart(
        years,
        lambda year: f"built or opened in {year}",
        "the year the story's building was built or opened",
        "the sources give the year a building was built or opened one year apart",
    )


def _paragraph_years(text: str, language: str) -> list[tuple[int, Sentence]]:
    """Each building year of a paragraph with its sentence, in reading order. A paragraph
    holding none of the verbs' clues (:data:`_CLUES`, asked of it folded) is not searched
    with the case-blind pattern, nor split into sentences: most paragraphs hold none."""
    pattern = _pattern(language)
    if pattern is None or not holds(folded(text), _clues(language)):
        return []
    if pattern.search(text) is None:
        return []
    return [
        (year, sentence)
        for sentence in sentences(text, language)
        for year in building_years(sentence.text, language)
    ]


def building_years(text: str, language: str) -> list[int]:
    """The years a verb of building or opening binds in ``text`` (module docstring)."""
    pattern = _pattern(language)
    if pattern is None:
        return []
    unspaced = language in _UNSPACED
    found = []
    for verb in pattern.finditer(text):
        for match in _YEAR.finditer(text):
            if match.end() <= verb.start():
                between = text[match.end() : verb.start()]
            elif match.start() >= verb.end():
                between = text[verb.end() : match.start()]
            else:
                continue
            far = len(between.strip()) if unspaced else len(WORD.findall(between))
            if far > (_GAP_CHARACTERS if unspaced else GAP):
                continue
            before, after = text[: match.start()], text[match.end() :]
            if _DECADE.search(before[-10:]):
                continue  # "construit în anii 1980": a decade
            if _SPAN.search(before[-12:]) and re.search(r"\d{4}\D{0,12}$", before):
                continue  # "between 1963 and 1967": the second end
            if _SPAN_AFTER.match(after) and re.match(r"^\D{0,12}\d{4}", after):
                continue  # "1963–1967", "between 1963 and 1967": the first end
            found.append(int(match["year"]))
    return list(dict.fromkeys(found))


#: Per language, literal pieces of which every match of the language's verb pattern
#: (:data:`_BUILT`) holds one (:mod:`.case_clues`; the tests check it).
_CLUES: dict[str, tuple[str, ...]] = {
    "en": ("built", "constructed", "inaugurated"),
    "de": ("gebaut", "erbaut", "errichtet", "fertiggestellt", "eingeweiht"),
    "fr": ("construit", "bâti", "inauguré"),
    "es": ("construid", "edificad", "inaugurad"),
    "it": ("costruit", "edificat", "inaugurat"),
    "pt": ("construíd", "edificad", "inaugurad"),
    "nl": ("gebouwd", "ingehuldigd"),
    "ro": ("construit", "inaugurat"),
    "pl": ("zbudowan", "wybudowan"),
    "ru": ("построен", "возвед"),
    "uk": ("побудован", "збудован"),
    "el": ("εγκαινιάστηκε", "κατασκευάστηκε", "χτίστηκε", "ανεγέρθηκε"),
    "tr": ("inşa",),
    "zh": ("建成", "建於", "建于", "落成", "竣工"),
    "ja": ("建設", "完成", "竣工"),
}


@cache
def _clues(language: str) -> tuple[str, ...]:
    return clue_set(_CLUES.get(language, ()))


@cache
def _pattern(language: str) -> re.Pattern[str] | None:
    source = _BUILT.get(language)
    return re.compile(source, re.IGNORECASE) if source else None
