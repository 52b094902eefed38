"""One person's military rank, when two articles give the same person two different ones.

"le colonel Amadou Abdramane" and "Yarbay Amadou Abdramane" (a lieutenant colonel): a rank
written right before a name says what the writer thinks the person is, and a lieutenant
colonel is not a colonel. The reading is the one of :mod:`.offices` (a title right before a
full name, compared within one script, silent on a person given two ranks in one article or
on a surname that titles give with two given names); only the vocabulary differs, and it is
compared on its own, since a general may well be a minister too.

No general source lists military ranks per language (CLDR has none, Wikidata's grade items
are per army, not per word), so the table is a small closed list of the three grades that
news calls people by and that press style does not merge: colonel, lieutenant colonel, and
general. Every general officer's grade ("Major General", "général de brigade",
"Generalleutnant", "Tümgeneral") is one "general": news shortens them all to "General X",
so two of them are one value, never a disagreement. A grade the press shortens into another
is a refinement of it and stays silent: "colonel-major" (a title glued by a hyphen to
another word is never read) or "coronel mayor" (a lower-case word between a title and the
name is no name). Lower grades (captain, major, lieutenant) are left out: "captain" is also a
team's or a ship's, "major" an adjective.

"General" is also an adjective after an office in several languages ("Attorney General",
"secrétaire général", "fiscal general", "segretario generale"): those nouns right before
the title make it another office, and the title is not read.
"""

from __future__ import annotations

from collections.abc import Sequence

from briefing.analysis.model import Discrepancy
from briefing.analysis.offices import Titled, TitleTable, title_discrepancies
from briefing.model import Article

#: Grades by their English name, each with its titles per language (lower case, whole words,
#: "_" for a space inside a title; inflected forms listed).
_RANKS: dict[str, dict[str, str]] = {
    "colonel": {
        "en": "colonel col.", "fr": "colonel", "de": "oberst", "es": "coronel",
        "it": "colonnello", "pt": "coronel", "nl": "kolonel", "pl": "pułkownik pułkownika",
        "ro": "colonel colonelul", "ru": "полковник полковника", "uk": "полковник полковника",
        "cs": "plukovník plukovníka", "sk": "plukovník plukovníka", "tr": "albay",
        "el": "συνταγματάρχης",
    },
    "lieutenant colonel": {
        "en": "lieutenant_colonel lieutenant-colonel lt._col. lt.-col.",
        "fr": "lieutenant-colonel", "de": "oberstleutnant", "es": "teniente_coronel",
        "it": "tenente_colonnello", "pt": "tenente-coronel tenente_coronel",
        "nl": "luitenant-kolonel", "pl": "podpułkownik podpułkownika",
        "ro": "locotenent-colonel locotenent-colonelul", "ru": "подполковник подполковника",
        "uk": "підполковник підполковника", "cs": "podplukovník podplukovníka",
        "sk": "podplukovník podplukovníka", "tr": "yarbay", "el": "αντισυνταγματάρχης",
    },
    "general": {
        "en": "general gen. brigadier_general major_general lieutenant_general brig._gen. "
        "maj._gen. lt._gen.",
        "fr": "général générale", "de": "general generalin generalmajor generalleutnant "
        "brigadegeneral", "es": "general", "it": "generale", "pt": "general", "nl": "generaal",
        "pl": "generał generała", "ro": "general generalul", "ru": "генерал генерала",
        "uk": "генерал генерала", "cs": "generál generála", "sk": "generál generála",
        "tr": "general orgeneral korgeneral tümgeneral tuğgeneral", "el": "στρατηγός",
    },
}  # fmt: skip
#: Words that, right before a rank, make it another grade or time, or "general" an adjective
#: of another office.
_CHANGED: dict[str, str] = {
    "en": "former ex vice attorney secretary solicitor surgeon inspector director governor "
    "postmaster auditor adjutant consul comptroller registrar advocate receiver paymaster "
    "quartermaster",
    "fr": "ancien ancienne ex vice sous secrétaire directeur directrice procureur procureure "
    "consul commissaire délégué déléguée inspecteur inspectrice avocat rapporteur conseil "
    "quartier intendant trésorier receveur en",
    "de": "ehemalige ehemaliger ehemaligen frühere früherer früheren ex",
    "es": "ex antiguo vice secretario secretaria director directora fiscal procurador "
    "procuradora cónsul inspector comandante capitán en",
    "it": "ex vice segretario segretaria direttore direttrice procuratore procuratrice "
    "console commissario ispettore quartier in",
    "pt": "ex antigo vice", "nl": "ex oud voormalig voormalige vice",
    "pl": "były była", "ro": "fost fostul vice secretarul secretar director directorul "
    "procuror procurorul consul inspector", "ru": "бывший бывшего экс", "uk": "колишній "
    "колишнього екс", "cs": "bývalý bývalého", "sk": "bývalý bývalého", "tr": "eski",
    "el": "πρώην",
}  # fmt: skip
RANKS = TitleTable("rank", _RANKS, _CHANGED)


def rank_discrepancies(
    articles: Sequence[Article], reads: Sequence[Titled] | None = None
) -> list[Discrepancy]:
    """People whom two articles give two different military ranks (module docstring);
    ``reads``: ``titled(articles, RANKS)`` if already read."""
    return title_discrepancies(articles, RANKS, reads)
