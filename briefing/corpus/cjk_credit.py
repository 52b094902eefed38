"""How a Chinese newspaper signs its own story, and how it cites another's.

Three signatures name the outlet that wrote the story:

- a bracketed credit opening the story, glued to its first sentence:
  ``[示例日报综合报道]当地时间…`` / ``【示例晚报讯】…`` / ``【示例网报道】…`` ("compiled report of",
  "news of", "report of" the paper); the paper's edition may follow its name (``【示例报纽约讯】``,
  its New York edition: the name ends in an outlet word, the city is no part of it), and the
  day may stand before 讯, in a named time zone (``【示例台北京時間2031年07月19日訊】``: the
  story's day too, :func:`bracket_date`); ``【示例网快讯】`` is the site's "news flash": 快讯 is
  one word, so the name ends before 快, and only where an outlet word ends it (``【突发快讯】``,
  "breaking news flash", names no one): a name is never cut inside a word of the credit;
- the same credit without its brackets, set apart by spaces where a saved page lost them:
  ``…岩石上。示例社 示例网综合报道 一场野火…`` (a caption and its photo agency, then the
  paper's compiled report and its lead); the name ends in an outlet word and stands at the
  start, after a full stop or after a space, and a space follows the credit as the bracket
  would (:func:`spaced_credit`);
- the same credit in round brackets, ``(示例早报网讯)…`` / ``(示例社电)…``, as Singapore's and
  Malaysia's papers print it: round brackets gloss names in prose too, so the name must end
  in an outlet word (社, 报, 网, 新闻, …) and the mark (讯, 电, 报道) must close the bracket;
- the same credit in round brackets with the reporter after a slash, as Taiwanese papers
  print it: ``(示例新聞/張三 綜合報導)`` (:func:`bracket_credit`; ``(圖/示例社)`` is a photo's
  credit, no report);
- a text credit on a line of its own, as Taiwanese sites print it: ``文/示例社`` ("text: <agency>",
  also ``文、圖/示例社``, text and picture), the house that wrote the story
  (:func:`text_credit`); ``文/張三`` credits a writer, not a house: only a name that ends in a
  word for an outlet (社, 報, 網, 新聞, 電台, 電視台, 週刊, 雜誌) is one, a given name never ends
  so (台 alone, a given name's character, is not enough), and ``圖/示例社`` (a picture's credit)
  or ``攝影/…`` never names the outlet;
- its reporter's byline on a line of its own: ``示例新闻记者 张三`` ("<paper> reporter <name>"),
  also ``示例日报驻巴黎记者 李四 王五`` (a correspondent posted abroad);
- a wire dateline opening the story: ``示例社北京10月20日电`` / ``示例网10月20日電``
  ("<agency>[<place>]<month>月<day>日 cable", a space maybe between agency and place), the
  Chinese agencies' ``LONDON, Oct 20 (Reuters)``.
  The name ends in 社, 网/網 or 台 (agency, site, station), so the place after it is not taken
  for part of it; a site that lacked a character's glyph may show its pinyin in brackets
  after it (``中新網(wǎng)``), which is no part of the name. Taiwanese papers part the agency
  from the place with a slash and may end in "compiled foreign reports":
  ``示例社／ 台北13日綜合外電報導``.

A Japanese wire signs its story the same way, with the bureau's city before its short name:
``【ワシントン時事】`` / ``【北京共同】`` (Jiji Press and Kyodo News, Japan's two news agencies,
:func:`japanese_wire`), its reporters' names maybe after an equals sign
(``【北京共同=山田太郎】``); an agency known by its Latin initials sets them before the city,
its reporter after the equals sign (``【EXニューヨーク=山田太郎】``); a foreign agency's story
that one of them translated and carries is signed with the writer's initials, then the
carrier (``【AFP=時事】``: the outlet is the writer, AFP); a Japanese site that runs a foreign
agency's own Japanese service dates the story and signs it with the agency's initials,
``【5月3日 AFP】`` (the month and day, a space, the initials; an update note such as
``(更新)`` may follow the bracket), and that agency is the outlet; a story citing them says
``時事通信によると`` in a sentence. Only a known agency's initials count in the dated
bracket (:data:`briefing.corpus.wires.WIRES`): ``【5月3日 EX】`` may be a section's dated
label. A site running a wire's story closes it with the wire's
name in brackets on a line of its own, ``[ロイター]`` (Reuters' Japanese name), before the
copyright footer (:func:`japanese_closing_wire`); the footer's company (``© 2031 Example
Japan KK``) is the wire's licensing arm, not an outlet.

A page also names itself in its own promotion, with its address glued to its name:

- ``訂閱示例網example.com電郵快訊`` ("subscribe to <site><address>'s e-mail news"),
  ``关注示例报example.cn微信公众号``: a verb asking the reader to subscribe, follow or
  download, the site's name ending in an outlet word (网/網, 报/報, 社, 台, 新闻/新聞), then
  the Latin address it is reached at. A page promotes itself; a cited outlet is named in a
  sentence (``据示例网报道``), with no address and no call to subscribe.

What they are not:

- ``据示例社报道，…`` ("according to <agency>'s report") cites another outlet: a sentence, not
  a bracket or a line of names;
- ``本报讯`` / ``本报记者 张三`` ("this paper's news / reporter") names no one;
- ``示例社记者看到…`` ("<agency>'s reporter saw …") is a sentence about someone else's reporter:
  a byline puts a space between the word 记者 and the names, and nothing else on the line.
"""

from __future__ import annotations

import re

from briefing.corpus.furniture import is_footer_trigger
from briefing.corpus.stated import StatedDate, read_date
from briefing.corpus.wires import WIRES

__all__ = [
    "NEWS_WORDS",
    "bracket_credit",
    "bracket_date",
    "dateline_credit",
    "japanese_closing_wire",
    "japanese_wire",
    "japanese_wire_end",
    "promo_outlet",
    "reporter_outlet",
    "spaced_credit",
    "text_credit",
]

_HAN = r"\u4e00-\u9fff"
#: A time zone a bracketed credit may state its day in ("北京時間", "当地时间").
_ZONE = r"(?:北京|台北|香港|美东|美東|美西|当地|當地|东京|東京)(?:时间|時間)"
#: "【示例晚报讯】", "【示例报纽约讯】" (an edition's city after the paper's name, which ends in
#: an outlet word), "【示例台北京時間2031年07月19日訊】" (a day, maybe in a named time zone).
_BRACKET = re.compile(
    rf"\s*[\[【〔](?P<name>[{_HAN}]{{2,10}}?)"
    rf"(?:(?<=[报報社网網台闻聞])[{_HAN}]{{2,4}}?)?"
    rf"(?:{_ZONE})?(?P<date>(?:(?:19|20)\d\d年)?[01]?\d月[0-3]?\d日)?"
    r"(?:综合报道|綜合報導|报道|報導|(?<=[报報社网網台闻聞])快[讯訊]|(?<!快)[讯訊])[\]】〕]"
)
#: "(示例新聞/張三 綜合報導)": a Taiwanese paper's credit in round brackets, its name (ending in
#: an outlet word), a slash, its reporters and "(compiled) report".
_PAREN = re.compile(
    rf"\s*[(（](?P<name>[{_HAN}]{{1,10}}?(?:新聞|新闻|[报報社网網台]))\s*[/／]\s*"
    rf"[{_HAN}·]{{2,6}}(?:[、,，\s]+[{_HAN}·]{{2,6}}){{0,3}}?\s*"
    r"(?:综合报道|綜合報導|綜合報道|报道|報導|报导)[)）]"
)
#: "示例新闻记者 张三", "示例日报驻巴黎特约记者 李四 王五": the whole line.
_BYLINE = re.compile(
    rf"(?P<name>[{_HAN}]{{2,10}}?)(?:驻[{_HAN}]{{1,6}}?)?(?:首席|特约|特派|见习|实习)?记者"
    rf"(?:\s+[{_HAN}·]{{2,6}}){{1,4}}"
)
#: A character's pinyin in brackets after it (``網(wǎng)``): a page that lacked the glyph.
_PINYIN = r"(?:\([a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]{1,7}\))?"
#: "示例社北京10月20日电", "示例网10月20日電", "示例社台北20日電" opening the paragraph; a
#: space may part the agency from the place ("示例社 北京10月20日电", as a copy sets it).
_DATELINE = re.compile(
    rf"\s*(?P<name>(?:[{_HAN}]{_PINYIN}){{1,8}}?[社网網台]){_PINYIN} ?"
    rf"(?:[{_HAN}]{_PINYIN}){{0,6}}?(?:[01]?\d月)?[0-3]?\d日[电電](?![视視力话話脑腦影子池])"
)
#: "示例社／ 台北13日綜合外電報導", "示例社/台北13日電": the agency, a slash, the place and the day,
#: as Taiwanese papers print a wire's dateline on a line of its own.
_SLASH_DATELINE = re.compile(
    rf"\s*(?P<name>[{_HAN}]{{1,8}}?[社网網台])\s*[／/]\s*[{_HAN}]{{0,8}}?(?:[01]?\d月)?[0-3]?\d日"
    r"(?:综合外电|綜合外電|综合|綜合)?(?:报道|報道|报导|報導|[电電])(?![视視力话話脑腦影子池])"
)
#: "訂閱示例網example.com電郵快訊": a call to subscribe, the site's name and its address.
_PROMO = re.compile(
    rf"(?:訂閱|订阅|關注|关注|下載|下载|加入|追蹤|追踪)"
    rf"(?P<name>[{_HAN}]{{1,8}}?(?:新聞|新闻|[网網报報社台]))"
    r"(?:www\.)?[a-z0-9][a-z0-9-]*(?:\.[a-z]{2,6})+(?![a-z0-9])",
    re.IGNORECASE,
)
_PINYIN_RE = re.compile(_PINYIN.removesuffix("?"))
#: "本报", "本台", "本网", "本刊", "本站": the paper itself, not a name; "据…" cites.
_NOT_A_NAME = re.compile(r"本|据")
#: A reporter's rank or trade, not a paper: "实习记者 张三", "摄影记者 李四".
_ROLE = re.compile(r"(?:首席|特约|特派|见习|实习|文字|摄影|视频|全媒体|融媒体|前方|随团)+")

#: The words of two characters or more an outlet's name ends in: "news", "radio", "TV station",
#: "TV", "satellite TV", a Japanese agency's "通信", "weekly", "magazine" (shared with
#: :mod:`briefing.corpus.lone_bracket`).
NEWS_WORDS = (
    "新聞", "新闻", "電台", "电台", "電視台", "电视台", "電視", "电视", "衛視", "卫视",
    "通信", "週刊", "周刊", "雜誌", "杂志",
)  # fmt: skip
#: The words an outlet's name ends in: those above, and "agency", "paper", "site"; 台 alone
#: ends given names too ("文/林示台" is a writer).
_OUTLET_END = rf"(?:{'|'.join(NEWS_WORDS)}|[社报報网網])"
#: "文/示例社", "文、圖／示例報": a text credit that is all of its line; the name ends in an
#: outlet's word (module doc), never in a character a given name may end in.
_TEXT_CREDIT = re.compile(
    rf"\s*文(?:字)?(?:\s*[、,，與与及&]\s*[圖图])?\s*[/／]\s*"
    rf"(?P<name>[{_HAN}]{{1,10}}?{_OUTLET_END})\s*"
)
#: A writer's trade in the credit ("文/記者張三"): a person, whatever the name ends in.
_WRITER = re.compile(r"记者|記者|编辑|編輯|特约|特約|撰稿|作者")


def text_credit(text: str) -> str | None:
    """The house a ``文/<outlet>`` line credits with the story's text (module doc), or None."""
    if len(text) > 24:
        return None
    match = _TEXT_CREDIT.fullmatch(text)
    if match is None:
        return None
    name = match.group("name")
    return None if _NOT_A_NAME.match(name) or _WRITER.search(name) else name


#: "(示例早报网讯)", "(示例社北京电)": the credit in round brackets, its name ending in an
#: outlet word, an edition's city maybe after it, and the mark closing the bracket.
_ROUND = re.compile(
    rf"\s*[(（](?P<name>[{_HAN}]{{1,10}}?{_OUTLET_END})(?:[{_HAN}]{{2,4}}?)?"
    r"(?:综合报道|綜合報導|报道|報導|[讯訊电電])[)）]"
)


def bracket_credit(text: str) -> tuple[str, int] | None:
    """(outlet, end of the credit) for a story opening ``[<outlet>综合报道]``, or None."""
    match = _BRACKET.match(text) or _PAREN.match(text) or _ROUND.match(text)
    if match is None or _NOT_A_NAME.match(match.group("name")):
        return None
    return match.group("name"), match.end()


#: "示例网综合报道 " after a full stop or a space: a compiled report's credit, unbracketed.
_SPACED = re.compile(
    rf"(?:^|(?<=[。\s]))(?P<name>[{_HAN}]{{2,10}}?[报報社网網台])(?:综合报道|綜合報導)\s+(?=[{_HAN}])"
)
#: How far into the first paragraph an unbracketed credit is looked for (past a caption).
_SPACED_REACH = 200


def spaced_credit(text: str) -> str | None:
    """The outlet of an unbracketed ``示例网综合报道`` credit set apart by spaces near the
    start of ``text`` (module doc), or None."""
    match = _SPACED.search(text[:_SPACED_REACH])
    if match is None or _NOT_A_NAME.match(match.group("name")):
        return None
    return match.group("name")


def bracket_date(text: str) -> StatedDate | None:
    """The full day a bracketed credit opening ``text`` states (``【示例台2031年07月19日訊】``)."""
    match = _BRACKET.match(text)
    if match is None or not match.group("date") or _NOT_A_NAME.match(match.group("name")):
        return None
    stated = read_date(match.group("date"))
    if stated is None or stated.year is None or stated.day is None:
        return None
    return stated


#: Japan's two agencies by the short names their datelines use, and Korea's Yonhap by the
#: name its Japanese service signs with (``【ソウル聯合ニュース】``).
_JA_WIRES = {"時事": "Jiji Press", "共同": "Kyodo News", "聯合ニュース": "Yonhap"}
#: "【ワシントン時事】", "【北京共同】" opening the paragraph: a bureau's city, then the agency.
#: The reporters may follow the agency after an equals sign: "【北京共同=山田太郎、田中花子】".
_JA_DATELINE = re.compile(
    r"\s*【(?P<place>[^【】\s\d=＝]{1,12}?)(?P<wire>時事|共同|聯合ニュース)(?:[=＝][^【】=＝\d]{1,30})?】"
)


#: Hiragana and katakana: the story is Japanese (a Chinese bracket may end in 共同, "joint").
_KANA = re.compile("[\u3041-\u30fa]")


#: "【EXニューヨーク=山田太郎】": an agency's Latin initials, its bureau's city and, after an
#: equals sign, its reporters. The reporters are required: a bracket of capitals and a word
#: without them is a section's or a show's label ("【EX解説】", "【EX速報】"), no credit.
_JA_INITIALS = re.compile(
    r"\s*【(?P<wire>[A-Z]{2,6})(?P<place>[\u30a1-\u30fa\u30fc\u4e00-\u9fff]{1,12})"
    r"[=＝](?P<reporters>[^【】=＝\d\s]{2,30})】"
)


#: "【AFP=時事】", "【ワシントンAFP=時事】": a foreign agency's story as Japan's agency that
#: translated and carries it signs it: the writer's initials (after the bureau's city, if
#: any), an equals sign, the carrier. The writer is the outlet; only a known agency's initials
#: count (:data:`briefing.corpus.wires.WIRES`), since the carrier signs no one else's text so.
_JA_CARRIED = re.compile(
    r"\s*【(?:[\u30a1-\u30fa\u30fc\u4e00-\u9fff]{1,12})?(?P<wire>[A-Z]{2,6})[=＝](?:時事|共同)】"
)


#: "【5月3日 AFP】": a foreign agency's Japanese service, its story's month and day, then its
#: initials (module doc); only a known agency's initials count.
_JA_DATED = re.compile(r"\s*【\s*[01]?\d\s*月\s*[0-3]?\d\s*日\s*(?P<wire>[A-Z]{2,6})\s*】")


def japanese_wire(text: str) -> str | None:
    """The agency of a Japanese story opening with a wire dateline (``【ワシントン時事】``,
    ``【EXニューヨーク=山田太郎】``, ``【AFP=時事】``: the writer, not its carrier; ``【5月3日
    AFP】``: the agency's own Japanese service), the text after it in kana; else None."""
    end = japanese_wire_end(text)
    return None if end is None else end[0]


def japanese_wire_end(text: str) -> tuple[str, int] | None:
    """(agency, end of its bracket) for a story opening with a Japanese wire dateline
    (:func:`japanese_wire`), the text after it in kana; else None."""
    match = _JA_DATED.match(text)
    if match is not None and match.group("wire") in WIRES and _KANA.search(text, match.end()):
        return WIRES[match.group("wire")], match.end()
    match = _JA_CARRIED.match(text)
    if match is not None and match.group("wire") in WIRES and _KANA.search(text, match.end()):
        return WIRES[match.group("wire")], match.end()
    match = _JA_DATELINE.match(text)
    if match is not None and _KANA.search(text, match.end()):
        return _JA_WIRES[match.group("wire")], match.end()
    match = _JA_INITIALS.match(text)
    if match is not None and _KANA.search(text, match.end()):
        return WIRES.get(match.group("wire"), match.group("wire")), match.end()
    return None


#: The wires' Japanese names in a closing credit, and how the product shows them.
_JA_CLOSING_WIRES = {"ロイター": "Reuters", "時事": "Jiji Press", "共同": "Kyodo News"}
_JA_CLOSING = re.compile(r"[\[［【]\s*(?P<wire>ロイター|時事|共同)\s*[\]］】]")


def japanese_closing_wire(paragraphs: list[str]) -> str | None:
    """The wire of a ``[ロイター]`` line closing a Japanese story (a copyright footer after it
    aside), the paragraph before it in kana; else None."""
    texts = [t.strip() for t in paragraphs[-6:] if t.strip()]
    while texts and is_footer_trigger(texts[-1]):
        texts.pop()
    if len(texts) < 2 or (match := _JA_CLOSING.fullmatch(texts[-1])) is None:
        return None
    return _JA_CLOSING_WIRES[match.group("wire")] if _KANA.search(texts[-2]) else None


def dateline_credit(text: str) -> tuple[str, int] | None:
    """(outlet, end of the dateline) for a story opening ``<agency>[<place>]10月20日电``."""
    match = _DATELINE.match(text) or _SLASH_DATELINE.match(text)
    if match is None or _NOT_A_NAME.match(match.group("name")):
        return None
    return _PINYIN_RE.sub("", match.group("name")), match.end()


def reporter_outlet(text: str) -> str | None:
    """The outlet of a ``<outlet>记者 <name>`` byline that is all of ``text``, or None."""
    if len(text) > 40:
        return None
    match = _BYLINE.fullmatch(text.strip())
    if match is None:
        return None
    name = match.group("name")
    return None if _NOT_A_NAME.match(name) or _ROLE.fullmatch(name) else name


def promo_outlet(text: str) -> str | None:
    """The site a short promotion line names with its own address (``訂閱示例網example.com
    電郵快訊``), or None; a line of story (over 200 characters) is never read."""
    if len(text) > 200:
        return None
    match = _PROMO.search(text)
    return None if match is None or _NOT_A_NAME.match(match.group("name")) else match.group("name")
