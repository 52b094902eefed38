"""Names that stand only in a picture's credit are no key topics.

A long caption set as a body paragraph ends with its credit: "(Photo by Jane ROE/AFP via
Getty Images)", "Photo: Jan Kowalski / Reuters", "Foto: Max Muster/dpa". The photographer is
named there, nowhere else, and the name (often in capitals) reads as a person or a body of
the story. :func:`without_credit_names` drops the topics whose every mention sits inside
such a credit. A credit is a picture word ("photo", "foto", "фото", ...) with "by" or a
colon, or right before a capitalised name ("Fotos Jan Nowak / ACN"), then at most
:data:`NAME_CHARS` characters closed by a slash (the agency follows) or a closing bracket:
"a photo by Ansel Adams sold for a million" is no credit, and a
photographer the story also names elsewhere stays.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing.model import Article, Topic

#: The longest name a credit holds before its slash or bracket.
NAME_CHARS = 60
_CREDIT = re.compile(
    r"(?i)\b(?:photos?|photographs?|pictures?|images?|imagen|imagem|immagine|bild|fotos?|"
    r"fotó|fotografia|fotografía|fotografie|фото|фотография)(?:\s*(?:by|credit|:|©)\s*|(?P<bare>\s+))"
    r"[^()/\n|:]{2," + str(NAME_CHARS) + r"}?\s*[/)]"
)


#: After a credit's slash, the agency: up to the closing bracket or the paragraph's end.
_AGENCY = re.compile(r"[^()\n]{1," + str(NAME_CHARS) + r"}?(?:\)|\s*$)")

#: One name of a slash-joined credit: words of letters (no digits, no sentence punctuation),
#: at most five.
_SEGMENT = r"[^\W\d_][\w&'’.-]*(?: [^\W\d_][\w&'’.-]*){0,4}"
#: A bracket holding only names joined by slashes, two at least.
_BRACKETED = re.compile(
    r"\(("
    + _SEGMENT
    + r"(?:\s?/\s?"
    + _SEGMENT
    + r")* / "
    + _SEGMENT
    + r"(?:\s?/\s?"
    + _SEGMENT
    + r")*)\)"
)
#: A paragraph's end made of capitalised names joined by slashes, one slash spaced at least,
#: and no full stop after them (a sentence's end).
_WORD = r"[^\W\d_a-zß-ÿ][\w&'’-]*\.?"
_CAPITALISED = _WORD + r"(?: " + _WORD + r"){0,4}"
_TAIL = re.compile(
    r"(?:^|(?<=[\s)]))(" + _CAPITALISED + r"(?:\s?/\s?" + _CAPITALISED + r")*"
    r" / " + _CAPITALISED + r"(?:\s?/\s?" + _CAPITALISED + r")*)(?<!\.)\s*$"
)


def credit_spans(text: str) -> list[tuple[int, int]]:
    """Where the picture credits of one paragraph stand (start, end): a picture word's
    credit with the agency after its slash, and :func:`chain_spans`.

    Every credit ends in a slash or a closing bracket, so a paragraph with neither (most
    of them) is answered without a pattern run over it: the callers ask per use of a name."""
    spans = mark_spans(text)
    if "/" not in text and ")" not in text:
        return spans
    for m in _CREDIT.finditer(text):
        if m.group("bare") and not text[m.end("bare")].isupper():
            continue  # "photos show the damage /": no name follows the bare picture word
        end = m.end()
        if text[end - 1] == "/":
            agency = _AGENCY.match(text, end)
            if agency is not None:
                end = agency.end()
        spans.append((m.start(), end))
    return spans + chain_spans(text)


#: A credit behind a copyright sign closing the paragraph, maybe several in a row:
#: "… ⓒ Example=Agency ⓒ Example Jane Roe", "… © Jane Roe / Example." — after a sentence's
#: end (or alone), no sentence inside: "options (b) and (c) were put …" is none.
_MARK_CREDIT = re.compile(
    r"(?:^|(?<=[.!?。)”\"])\s*)(?P<credit>(?:[©ⓒⒸ]|\([cC]\))(?:[^.!?。\n©ⓒⒸ]|[©ⓒⒸ]){1,80}?\.?)\s*$"
)


def mark_spans(text: str) -> list[tuple[int, int]]:
    """The credit a copyright sign opens at the paragraph's end (:data:`_MARK_CREDIT`): a
    picture's owner and its photographer, never a name of the story."""
    if "©" not in text and "ⓒ" not in text and "Ⓒ" not in text and "(c)" not in text.lower():
        return []
    match = _MARK_CREDIT.search(text, max(0, len(text) - 90))
    return [match.span("credit")] if match else []


def chain_spans(text: str) -> list[tuple[int, int]]:
    """Credits without a picture word: a bracket of slash-joined names, "(JANE ROE / AFP)",
    or a paragraph ending in capitalised ones, "… / JANE ROE/AFP / East News". A sentence's
    "Madrid/Lisbon route" is neither: its names stand among other words. Both hold a
    spaced slash, " / ", which most paragraphs have not."""
    if " / " not in text:
        return []
    spans = [m.span(1) for m in _BRACKETED.finditer(text)]
    tail = _TAIL.search(text)
    if tail is not None:
        spans.append(tail.span(1))
    return spans


def without_credit_names(topics: Sequence[Topic], articles: Sequence[Article]) -> tuple[Topic, ...]:
    """``topics`` less those named only inside picture credits (see the module's docstring)."""
    by_id = {a.id: a for a in articles}
    spans: dict[tuple[str, int], list[tuple[int, int]]] = {}

    def in_credit(article_id: str, paragraph: int, start: int, end: int) -> bool:
        key = (article_id, paragraph)
        if key not in spans:
            article = by_id.get(article_id)
            if article is None or paragraph >= len(article.paragraphs):
                spans[key] = []
            else:
                spans[key] = credit_spans(article.paragraphs[paragraph].text)
        return any(s <= start and end <= e for s, e in spans[key])

    return tuple(
        t
        for t in topics
        if not t.mentions
        or not all(
            in_credit(m.article_id, m.span.paragraph, m.span.start, m.span.end) for m in t.mentions
        )
    )
