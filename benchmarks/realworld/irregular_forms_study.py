"""Which written words each typed English word joins (``briefing/search/irregular_forms.py``).

For every dev packet with text in English, every distinct word of that text is typed as a
query against the packet's own words, and the written words whose stems the rule adds are
printed once per typed lemma, with how many packets wrote them: the list is read by hand for
words of another lemma (the precision check).

    PYTHONPATH=. .venv/bin/python -m benchmarks.realworld.irregular_forms_study
"""

from __future__ import annotations

import re
import time
from collections import defaultdict
from pathlib import Path

from benchmarks.realworld.manifest import packets
from briefing.search.analysis import analyse_word
from briefing.search.irregular_forms import LANGUAGES, irregular_form_terms
from briefing.search.irregular_table import LEMMAS

DATA = Path(__file__).parent / "data" / "packets"
WORD = re.compile(r"\w+")


def main() -> None:
    joined: dict[tuple[str, str], dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    typed = 0
    started = time.perf_counter()
    for packet in packets():
        texts: dict[str, list[str]] = defaultdict(list)
        for article in packet.articles:
            if article.language in LANGUAGES:
                path = DATA / packet.name / article.file
                texts[article.language].append(path.read_text(encoding="utf-8"))
        for language, bodies in texts.items():
            words = {w.lower() for body in bodies for w in WORD.findall(body)}
            for word in sorted(words):
                typed += 1
                terms = irregular_form_terms(word, (language,), words.__contains__)
                if not terms:
                    continue
                lemma = LEMMAS[language].get(word, word)
                for other in words:
                    if other != word and analyse_word(other, language) in terms:
                        joined[(language, lemma)][other].add(packet.name)
    elapsed = time.perf_counter() - started
    for (language, lemma), found in sorted(joined.items()):
        shown = ", ".join(f"{w} ({len(p)})" for w, p in sorted(found.items()))
        print(f"{language} {lemma}: {shown}")
    print(f"{typed} words typed, {len(joined)} lemmas joined, {elapsed:.1f} s in all")


if __name__ == "__main__":
    main()
