"""The month of a day written alone that repeats a day the article has already written in full.

Chinese, Japanese and Korean copy name a day once with its month ("据示例社9月1日报道",
reported on 1 September) and then by its day alone ("总统1日表示", the president said on the
1st; :mod:`.bare_days`). Such a day is placed from the article's own day or its dateline
(:mod:`.anchored_days`); an article with neither drops it, since the month of another date in
the text is no anchor (the nearest date before "1日" may be 11 August while the day is 1
September). One date is an anchor all the same: the same day of the month, written earlier in
the same article with its month. The press writes another month's day with its month, so a
bare "1日" after "9月1日" is the 1st the text has just named, unless the text also names
the 1st of another month (then which one it means the words do not say) or names it only
later (a bare day before its full form is counted from the article's day, as always).

Only the month is taken: the entry lists its day and month with no year, as a day under a
yearless dateline does, since the article gives no year of its own to count from.
"""

from __future__ import annotations

from collections.abc import Iterable

__all__ = ["FullDay", "repeated_month"]

#: A day the article writes with its month: (paragraph, offset in it, month, day).
FullDay = tuple[int, int, int, int]


def repeated_month(written: Iterable[FullDay], day: int, paragraph: int, start: int) -> int | None:
    """The month of the bare ``day`` at ``start`` of ``paragraph``: that of the one month in
    which the article writes this day in full, when it does so before this point; else None."""
    months = {month for _, _, month, on in written if on == day}
    if len(months) != 1:
        return None  # never written in full, or written in two months: which one is unknown
    if not any(on == day and (p, s) < (paragraph, start) for p, s, _, on in written):
        return None  # named in full only further on: a coming day is no repetition
    return months.pop()
