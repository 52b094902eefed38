"""Does an installable offline machine translation join one thing's words across languages?

A measured study (BILINGUAL_STUDY.md, section "Machine translation"), no product code. It
follows ``bilingual_study``'s method on the dev manifests (``held_out: false`` only) and adds
what a dictionary study could not: whole phrases translated in context, and a look-alike rate.

For each non-English alias of an event, theme or organisation topic (its language read from the
packet's articles, as in ``bilingual_study.items``):

* **hit**: the English translation shares an English Snowball stem with the topic's English
  side (its name plus its English aliases); *hit as written* is the same test on the alias
  untranslated (cognates, names), so *gained* = hits that only the translation brings;
* **other**: translated, no shared stem;
* **none**: every content word came back unknown (Apertium marks it ``*``, ``@`` or ``#``);
* **cross**: the translation shares a stem with ANOTHER listed topic's English side of the same
  packet and none with its own: a wrong join.

Look-alike (ordinary text): content words sampled from each language's dev articles (words of
no alias), translated one by one; the rate at which a word of packet Q would join a listed
topic of another packet P (its translation shares a stem with that topic's English side),
averaged over the pairs (word, P), against the same rate for the word untranslated.

Route measured: Apertium from Debian's packages, extracted with ``dpkg-deb -x`` into a folder
(no system install), run as its own pipeline of processes::

    python -m benchmarks.realworld.mt_study --apertium /tmp/x/root [--sample 10]

Spanish is translated directly (spa-eng); French, Portuguese and Italian through Spanish
(fr-es, pt-es, ita-spa, then spa-eng), the only English route Debian has for them.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import subprocess
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import stopwordsiso

from benchmarks.realworld import manifest
from benchmarks.realworld.bilingual_study import _articles, english_stems

_KINDS = {"event", "theme", "organisation"}
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_UNKNOWN = re.compile(r"[*@#]+[^\s.,;:!?]+")
#: Apertium modes to English, one chain per language (Debian bookworm has no direct fr/pt/it).
CHAINS = {
    "es": ["spa-eng"],
    "fr": ["fr-es", "spa-eng"],
    "pt": ["pt-es", "spa-eng"],
    "it": ["ita-spa", "spa-eng"],
}


@dataclass(frozen=True)
class Alias:
    packet: str
    lang: str
    text: str
    topic: str


@dataclass
class PacketTopics:
    english: dict[str, set[str]]  # topic name -> English stems
    phrases: dict[str, list[frozenset[str]]]  # topic name -> stems of its name, of each alias
    aliases: list[Alias]
    words: dict[str, set[str]]  # language -> content words of its articles (no alias word)


def read_packets() -> dict[str, PacketTopics]:
    """Every dev packet's event/theme/organisation topics (never a held-out manifest)."""
    out = {}
    for packet in manifest.packets():
        texts = _articles(packet)
        if not texts:
            continue
        english: dict[str, set[str]] = {}
        phrases: dict[str, list[frozenset[str]]] = {}
        aliases: list[Alias] = []
        alias_words: set[str] = set()
        for topic in packet.raw.get("topics", []):
            if topic["kind"] not in _KINDS:
                continue
            by_language: dict[str, list[str]] = defaultdict(list)
            for alias in map(str, topic.get("aliases", [])):
                alias_words |= {w.casefold() for w in _WORD.findall(alias)}
                found = Counter(lang for lang, text in texts if alias.casefold() in text)
                if found:
                    by_language[found.most_common(1)[0][0]].append(alias)
            name = str(topic["name"])
            english[name] = english_stems(" ".join([name, *by_language.get("en", [])]))
            whole = [frozenset(english_stems(x)) for x in [name, *by_language.get("en", [])]]
            phrases[name] = [x for x in whole if x]
            for lang, written in by_language.items():
                if lang != "en":
                    aliases += [Alias(packet.name, lang, a, name) for a in written]
        words: dict[str, set[str]] = defaultdict(set)
        for lang, text in texts:
            if lang in CHAINS:
                stop = stopwordsiso.stopwords(lang)
                words[lang] |= {
                    w for w in _WORD.findall(text) if len(w) > 2 and w not in stop
                } - alias_words
        out[packet.name] = PacketTopics(english, phrases, aliases, dict(words))
    return out


class Apertium:
    """Apertium pipelines from a ``dpkg-deb -x`` folder, many lines per process run."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.env = dict(os.environ)
        self.env["PATH"] = f"{root}/usr/bin:{self.env['PATH']}"
        self.env["LD_LIBRARY_PATH"] = f"{root}/usr/lib/x86_64-linux-gnu:{root}/lib/x86_64-linux-gnu"
        self.env["APERTIUM_PATH"] = f"{root}/usr/bin"
        self.seconds = 0.0

    def _run(self, mode: str, text: str) -> str:
        started = time.perf_counter()
        done = subprocess.run(
            ["apertium", "-d", str(self.root / "usr/share/apertium"), mode],
            input=text,
            capture_output=True,
            text=True,
            env=self.env,
            check=True,
        )
        self.seconds += time.perf_counter() - started
        return done.stdout

    def translate(self, lang: str, lines: list[str]) -> list[str]:
        """One output per input line; lines are kept apart by a blank line and a full stop."""
        if not lines:
            return []
        text = "\n\n".join(line.replace("\n", " ").rstrip(".") + "." for line in lines)
        for mode in CHAINS[lang]:
            text = self._run(mode, text)
        out = [part.strip() for part in text.strip().split("\n\n")]
        if len(out) != len(lines):  # a pipeline joined two lines: fall back to one run each
            out = [self.translate(lang, [line])[0] for line in lines]
        return out


class Cn2en:
    """The ``cn2en`` wheel's own GRU model (zh→en, 18 MB inside the wheel), one line a call."""

    def __init__(self, site: Path) -> None:
        import sys

        sys.path.append(str(site))  # appended: the project's own packages keep precedence
        from cn2en.model import Model  # type: ignore[import-not-found]

        self.model = Model()

    def translate(self, lang: str, lines: list[str]) -> list[str]:
        return [str(self.model.translate(line)) for line in lines]


def known_stems(translation: str) -> set[str]:
    """English stems of the translated words, words Apertium marked unknown left out."""
    return english_stems(_UNKNOWN.sub(" ", translation))


def measure_aliases(
    packets: dict[str, PacketTopics],
    translate: Callable[[str, list[str]], list[str]],
    routes: dict[str, str],
    sample: int,
) -> list[str]:
    rows = []
    rng = random.Random(69)
    for lang, route in routes.items():
        items = [(p, a) for p in packets.values() for a in p.aliases if a.lang == lang]
        if not items:
            continue
        out = translate(lang, [a.text for _, a in items])
        counts: Counter[str] = Counter()
        shown: dict[str, list[str]] = defaultdict(list)
        for (topics, alias), english_text in zip(items, out, strict=True):
            own = topics.english[alias.topic]
            stems = known_stems(english_text)
            written = english_stems(alias.text)
            others = set().union(*(s for n, s in topics.english.items() if n != alias.topic))
            counts["aliases"] += 1
            whole = frozenset(english_stems(re.sub("[*@#]", "", english_text)))
            counts["strict"] += whole in topics.phrases[alias.topic]
            counts["strict written"] += frozenset(written) in topics.phrases[alias.topic]
            wrong = [n for n, p in topics.phrases.items() if n != alias.topic and whole in p]
            if wrong and whole not in topics.phrases[alias.topic]:
                counts["strict cross"] += 1
                print(f"  whole cross {lang}: {alias.text} -> {english_text} ({wrong[0]})")
            counts["written"] += bool(written & own)
            if not stems:
                kind = "none"
            elif stems & own:
                kind = "hit"
                counts["gained"] += not written & own
            elif stems & others:
                kind = "cross"
            else:
                kind = "other"
            counts[kind] += 1
            shown[kind].append(f"{alias.text} -> {english_text}")
        n = counts["aliases"] or 1
        rows.append(
            f"| {lang} | {route} | {n} | {counts['written'] / n:.2f} | "
            f"{counts['hit'] / n:.2f} | {counts['gained']} | {counts['other'] / n:.2f} | "
            f"{counts['none'] / n:.2f} | {counts['cross']} | "
            f"{counts['strict written'] / n:.2f} | {counts['strict'] / n:.2f} | "
            f"{counts['strict cross']} |"
        )
        for kind in ("gained-or-hit", "other", "cross", "none"):
            pool = shown["hit" if kind == "gained-or-hit" else kind]
            for line in rng.sample(pool, min(sample, len(pool))):
                print(f"  sample {lang} {kind}: {line}")
    return rows


def measure_lookalikes(
    packets: dict[str, PacketTopics],
    translate: Callable[[str, list[str]], list[str]],
    per_language: int,
    sample: int,
) -> list[str]:
    rows = []
    rng = random.Random(69)
    names = sorted(packets)
    for lang in CHAINS:
        pool = sorted({(name, w) for name in names for w in packets[name].words.get(lang, ())})
        if not pool:
            continue
        chosen = rng.sample(pool, min(per_language, len(pool)))
        have = [len(p.words[lang]) for p in packets.values() if p.words.get(lang)]
        print(f"  {lang}: {len(have)} packets, {sum(have) / len(have):.0f} content words each")
        out = translate(lang, [w for _, w in chosen])
        pairs = joined = joined_written = words_joining = whole_joins = 0
        shown = []
        for (home, word), english_text in zip(chosen, out, strict=True):
            stems, written = known_stems(english_text), english_stems(word)
            whole = frozenset(english_stems(re.sub("[*@#]", "", english_text)))
            any_join = False
            for name in names:
                if name == home:
                    continue
                sides = packets[name].english.values()
                pairs += 1
                hit = any(stems & side for side in sides)
                joined += hit
                joined_written += any(written & side for side in sides)
                any_join |= hit
                wrong = [n for n, p in packets[name].phrases.items() if whole in p]
                whole_joins += bool(wrong)
                if wrong:
                    print(
                        f"  whole look-alike {lang}: {word} -> {english_text} ({name}: {wrong[0]})"
                    )
            words_joining += any_join
            if any_join and stems - written:
                shown.append(f"{word} -> {english_text}")
        rows.append(
            f"| {lang} | {len(chosen)} | {joined_written / max(1, pairs):.3f} | "
            f"{joined / max(1, pairs):.3f} | {words_joining / max(1, len(chosen)):.2f} | "
            f"{whole_joins / max(1, pairs):.4f} |"
        )
        for line in rng.sample(shown, min(sample, len(shown))):
            print(f"  look-alike {lang}: {line}")
    return rows


def measure_words(
    packets: dict[str, PacketTopics],
    translate: Callable[[str, list[str]], list[str]],
    routes: dict[str, str],
) -> list[str]:
    """``bilingual_study``'s per-word figure: each alias content word translated alone."""
    rows = []
    for lang, route in routes.items():
        stop = stopwordsiso.stopwords(lang) if stopwordsiso.has_lang(lang) else set()
        items = [
            (p.english[a.topic], w)
            for p in packets.values()
            for a in p.aliases
            if a.lang == lang
            for w in (x.casefold() for x in _WORD.findall(a.text))
            if w not in stop and len(w) > 1
        ]
        if not items:
            continue
        out = translate(lang, [w for _, w in items])
        counts: Counter[str] = Counter()
        for (own, _word), english_text in zip(items, out, strict=True):
            stems = known_stems(english_text)
            counts["none" if not stems else "hit" if stems & own else "other"] += 1
        n = len(items)
        rows.append(
            f"| {lang} | {route} | {n} | {counts['hit'] / n:.2f} | {counts['other'] / n:.2f} | "
            f"{counts['none'] / n:.2f} |"
        )
    return rows


def speed(apertium: Apertium) -> list[str]:
    """Seconds for one short phrase in its own run, and per phrase in a run of 200."""
    rows = []
    phrase = {"es": "la prueba nuclear", "fr": "l'essai nucléaire", "pt": "o teste nuclear",
              "it": "il test nucleare"}  # fmt: skip
    for lang, text in phrase.items():
        started = time.perf_counter()
        one = apertium.translate(lang, [text])[0]
        single = time.perf_counter() - started
        started = time.perf_counter()
        apertium.translate(lang, [text] * 200)
        batch = (time.perf_counter() - started) / 200
        rows.append(f"| {lang} | {text} → {one} | {single:.2f} | {batch * 1000:.1f} |")
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--apertium", type=Path, required=True, help="dpkg-deb -x folder")
    parser.add_argument("--cn2en", type=Path, help="site-packages with cn2en and torch (zh)")
    parser.add_argument("--sample", type=int, default=0, help="print N sampled lines per row")
    parser.add_argument("--words", type=int, default=300, help="ordinary words per language")
    args = parser.parse_args(argv)
    packets = read_packets()
    if not packets:
        print("no dev packet text found (benchmarks/realworld/data): nothing to measure")
        return 0
    apertium = Apertium(args.apertium)
    print("| lang | chain | short phrase → English | one run s | per phrase in 200, ms |")
    print("|---|---|---|---:|---:|")
    print("\n".join(speed(apertium)))
    apertium.seconds = 0.0
    rows = [
        "| lang | chain | aliases | hit as written | hit | gained | other | none | cross "
        "| whole hit as written | whole hit | whole cross |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    routes = {lang: " → ".join(chain) for lang, chain in CHAINS.items()}
    rows += measure_aliases(packets, apertium.translate, routes, args.sample)
    if args.cn2en:
        rows += measure_aliases(packets, Cn2en(args.cn2en).translate, {"zh": "cn2en"}, args.sample)
    rows += [
        "",
        "| lang | route | alias words | hit | other | none |",
        "|---|---|---:|---:|---:|---:|",
    ]
    rows += measure_words(packets, apertium.translate, routes)
    rows += [
        "",
        "| lang | words | joins as written | joins translated | words joining ≥1 | whole joins |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    rows += measure_lookalikes(packets, apertium.translate, args.words, args.sample)
    print("\n".join(rows))
    print(f"apertium wall seconds (aliases + look-alikes): {apertium.seconds:.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
