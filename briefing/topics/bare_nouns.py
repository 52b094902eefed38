"""A noun written bare after a preposition: "in prison", "de magnitude 7,8", "in carcere".

:mod:`briefing.topics.word_use` takes a word written after an article ("the heist", "il
conclave") as used as a noun. Many subjects a story argues about are mostly written without
one: after a preposition ("sentenced to prison", "condamné à la prison" has one, "en prison"
has none; "un sisma di magnitudo 7.9", "a quake of magnitude 7.8"). A preposition is followed
by an adjective, a participle or an infinitive too ("pour confirmer", "de graves blessures",
"in particular"), so a use counts only when the word *closes* the phrase:

- the next token is no word (a number, punctuation, the end of the text), or a function word
  of the language ("en prison pour", "di magnitudo e"): an adjective before a noun ("de graves
  blessures", "with severe injuries") is followed by that noun;
- it is not shaped like an infinitive of a Romance language (-er/-ir/-re, -ar, -are/-ere/-ire):
  "de commenter.", "di parlare." close a phrase too. The cost: a noun so shaped ("in carcere",
  "en hiver") is not counted.

Prepositions are a closed grammar class of each language, listed here for the languages that
have articles (:data:`~briefing.topics.word_use.ARTICLES`); other languages are not asked.
"""

from __future__ import annotations

import re

#: Prepositions of place, of belonging and of lack (closed class, not story words): "in
#: prison", "de magnitude", "sans freins". Those of agent, company and purpose are left out
#: ("by", "with", "for", "por", "con", "per", "pour"): what they bring in is who uses or
#: serves something, written in passing ("popular with tourists", "utilizado por turistas"),
#: and "to", "pour", "para" come before infinitives.
PREPOSITIONS: dict[str, frozenset[str]] = {
    lang: frozenset(words.split())
    for lang, words in {
        "en": "of in on at into after without",
        "fr": "de d en à sans sur dans",
        "de": "von nach aus ohne über",
        "es": "de en sin sobre",
        "it": "di in senza su tra fra",
        "pt": "de em sem",
        "nl": "van in op",
    }.items()
}

#: Infinitive endings of the Romance languages above: a verb after "de", "pour", "para".
_INFINITIVE = {
    "fr": ("er", "ir", "re"),
    "es": ("ar", "er", "ir"),
    "pt": ("ar", "er", "ir"),
    "it": ("are", "ere", "ire"),
}


def bare_after_preposition(
    text: str,
    tokens: list[re.Match[str]],
    j: int,
    language: str,
    function: frozenset[str],
) -> bool:
    """Whether token ``j`` is a noun written bare after a preposition of ``language``
    (see the module's docstring). ``tokens`` are the paragraph's word tokens, ``function``
    the language's function words (lower case)."""
    prepositions = PREPOSITIONS.get(language)
    if prepositions is None or j == 0:
        return False
    before = tokens[j - 1]
    if before.group().casefold() not in prepositions:
        return False
    if text[before.end() : tokens[j].start()].strip(" '’"):
        return False  # something stands between: a bracket, a quote, a comma
    word = tokens[j].group().casefold()
    if word.endswith(_INFINITIVE.get(language, ())):
        return False
    if j + 1 >= len(tokens):
        return True
    after = tokens[j + 1]
    if text[tokens[j].end() : after.start()].strip():
        return True  # punctuation or a number closes the phrase
    return after.group().casefold() in function or after.group().casefold() in prepositions
