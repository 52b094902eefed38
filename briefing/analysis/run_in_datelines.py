"""A wire's dateline run into the first sentence: where it ends and the writer's prose begins.

Split from :mod:`.date_sentences` (which reads a paragraph's date phrases sentence by
sentence): the dateline ("KYIV, May 3 (Reuters) - …", "Paiporta, 30 d'octubre – …",
"新华社北京5月3日电 …") is the agency's, dating the filing, and the prose after it is the
story's, so the sentence is cut in two before its dates are read. Kept apart because telling a
dateline from prose that opens on a place and a date ("Paris, on 3 May 2031, signed …") is a
question of its own, with its own patterns and the city table.
"""

from __future__ import annotations

import re

from briefing.analysis.dates import DatePhrase
from briefing.analysis.marked_dates import dispatch_end

#: A dateline's head and tail: a place and a comma opening the sentence, then after the date
#: at most an agency in brackets and a dash ("KYIV, 3 May (AFP) – ", "Paiporta, 30 d'octubre –").
_DATELINE_HEAD = re.compile(r"\s*(?P<place>[^\W\d_][\w'’.\-]*(?:\s+[^\W\d_][\w'’.\-]*){0,2}),\s*$")
_DATELINE_TAIL = re.compile(r"\s*(?:\([^()]{1,40}\)\s*)?[–—-]\s")
#: The same with no dash: an agency's initials in brackets and the lead's capital at once
#: ("London, May 19 (EXA) The …", as :func:`briefing.corpus.datelines.read_dateline` reads
#: it); a word in the brackets ("(Friday)") or a lower-case word after them is prose.
_DASHLESS_TAIL = re.compile(r"\s*\((?:[A-Z]{2,8}|[А-ЯЁІЇЄҐ]{2,8})\)( )(?=[\"“„«]?[^\W\d_])")


def _dateline_like(sentence: str, phrase: DatePhrase) -> bool:
    """A dateline run into the text: where and when the report was filed ("Paiporta, 30 October
    2031 – The town …", "KYIV, May 3 (Reuters) - …"), not an event of the story. The place must
    be a city GeoNames knows, written capitalised, alone before the date, and a dash must end
    the dateline: "Paris, on 3 May 2031, signed …" and "Ahmed, 3 May 2031 – …" are not one."""
    if phrase.kind != "absolute":
        return False
    head = _DATELINE_HEAD.fullmatch(sentence, 0, phrase.start)
    if head is None or _tail(sentence, phrase.end) is None:
        return False
    place = head["place"]
    if not all(word[0].isupper() for word in place.split()):
        return False
    from briefing.geodata import is_city_name  # the city table loads only for a candidate

    return is_city_name(place) or (place.isupper() and is_city_name(place.title()))


def _tail(sentence: str, pos: int) -> int | None:
    """Where a dateline's tail after its date at ``pos`` ends (after the space that follows
    its dash, or its bracket when it has none and the lead opens on a capital), or None."""
    tail = _DATELINE_TAIL.match(sentence, pos)
    if tail is not None:
        return tail.end()
    bare = _DASHLESS_TAIL.match(sentence, pos)
    if bare is None or not sentence[bare.end() :].lstrip('"“„«')[:1].isupper():
        return None
    return bare.end()


def dateline_end(sentence: str, phrase: DatePhrase) -> tuple[int, int] | None:
    """Where a dateline opening ``sentence`` with ``phrase`` ends and its prose begins: after
    the dash of "KYIV, May 3 (Reuters) - …" (:func:`_dateline_like`) or the dispatch mark of
    "新华社北京5月3日电 …" (:func:`~.marked_dates.dispatch_end`); None when it opens none."""
    if _dateline_like(sentence, phrase):
        tail = _tail(sentence, phrase.end)
        assert tail is not None
        return tail - 1, tail  # the dash's end (or the bracket's); the prose starts after it
    end = dispatch_end(sentence, phrase.start, phrase.end) if phrase.kind == "absolute" else None
    if end is None:
        return None
    return end, end + len(sentence[end:]) - len(sentence[end:].lstrip())
