"""Metadata read from plain text against the truth in the manifests.

Per article the product's title, date, outlet (``Article.source``) and language are compared
with what a person read from the text (manifest). Rules, chosen to reward saying only what
the text supports:

* **Date, day truth** (``2024-12-07``): found iff the product's date is that day. Any other
  date is *wrong*, and counts as invented.
* **Date, month truth** (``2024-12``, e.g. a ``date 2024-12`` label): found iff the product's
  date falls in that month **and** the product marks it month-precise (an ``Article``
  attribute ``date_precision == "month"``, or ``provenance["date_precision"] == "month"``).
  A date in that month without the month mark claims a day the text never states: it is
  reported as *imprecise* and counts as invented. Another month is *wrong*.
* **Date, no truth**: any product date is invented.
* **Outlet**: found iff ``source`` equals the manifest outlet or one of its aliases
  (case-insensitive, surrounding space/punctuation ignored). Another value is wrong (invented);
  a value where the manifest says null is invented. Cited sources ("according to Interfax")
  are null in the manifest, so naming them is an invention.
* **Title with a label**: a product title that begins with, or contains, a source label such
  as ``date 2024-12`` (the real excerpt format) — always a defect.
* **Title right** (informational): product title equals the manifest title after collapsing
  whitespace, case-insensitive; counted over articles whose manifest gives a title.
* **Language**: product ``language`` equals the manifest's primary ``language``.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from benchmarks.realworld import facade, manifest

_LABEL = re.compile(r"(?:^|\s)date\s+\d{4}-\d{2}(?:-\d{2})?\b", re.IGNORECASE)
_EDGE = " \t\r\n.,;:—–-()[]\"'«»“”„"


@dataclass(frozen=True)
class Got:
    """What the product says about one article."""

    title: str | None
    date: dt.date | None
    date_precision: str | None
    source: str | None
    language: str | None
    provenance: dict[str, str] = field(default_factory=dict)


@dataclass
class Verdict:
    """One article judged; ``issues`` are (field, product value, truth, kind) for the list."""

    date_stated: bool = False
    date_found: bool = False
    outlet_stated: bool = False
    outlet_found: bool = False
    invented: int = 0
    title_label: bool = False
    title_stated: bool = False
    title_right: bool = False
    language_right: bool = False
    issues: list[tuple[str, str, str, str]] = field(default_factory=list)


def _norm(text: str | None) -> str:
    # a literal "<br>" in a manifest's headline is where the page breaks it: a space
    text = re.sub(r"<br\s*/?>", " ", text or "", flags=re.IGNORECASE)
    return " ".join(text.split()).strip(_EDGE).casefold()


def judge(truth: manifest.ArticleTruth, got: Got) -> Verdict:
    """Compare one article; pure, so the rules above are unit-tested without the product."""
    v = Verdict()
    _judge_date(truth.date, got, v)
    _judge_outlet(truth, got, v)
    if got.title and _LABEL.search(got.title):
        v.title_label = True
        v.issues.append(("title", got.title[:80], truth.title or "—", "label in title"))
    if truth.title:
        v.title_stated = True
        v.title_right = _norm(got.title) == _norm(truth.title)
        if not v.title_right:
            v.issues.append(("title", (got.title or "—")[:80], truth.title[:80], "title differs"))
    v.language_right = (got.language or "") == truth.language
    if not v.language_right:
        v.issues.append(("language", got.language or "—", truth.language, "wrong language"))
    return v


def _judge_date(truth: str | None, got: Got, v: Verdict) -> None:
    shown = got.date.isoformat() if got.date else "—"
    if got.date and got.date_precision == "month":
        shown = got.date.isoformat()[:7] + " (month)"
    if truth is None:
        if got.date:
            v.invented += 1
            v.issues.append(("date", shown, "—", "invented"))
        return
    v.date_stated = True
    if got.date is None:
        v.issues.append(("date", "—", truth, "missed"))
        return
    if len(truth) == 10:
        v.date_found = got.date.isoformat() == truth
        kind = "wrong"
    else:
        same_month = got.date.isoformat()[:7] == truth
        v.date_found = same_month and got.date_precision == "month"
        kind = "imprecise (a day the text does not state)" if same_month else "wrong"
    if not v.date_found:
        v.invented += 1
        v.issues.append(("date", shown, truth, kind))


def _judge_outlet(truth: manifest.ArticleTruth, got: Got, v: Verdict) -> None:
    value = _norm(got.source)
    if truth.outlet is None:
        if value:
            v.invented += 1
            v.issues.append(("outlet", got.source or "", "—", "invented"))
        return
    v.outlet_stated = True
    names = {_norm(truth.outlet), *(_norm(a) for a in truth.outlet_aliases)}
    if not value:
        v.issues.append(("outlet", "—", truth.outlet, "missed"))
    elif value in names:
        v.outlet_found = True
    else:
        v.invented += 1
        v.issues.append(("outlet", got.source or "", truth.outlet, "wrong"))


def got_from(article: Any) -> Got:
    """Read the product's values off an ``Article`` (tolerant of fields added later)."""
    provenance = {str(k): str(val) for k, val in dict(getattr(article, "provenance", {})).items()}
    precision = getattr(article, "date_precision", None) or provenance.get("date_precision")
    return Got(
        title=article.title,
        date=article.date,
        date_precision=str(precision) if precision else None,
        source=article.source,
        language=getattr(article, "language", None),
        provenance=provenance,
    )


@dataclass
class PacketScore:
    name: str
    articles: int = 0
    verdicts: dict[str, Verdict] = field(default_factory=dict)
    missing: list[str] = field(default_factory=list)

    def count(self, attr: str) -> int:
        return sum(1 for v in self.verdicts.values() if getattr(v, attr))

    @property
    def invented(self) -> int:
        return sum(v.invented for v in self.verdicts.values())


def score_packet(packet: manifest.Packet) -> PacketScore:
    """Open the packet with the façade (no index needed) and judge every manifest article."""
    score = PacketScore(packet.name, len(packet.articles))
    with facade.private_dirs():
        briefing = facade.open_packet(packet.folder, sync=False)
        try:
            by_file = {facade.file_of(a): a for a in briefing.articles}
        finally:
            briefing.close()
    for truth in packet.articles:
        article = by_file.get(truth.file)
        if article is None:
            score.missing.append(truth.file)
            continue
        score.verdicts[truth.file] = judge(truth, got_from(article))
    return score


def _clean(text: str) -> str:
    """Keep article text from breaking the Markdown table/list it is quoted in."""
    return " ".join(text.replace("`", "'").split())


def _ratio(found: int, stated: int) -> str:
    return f"{found}/{stated} ({100 * found / stated:.0f} %)" if stated else "0/0"


def _row(name: str, s: list[PacketScore]) -> str:
    def total(attr: str) -> int:
        return sum(p.count(attr) for p in s)

    articles = sum(p.articles for p in s)
    return (
        f"| {name} | {articles} | {_ratio(total('date_found'), total('date_stated'))} "
        f"| {_ratio(total('outlet_found'), total('outlet_stated'))} "
        f"| {sum(p.invented for p in s)} | {total('title_label')} "
        f"| {_ratio(total('title_right'), total('title_stated'))} "
        f"| {_ratio(total('language_right'), articles - sum(len(p.missing) for p in s))} |"
    )


def section(ctx: Any) -> str:
    out = [
        "## Metadata from plain text\n",
        "Stated dates/outlets found over those the text states; *invented* counts every date or "
        "outlet the product gives that the text does not support (a null in the manifest, a "
        "wrong value, or a day where the text states only a month). Rules: "
        "`benchmarks/realworld/metadata.py`. Targets: dates ≥ 95 %, outlets ≥ 90 %, invented 0.\n",
        "| packet | articles | stated dates found | stated outlets found | invented | "
        "titles with a label | titles right | language right |",
        "|---|---|---|---|---|---|---|---|",
    ]
    scores: list[PacketScore] = []
    notes: list[str] = []
    for packet in ctx.packets:
        if not packet.folder.is_dir():
            notes.append(facade.missing_note(packet.name, packet.folder))
            continue
        score = score_packet(packet)
        scores.append(score)
        name = f"{packet.name} (held out)" if packet.held_out else packet.name
        out.append(_row(name, [score]))
    if scores:
        out.append(_row("**total**", scores))
    out.append("")
    out.extend(notes)
    out.append("### Misses and inventions, per article\n")
    for score in scores:
        for file in score.missing:
            out.append(f"- `{score.name}/{file}`: not read by the product at all")
        for file, verdict in score.verdicts.items():
            for fld, value, truth, kind in verdict.issues:
                out.append(
                    f"- `{score.name}/{file}` {fld}: {kind} — product `{_clean(value)}`, "
                    f"truth `{_clean(truth)}`"
                )
    out.append("")
    return "\n".join(out)
