"""One role's count across languages, tied by what befell the counted: "41 hostages held"
and "около 20 заложников удерживают" are one quantity, "100 foreigners freed" another.

Counts are compared by their noun within one language (:mod:`.figures`); across languages a
noun would have to be translated (:mod:`.crosscounts`). Casualties, passengers and heads of
state are keyed in every language because their words are a small closed vocabulary of
general news language (:mod:`.casualties`, :mod:`.passengers`, :mod:`.state_heads`). The
people a crisis counts by role are another such vocabulary: *hostages* ("otages",
"Geiseln", "rehenes", "заложники"), *foreigners* ("étrangers", "Ausländer", "иностранцы")
and *workers* ("employés", "Mitarbeiter", "trabajadores", "работники"). A role alone is not
one quantity, though: the hostages of one siege are counted as held, freed, dead and
wounded. What befell them (:mod:`.fates`, read from the count's own clause) says which.

So two counts of two languages are one quantity only when all of these hold:

- their nouns are one role of the closed table below (one word each, no narrowing: "otages
  encore en vie" keeps its own key, :mod:`.scope`);
- both fates are known and the same ("held" and "held"; a clause naming no fate or two
  gives none, and the count keeps its noun's key, as before);
- their sentences name a person, place or thing in common, one topic across scripts
  (:mod:`briefing.topics`), as :mod:`.crosscounts` asks of any tie between two languages;
- each is dated: by the day of its report or the day its sentence names. Held, freed and
  dead are running counts (a siege frees more people every day), so like a toll they are
  compared only between reports of one day (:func:`.casualties.by_report`), and an undated
  report's undated sentence, which may be of any day, is never tied.

Such counts are keyed by role and fate in every language (:data:`FATED`); the figures' own
gates then decide ("about 100" and "107" overlap; a source giving two values, more than three
values, values more than twice apart: no flag; "7 of the 41" was never read as a count of
its own, :mod:`.parts`). The table covers the eleven languages whose fates are read.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace

from briefing.analysis.crosscounts import (
    ANY_LANGUAGE,
    Places,
    TopicSource,
    _names_by_sentence,
    _where,
)
from briefing.analysis.figure_model import Figure
from briefing.analysis.role_tables import RoleTable
from briefing.model import Article

#: How the key of a count tied by role and fate begins: "fated hostages held".
FATED = "fated"

#: Per language and role: the noun's forms as a pattern of whole words (lower case). Words
#: that also name the other side ("gijzelaar": a hostage or a hostage-taker in Dutch), a
#: place of work ("рабочих мест": jobs) or a compound with another head ("Geiselnehmer")
#: are left out.
_ROLES: dict[str, dict[str, str]] = {
    "en": {"hostages": r"hostages?", "foreigners": r"foreigners?",
           "workers": r"workers?|employees?"},
    "fr": {"hostages": r"otages?", "foreigners": r"étrangers?|étrangères?",
           "workers": r"ouvri(?:er|ère)s?|employée?s?|salariée?s?|travailleu(?:r|se)s?"},
    "de": {"hostages": r"geiseln?", "foreigners": r"ausländer(?:n|innen)?",
           "workers": r"(?:mit)?arbeiter(?:n|innen)?|beschäftigten?"},
    "es": {"hostages": r"rehén|rehenes", "foreigners": r"extranjer[oa]s?",
           "workers": r"trabajador(?:es|as?)?|emplead[oa]s?|obrer[oa]s?"},
    "it": {"hostages": r"ostaggi[o]?", "foreigners": r"stranier[iaoe]",
           "workers": r"operai[o]?|lavorator[ie]|lavoratric[ie]|dipendent[ie]"},
    "pt": {"hostages": r"refém|reféns", "foreigners": r"estrangeir[oa]s?",
           "workers": r"trabalhador(?:es|as?)?|funcionári[oa]s?|operári[oa]s?"},
    "nl": {"hostages": r"gegijzelden", "foreigners": r"buitenlanders?",
           "workers": r"werknemers?|arbeiders?|medewerkers?"},
    "ru": {"hostages": r"заложни(?:к|ка|ку|ком|ке|ки|ков|кам|ками|ках|ца|цы|ц)",
           "foreigners": r"иностран(?:ец|ца|цу|цем|це|цы|цев|цам|цами|цах)",
           "workers": r"работни(?:к|ка|ку|ком|ке|ки|ков|кам|ками|ках)"},
    "uk": {"hostages": r"заручни(?:к|ка|ку|ком|ки|ків|кам|ками|ках|ці|ць)",
           "foreigners": r"іноземц(?:і|ів|ям|ями|ях)|іноземець|іноземця",
           "workers": r"працівни(?:к|ка|ку|ком|ки|ків|кам|ками|ках)|робітни(?:к|ки|ків|кам)"},
    "pl": {"hostages": r"zakładni(?:k|ka|ków|cy|kami|kom|kach)",
           "foreigners": r"cudzoziem(?:iec|ca|cy|ców|cami|com)",
           "workers": r"pracowni(?:k|ka|ków|cy|kami|kom)|robotni(?:k|ka|ków|cy)"},
    "tr": {"hostages": r"rehine(?:ler|lerin|leri|yi|nin)?",
           "foreigners": r"yabancı(?:lar|ların|ları|yı)?",
           "workers": r"işçi(?:ler|lerin|leri|yi|nin)?|çalışan(?:lar|ların|ları)?"},
}  # fmt: skip
_TABLE = RoleTable(_ROLES)


def role_of(noun: str, language: str) -> str:
    """The role ``noun`` (one word, as written) names in ``language``; "" if none."""
    return _TABLE.role_of(noun, language)


def _candidate(figure: Figure) -> str:
    """The role of a count that may be tied (module doc), else ""."""
    language, noun_key = figure.key
    if (
        figure.measure
        or not figure.fate
        or language == ANY_LANGUAGE
        or " " in noun_key  # narrowed ("otag alive"): says more than the role
        or (figure.day is None and figure.reported is None)  # a count of any day
    ):
        return ""
    return role_of(figure.noun, language)


def tie_fates(
    figures: list[Figure],
    articles: Sequence[Article],
    topics: TopicSource | None = None,
    places: Places | None = None,
) -> list[Figure]:
    """``figures`` with the counts of one role and fate in several languages keyed alike
    (module doc); every other figure as it was. The topics are asked only when two such
    counts of two languages exist."""
    by_fate: dict[tuple[str, str], list[int]] = defaultdict(list)
    for index, figure in enumerate(figures):
        role = _candidate(figure)
        if role:
            by_fate[(role, figure.fate)].append(index)
    pairs = {
        found: members
        for found, members in by_fate.items()
        if len({figures[i].key[0] for i in members}) > 1
    }
    if not pairs:
        return figures
    wanted = {_where(figures[i])[:2] for members in pairs.values() for i in members}
    named = _names_by_sentence(articles, topics, wanted, places)
    tied: dict[int, tuple[str, str]] = {}
    for (role, fate), members in pairs.items():
        key = (ANY_LANGUAGE, f"{FATED} {role} {fate}")
        for position, i in enumerate(members):
            for j in members[position + 1 :]:
                a, b = figures[i], figures[j]
                if a.key[0] == b.key[0]:
                    continue
                if named.get(_where(a), set()) & named.get(_where(b), set()):
                    tied[i] = tied[j] = key
    return [replace(f, key=tied[i]) if i in tied else f for i, f in enumerate(figures)]


def fated_label(key: tuple[str, str]) -> str | None:
    """What a tied count counts, for its label ("hostages held"); None for any other key."""
    if key[0] != ANY_LANGUAGE or not key[1].startswith(f"{FATED} "):
        return None
    return key[1].removeprefix(f"{FATED} ")
