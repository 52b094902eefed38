"""Greek search candidates on the dev packets' Greek text (SEARCH_LANGUAGES.md, schemas 10, 15).

For each candidate analysis of a Greek word — none (the word, lowercased), Snowball Greek as
it was (schema 4–9), Snowball with the ``-ιο`` rule (``stemmers._greek``, schema 10), then
also with the ``-ιες``/``-ιας`` rule (schema 15) — which of the dev packets' Greek search
cases it passes (a case passes when every expected file has, in a Greek paragraph, a word
analysed like the query or spelt like it), how many of the packets' distinct
Greek words it groups, and which words the rule changes. Then the same on wordfreq's Greek
list: the words the rule changes (a sample, with the words they now share a stem with) and the
ones the four-letter floor keeps apart.

    PYTHONPATH=$PWD python -m benchmarks.realworld.greek_study

Reads dev packets only (``manifest.packets()``), like the other studies.
"""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Callable

import snowballstemmer

from benchmarks.realworld.he_fa_study import packet_words
from briefing.search import stemmers

Stem = Callable[[str], str]


def candidates() -> list[tuple[str, Stem]]:
    snowball = snowballstemmer.stemmer("greek").stemWord
    return [
        ("none", lambda w: w),
        ("Snowball greek (schema 4–9)", snowball),
        ("Snowball greek + -ιο rule (schema 10–14)", stemmers._greek(snowball, min_ia_stem=None)),
        ("  + -ιες/-ιας rule (schema 15)", stemmers._greek(snowball)),
        ("  same rules, no length floors", stemmers._greek(snowball, min_stem=0, min_ia_stem=0)),
        ("  -ιες/-ιας floor 4", stemmers._greek(snowball, min_ia_stem=4)),
    ]


def greek_words() -> tuple[dict[tuple[str, str], set[str]], list[tuple[str, str, list[str]]]]:
    """Words of each (packet, file)'s Greek paragraphs, and the packets' Greek cases."""
    return packet_words("el")


def main() -> None:
    words, cases = greek_words()
    vocabulary = sorted({w for ws in words.values() for w in ws if w.isalpha()})
    print(f"{len(cases)} Greek search cases; {len(vocabulary)} distinct Greek words\n")
    print("| candidate | cases passed | failing | groups of 2+ words | stems |")
    print("|---|---|---|---|---|")
    for name, stem in candidates():
        failing = []
        for packet, query, expect in cases:
            wanted = {stem(query.lower()), query.lower()}
            if not all(wanted & {stem(w) for w in words[(packet, f)]} for f in expect):
                failing.append(f"{packet}:{query}")
        groups: dict[str, set[str]] = defaultdict(set)
        for w in vocabulary:
            groups[stem(w)].add(w)
        many = sum(len(g) > 1 for g in groups.values())
        passed = len(cases) - len(failing)
        print(f"| {name} | {passed}/{len(cases)} | {' '.join(failing)} | {many} | {len(groups)} |")
    before, rule = candidates()[2][1], candidates()[3][1]  # the newest rule, against the last
    changed = [f"{w} {before(w)}→{rule(w)}" for w in vocabulary if before(w) != rule(w)]
    print(f"\nchanged by the rule in the packets ({len(changed)}): {', '.join(changed)}")
    by_stem: dict[str, set[str]] = defaultdict(set)
    for w in vocabulary:
        by_stem[before(w)].add(w)
    for w in vocabulary:
        if before(w) != rule(w):
            print(f"  {w} → {rule(w)} (with {' '.join(sorted(by_stem[rule(w)])[:8])})")
    _wordfreq(before, rule, candidates()[4][1])


def _wordfreq(snowball: Stem, rule: Stem, floorless: Stem) -> None:
    import wordfreq

    words = [w for w in wordfreq.top_n_list("el", 100_000) if w.isalpha()]
    by_stem: dict[str, set[str]] = defaultdict(set)
    for w in words:
        by_stem[snowball(w)].add(w)
    changed = [w for w in words if rule(w) != snowball(w)]
    print(f"\nwordfreq el, {len(words)} words: the rule changes {len(changed)}; a sample:")
    random.seed(1)
    for w in random.sample(changed, min(30, len(changed))):
        print(f"  {w} → {rule(w)} (with {' '.join(sorted(by_stem[rule(w)])[:8])})")
    kept = [w for w in words if floorless(w) != rule(w)]
    print(f"\nkept apart by the floors ({len(kept)}), first 30:")
    for w in kept[:30]:
        print(f"  {w} ↛ {floorless(w)} (with {' '.join(sorted(by_stem[floorless(w)])[:8])})")


if __name__ == "__main__":
    main()
