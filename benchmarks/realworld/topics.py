"""Key topics of each real packet against the topics a person listed in its manifest.

Per packet, on the product's top 25 (``Briefing.topics()``, opened with ``Briefing.open`` in
private, cold cache dirs):

* **precision@25, matched**: a product topic is right when its name or any alias equals a
  manifest topic's name or alias (case-insensitive, whitespace collapsed). A second product
  topic matching the same manifest topic is a duplicate and counts as wrong, like
  ``benchmarks/topics_eval/evaluate.py``.
* **precision@25, read**: the matched ones plus those judged right by reading, listed in
  ``topics_judged.yaml`` beside this module (per packet, ``right:`` and ``wrong:`` names, each
  read in its passages; a name not judged yet is shown under "unjudged" and counted wrong).
  A name judged wrong counts wrong even when an alias matches: "Casablanca" holding the White
  House's aliases is not found by a reader looking for the White House.
* **recall**: share of manifest topics matched by some product topic in the top 25, and at any
  rank; and, beside it, recall@25 over the manifest topics whose aliases the texts write in
  two articles or more (``in_two``): the panel cross-references a topic across sources, and
  many listed names are written once in the whole packet (a diagnostic column, not a target:
  the target stays on every listed topic).
* **cross-script merges**: for each manifest topic whose aliases the product has seen in two
  scripts (Latin, Cyrillic, ...), *merged* when one product topic holds aliases in both
  scripts, *split* when they sit in different topics. A *wrong merge* is a product topic (any
  rank) holding aliases of two different manifest topics.
* **kind wrong**: matched top-25 topics that are a person where the manifest's topic is not,
  or the reverse (a place, an organisation and an event may stand for one another).
* **function-word topics**: top-25 topics all of whose words are function words of some
  language (stopwordsiso's lists, English's own closed list): "und ein", "que les". A topic
  the manifest lists is never one: those lists hold names too (Italian "ansa", Spanish
  "el" and "pais", so the agency ANSA and the paper El País would count); nor is a name in
  capitals ("EU" is no Portuguese "eu").
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from benchmarks.realworld import manifest
from benchmarks.realworld.facade import private_dirs

TOP = 25
JUDGED = Path(__file__).resolve().parent / "topics_judged.yaml"
_LANGUAGES = ("de", "en", "es", "fr", "it", "ru", "tr", "uk", "pt", "nl", "pl")


def _norm(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split()).casefold()


def _script(text: str) -> str:
    """The script of a name's letters ("LATIN", "CYRILLIC", ...), by its first letter."""
    for ch in text:
        if ch.isalpha():
            return unicodedata.name(ch, "OTHER ?").split()[0]
    return "OTHER"


def _function_words() -> frozenset[str]:
    import stopwordsiso

    from briefing.topics.lexicon import STOPWORDS

    found = set(STOPWORDS)
    for language in _LANGUAGES:
        if language != "en" and stopwordsiso.has_lang(language):
            found |= {w.casefold() for w in stopwordsiso.stopwords(language)}
    return frozenset(found)


@dataclass
class Score:
    packet: str
    matched: int = 0
    read_right: int = 0
    duplicates: list[str] = field(default_factory=list)
    unjudged: list[str] = field(default_factory=list)
    judged_wrong: list[str] = field(default_factory=list)
    shown: int = 0
    recall_top: int = 0
    recall_any: int = 0
    truth: int = 0
    in_two: int = 0
    in_two_top: int = 0
    merged: int = 0
    split: list[str] = field(default_factory=list)
    wrong_merges: list[str] = field(default_factory=list)
    function: list[str] = field(default_factory=list)
    kind_wrong: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)
    top: list[str] = field(default_factory=list)


def _labels(topic: Any) -> set[str]:
    return {_norm(topic.name), *(_norm(a) for a in topic.aliases)}


def _written_in(label: str, texts: list[str]) -> set[int]:
    """Which texts write this alias: as a whole word, case-insensitively (an alias opening with
    a letter of a script written without spaces, Han or kana, as a plain substring)."""
    needle = _norm(label)
    if not needle:
        return set()
    if _script(needle) in {"CJK", "HIRAGANA", "KATAKANA"}:
        return {n for n, text in enumerate(texts) if needle in text}
    pattern = re.compile(rf"(?<!\w){re.escape(needle)}(?!\w)")
    return {n for n, text in enumerate(texts) if pattern.search(text)}


def in_two_articles(truth: list[dict[str, Any]], folder: Path) -> set[int]:
    """The manifest topics (by position) whose aliases, together, two articles or more write."""
    texts = [_norm(p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.txt"))]
    found: set[int] = set()
    for n, entry in enumerate(truth):
        files: set[int] = set()
        for label in (entry["name"], *(entry.get("aliases") or ())):
            files |= _written_in(str(label), texts)
        if len(files) >= 2:
            found.add(n)
    return found


def score(
    packet: manifest.Packet,
    topics: tuple[Any, ...],
    judged: dict[str, Any],
    cross_referenced: set[int] | None = None,
) -> Score:
    """Compare the product's topics (rank order) with the manifest's."""
    truth = packet.raw.get("topics") or []
    s = Score(packet.name, truth=len(truth))
    owners: dict[str, set[int]] = defaultdict(set)  # alias → manifest topics using it
    for n, entry in enumerate(truth):
        for label in (entry["name"], *(entry.get("aliases") or ())):
            owners[_norm(str(label))].add(n)
    words = _function_words()
    right_by_reading = {_norm(x) for x in (judged.get("right") or ())}
    wrong_by_reading = {_norm(x) for x in (judged.get("wrong") or ())}
    hit_top: set[int] = set()
    hit_any: set[int] = set()
    for rank, topic in enumerate(topics):
        hits = {n for label in _labels(topic) for n in owners.get(label, ())}
        if hits and _norm(topic.name) in wrong_by_reading:
            hits = set()  # named wrongly ("Casablanca" for the White House): a reader misses it
        if len(hits) > 1:
            s.wrong_merges.append(
                f"{topic.name} ← " + " + ".join(truth[n]["name"] for n in sorted(hits))
            )
        if rank >= TOP:
            hit_any |= hits
            continue
        s.shown += 1
        s.top.append(f"{topic.name} ({topic.kind})")
        name_words = _norm(topic.name).split()
        # Written in capitals it is an acronym ("EU", not Portuguese "eu"): no function word.
        if (
            name_words
            and all(w in words for w in name_words)
            and not hits
            and not topic.name.isupper()
        ):
            s.function.append(topic.name)  # a core topic named so ("Ansa", "El País") is none
        if hits and not hits <= hit_top:
            s.matched += 1
            wanted = {truth[n].get("kind") for n in hits}
            if (topic.kind == "person") != ("person" in wanted):
                s.kind_wrong.append(
                    f"{topic.name} ({topic.kind}; manifest: "
                    f"{'/'.join(sorted(str(k) for k in wanted))})"
                )
        elif hits:
            s.duplicates.append(topic.name)
        elif _norm(topic.name) in right_by_reading:
            s.read_right += 1
        elif _norm(topic.name) in wrong_by_reading:
            s.judged_wrong.append(topic.name)
        else:
            s.unjudged.append(topic.name)
        hit_top |= hits
        hit_any |= hits
    s.recall_top, s.recall_any = len(hit_top), len(hit_any)
    if cross_referenced is not None:
        s.in_two, s.in_two_top = len(cross_referenced), len(hit_top & cross_referenced)
    s.missed = [f"{e['name']} ({e.get('kind')})" for n, e in enumerate(truth) if n not in hit_top]
    for n, entry in enumerate(truth):
        scripts: dict[str, set[int]] = defaultdict(set)  # script → product topics holding it
        for rank, topic in enumerate(topics):
            for label in _labels(topic):
                if n in owners.get(label, ()):
                    scripts[_script(label)].add(rank)
        if len(scripts) < 2:
            continue
        if set.intersection(*scripts.values()):
            s.merged += 1
        else:
            s.split.append(entry["name"])
    return s


def _ratio(a: int, b: int) -> str:
    return f"{a / b:.2f}" if b else "—"


def _extract(folder: Path) -> tuple[Any, ...]:
    from briefing.briefing import Briefing

    with private_dirs(), Briefing.open([folder], sync=False) as briefing:
        return tuple(briefing.topics())


def section(ctx: Any) -> str:
    judged_all = yaml.safe_load(JUDGED.read_text(encoding="utf-8")) if JUDGED.exists() else {}
    lines = [
        "## Topics\n",
        "Top 25 of `Briefing.topics()` against each manifest's `topics` "
        "(rules: `benchmarks/realworld/topics.py`). P matched / P read: precision@25 by "
        "alias match / plus names judged right by reading (`topics_judged.yaml`). "
        "Cross-script: manifest topics seen in two scripts that one product topic holds.\n",
        "Recall@25, in ≥ 2 articles: over the listed topics whose aliases two articles or "
        "more write (a diagnostic: the panel cross-references across sources, and many "
        "listed names are written once in the whole packet; the target stays on recall@25).\n",
        "| packet | P matched | P read | recall@25 | recall@25, in ≥ 2 articles | recall any "
        "| cross-script merged | wrong merges | kind wrong | function-word topics |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    details: list[str] = []
    for packet in ctx.packets:
        if packet.held_out and not ctx.held_out:
            continue
        if not packet.folder.is_dir():
            lines.append(f"| {packet.name} | no data on this machine | | | | | | | | |")
            continue
        truth = packet.raw.get("topics") or []
        s = score(
            packet,
            _extract(packet.folder),
            (judged_all or {}).get(packet.name) or {},
            in_two_articles(truth, packet.folder),
        )
        cross = s.merged + len(s.split)
        lines.append(
            f"| {packet.name} | {_ratio(s.matched, s.shown)} "
            f"| {_ratio(s.matched + s.read_right, s.shown)} "
            f"| {_ratio(s.recall_top, s.truth)} "
            f"| {_ratio(s.in_two_top, s.in_two)} ({s.in_two_top}/{s.in_two}) "
            f"| {_ratio(s.recall_any, s.truth)} "
            f"| {s.merged}/{cross} | {len(s.wrong_merges)} | {len(s.kind_wrong)} "
            f"| {len(s.function)} |"
        )
        details.append(f"\n**{packet.name}** top {TOP}: " + "; ".join(s.top))
        for label, items in (
            ("split across scripts", s.split),
            ("wrong merges", s.wrong_merges),
            ("kind wrong", s.kind_wrong),
            ("duplicates", s.duplicates),
            ("judged wrong by reading", s.judged_wrong),
            ("unjudged", s.unjudged),
            ("function-word topics", s.function),
            ("manifest topics not in the top 25", s.missed),
        ):
            if items:
                details.append(f"- {label}: " + "; ".join(items))
    return "\n".join(lines + details) + "\n"
