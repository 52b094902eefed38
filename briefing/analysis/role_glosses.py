"""Chinese and Japanese: an office's holder named with a gloss in Latin letters.

"挪威的外交部长卡丽·伦德(Kari Lund)", "ノルウェーのカーリ・ルン(Kari Lund)外相": the press of
these languages often follows a foreign name with its Latin spelling, which is what
:mod:`.role_holders` compares across every language's articles. The office is a small closed
vocabulary of titles (a foreign or defence minister, a prime minister, a president), before
the name in Chinese and after the gloss in Japanese; the country is a CLDR country name
(:mod:`.nationality_words`) right before the possessive ("的", "の") that ties it to the name
or the title, or in Chinese right before the title ("挪威总理"). Anything between (a
conjunction, a comma, another noun; "前" former, "副" deputy, "代" acting) leaves the gloss
unread, and so do the words that make the title another person's ("总统夫人", the wife;
"首相代行", acting).
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
        "prime minister": "总理|總理|首相",
        "president": "总统|總統",
    }
}
_AFTER = {
    "ja": {
        "foreign minister": "外相|外務大臣",
        "defence minister": "防衛相|国防相",
        "prime minister": "首相",
        "president": "大統領",
    }
}
#: Words right after a Japanese title that make it another office or a stand-in ("首相代行",
#: acting; "大統領夫人", the president's wife; "大統領補佐官", an aide; "大統領候補", a candidate).
_NOT_AFTER = "代行|代理|夫人|補佐|報道|顧問|候補|府|選|経験"
#: Words opening the text between a Chinese title and the gloss that make it no holder's name
#: ("总统夫人", the wife; "总统候选人", a candidate; "当选总统", elected).
_NOT_NATIVE = re.compile(
    "^(?:夫人|府|发言人|發言人|候选人|候選人|当选人|當選人|顾问|顧問|办公室|辦公室|特使)"
)
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
                if (
                    _HAN_NAME.fullmatch(native)
                    and not _JOINS.search(native)
                    and not _NOT_NATIVE.match(native)
                ):
                    portfolio, head = office, before[:cut]
        for office, forms in _AFTER.get(language, {}).items():
            kana = _KANA_NAME.search(before)
            after = text[gloss.end() :]
            if kana is not None and re.match(rf"(?:{forms})(?!{_NOT_AFTER})", after):
                portfolio, head = office, before[: kana.start()]
        if portfolio is None or head is None:
            continue
        country = _country(head, language)
        name = read_name(gloss.group("latin"), "en")
        if country is not None and name is not None:
            yield (country, portfolio), name


def _country(head: str, language: str) -> str | None:
    """The country right before a possessive ("挪威的", "ノルウェーの") ending ``head``, or
    in Chinese right before the title, as its attribute ("挪威总理"): a word between ("前",
    former; "代", acting; "副", deputy) leaves it unread."""
    match = re.search(r"(?:的|の)$", head)
    if match is None and language != "zh":
        return None
    head = head[: match.start()] if match is not None else head
    found = {c for n, c in country_names(language).items() if head.endswith(n)}
    return found.pop() if len(found) == 1 else None
