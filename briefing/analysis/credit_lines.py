"""A photo credit standing alone, and the caption it closes (for :mod:`.timeline`).

A saved page keeps a picture's caption and its credit when the picture is gone, often as two
lines: the caption, then the credit on a line of its own ("…, rescuers gather at the pit's
mouth." / "Example Agency reporter Jane Roe photo"). The caption's date is the picture's,
not an event of the story, but nothing in the caption's own words says so: the credit after
it does. :mod:`.cjk_captions` reads such a credit when the splitter sets it apart inside one
paragraph (``credit_sentence``); this module reads the credit in every script the briefing
knows, and when it stands as a paragraph of its own. Each shape is a mark the furniture
carries, never a word of one language's prose (made-up examples):

- a Chinese, Japanese or Korean credit (:func:`~.cjk_captions.credit_sentence`): a
  photographer's signature ``示例社记者 张三 摄``, a label ``摄影:王五`` / ``写真:示例社`` /
  ``사진=예시뉴스``, a slashed agency ``/예시뉴스``;
- a picture's label and a name: the root ph/f-oto in Latin, Cyrillic or Greek script
  ("Photo:", "Photograph:", "Foto:", "Fotoğraf:", "Фото:", "Φωτογραφία:"), "Bild:",
  "Image:", "Picture:", then ":", "=", "/" or "by" ("Photo by", "Foto von", "Фото от"), and
  a short name; in round brackets or not ("(Foto: Agency/Jane Roe)");
- a copyright mark before a photographer and an agency set off by a slash or an equals sign
  ("© JANE ROE / AGENCY", "ⓒ 예시=뉴스1"): a page's own copyright line names the outlet and
  a year ("© 2031 Example Media"), or states rights, not a photographer's agency.

**The caption** is the paragraph right before the credit, when it is one sentence: an agency's
caption is one, and a story's paragraph before an uncaptioned picture's credit (a picture set
at the story's end) is usually longer. The paragraph *after* a credit is never taken: pages
set the lead picture's credit between the headline and the lead, so the line after a credit
is as often the story's first paragraph as a caption.
"""

from __future__ import annotations

import re

from briefing.analysis.cjk_captions import credit_sentence
from briefing.analysis.text import sentences

__all__ = ["closes_caption", "credit_line"]

#: A credit line is short; a longer line is prose whatever it opens with.
_CREDIT_CHARS = 80
#: Words a credit's name part may have ("Jane Roe / Example Agency / Example Photo").
_NAME_WORDS = 8
#: A picture's label: the ph/f-oto root (Latin, Cyrillic, Greek), a few picture nouns, then a
#: label mark or "by" in the languages' own words.
_LABEL = re.compile(
    r"[(\[]?\s*(?:(?:ph|f)oto[^\W\d_]*|фото[^\W\d_]*|φωτογραφ[^\W\d_]*|bild|image|picture)"
    r"\s*(?:[:=/：]|\s(?:by|von|de|di|par|por|от|tarafından)\s)",
    re.IGNORECASE,
)
#: A copyright mark opening the line, with names joined by a slash or an equals sign.
_COPYRIGHT = re.compile(r"[©ⓒ]\s*[^\s©ⓒ]")
_JOINED = re.compile(r"\S\s*[/=]\s*\S")
#: A year, or a sentence's end inside the name part: a page's copyright line, or prose.
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_SENTENCE_END = re.compile(r"[.!?。！？](?:\s+\S|$)")


def credit_line(text: str) -> bool:
    """True when ``text`` is nothing but a photo credit in one of the shapes of the module
    docstring."""
    line = text.strip()
    if not line or len(line) > _CREDIT_CHARS:
        return False
    if credit_sentence(line):
        return True
    label = _LABEL.match(line)
    if label is not None:
        return _name_part(line[label.end() :].rstrip(")] "))
    if _COPYRIGHT.match(line):
        names = line[1:]
        return bool(_JOINED.search(names)) and _name_part(names)
    return False


def _name_part(names: str) -> bool:
    """A credit's names: a few words, no year, no sentence ending inside them."""
    bare = names.strip().rstrip(".")
    if not bare or len(bare.split()) > _NAME_WORDS or _YEAR.search(bare):
        return False
    return _SENTENCE_END.search(bare) is None


def closes_caption(paragraph: str, after: str | None, language: str) -> bool:
    """True when the one-sentence ``paragraph`` is a caption: the paragraph ``after`` it is a
    photo credit alone (:func:`credit_line`)."""
    if after is None or not credit_line(after):
        return False
    return len(sentences(paragraph, language)) == 1
