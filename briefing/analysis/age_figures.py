"""A named person's ages as figures: undated, unplaced, keyed by the person.

Split from :mod:`.figure_reading` (which reads each sentence's numbers with what they count):
an age is found by another reader (:mod:`.ages`, a name and the age beside it, anywhere in the
article) and is compared per person, not per noun, so it is turned into a :class:`Figure`
apart from the sentence walk.
"""

from __future__ import annotations

from typing import Any

from briefing.analysis.ages import AGE, ages_of
from briefing.analysis.figure_model import Figure
from briefing.analysis.glossed_ages import glossed_ages
from briefing.analysis.model import Quote
from briefing.analysis.text import language_of, sentence_at
from briefing.model import Article, Span


def age_figures(article: Article, memo: dict[Any, Any] | None = None) -> list[Figure]:
    """A named person's ages (:mod:`.ages`): undated, unplaced, keyed by the person
    (``memo``: the name pairs the spelling check reads too, read once)."""
    found = []
    for age in ages_of(article, memo) + glossed_ages(article):  # a Latin gloss in CJK text
        paragraph = article.paragraphs[age.paragraph]
        language = language_of(paragraph.language, article.language)
        sentence = sentence_at(paragraph.text, age.start, language)
        span = Span(age.paragraph, sentence.start, sentence.end)
        quote = Quote(article.id, article.source, span, sentence.text)
        years = float(age.years)
        what = f"age of {age.surname}"
        found.append(Figure((AGE, age.person), None, years, years, age.written, quote,
                            noun="years", what=what, person=age.names))  # fmt: skip
    return found
