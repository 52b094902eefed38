"""How long someone has been in office: "after six weeks in power" / "пять недель назад".

"Truss resigned after just six weeks in power", "just six weeks after she was appointed",
"就任から6週間", "стала … премьер-министром пять недель назад": a span of time in office is
one quantity whatever the language. The words are closed classes of news language (being in
office or in power, taking office, an office title before "ago"; :mod:`.office_starts`' titles),
not one story's, and the unit is CLDR's (:func:`.units.unit_after`), so two sources meet with
nothing translated. Counts of days in one language are compared as any count already is
(:mod:`.figures`: "44 Tagen" / "45 Tagen"); this rule reads the tenure in every language.

Flagged only in the shape :func:`.death_spans.spans_one_apart` flags: exactly two values in
one unit, one apart, no source giving both, the articles written less than a unit apart (a
tenure grows with the day of writing). So a predecessor's record ("Canning's 119 days in
office") beside the story's 44 and 45 days is a third value, and the rule is silent; hedged
spans ("less than six weeks", "不到50天") are bounds, not read.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from briefing.analysis.case_clues import clue_set, folded, holds
from briefing.analysis.death_spans import spans_by_unit, spans_one_apart, whole_spans
from briefing.analysis.model import Discrepancy
from briefing.analysis.numbers import Number
from briefing.analysis.office_starts import top_office_titles
from briefing.model import Article

#: Right after the span: in office, in power, or after taking it ("_": a space).
_IN_OFFICE: dict[str, str] = {
    "en": "in_office in_power at_the_helm after_taking_office after_she_was_appointed "
    "after_he_was_appointed after_she_took_office after_he_took_office",
    "fr": "au_pouvoir en_poste en_fonction après_sa_nomination après_son_arrivée",
    "de": "im_amt an_der_macht nach_amtsantritt nach_ihrem_amtsantritt nach_seinem_amtsantritt",
    "es": "en_el_cargo en_el_poder en_su_cargo tras_asumir después_de_asumir",
    "it": "in_carica al_potere dopo_l'insediamento dopo_la_nomina",
    "pt": "no_cargo no_poder após_tomar_posse depois_de_tomar_posse",
    "nl": "in_functie aan_de_macht", "pl": "u_władzy na_stanowisku",
    "ru": "у_власти на_посту после_вступления", "uk": "при_владі на_посаді після_вступу",
    "tr": "görevde iktidarda",
}  # fmt: skip
#: "Ago" after the span, read only with an office title right before the number
#: ("премьер-министром пять недель назад", "became prime minister six weeks ago").
_AGO: dict[str, str] = {
    "en": "ago", "fr": "", "de": "", "es": "", "it": "fa", "pt": "", "ru": "назад",
    "uk": "тому", "pl": "temu", "tr": "önce",
}  # fmt: skip
#: Japanese and Chinese: "就任から6週間", "就任6週間", "上任45天", "上任僅45天".
_CJK = re.compile(
    r"(?:就任|上任|在任)(?:から|以来|後|后)?(?:僅|仅|只有|才)?(?P<n>\d+)\s?"
    r"(?P<u>週間|周|週|日|天|カ月|ヶ月|か月|个月|個月|年)(?!以内|以上|未満|前)"
)
_CJK_UNITS = {
    "週間": "duration-week", "周": "duration-week", "週": "duration-week",
    "日": "duration-day", "天": "duration-day", "カ月": "duration-month",
    "ヶ月": "duration-month", "か月": "duration-month", "个月": "duration-month",
    "個月": "duration-month", "年": "duration-year",
}  # fmt: skip
_WHAT = ("in office", "how long in office", "the sources give the time in office differently")


def tenure_discrepancies(articles: Sequence[Article]) -> list[Discrepancy]:
    """Tenures one apart in two sources (module docstring)."""
    spans, written = spans_by_unit(articles, tenures, may=_may_hold)
    return [f for u, v in spans.items() if (f := spans_one_apart(u, v, written, _WHAT))]


def tenures(text: str, language: str) -> list[tuple[float, str]]:
    """The unhedged spans in office that ``text`` writes, as (value, CLDR unit id)."""
    if language in ("ja", "zh"):
        return [(float(m["n"]), _CJK_UNITS[m["u"]]) for m in _CJK.finditer(text)]
    after = _after(language)
    if after is None:
        return []
    ago = _ago(language)
    # Every span read ends right before an "in office" word or an "ago": a sentence holding
    # neither (nearly all) is not scanned for numbers and units (benchmarks/PROFILE.md).
    # ``search`` finds any place ``match`` could, so nothing read is lost.
    said_after = after.search(text) is not None
    said_ago = ago is not None and ago.search(text) is not None
    if not said_after and not said_ago:
        return []
    titles: list[int] | None = None  # the office titles, looked for only before an "ago"
    found = []
    for number, unit in whole_spans(text, language):
        if said_after and after.match(text, unit.end):
            found.append((number.value, unit.id))
        elif said_ago and ago is not None and ago.match(text, unit.end):
            if titles is None:
                titles = [end for _, end, _ in top_office_titles(text, language)]
            if _titled(text, number, titles):
                found.append((number.value, unit.id))
    return found


def _may_hold(text: str, language: str) -> bool:
    """Whether ``text`` holds a word every tenure :func:`tenures` reads in ``language`` needs
    (an in-office word or an "ago"; in Japanese and Chinese, "took office"), loosely: only
    the words, so that a paragraph holding none is not split into sentences."""
    if language in ("ja", "zh"):
        return _CJK_START.search(text) is not None
    words = _words(language)
    # The case-blind alternation is asked only of a paragraph holding one of its phrases'
    # longest words (:func:`_clues`): most paragraphs hold none (:mod:`.case_clues`).
    return (
        words is not None
        and holds(folded(text), _clues(language))
        and words.search(text) is not None
    )


_CJK_START = re.compile("就任|上任|在任")


@cache
def _words(language: str) -> re.Pattern[str] | None:
    words = _IN_OFFICE.get(language)
    if not words:
        return None
    words += " " + _AGO.get(language, "")
    alternation = "|".join(re.escape(w).replace("_", r"\s+") for w in words.split())
    return re.compile(f"(?i:{alternation})")


@cache
def _clues(language: str) -> tuple[str, ...]:
    """The longest word of each phrase :func:`_words` looks for: every match holds one."""
    phrases = f"{_IN_OFFICE.get(language, '')} {_AGO.get(language, '')}".split()
    return clue_set(max(p.split("_"), key=len) for p in phrases)


def _titled(text: str, number: Number, titles: list[int]) -> bool:
    """An office title ends right before the number (a space between at most)."""
    return any(end <= number.start and not text[end : number.start].strip() for end in titles)


@cache
def _after(language: str) -> re.Pattern[str] | None:
    words = _IN_OFFICE.get(language)
    if not words:
        return None
    alternation = "|".join(re.escape(w).replace("_", r"\s+") for w in words.split())
    return re.compile(rf"\s+(?i:{alternation})(?!\w)")


@cache
def _ago(language: str) -> re.Pattern[str] | None:
    words = _AGO.get(language, "")
    if not words:
        return None
    return re.compile(rf"\s+(?i:{'|'.join(re.escape(w) for w in words.split())})(?!\w)")
