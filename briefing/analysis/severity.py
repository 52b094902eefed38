"""How many of the injured are hurt badly, or only lightly, in any language.

A report splits its injured by severity ("18 injured, five of them in serious condition, 13
with minor wounds"); the parts are casualty counts of their own, compared like a toll
(:mod:`.casualties`: in every language between reports of one day). They are never the
injured total, so "five in serious condition" no longer stands beside "18 injured" as if one
source gave two values of one count.

The part is read from the number's own clause: a phrase that says a person's state ("in
serious condition", "в тяжёлом состоянии", "en estado grave", "w ciężkim stanie", "lesiones
leves", "Schwerverletzte"), closed phrases of general news language, not one story's words.
A bare adjective ("gravi", "graves") counts only right after a word for the injured ("cinque
feriti sono gravi"), because alone it qualifies damage or charges as well. A number that is
the whole a part is taken from ("five of the 18 injured are in serious condition") is not
the part: the word before it says so ("of", "из", "dos"); nor is a negated state ("none in
serious condition", "non in pericolo di vita"); nor a second count of one state in a sentence,
a part of the first ("five serious, two of them critical").
"""

from __future__ import annotations

import re
from functools import cache

from briefing.analysis.casualties import clause, word_matcher
from briefing.analysis.text import WORD, word_set

SERIOUS, LIGHT = "seriously injured", "lightly injured"

#: Per language: phrases of a person's state (``_`` any spacing, ``*`` any ending).
_PHRASES: dict[str, dict[str, str]] = {
    "en": {
        SERIOUS: "serious_condition critical_condition seriously_injured seriously_hurt "
        "seriously_wounded critically_injured critically_wounded",
        LIGHT: "minor_injuries minor_wounds slightly_injured lightly_injured light_injuries "
        "slightly_hurt",
    },
    "fr": {
        SERIOUS: "état_grave état_critique grièvement gravement_blessé* blessés_graves "
        "blessé_grave urgence_absolue",
        LIGHT: "légèrement_blessé* blessures_légères blessés_légers blessé_léger",
    },
    "de": {
        SERIOUS: "schwer_verletzt* schwerverletzt* lebensgefährlich_verletzt* schwer_verwundet* "
        "kritischen_Zustand kritischem_Zustand",
        LIGHT: "leicht_verletzt* leichtverletzt*",
    },
    "es": {
        SERIOUS: "estado_grave estado_crítico heridos_graves herido_grave gravemente_herid*",
        LIGHT: "lesiones_leves heridas_leves heridos_leves herido_leve levemente_herid*",
    },
    "it": {
        SERIOUS: "gravi_condizioni condizioni_gravi feriti_gravi ferito_grave "
        "gravemente_ferit* pericolo_di_vita condizioni_critiche",
        LIGHT: "feriti_lievi ferite_lievi ferito_lieve lievemente_ferit* lesioni_lievi",
    },
    "pt": {
        SERIOUS: "estado_grave estado_crítico feridos_graves ferido_grave gravemente_ferid*",
        LIGHT: "ferimentos_ligeiros ferimentos_leves feridos_ligeiros feridos_leves "
        "levemente_ferid*",
    },
    "nl": {
        SERIOUS: "zwaargewond* zwaar_gewond* ernstig_gewond* levensgevaar kritieke_toestand",
        LIGHT: "lichtgewond* licht_gewond* lichte_verwondingen",
    },
    "ru": {
        SERIOUS: "тяжелом_состоянии тяжёлом_состоянии тяжелое_состояние тяжёлое_состояние "
        "тяжело_ранен* тяжело_пострадал* критическом_состоянии",
        LIGHT: "легко_ранен* легкие_ранения лёгкие_ранения легкие_травмы лёгкие_травмы "
        "легко_пострадал*",
    },
    "uk": {
        SERIOUS: "важкому_стані тяжкому_стані важко_поранен* критичному_стані",
        LIGHT: "легко_поранен* легкі_поранення",
    },
    "pl": {
        SERIOUS: "ciężkim_stanie stanie_ciężkim ciężko_rann* stanie_krytycznym krytycznym_stanie",
        LIGHT: "lżejsze_obrażenia lekkie_obrażenia lekko_rann* lżej_rann*",
    },
    "tr": {SERIOUS: "ağır_yaralı* durumu_ağır durumu_kritik", LIGHT: "hafif_yaralı*"},
}

#: A word for the injured, then a bare adjective of severity ("feriti sono gravi").
_BARE: dict[str, tuple[str, str]] = {
    "fr": ("blessé*", "graves"),
    "es": ("herid*", "graves"),
    "it": ("ferit*", "gravi"),
    "pt": ("ferid*", "graves"),
}

#: The word before a number that makes it the whole a part is taken from ("five of the 18").
_OF: dict[str, str] = {
    "en": "of", "fr": "des sur", "de": "von", "es": "los las de", "it": "dei degli delle di su",
    "pt": "dos das de", "nl": "van", "ru": "из", "uk": "з із", "pl": "z spośród", "tr": "",
}  # fmt: skip
#: "Them" after "of" in every language: "of them 17" counts the part, not the whole.
_THEM = word_set("them eux elles ihnen ellos ellas loro essi eles elas hen них nich")
#: Words opening an aside inside a count ("13, including a child, …").
_INCLUDING: dict[str, str] = {
    "en": "including among_them", "fr": "dont parmi_lesquels y_compris", "de": "darunter",
    "es": "incluido incluida incluidos incluidas entre_ellos", "it": "tra_cui fra_cui compreso",
    "pt": "incluindo entre_eles", "nl": "onder_wie waaronder", "ru": "в_том_числе среди_них",
    "uk": "у_тому_числі серед_них", "pl": "w_tym", "tr": "aralarında",
}  # fmt: skip
#: Negations: "none … in serious condition" says how many are not.
_NOT: dict[str, str] = {
    "en": "not no none", "fr": "pas ne aucun aucune", "de": "nicht kein keine keiner",
    "es": "no ninguno ninguna", "it": "non nessuno nessuna", "pt": "não nenhum nenhuma",
    "nl": "niet geen", "ru": "не ни", "uk": "не ні", "pl": "nie", "tr": "değil",
}  # fmt: skip
#: Words of the clause read after the number: a phrase of state starts within them (and may
#: end up to two words later: "29 victimes ont été hospitalisées dans un état critique").
_AFTER = 7
_TAIL = 2


def severity(text: str, start: int, end: int, language: str) -> str | None:
    """:data:`SERIOUS`, :data:`LIGHT` or None for the number at ``text[start:end]``."""
    phrases = _PHRASES.get(language)
    if phrases is None:
        return None
    before = [w.casefold() for w in WORD.findall(text[max(0, start - 20) : start])]
    of_them = bool(before) and before[-1] in _THEM  # "з них 17": the part, of the ones named
    if not of_them and any(w in _OF[language].split() for w in before[-2:]):
        return None  # "five of the 18 injured are in serious condition": 18 is the whole
    rest = text[end:]
    aside = _aside(language).match(rest)
    if aside:  # "13, including a child, suffered minor injuries": read past the aside
        rest = rest[aside.end() :]
    head = clause(rest, language, _AFTER)
    if word_matcher(_NOT.get(language, "not")).search(head):
        return None  # "non in pericolo di vita", "not in serious condition"
    found = _kinds(clause(rest, language, _AFTER + _TAIL), language, len(head))
    if len(found) != 1:
        return None
    kind = found.pop()
    # "Cinco de los heridos están graves, dos de ellos en estado crítico": a second count of
    # the same state in the sentence is a part of the first, not the state's count.
    return None if kind in _kinds(text[:start], language) else kind


def _kinds(text: str, language: str, within: int | None = None) -> set[str]:
    """The states of injury ``text`` names (:data:`SERIOUS`, :data:`LIGHT`), by phrases that
    start before offset ``within`` when it is given."""
    end = len(text) if within is None else within
    found = {
        kind
        for kind, words in _PHRASES[language].items()
        if any(m.start() < end for m in word_matcher(words).finditer(text))
    }
    if not found and language in _BARE:
        injured, adjective = _BARE[language]
        if any(m.start() < end for m in _bare(injured, adjective).finditer(text)):
            found = {SERIOUS}
    return found


@cache
def _aside(language: str) -> re.Pattern[str]:
    """A comma-set aside opened by the language's word for "including", up to its comma."""
    opener = word_matcher(_INCLUDING.get(language, "including")).pattern
    return re.compile(rf"\s*,\s*{opener}[^,.;]{{0,60}},", re.IGNORECASE)


@cache
def _bare(injured: str, adjective: str) -> re.Pattern[str]:
    """An injured word, up to two words, then the bare adjective of severity."""
    head = word_matcher(injured).pattern
    return re.compile(rf"{head}(?:\s+\w+){{0,2}}\s+{adjective}(?!\w)", re.IGNORECASE)
