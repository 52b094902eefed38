"""A picture's label alone on a line: "Still from a video", "Archive photo", "Кадр из видео".

A saved page keeps the words set under or over its picture when the picture is gone. Such a
label names the picture, not the story: a short line with no verb, made of a picture's noun
("photo", "still", "screenshot", "кадр", "Bild") and words that say what kind of picture it is
("video", "archive", "illustration") or join them ("from", "de", "из"). Above the lead it is
no headline and no stand-in title; it is a caption.

A headline about pictures has a word of its own besides them ("Photo shows flooded harbour",
"Video of the storm goes viral"): any other word keeps the line.
"""

from __future__ import annotations

import re

from briefing.corpus.kicker_words import is_function_word

__all__ = ["is_caption_label"]


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
