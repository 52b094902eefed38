"""Correction and update notes opening a text: the date in their head is the text's, no event.

An editor who corrects or updates a story sets a note before it: "(Correction of the report
of 9 May 2031: the source in paragraph 1 is …)", "Correction, 3 May 2031: An earlier version
…", "Update 3 May 2031: …", "(Rectificatif du 3 mai 2031 : …)", "更正(2031年5月3日):…". The day
the note names is when an earlier version of the text went out, never a day of the story.

A note is known by its shape, in any language: its label opens the sentence (maybe after an
opening bracket), and a colon closes a short head (at most :data:`HEAD_WORDS` words after the
label) — "label [of the report] [of <date>]:". Only the dates in that head are the note's: what
follows the colon is what the note says, and its dates keep their reading. The labels are the
words newsrooms print over such notes (:data:`LABELS`, in the manner of the publication and
update labels of :mod:`briefing.corpus.labels`); the shape keeps them from catching prose:
"The ministry corrected its figure on Monday" opens on no label, and "Correction of the
figures came on Monday" has no colon closing a head.

A note in round or corner brackets that opens a sentence and closes before the text goes on
("(Correction …: ….)PORT LOUIS (Agency) - …") is set apart from the prose after it
(:func:`bracketed_note_end`), as an editor's note in square brackets is
(:mod:`.date_sentences`): the prose's dates are then read in a sentence of their own.
"""

from __future__ import annotations

import re

__all__ = ["HEAD_WORDS", "LABELS", "bracketed_note_end", "note_head_end"]

#: Labels of correction and update notes, by language (casefolded).
LABELS = (
    # en
    "correction", "corrections", "clarification", "erratum", "editor's note", "editor’s note",
    "update",
    # de, nl, lb
    "berichtigung", "korrektur", "richtigstellung", "klarstellung", "aktualisierung",
    "correctie", "rectificatie", "verbetering", "noot van de redactie",
    # fr, es, pt, it, ro, ca
    "rectificatif", "rectification", "mise à jour", "note de la rédaction",
    "corrección", "fe de errores", "rectificación", "aclaración", "actualización",
    "nota del editor", "nota de la redacción",
    "correção", "correcção", "errata", "retificação", "esclarecimento", "atualização",
    "nota da redação",
    "rettifica", "correzione", "errata corrige", "precisazione", "aggiornamento",
    "nota della redazione",
    "rectificare", "corectură", "actualizare", "correcció", "actualització",
    # sv, da, no, fi, et, is
    "rättelse", "korrigering", "uppdatering", "rettelse", "berigtigelse", "opdatering",
    "oppdatering", "korjaus", "oikaisu", "päivitys", "parandus", "leiðrétting",
    # pl, cs, sk, hu, hr, sl
    "sprostowanie", "korekta", "aktualizacja", "oprava", "aktualizace", "aktualizácia",
    "helyesbítés", "frissítés", "ispravak", "popravek",
    # ru, uk, bg, sr
    "исправление", "уточнение", "обновление", "от редакции",
    "виправлення", "уточнення", "оновлення", "корекция", "исправка",
    # el, tr
    "διόρθωση", "επικαιροποίηση", "düzeltme", "tekzip", "güncelleme",
    # ar, fa, he (Hindi's सुधार and संशोधन, Russian's поправка also mean "reform" and
    # "amendment", which open news sentences: left out)
    "تصحيح", "تصويب", "استدراك", "تحديث", "اصلاحیه", "תיקון", "עדכון",
    # zh, ja, ko
    "更正", "勘误", "勘誤", "訂正", "追記", "정정", "바로잡습니다",
)  # fmt: skip
#: Words the head may hold between the label and its colon ("of the report of", a date's
#: words): a longer run is a sentence, not a note's head.
HEAD_WORDS = 8

_OPEN = "([{【〔（［"
_CLOSE = {"(": ")", "[": "]", "{": "}", "【": "】", "〔": "〕", "（": "）", "［": "］"}
_ALTERNATIVES = "|".join(re.escape(label) for label in sorted(LABELS, key=len, reverse=True))
_LABEL = re.compile(
    rf"\s*(?P<bracket>[{re.escape(_OPEN)}])?\s*(?P<label>{_ALTERNATIVES})", re.IGNORECASE
)
#: Scripts written without spaces, or in syllable blocks, whose label may run into the next
#: word ("更正启事", "정정보도"); any other label must end a word.
_RUN_ON = re.compile(r"[\u1100-\u11ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
_WORD = re.compile(r"[^\W\d_]+")
_COLON = re.compile(r"[:：]")
#: The first letters of the labels: most sentences open on none, and skip the pattern.
_FIRST = frozenset(label[0] for label in LABELS)
#: What ends a sentence (a full stop before a capital, "Dec. 5" is none): a head reaching one
#: is prose.
_STOP = re.compile(r"[.!?]\s+(?=[A-ZÀ-ÖØ-ÞΑ-ΩА-ЯЁ])|[。！？]")


def note_head_end(sentence: str) -> int | None:
    """Where the head of a correction or update note opening ``sentence`` ends (its colon),
    or None when the sentence opens no note (module docstring). A date phrase ending at or
    before it is the note's."""
    match = _LABEL.match(sentence) if _may_open(sentence) else None
    if match is None:
        return None
    end = match.end()
    label = match.group("label")
    if end < len(sentence) and sentence[end].isalnum() and not _RUN_ON.match(label[-1]):
        return None  # "Correctional officers", "Updated" (the update labels read those)
    colon = _COLON.search(sentence, end)
    if colon is None:
        return None
    head = sentence[end : colon.start()]
    closing = _CLOSE.get(match.group("bracket") or "")
    if _STOP.search(head) or (closing and closing in head):
        return None  # the head ran past a sentence's end or out of its bracket
    if len(_WORD.findall(head)) > HEAD_WORDS:
        return None
    return colon.start()


def bracketed_note_end(sentence: str) -> int | None:
    """The index of the bracket closing a note that a bracket opens ``sentence`` with
    ("(Correction of 3 May: ….) KYIV …"), when text follows it; None otherwise."""
    match = _LABEL.match(sentence) if _may_open(sentence) else None
    if match is None or match.group("bracket") is None or note_head_end(sentence) is None:
        return None
    opening = match.group("bracket")
    closing = _CLOSE[opening]
    depth = 0
    for at in range(match.start("bracket"), len(sentence)):
        char = sentence[at]
        if char == opening:
            depth += 1
        elif char == closing:
            depth -= 1
            if depth == 0:
                return at if sentence[at + 1 :].strip() else None
    return None


def _may_open(sentence: str) -> bool:
    """Whether ``sentence`` opens (after spaces and one bracket) on a label's first letter."""
    text = sentence.lstrip()
    if text[:1] in _OPEN:
        text = text[1:].lstrip()
    return text[:1].casefold() in _FIRST
