"""Whether FreeDict joins one body's name across languages, word by word (TOPICS.md).

A body's name in several languages ("Red Cross", "Croix-Rouge", "Cruz Roja", "Croce Rossa",
"Rotes Kreuz") is spelled too differently for the cognate rules, and a defined acronym ties a
long form to its letters within one language only (ICRC, IKRK, CICR). This measures how far
FreeDict's Debian dictionaries (English as the pivot; :func:`.translation_study.freedict_linker`)
join the manifests' multi-word organisation aliases: two aliases are joined when every content
word of one has a partner in the other, equal or sharing an English gloss. *joined*: pairs of
one topic's aliases; *wrong*: pairs of two topics of one packet::

    apt-get download dict-freedict-{deu,fra,ita,spa,por,nld}-eng && for f in *.deb; do
        dpkg-deb -x "$f" x; done
    python -m benchmarks.realworld.org_names_study x/usr/share/dictd
"""

from __future__ import annotations

import itertools
import re
import sys
from pathlib import Path

from benchmarks.realworld import manifest
from benchmarks.realworld.translation_study import freedict_linker
from briefing.topics.lexicon import words

_STOP = words(
    "of the de la le du des del della di dei vom von der die das und and y e et el los las il lo"
)


def _words(alias: str) -> list[str]:
    return [w for w in re.split(r"[\s'’-]+", alias) if w and w.casefold() not in _STOP]


def main(argv: list[str]) -> int:
    link = freedict_linker(Path(argv[0]))

    def same(a: str, b: str) -> bool:
        wa, wb = _words(a), _words(b)
        if len(wa) != len(wb) or len(wa) < 2:
            return False
        left = list(wb)
        for w in wa:
            hit = next((o for o in left if w.casefold() == o.casefold() or link([w, o])), None)
            if hit is None:
                return False
            left.remove(hit)
        return True

    total = joined = wrong = 0
    for packet in manifest.packets():  # dev packets only
        topics = [
            [a for a in t.get("aliases", []) if len(_words(a)) >= 2]
            for t in packet.raw.get("topics", [])
            if t["kind"] == "organisation"
        ]
        for aliases in topics:
            pairs = [(a, b) for a, b in itertools.combinations(aliases, 2) if a != b]
            total += len(pairs)
            joined += sum(same(a, b) for a, b in pairs)
        for one, other in itertools.combinations(topics, 2):
            wrong += sum(same(a, b) for a, b in itertools.product(one, other))
    print(f"alias pairs {total}, joined {joined}, wrong {wrong}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
