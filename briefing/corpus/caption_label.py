"""A picture's label alone on a line: "Still from a video", "Archive photo", "Кадр из видео".

A saved page keeps the words set under or over its picture when the picture is gone. Such a
label names the picture, not the story: a short line with no verb, made of a picture's noun
("photo", "still", "screenshot", "кадр", "Bild") and words that say what kind of picture it is
("video", "archive", "illustration") or join them ("from", "de", "из"). Above the lead it is
no headline and no stand-in title; it is a caption.

A headline about pictures has a word of its own besides them ("Photo shows flooded harbour",
"Video of the storm goes viral"): any other word keeps the line.

The same picture's words in the shapes other pages give them (:func:`is_caption_shaped`):

- a Chinese label alone in brackets: ``【资料图】``, ``(資料照)`` ("file picture"), ``【示意图】``;
- a Chinese caption closing with the picture's credit: ``…前往广场(圖/示例社)``
  ("picture: <agency>"; :mod:`briefing.corpus.cjk_credit` reads ``(示例新聞/張三 綜合報導)``
  as the story's credit, a picture's is no report);
- a Japanese caption: what the picture shows, an equals sign, the day (and hour) and the
  place, maybe its agency in brackets: ``…握手する両首脳=4日、例示市(例示通信)``;
- a caption closing with its picture agency after a slash: ``Место пожара/Exampleimages.ru``
  (a name with "images", "photo" or "foto" in it: a picture library's);
- a line opened by the triangle the Korean and Chinese press set before a picture's caption:
  ``▲예시시 항구에 몰린 배들.``, ``▲示例市的港口``, ``▲▼`` over a gallery (one triangle at the
  start only: a row of ``▲`` items is a list, and a caption is one short line).
"""

from __future__ import annotations

import re

from briefing.corpus.kicker_words import is_function_word

__all__ = ["is_caption_label", "is_caption_shaped", "is_picture_line"]


def _words(text: str) -> frozenset[str]:
    """The words of a list written as one string."""
    return frozenset(text.split())


#: At most this many words: a label, not a sentence.
_MAX_WORDS = 4
_MAX_CHARS = 48
#: Nouns of a picture, then words of what kind of picture (casefolded, several languages).
_PICTURE = _words(
    """photo photos picture pictures image images still screenshot screengrab footage
    foto fotos fotografía fotografia imagen imágenes immagine immagini captura
    bild bilder archivbild symbolbild archivfoto symbolfoto standbild bildschirmfoto
    vidéo capture cliché
    фото фотография снимок кадр кадры скриншот стоп-кадр знімок кадри
    zdjęcie zrzut fotografie snímek görüntü fotoğraf
    video videos vídeo видео відео
    archive archives archivo archivio archiv архив архива архивное архівне
    illustration illustrative illustratif ilustración ilustrativa illustrazione иллюстрация
    ilustrativní ekranu obrazovky экрана"""
)
#: Words that head a label: the picture itself (the kinds of picture only qualify it).
_HEADS = _words(
    """photo photos picture pictures image images still screenshot screengrab footage
    foto fotos fotografía fotografia imagen imágenes immagine immagini captura
    bild bilder archivbild symbolbild archivfoto symbolfoto standbild bildschirmfoto
    capture cliché фото фотография снимок кадр кадры скриншот стоп-кадр знімок кадри
    zdjęcie zrzut fotografie snímek görüntü fotoğraf"""
)
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)?")
_ELISION = re.compile(r"^(?:[dl]|dell|dall|nell)['’]", re.IGNORECASE)


def is_caption_label(text: str) -> bool:
    """Whether ``text`` is a picture's label and nothing else (module doc)."""
    line = text.strip()
    if not line or len(line) > _MAX_CHARS or line[-1] in ".!?":
        return False
    words = [_ELISION.sub("", w) for w in line.split()]
    if len(words) > _MAX_WORDS:
        return False
    tokens = [w.strip("()[]:,;«»\"'“”").casefold() for w in words]
    if not tokens or any(not _WORD.fullmatch(t) for t in tokens if t):
        return False
    tokens = [t for t in tokens if t]
    if not any(t in _HEADS for t in tokens):
        return False
    return all(t in _PICTURE or len(t) == 1 or is_function_word(t) for t in tokens)


#: "【资料图】", "(資料照)": a Chinese picture's label, alone in its brackets.
_CJK_LABEL = re.compile(
    r"\s*[【\[(（〔]\s*(?:[资資]料(?:[图圖]|照|照片|[图圖]片)|示意[图圖]|[图圖]片|照片|网络[图圖]片"
    r"|網路[图圖]片|(?:[视視][频頻]|影片)?截[图圖])\s*[】\])）〕]\s*"
)
#: "…(圖/示例社)": a picture's credit closing a Chinese caption.
_CJK_CREDIT = re.compile(
    r"[(（]\s*(?:[图圖]|照片|相片|[摄攝]影|[图圖]片|[资資]料照|[资資]料[图圖])\s*[/／:：]"
    r"\s*[^()（）/／]{1,30}[)）]\s*$"
)
#: "…=4日、例示市(例示通信)", "…=4日午後1時9分、首相官邸": a Japanese caption's day and place.
_JA_CAPTION = re.compile(
    r"[=＝]\s*(?:[0-9０-９]{1,2}月)?[0-9０-９]{1,2}日[^、。=＝()（）]{0,12}、[^。=＝()（）]{1,40}"
    r"(?:[(（][^()（）]{1,24}[)）])?\s*$"
)
_KANA = re.compile("[\u3041-\u30fa]")
#: "…/Exampleimages.ru", "… / Example Photo": a picture library's name after a slash.
_SLASH_LIBRARY = re.compile(r"/\s*[\w.-]*(?:images?|photos?|foto)[\w.-]*\s*$", re.IGNORECASE)
#: A caption is short; a story's paragraph may end in a slash and a name too.
_CAPTION_CHARS = 200
_CAPTION_WORDS = 15


#: The triangle (or a pair, over a gallery) opening a Korean or Chinese picture caption.
_TRIANGLE = re.compile(r"[▲△][▼▽]?\s*(?=\S)")


def is_caption_shaped(text: str) -> bool:
    """Whether ``text`` is a picture's caption or label in a shape of the module doc."""
    line = text.strip()
    if not line or len(line) > _CAPTION_CHARS:
        return False
    triangle = _TRIANGLE.match(line)
    if triangle is not None and not _TRIANGLE.search(line, triangle.end()):
        return True
    if _CJK_LABEL.fullmatch(line) or _CJK_CREDIT.search(line):
        return True
    if "。" not in line and _KANA.search(line) and _JA_CAPTION.search(line):
        return True
    return len(line.split()) <= _CAPTION_WORDS and bool(_SLASH_LIBRARY.search(line))


def is_picture_line(text: str) -> bool:
    """Whether ``text`` is a picture's label (:func:`is_caption_label`) or a caption in one of
    the shapes of :func:`is_caption_shaped`: a caption, never a title."""
    return is_caption_label(text) or is_caption_shaped(text)
