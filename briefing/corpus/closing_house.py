"""A house signing its story with its name alone on the last line: ``… reboot.`` / ``Exa News``.

Some sites close every story with their own name, a line of its own after the last sentence,
as a byline at the end. The name must look like a house and nothing else:

- the line is the article's last paragraph and holds nothing but the name;
- the name ends in a word that names a medium (``News``, ``Times``, ``Post``, ``Daily``,
  ``Herald``, …), after one or two words of a brand: letters in capitals (``EXA``), a capital
  inside a word (``ExaIndia``), or a word no English list rates common (a made-up name);
- an everyday word before the medium's (``Related News``, ``Latest News``, ``More News``,
  ``World News``: a page's navigation closing the text) is no brand, so those lines name
  no one, nor does a person's name (the medium's word is never a surname here) or a credit
  with a label (``Photo: …``, ``【翻訳】… News``: other readers' shapes).

Read last among the outlet cues: a copyright line, a wire's credit or any other cue found
first wins. Measured on the 50 dev packets: of the last lines shaped as a name and a
medium's word, one was such a signature and none was anything else.
"""

from __future__ import annotations

import re

from briefing.corpus.wordlists import at_least

__all__ = ["MEDIA_WORDS", "closing_house"]

#: The words a house's name ends in (English, as such sites sign in English).
MEDIA_WORDS = (
    "News", "Times", "Post", "Daily", "Herald", "Tribune", "Journal", "Gazette", "Telegraph",
    "Chronicle", "Express", "Today",
)  # fmt: skip
_LINE = re.compile(
    rf"(?P<brand>[A-Za-z][A-Za-z0-9&'-]*(?: [A-Za-z][A-Za-z0-9&'-]*)?) (?:{'|'.join(MEDIA_WORDS)})"
)
#: From this English Zipf frequency a word is an everyday word, not a brand ("related" 4.6,
#: "world" 5.6, "sky" 4.6; a made-up brand is in no list).
_EVERYDAY = 3.5
_CAMEL = re.compile(r"[a-z][A-Z]|^[a-z]+[A-Z]")


def _brand_word(word: str) -> bool:
    """A word of a brand: capitals, a capital inside it, or a word English rates rare."""
    if len(word) >= 2 and word.isupper():
        return True
    if _CAMEL.search(word):
        return True
    return word[:1].isupper() and not at_least(word.casefold(), "en", "small", _EVERYDAY)


def closing_house(paragraphs: list[str]) -> str | None:
    """The house whose name alone is the article's last line (module doc), or None."""
    if len(paragraphs) < 3:
        return None
    last = paragraphs[-1].strip()
    if len(last) > 40:
        return None
    match = _LINE.fullmatch(last)
    if match is None or not all(_brand_word(w) for w in match.group("brand").split()):
        return None
    return last
