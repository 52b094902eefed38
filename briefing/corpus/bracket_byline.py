"""A Chinese bracketed byline naming the outlet and its reporter: ``【EXTV 張三報導】``.

Chinese-language stations and papers (in Taiwan, Hong Kong, overseas) open a story with a
bracket that credits the house and the reporter who filed it, before "report" or "news":

- ``【EXTV 張三報導】``, ``【Example News 李四、王五報導】``: the outlet's Latin name, a space,
  the reporter(s) (its call sign or brand is no Han word, so the space parts it from them);
- ``【示例新聞記者張三報導】``, ``【示例网记者 李四报道】``, ``【EXTV記者張三/台北報導】``: the
  outlet, the word 記者/记者 ("reporter") and the reporter, maybe a slash and the city;
- ``【示例新聞 張三報導】``: a Han outlet parted from its reporter by a space; the name must end
  in a word outlets end in (新聞, 報, 網, 社, 台 …), a given name never does.

The closing word is 報導/報道/报道/报导 ("report"), or 讯/訊 ("news"), with an optional
"compiled" (綜合/综合) before it. The bracket stands alone on its line, or opens the lead; a
page's date label may come before it on the line (``date 2031-07 【EXTV 張三報導】``).

What is no outlet:

- ``【記者張三/台北報導】``, ``【記者 張三 報導】``: a reporter, no house before him;
- ``【本報記者張三報導】``: "this paper's reporter" names no one (as 本报讯 in
  :mod:`briefing.corpus.cjk_credit`, which reads the brackets with no reporter in them:
  ``【示例晚报讯】``);
- ``【巴黎奧運特別報導】`` ("special report"), ``【2031 Example Games 特別報導】``: a
  package's label; no reporter's name follows the outlet, or the "name" is no Latin brand.
"""

from __future__ import annotations

import re

from briefing.corpus.labels import read_label

__all__ = ["bracket_byline"]

_HAN = r"\u4e00-\u9fff"
#: A reporter's name: two to four Han characters (a transcribed foreign name may hold "·"),
#: several joined by 、 or a comma.
_REPORTER = rf"[{_HAN}][{_HAN}·]{{1,5}}(?:\s*[、,，]\s*[{_HAN}][{_HAN}·]{{1,5}}){{0,3}}"
#: The city the report was filed from, after a slash: ``張三/台北``.
_CITY = rf"(?:\s*[/／]\s*[{_HAN}]{{2,6}})?"
_CLOSE = r"\s*(?:綜合|综合)?(?:報導|報道|报道|报导|[讯訊])\s*[】\]]"
#: A Latin outlet's name: a brand or call sign, a capital in its first word, words joined by
#: spaces, dots, ampersands or hyphens (``EXTV``, ``Example News``, ``EX.tv``).
_LATIN = r"[A-Z][A-Za-z0-9.&'-]{1,20}(?: [A-Z0-9][A-Za-z0-9.&'-]{0,20}){0,3}"
#: The words a Han outlet's name ends in (as :mod:`briefing.corpus.cjk_credit` reads them).
_HAN_OUTLET = rf"[{_HAN}]{{1,10}}?(?:新聞|新闻|電視台|电视台|電台|电台|週刊|周刊|[社报報网網台])"
#: "reporter", maybe after a rank or trade ("special", "chief", "photo" …).
_REPORTER_WORD = (
    r"(?:首席|特约|特約|特派|见习|見習|实习|實習|文字|摄影|攝影|视频|視頻)?(?:記者|记者)"
)
_BYLINE = re.compile(
    r"\s*[【\[]\s*(?:"
    rf"(?P<latin>{_LATIN})(?:\s+|\s*{_REPORTER_WORD}\s*)"
    rf"|(?P<han>{_HAN_OUTLET})(?:\s+|\s*{_REPORTER_WORD}\s*)"
    rf")(?P<reporter>{_REPORTER}){_CITY}{_CLOSE}"
)
#: "本報", "本台", "本網" ("this paper, station, site"): the house itself, no name.
_OWN = re.compile(r"本")
#: Words a package's label puts before "report" where a byline has its reporter: "special",
#: "exclusive", "in depth", "on the spot", "compiled", "live", "feature".
_NOT_A_REPORTER = re.compile(
    r"特別|特别|獨家|独家|深度|深入|現場|现场|綜合|综合|即時|即时|專題|专题|連線|连线"
)


def bracket_byline(text: str) -> str | None:
    """The outlet a ``【<outlet> <reporter>報導】`` byline opening ``text`` names (module doc),
    after a date label if one opens the line; None for a reporter's bracket without a house."""
    label = read_label(text) if not text.lstrip().startswith(("【", "[")) else None
    start = label.end if label is not None else 0
    match = _BYLINE.match(text, start)
    if match is None:
        return None
    if _NOT_A_REPORTER.search(match.group("reporter")):
        return None
    latin = match.group("latin")
    if latin is not None:
        return latin if _brand(latin) else None
    name = match.group("han")
    return None if _OWN.match(name) else name


def _brand(name: str) -> bool:
    """A Latin name that is a brand or a call sign: no city (``【Paris 張三報導】``, a place),
    no given name and surname, no common word of a main language (:func:`wire_like`)."""
    from briefing.corpus.colon_dateline import is_city, wire_like  # only for such a bracket

    return wire_like(name) and not is_city(name)
