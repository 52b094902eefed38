"""Key words the packet's naming language never writes: shown as a foreign word, they must
carry the story across the packet to be listed.

Topics are named in English whenever the packet has English articles (``keywords._name``),
else in its main language. A key word that language never writes is listed under a word of
another language ("attentat", "descarriló", "scrutin", "турі", "escombros"): on real packets
that word is mostly a few outlets' way of saying what the naming language's texts say in
other words — the main event again (the attack, the derailment, the ballot, the rounds of
voting), a demonym ("rumanos", "roumain" of Romania, already listed) or a detail of a few
texts (the rubble, the take-off, the carriage). It is listed only when a third of the
articles (:data:`FOREIGN_SHARE`) write it, as a subject the whole packet argues about does
("incendie", "incendio" of a cathedral's fire, written in seven of sixteen texts). A key word
the naming language writes too ("cardinals", "restoration", "cables") keeps the key words'
ordinary thresholds.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping

#: Share of all the packet's articles that must write a key word its naming language never
#: writes.
FOREIGN_SHARE = 1 / 3


def naming_language(languages: Mapping[str, str]) -> str | None:
    """English when any article is English, else the language of most articles ("und", a
    language not told, never names); None for a packet without a told language."""
    counted = Counter(lang for lang in languages.values() if lang != "und")
    if not counted:
        return None
    if "en" in counted:
        return "en"
    return max(counted, key=lambda lang: (counted[lang], lang))


def foreign_only(
    written_in: Iterable[str], articles: Iterable[str], languages: Mapping[str, str]
) -> bool:
    """Whether a key word written in the languages ``written_in`` by the ``articles`` (ids)
    is foreign to the packet's naming language and too thinly spread to be listed under a
    foreign word: fewer than :data:`FOREIGN_SHARE` of the packet's articles write it.
    ``languages`` maps every article of the packet to its language."""
    naming = naming_language(languages)
    if naming is None or naming in set(written_in):
        return False
    return len(set(articles)) < math.ceil(FOREIGN_SHARE * len(languages))
