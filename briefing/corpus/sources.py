"""Who published an article, from the ways plain-text articles say so.

Cues, strongest first (the first one found wins):

1. an explicit ``SOURCE: Anadolu Agency`` / ``Source: …`` line, above the story or below it
   (:mod:`briefing.corpus.source_label`; a portal's provider line too: ``情報提供元: 示例新聞``,
   ``Provided by Example News``; a copy's code, ``来源: sp20310314``, names no one):
   between two paragraphs of the story it is where a page puts a picture, and names the
   picture's source (``Источник: Reuters`` under a TASS lead); a broadcaster's closing line
   (``Broadcast: Radio Example, 14.03.2031 19:00``, :mod:`briefing.corpus.closing_broadcast`),
   or a Korean reporter's sign-off (``…에서 예시뉴스 홍길동입니다``:
   :mod:`briefing.corpus.korean_credit`), or a Japanese page's credit of the house that
   translated it (``|翻訳:example JAPAN``, :mod:`briefing.corpus.translation_credit`);
2. a wire dateline opening a paragraph, in any language (:mod:`briefing.corpus.datelines`):
   ``MOSCOW (AP) —``, ``KYIV, March 3. /Ukrinform/.``, ``АЛМАТЫ, 12 мар — Sputnik.``, or
   one left alone at the story's end (``TOKIO (Example Wire)``, :mod:`.closing_dateline`),
   or its credit and place run into the lead when an excerpt lost its line breaks:
   ``dpa Genf Die Verhandlungen …`` (:func:`wire_credit_lead`), or its byline:
   ``By AFP British Prime Minister …`` (:mod:`briefing.corpus.lead_credit`), or a house no list
   knows tagging its lead in capitals, ``EXANEWS- Le …`` (:mod:`briefing.corpus.house_dash`);
   a wire dateline glued to the headline (:mod:`briefing.corpus.glued_dateline`), a dateline
   line of places and the wire over the lead: ``Exampleton/Otherville, EFE``
   (:mod:`briefing.corpus.place_credit`), or an outlet's name and its own initials opening
   the lead: ``Example Media (EM) - The …`` (:mod:`briefing.corpus.initials_credit`), or its
   name and bureau on a line of their own: ``Example TV - Exampleton``
   (:mod:`briefing.corpus.bureau_credit`); an Arabic outlet's dateline (``تونس – مثال نيوز``,
   ``مثال من لندن:``, ``غزة /مثال/``, a Persian site's ``مثال‌نیوز - …``:
   :mod:`briefing.corpus.arabic_dateline`), or an agency's Arabic initials and a colon
   opening the lead (``أ ف ب: …``, :mod:`briefing.corpus.arabic_lead_credit`); the house and
   its writer before the lead (``Example Post – Jane Roe – The …``, :mod:`.author_dash`); an author
   field naming the house after a slash
   (``Autor: Redacción / Example News``, or after a bar: ``By Jane Roe | Example News``:
   :mod:`briefing.corpus.author_outlet`), or closing a byline of reporters with its initials
   (``By Jane Roe and John Doe, EXN``, :mod:`briefing.corpus.people_byline`); an author's
   card of name, trade and house (``Jane Roe Journaliste Exa``: :mod:`.byline_card`); a Chinese
   paper's bracketed credit, reporter's byline, text credit or wire dateline
   (``[示例日报综合报道]``, ``示例新闻记者 张三``, ``文/示例社``, ``示例社北京10月20日电``,
   ``示例社／ 台北13日綜合外電報導``:
   :mod:`briefing.corpus.cjk_credit`), or its promotion of itself with its address
   (``訂閱示例網example.com電郵快訊``); a bracket of the house and its reporter
   (``【EXTV 張三報導】``, :mod:`briefing.corpus.bracket_byline`); a station's call sign
   alone in brackets over the lead (``【EXTV】``, :mod:`briefing.corpus.lone_bracket`); an
   agency's Han name alone under the headline (``新华社``, :mod:`briefing.corpus.agency_line`);
   a Korean byline of house and desk (``[예시뉴스=사회부]``, :mod:`briefing.corpus.desk_byline`)
   or of house and reporter (``[예시투데이 홍길동 기자]``, ``홍길동 예시경제 기자 a@b.kr``:
   :mod:`briefing.corpus.korean_byline`), or a news team's credit with its address
   (``예시닷컴 뉴스팀 news@example.kr``, :mod:`briefing.corpus.team_credit`);
   the page's masthead, its first line, named again by its own app prompt ("Example" over
   "… example uygulamasını indirin", :mod:`briefing.corpus.masthead`), or its logo's alt text
   alone at the top (``Exanews Logo``, :mod:`briefing.corpus.logo_alone`);
2½. a page's strip of name and time stamps (:mod:`briefing.corpus.time_strip`):
   ``NOS Nieuws • vandaag, 09:25``, when the name holds an acronym or a domain; a Chinese
   copy's source-and-time line ``示例报 2031-03-14 22:46`` (:mod:`briefing.corpus.cjk_stamp`);
   a portal's logo byline, the partner's logo named by its alt text, then its name and stamp
   (``示例新聞 のロゴ 示例新聞 2031/03/14 23:07``, :mod:`briefing.corpus.logo_byline`);
3. the outlet signing its own note inside a quote (``(… — Примеч. Example Media)``:
   :mod:`briefing.corpus.editor_note`); the outlet naming itself
   (:mod:`briefing.corpus.selfref`): ``сказал корреспонденту ТАСС``,
   ``Підписуйтесь на наш Telegram-канал Приклад.UA`` ("our channel"); an agency's formula for
   what it learned itself, ``كما علمت واج``, ``a appris l'AFP`` (:mod:`.learned_credit`);
4. an attribution sentence: ``This was reported by Zamin.uz``, ``The Caspian Post informs``;
5. a copyright footer (:mod:`briefing.corpus.copyright_footer`): ``© 2025 The Associated
   Press``, ``Copyright Reuters``, a Korean
   ``저작권자 © 예시일보 무단전재 …`` (:mod:`briefing.corpus.korean_credit`), a lower-case
   brand's ``© 2031 exa. All rights reserved`` (:mod:`briefing.corpus.brand_copyright`), in
   any form of the sign (``©``, ``Ⓒ``, ``ⓒ``, ``(c)``; a circled one only on a line that
   reserves rights), also when run into the story's last paragraph; a Korean picture credit
   naming the house's own photographer (``ⓒ Example 홍길동 기자``); agencies and the house's
   own initials (``(dpa/EX)``, :func:`~briefing.corpus.closing_credit.house_initials`); an
   editor's initials and the agency signing the story's end (``cr/afp``, ``kle/dpa/AFP``:
   :mod:`briefing.corpus.editor_signature`, read before the prose cues of 3. and 4.); a
   credit closing the story: ``(ABC)`` after its last sentence (``(AGENCIES)`` names no one:
   :mod:`briefing.corpus.agency_words`), two wires sharing it (``(EFE y AFP)``: the first),
   or a wire's bare name as its last line where it cannot be a picture's credit
   (:mod:`.closing_credit`), or the house's own name ending in a medium's word alone on
   the last line (``Exa News``, :mod:`briefing.corpus.closing_house`); a reprint's
   ``© Example.it - <headline>`` (:mod:`.reprint_credit`);
   a host's line naming whose text it carries, a teaser's "… suite de l'article sur Exa" or a news
   app's "“예시뉴스” 기사 … 요약한 결과입니다", a line "この記事をExaで読む" linking to the house's
   full page (:mod:`briefing.corpus.carried_credit`);
6. a site suffix on a repeated headline: ``Headline | iNFOnews.ca``.

A *cited* source is never the outlet: "according to Interfax", "Le Monde reported" match none
of these cues, and a name read out of prose (3., 4.) that the text also introduces as a
citation ("по данным X", "selon X", "据X报道": :mod:`briefing.corpus.cited`) is dropped; so is
a known wire after the bare "…, передает X." or in "X reports, citing Y" ("сообщает Reuters
со ссылкой на …", "Reuters reports citing …": the wire the story relays,
:mod:`briefing.corpus.selfref`).

Photo credits are *not* sources: ``… / Reuters`` under a picture in an Anadolu article names the
photographer's agency. Wire abbreviations map to one consistent full name
(``AP`` → ``The Associated Press``) so the same outlet groups together in the UI.
"""

from __future__ import annotations

import re

from briefing.corpus.agency_line import agency_line
from briefing.corpus.arabic_dateline import arabic_dateline_outlet
from briefing.corpus.arabic_lead_credit import arabic_lead_credit
from briefing.corpus.author_dash import outlet_author_lead
from briefing.corpus.author_outlet import author_outlet, pipe_byline_outlet
from briefing.corpus.bracket_byline import bracket_byline
from briefing.corpus.bureau_credit import bureau_credit
from briefing.corpus.byline_card import byline_card
from briefing.corpus.byline_outlet import byline_outlet
from briefing.corpus.carried_credit import read_on_outlet, summary_outlet, teaser_outlet
from briefing.corpus.cited import cited_in
from briefing.corpus.cjk_credit import (
    bracket_credit,
    dateline_credit,
    japanese_closing_wire,
    japanese_wire,
    promo_outlet,
    reporter_outlet,
    spaced_credit,
    text_credit,
)
from briefing.corpus.cjk_stamp import stamp_source
from briefing.corpus.closing_broadcast import closing_broadcaster
from briefing.corpus.closing_credit import (
    closing_initials,
    closing_wire,
    glued_closing_wire,
    house_initials,
    joint_credit,
)
from briefing.corpus.closing_dateline import closing_dateline
from briefing.corpus.closing_house import closing_house
from briefing.corpus.colon_dateline import colon_dateline_agency
from briefing.corpus.copyright_footer import copyright_footer
from briefing.corpus.credit_place import named_again
from briefing.corpus.desk_byline import desk_byline
from briefing.corpus.editor_note import editor_note_outlet
from briefing.corpus.editor_signature import closing_signature
from briefing.corpus.glued_dateline import glued_dateline_agency
from briefing.corpus.house_dash import house_dash_lead
from briefing.corpus.initials_credit import opening_credit
from briefing.corpus.korean_byline import korean_byline
from briefing.corpus.korean_credit import photographer_outlet, signoff_outlet
from briefing.corpus.korean_dateline import korean_dateline_agency
from briefing.corpus.labels import read_label
from briefing.corpus.lead_credit import wire_byline_lead, wire_dash_lead
from briefing.corpus.learned_credit import learned_credit
from briefing.corpus.logo_alone import logo_alone_outlet
from briefing.corpus.logo_byline import logo_outlet
from briefing.corpus.lone_bracket import lone_bracket_source
from briefing.corpus.masthead import masthead_outlet
from briefing.corpus.outlet_name import NAME, plausible_outlet
from briefing.corpus.people_byline import people_byline_outlet
from briefing.corpus.picture_credit import in_picture_credits
from briefing.corpus.place_credit import place_credit
from briefing.corpus.reprint_credit import reprint_credit
from briefing.corpus.selfref import self_reference
from briefing.corpus.signature_line import read_signature
from briefing.corpus.source_label import source_line, source_stamp, source_tail
from briefing.corpus.stamp_byline import byline_over_stamp
from briefing.corpus.stamp_outlet import stamp_outlet
from briefing.corpus.team_credit import team_credit
from briefing.corpus.time_strip import strip_outlet
from briefing.corpus.title_place import drop_place
from briefing.corpus.translation_credit import translation_credit
from briefing.corpus.wire_cues import (
    agency_signature,
    canonical_source,
    read_credit_lead,
    wire_byline_date,
    wire_credit_lead,
    wire_dateline,
)
from briefing.corpus.wire_over_stamp import wire_over_stamp
from briefing.corpus.wires import WIRES

__all__ = [
    "SITE_SUFFIX",
    "WIRES",
    "agency_signature",
    "canonical_source",
    "find_source",
    "read_credit_lead",
    "wire_byline_date",
    "wire_credit_lead",
    "wire_dateline",
]

_ATTRIBUTIONS = (
    ("reported by", re.compile(rf"\b(?:was |were |is |first )?reported by (?P<name>{NAME})")),
    (" informs", re.compile(rf"(?P<name>{NAME}) informs\b")),
    (" reports citing", re.compile(rf"(?P<name>{NAME}) reports citing\b")),
    (" has learned", re.compile(rf"(?P<name>{NAME}) has learned\b")),
)
#: `` | Site`` / `` — Site`` at the end of a headline or ``<title>``.
#: A dash counts only before a domain-like name ("Headline - example.com"), since headlines
#: use dashes themselves.
SITE_SUFFIX = re.compile(r"\s(?:\|\s(?=[^|]{2,40}$)|[–—-]\s(?=\S+\.[a-z]{2,}$))(?P<name>.{2,40})$")
#: The longest text a ``SITE_SUFFIX`` match spans, with the newline ``$`` may stand before:
#: a space, a bar or dash and a space, 40 characters.
_SUFFIX_REACH = 1 + 2 + 40 + 1


def site_suffix(text: str) -> re.Match[str] | None:
    """``SITE_SUFFIX.search(text)``, begun where a match can start: the expression ends at
    ``$`` and has no look-behind, so a match lies in the last :data:`_SUFFIX_REACH` characters
    and searching from there finds the same one, without trying every space of a paragraph."""
    return SITE_SUFFIX.search(text, max(0, len(text) - _SUFFIX_REACH))


def find_source(paragraphs: list[str], *, title: str | None = None) -> str | None:
    """The outlet that published the article, or None if the text does not say."""
    labelled = source_line(paragraphs)  # "SOURCE: Anadolu Agency", "Provided by Example"
    if labelled is not None:
        return labelled
    for text in paragraphs[:3]:
        stamped = source_stamp(text) if ":" in text else None
        if stamped:
            return stamped
    logo = logo_outlet(paragraphs)  # "示例新聞 のロゴ 示例新聞 2031/03/14 23:07": a portal's byline
    if logo:
        return canonical_source(logo)
    for text in paragraphs[:6]:
        outlet = strip_outlet(text) if "•" in text or "·" in text or "|" in text else None
        outlet = outlet or stamp_source(text)  # "示例报 2031-03-14 22:46": a copy's source
        outlet = outlet or stamp_outlet(text)  # "2031-03-14 22:46 示例報 張三 /綜合報導"
        if outlet:
            return canonical_source(outlet)
    tail = source_tail(paragraphs)  # "… gestalten. Quelle: dts Nachrichtenagentur"
    if tail is not None:
        return tail
    station = closing_broadcaster(paragraphs)  # "Broadcast: Radio Example, 14.03.2031 19:00"
    station = station or signoff_outlet(paragraphs)  # "…에서 예시뉴스 홍길동입니다."
    station = station or translation_credit(paragraphs)  # "|翻訳:example JAPAN" closing it
    if station:
        return canonical_source(station)
    for text in paragraphs[:12]:
        wire = wire_dateline(text)
        if wire:
            return wire
    agency = agency_line(paragraphs)  # "<headline>", "新华社": the wire under the headline
    agency = agency or wire_over_stamp(paragraphs)  # "REUTERS" over "May 3, 2031 at 18:15"
    agency = agency or byline_over_stamp(paragraphs)  # "… EXAPRESS" over "3 agosto 2031, 12:22"
    if agency:
        return agency
    korean = korean_dateline_agency(paragraphs)  # "(서울=예시뉴스) 홍길동 기자 = …"
    korean = korean or desk_byline(paragraphs)  # "[예시뉴스=사회부] …": the house and its desk
    korean = korean or korean_byline(paragraphs)  # "[예시투데이 홍길동 기자] …", "… 기자 a@b.kr"
    korean = korean or team_credit(paragraphs)  # "예시닷컴 뉴스팀 news@example.kr"
    if korean:
        return canonical_source(korean)
    closing = closing_dateline(paragraphs)  # "… Von Jane Roe" / "TOKIO (Example Wire)"
    if closing:
        return closing
    for text in paragraphs[:3]:
        # "dpa Genf Die …", "Headline Exampleton, 17 dic. (wire) - The …", "By AFP The …"
        wire = wire_credit_lead(text) or glued_dateline_agency(text)
        if wire:
            return canonical_source(wire)
        byline = wire_byline_lead(text) if text[:1] in "BPVDОВ" else None
        if byline:
            return byline[0]
        dashed = wire_dash_lead(text)  # "AGI - In una città …", the name said once only
        if dashed and not named_again(dashed[0], text[: dashed[1]], paragraphs):
            return dashed[0]
    house = house_dash_lead(paragraphs)  # "EXANEWS- Le …": a house's own tag, no known wire
    if house:
        return canonical_source(house)
    # "Exampleton/Otherville, EFE" over the lead; "Example Media (EM) - The …"; "Example TV -
    # Exampleton" on a line of its own (:mod:`briefing.corpus.bureau_credit`)
    credited = (
        place_credit(paragraphs, WIRES) or opening_credit(paragraphs) or bureau_credit(paragraphs)
    )
    if credited:
        return canonical_source(credited)
    wire = colon_dateline_agency(paragraphs, WIRES)
    if wire:
        return wire
    outlet = arabic_dateline_outlet(paragraphs)  # "تونس – مثال نيوز …", "مثال من لندن: …"
    outlet = outlet or arabic_lead_credit(paragraphs)  # "أ ف ب: افتتح …": an agency and a colon
    outlet = outlet or outlet_author_lead(paragraphs)  # "Example Post – Jane Roe – The …"
    if outlet:
        return outlet
    for text in paragraphs[:8]:
        outlet = byline_outlet(text) if "," in text[:60] else None
        # "Autor: Redacción / Example News": an author field naming the house after a slash
        outlet = outlet or (author_outlet(text) if " / " in text[:120] else None)
        outlet = outlet or (pipe_byline_outlet(text) if " | " in text[:120] else None)
        outlet = outlet or (people_byline_outlet(text) if ", " in text else None)  # "…, EXN"
        if outlet:
            return canonical_source(outlet)
    for text in paragraphs[:8] + paragraphs[8:][-3:]:
        outlet = byline_card(text) if len(text) <= 80 else None  # "Jane Roe Journaliste Exa"
        if outlet:
            return canonical_source(outlet)
    # "[示例日报综合报道]当地时间…" opening the story, "示例新闻记者 张三" on a line of its own
    for text in paragraphs[:8]:
        bracketed = bracket_credit(text) if text[:1] in "[【〔(（ " else dateline_credit(text)
        if bracketed is None and (label := read_label(text)) is not None:  # "date … (示例网讯)"
            bracketed = bracket_credit(text[label.end :].lstrip())
        outlet = bracketed[0] if bracketed else reporter_outlet(text) if "记者" in text else None
        outlet = outlet or (japanese_wire(text) if text[:1] == "【" else None)
        # "【EXTV 張三報導】": the house and its reporter, maybe after a date label
        outlet = outlet or (bracket_byline(text) if "【" in text[:40] else None)
        outlet = outlet or (text_credit(text) if text[:1] == "文" else None)  # "文/示例社"
        compiled = "综合报道" in text[:220] or "綜合報導" in text[:220]
        outlet = outlet or (spaced_credit(text) if compiled else None)  # "示例网综合报道 …"
        if outlet:
            return canonical_source(outlet)
    lone = lone_bracket_source(paragraphs)  # "【EXTV】" alone over the lead
    if lone:
        return canonical_source(lone)
    masthead = masthead_outlet(paragraphs)  # "Example" over "… example uygulamasını indirin"
    masthead = masthead or logo_alone_outlet(paragraphs)  # "Exanews Logo": its own logo
    if masthead:
        return canonical_source(masthead)
    for text in paragraphs:  # "訂閱示例網example.com電郵快訊": the page's promotion of itself
        promoted = promo_outlet(text) if "." in text else None
        if promoted:
            return promoted
    ends = list(range(min(8, len(paragraphs)))) + list(range(len(paragraphs)))[8:][-3:]
    for index in ends:
        text = paragraphs[index]
        wire = agency_signature(text)  # "- AFP" under a picture credits the photo (picture_credit)
        if wire and not in_picture_credits(paragraphs, index):
            return wire
        signed = read_signature(text) or wire_byline_date(text)
        if signed and plausible_outlet(signed[1]):
            return canonical_source(signed[1])
    signature = closing_signature(paragraphs, WIRES)  # "cr/afp": an editor's initials, the wire
    if signature:
        return signature
    for text in paragraphs:  # "(… — Примеч. Example Media)": the house signs its own note
        noted = editor_note_outlet(text) if "рим" in text else None
        if noted:
            return canonical_source(noted)
    # Names read out of prose: one the text also cites ("по данным X") is a source, not the outlet.
    for text in paragraphs:
        # "сказал корреспонденту ТАСС"; "كما علمت واج", "a appris l'AFP": an agency learned
        for name in (self_reference(text), learned_credit(text)):
            if name and plausible_outlet(name) and not cited_in(name, paragraphs):
                return canonical_source(name)
    for text in paragraphs[:4] + paragraphs[4:][-3:]:
        for literal, pattern in _ATTRIBUTIONS:
            match = pattern.search(text) if literal in text else None
            name = match.group("name") if match else ""
            if literal == " reports citing" and name.upper() in WIRES:
                continue  # "…, Reuters reports citing the ministry": a wire relayed (selfref)
            if name and plausible_outlet(name) and not cited_in(name, paragraphs):
                return canonical_source(name)
    footer = copyright_footer(paragraphs)  # "© 2025 The Associated Press", "Copyright Reuters"
    if footer is not None:
        return footer
    staff = photographer_outlet(paragraphs)  # "ⓒ Example 홍길동 기자": its own photographer
    if staff and plausible_outlet(staff) and not cited_in(staff, paragraphs):
        return canonical_source(staff)
    reprinted = reprint_credit(paragraphs, title)  # "… © Example.it - <the headline>"
    # "… suite de l'article sur Exa": a host carrying the outlet's text (carried_credit)
    reprinted = reprinted or teaser_outlet(paragraphs) or summary_outlet(paragraphs)
    reprinted = reprinted or read_on_outlet(paragraphs)  # "この記事をExaで読む": its full page
    if reprinted and plausible_outlet(reprinted):
        return canonical_source(reprinted)
    closing = closing_initials(paragraphs)  # "… ilan edilmişti. (ABC)"
    if closing:
        return canonical_source(closing)
    joint = joint_credit(paragraphs, WIRES)  # "(EFE y AFP)": the first of the wires named
    if joint:
        return joint
    house = house_initials(paragraphs, WIRES)  # "(dpa/EX)": the house wrote the wire's copy
    if house:
        return house
    wire = closing_wire(paragraphs, WIRES) or glued_closing_wire(paragraphs, WIRES)
    wire = wire or japanese_closing_wire(paragraphs)  # "[ロイター]"
    if wire:
        return wire
    house = closing_house(paragraphs)  # "… reboot." / "Exa News": the house signs its last line
    if house:
        return house
    if title:
        for text in paragraphs:  # "<headline> | Site", never a town after it (title_place)
            match = site_suffix(drop_place(text)[0] if " | " in text else text)
            if match and match.string[: match.start()].strip() == title.strip():
                return canonical_source(match.group("name"))
    return None
