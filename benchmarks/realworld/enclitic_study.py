"""What the plural-aware pronoun step (``briefing/search/enclitics.py``) changes, on word lists.

For Italian and Spanish: wordfreq's most frequent words (large list), each stemmed by the
language's Snowball stemmer as Whoosh ships it (before) and by the product's stemmer (after).
Reported: how many stems change (each listed with the words it leaves and joins, to read by
eye), how many singular/plural and masculine/feminine pairs of listed words share a stem, how
many such pairs are split, and how many word pairs share a stem at all (a fall means fewer
unrelated words merged). For Catalan, the same pair counts with Snowball's pronoun step on and
off (the product keeps it on: see the module docstring of ``enclitics.py``).

    PYTHONPATH=$PWD python -m benchmarks.realworld.enclitic_study [--words 100000] [--list FILE]
"""

from __future__ import annotations

import argparse
import itertools
from collections import defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path

Stem = Callable[[str], str]
_VOWELS = "aeiouàèéíòóú"


def top_words(language: str, count: int) -> list[str]:
    import wordfreq

    return [
        w for w in itertools.islice(wordfreq.iter_wordlist(language, "large"), count) if w.isalpha()
    ]


def inflection_pairs(language: str, words: Iterable[str]) -> list[tuple[str, str]]:
    """Listed word pairs that look like singular/plural or masculine/feminine of one word."""
    known = set(words)
    pairs: list[tuple[str, str]] = []
    for w in known:
        if language == "it":
            swaps = [("o", "i"), ("a", "e"), ("io", "i"), ("o", "a")]
            pairs += [(w, w[: -len(a)] + b) for a, b in swaps if w.endswith(a)]
        elif language == "es":
            if w[-1] in "oae":
                pairs.append((w, w + "s"))
            if w.endswith("o"):
                pairs.append((w, w[:-1] + "a"))
            if w[-1] not in _VOWELS:
                pairs.append((w, w + "es"))
        else:  # Catalan
            if not w.endswith("a"):
                pairs.append((w, w + "s"))
            if w.endswith("a"):
                pairs.append((w, w[:-1] + "es"))
            if w.endswith("o"):
                pairs.append((w, w[:-1] + "a"))
    return [(a, b) for a, b in pairs if b in known and a != b]


def compare(language: str, words: list[str], before: Stem, after: Stem) -> list[str]:
    """Report lines for one language: figures first, then every changed word."""
    old = {w: before(w) for w in words}
    new = {w: after(w) for w in words}
    pairs = inflection_pairs(language, words)
    groups_old: dict[str, set[str]] = defaultdict(set)
    groups_new: dict[str, set[str]] = defaultdict(set)
    for w in words:
        groups_old[old[w]].add(w)
        groups_new[new[w]].add(w)
    shared = [
        sum(len(g) * (len(g) - 1) // 2 for g in gs.values()) for gs in (groups_old, groups_new)
    ]
    split = [(a, b) for a, b in pairs if old[a] == old[b] and new[a] != new[b]]
    joined = [sum(stems[a] == stems[b] for a, b in pairs) for stems in (old, new)]
    changed = [w for w in words if old[w] != new[w]]
    lines = [
        f"## {language}: {len(words)} words, {len(changed)} stems changed",
        "",
        f"- inflection pairs sharing a stem: {joined[0]} → {joined[1]} of {len(pairs)}; "
        f"split: {len(split)} {split[:20]}",
        f"- word pairs sharing a stem: {shared[0]} → {shared[1]}",
        "",
    ]
    for w in changed:
        left = sorted(groups_old[old[w]] - {w})[:6]
        joined = sorted(groups_new[new[w]] - {w})[:6]
        lines.append(f"- {w}: {old[w]} → {new[w]}; leaves {left}; joins {joined}")
    return [*lines, ""]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--words", type=int, default=100_000)
    parser.add_argument("--list", type=Path, help="write the changed words here too")
    args = parser.parse_args()
    import snowballstemmer
    from whoosh.lang import stemmer_for_language

    from briefing.search.stemmers import stemmer

    lines: list[str] = []
    for language in ("it", "es"):
        after = stemmer(language)
        assert after is not None
        words = top_words(language, args.words)
        lines += compare(language, words, stemmer_for_language(language), after)
    full = snowballstemmer.stemmer("catalan")
    cls = type(full)
    bare = type("Bare", (cls,), {f"_{cls.__name__}__r_attached_pronoun": lambda self: False})()
    catalan = compare("ca", top_words("ca", args.words), full.stemWord, bare.stemWord)
    lines += [line for line in catalan if not line.startswith("- ") or "pairs" in line]
    text = "\n".join(lines)
    if args.list:
        args.list.write_text(text, encoding="utf-8")
    print("\n".join(line for line in lines if not line.startswith("- ") or "pairs" in line))


if __name__ == "__main__":
    main()
