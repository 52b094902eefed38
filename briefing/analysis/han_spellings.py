"""One foreign name transliterated two ways in Chinese: "谭德塞" / "谭德赛", "卡米拉" / "卡蜜拉".

Chinese has no capitals and no spaces, so :mod:`.spelling`, which finds names by them, never
sees a Chinese name. A foreign name is written in Chinese by its sound, one character a
syllable, and many characters share a sound ("塞" and "赛" are both *sai*): two outlets that
pick two characters of one sound for one syllable spell one name two ways, the disagreement
the analyst is shown (as "Zelensky" / "Zelenskyy" is in Latin letters, and as
:mod:`.hangul_spellings` and :mod:`.kana_spellings` find in Hangul and katakana). A traditional
character is no other spelling of its simplified form ("譚" is "谭"): both sides are folded to
simplified characters first (OpenCC's table, :mod:`briefing.search.han`).

Flagged only when all of these hold:

- two articles of Chinese write one syllable with two characters of one toneless reading
  (anyascii's pinyin), each beside one same neighbour: the one or two characters before it, or
  after it ("谭德" before 塞 and 赛; two, when one character before is written in two names:
  "萊維特" beside "維特科夫");
- the name around it is what every such writing shares: widened over the characters all of
  them have beside it and cut at the everyday word nearest the syllable ("违禁成分曲美他嗪"
  gives "曲美他嗪"), it is at least :data:`MIN_CHARACTERS` long ("谭德塞" in "总干事谭德塞说" and
  in "谭德塞表示");
- neither character is a function word (wordfreq's Chinese list has it alone at Zipf
  :data:`FUNCTION` or above: "的" / "地" / "得", "在" / "再" are one reading, a slip of grammar
  or of the input method, not a name), and neither makes an everyday word with the character
  beside it wherever it is written (Zipf :data:`EVERYDAY` or above: "精彩" / "精采", "报道" /
  "报导", "基金" / "记者" are words, two usual spellings or two words, never a name heard by
  ear);
- no article writes both forms (one writer's two spellings contradict no other source);
- the two forms are not glossed apart: when each is followed by a Latin gloss in brackets and
  the glosses share no word ("哈迈德·哈利法(Khalid bin Ahmed …)" / "哈麥德(Oussama Hamad)"), they
  are two names that sound alike, two people.

The name is cut at a function word at either end too ("…年的加沙" / "…年的甲型" share "年的",
grammar, and no name). Known weak point: two people of one name's two origins, neither glossed
("卡米拉" for Kamila, "卡蜜拉" for Camilla, in one briefing), read as one name spelt two ways.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from functools import cache
from itertools import combinations

from anyascii import anyascii

from briefing.analysis.model import Claim, Discrepancy, Quote
from briefing.analysis.spelling_quotes import quotes_in
from briefing.model import Article

#: The fewest characters of a name: two-character runs are mostly Chinese words.
MIN_CHARACTERS = 3
#: A character this common alone (Zipf) is a function word ("的", "在", "是").
FUNCTION = 5.5
#: Two characters this common together (Zipf) are an everyday word ("精彩", "记者").
EVERYDAY = 4.0
#: How far after a name its Latin gloss may stand ("哈麥德(Oussama Hamad)",
#: "哈迈德·哈利法(Khalid …)").
GLOSS_REACH = 48
#: A gloss in brackets, a few characters after the name at most (its other words, a "·").
_GLOSS = re.compile(r"^[^()（）。！？!?\n]{0,12}?[(（]\s*([A-Za-z][^()（）]{1,60})[)）]")
_LATIN_WORD = re.compile(r"[A-Za-z]{3,}")
#: A run of Han characters.
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")

#: (article id, folded run, position of the syllable in it, the run as written).
_Place = tuple[str, str, int, str]


def han_spelling_discrepancies(articles: Sequence[Article]) -> list[Discrepancy]:
    """Two Chinese transliterations of one foreign name (see the module docstring)."""
    chinese = [a for a in articles if a.language.startswith("zh")]
    if len(chinese) < 2:
        return []
    # (article id, folded run, the run as written and the text after it, where a gloss is)
    runs: list[tuple[str, str, str]] = []
    for article in chinese:
        for paragraph in article.paragraphs:
            for match in _HAN.finditer(paragraph.text):
                if len(match.group()) >= MIN_CHARACTERS:
                    written = paragraph.text[match.start() : match.end() + GLOSS_REACH]
                    runs.append((article.id, _simplified(match.group()), written))
    # Each syllable by the character before it, the one after it, and the two before or
    # after it (one neighbour may be written in two names: "萊維特" beside "維特科夫").
    frames: dict[tuple[int, str, str], dict[str, list[_Place]]] = defaultdict(
        lambda: defaultdict(list)
    )
    for article_id, run, written in runs:
        for i, char in enumerate(run):
            for step, beside in _neighbours(run, i):
                frames[(step, beside, _reading(char))][char].append((article_id, run, i, written))
    by_id = {a.id: a for a in chinese}
    found: list[Discrepancy] = []
    for chars in frames.values():
        if len(chars) < 2:
            continue
        for one, other in combinations(sorted(chars), 2):
            if not (_function(one) or _function(other)):
                flag = _flag([*chars[one], *chars[other]], by_id)
                if flag is not None:
                    found.append(flag)
    return _shortest(found)


def _neighbours(run: str, i: int) -> list[tuple[int, str]]:
    """The neighbours a syllable is framed by: one or two characters before it (-1, -2) or
    after it (1, 2), as far as its run goes."""
    found = []
    for step in (-2, -1, 1, 2):
        at = i + step
        if 0 <= at < len(run):
            found.append((step, run[at:i] if step < 0 else run[i + 1 : at + 1]))
    return found


def _shortest(found: list[Discrepancy]) -> list[Discrepancy]:
    """Each name once, at its shortest: one name is found from each of its characters'
    neighbours ("譚德塞" / "谭德赛" and, from the "說" after it, "譚德塞說" / "谭德赛说")."""
    kept: dict[tuple[str, ...], Discrepancy] = {}
    for flag in sorted(found, key=lambda d: (len(d.subject), d.subject)):
        values = tuple(c.value for c in flag.claims)
        if values in kept or any(
            all(k in v for k, v in zip(other, values, strict=True)) for other in kept
        ):
            continue
        kept[values] = flag
    return sorted(kept.values(), key=lambda d: d.subject)


def _flag(places: Sequence[_Place], by_id: dict[str, Article]) -> Discrepancy | None:
    """The name spelt at ``places`` (two characters of one sound, each with one same
    neighbour), or None when the guards of the module docstring fail."""
    before, after = _trimmed(places[0], _shared(places, -1), _shared(places, 1))
    if before + 1 + after < MIN_CHARACTERS:
        return None
    forms: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for article_id, run, i, written in places:
        if _everyday(run, i):
            return None  # a word of the language, not a name heard by ear
        folded = run[i - before : i + after + 1]
        forms[folded][written[i - before : i + after + 1]].add(article_id)
    if len(forms) != 2 or _glossed_apart(places, before, after):
        return None
    first, second = sorted(forms)
    ids = [set().union(*forms[f].values()) for f in (first, second)]
    if ids[0] & ids[1]:
        return None  # one article writes both: no source contradicts another
    claims = []
    for form, writers in zip((first, second), ids, strict=True):
        shown = max(forms[form], key=lambda w: (len(forms[form][w]), w))
        claims.append(Claim(shown, _quotes(set(forms[form]), writers, by_id)))
    return Discrepancy(
        "spelling",
        f"{claims[0].value} / {claims[1].value}",
        tuple(claims),
        note="one foreign name transliterated two ways in Chinese (two characters of one sound)",
    )


def _glossed_apart(places: Sequence[_Place], before: int, after: int) -> bool:
    """Whether each form is glossed in Latin letters and no word of one gloss is the other's
    ("哈迈德·哈利法(Khalid bin Ahmed …)" / "哈麥德(Oussama Hamad)"): two names that sound alike, two
    people, not one name spelt two ways. A form glossed on one side only says nothing."""
    glosses: dict[str, set[str]] = defaultdict(set)
    for _, run, i, written in places:
        gloss = _GLOSS.match(written[i + after + 1 :])
        if gloss:
            words = {w.casefold() for w in _LATIN_WORD.findall(gloss.group(1))}
            glosses[run[i - before : i + after + 1]] |= words
    return len(glosses) == 2 and not set.intersection(*glosses.values())


def _shared(places: Sequence[_Place], step: int) -> int:
    """How many characters every place has alike (folded) beside its syllable, going
    ``step`` (-1 before, 1 after)."""
    count = 0
    while True:
        at = step * (count + 1)
        seen = {run[i + at] if 0 <= i + at < len(run) else None for _, run, i, _ in places}
        if len(seen) != 1 or None in seen:
            return count
        count += 1


def _trimmed(place: _Place, before: int, after: int) -> tuple[int, int]:
    """``before`` and ``after`` cut at the everyday word nearest the syllable on each side, and
    less a function word at either end: the context every writer shares ("违禁*成分*曲美他嗪",
    "索玛*地区*", "2023*年的*加沙") is no part of the name."""
    _, run, i, _ = place
    for j in range(i - 2, i - before - 1, -1):
        if _common(run[j : j + 2], EVERYDAY):
            before = i - j - 2
            break
    for j in range(i + 1, i + after):
        if _common(run[j : j + 2], EVERYDAY):
            after = j - i - 1
            break
    while before and _function(run[i - before]):
        before -= 1
    while after and _function(run[i + after]):
        after -= 1
    return before, after


def _everyday(run: str, i: int) -> bool:
    """Whether the syllable at ``run[i]`` makes an everyday word with a neighbour."""
    pairs = [run[i - 1 : i + 1] if i > 0 else "", run[i : i + 2] if i + 1 < len(run) else ""]
    return any(len(p) == 2 and _common(p, EVERYDAY) for p in pairs)


def _function(char: str) -> bool:
    return _common(char, FUNCTION)


@cache
def _common(word: str, threshold: float) -> bool:
    from briefing.corpus.wordlists import common_as_written

    return common_as_written(word, "zh", "large", threshold)


@cache
def _reading(char: str) -> str:
    """The character's toneless reading ("赛", "塞": "sai"); a character anyascii cannot
    read stands for itself (never one reading with another)."""
    return anyascii(char).casefold() or char


def _simplified(text: str) -> str:
    from briefing.analysis.cjk_nouns import simplified

    return simplified(text)


def _quotes(written: set[str], ids: set[str], by_id: dict[str, Article]) -> tuple[Quote, ...]:
    """The first sentence of each article of ``ids`` writing one of the ``written`` forms."""
    forms = "|".join(re.escape(w) for w in sorted(written, key=len, reverse=True))
    return quotes_in(re.compile(forms), ids, by_id)
