"""An acronym's kind from the words it stands for: "yield curve control (YCC)" is a policy.

An acronym no text explains is typed a body (:mod:`.assemble`: "BRICS"), and one whose long
form is a Han or Hangul run before its bracket takes that run's kind, a body's
(:mod:`.uncased_bodies`: "세계보건기구(WHO)"). But many acronyms of a story stand for things,
not bodies: an instrument ("exchange-traded funds (ETFs)", "상장지수펀드(ETF)"), a policy
("yield curve control (YCC)", "수익률곡선통제(YCC)"), a measure ("국내총생산(GDP)"). The text
says which when it writes the long form, and the long form's head noun says its kind:
"control", "funds", "통제", "펀드" name no body; "bank", "agency", "ministry", "은행", "기구",
"委員会" do.

:func:`expanded_thing` reads every long form the packet writes for an acronym topic:

* a lower-case run of Latin words right before the acronym in brackets whose initials spell
  it ("yield curve control (YCC)", "exchange-traded funds (ETFs)"): a body's name is
  capitalised, so such a run names a thing, unless its head (last word) is a body's noun
  (:data:`~.lexicon.ORG_HEADS`: "the central bank (CB)");
* a run of Han, katakana or Hangul letters right before the bracket ("수익률곡선통제(YCC)")
  or before the acronym inside it ("(イールドカーブ・コントロール、YCC)"): these
  languages put the head last, so the run names a body when it ends in a body's noun
  (:data:`CJK_BODY_ENDS`).

The acronym is a thing (a theme) only when at least one long form is found and every one
found names a thing, and the topic holds no capitalised name of several words (a body's
name: "Bank of Japan" beside "BOJ"). An acronym of a body (WHO, NATO, BOJ) keeps its kind.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from briefing.topics.candidates import Occurrence
from briefing.topics.lexicon import ORG_HEADS, STOPWORDS
from briefing.topics.uncased_bodies import LETTERS_EACH
from briefing.topics.uncased_sounds import HAN, HANGUL, KATAKANA

#: Nouns a body's name ends in, in Chinese and Japanese (simplified, traditional, kanji) and
#: Korean, and the katakana loans for them: organisation, agency, bank, ministry, office,
#: bureau, committee, council, association, union, company, party, army, court, university,
#: centre, fund (an institution: 基金, 기금), government, parliament, police, news service.
#: A long form ending in one is a body's; one-letter endings (会, 부, 회) match more than
#: bodies ("사회", society), which only keeps an acronym a body, as it was.
_BODY_ENDS = """
    组织 組織 机构 機構 機関 机关 機關 银行 銀行 省 部 庁 厅 廳 署 局
    会 會 院 社 党 黨 军 軍 队 隊 団 团 團 盟 合 基金 中心 大学
    大學 法院 裁判所 政府 警察 企业 企業 公司 集团 集團 通信 新闻 新聞
    电视台 電視台 放送 所 府 处 處 司 厅 委 기구 기관 은행 부 청 처
    국 원 회 당 군 대 단 사 협회 연합 동맹 기금 센터 대학 법원 정부
    의회 공사 그룹 위원회 연구소 통신 방송 신문 경찰 재단 공단 조합 연맹
    소 センター グループ ユニオン バンク エージェンシー
"""
CJK_BODY_ENDS = tuple(_BODY_ENDS.split())
_CJK = f"{HAN}{KATAKANA}{HANGUL}"
#: A long form right before the bracket: "수익률곡선통제(YCC)", "ライン・コントロール(YCC)".
_CJK_BEFORE = re.compile(rf"([{_CJK}・]{{2,24}})\s?$")
#: A long form inside the bracket before the acronym: "(イールドカーブ・コントロール、YCC)".
_CJK_INSIDE = re.compile(rf"([{_CJK}・]{{2,24}})\s?[、,，]\s?$")
#: Latin words before a use, with their hyphens ("exchange-traded").
_LATIN_WORDS = re.compile(r"[^\W\d_]+(?:[-‐][^\W\d_]+)*")
_OPEN = re.compile(r"\s?[(（]\s*$")


def expanded_thing(occurrences: Iterable[Occurrence], texts: Mapping[tuple[str, int], str]) -> bool:
    """Whether an acronym topic's long forms, as the texts write them, all name a thing and
    one at least is found (see the module's docstring); ``occurrences`` are the topic's uses,
    ``texts`` the paragraphs by (article, index)."""
    things = 0
    for o in occurrences:
        surface = o.surface
        if " " in surface and any(w[:1].isupper() for w in surface.split()):
            return False  # "Bank of Japan": the topic holds a body's name
        if not _is_acronym(surface):
            continue
        text = texts.get((o.article, o.paragraph), "")
        verdict = _long_form_kind(text[max(0, o.start - 120) : o.start], surface, text[o.end :])
        if verdict == "body":
            return False
        things += verdict == "thing"
    return things > 0


def _is_acronym(surface: str) -> bool:
    """Two to eight capitals, a lower-case plural "s" allowed ("ETFs")."""
    letters = surface.removesuffix("s")
    return 2 <= len(letters) <= 8 and letters.isalpha() and letters.isupper()


def _long_form_kind(before: str, acronym: str, after: str) -> str:
    """ "body", "thing" or "" (no long form) for one use of ``acronym``."""
    after = after.lstrip()
    if after[:1] in (")", "）") and _OPEN.search(before):  # "... (YCC)"
        before = _OPEN.sub("", before)
        cjk = _CJK_BEFORE.search(before)
        if cjk is not None:
            return _cjk_kind(cjk.group(1), acronym)
        return _latin_kind(before, acronym)
    cjk = _CJK_INSIDE.search(before)
    if cjk is not None and after[:1] in (")", "）") and _OPEN.search(before, 0, cjk.start()):
        # "(イールドカーブ・コントロール、YCC)": the bracket bounds the long form
        return "body" if cjk.group(1).endswith(CJK_BODY_ENDS) else "thing"
    return ""


def _cjk_kind(run: str, acronym: str) -> str:
    """A run as long as a long form of the acronym can be (one to :data:`LETTERS_EACH`
    letters a letter, as :mod:`.uncased_bodies` reads them) is a body's when it ends in a
    body's noun; a shorter one is a name of its own ("瑞銀(UBS)"), a longer one more than
    the name ("宣布該國最大銀行瑞銀(UBS)"): neither says a kind."""
    letters = len(acronym.removesuffix("s"))
    if not letters <= len(run.replace("・", "")) <= LETTERS_EACH * letters:
        return ""
    return "body" if run.endswith(CJK_BODY_ENDS) else "thing"


def _latin_kind(before: str, acronym: str) -> str:
    """The lower-case words right before the bracket whose initials spell the acronym (function
    words skipped): "thing" unless their head is a body's noun; "" when none spell it."""
    letters = acronym.removesuffix("s").casefold()
    words = _LATIN_WORDS.findall(before)
    initials: list[str] = []
    span: list[str] = []
    for word in reversed(words):
        if word.casefold() in STOPWORDS and span:
            continue
        parts = re.split(r"[-‐]", word)
        initials[:0] = [p[0].casefold() for p in parts]
        span.insert(0, word)
        if len(initials) >= len(letters):
            break
    if "".join(initials) != letters or not all(w.islower() for w in span):
        return ""
    # A plural is a class of things ("exchange-traded funds"), whatever body a "Fund" is.
    return "body" if span[-1].casefold() in ORG_HEADS else "thing"
