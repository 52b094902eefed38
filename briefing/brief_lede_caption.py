"""A photo caption read as prose (for :mod:`briefing.brief_lede`): no statement of the event.

A saved page often opens with the picture's caption, before the headline's date line or the
story: "Prime Minister Example Name lays a wreath during the memorial in Velmora Tuesday,
March 4, 2031." It names the event, its place and its day, so it scores like a lede, but it
tells what one picture shows, and an agency caption has a shape of its own: a person or a
body named first, then the present tense of the picture ("lays", "legt"), with the full
date of the day it was taken — the year written too, which a lead telling today's news
leaves out ("on Tuesday", "am Dienstag"). A lead states the same event in the past ("was
held", "wurde geehrt"), or in the present without the full date, and stays a lead.

Only what can be read without a tagger is used, in the languages whose verb forms it reads:
the sentence opens with a name (capitalised words and possessives: "Japan’s Prime Minister
Example Name", "Japans Regierungschef Example Name"; not a determiner's noun phrase, "The
Velmora ferries", "Die Fähren"), its first word in lower case is a present tense's third
person singular (English "-s": "sends"; German "-t": "spricht"), and no auxiliary of a past
or future tense is written. A French or Spanish caption ("Le Premier ministre … prononce un
discours …, le 4 mars 2031") writes its titles in lower case and its verb nowhere a rule
could find without a tagger; and a lead in the present with a full date is common there
("L’attentat perpétré …, vendredi 22 mars 2024, continue de …"): no caption is read.

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
    "de": re.compile(
        r"\b(?:hat|haben|hatte|hatten|ist|sind|war|waren|wurde|wurden|wird|werden)\b",
        re.IGNORECASE,
    ),
}
#: The present tense's third person singular: "sends", "lays", "carries" (not "press",
#: "bus"); "spricht", "legt" (not the past "legte").
_PRESENT_FORM = {
    "en": re.compile(r"[a-z]{2,}(?<![su])s"),
    "de": re.compile(r"[a-zäöüß]{2,}(?<!te)t"),
}
#: A word of the subject's name: capitalised, possessive or not ("Japan’s", "Minister").
_NAME_WORD = re.compile(r"[A-ZÄÖÜ][\w.-]*(?:[’']s)?")
#: Determiners opening a noun phrase: "The Velmora ferries …" is a plural noun, not a verb.
_DETERMINERS = frozenset(
    {"The", "A", "An", "This", "These", "Those"}
    | {"Der", "Die", "Das", "Ein", "Eine", "Dem", "Den", "Des", "Diese", "Dieser"}
)


def writes_year(phrase: str) -> bool:
    """A date phrase written with its year ("Tuesday, March 4, 2031", "le 4 mars 2031")."""
    return _YEAR.search(phrase) is not None


def present_caption(text: str, language: str) -> bool:
    """The sentence tells in the present what a picture shows, in a language whose verb
    forms these cues read (see the module docstring); the caller asks only of a sentence
    that writes its event's full date."""
    not_present = _NOT_PRESENT.get(language)
    if not_present is None or not_present.search(text):
        return False
    words = text.split()
    if not words or words[0] in _DETERMINERS:
        return False
    for index, word in enumerate(words):
        if _NAME_WORD.fullmatch(word.strip(",")):
            continue
        return index > 0 and _PRESENT_FORM[language].fullmatch(word) is not None
    return False
