"""An outlet named by a "Source:" label: ``SOURCE: Anadolu Agency``, ``来源:新华社``.

Kept apart from :mod:`.sources`' other cues because the label is one cue in three places,
read with one list of the label's words in many languages: a line of its own above or
below the story (a portal's provider line too: ``情報提供元: 示例新聞``, ``Provided by
Example News``; :func:`source_line`), a page's stamp run into the text with the date it was
posted (:func:`source_stamp`), and the last words of the story's last paragraphs
(:func:`source_tail`). A copy's code (``来源: sp20310314``), a person after "Provided by",
several credits, or a label between two paragraphs of the story (a picture's) names no
outlet.
"""

from __future__ import annotations

import re

from briefing.corpus.credit_place import amid_story
from briefing.corpus.credited_people import credits_several
from briefing.corpus.outlet_name import plausible_outlet
from briefing.corpus.stated import read_date
from briefing.corpus.wire_cues import canonical_source
from briefing.given_name_table import given_name

_SOURCE_WORDS = (
    r"(?:source|источник|джерело|quelle|fuente|fonte|kaynak|źródło|bron|πηγή|πηγη|izvor|извор"
    r"|източник|zdroj|sursa|sursă|forrás|kilde|källa|lähde"
    # zh (simplified, traditional), ko, ar: "来源:新华社" closing a reprinted wire story; a
    # Taiwanese page's foot says "news source" ("新聞來源:示例新聞") or "出處:" (provenance);
    # "資料來源" (data source) and "圖片來源" (picture source) name a data set's or a
    # picture's owner, and "消息來源" is a story's informant ("消息來源:知情人士"): no outlet
    r"|(?:新聞|新闻|本文|文章)?(?:来源|來源)|稿源|出處|出处|출처|المصدر"
    # a portal's line naming the house that provided its copy: "情報提供元: 示例新聞",
    # "記事提供:", "配信元:" (ja), "기사제공:" (ko); "写真提供:" (a picture's) does not open so
    r"|情報提供元|提供元|配信元|記事提供|ニュース提供元?|기사\s?제공)"
)
#: The same said in words a colon need not follow: "Provided by Example News".
_PROVIDED = (
    r"(?:(?:article|content|story|news)\s+)?provided by|bereitgestellt von|fourni par"
    r"|proporcionado por|fornito da"
)
_SOURCE_LINE = re.compile(
    rf"^\s*(?:{_SOURCE_WORDS}\s*[:：]|(?P<provided>{_PROVIDED})\s*[:：]?)"
    r"\s*(?P<name>\S.{0,80}?)\s*\.?$",
    re.I,
)
#: A provider's line set in brackets of its own, "(ニュース提供元:示例通信社)": read inside them.
_BRACKETED_LINE = re.compile(r"^\s*[(（\[【](?P<inner>[^()（）\[\]【】]+)[)）\]】]\s*$")
#: The words a provider's line without a colon ends in (``_PROVIDED``).
_BY_WORD = re.compile(r"\b(?:by|von|par|por|da)\s", re.I)
#: A code in a copy's stamp ("来源: sp20241127"): a run of digits no outlet's name holds.
_CODE = re.compile(r"\d{5,}")
# "… schwierig gestalten. Quelle: dts Nachrichtenagentur": the label closing the last paragraph.
_SOURCE_TAIL = re.compile(
    rf"[.!?»\"]\s+(?i:{_SOURCE_WORDS})\s*:\s*(?P<name>[^\W\d_][\w .&'-]{{1,50}}?)\s*\.?$"
)
# "… Greek media report. Source: B92 Wednesday, March 1, 2023 | 09:09": the page's stamp run
# into the text, the label and the outlet's name followed by the date the page was posted.
_SOURCE_STAMP = re.compile(rf"(?:^|[.!?»\"]\s+)(?i:{_SOURCE_WORDS})\s*:\s*")
_STAMP_WORD = re.compile(r"\w[\w.&'-]*")


def source_line(paragraphs: list[str]) -> str | None:
    """The outlet a label's line of its own names (``SOURCE: Anadolu Agency``,
    ``Provided by Example News``), the first such line of ``paragraphs``, or None."""
    for index, text in enumerate(paragraphs):
        if len(text) <= 120 and (":" in text or "：" in text or _BY_WORD.search(text[:40])):
            match = _SOURCE_LINE.match(_BRACKETED_LINE.sub(r"\g<inner>", text))
            name = match.group("name") if match else ""
            if match and not credits_several(name) and not amid_story(paragraphs, index):
                # "来源: sp20241127" is a copy's code; "Provided by Jane Roe" a person
                provided = match.group("provided") is not None
                words = name.split()  # "Provided by Jane Roe": a person
                person = provided and 2 <= len(words) <= 3 and given_name(words[0])
                if (
                    not _CODE.search(name)
                    and not person
                    and (not provided or plausible_outlet(name))
                ):
                    return canonical_source(name)
    return None


def source_label_name(text: str) -> str | None:
    """The words after a source label opening the line ``text`` (``来源:新华社`` → ``新华社``;
    brackets around the line taken off), whatever they name; None if no label opens it."""
    match = _SOURCE_LINE.match(_BRACKETED_LINE.sub(r"\g<inner>", text))
    return match.group("name") if match else None


def source_stamp(text: str) -> str | None:
    """The outlet of a ``Source: NAME <date with its year>`` stamp inside ``text``: one to
    four capitalised words, then a date, so a sentence that merely follows the label
    ("Source: a police officer said …") is never read as a name."""
    for label in _SOURCE_STAMP.finditer(text[:2000]):
        pos, words = label.end(), []
        for _ in range(4):
            word = _STAMP_WORD.match(text, pos)
            if word is None or not (word.group(0)[0].isupper() or word.group(0)[0].isdigit()):
                break
            words.append(word.group(0))
            pos = word.end()
            date = read_date(text, pos)
            if date is not None and date.year is not None and plausible_outlet(" ".join(words)):
                return canonical_source(" ".join(words))
            if not text.startswith(" ", pos):
                break
            pos += 1
    return None


def source_tail(paragraphs: list[str]) -> str | None:
    """The outlet a label closing one of the last two paragraphs names (``… gestalten.
    Quelle: dts Nachrichtenagentur``), or None."""
    for text in paragraphs[-2:]:
        match = _SOURCE_TAIL.search(text[-90:]) if ":" in text[-90:] else None
        if (
            match
            and plausible_outlet(match.group("name"))
            and not credits_several(match.group("name"))
        ):
            return canonical_source(match.group("name"))
    return None
