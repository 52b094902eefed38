"""Whether an article cites a name as its source of a fact: then that name is not its outlet.

The weaker outlet cues read a name out of prose (``…, сообщает X.``, ``X informs``, ``This was
reported by X``), and prose names cited outlets in the same shapes. A name the same text also
introduces with a citation's words is someone the article quotes, in any language:

- before the name: ``according to``, ``citing``, ``по данным``, ``по информации``, ``со ссылкой
  на``, ``selon``, ``d'après``, ``citant``, ``laut``, ``secondo``, ``según``,
  ``segundo``, ``据``/``據``/``根据``, ``وفقا ل``, ``نقلا عن``, ``بحسب``;
- after it: ``zufolge``, ``'e göre``/``'a göre``, Chinese ``报道``/``報道`` right after the name,
  in book marks or not (``《示例时报》报道``, ``《示例時報》有報道指``, ``示例社报道``).

An outlet names itself with none of these: "according to us" is not written. The strong cues
(a ``Source:`` line, a wire's dateline, its byline) are not asked: a Reuters story may say
"Reuters reported earlier" of its own earlier report.
"""

from __future__ import annotations

import re

__all__ = ["cited_in"]

_BEFORE = (
    r"according to|citing|quoted by|cited by"
    r"|по данным|по информации|по сведениям|со ссылкой на|ссылаясь на"
    r"|за даними|за інформацією|з посиланням на"
    r"|selon|d['’]après|citant|cité par"
    r"|laut|gemäß|unter berufung auf"
    r"|secondo|citando|stando a"
    r"|según|de acuerdo con|citando a|segundo|de acordo com"
    r"|وفقا ل|وفقاً ل|نقلا عن|نقلاً عن|بحسب|حسب"
)
#: Chinese citation marks, written without a space before the name.
_BEFORE_HAN = r"根据|根據|据|據"
#: Articles and the like that may stand between the citation's words and the name.
_ARTICLE = r"(?:(?:the|le|la|les|l['’]|der|die|das|dem|den|des|il|lo|el|los|las|o|a|os|as)\s*)?"
#: Book marks or quotes around the name (``《示例时报》``, ``«Пример»``, ``„Beispiel“``).
_OPEN, _CLOSE = r"[《〈«„“\"]?", r"[》〉»“”\"]?"
_AFTER = r"\s*zufolge|['’](?:[ae]|ya|ye|na|ne)\s+göre|\s*(?:有)?(?:报道|報道|报导|報導)"


def cited_in(name: str, paragraphs: list[str]) -> bool:
    """Whether some paragraph introduces ``name`` with a citation's words (see the module)."""
    core = name.strip().strip('《》〈〉«»„“”"').strip()
    if not core:
        return False
    escaped = re.escape(core)
    before = re.compile(
        rf"(?:(?<![^\W_])(?:{_BEFORE})|{_BEFORE_HAN})\s*{_ARTICLE}{_OPEN}{escaped}(?![^\W_])",
        re.IGNORECASE,
    )
    after = re.compile(rf"{_OPEN}{escaped}{_CLOSE}(?:{_AFTER})", re.IGNORECASE)
    for text in paragraphs:
        if core.casefold() not in text.casefold():
            continue
        if before.search(text) or after.search(text):
            return True
    return False
