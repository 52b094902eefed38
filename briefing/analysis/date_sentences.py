"""The date phrases of one paragraph text, sentence by sentence (for :mod:`.timeline`).

Split from :mod:`.timeline` so that a text which recurs across articles (wire copy: half the
paragraph uses of a 10,000-article briefing) is read once: what is found here depends on the
text and its languages only, never on the article, whose date resolves it afterwards.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import replace

from briefing.analysis.agency_datelines import agency_dateline
from briefing.analysis.bare_days import with_bare_days
from briefing.analysis.caption_marks import (
    bracketed_stamp,
    credited_caption,
    photo_note,
    picture_positions,
)
from briefing.analysis.caption_openers import caption_opener, closing_photo_credit
from briefing.analysis.cjk_captions import cjk_caption
from briefing.analysis.correction_notes import bracketed_note_end, note_head_end
from briefing.analysis.credit_lines import credit_line
from briefing.analysis.date_roles import REPORTING
from briefing.analysis.dates import DatePhrase, find_dates, may_contain_dates
from briefing.analysis.forecasts import is_forecast
from briefing.analysis.numeric_dates import may_contain, with_numeric
from briefing.analysis.page_stamps import is_stamp, stamp_line
from briefing.analysis.run_in_datelines import dateline_end
from briefing.analysis.text import Sentence, sentences
from briefing.analysis.threatened_terms import threatened_term
from briefing.analysis.weekday_days import weekday_days
from briefing.analysis.years import find_years, has_year
from briefing.corpus.labels import labelled_at

#: A photo caption set as body text: "…, in Paris, on October 19, 2025." / "… Tajikistan
#: October 8, 2025. / Reuters" — a full date closing the sentence right after a place (with a
#: comma and at most a short article, or nothing), then at most a credit.
_CAPTION_HEAD = re.compile(r"(?<!\w)[A-ZÀ-ÖØ-ÞА-ЯЁ][\w\-’']*(?:,\s+(?:[^\W\d_]{1,3}\s+)?|\s+)$")
#: The same bare full date set apart after a comma behind any word ("Des véhicules devant la
#: salle, après la fusillade, ce 22 mars 2024."): prose tells a day in passing, it does not
#: close a sentence on a full date of its own ("…, on Monday, February 6, 2023." opens on a
#: word, not the date, and stays); a sentence with a verb of reporting ("a annoncé le
#: Kremlin, le 23 mars 2024.") is a statement and stays too.
_CAPTION_AFTER_COMMA = re.compile(r"(?<!\w)[^\W\d_][\w\-’']*,\s+(?:[^\W\d_]{1,3}\s+)?$")
_CAPTION_TAIL = re.compile(r"^[\s.]*(?:\([^()]*\)|/[^/]*)?\s*$")

#: One date phrase of a paragraph: sentence start, end and text, the phrase (offsets in the
#: paragraph), whether it is a dateline (an anchor, never an event: the sentence is only
#: dates, or opens with a place, the date and a dash), whether it reads as a photo caption or a
#: page's time stamp (not an event either way), whether its clause is a forecast
#: (:mod:`.forecasts`) or the term of a condition or a threat (:mod:`.threatened_terms`; not
#: an event either), and whether it is a wire's dateline with its place
#: or agency ("KYIV, May 3 (Reuters) -", "中新社 东京3月19日电"): the day the text was filed,
#: which :mod:`.dispatch_days` may prefer to a copy's later stamp.
Dated = tuple[int, int, str, DatePhrase, bool, bool, bool, bool]


#: A decimal digit of another script: Persian "۱۳ اکتبر", Arabic-Indic "١٣ أكتوبر", full-width
#: "１３日" (``\d`` is every Unicode decimal digit). Every date pattern reads ASCII figures.
_OTHER_DIGIT = re.compile(r"(?![0-9])\d")


def _ascii_digit(match: re.Match[str]) -> str:
    return str(unicodedata.digit(match.group()))


def dated_phrases(text: str, language: str, in_language: str) -> tuple[Dated, ...]:
    """Every date phrase of the paragraph ``text`` of an article in ``language``, split into
    sentences in ``in_language`` (the paragraph's own), in order: the same for every use of
    the text, so :func:`~.timeline.extract_timeline` reads a text that recurs once. Figures in
    another script are read as ASCII ones, and the sentence and phrase keep the text's own."""
    if not text.isascii() and _OTHER_DIGIT.search(text):
        plain = _OTHER_DIGIT.sub(_ascii_digit, text)  # one character for one: offsets hold
        return tuple(
            (start, end, text[start:end], replace(p, text=text[p.start : p.end]), a, c, f, d)
            for start, end, _, p, a, c, f, d in _dated_phrases(plain, language, in_language)
        )
    return _dated_phrases(text, language, in_language)


def _dated_phrases(text: str, language: str, in_language: str) -> tuple[Dated, ...]:
    if (
        not may_contain_dates(text, language)
        and not (has_year(text) and find_years(text, language, []))
        and not may_contain(text)
    ):
        return ()  # most paragraphs: no sentence split
    dated: list[Dated] = []
    split = _notes_apart(sentences(text, in_language))
    for sentence, after in zip(split, [*split[1:], None], strict=True):
        read = _read(sentence, language, in_language)
        if after is not None and read and credit_line(after.text):
            # "…入场。示例社记者 张三 摄", "… . Photograph: Jane Roe/Agency": a credit the
            # splitter set apart closes a caption
            read = [(s, e, t, p, a, c or not a, f, d) for s, e, t, p, a, c, f, d in read]
        dated.extend(read)
    return tuple(dated)


def _read(sentence: Sentence, language: str, in_language: str) -> list[Dated]:
    """The date phrases of one sentence; a dateline run into it ("Parigi, 25 set. (Agency) -
    The former president …") is set apart as a sentence of its own, and the prose after it
    read as another: the dateline is the agency's, the prose the writer's, so no event's
    sentence carries the dateline (as with an editor's note, ``_notes_apart``)."""
    found = with_numeric(list(find_dates(sentence.text, language)), sentence.text, language)
    found = weekday_days(_without_idioms(found, sentence.text), sentence.text, language)
    found = with_bare_days(found, sentence.text, language)  # "19日宣布": a day written alone
    phrases = _with_years(found, sentence.text, language)
    phrases = _without_restated(phrases, sentence.text)
    # Dates with a clock time and a label: the page's stamp ("1月18日 6時27分", "Updated May
    # 3, 10:45 am"), never an event. A stamp without a year may anchor the article's month,
    # as a bare dateline does; one with a year may be the page's clock when it was fetched
    # ("…时间 14:05 2031年5月11日"), so it dates the article only as ``page_stamps`` allows.
    stamp = stamp_line(sentence.text, phrases)
    yearless = stamp and not any(p.year for p in phrases)
    dateline = bool(phrases) and (yearless or _only_dates(sentence.text, phrases))
    ends = None if dateline or not phrases else dateline_end(sentence.text, phrases[0])
    if ends is not None:
        cut, begin = ends
        rest = sentence.text[begin:]
        if rest.strip():
            head = Sentence(sentence.start, sentence.start + cut, sentence.text[:cut])
            prose = Sentence(sentence.start + begin, sentence.end, rest)
            return [
                (head.start, head.end, head.text, _shift(phrases[0], head.start),
                 True, False, False, True),
                *_read(prose, language, in_language),
            ]  # fmt: skip
    run_in = None if dateline or not phrases else agency_dateline(sentence.text, phrases, language)
    if run_in is not None:
        return _headline_apart(sentence, run_in, language, in_language)
    dated: list[Dated] = []
    # "写真は18日、…", "Photo: …", "… (2031年 ロイター/Jane Roe)": a caption, every date of it
    pictured = bool(phrases) and (
        caption_opener(sentence.text) or closing_photo_credit(sentence.text)
    )
    for phrase in phrases:
        caption = (
            pictured
            or _caption_like(sentence.text, phrase)
            or stamp
            or is_stamp(sentence.text, phrase)
            or labelled_at(sentence.text, phrase.start)  # "发布时间:2031年…": the page's stamp
            or _credit_like(sentence.text, phrases)
            or _editor_note(sentence.text, phrase)
            or _correction_note(sentence.text, phrase)  # "(Correction of 3 May 2031: …)"
            or _post_credit(sentence.text, phrase)
            or _furniture_marked(sentence.text, phrase, phrase is phrases[-1])
            or cjk_caption(sentence.text, phrase.start, phrase.end)  # "…拍摄的", "摄影:"
            or photo_note(sentence.text, phrase.start, phrase.end)  # "(Photo: …, 3 May)"
        )
        # A dateline run into the text dates the article, as a bare one does.
        dispatch = dateline_end(sentence.text, phrase) is not None
        # a forecast, or the term of a condition or a threat ("if … by 15 May"): no event
        forecast = is_forecast(
            sentence.text, phrase.start, phrase.end, in_language
        ) or threatened_term(sentence.text, phrase.start, phrase.end, in_language)
        at = _shift(phrase, sentence.start)
        dated.append(
            (sentence.start, sentence.end, sentence.text, at, dateline or dispatch, caption,
             forecast, dispatch)
        )  # fmt: skip
    return dated


def _furniture_marked(sentence: str, phrase: DatePhrase, last: bool) -> bool:
    """A caption or a page's stamp by the marks it carries (:mod:`.caption_marks`): a credit
    closing the sentence after its ``last`` date (a capitalised word after an earlier one may
    be the next date: "Tuesday / Wednesday"), a picture's positions ("(bottom R)") beside a
    full date, or a bracketed update note with a full date and its clock time."""
    if last and credited_caption(sentence, phrase.end):
        return True
    full = phrase.kind == "absolute" and bool(phrase.year) and phrase.day is not None
    return full and (
        picture_positions(sentence) or bracketed_stamp(sentence, phrase.start, phrase.end)
    )


def _headline_apart(
    sentence: Sentence, run_in: tuple[int, DatePhrase, int], language: str, in_language: str
) -> list[Dated]:
    """A headline, an agency's dateline and the lead run together (``agency_datelines``):
    each read as a sentence of its own. The dateline is an anchor, never an event; the
    headline and the lead keep their dates."""
    begin, phrase, cut = run_in
    text = sentence.text
    headline = text[:begin].rstrip()
    head = Sentence(sentence.start + begin, sentence.start + cut, text[begin:cut])
    lead = Sentence(sentence.start + cut + 1, sentence.end, text[cut + 1 :])
    dated: list[Dated] = []
    if headline.strip():
        start = sentence.start
        dated.extend(_read(Sentence(start, start + len(headline), headline), language, in_language))
    dated.append((head.start, head.end, head.text, _shift(phrase, sentence.start),
                  True, False, False, True))  # fmt: skip
    return [*dated, *_read(lead, language, in_language)]


#: "Today" in idioms for "nowadays": "nos dias de hoje", "hoy (en) día", "au jour
#: d'aujourd'hui" — no day of the story.
_NOWADAYS = re.compile(
    r"dias\s+de\s+hoje|hoy\s+(?:en\s+)?día|jour\s+d['’]aujourd['’]hui", re.IGNORECASE
)


def _without_idioms(phrases: list[DatePhrase], text: str) -> list[DatePhrase]:
    """``phrases`` without a "today" that is part of an idiom for "nowadays"."""
    return [
        p
        for p in phrases
        if p.kind != "relative"
        or not _NOWADAYS.search(text, max(0, p.start - 12), min(len(text), p.end + 8))
    ]


def _with_years(phrases: Sequence[DatePhrase], text: str, language: str) -> list[DatePhrase]:
    """The date phrases and the years named alone outside them (:mod:`.years`)."""
    taken = [(p.start, p.end) for p in phrases]
    return sorted([*phrases, *find_years(text, language, taken)], key=lambda p: p.start)


#: Between "today" and the date it stands for: punctuation (an opening bracket too: "今天(16日)",
#: "오늘(1일)", "today (May 5)") and at most a short article.
_APPOSITION = re.compile(r"[\s,:—–(（-]*(?:[^\W\d_]{1,3}\s+)?")


def _without_restated(phrases: Sequence[DatePhrase], text: str) -> list[DatePhrase]:
    """Drop "today" when the text names the day right after it ("aujourd’hui, le lundi 6
    février 2023", "oggi 6 febbraio 2023"): the date says which day, the word adds nothing."""
    kept = []
    for phrase, after in zip(phrases, [*phrases[1:], None], strict=False):
        if (
            phrase.kind == "relative"
            and after is not None
            and after.kind in ("absolute", "weekday")
            and _APPOSITION.fullmatch(text[phrase.end : after.start])
        ):
            continue
        kept.append(phrase)
    return kept


def _caption_like(sentence: str, phrase: DatePhrase) -> bool:
    """A photo caption inside body text: it ends on a full date right after a place."""
    bare = phrase.text[:1].isupper() or phrase.text[:1].isdigit()
    if phrase.kind != "absolute" or not phrase.year or not bare:
        return False  # "on Monday, February 6, 2023" is prose: captions give the bare date
    head, tail = sentence[: phrase.start], sentence[phrase.end :]
    if not _CAPTION_TAIL.match(tail):
        return False
    if _CAPTION_HEAD.search(head):
        return True
    return bool(_CAPTION_AFTER_COMMA.search(head)) and not any(
        word.casefold() in REPORTING for word in _WORD.findall(head)
    )


_WORD = re.compile(r"[^\W\d_][\w'’-]*")


#: What sets a credit's names off from its date: a comma, a bar, a slash, a bracket, a dash.
_CREDIT_BEFORE = re.compile(r"[,|/()·•–—-]$")
_CREDIT_AFTER = re.compile(r"\s*[,|/()·•–—-]")
_CREDIT_NAME = re.compile(r"[^\W\d_][\w'’&.-]*")
#: Words a credit's name may have ("Sputnik Afrique", "Agence France-Presse").
_CREDIT_WORDS = 3


def _credit_like(sentence: str, phrases: Sequence[DatePhrase]) -> bool:
    """A date with only a name set off by punctuation: the stamp and outlet under a picture
    or a video ("07.12.2024, Sputnik Afrique", "Reuters / 3 May 2031", "MADRID, 3 May (AFP)").
    A date in words of prose ("Am 7. Dezember Wiedereröffnung", "Trump arrives December 7")
    is not one: the name must be capitalised words only, apart from the date by punctuation.
    """
    if len(phrases) != 1:
        return False
    phrase = phrases[0]
    before, after = sentence[: phrase.start].rstrip(), sentence[phrase.end :].rstrip(" .")
    if (before and not _CREDIT_BEFORE.search(before)) or (after and not _CREDIT_AFTER.match(after)):
        return False
    words = _CREDIT_NAME.findall(before) + _CREDIT_NAME.findall(after)
    return 0 < len(words) <= _CREDIT_WORDS and all(w[0].isupper() for w in words)


#: A square bracket opening a sentence: an editor's note set before the text ("[Updated
#: 3 May 2031, 20:25 - toll revised]", "[Nota: atualizada a 3 de maio]").
_NOTE_OPEN = re.compile(r"\s*\[")


def _editor_note(sentence: str, phrase: DatePhrase) -> bool:
    """A date inside the square brackets that open a sentence: an editor's note on this copy
    of the text (when it was updated, what changed), not an event of the story. Square
    brackets are the editor's, never the writer's; the text after the note is prose and
    keeps its dates, and so does a bracket inside a sentence ("he said [on 3 May] that …")."""
    opening = _NOTE_OPEN.match(sentence)
    if opening is None:
        return False
    closing = sentence.find("]", opening.end())
    return closing != -1 and phrase.end <= closing


def _correction_note(sentence: str, phrase: DatePhrase) -> bool:
    """A date in the head of a correction or update note opening the sentence ("Berichtigung
    der Meldung vom 3.5.2031: …", ``correction_notes``): when the text's earlier version went
    out, not an event. What the note says after its colon keeps its dates."""
    end = note_head_end(sentence)
    return end is not None and phrase.end <= end


def _notes_apart(split: Sequence[Sentence]) -> list[Sentence]:
    """The sentences with an opening editor's note ("[Updated 3 May 2031 - toll revised] The
    bridge fell on Tuesday.") set apart from the prose after it: the note is the editor's, the
    prose the writer's, so the prose's dates are read in a sentence of their own and a reader
    (or a check) never sees the note's stamp as part of the event's sentence. A correction or
    update note in round brackets ("(Correction of 3 May: …)KYIV …", ``correction_notes``)
    is set apart the same way."""
    kept: list[Sentence] = []
    for sentence in split:
        opening = _NOTE_OPEN.match(sentence.text)
        closing = sentence.text.find("]", opening.end()) if opening else -1
        if closing == -1:
            closing = bracketed_note_end(sentence.text) or -1
        rest = sentence.text[closing + 1 :] if closing != -1 else ""
        if not rest.strip():
            kept.append(sentence)
            continue
        gap = len(rest) - len(rest.lstrip())
        cut = sentence.start + closing + 1
        kept.append(Sentence(sentence.start, cut, sentence.text[: closing + 1]))
        kept.append(Sentence(cut + gap, sentence.end, rest[gap:]))
    return kept


#: The credit line of an embedded social-media post: the author's handle in brackets right
#: before the date ("— Jane Roe (@janeroe) May 3, 2031", "(@user@example.social) 3 mai 2031").
_HANDLE_BEFORE = re.compile(r"\(@[\w.]+(?:@[\w.-]+)?\)\s*$")
_POST_END = re.compile(r"[\s.,;:г]*$")


def _post_credit(sentence: str, phrase: DatePhrase) -> bool:
    """The date an embedded post was sent, as its credit line gives it after the author's
    handle, in whatever date format the page's language has: when the post was written, not
    an event. A handle elsewhere ("Jane Roe (@janeroe) said on May 3 …") is prose."""
    return bool(
        _HANDLE_BEFORE.search(sentence, 0, phrase.start)
        and _POST_END.fullmatch(sentence, phrase.end)
    )


#: A word: two letters or more, or one character of a script written without spaces (Han,
#: kana), where "当局发出警告" is a clause, not one word.
_WORDS = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]|[^\W\d_]{2,}")


def _only_dates(text: str, phrases: Sequence[DatePhrase]) -> bool:
    rest = text
    for phrase in reversed(phrases):
        rest = rest[: phrase.start] + rest[phrase.end :]
    return len(_WORDS.findall(rest)) < 2


def _shift(phrase: DatePhrase, by: int) -> DatePhrase:
    return replace(phrase, start=phrase.start + by, end=phrase.end + by)
