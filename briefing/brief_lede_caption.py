"""A photo caption read as prose (for :mod:`briefing.brief_lede`): no statement of the event.

A saved page often opens with the picture's caption, before the headline's date line or the
story: "Prime Minister Example Name lays a wreath during the memorial in Velmora Tuesday,
March 4, 2031." It names the event, its place and its day, so it scores like a lede, but it
tells what one picture shows, and an agency caption has a shape of its own: the present
tense of the picture ("lays", "dépose") with the full date of the day it was taken — the
year written too, which a lead telling today's news leaves out ("on Tuesday", "mardi"). A
lead states the same event in the past ("was held", "a rendu hommage"), or in the present
without the full date, and stays a lead.

Only the two cues that can be read without a tagger are used, and only in the languages
whose tense they read; elsewhere nothing is a caption:

- **English**: the sentence opens with its subject's name ("Japan’s Prime Minister Example
  Name", capitalised words and possessives) and its first word in lower case is a verb's
  -s form ("sends", "lays"), and no auxiliary of a past or future tense is written;
- **French**: no auxiliary of a past tense (passé composé, imparfait, plus-que-parfait: "a",
  "ont", "était", "s'est") nor a future is written: the sentence tells in the present.

The full date is the caller's to tell (the timeline's entries on the event's day that write
a year: :func:`writes_year`).
"""

from __future__ import annotations

import re

#: A year written in a date phrase.
_YEAR = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")

#: Auxiliaries and markers of a tense other than the present.
_NOT_PRESENT = {
    "en": re.compile(r"\b(?:was|were|had|did|has been|have been|will|would)\b", re.IGNORECASE),
    "fr": re.compile(
        r"(?<![\w’'])(?:a|ont|avait|avaient|est|sont|était|étaient|fut|furent|eut|eurent|"
        r"sera|seront|va|vont)(?![\w’'])",
        re.IGNORECASE,
    ),
}

#: A word of the subject's name: capitalised, possessive or not ("Japan’s", "Minister").
_NAME_WORD = re.compile(r"[A-Z][\w.-]*(?:[’']s)?")
#: An -s form of an English verb: "sends", "lays", "carries" (not "press", "bus", "this").
_S_FORM = re.compile(r"[a-z]{2,}(?<![su])s")
#: Determiners opening a noun phrase: "The Velmora ferries …" is a plural noun, not a verb.
_DETERMINERS = frozenset({"The", "A", "An", "This", "These", "Those"})


def writes_year(phrase: str) -> bool:
    """A date phrase written with its year ("Tuesday, March 4, 2031", "le 4 mars 2031")."""
    return _YEAR.search(phrase) is not None


def present_caption(text: str, language: str) -> bool:
    """The sentence tells in the present what a picture shows, in a language whose tense
    these cues read (see the module docstring); the caller asks only of a sentence that
    writes its event's full date."""
    not_present = _NOT_PRESENT.get(language)
    if not_present is None or not_present.search(text):
        return False
    if language == "fr":
        return True
    words = text.split()
    if not words or words[0] in _DETERMINERS:
        return False
    for index, word in enumerate(words):
        if _NAME_WORD.fullmatch(word.strip(",")):
            continue
        return index > 0 and _S_FORM.fullmatch(word) is not None
    return False
