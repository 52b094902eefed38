"""Totals a sentence splits: "48 hostages, of whom 20 alive"; "1,966 prisoners, among them 1,716
from Gaza and 250 from the West Bank".

A count its own sentence breaks into parts counts a larger set than each part: the writer
says so. Another source's count of one of the parts ("the 20 living hostages") is then a
count of that part, not a rival of the total, though both may count the same noun, or nouns
tied across languages (:mod:`.crosscounts`): the one wrong figure flag of the hostage release's
blind look set "48 otages, dont 20 encore vivants" against "20 ostaggi ancora in vita".

A number is such a total when either holds:

- right after it (no other number between), a word of inclusion of its sentence's language
  ("of whom", "including", "dont", "davon", "di cui", "из них", "بينهم", "其中") stands right
  before a smaller number: that number is a part;
- it is the sum of two or three other numbers of its sentence, each at least
  :data:`LEAST_SUMMAND` (1,966 = 1,716 + 250; not 7 = 3 + 4, which add up by chance): the
  arithmetic every language shares. No year or date is the sum of the counts beside it, so
  this also says that a number written like a year ("1966 أسيراً") is a count.

Reading a total only keeps it from being set against one of its parts, so this can never
raise a flag by itself.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from functools import cache

from briefing.analysis.figure_model import Figure
from briefing.analysis.numbers import Number

#: Words that introduce a part of the count before them, per language ("_": any spacing).
_INCLUDING: dict[str, str] = {
    "en": "of_whom of_which including among_them among_whom among_which",
    "fr": "dont parmi_eux parmi_elles parmi_lesquels parmi_lesquelles y_compris",
    "de": "davon darunter einschließlich einschliesslich",
    "es": "de_los_cuales de_las_cuales entre_ellos entre_ellas incluidos incluidas incluyendo",
    "it": "di_cui tra_cui fra_cui tra_loro fra_loro compresi comprese inclusi incluse",
    "pt": "dos_quais das_quais entre_eles entre_elas incluindo",
    "nl": "waarvan waaronder onder_wie",
    "ru": "из_них из_которых в_том_числе среди_них среди_которых",
    "uk": "з_них із_них з_яких у_тому_числі в_тому_числі серед_них серед_яких",
    "pl": "w_tym z_czego spośród_nich z_nich",
    "ro": "dintre_care dintre_ei printre_care inclusiv",
    "el": "εκ_των_οποίων μεταξύ_των_οποίων ανάμεσά_τους",
    "hu": "köztük közülük ebből",
    "ar": "بينهم من_بينهم منهم بينها من_بينها منها",
    "fa": "از_جمله از_این_تعداد",
    "he": "מהם מתוכם ביניהם מהן מתוכן ביניהן",
    "zh": "其中",
    "ja": "うち",
}
#: Most numbers of a sentence tried as summands (a table's row holds dozens: no total there).
MOST_NUMBERS = 8
#: Least summand: small numbers add up by chance ("seven minutes … three or four thieves").
LEAST_SUMMAND = 10


@cache
def _including(language: str) -> re.Pattern[str] | None:
    words = _INCLUDING.get(language)
    if not words:
        return None
    bodies = "|".join(re.escape(w).replace("_", r"\s+") for w in words.split())
    # The word of inclusion ends the stretch before the part: "…, dont 20", "其中1716".
    return re.compile(rf"(?:^|[^\w])(?:{bodies})[\s,:]*$", re.IGNORECASE)


def parts_of(text: str, numbers: Sequence[Number], index: int, language: str) -> frozenset[float]:
    """The values ``text`` gives as parts of ``numbers[index]`` (module doc); empty when it
    is no total its sentence splits."""
    number = numbers[index]
    found: set[float] = set()
    pattern = _including(language)
    if pattern is not None and index + 1 < len(numbers):
        following = numbers[index + 1]
        if following.value < number.value and pattern.search(text[number.end : following.start]):
            found.add(following.value)
    found.update(summands(numbers, index))
    return frozenset(found)


def summands(numbers: Sequence[Number], index: int) -> tuple[float, ...]:
    """Two or three other numbers of the sentence that add up to ``numbers[index]``, else ()."""
    total = numbers[index].value
    if len(numbers) > MOST_NUMBERS or not total.is_integer() or total < 3:
        return ()
    others = [
        n.value
        for i, n in enumerate(numbers)
        if i != index
        and n.value.is_integer()
        and LEAST_SUMMAND <= n.value < total
        and n.low is None
    ]
    for size in (2, 3):
        for chosen in itertools.combinations(others, size):
            if sum(chosen) == total:
                return chosen
    return ()


def year_like_total(numbers: Sequence[Number], index: int) -> bool:
    """Whether a number written like a year ("1966") is a count: the sum of two or three
    numbers beside it (module doc)."""
    return bool(summands(numbers, index))


def without_split_totals(figures: list[Figure]) -> list[Figure]:
    """``figures`` less each total its own sentence splits ("48 otages, dont 20 encore
    vivants") when another source gives one of its parts ("20 ostaggi ancora in vita"): that
    source counts the part, and a total is never compared with a part. Only a figure with
    parts is compared with the others (a group at 10,005 articles holds thousands of figures,
    few of them split totals: every figure against every other was most of the 9 s
    the figures were judged in)."""
    return [
        f
        for f in figures
        if not f.parts
        or not any(
            o.quote.article_id != f.quote.article_id and any(o.low <= p <= o.high for p in f.parts)
            for o in figures
        )
    ]
