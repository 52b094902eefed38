"""Paragraphs → kinds and metadata, for every format.

The readers (plain text, Markdown, HTML) turn a file into :class:`RawParagraph` s plus whatever
metadata the file *declares* (front matter, ``<meta>`` tags). This module fills in the rest
from the text and records where every value came from:

- ``front-matter``: declared by the file itself (YAML front matter, HTML ``<meta>``, ``lang``);
- ``heuristic``: inferred from the text (a headline-shaped line, a dateline, ``SOURCE:``);
- ``fallback``: a stand-in so the UI has something to show (a title cut from the first sentence,
  :mod:`.fallback_titles`);
- ``unknown``: the article does not say; the value is None.

**Dates.** Only a date with a year is used, and only where it states *publication*, strongest
first: a publication label in any of the briefing's languages (``date 2025-10-09``, ``Published
on …``, ``Опубликовано …``, ``Veröffentlicht am …``; see :mod:`briefing.corpus.labels`), a date
line at the top (``October 9, 2025``, ``4. März 2025, 10:22 Uhr``), a wire dateline
(``LONDON, Oct 8, 2025 (Reuters) -``, ``МОСКВА, 9 октября 2025. /ТАСС/.``), a wire byline
(``Von dpa 8. Mai 2025``), or — last — the date of the photo captions (``…Wednesday, Oct. 8,
2025. (… via AP)``), only when every dated picture is of one day and no caption opens with a
dateline of its own (see :mod:`.publication_date`). Dates of events in the
body ("arrived on October 8") are never used: seeds 002 and 004 mention only "October 8/9/10"
without a year and get no date, rather than an invented year. A top date line or dateline
without a year ("October 9", ``Roma, 4 mar.``) borrows the year only if the article states
exactly one year in full dates or a copyright line. A label that states only a month
(``date 2024-12``) gives the 1st with ``date_precision = "month"``, so no day is ever shown
that the text does not state. A day label the article's own dates contradict yields to them, or
to no date (:mod:`.stale_label`).

**Top of the text.** :func:`briefing.corpus.heads.split_heads` first cuts labels and glued
headlines off the first paragraphs, so a label never becomes part of a title.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from briefing.corpus import caption_label, contact, foreign_line
from briefing.corpus import furniture as fx
from briefing.corpus.author_outlet import is_author_outlet_line
from briefing.corpus.bureau_credit import bureau_credit_line
from briefing.corpus.byline_outlet import is_person_byline, is_place_byline
from briefing.corpus.byline_stamp import is_byline_stamp
from briefing.corpus.calendar_line import is_calendar_line
from briefing.corpus.closing_credit import closing_wire
from briefing.corpus.closing_stamp import closing_stamp
from briefing.corpus.comment_counter import is_comment_counter
from briefing.corpus.copyright_caption import is_copyright_caption
from briefing.corpus.date_only_line import date_only_indices
from briefing.corpus.datelines import read_dateline
from briefing.corpus.embedded_post import is_embedded_post
from briefing.corpus.fallback_titles import after_dateline, fallback_lead, fallback_title
from briefing.corpus.forum_header import is_forum_header
from briefing.corpus.glued_crumb import headline_below
from briefing.corpus.heads import (
    LABEL_SECTION_WORDS,
    glued_breaks_as_spaces,
    heading_text,
    is_leftover,
    is_relative_time,
    split_heads,
)
from briefing.corpus.image_element import image_element_text, is_image_element
from briefing.corpus.labels import is_stamp, read_label
from briefing.corpus.language import detect_language, overruled
from briefing.corpus.link_block import mark_link_block
from briefing.corpus.logo_byline import read_logo_byline
from briefing.corpus.masthead import masthead_outlet
from briefing.corpus.never_headline import drop_pager, is_breadcrumb, never_headline
from briefing.corpus.page_lists import mark_page_lists, split_related_tail
from briefing.corpus.page_prompts import (
    is_advert,
    is_app_prompt,
    is_follow_prompt,
    is_read_counter,
)
from briefing.corpus.paragraphs import RawParagraph
from briefing.corpus.picture_widget import is_picture_widget
from briefing.corpus.place_credit import place_credit_line
from briefing.corpus.publication_date import _find_date
from briefing.corpus.reporter_line import is_reporter_line
from briefing.corpus.share_banner import banner_over_share, is_share_widget
from briefing.corpus.short_headline import short_headline
from briefing.corpus.site_dateline import first_site_dateline, site_dateline_outlet
from briefing.corpus.skip_links import mark_skip_links, skip_link_outlet
from briefing.corpus.slashed_credit import mark_slashed_credits
from briefing.corpus.sources import (
    WIRES,
    agency_signature,
    find_source,
)
from briefing.corpus.stamp_opening import source_stamp_day
from briefing.corpus.stamp_outlet import is_stamp_line
from briefing.corpus.tag_line import is_tag_line
from briefing.corpus.taxonomy import is_category_label, is_keyword_label
from briefing.corpus.time_strip import is_time_strip
from briefing.corpus.title_choice import (
    drop_counter,
    late_headline,
)
from briefing.corpus.title_label import labelled_title
from briefing.corpus.title_rubric import drop_rubric
from briefing.corpus.title_tag import drop_tag
from briefing.corpus.title_window import norm as _norm
from briefing.corpus.title_window import strip_site as _strip_site
from briefing.corpus.title_window import title_index as _title_index
from briefing.corpus.wire_caption import is_wire_caption
from briefing.model import Paragraph, ParagraphKind, Provenance

__all__ = ["Classified", "classify"]

FIELDS = ("title", "source", "date", "author", "url", "language")
_TOP = 6
Foreign = foreign_line.Foreign


@dataclass(slots=True)
class Classified:
    """Paragraphs with kinds, the metadata fields and each field's provenance."""

    paragraphs: tuple[Paragraph, ...]
    values: dict[str, Any] = field(default_factory=dict)
    provenance: dict[str, Provenance] = field(default_factory=dict)


def classify(
    raw: list[RawParagraph],
    declared: dict[str, Any] | None = None,
    declared_provenance: dict[str, Provenance] | None = None,
) -> Classified:
    """Give every paragraph a kind and fill each metadata field, declared values first."""
    declared = {k: v for k, v in (declared or {}).items() if v not in (None, "")}
    prov_in = declared_provenance or {}
    precision = declared.pop("date_precision", None)  # a property of the date, not a field
    raw = split_related_tail(split_heads(raw))
    texts = [p.text for p in raw]
    kinds: list[ParagraphKind] = [_intrinsic_kind(p) for p in raw]
    _mark_footer(texts, kinds)
    contact.mark_author_names(texts, kinds)
    mark_page_lists(texts, kinds)
    mark_link_block(texts, kinds)  # "<rates>" and "- <headline>" ×3 over the story
    mark_skip_links(texts, kinds)  # "1. Skip to content": navigation, never the title
    mark_slashed_credits(texts, kinds)  # "<caption>" over "AP/Example/Jane Roe": no headline
    if kinds and kinds[-1] == "body" and texts[-1].strip() and closing_wire(texts, WIRES):
        kinds[-1] = "meta"  # "AFP" closing the story: its credit, not a line of it
    if (stamp := closing_stamp(texts)) is not None and kinds[stamp[1]] == "body":
        kinds[stamp[1]] = "meta"  # "Example通信 2031年03月14日19時05分": a stamp, not a line of it
    if kinds and kinds[0] == "body" and masthead_outlet(texts):
        kinds[0] = "meta"  # "Example" over the page's "download the example app": its masthead
    if kinds and kinds[0] == "body" and banner_over_share(texts):
        kinds[0] = "meta"  # "示例新闻" over "—分享—": an app's banner, no headline (share_banner)
    for i in (i for i in range(min(len(texts), 8)) if read_logo_byline(texts[i])):
        kinds[i] = "meta"  # "示例新聞 のロゴ 示例新聞 2031/03/14 23:07": a byline (logo_byline)

    values: dict[str, Any] = {}
    provenance: dict[str, Provenance] = {}
    for name, value in declared.items():
        values[name] = value
        provenance[name] = prov_in.get(name, "front-matter")
    if precision == "month" and "date" in values:
        values["date_precision"] = "month"

    # "記事名:「 <headline>": a line of the text (a front matter's field is declared already)
    lines = [t if k == "body" else "" for t, k in zip(texts, kinds, strict=True)]
    labelled = None if "title" in values else labelled_title(lines)
    if labelled is not None:
        kinds[labelled[0]] = "meta"  # the field's line: the label is no word of the title
        values["title"], provenance["title"] = labelled[1], "heuristic"
    # a quote: no title; the article's language read without the posts set into it, as below
    posts_aside = [t for t in texts if not is_embedded_post(t)] or texts
    foreign = foreign_line.foreign_lines(declared.get("language"), posts_aside)
    top = [i for i, k in enumerate(kinds[: _TOP + 2]) if k == "body"]
    for i in date_only_indices(texts, top, lambda: _language(declared, texts, kinds)):
        kinds[i] = "meta"  # "الاثنين - 29 أبريل 2031": the page's day, never the headline
    title_index = _title_index(raw, kinds, declared.get("title") or values.get("title"), foreign)
    if title_index is not None and (alone := headline_below(texts, title_index)) is not None:
        kinds[title_index] = "meta"  # "HomeWorld<headline>" over "<headline>": its breadcrumb
        title_index = alone
    if title_index is not None:
        kinds[title_index] = "title"
        _mark_deks(raw, kinds, title_index)
        if "title" not in values:
            values["title"], site = _strip_site(heading_text(texts[title_index]))
            values["title"] = drop_counter(values["title"], texts[title_index + 1 :])  # "… 0"
            values["title"] = drop_tag(values["title"])  # "<keyword>|<headline>"
            values["title"] = drop_rubric(values["title"])  # "<headline> Фотографии"
            values["title"] = drop_pager(values["title"])  # "<headline> (1/2)": the pager's
            provenance["title"] = "heuristic"
            if site and "source" not in values:
                values["source"] = site
                provenance["source"] = "heuristic"
    elif "title" not in values and (late := late_headline(texts, kinds)) is not None:
        kinds[late] = "title"  # the headline under the lead: the lead stays the story's
        values["title"], provenance["title"] = heading_text(texts[late]), "heuristic"
    elif "title" not in values and (short := short_headline(texts, kinds)) is not None:
        kinds[short] = "title"  # "Flut" over "Die Flut hat …": its lead takes the word up
        values["title"], provenance["title"] = texts[short].strip(), "heuristic"
    _mark_title_echoes(texts, kinds, values.get("title"))
    if "title" not in values:
        body = [
            t
            for t, k in zip(texts, kinds, strict=True)
            if k in ("body", "dek")
            and not is_place_byline(t)  # "Von Jane Roe, New York"
            and not never_headline(t)  # "Image caption …", "来源:示例社": the page's, no lead
        ]
        lead = fallback_lead([t for t in body if not foreign(t)])  # no post quoted in English
        language = declared.get("language") or "en"
        title = fallback_title(after_dateline(lead), language) if lead is not None else None
        if title:
            values["title"], provenance["title"] = title, "fallback"

    heuristics = {
        # the language first: a label's check against the story's dates reads them in it
        "language": lambda: detect_language(_language_sample(texts, kinds)),
        # "跳转到更多Example网站" ("skip to more Example sites"): the house, when nothing else is
        "source": lambda: (
            first_site_dateline(texts)
            or find_source(texts, title=values.get("title"))
            or skip_link_outlet(texts, kinds)
        ),
        "date": lambda: _find_date(texts, kinds, values),
        "author": lambda: _first(fx.byline_author(t) for t in texts[: _TOP + 2]),
        "url": lambda: _first(fx.url_line(t) for t in texts[:_TOP] + texts[-3:]),
    }
    for name, find in heuristics.items():
        if name in values:
            continue
        value = find()
        if value is None:
            provenance[name] = "unknown"
        else:
            values[name], provenance[name] = value, "heuristic"
    if "language" in declared and (code := overruled(values["language"], " ".join(texts)[:4000])):
        values["language"], provenance["language"] = code, "heuristic"  # lang="kr", Korean text
    if provenance.get("title") is None:
        provenance["title"] = "unknown"
    # a picture's markup is shown by its alt text, never its data URI (:mod:`.image_element`),
    # and a "<br>" glued into a line as the space a page renders (:mod:`.heads`)
    texts = [
        image_element_text(t) or t if k == "boilerplate" else glued_breaks_as_spaces(t)
        for t, k in zip(texts, kinds, strict=True)
    ]
    paragraphs = tuple(Paragraph(t, k) for t, k in zip(texts, kinds, strict=True))
    return Classified(paragraphs, values, provenance)


def _intrinsic_kind(p: RawParagraph) -> ParagraphKind:
    """The kind a paragraph has on its own, whatever surrounds it."""
    text = p.text
    if p.hint in ("front-matter", "furniture"):
        return "meta"
    if p.hint == "boilerplate":
        return "boilerplate"  # a related list run into the story's last line
    if is_follow_prompt(text) or is_app_prompt(text) or is_read_counter(text) or is_advert(text):
        return "boilerplate"  # the site talking to its reader, not the story
    if is_share_widget(text):
        return "boilerplate"  # "—分享—", "Partager": a share button's label (share_banner)
    if is_tag_line(text):
        return "meta"  # "'Exampleton' 'ferry' 'rescue'": the page's tags, no headline (tag_line)
    if is_reporter_line(text):
        return "meta"  # "記者張三/綜合報導", "文/示例社": the story's credit, no headline
    if is_forum_header(text):
        return "meta"  # "1 :2031/03/14(金) 06:54:38.30 ID:AbCd": a board post's header
    if is_picture_widget(text):
        return "boilerplate"  # "写真拡大" ("enlarge photo"): a viewer's button (picture_widget)
    if is_copyright_caption(text):
        return "caption"  # "<caption>。(c)Example通信": a picture's caption and its rights
    if is_image_element(text):
        return "boilerplate"  # "<image>data:… alt=…</image>": a picture's markup, no headline
    if is_leftover(text) or is_comment_counter(text):
        return "boilerplate"  # "- menu-icon", "Join the forum >>0 Comment(s)": the page's chrome
    if is_relative_time(text) or is_time_strip(text):
        return "meta"
    if is_stamp_line(text) or source_stamp_day(text) is not None:
        return "meta"  # "2031-03-14 04:10 示例報 張三 /綜合報導": the day and the house, no title
    if _label_only(text) or agency_signature(text) or place_credit_line(text, WIRES):
        return "meta"  # a label, "Por AFP", "Exampleton/Otherville, EFE": no title, no story
    if site_dateline_outlet(text) is not None:
        return "meta"  # "Example News | PARIS (AFP)": the site and a wire's dateline, no title
    if bureau_credit_line(text):
        return "meta"  # "Example TV - Exampleton": the outlet's credit, not a line of the story
    if fx.is_photo_credit(text):
        return "meta"
    if p.hint == "caption" or fx.is_caption(text) or caption_label.is_picture_line(text):
        return "caption"  # "Кадр из видео" ("a still from a video"), "(圖/示例社)": a picture's
    if is_wire_caption(text):
        return "caption"  # "… REUTERS/Jane Roe ATTENTION EDITORS - …": an agency's picture
    if is_calendar_line(text):
        return "meta"  # "כ\"א חשון התשפ\"ה": a day in another calendar, never a headline
    if fx.is_date_line(text) or fx.byline_author(text) or is_author_outlet_line(text):
        return "meta"  # "Autor: Redacción / Example News": a field over the story, no title
    if is_person_byline(text):
        return "meta"  # "Von Jane Roe", "Por Ana Ruiz y Juan Roe": the byline, no title
    if is_byline_stamp(text):
        return "meta"  # "By Example Wire Jul. 27, 2031 | 10:47 AM | PARIS": the header again
    if fx.url_line(text):
        return "meta"
    if fx.is_boilerplate(text):
        return "boilerplate"
    if is_category_label(text) or is_keyword_label(text):
        return "meta"  # "Categories: World news", "Keywords:": the page's filing, no headline
    if contact.is_contact_line(text) or contact.is_author_label(text):
        return "meta"
    if contact.is_contact_prompt(text):
        return "boilerplate"
    return "body"


def _language(declared: dict[str, Any], texts: list[str], kinds: list[ParagraphKind]) -> str | None:
    """The article's declared language, or the one its text is in (read once more later)."""
    return declared.get("language") or detect_language(_language_sample(texts, kinds))


def _language_sample(texts: list[str], kinds: list[ParagraphKind]) -> str:
    """The text the article's language is read from: its first 4,000 characters, an agency
    picture's caption in the agency's language (:mod:`.wire_caption`) and a post embedded in
    the page (:mod:`.embedded_post`, "… — Jane Roe (@jroe) <date>") left out; they are the
    picture's and the post's text, not the story's."""
    kept = [
        t
        for t, k in zip(texts, kinds, strict=True)
        if not (k == "caption" and is_wire_caption(t)) and not is_embedded_post(t)
    ]
    return " ".join(kept or texts)[:4000]


def _mark_footer(texts: list[str], kinds: list[ParagraphKind]) -> None:
    """After a copyright/"Join the conversation" line near the end, everything is footer."""
    n = len(texts)
    for i in range(max(1, n // 2), n):
        if fx.is_footer_trigger(texts[i]) and n - i <= 12:
            for j in range(i, n):
                if kinds[j] == "body":
                    kinds[j] = "boilerplate"
            break
    for i in range(max(1, n - 3), n):
        if kinds[i] == "body" and fx.is_self_description(texts[i]):
            kinds[i] = "boilerplate"


def _mark_deks(raw: list[RawParagraph], kinds: list[ParagraphKind], title: int) -> None:
    """Body text before the headline is a dek (a short label there is a section: meta); so is a
    summary in the headline's own block."""
    for i in range(title):
        if kinds[i] == "body":
            label = fx.word_count(raw[i].text) <= 4 and raw[i].text[-1] not in ".!?…"
            label = label or is_breadcrumb(raw[i].text)  # "Example > Science >": the site's
            kinds[i] = "meta" if label else "dek"
    after = title + 1
    blocks = {p.block for p in raw}
    if (
        after < len(raw)
        and read_dateline(raw[after].text) is None  # a dateline starts the story, not a summary
        and len(blocks) > 1
        and raw[after].block == raw[title].block
        and kinds[after] == "body"
        and fx.word_count(raw[after].text) <= 80
        and raw[after].hint is None
    ):
        kinds[after] = "dek"


def _mark_title_echoes(texts: list[str], kinds: list[ParagraphKind], title: str | None) -> None:
    """Later copies of the headline (``Headline | iNFOnews.ca`` above each gallery photo)."""
    if not title:
        return
    wanted = _norm(title)
    longest = 2 * len(title) + 60
    for i, text in enumerate(texts):
        if kinds[i] == "body" and len(text) <= longest and _norm(_strip_site(text)[0]) == wanted:
            kinds[i] = "caption"


def _label_only(text: str) -> bool:
    """A paragraph that is nothing but a date label (``Опубликовано 3 марта 2025, 10:22``), a
    stamp (:func:`~briefing.corpus.labels.is_stamp`), or a label with a stamp or a section
    after it (``date 2031-06 Новости » Происшествия``): the three words or fewer that
    :func:`~briefing.corpus.heads.split_heads` leaves with the label as its furniture. A
    label never starts a title, so such a line is no title, and no stand-in title either."""
    if len(text) > 160:
        return False
    label = read_label(text)
    if label is None:
        return is_stamp(text)  # "ΤΕΛΕΥΤΑΙΑ ΕΝΗΜΕΡΩΣΗ: 16:48": a stamp whose words no list has
    rest = text[label.end :].strip(" /|·•—–-.")
    # "date 2031-06 Last update: 16:48 (EET)", "date 2031-06-14 MIDDLE EAST"
    return not rest or is_stamp(rest) or len(rest.split()) <= LABEL_SECTION_WORDS


def _first(values: Any) -> Any:
    """The first value that is not None."""
    return next((v for v in values if v is not None), None)
