"""Marks of a photo caption or a page stamp inside body text (for :mod:`.date_sentences`).

A page's furniture often reaches the body text: the reader cannot always tell a caption or an
update note from a paragraph of prose, and a caption is sometimes run into the paragraph
after it. Each test here reads a mark the furniture itself carries, never a word of one
language, so it holds in any language:

- a caption closed by its credit: the date ends the caption's words (at most a bracket
  closes after it) and names set off by slashes or bars end the sentence ("Lava near the
  town (photo of 14.01.2031) / AGENCY / Pictures", "… 3 May 2031. Jane Roe | EFE");
- a page's update note in round brackets: the whole sentence is a parenthesis holding a full
  date, its clock time and at most a few words ("(mis à jour le 3 mai 2031 à 16h50)",
  "(Updated: 3 May 2031, 16:50)"); prose in brackets has more words than that;
- a photo note in round brackets holding the date: a photo label ("photo", "foto",
  "фото", "fotografía" and the like, one root across languages, then ":", "/" or "=")
  opens the bracket, and the date stands inside it before it closes ("… the judges (Photo:
  Jane Roe/Agency, 3 May 2031)", "(Foto: 3. Mai 2031)"); prose in brackets naming a photo
  has no label ("(a photo of 3 May shows …)", "(photos from 3 May)");
- a picture's positions: the agencies' captions say where each person stands in the frame,
  "(bottom R)", "(2nd L)", "(L to R)", or more than once "(L)" … "(R)"; prose does not.

A date in a sentence so marked is the picture's or the page's, not an event of the story.
"""

from __future__ import annotations

import re

#: After the date: at most closing brackets or a full stop before the credit starts.
_BEFORE_CREDIT = re.compile(r"[\s).\]»”\"']*")
#: A credit: names (capitalised words, "AFP", "East News", "Jane Roe") set off by "/" or "|",
#: one or more, to the end of the sentence. A word starting in lower case is prose.
_CREDIT_NAME = r"[^\W\d_][\w'’&.\-]*"
_CREDIT = re.compile(
    rf"(?:\s*[/|]\s*(?:{_CREDIT_NAME}(?:[ \t]+{_CREDIT_NAME}){{0,5}}))+[\s.]*",
)


def credited_caption(sentence: str, end: int) -> bool:
    """True when a credit of names set off by slashes or bars closes ``sentence`` right after
    the date phrase ending at ``end`` (module docstring); each name must be capitalised."""
    lead = _BEFORE_CREDIT.match(sentence, end)
    assert lead is not None  # the pattern matches the empty string
    credit = _CREDIT.fullmatch(sentence, lead.end())
    if credit is None:
        return False
    names = re.findall(_CREDIT_NAME, credit.group())
    return bool(names) and all(name[0].isupper() for name in names)


#: A clock time after a date: "16:50", "16h50", "16.50 Uhr", "4:50 pm", "16 h 50".
_CLOCK = re.compile(
    r"(?<!\d)(?:[01]?\d|2[0-3])(?:[:h][0-5]\d|\s?h\s?[0-5]\d|\.[0-5]\d\s*(?:Uhr|uur|h)\b)"
    r"(?!\d)(?:\s*[ap]\.?\s?m\b\.?)?",
    re.IGNORECASE,
)
#: Between the date and its clock time: punctuation or at most two short words ("à", "a las",
#: "um", "at", "o").
_TO_CLOCK = re.compile(r"[\s,|·•/–—-]*(?:[^\W\d_]{1,3}\s+){0,2}")
_WORD = re.compile(r"[^\W\d_]+")
#: Words an update note may have besides its date and time ("mis à jour le", "Updated",
#: "Actualizado el … a las"); a parenthesis of prose says more.
_NOTE_WORDS = 5


def bracketed_stamp(sentence: str, start: int, end: int) -> bool:
    """True when ``sentence`` is wholly one round-bracketed note holding the full date phrase
    at ``start:end``, its clock time and at most a few words: a page's update stamp."""
    text = sentence.strip().rstrip(".")
    if not (text.startswith("(") and text.endswith(")")) or text.count("(") != 1:
        return False
    gap = _TO_CLOCK.match(sentence, end)
    assert gap is not None  # the pattern matches the empty string
    clock = _CLOCK.match(sentence, gap.end())
    if clock is None:
        return False
    rest = sentence[:start] + sentence[end : clock.start()] + sentence[clock.end() :]
    return len(_WORD.findall(rest)) <= _NOTE_WORDS


#: A place in the picture, qualified ("bottom R", "2nd L", "far left", "L to R", "from left").
_QUALIFIED = re.compile(
    r"\((?:(?:top|bottom|centre|center|front|back|far|\d(?:st|nd|rd|th))\s+(?:[LRC]|left|right)"
    r"|L\s*(?:to|-)\s*R|from\s+left)\)",
    re.IGNORECASE,
)
#: A bare one, "(L)", "(C)", "(R)": alone, or repeated, it may be a party ("Smith (R) and
#: Roe (R)") or a sign, so a caption needs two different ones.
_BARE = re.compile(r"(?<=\w)\s\(([LCR])\)")


def picture_positions(sentence: str) -> bool:
    """True when ``sentence`` says where people stand in a picture: a caption."""
    return bool(_QUALIFIED.search(sentence)) or len(set(_BARE.findall(sentence))) >= 2


#: A bracket opened by a photo label: "(Photo:", "(Foto /", "(Фото:", "(Fotografía:",
#: "(Photograph =": the root ph/f-oto in Latin or Cyrillic script, then a label mark.
_PHOTO_LABEL = re.compile(r"\(\s*(?:(?:ph|f)oto|фото)[^\W\d_]*\s*[:/=]", re.IGNORECASE)


def photo_note(sentence: str, start: int, end: int) -> bool:
    """True when the date phrase at ``start:end`` stands inside a round bracket that a photo
    label opens ("(Photo: Jane Roe/Agency, 3 May 2031)"): the picture's date (module
    docstring)."""
    opened = sentence.rfind("(", 0, start)
    if opened < 0 or ")" in sentence[opened:start]:
        return False
    close = sentence.find(")", end)
    if close < 0 or "(" in sentence[end:close]:
        return False
    return _PHOTO_LABEL.match(sentence, opened) is not None
