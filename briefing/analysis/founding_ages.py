"""An age no person reaches, given one year apart: "the 166 year-old lender" / "the
167-year-old bank" / "die 167 Jahre alte Credit Suisse".

An age of more than :data:`LEAST` years is a thing's (a bank, a cathedral, a firm), counted
from its founding to the year of writing. Whose age it is need not be read: such ages are
few in a story, and written in digits with the language's word for "old" ("year-old",
"Jahre alt", "jaar oud", "-летний", "yıllık") they are one quantity in every language, so no
noun is translated ("lender", "bank", "Credit Suisse" are one thing's names here).

Two sources disagree when the packet's such ages are exactly two values, **one year
apart**, each given by articles that give no other: one founding counted two ways (before
and after its anniversary, or from two founding dates). Ages further apart are taken to be
two things' (a bank of 167 years and its rival of 161), or a rounded figure against a
precise one ("850 Jahre alt" against "860-year-old").

Silent, for precision: an age in words, a hedged age ("more than 800 years old": the
hedge is read by the word before the number), a span that is no age ("dormant for 780
years", "a 9 000 ans treasure"), an age of at most :data:`LEAST` years (a person's, or a
thing's that cannot be told from one: "the 50-year-old bridge", "the 50-year-old driver").
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from briefing.analysis.model import Claim, Discrepancy, Quote
from briefing.analysis.text import language_of, sentences
from briefing.model import Article, Span

#: No person is older: an age above this is a thing's.
LEAST = 120
_N = r"(?<![\d.,])(?P<age>\d{3,4})"
#: An age in digits with the language's word for "old", per language.
_AGES: dict[str, re.Pattern[str]] = {
    "en": re.compile(rf"{_N}[\s-]years?[\s-]old\b", re.IGNORECASE),
    "de": re.compile(rf"{_N}(?:\s+Jahre\s+alt\w*|-jährig\w*)"),
    "nl": re.compile(rf"{_N}\s+jaar\s+oud\w*|{_N.replace('age', 'age2')}-jarig\w*"),
    "ru": re.compile(rf"{_N}-летн\w*"),
    "uk": re.compile(rf"{_N}-річн\w*"),
    "tr": re.compile(rf"{_N}\s+yıllık\b"),
}
#: What every age above :data:`LEAST` holds: found by a plain search, before the patterns
#: above (case-blind, and opening with a look-behind) are run over a paragraph.
_DIGITS = re.compile(r"\d{3}")
#: Words right before the number that hedge it ("more than", "über", "более").
_HEDGES = re.compile(
    r"(?:more\s+than|over|almost|nearly|about|around|some|mehr\s+als|über|fast|rund|etwa|"
    r"knapp|ruim|bijna|meer\s+dan|более|почти|около|свыше|понад|майже|близько|yaklaşık|"
    r"neredeyse)\s*$",
    re.IGNORECASE,
)


def founding_age_discrepancies(articles: Sequence[Article]) -> list[Discrepancy]:
    """Ages above :data:`LEAST` one year apart in two sources (module docstring)."""
    ages: dict[int, list[Quote]] = defaultdict(list)
    for article in articles:
        for index, paragraph in enumerate(article.paragraphs):
            if paragraph.foldable:
                continue
            language = language_of(paragraph.language, article.language)
            pattern = _AGES.get(language)
            if pattern is None or _DIGITS.search(paragraph.text) is None:
                continue  # most paragraphs: no three digits, so no age of a thing
            if pattern.search(paragraph.text) is None:
                continue
            for sentence in sentences(paragraph.text, language):
                for age in thing_ages(sentence.text, language):
                    span = Span(index, sentence.start, sentence.end)
                    ages[age].append(Quote(article.id, article.source, span, sentence.text))
    if len(ages) != 2:
        return []
    first, second = sorted(ages)
    told = [{q.article_id for q in ages[a]} for a in (first, second)]
    if second - first != 1 or told[0] & told[1]:
        return []
    claims = tuple(
        Claim(f"{age} years old", tuple(dict.fromkeys(ages[age]))) for age in (first, second)
    )
    return [
        Discrepancy(
            "figure",
            "how old the story's institution or building is",
            claims,
            note="an age no person reaches, given one year apart (one founding counted two ways)",
        )
    ]


def thing_ages(text: str, language: str) -> list[int]:
    """Unhedged ages above :data:`LEAST` written in digits in ``text`` (module docstring)."""
    pattern = _AGES.get(language)
    if pattern is None:
        return []
    found = []
    for match in pattern.finditer(text):
        groups = match.groupdict()
        age = int(groups.get("age") or groups.get("age2") or 0)
        if age > LEAST and _HEDGES.search(text[: match.start()]) is None:
            found.append(age)
    return found
