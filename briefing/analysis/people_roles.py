"""A count of people keyed by the role its own clause gives them: aboard or rescued, in
every language.

Counts are compared by their noun within one language (:mod:`.figures`), and a general word
for people ("people", "Menschen", "personas", "человек") says nothing of who is counted: "a
ferry carrying 462 people" and "на борту находились 477 человек" were two keys that never
met, and so were "164 people were rescued" and "174 Menschen wurden gerettet". Casualties
are keyed by their kind in every language because the verb says it (:mod:`.casualties`);
so are passengers by their noun (:mod:`.passengers`). Those aboard and those rescued are
the other two head counts every report of a wreck or a disaster gives, told by the verb or
the words around a general word for people, a small closed vocabulary of general news
language (not one story's words): "on board", "an Bord", "a bordo", "на борту" (the words
:mod:`.scope` already reads for occupants), and "rescued", "gerettet", "rescatados",
"спасены".

So a count of a general word for people (:func:`.casualties.vocabulary`) is keyed by its
role when its own clause (:func:`.casualties.clause`: punctuation, a conjunction or another
number ends it) names exactly one of the two roles and nothing that makes it a part or
another quantity:

- a casualty kind ("462 people aboard were killed": a toll, read as one before this);
- for those aboard, an outcome or a rate or a capacity (:func:`.passengers.all_of_one_occasion`:
  "carrying 300 people, 250 of them evacuated", "carries 3,000 people a day");
- an increment ("12 more people were rescued").

Those rescued are a running count (more are pulled out every hour), so like a toll they are
compared only between reports of one day (the key is a role's count by fate,
:data:`.fate_roles.FATED`, which :mod:`.figures` compares per day of report), and a count of
no known day is never keyed so. Passengers keep their own key: passengers without the crew
beside everyone aboard are two quantities. The figures' other gates still apply (one source
giving two values, values more than twice apart, a revised value, a capacity). Chinese,
Japanese and Korean counts written onto their counter of people are keyed as those aboard
by :mod:`.cjk_roles`.
"""

from __future__ import annotations

from briefing.analysis.casualties import clause, names_casualties, vocabulary, word_matcher
from briefing.analysis.crosscounts import ANY_LANGUAGE
from briefing.analysis.fate_roles import FATED
from briefing.analysis.passengers import all_of_one_occasion
from briefing.analysis.scope import aboard_words

#: The key of a count of everyone aboard, in any language.
PEOPLE_ABOARD = (ANY_LANGUAGE, "people aboard")
#: The key of a count of the rescued, in any language: a count by fate, compared per report day.
PEOPLE_RESCUED = (ANY_LANGUAGE, f"{FATED} people rescued")

#: Per language: the verbs and participles of rescue (lower case; "*": any ending). Not
#: "evacuated" (people moved out of harm's way are not those pulled from it) nor words that
#: also say a body was recovered ("geborgen", "recovered").
_RESCUED: dict[str, str] = {
    "en": "rescued rescuing saved",
    "fr": "secouru secourus secourue secourues sauvé sauvés sauvée sauvées",
    "de": "gerettet* rettete* rettet",
    "es": "rescatad* rescataron rescatar salvad* salvaron",
    "it": "salvat* tratti_in_salvo",
    "pt": "resgatad* resgataram salvad* salvaram",
    "nl": "gered",
    "ru": "спасен* спасён* спасли спасти",
    "uk": "врятован* врятува*",
    "pl": "uratowan* uratował*",
    "tr": "kurtarıl* kurtardı*",
}
#: Words of the clause read before the number (a verb and a hedge) and after it.
_BEFORE, _AFTER = 4, 8


def people_role_key(
    text: str, start: int, end: int, noun: str, language: str, dated: bool
) -> tuple[str, str] | None:
    """The key of the count at ``text[start:end]`` when ``noun`` (as written) is a general
    word for people and its clause gives them one role (module doc), else None; a count of
    the rescued only when ``dated`` (its report's day or its sentence's is known)."""
    words = vocabulary(language)
    if words is None or language not in _RESCUED:
        return None
    _kinds, people, more = words
    if not word_matcher(people).fullmatch(noun.casefold()):
        return None
    before = clause(text[:start][::-1], language, _BEFORE, reverse=True)
    after = clause(text[end:], language, _AFTER)
    around = f"{before} {after}"
    if names_casualties(around, language):
        return None  # a toll, or a part of one
    if word_matcher(more).search(f"{' '.join(before.split()[-1:])} {after.split(noun, 1)[0]}"):
        return None  # "12 more people were rescued": an increment
    aboard = bool(word_matcher(aboard_words(language)).search(around))
    rescued = bool(word_matcher(_RESCUED[language]).search(around))
    if rescued and not aboard:
        return PEOPLE_RESCUED if dated else None
    if aboard and not rescued and all_of_one_occasion(text, start, end, language):
        return PEOPLE_ABOARD
    return None
