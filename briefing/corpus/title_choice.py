"""Second thoughts on a headline-shaped line picked as the title: is it this story's?

:func:`briefing.corpus.title_window.title_index` takes the first headline-shaped line above the
story. Pages pasted whole put other headlines there first: a breaking-news ticker about
another story, a service label of the site ("服务粉丝"), a story package's name that heads
each of its stories ("Situation in X After Y", again later above another story's headline).
Two tests tell such a line from the headline, in any language:

- **The lead shares none of its words.** A headline restates its story: at least one of its
  content words (four letters or more, no function word; for Han, kana or Hangul, two
  characters running together: Korean words carry their particles, so pairs compare better)
  comes back in the story's first paragraph of prose. A line that shares none with it is
  about something else — but a witty headline may share none either, so the line is only
  passed over when a later line above the lead restates it (half its content words, a fifth
  of its pairs of characters).
- **It heads another story too.** A package label recurs further down the page right above a
  different headline-shaped line: a line that names two stories is a section, not a title.

A page may also set its headline block *below* the lead (a lead paragraph, then the headline,
then the byline ``di Jane Roe``): when no headline-shaped line comes before the story, a
headline-shaped line right after its first paragraph is the title if the next line is a byline
and the lead repeats one of its content words (:func:`late_headline`). A subhead inside a story
is followed by more story, never by the author's name.

A numbered breadcrumb's items (``1. News`` ``2. World`` ``3. <headline>``) are never taken
as the title: the headline itself comes after them.

A page saved whole puts its menus, a browser notice or a weather widget above the headline,
and some of those lines are headline-shaped. The article's own stamp (a line that is only its
date and time) is set against its headline, above or below it; so when such a stamp comes two
lines or more below the picked line and before its story (a paragraph of prose the picked
line shares no word with is a notice, not its story), the headline-shaped line next to the
stamp (captions and doubled lines between them skipped: a picture's caption, or a note given
twice, is no headline) is the title if it shares more words with the lead than the picked line
does (:func:`stamp_headline`): the headline nearest the story, not the first line of the page.
A line by the stamp that the picked line contains is its keywords, never a second headline
(:mod:`briefing.corpus.keyword_line`).

A kicker may stand above the headline (a line of its own, headline-shaped too): when the
line right under the picked one is headline-shaped, and the page repeats it further down
(a saved page sets its headline again over its pictures) while the picked line comes back
nowhere, the repeated line is the headline and the picked one its kicker (a line given twice
in a row is a picture's caption doubled, no headline)
(:func:`repeated_headline`).

A page may also lift a subhead of the story above its headline (a teaser, no title): when the
line right under the picked one is headline-shaped and restates the lead (half its content
words) while the picked line does not, and the picked line restates a paragraph further down
the story better than the lead, the picked line heads that later paragraph and the line under
it is the headline (:func:`teaser_over_headline`). A headline over its standfirst is no such
pair: the standfirst runs longer than the headline (half as long again, in words; a
standfirst restates the lead and may leave the headline's words to later paragraphs).

A page's comment or share counter may be left at the headline's end (``<headline> 0``): when
the lead right under it opens with the headline's own words up to the number, and the number
does not follow them there, the number is the page's, not the headline's
(:func:`drop_counter`). A number the lead repeats ("… of 2031" over "… of 2031 was") stays.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence

from briefing.corpus.headline_shape import headline_shaped, is_prose
from briefing.corpus.keyword_line import within_headline
from briefing.corpus.kickers import is_function_word
from briefing.corpus.labels import read_label

__all__ = [
    "drop_counter",
    "echo",
    "heads_another_story",
    "is_byline",
    "is_list_item",
    "late_headline",
    "lead_index",
    "long_sentence",
    "repeated_headline",
    "restates",
    "stamp_headline",
    "teaser_over_headline",
]

#: Han ideographs, kana and Hangul: written without spaces between words.
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_NUMBERED = re.compile(r"(\d{1,2})\.\s+\S")
#: How far below the picked line its story's lead is looked for.
_LEAD_REACH = 24
_WORDS_SHARE, _PAIRS_SHARE = 0.5, 0.2
#: A byline alone on its line: a word for "by" in the languages read, then one to four names.
_BYLINE = re.compile(
    r"(?i:by|par|von|di|da|por|door|av|af|от|від|автор:?)\s+"
    r"[A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐ][^\W\d_]+(?:['’-][^\W\d_]+)?"
    r"(?:\s+(?:(?i:de|di|da|van|von|der|le|la)\s+)?[A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐ][^\W\d_]+(?:['’-][^\W\d_]+)?){0,3}"
)


def late_headline(texts: list[str], kinds: Sequence[str]) -> int | None:
    """The headline set below the lead: the line after the story's first paragraph (of prose,
    among the first six) when it is headline-shaped, the line after it a byline, and the lead
    repeats one of its content words; else None."""
    first = next((i for i, k in enumerate(kinds[:6]) if k == "body"), None)
    if first is None or first + 2 >= len(texts) or kinds[first + 1] != "body":
        return None
    line = first + 1
    if not is_prose(texts[first]) or not headline_shaped(texts[line]):
        return None
    if _BYLINE.fullmatch(texts[line + 1].strip()) is None:
        return None
    return line if echo(texts[line], texts[first]) > 0 else None


def lead_index(texts: list[str], after: int) -> int | None:
    """The first paragraph of prose below ``after`` (:func:`~.headline_shape.is_prose`), or a
    sentence of 20 words or more (a page that sets each sentence apart)."""
    for i in range(after + 1, min(len(texts), after + 1 + _LEAD_REACH)):
        text = texts[i]
        if is_prose(text) or long_sentence(text):
            return i
    return None


def long_sentence(text: str) -> bool:
    """A sentence of 20 words or more, ending the paragraph: the story's lead, never a headline
    (a headline is shorter and ends in no full stop), even when the page sets it apart."""
    return len(text.split()) >= 20 and text.rstrip('"”’»)').endswith((".", "!", "?"))


def echo(line: str, lead: str) -> float:
    """The share of ``line``'s content words (four letters or more, no function word; in a
    script without spaces, its pairs of characters) that ``lead`` repeats, endings aside."""
    lead_words = {w.casefold() for w in _WORD.findall(lead[:1500])}
    words = [w.casefold() for w in _WORD.findall(line) if not _CJK.search(w)]
    content = [w for w in words if len(w) >= 4 and not is_function_word(w)]
    pairs = {a + b for a, b in itertools.pairwise(line) if _CJK.match(a) and _CJK.match(b)}
    units = len(content) + len(pairs)
    if not units:
        return 0.0
    repeated = sum(any(_same(w, other) for other in lead_words) for w in content)
    repeated += sum(pair in lead[:1500] for pair in pairs)
    return repeated / units


def restates(line: str, lead: str) -> bool:
    """Whether ``line`` restates ``lead``: half its content words come back in it, or, in a
    script without spaces, a fifth of its pairs of characters (about half of all pairs
    straddle two words, and a Chinese headline's particles and numerals seldom recur)."""
    cjk = len(_CJK.findall(line)) > len(line) // 2
    return echo(line, lead) >= (_PAIRS_SHARE if cjk else _WORDS_SHARE)


def _same(a: str, b: str) -> bool:
    """The same word, endings aside: equal, or the first five letters shared ("Nijer'de",
    "Nijer'in"; "Brücke", "Brücken")."""
    return a == b or (len(a) >= 5 and len(b) >= 5 and a[:5] == b[:5])


def is_byline(text: str) -> bool:
    """Whether ``text`` opens with a byline: a word for "by", then a name (``Von Jane Roe``)."""
    return _BYLINE.match(text) is not None


def is_list_item(texts: list[str], i: int) -> bool:
    """``3. <headline>`` right after ``2. <section>``: an item of a numbered breadcrumb."""
    here = _NUMBERED.match(texts[i])
    before = _NUMBERED.match(texts[i - 1]) if i > 0 else None
    return bool(here and before and int(here.group(1)) == int(before.group(1)) + 1)


def heads_another_story(
    texts: list[str], i: int, norm: Callable[[str], str], reach: int = 200
) -> bool:
    """Whether the line ``texts[i]`` recurs further down right above a headline-shaped line
    other than the one below its first place: a package's label over another story."""
    wanted = norm(texts[i])
    below = norm(texts[i + 1]) if i + 1 < len(texts) else ""
    longest = 2 * len(texts[i]) + 10  # a cheap test first: only a line of about its length
    for j in range(i + 2, min(len(texts) - 1, i + reach)):
        if len(texts[j]) > longest or norm(texts[j]) != wanted:
            continue
        nxt = texts[j + 1]
        if norm(nxt) not in (below, wanted) and headline_shaped(nxt):
            return True
    return False


#: How far below the picked line an article's stamp is looked for, and how many captions or
#: doubled lines may stand between the stamp and its headline.
_STAMP_REACH, _STAMP_STEPS = 12, 3


def stamp_headline(texts: list[str], kinds: Sequence[str], picked: int) -> int | None:
    """The headline set against the article's stamp, when the page's first headline-shaped
    line (``picked``) is further up and shares fewer words with the lead (module doc); else
    None."""
    for stamp in range(picked + 2, min(len(texts), picked + _STAMP_REACH)):
        if is_prose(texts[stamp]) and echo(texts[picked], texts[stamp]) > 0:
            return None  # the picked line's story has begun: a date below it dates another
        label = read_label(texts[stamp]) if len(texts[stamp]) <= 60 else None
        if label is None or label.date.day is None or label.date.year is None:
            continue
        for line in (_next_line(texts, kinds, stamp, -1), _next_line(texts, kinds, stamp, 1)):
            if line is None or line - picked < 2 or not headline_shaped(texts[line]):
                continue
            if within_headline(texts[line], texts[picked]):
                continue  # the headline's own keywords by the stamp (keyword_line)
            lead = lead_index(texts, max(line, stamp))
            if lead is None:
                continue
            if echo(texts[line], texts[lead]) > echo(texts[picked], texts[lead]):
                return line
        return None
    return None


def _next_line(texts: list[str], kinds: Sequence[str], start: int, step: int) -> int | None:
    """The first line from ``start`` in direction ``step`` that is neither a caption nor one
    of two equal lines in a row, within a few lines."""
    i = start + step
    for _ in range(_STAMP_STEPS):
        if not 0 <= i < len(texts):
            return None
        doubled = any(
            0 <= j < len(texts) and j != i and texts[j].strip() == texts[i].strip()
            for j in (i - 1, i + 1)
        )
        if kinds[i] != "caption" and not doubled:
            return i
        i += step
    return None


#: "<headline> 0": a number alone after the headline's last word.
_TRAILING_NUMBER = re.compile(r"(?P<head>.*[^\W\d_].*?)\s+(?P<number>\d{1,6})")


def drop_counter(title: str, after: Sequence[str]) -> str:
    """``title`` without a counter left at its end (module doc), judged on the first non-empty
    line of ``after``; else ``title`` unchanged."""
    match = _TRAILING_NUMBER.fullmatch(title.strip())
    lead = next((t.strip() for t in after[:2] if t.strip()), "")
    if match is None or len(match.group("head").split()) < 3:
        return title
    head, number = match.group("head"), match.group("number")
    rest = lead[len(head) :] if lead.startswith(head) else None
    if rest is None or rest.lstrip().startswith(number) or rest[:1].isalnum():
        return title
    return head


def repeated_headline(texts: list[str], picked: int, norm: Callable[[str], str]) -> int:
    """The line under ``picked`` when the page repeats it and not ``picked`` (module doc): a
    kicker above the headline; else ``picked``."""
    below = picked + 1
    if below >= len(texts) or not headline_shaped(texts[below]):
        return picked
    kicker, headline = norm(texts[picked]), norm(texts[below])
    later = [norm(text) for text in texts[below + 1 :] if len(text) <= 2 * len(texts[below])]
    if later[:1] == [headline]:
        return picked  # a line given twice in a row is a picture's caption, doubled
    if headline in later and kicker not in later and kicker != headline:
        return below
    return picked


#: How far below the lead the paragraph a teaser heads is looked for.
_TEASER_REACH = 30


def teaser_over_headline(texts: list[str], picked: int) -> int:
    """The line under ``picked`` when ``picked`` is a subhead of the story lifted above the
    headline (module doc); else ``picked``."""
    below = picked + 1
    if below >= len(texts) or not headline_shaped(texts[below]) or _BYLINE.match(texts[below]):
        return picked
    lead = lead_index(texts, below)
    if lead is None or lead != lead_index(texts, picked) or lead == below:
        return picked
    line, first = texts[picked], echo(texts[picked], texts[lead])
    if len(texts[below].split()) > 1.5 * len(line.split()):
        return picked  # a standfirst under its headline
    if not restates(texts[below], texts[lead]) or restates(line, texts[lead]):
        return picked
    for later in texts[lead + 1 : lead + 1 + _TEASER_REACH]:
        if is_prose(later) and restates(line, later) and echo(line, later) > first:
            return below
    return picked
