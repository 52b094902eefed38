"""A person's age in Chinese, Japanese or Korean, where the person's name is glossed in
Latin letters: "29 歲的創辦人雷耶斯(Samuel Okafor-Reyes)", "30歳のジョン・スミス(John Smith)氏",
"30세 존 스미스(John Smith)".

These languages write a foreign name in their own script, and no spelling rule says that a Han
or kana rendering is the Latin name; but their press often glosses the name in brackets, and
the gloss is the name as every Latin-script language writes it. An age adjective ("N歲的",
"N岁的", "N歳の", "N세", "N살") followed closely (a role word or the rendered name, no
punctuation between) by a bracketed Latin full name is that person's age, keyed as
:mod:`.ages` keys a Latin name (its script and folded surname), so it is compared with "Smith,
de 30 años" or "the 30-year-old Smith" directly, with no topic needed.

The gloss must read as a person's full name: two words or more, each capitalised and not all
capitals ("FTX Trading", "UBS" are companies), the first a given name (gender-guesser's list,
:mod:`briefing.given_name_table`): "167 歲的老牌銀行(Credit Suisse)" is a bank's age and is
not read. Anything else is silent.
"""

from __future__ import annotations

import re
from functools import cache

from briefing.analysis.ages import Age
from briefing.analysis.inflection import folded
from briefing.analysis.spelling import script
from briefing.given_name_table import given_name
from briefing.model import Article

#: The age adjective of each language ("29 歲的", "30岁的", "30歳の", "30세", "30살").
_AGE = {
    "zh": r"(?<!\d)(\d{1,3})\s*[歲岁]的?",
    "ja": r"(?<!\d)(\d{1,3})\s*歳の?",
    "ko": r"(?<!\d)(\d{1,3})\s*(?:세|살)(?!대)의?",
}
#: A word that joins another person between the age and the gloss ("與", "和", "と", "및",
#: a Korean noun ending in "와"/"과" before a space): the age is not the glossed name's.
_ANOTHER = {
    "zh": re.compile(r"[和與与及跟同]"),
    "ja": re.compile(r"[とや及]"),
    "ko": re.compile(r"[와과]\s|및"),
}
#: What may stand between the age and the gloss: a role and the rendered name, a few
#: characters with no punctuation, digit or bracket ("的創辦人雷耶斯").
_BETWEEN = r"[^\d()（）\[\]。！？!?,，、;；:：\n]{0,16}?"
#: The bracketed gloss, up to its first comma or the closing bracket.
_GLOSS = r"[(（]\s*([^()（）,，;；]{3,60}?)\s*[,，;；)）]"
_NAME_WORD = re.compile(r"[A-Z][a-z’'.]*(?:-[A-Z]?[a-z’'.]+)*\.?|[A-Z]\.")
_LONGEST = 120


@cache
def _pattern(language: str) -> re.Pattern[str] | None:
    age = _AGE.get(language)
    return None if age is None else re.compile(f"(?:{age}){_BETWEEN}{_GLOSS}")


def glossed_ages(article: Article) -> list[Age]:
    """Every age the article states of a person whose name it glosses in Latin letters."""
    pattern = _pattern(article.language)
    if pattern is None:
        return []
    another = _ANOTHER[article.language]
    found = []
    for index, paragraph in enumerate(article.paragraphs):
        for match in pattern.finditer(paragraph.text):
            words = _full_name(match.group(2))
            years = int(match.group(1))
            if words is None or not 0 < years < _LONGEST:
                continue
            if another.search(paragraph.text, match.end(1), match.start(2)):
                continue  # "29歲的男子與創辦人…(…)": the age is the other person's
            surname = words[-1]
            written = paragraph.text[match.start() : match.end(2)] + ")"
            person = f"{script(surname)} {folded(surname)}"
            names = frozenset(folded(w) for w in words)
            found.append(
                Age(person, years, surname, written, index, match.start(), match.end(), names)
            )
    return found


def _full_name(gloss: str) -> list[str] | None:
    """The gloss's words when they read as a person's full name (module doc), else None."""
    words = gloss.split()
    if len(words) < 2 or not all(_NAME_WORD.fullmatch(w) for w in words):
        return None
    if not given_name(words[0]):
        return None
    return words
