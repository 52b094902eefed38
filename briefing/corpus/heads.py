"""The top of a plain-text article: labels and headlines glued to what follows them.

Excerpts saved from the web lose their line breaks in predictable places:

- a date label and the article on one line: ``date 2024-12 Met nog precies een jaar …``;
- a headline glued to the lead: ``Notre-Dame reopens its doorsThe cathedral …`` (no space), or
  followed by a wire dateline: ``Chancellor visits Kyiv BERLIN (dpa) — The chancellor …``,
  ``Floods recede Exampleton, 17 dic. (examplenews) - The river …``
  (:mod:`briefing.corpus.glued_dateline`);
- page furniture in front of the headline: a skip link, a section kicker glued on or run
  together with the headline and its lead (:mod:`briefing.corpus.kickers`), or a rubric
  joined to the headline by a dash with the standfirst run on after it
  (:mod:`briefing.corpus.rubric_dash`).

:func:`split_heads` cuts such paragraphs where the label ends or where a sentence obviously
starts, so the label is furniture and the headline is a paragraph of its own. Nothing is
dropped: the pieces together hold every character the paragraph had (spaces aside). Only the
first few paragraphs are looked at, and only the first 300 characters of each.
"""

from __future__ import annotations

import re

from briefing.corpus.closed_kicker import closed_kicker_end
from briefing.corpus.datelines import read_dateline
from briefing.corpus.front_rubric import front_rubric
from briefing.corpus.glued_dateline import glued_dateline_start
from briefing.corpus.head_stamp import date_stamp, head_stamp, inner_stamp
from briefing.corpus.headline_shape import headline_shaped
from briefing.corpus.kickers import (
    glued_kicker_end,
    headline_kicker_end,
    is_function_word,
    lead_echo_cut,
    quoted_kicker_end,
    skip_link_end,
    standfirst_cut,
)
from briefing.corpus.labels import read_label, trailing_label
from briefing.corpus.paragraphs import RawParagraph
from briefing.corpus.rubric_dash import rubric_head
from briefing.corpus.time_strip import read_time_strip
from briefing.corpus.wire_cues import after_opening_note
from briefing.corpus.wires import WIRES

__all__ = [
    "LABEL_SECTION_WORDS",
    "glued_breaks_as_spaces",
    "heading_text",
    "is_leftover",
    "is_relative_time",
    "split_heads",
]

_TOP = 6
#: Paragraphs under the headline's where a description glued to a name is looked for.
_STORY = 40
#: Words after a label on its line that are its section ("date 2025-10-09 MIDDLE EAST"), kept
#: with the label as furniture; more are a headline or the story, cut off into a paragraph.
LABEL_SECTION_WORDS = 3
#: Agencies whose bare name may sit over a picture: the wires, and photo agencies.
_PHOTO_AGENCIES = frozenset(WIRES) | {"EPA", "EPA-EFE", "GETTY IMAGES", "SHUTTERSTOCK", "ALAMY"}
_HEAD_CHARS = 300
# "doorsThe": two lower-case letters, then a capital starting a word (not "iPhone", "McCain").
_GLUED = re.compile(r"(?<=[a-zà-ÿа-яёіїєґ]{3})(?=[A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐ][a-zà-ÿа-яёіїєґ]{2})")
# "pay off?The": a question or exclamation with no space after it (headlines do not end in a
# period, so "border.Ministers" is a glued body sentence, not a headline).
_GLUED_STOP = re.compile(r"(?<=[a-zà-ÿа-яёіїєґ][!?])(?=[A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐ][a-zà-ÿа-яёіїєґ])")
# Where a dateline may start after a headline: an upper-case word ("BERLIN", "KYIV,") or a
# capitalised word and a comma ("Roma, 4 mar."); read_dateline is tried only there.
_SPACE_CAP = re.compile(r"\s(?=[A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐ]{2,}[\s,(]|[A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐ][^\W\d_]+,\s|\()")
# "… a large number of dead PHOTO/VIDEO A passenger train …": the page's marker that the story
# has pictures, in capitals between the headline and the lead's capital.
_MEDIA = r"(?:PHOTOS?|VIDEOS?|FOTOS?|VIDÉOS?|VÍDEOS?|ФОТО|ВИДЕО|ВІДЕО|GALLERY|GALERIE)"
_MEDIA_MARK = re.compile(
    rf"(?<=\S)\s+[(\[]?{_MEDIA}(?:\s*[/+|&]\s*{_MEDIA})*[)\]]?:?\s+(?=[A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐ])"
)
_OPEN_MARK = re.compile(r"\s[(\[]|[/+|&]")
_NEXT_WORD = re.compile(r"[^\W\d_]+")
_WIKI_HEADING = re.compile(r"^(=+)\s*(?P<text>[^=].*?)\s*\1$")
# A whole line in Markdown bold, pasted into a plain-text file ("**Headline**"): its markers are
# syntax, not text. Only a headline-shaped line is taken as a heading (a bold lead sentence
# stays prose, its markers kept: a .txt file is not parsed as Markdown).
_BOLD_LINE = re.compile(r"^(\*\*|__)(?P<text>[^\s*_](?:[^*_\n]{0,298}[^\s*_])?)\1$")
# Left-overs of page chrome in saved excerpts: "- menu-icon", "![](…)", "[](…)".
_LEFTOVER = re.compile(
    r"^(?:[-*•]\s*)?(?:[\w-]+-icon|!?\[[^\]]{0,200}\]\([^)]{0,500}\)\s*)+$", re.IGNORECASE
)


# "il y a 8 heures", "vor 3 Stunden", "hace 2 horas", "2 hours ago", "8 часов назад": when a page
# was read, not when the article was published; a short line ending in one is furniture.
_RELATIVE_TIME = re.compile(
    r"(?:(?:il y a|vor|hace|há)\s+\d{1,3}\s+[^\W\d_]+"
    r"|\d{1,3}\s+[^\W\d_]+\s+(?:ago|fa|назад|тому|önce))\.?$",
    re.IGNORECASE,
)


def is_relative_time(text: str) -> bool:
    """A short line ending in a relative time (``Cultureil y a 8 heures``): page furniture."""
    return len(text) <= 80 and len(text.split()) <= 6 and bool(_RELATIVE_TIME.search(text))


def split_heads(raw: list[RawParagraph]) -> list[RawParagraph]:
    """``raw`` with labels and glued headlines in the first paragraphs cut into their own."""
    out: list[RawParagraph] = []
    prose = 0  # a headline can only be glued into the first two paragraphs of prose
    for index, paragraph in enumerate(raw):
        if index >= _TOP or paragraph.hint == "front-matter":
            out.append(paragraph)
            continue
        if _WIKI_HEADING.match(paragraph.text):  # "= Title =" is a heading, whatever the format
            out.append(RawParagraph(paragraph.text, paragraph.block, "heading"))
            continue
        following = raw[index + 1].text if prose == 0 and index + 1 < len(raw) else ""
        story = "\n".join(p.text for p in raw[index + 1 : index + _STORY]) if following else ""
        pieces = _split(
            paragraph.text, headline=prose < 2, following=following, first=not prose, story=story
        )
        typed = (_Furniture, _Caption)
        prose += any(len(p.split()) >= 4 for p in pieces if not isinstance(p, typed))
        for p in pieces:
            bold = None if isinstance(p, typed) else _BOLD_LINE.match(p)
            if bold and headline_shaped(bold.group("text")):
                out.append(RawParagraph(bold.group("text"), paragraph.block, "heading"))
            else:
                hint = p.hint if isinstance(p, typed) else paragraph.hint
                out.append(RawParagraph(p, paragraph.block, hint))
    return out


def _words_after(text: str, end: int) -> bool:
    """More words after a label than its section has: a headline or the story follows it."""
    return len(text[end:].split()) > LABEL_SECTION_WORDS


def _marks_media(match: re.Match[str], text: str) -> bool:
    """Whether a media marker between a headline and the lead is one: two joined
    (``PHOTO/VIDEO``) or bracketed (``(VIDEO)``), or followed by a capitalised function word
    (``VIDEO The…``, ``FOTO Il…``); "released the dramatic VIDEO Monday showing…" is prose."""
    if _OPEN_MARK.search(match.group(0)):
        return True
    word = _NEXT_WORD.match(text, match.end())
    return word is not None and is_function_word(word.group(0))


#: A line-break tag left literally in a headline (``<first half><br><second half>``).
_BREAK_TAG = re.compile(r"\s*<br\s*/?>\s*", re.IGNORECASE)


def heading_text(text: str) -> str:
    """``= Title =`` (a wiki heading) → ``Title``; a literal ``<br>`` where a headline breaks
    in two shown as the space a page renders it with (the reader shows text, not markup);
    other text unchanged."""
    match = _WIKI_HEADING.match(text)
    text = match.group("text") if match else text
    return _BREAK_TAG.sub(" ", text).strip() if "<" in text else text


#: A line-break tag glued to a word on either side (``half<br>half``, ``half <br/>half``): markup
#: a page left in its text. A tag with a space on both sides is a word about markup ("the <br>
#: tag") and stays.
_GLUED_BREAK = re.compile(r"[ \t]*(?:(?<=\S)<br\s*/?>|<br\s*/?>(?=\S))[ \t]*", re.IGNORECASE)


def glued_breaks_as_spaces(text: str) -> str:
    """A paragraph's left-over ``<br>`` tags shown as the space a page renders them with.

    Why: plain-text copies of pages keep a headline's or a lead's line break as the literal tag,
    and the reader shows text, never markup; titles get the same through :func:`heading_text`.
    """
    return _GLUED_BREAK.sub(" ", text) if "<" in text else text


def is_leftover(text: str) -> bool:
    """Navigation or image left-overs: ``- menu-icon``, ``![](https://…)``."""
    return len(text) <= 800 and bool(_LEFTOVER.match(text))


class _Furniture(str):
    """A piece cut off the front of a headline that is page furniture: a topic kicker, a
    strip of name and time stamps (kept as text, never the title)."""

    __slots__ = ()
    hint = "furniture"


class _Caption(str):
    """The rest of a paragraph that opens with a photo agency's credit: a caption."""

    __slots__ = ()
    hint = "caption"


def _split(
    text: str, *, headline: bool, following: str = "", first: bool = False, story: str = ""
) -> list[str]:
    """One paragraph → its label(s), its headline and the rest (``following``: the next
    paragraph, when this one is the first of prose and its lead may restate its headline;
    ``first``: the file's first line, whose date in figures may stamp it at either end;
    ``story``: the paragraphs under it, where a description glued to a name is written again)."""
    pieces: list[str] = []
    rest = text
    while (label := read_label(rest)) is not None and _words_after(rest, label.end):
        # "date 2025-10-09 MIDDLE EAST": a short rest is the section, furniture with the label.
        cut = label.end
        while cut < len(rest) and rest[cut] in " /|·•—–-":
            cut += 1  # the separator stays with the label: nothing is dropped
        pieces.append(rest[:cut].strip())
        rest = rest[cut:]
    # The page's stamp run onto the end of the headline: "… so spät? Stand: 01.11.2031 07:33".
    stamp = trailing_label(rest) if headline and len(rest) <= _HEAD_CHARS else None
    tail: list[str] = []
    if stamp is not None and len(rest[:stamp].split()) >= 3:
        rest, tail = rest[:stamp], [rest[stamp:].strip()]
    elif (
        headline
        and len(rest) <= _HEAD_CHARS
        and read_label(rest) is None
        and (bare := head_stamp(rest)) is not None
    ):
        rest, tail = rest[:bare], [_Furniture(rest[bare:].strip())]  # "… 2031年03月04日 17時41分"
    elif headline and read_label(rest) is None and (inner := inner_stamp(rest)) is not None:
        # "<headline> 2031-03-04 17:41 <byline> <lead>": the stamp, then the story run on
        at, after = inner
        rest, tail = rest[:at], [_Furniture(rest[at:after].strip()), rest[after:].strip()]
    elif first and read_label(rest) is None and (figures := date_stamp(rest)) is not None:
        # "<headline> 2031-03-04", "2031-03-04 <headline>": the page's stamp, not the title's
        at, after = figures
        if at == 0:
            while after < len(rest) and rest[after] in " |·•—–-":
                after += 1  # the separator stays with the stamp: nothing is dropped
            pieces.append(_Furniture(rest[:after].strip()))
            rest = rest[after:]
        else:
            rest, tail = rest[:at], [_Furniture(rest[at:].strip())]
    # Page furniture glued in front of the headline: a skip link, then a section kicker.
    for find in (skip_link_end, glued_kicker_end) if headline else ():
        front = find(rest)
        if front:
            pieces.append(rest[:front].strip())
            rest = rest[front:]
    # "NOS Nieuws • vandaag, 09:25 Headline": the page's strip of who and when.
    strip = read_time_strip(rest) if headline else None
    if strip is not None and len(rest[strip.end :].split()) >= 3:
        pieces.append(_Furniture(rest[: strip.end].strip()))
        rest = rest[strip.end :]
    # "SOS «Example»Ship runs aground": a kicker glued to the headline by its closing quote.
    if headline and (front := closed_kicker_end(rest)):
        pieces.append(_Furniture(rest[:front].strip()))
        rest = rest[front:]
    # "Example Bank buys Rival«This is the safest way»": a kicker glued to a quoted headline.
    if headline and (front := quoted_kicker_end(rest)):
        pieces.append(_Furniture(rest[:front].strip()))
        rest = rest[front:]
    # A topic kicker of a few words before a sentence-case headline: furniture, not the title.
    elif headline and (front := headline_kicker_end(rest)):
        kicker = rest[:front].strip()
        pieces.append(_Furniture(kicker))
        rest = rest[front:]
        if kicker.upper() in _PHOTO_AGENCIES:  # "AFP De schade is groot, …": a caption
            pieces.append(_Caption(rest.strip()))
            rest = ""
    # "Transfer window Exa signs for Rovers The league …": a rubric glued before the headline
    glued = front_rubric(rest, following, story) if headline and following else None
    if glued is not None and not read_label(rest):
        opens, closes = glued
        pieces.append(_Furniture(rest[:opens].strip()))
        if closes is not None:  # the standfirst run on after the headline: its own paragraph
            tail.insert(0, rest[closes:].strip())
            rest = rest[opens:closes]
        else:
            rest = rest[opens:]
    rubric = rubric_head(rest) if headline and not read_label(rest) else None
    cut_at = _headline_end(rest) if headline and not rubric and not read_label(rest) else None
    if rubric:  # "<rubric> – <headline> <standfirst>.": the rubric is furniture, not the title
        opens, closes = rubric
        pieces.extend((_Furniture(rest[:opens].strip()), rest[opens:closes], rest[closes:]))
    elif cut_at:
        pieces.extend((rest[:cut_at].strip(), rest[cut_at:].strip()))
    elif headline and not read_label(rest) and (echo := lead_echo_cut(rest)):
        section, lead = echo  # "Politik | Prevost neuer Papst | Der US-Amerikaner …"
        head = 0 if section is None else section
        pieces.extend((rest[:head], rest[head:lead].strip(), rest[lead:].strip()))
    elif headline and following and (end := standfirst_cut(rest, following)):
        pieces.extend((rest[:end].strip(), rest[end:].strip()))  # "Headline Standfirst."
    else:
        pieces.append(rest.strip())
    pieces.extend(tail)
    return [p if isinstance(p, (_Furniture, _Caption)) else p.strip() for p in pieces if p.strip()]


def _headline_end(text: str) -> int | None:
    """Where a headline glued to the next sentence ends, or None if nothing obviously starts."""
    head = text[:_HEAD_CHARS]
    # A headline holds no sentence end: only what comes before the first one can be it.
    stop = _SENTENCE_END.search(head)
    head = head[: stop.start() + 2] if stop else head
    if len(head.split()) < 4 or read_label(text) is not None or read_dateline(text) is not None:
        return None
    if after_opening_note(text) is not None:
        return None  # "(Correction of …)LISBON (Example) - …": a note and a dateline, no headline
    for pattern in (_GLUED_STOP, _GLUED):
        for match in pattern.finditer(head):
            if _inner_capital(text, match.start()):
                continue  # "by CrowdStrike, … Because CrowdStrike is …": a name, not a join
            if _open_quote(head[: match.start()]):
                continue  # "… и «МегаФона» …": a quoted name's inner capital, not a join
            if _headline_words(head[: match.start()]):
                return match.start()
            break
    for match in _MEDIA_MARK.finditer(head):
        if _headline_words(head[: match.start()]) and _marks_media(match, text):
            return match.start()
    for match in _SPACE_CAP.finditer(head):
        start = match.end()
        if _glossed(head[:start], text[start:]):
            continue  # "told Example Media (EM) - a local site -": a name's initials, in prose
        if _headline_words(head[:start]) and read_dateline(text[start:]) is not None:
            return start
    # "Headline Exampleton, 17 dic. (examplenews) - The …": an agency in a spelling of its own,
    # which read_dateline does not take for one (it knows no word lists)
    glued = glued_dateline_start(text) if "(" in text[:_HEAD_CHARS] else None
    return glued if glued and _headline_words(text[:glued]) else None


def _open_quote(text: str) -> bool:
    """Whether ``text`` leaves a guillemet or a low opening quote unclosed: a headline is never
    cut inside a quotation (``«Exa`` before ``Phone»`` is one quoted name)."""
    closing = text.count("“") + text.count("”")
    return text.count("«") > text.count("»") or text.count("„") > closing


#: Languages whose word lists are asked whether a glued-looking token is a word.
_WORD_LANGUAGES = ("en", "de", "fr", "es", "it")


def _inner_capital(text: str, at: int) -> bool:
    """Whether the capital at ``at`` is inside one word, not a glued sentence's start: the
    paragraph writes the whole word twice ("CrowdStrike … CrowdStrike": a brand's inner
    capital recurs, a missing space, "flightsThe world", does not), or wordfreq knows it
    ("YouTube", in one of the word lists)."""
    start, end = at, at
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    while end < len(text) and text[end].isalpha():
        end += 1
    word = text[start:end]
    if not word:
        return False
    if len(re.findall(rf"(?<!\w){re.escape(word)}(?!\w)", text)) >= 2:
        return True
    from briefing.corpus.wordlists import known  # deferred: only for a token of this shape

    return any(known(word.casefold(), lang, "best") for lang in _WORD_LANGUAGES)


_BRACKETED = re.compile(r"\(([A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐ]{2,6})\)")


def _glossed(before: str, after: str) -> bool:
    """Whether ``after`` opens with the initials of the capitalised words ending ``before``
    ("Example Media" then "(EM)", "Bureau of Investigation" then "(BI)"): a name and its
    abbreviation written together in a sentence, never a wire credit between a headline and
    its lead (a credit's agency is not the last words of the headline)."""
    bracket = _BRACKETED.match(after)
    if bracket is None:
        return False
    name: list[str] = []
    for word in reversed(before.split()):
        if word[:1].isupper():
            name.insert(0, word)
        elif len(word) > 3 or not name:  # "of", "de", "la" may sit inside the name
            break
    return len(name) >= 2 and "".join(w[0] for w in name).endswith(bracket.group(1))


_SENTENCE_END = re.compile(r"[.!?…]\s")


def _headline_words(text: str) -> bool:
    """3–25 words with no sentence inside, not ending like one that continues (a comma)."""
    words = text.split()
    if not 3 <= len(words) <= 25 or re.search(r"[.!?…]\s", text):
        return False
    return text.rstrip()[-1:] not in ",;:(."
