"""What the brief calls a disagreement and its values, in the brief's language (English).

The finders name a disagreement from the words of the articles ("how many شخص", "how many
Gästen") or by the kind of check that found it ("an exact count the sources give slightly
differently"), and give each value as written ("1716 من قطاع", "1,718 were"). Those subjects
and values are what the finders compare and are left as they are; the brief, which a reader
sends on, says instead what is compared, from the subject's own structure ("how many NOUN
(WHAT) on DAY") and what the product knows:

- a counted noun that is not an English word is named by its unit when the product knows it
  ("Tagen": days), else dropped for a plain "a count" (whole values) or "a figure" — never
  a word of another language, never a fragment of a sentence;
- a measurement with its "what" reads as that quantity: "the distance from Reykjavik, in
  kilometers", "the age of Prevost", "how many seconds after takeoff";
- a figure's values are the numbers the product read in their sentences ("1,716"), each with
  the outlets that give it; a value it cannot read to the unit is shown as before. The quotes
  in the section below keep the words.

Which disagreements are found is not this module's business: it only renders them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import cache

from briefing.analysis.figure_model import Figure
from briefing.analysis.model import Claim, Discrepancy
from briefing.analysis.numbers import Number
from briefing.model import Article

#: The subjects the product's own checks give (``precise``, ``day_counts``) → their label.
_CHECK_SUBJECTS = {
    "an exact count the sources give slightly differently": "an exact count",
    "how many days: a count of days the sources give differently": "how many days",
}
#: "how many NOUN (WHAT) on DAY, reported DAY": how ``figures`` names a compared count.
_HOW_MANY = re.compile(
    r"how many (?P<noun>.+?)(?: \((?P<what>[^()]+)\))?(?P<tail>(?: on [^,()]+)?(?:, reported .+)?)"
)
#: An English word at least this frequent (wordfreq's Zipf scale) is a word of the brief's
#: language: "storeys" (2.9) is, "jefes" (1.1) and "Gästen" (0) are not …
_ENGLISH_ZIPF = 2.5
#: … unless the articles' own language uses it this much (Zipf) more: "personas" (en 2.8,
#: es 5.8) is Spanish, "minutes" (en and fr 5.3) is English as well as French.
_OWN_MARGIN = 1.0
#: The note ``figures`` writes, which names the counted noun as written.
_NOTE_NOUN = re.compile(r"the sources give figures for “[^”]*” that cannot all be true")
#: In a summary, a value's outlets are named up to this many; further ones are counted.
OUTLETS_NAMED = 2


def label(item: Discrepancy, languages: Sequence[str] = ()) -> str:
    """What the disagreement is about, in English (module doc); ``languages``: those of the
    articles that state its values."""
    subject = item.subject
    if subject in _CHECK_SUBJECTS:
        return _CHECK_SUBJECTS[subject]
    found = _HOW_MANY.fullmatch(subject) if item.kind == "figure" else None
    if found is None:
        return subject
    noun, what, tail = found["noun"], found["what"] or "", found["tail"]
    english = [n for n in noun.split(" / ") if is_english(n, languages)]
    if not english:
        unit = _unit_name(noun, languages)
        if unit is None:
            plain = "a count" if _whole(item) else "a value"
            return plain + (f" ({what})" if what and is_english(what, languages) else "") + tail
        noun = unit
    else:
        noun = english[0]
    if not what:
        return f"how many {noun}{tail}"
    if what.startswith("age of "):
        return f"the {what}{tail}"
    if what.split()[0].casefold() in _english_function_words():
        return f"how many {noun} {what}{tail}"  # "seconds after takeoff"
    if _unit_name(noun, ("en",)) is not None:
        return f"the {what}{tail}, in {_unit_name(noun, ('en',))}"  # "the depth, in kilometers"
    return f"how many {noun} ({what}){tail}"


def note(item: Discrepancy, languages: Sequence[str] = ()) -> str:
    """The finder's note, without a counted noun of another language."""
    found = _HOW_MANY.fullmatch(item.subject) if item.kind == "figure" else None
    if found is None or _NOTE_NOUN.fullmatch(item.note) is None:
        return item.note
    nouns = found["noun"].split(" / ")
    if any(is_english(n, languages) for n in nouns):
        return item.note
    return "the sources give figures that cannot all be true"


def is_english(phrase: str, languages: Sequence[str] = ()) -> bool:
    """Whether every word of ``phrase`` is an English word (wordfreq), and not more a word of
    one of ``languages`` (module doc)."""
    from wordfreq import zipf_frequency

    words = re.findall(r"[^\W\d_]+", phrase)
    if not words:
        return False
    for word in words:
        english = zipf_frequency(word, "en")
        if english < _ENGLISH_ZIPF:
            return False
        own = max((_zipf(word, lang) for lang in languages if lang != "en"), default=0.0)
        if own > english + _OWN_MARGIN:
            return False
    return True


def _zipf(word: str, language: str) -> float:
    """wordfreq's frequency of ``word`` in ``language``; 0 where wordfreq cannot say (no list
    for the language, or a tokenizer it lacks: Japanese needs MeCab)."""
    from wordfreq import zipf_frequency

    try:
        return float(zipf_frequency(word, language))
    except (ImportError, LookupError, ValueError):
        return 0.0


def _unit_name(noun: str, languages: Sequence[str]) -> str | None:
    """The English name of the unit ``noun`` names in one of ``languages`` ("Tagen": "days",
    "metre": "meters"), else None."""
    from briefing.analysis.units import unit_label, unit_of_word

    if " " in noun.strip():
        return None
    for language in dict.fromkeys([*languages, "en"]):
        unit = unit_of_word(noun, language)
        if unit is not None:
            name = unit_label(unit)
            return name if name != unit else None
    return None


@cache
def _english_function_words() -> frozenset[str]:
    from briefing.analysis.precise import _function_words

    return _function_words("en")


def _whole(item: Discrepancy) -> bool:
    """Whether every value is written with whole numbers only ("1,500", not "7,4")."""
    return not any(re.search(r"\d[.,]\d{1,2}(?!\d)", c.value) for c in item.claims)


# ------------------------------------------------------------------ values


def read_value(claim: Claim, item: Discrepancy, articles: Mapping[str, Article]) -> str | None:
    """A figure's value as the product reads it in its first quote's sentence ("1,716",
    "about 40", "more than 130", "3–4"): the figure of that sentence written as
    ``claim.value``, by its one number when that number is the figure's reading (within the
    interval a round figure stands for) and its hedge in English; None otherwise ("3 milioni
    e mezzo", "20,000" read as Spanish 20): the value is then shown as written."""
    from briefing.analysis.numbers import find_numbers

    if item.kind != "figure" or not claim.quotes:
        return None
    quote = claim.quotes[0]
    article = articles.get(quote.article_id)
    if article is None:
        return None
    language = article.language or "en"
    for figure in _sentence_figures(quote.text, language):
        if figure.value != claim.value:
            continue
        numbers = find_numbers(figure.value, language)
        if figure.measure and _unit_after(figure.value, numbers, language) is not None:
            read = _measure(figure.value, numbers, language)  # "380 km" is not "380 miles"
        elif figure.ranged and len(numbers) == 2 and figure.low < figure.high:
            read = f"{_number(numbers[0].value)}–{_number(numbers[1].value)}"
        else:
            read = _count(numbers, figure.low, figure.high)
        if read is not None:
            return read
    return None


def _count(numbers: Sequence[Number], low: float, high: float) -> str | None:
    """The one written number at the scale the product read it at ("30 ألف": 30,000), with
    its hedge in English."""
    if len(numbers) != 1:
        return None
    for scale in _SCALES:
        value = numbers[0].value * scale
        if low <= value <= high:
            return _HEDGES.get(numbers[0].qualifier or "", "") + _number(value)
    return None


def _measure(value: str, numbers: Sequence[Number], language: str) -> str | None:
    """A measurement's one number and the English name of the unit written after it
    ("yaklaşık 3 saat": "about 3 hours")."""
    unit = _unit_after(value, numbers, language)
    if len(numbers) != 1 or unit is None:
        return None
    return f"{_HEDGES.get(numbers[0].qualifier or '', '')}{_number(numbers[0].value)} {unit}"


def _unit_after(value: str, numbers: Sequence[Number], language: str) -> str | None:
    """The English name of the first unit word after the value's first number, else None."""
    from briefing.analysis.text import WORD
    from briefing.analysis.units import unit_label, unit_of_word

    if not numbers:
        return None
    for word in WORD.finditer(value, numbers[0].end):
        unit = unit_of_word(word.group(), language)
        if unit is not None and unit_label(unit) != unit:
            return unit_label(unit)
    return None


#: The scales a figure's written digits may stand at ("45mila", "4,7 tysiąca", "3 milioni").
_SCALES = (1, 1_000, 1_000_000, 1_000_000_000)


def read_age(claim: Claim, item: Discrepancy, articles: Mapping[str, Article]) -> str | None:
    """An age's value ("69" of "Prevost, aged 69", "64" of "64-jährigen US-Kardinal"): the
    one number of the value as written, when the subject is an age."""
    from briefing.analysis.numbers import find_numbers

    if not label(item).startswith("the age of ") or not claim.quotes:
        return None
    article = articles.get(claim.quotes[0].article_id)
    numbers = find_numbers(claim.value, (article.language if article else None) or "en")
    if len(numbers) != 1 or not 0 < numbers[0].value < _OLDEST or numbers[0].qualifier:
        return None
    return _number(numbers[0].value)


#: No person's age reaches this.
_OLDEST = 130


#: A number's hedge (:class:`.numbers.Number` ``qualifier``) in English.
_HEDGES = {
    "about": "about ",
    "nearly": "nearly ",
    "above": "more than ",
    "below": "less than ",
    "upto": "up to ",
    "from": "from ",
}


@cache
def _sentence_figures(text: str, language: str) -> tuple[Figure, ...]:
    """Every figure the product reads in one sentence (as ``figure_reading`` does)."""
    from briefing.analysis.day_counts import day_counts
    from briefing.analysis.figure_reading import _figures
    from briefing.analysis.model import Quote, Span
    from briefing.analysis.precise import precise_counts

    quote = Quote("", "", Span(0, 0, len(text)), text)
    return tuple(
        _figures(text, language, None, quote, None)
        + precise_counts(text, language, quote)
        + day_counts(text, language, quote)
    )


def _number(value: float) -> str:
    """ "1,716", "7.4", "3.5 million"."""
    if value >= 1_000_000 and value % 100_000 == 0:
        return f"{value / 1_000_000:g} million"
    if value.is_integer():
        return f"{int(value):,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def outlets(article_ids: Sequence[str], articles: Mapping[str, Article]) -> str:
    """ "BBC, Reuters and 2 more": the named outlets of the articles that give a value (the
    others counted among the more); "" when none is named (the section below cites them)."""
    ids = [a for a in dict.fromkeys(article_ids) if a in articles]
    named = list(dict.fromkeys(s for a in ids if (s := articles[a].source)))
    if not named:
        return ""
    more = len(ids) - sum(1 for a in ids if articles[a].source in named[:OUTLETS_NAMED])
    shown = named[:OUTLETS_NAMED]
    if more > 0:
        return f"{', '.join(shown)} and {more} other{'s' if more > 1 else ''}"
    return " and ".join(shown)


def disagreement_languages(item: Discrepancy, articles: Mapping[str, Article]) -> list[str]:
    """The languages of the articles that state a disagreement's values."""
    found = (articles[a].language for a in item.article_ids if a in articles)
    return list(dict.fromkeys(lang for lang in found if lang))
