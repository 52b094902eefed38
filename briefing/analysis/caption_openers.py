"""A photo caption by how it opens or closes, in body text (for :mod:`.date_sentences`).

Two marks a caption carries that prose does not, each read off the sentence alone (made-up
examples):

- **it opens with the word for "the photo is" or a photo label**: a Japanese wire's caption
  ``写真は18日、城の外で…`` ("the photo shows, on the 18th, … outside the castle"), a Chinese
  one ``图为5月3日…`` / ``圖為…`` ("pictured is …"), a Latin or Cyrillic label at the
  sentence's start, ``Photo: Fans outside the castle on 3 May.``, ``Foto: …``, ``Фото: …``.
  Prose speaks of a photo with a determiner or a subject before it (``この写真は18日に公開
  された``, "this photo was released on the 18th"; "The photo, taken on 3 May, shows …") and
  never sets a label and a colon at a sentence's start;
- **it closes with a wire's photo credit in brackets**: ``…市民たち(2031年 ロイター/Jane
  Roe)``, ``… outside the castle (Reuters/Jane Roe).``: a bracket holding, maybe after the
  year, a news agency (:data:`~briefing.corpus.wires.WIRES`, or a Japanese wire's own name),
  a slash and a photographer's name (two to four capitalised words, or two to four Han or
  katakana characters), ending the sentence. A poll or a study credited in brackets names no
  person after the slash (``(Reuters/Ipsos)``), and an agency in brackets alone
  (``(Reuters)``) is a dateline's or a source's: neither is caught.

A date in a sentence so marked is the picture's, not an event of the story: the timeline
keeps it out like the other captions (issue 12).
"""

from __future__ import annotations

import re

from briefing.corpus.wires import WIRES

__all__ = ["caption_opener", "closing_photo_credit"]

#: "The photo is" / "pictured is" opening a sentence, or a photo label and its colon.
_OPENER = re.compile(
    r"\s*(?:写真は|图为|圖為|圖爲"
    r"|(?:photo|foto|фото|photograph|fotografía|fotografia)s?\s*[:：])",
    re.IGNORECASE,
)
#: The Japanese wires' names as their captions credit them.
_JAPANESE_WIRES = frozenset({"ロイター", "共同", "時事", "AFP時事", "新華社"})
_NAME_WORD = r"[A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐ][^\W\d_]+(?:['’-][^\W\d_]+)?"
_CREDIT = re.compile(
    r"[(（]\s*(?:(?:19|20)\d\d\s*年?\s*)?(?P<agency>[^\s()（）/／\d][^()（）/／\d]{0,24}?)\s*[/／]\s*"
    rf"(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}}|[\u4e00-\u9fff\u30a1-\u30fa\u30fc]{{2,4}})"
    r"\s*[)）]\s*[。.]?\s*$"
)


def caption_opener(sentence: str) -> bool:
    """Whether ``sentence`` opens like a photo caption (module doc)."""
    return _OPENER.match(sentence) is not None


def closing_photo_credit(sentence: str) -> bool:
    """Whether ``sentence`` ends with a wire's photo credit in brackets (module doc)."""
    match = _CREDIT.search(sentence[-80:])
    if match is None:
        return False
    agency = match.group("agency").strip()
    return agency.upper() in WIRES or agency in _JAPANESE_WIRES
