"""Lines of a page that are never its headline, whatever their shape.

:func:`briefing.corpus.title_window.title_index` takes a headline-shaped line over the story,
and with none the stand-in title is cut from the first paragraph
(:mod:`briefing.corpus.fallback_titles`). A saved page keeps lines of its own there that are
headline-shaped yet say nothing of the story; each kind is told by its form, in any language:

- **a breadcrumb**: a site's sections joined by a trail sign (``>``, ``›``, ``»``, ``→``),
  each a few words, or a trail left open at its end (``Example News > Science >``). A
  guillemet closes a quote as often as it joins sections, so ``»`` and ``›`` count only in a
  line that opens no quote with ``«`` or ``‹``; a headline with a sign between two clauses of
  more than a few words ("Profits > forecasts as …") stays. A Chinese page's trail ends in
  the crumb ``正文`` ("the text": this page), and kept with its signs lost it is still one
  (``示例网 正文``, ``首页 国际 正文``); a headline that only ends in the word, glued to
  it ("…报告正文"), stays;
- **a widget's label glued to itself**: an icon's alt text and the label beside it, the same
  words twice with nothing between (``QR codeQR code``, ``FollowFollow``); a headline said
  twice keeps a space or a stop between (``Headline. Headline.``) and stays;
- **a picture's caption or credit set as a line**: it opens with a label made of a picture's
  noun and a caption's or a credit's noun (``Image caption``, ``Copyright de l'image``,
  ``Pie de foto``, ``Подпись к фото``, ``Bildunterschrift``, ``图片来源``, ``사진 출처``,
  ``التعليق على الصورة``): the words of the caption follow, never the story's headline. A
  headline about a picture has no caption noun beside it ("Photo shows …" stays);
- **a source line**: ``Source: <house>``, ``来源:新华社``, ``المصدر: …`` (the label's words are
  :mod:`briefing.corpus.source_label`'s), a short name and no sentence after the label. A
  headline that quotes an unnamed source ("Source: talks to resume next week in Geneva")
  runs on past a name's length and stays;
- **a post embedded in the page**: the signature or picture link of a post
  (:mod:`briefing.corpus.embedded_post`), or an account's handle (``@example``) as a word of
  its own: a headline names an account by its name, a post by its handle (an address, ``desk@
  example.org``, has letters before the sign and stays).

A navigation link ("back to top" and its kin in every language) is told by where it stands,
not by its words (:func:`story_below`): a headline heads a story, so a line with no
paragraph of story below it (the page's last links, a credit closing the text) is none.

Each test is cheap and only run on the few lines a title is picked from.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing.corpus.embedded_post import is_embedded_post
from briefing.corpus.headline_shape import word_count
from briefing.corpus.source_label import source_label_name

__all__ = ["drop_pager", "is_breadcrumb", "never_headline", "story_below"]

#: Signs that join a breadcrumb's sections; the guillemets only where no quote is opened.
_TRAIL_SIGNS = (">", "＞", "→", "»", "›")
_QUOTE_SIGNS = {"»": "«", "›": "‹"}
#: At most this many words in each section of a breadcrumb.
_SECTION_WORDS = 4
_SENTENCE_STOP = re.compile(r"[.!?。！？]$")


def is_breadcrumb(text: str) -> bool:
    """A site's trail of sections (module doc): two sections or more joined by one sign, each
    of a few words with no sentence's stop, or one or more left open by a sign at the end."""
    line = text.strip()
    for sign in _TRAIL_SIGNS:
        if sign not in line or (sign in _QUOTE_SIGNS and _QUOTE_SIGNS[sign] in line):
            continue
        sections = [part.strip() for part in line.split(sign)]
        open_end = sections[-1] == ""
        filled = [part for part in sections if part]
        if not filled or (len(filled) < 2 and not open_end) or sections[0] == "":
            continue  # "» 2031年03月14日 公開": a sign before a stamp, no trail
        if all(
            len(part) >= 2  # "p> Von Jane Roe": a tag's leftover, no section
            and word_count(part) <= _SECTION_WORDS
            and not _SENTENCE_STOP.search(part)
            for part in filled
        ):
            return True
    return False


#: A picture's nouns, and the nouns of a caption or a credit set beside them, lower-case.
_PICTURE = (
    r"image|images|photo|photos|picture|foto|fotos|imagen|immagine|imagem|bild|фото|снимка"
    r"|изображение|изображения|зображення|صورة|الصورة|صور|图片|圖片|图像|圖像|照片|写真|画像|사진"
)
_LABEL = (
    r"caption|copyright|credit|crédit|crédito|credito|légende|legende|leyenda|legenda|pie"
    r"|derechos de autor|direitos|quelle|unterschrift|источник|подпись|автор|права|джерело"
    r"|підпис|مصدر|حقوق|التعليق|تعليق|来源|來源|说明|說明|加注文字|출처|설명|提供|出典"
)
#: The label opening the line: picture then label ("Image caption", "Bildunterschrift",
#: "图片来源", "사진 출처"), or label, up to two little words, picture ("Copyright de l'image",
#: "Pie de foto", "Подпись к фото", "التعليق على الصورة").
_CAPTION_LABEL = re.compile(
    rf"^\W{{0,2}}(?:(?:{_PICTURE})\s?(?:{_LABEL})"
    rf"|(?:{_LABEL})(?:\s+[^\W\d_]{{1,4}}['’]?){{0,2}}\s*(?:{_PICTURE}))(?![^\W\d_])",
    re.I,
)


def _caption_label(text: str) -> bool:
    return _CAPTION_LABEL.match(text.lstrip()) is not None


#: An account's handle as a word of its own (not inside an address: "desk@example.org").
_HANDLE = re.compile(r"(?<![\w.@])@[A-Za-z0-9_]{2,30}(?![\w@])")
#: A source's name this many words at most: a sentence after the label is no source line.
_SOURCE_WORDS = 4


def _source_line(text: str) -> bool:
    """A label and a name: a few words, no stop, at most one of them lower-case ("dts
    Nachrichtenagentur", "example.org"); "Source: Mayor to sell the quay" is a headline."""
    name = source_label_name(text) if len(text) <= 120 else None
    if name is None or _SENTENCE_STOP.search(name):
        return False
    words = name.split()
    lower = sum(1 for word in words if word[:1].islower() and "." not in word)
    return len(words) <= _SOURCE_WORDS and lower <= 1


#: A Chinese breadcrumb's crumbs with their signs lost: one to three short crumbs, then "正文".
_BARE_TRAIL = re.compile(r"^(?:[^\s。！？!?.]{1,12}\s+){1,3}正文$")


def _glued_twice(text: str) -> bool:
    """The same words twice with nothing between: ``QR codeQR code`` (module doc)."""
    line = text.strip()
    half = len(line) // 2
    return half >= 2 and len(line) % 2 == 0 and line[:half] == line[half:]


def never_headline(text: str) -> bool:
    """Whether ``text`` is a page line of a kind that is never a headline (module doc): a
    breadcrumb, a widget's label glued to itself, a caption's or credit's label opening it, a
    source line or a post."""
    if len(text) > 600:
        return _caption_label(text)  # a long caption set as a paragraph
    return (
        is_breadcrumb(text)
        or _BARE_TRAIL.match(text.strip()) is not None  # "示例网 正文": a trail, signs lost
        or _glued_twice(text)  # "QR codeQR code": a widget's alt text and its label
        or _caption_label(text)
        or _source_line(text)
        or is_embedded_post(text)
        or _HANDLE.search(text) is not None
    )


#: A paragraph of the story: this many words at least (two Han characters make one), or more
#: words than the line it would be the headline of.
_STORY_WORDS = 8


def story_below(texts: Sequence[str], kinds: Sequence[str], i: int) -> bool:
    """Whether a paragraph of story or a picture's caption comes below line ``i`` (a line of
    :data:`_STORY_WORDS` words or more, or longer than line ``i``): a headline heads one (a
    gallery's headline heads its captions); a page's last link or credit heads nothing."""
    enough = min(_STORY_WORDS, word_count(texts[i]) + 1)
    return any(
        kinds[j] in ("body", "caption") and word_count(texts[j]) >= enough
        for j in range(i + 1, len(texts))
    )


#: A pager's counter closing a headline: "<headline> (1/2)", the first of two pages.
_PAGER = re.compile(r"\s*[(（](?P<page>\d{1,2})\s*/\s*(?P<pages>\d{1,2})[)）]\s*$")


def drop_pager(title: str) -> str:
    """``title`` without a pager's counter at its end (``… (1/2)``: page one of two, the
    page's, not the headline's); a count that cannot be a page of pages stays (``(3/2)``)."""
    match = _PAGER.search(title)
    if match is None or not 1 <= int(match.group("page")) <= int(match.group("pages")) <= 20:
        return title
    head = title[: match.start()].rstrip()
    return head if word_count(head) >= 3 else title
