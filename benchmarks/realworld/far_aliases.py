"""Sound-alike aliases: an alias in another script that a rule merging by sound could have
joined to a topic, though its letters are far from the topic's names (bname62).

For every topic of every dev packet: an alias in a script other than Latin (not Han, which
writes by meaning) one of whose words opens with the same three folded consonants
(:func:`~briefing.topics.uncased_sounds.sound_key`) as a word of the topic's Latin names,
while its romanised letters (anyascii) are far from every such word (rapidfuzz ratio below
:data:`BAR`). Most are true spellings of abjads and Hangul, which drop or add vowels; the
list is read, and its change between two trees shows which merges came or went::

    python -m benchmarks.realworld.far_aliases dump /tmp/main.json      # in each tree
    python -m benchmarks.realworld.far_aliases compare /tmp/main.json /tmp/branch.json
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path
from typing import Any

from anyascii import anyascii
from rapidfuzz import fuzz

from briefing.topics.uncased_sounds import sound_key

#: Below this ratio a word is far from the name it sounds like.
BAR = 50
_LATIN = re.compile(r"^[\x00-\u024f\s\W\d]+$")
_HAN = re.compile(r"[\u3400-\u9fff]")
_MANIFESTS = Path(__file__).parent / "manifests"
_PACKETS = Path(__file__).parent / "data" / "packets"

Topics = dict[str, list[list[Any]]]


def _words(text: str) -> list[str]:
    return [w for w in re.findall(r"[a-z]+", anyascii(text).casefold()) if len(w) >= 3]


def far(data: Topics) -> list[tuple[str, ...]]:
    """(packet, topic, kind, alias, its word, the Latin word it sounds like) of every
    far sound-alike alias (see the module's docstring)."""
    found: list[tuple[str, ...]] = []
    for packet, topics in data.items():
        for name, kind, aliases in topics:
            latin = [w for n in (name, *aliases) if _LATIN.match(n) for w in _words(n)]
            for alias in aliases:
                if not latin or _LATIN.match(alias) or _HAN.search(alias):
                    continue
                for word in _words(alias):
                    key = sound_key(word)
                    alike = [w for w in latin if len(key) >= 3 and sound_key(w)[:3] == key[:3]]
                    if alike and max(fuzz.ratio(word, w) for w in alike) < BAR:
                        found.append((packet, name, kind, alias, word, alike[0]))
                        break
    return found


def dump(out: Path) -> None:
    """Every dev packet's topics (name, kind, aliases) as JSON (a manifest without its packet,
    the sealed reserve's, is skipped)."""
    from benchmarks.realworld.facade import private_dirs
    from briefing.briefing import Briefing

    found: Topics = {}
    for name in sorted(p.stem for p in _MANIFESTS.glob("*.yaml")):
        if not (_PACKETS / name).is_dir():
            continue  # a sealed reserve's manifest: its text is not among the dev packets
        with private_dirs(), Briefing.open([_PACKETS / name], sync=False) as briefing:
            found[name] = [[t.name, t.kind, list(t.aliases)] for t in briefing.topics()]
    out.write_text(json.dumps(found, ensure_ascii=False), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("dump").add_argument("out", type=Path)
    compare = sub.add_parser("compare")
    compare.add_argument("before", type=Path)
    compare.add_argument("after", type=Path)
    args = parser.parse_args(argv)
    if args.command == "dump":
        dump(args.out)
        return 0
    before, after = (
        far(json.loads(p.read_text(encoding="utf-8"))) for p in (args.before, args.after)
    )
    print(f"far sound-alike aliases: {len(before)} → {len(after)}")
    for row in before:
        print("kept" if row in after else "gone", *row, sep="\t")
    for row in after:
        if row not in before:
            print("new", *row, sep="\t")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
