"""An article's publication date, from what the text itself states (see :mod:`.classify`).

Split from :mod:`briefing.corpus.classify`, which sorts paragraphs into kinds and fills in
every metadata field; the date is the one field with a ladder of sources of its own
(a publication label, a top date line, a wire dateline or byline, a photo caption), a year
borrowed only when the article states exactly one, and a month-only label made exact by a
signed date or an update note, so it is read here once the paragraphs' kinds are known.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from briefing.corpus import furniture as fx
from briefing.corpus.datelines import read_dateline, read_signature
from briefing.corpus.dates import find_dates, years_stated
from briefing.corpus.labels import read_label, update_note
from briefing.corpus.sources import wire_byline_date
from briefing.corpus.stated import StatedDate
from briefing.model import ParagraphKind


def _find_date(
    texts: list[str], kinds: list[ParagraphKind], values: dict[str, Any]
) -> dt.date | None:
    """The publication date: a label, a top date line, a dateline, then a photo caption's date.

    A month-only label (``date 2024-12``) gives the 1st of the month and sets
    ``values["date_precision"] = "month"``, so no day is shown that the text does not state.
    """
    first_body = next((i for i, k in enumerate(kinds) if k == "body"), len(texts))
    labels = [(label, i) for i in range(min(len(texts), 12)) if (label := read_label(texts[i]))]
    # A line that is only a date counts above the story, not between its paragraphs.
    labels = [(label, i) for label, i in labels if not label.bare or i < first_body]
    for label, _ in sorted(labels, key=lambda pair: (not pair[0].published, pair[1])):
        found = _full(label.date, texts, values)
        if found is not None:
            return _refined(found, texts, values)
    for i in range(min(first_body, 12)):
        if kinds[i] == "meta" and fx.is_date_line(texts[i]):
            dates = find_dates(texts[i])
            if dates:
                return dates[0]
            borrowed = _with_stated_year(texts[i], texts)
            if borrowed:
                return borrowed
    for i in range(min(len(texts), first_body + 2)):
        if kinds[i] not in ("body", "dek"):
            continue
        dateline = read_dateline(texts[i])
        if dateline is not None and dateline.date is not None:
            found = _full(dateline.date, texts, values)
            if found is not None:
                return found
    for text in texts[:3]:
        signed = wire_byline_date(text)
        if signed is not None:
            return signed[0].value()
    for text, kind in zip(texts, kinds, strict=True):
        if kind == "caption":
            dates = find_dates(text)
            if dates:
                return dates[0]
    return None


def _refined(month: dt.date, texts: list[str], values: dict[str, Any]) -> dt.date:
    """A month-only label made exact by a signed date of that month near the top
    (``date 2024-12`` … ``07.12.2024, Sputnik Afrique``) or by an update note in brackets
    (``date 2024-12 [Updated at 20:25 on 12 December 2024]``)."""
    if values.get("date_precision") != "month":
        return month
    for text in texts[:8]:
        signed = read_signature(text)
        noted = update_note(text) if signed is None else None
        day = signed[0].value() if signed else noted.value() if noted else None
        if day is not None and (day.year, day.month) == (month.year, month.month):
            values.pop("date_precision")
            return day
    return month


def _full(stated: StatedDate, texts: list[str], values: dict[str, Any]) -> dt.date | None:
    """A stated date with its year, borrowed when the article states exactly one (see below)."""
    if stated.year is None:
        if stated.day is None:
            return None
        return _with_stated_year(f"{_EN_MONTHS[stated.month - 1]} {stated.day}", texts)
    if stated.precision == "month":
        values["date_precision"] = "month"
    return stated.value()


_EN_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def _with_stated_year(line: str, texts: list[str]) -> dt.date | None:
    """``October 9`` + the one year the article states for itself, or None if zero or several.

    Only years of full dates and of copyright lines count: a bare "runs to 2030" in the body is
    the year of something else.
    """
    years: set[int] = set()
    for text in texts:
        years.update(d.year for d in find_dates(text))
        if fx.is_footer_trigger(text):
            years.update(years_stated(text))
    partial = fx.partial_date(line)
    if len(years) != 1 or partial is None:
        return None
    dates = find_dates(f"{partial} {next(iter(years))}")
    return dates[0] if dates else None
