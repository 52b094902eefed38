"""Figures a sentence gives as the first ones: "las primeras cifras … hablaban de 34", "selon un
premier bilan", "initial reports suggest up to 400", "по первым данным".

A first count is its moment's figure: set against a later or final count it is a stage, not a
rival ("the first figures spoke of 34 hostages" against the government's 23 in all). So a
figure of a sentence that calls its figures the first ones is compared only with another such
figure (:func:`.figures._clash`). The marker is a noun phrase (first or initial + figures,
toll, reports, data, estimates) anywhere in the sentence: the figure it qualifies is often
many words away ("the first figures were given by one of the captors to an agency and spoke
of 34").

Only *first* and *initial*: on the dev packets every such sentence with a number gave an
earlier count (eleven sentences in five packets), while *provisional* and *preliminary* ("bilan
provisoire", "по предварительным данным", "vorläufig") mark the latest count still open (a
"dernier bilan très provisoire"), the very figure a disagreement compares, and "initially" /
"zunächst" are read within the figure's clause already (:func:`.scope.revised`).
"""

from __future__ import annotations

import re
from functools import cache

from briefing.analysis.casualties import word_matcher

#: Per language: "first"/"initial" + a noun for a count or a report, as phrases ("a_b": any
#: spacing); lower case, "*" matches any ending.
_FIRST: dict[str, str] = {
    "en": "first_figures initial_figures first_toll initial_toll first_reports initial_reports "
    "first_estimates initial_estimates first_estimate initial_estimate initial_count "
    "first_count initial_tally first_tally initial_death_toll first_death_toll",
    "fr": "premier_bilan premiers_bilans premiers_chiffres premières_estimations "
    "première_estimation premières_informations premier_décompte",
    "de": "ersten_angaben ersten_berichten erste_berichte ersten_schätzungen erste_schätzungen "
    "ersten_informationen erste_bilanz ersten_zahlen erste_zahlen",
    "es": "primeras_cifras primer_balance primeros_balances primeros_datos "
    "primeras_informaciones primeras_estimaciones primer_recuento",
    "it": "primo_bilancio primi_bilanci prime_stime primi_dati prime_informazioni",
    "pt": "primeiro_balanço primeiros_balanços primeiras_estimativas primeiros_dados "
    "primeiras_informações",
    "nl": "eerste_berichten eerste_cijfers eerste_schattingen eerste_tellingen",
    "ru": "первым_данным первым_сведениям первым_оценкам первые_данные первоначальным_данным",
    "uk": "першими_даними першими_оцінками перші_дані початковими_даними",
    "pl": "pierwszych_danych pierwsze_dane pierwszy_bilans pierwszych_szacunków",
    "tr": "ilk_bilgilere ilk_belirlemelere ilk_verilere ilk_tespitlere",
}


@cache
def _matcher(language: str) -> re.Pattern[str] | None:
    words = _FIRST.get(language)
    return word_matcher(words) if words else None


def first_figures(text: str, language: str) -> bool:
    """Whether the sentence ``text`` calls its figures the first ones (module doc)."""
    matcher = _matcher(language)
    return matcher is not None and matcher.search(text) is not None
