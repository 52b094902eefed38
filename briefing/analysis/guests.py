"""Guests: one count in every language, as passengers are (:mod:`.passengers`).

A ceremony's guests (a coronation, a wedding, a state funeral) are one number whatever the
language reporting it, but counts are compared by their noun within one language
(:mod:`.figures`), so "2 300 invités", "2200 гостей" and "2.000 convidados" were never set
side by side. The word for a guest is a small closed vocabulary of general language, not one
story's word, so a count of guests is keyed by that word in every language.

Only the whole of one occasion is keyed so: a count whose clause names a casualty kind or an
outcome ("200 guests were evacuated", "30 Gäste verletzt": a part of them), a rate ("guests
a day") or a capacity ("can seat 2,000 guests") keeps its own noun's key within its language,
by the passengers' own gate (:func:`.passengers.all_of_one_occasion`). A noun of the same
start that is no guest is not taken: German "Gastgeber" (host), "Gastarbeiter", Dutch
"gastland", French "invitation". The figures' other gates still apply: values more than
twice apart are a part and a whole (a chapel's 600 and a castle's 2,600), a source giving
two values shows the word names two counts, and only one day and place are compared at a
time. Chinese, Japanese and Korean write guests on a counter of people ("1200名賓客",
"6백여 명"), which is not keyed here.
"""

from __future__ import annotations

from briefing.analysis.crosscounts import ANY_LANGUAGE
from briefing.analysis.passengers import all_of_one_occasion

#: The key of a count of guests in any language.
GUESTS = "guests"
#: Per language: the forms of the noun for guests (lower case, whole words). Never a verb
#: form alone ("invited"), nor a compound of another meaning ("Gastgeber", "gastland").
_NOUNS: dict[str, frozenset[str]] = {
    "en": frozenset({"guest", "guests"}),
    "fr": frozenset({"invité", "invités", "invitée", "invitées", "convive", "convives"}),
    "de": frozenset({"gast", "gäste", "gästen", "festgäste", "festgästen", "hochzeitsgäste",
                     "hochzeitsgästen", "trauergäste", "trauergästen"}),
    "es": frozenset({"invitado", "invitados", "invitadas", "huéspedes"}),
    "it": frozenset({"ospite", "ospiti", "invitato", "invitati", "invitate"}),
    "pt": frozenset({"convidado", "convidados", "convidadas"}),
    "nl": frozenset({"gast", "gasten", "genodigden"}),
    "pl": frozenset({"gość", "gości", "goście", "gośćmi"}),
    "ru": frozenset({"гость", "гостя", "гостей", "гости", "гостям", "гостями"}),
    "uk": frozenset({"гість", "гостя", "гостей", "гості", "гостям", "гостями"}),
    "tr": frozenset({"davetli", "davetliler", "davetlinin", "konuk", "konuklar"}),
}  # fmt: skip


def guest_key(text: str, start: int, end: int, noun: str, language: str) -> tuple[str, str] | None:
    """The key of the count at ``text[start:end]`` when it counts the guests of one occasion
    (``noun``, as written, is a word for guests in ``language``), else None."""
    if noun.casefold() not in _NOUNS.get(language, frozenset()):
        return None
    return (ANY_LANGUAGE, GUESTS) if all_of_one_occasion(text, start, end, language) else None
