"""Chinese and Japanese: an office's holder named with a gloss in Latin letters.

"挪威的外交部长卡丽·伦德(Kari Lund)", "ノルウェーのカーリ・ルン(Kari Lund)外相": the press of
these languages often follows a foreign name with its Latin spelling, which is what
:mod:`.role_holders` compares across every language's articles. The office is a small closed
vocabulary of titles (a foreign or defence minister), before the name in Chinese and after
the gloss in Japanese; the country is a CLDR country name (:mod:`.nationality_words`) right
before the possessive ("的", "の") that ties it to the name or the title. Anything between (a
conjunction, a comma, another noun) leaves the gloss unread.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from briefing.analysis.nationality_words import country_names

#: Titles written before the native name (Chinese) or after its gloss (Japanese).
_BEFORE = {
    "zh": {
        "foreign minister": "外交部长|外交部長|外长|外長",
        "defence minister": "国防部长|國防部長",
    }
}
_AFTER = {"ja": {"foreign minister": "外相|外務大臣", "defence minister": "防衛相|国防相"}}
GLOSSED = frozenset(_BEFORE) | frozenset(_AFTER)
GLOSS = re.compile(r"[(（](?P<latin>[A-Z][A-Za-z'’\- ]{3,60})[)）]")
#: A name in Han characters (Chinese transcription, "·" between its words) ...
_HAN_NAME = re.compile(r"[\u4e00-\u9fff·・]{2,20}")
#: ... with none of the words that join two names or two nouns.
_JOINS = re.compile("[的和与與及、]")
#: A name in katakana ("・" between its words), ending right before the gloss.
_KANA_NAME = re.compile(r"[\u30a0-\u30ff・]{2,20}$")
#: How far before the gloss a Chinese title is looked for.
_REACH = 30


def glossed(
    text: str, language: str, read_name: Callable[[str, str], str | None]
) -> Iterator[tuple[tuple[str, str], str]]:
    """((country, office), name) for each glossed name of ``text`` with its title and
    country; ``read_name`` reads the gloss as a full name (None when it is none)."""
    for gloss in GLOSS.finditer(text):
        before = text[: gloss.start()]
        portfolio = head = None
        for office, forms in _BEFORE.get(language, {}).items():
            titles = list(re.finditer(rf"(?:{forms})", before[-_REACH:]))
            if titles:
                cut = max(len(before) - _REACH, 0) + titles[-1].start()
                native = before[cut + len(titles[-1].group(0)) :]
                if _HAN_NAME.fullmatch(native) and not _JOINS.search(native):
                    portfolio, head = office, before[:cut]
        for office, forms in _AFTER.get(language, {}).items():
            kana = _KANA_NAME.search(before)
            if kana is not None and re.match(rf"(?:{forms})", text[gloss.end() :]):
                portfolio, head = office, before[: kana.start()]
        if portfolio is None or head is None:
            continue
        country = _country(head, language)
        name = read_name(gloss.group("latin"), "en")
        if country is not None and name is not None:
            yield (country, portfolio), name


def _country(head: str, language: str) -> str | None:
    """The country right before a possessive ("挪威的", "ノルウェーの") ending ``head``."""
    match = re.search(r"(?:的|の)$", head)
    if match is None:
        return None
    head = head[: match.start()]
    found = {c for n, c in country_names(language).items() if head.endswith(n)}
    return found.pop() if len(found) == 1 else None
