"""Cheap tests that a pattern cannot match a text, so the pattern is not run on it.

Some readers' patterns open with a lookbehind and an alternation of every number word of a
language (:mod:`.ages`: "(?<![\\w\\-])(\\d{1,3}|seventy-three|…)-year-old\\b"): the regular
expression engine tries that alternation at every position of every paragraph, which was a
tenth of a first analysis of the disagreements (benchmarks/PROFILE.md). What follows the
number ("-year-old") must match wherever the whole pattern does, and a pattern that opens
with a literal is searched quickly, so searching that part first skips almost every
paragraph. It is a filter only: a text it lets through is read by the whole pattern, so what
the pattern finds never changes.
"""

from __future__ import annotations

import re


def after_group(template: str) -> str | None:
    """The part of ``template`` after its first capturing group, when every match of the
    template must match it there: the group at the top level, no ``|`` at the top level
    (an alternative could skip it), and nothing after it that quantifies the group. None
    when that cannot be told (then nothing may be skipped)."""
    depth = 0
    opened: int | None = None
    closed: int | None = None
    index = 0
    while index < len(template):
        char = template[index]
        if char == "\\":
            index += 2
            continue
        if char == "[":  # a class: its brackets and bars are characters
            index = _class_end(template, index)
            continue
        if char == "(":
            if depth == 0 and opened is None and not template.startswith("(?", index):
                opened = index
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0 and opened is not None and closed is None:
                closed = index + 1
        elif char == "|" and depth == 0:
            return None
        index += 1
    if closed is None:
        return None
    rest = template[closed:]
    if not rest or rest[0] in "?*+{":
        return None
    return rest


def _class_end(template: str, start: int) -> int:
    """The index after the ``]`` that closes the character class opened at ``start``."""
    index = start + 1
    if index < len(template) and template[index] == "^":
        index += 1
    if index < len(template) and template[index] == "]":
        index += 1  # "[]…]": a first "]" is a character
    while index < len(template) and template[index] != "]":
        index += 2 if template[index] == "\\" else 1
    return index + 1


def needed(template: str, placeholders: tuple[str, ...] = ()) -> re.Pattern[str] | None:
    """A pattern that finds something in every text a pattern built from ``template`` matches,
    or None when there is none to be sure of (``placeholders``: words of the template filled
    in before it is compiled; a part after the group that holds one is not used)."""
    rest = after_group(template)
    if rest is None or any(p in rest for p in placeholders):
        return None
    try:
        return re.compile(rest)
    except re.error:
        return None
