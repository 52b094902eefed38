"""A media-type rubric left at a headline's end: ``<headline> Фотографии``, ``<headline> Video``.

A page marks a story that is mostly pictures or a film with a label of its kind (Photos, Video,
Galerie, Фото …) and sets it on the headline's line; a plain-text copy keeps it glued after the
headline's last word with a space. The label says what the page holds, not what happened: it
is no word of the title.

A headline may end in such a word of its own, so the word is only cut when nothing but its
capital can have put it there:

- it is the line's last word, after a space (no colon, dash or bracket: ``Storm hits: photos``
  and ``… [FOTO/VIDEO]`` are the headline's own, and kept);
- it starts with a capital (or is all capitals) while the headline is in sentence case (fewer
  than half of its longer words after a sentence's first are capitalised): in a headline in
  title case ("Nasa Releases New Photos") every word has one;
- the word before it starts with a capital too (a name, as the last word of the headline
  often is) and ends in a letter or digit: a lower-case word before it ("neue Fotos", German
  capitalising every noun) may make a phrase with it, and a mark ends the headline on purpose;
- at least four words stand before it.

Scripts without case (Han, kana, Hangul) give no such sign, and a word there is left alone.
"""

from __future__ import annotations

import itertools
import re

__all__ = ["drop_rubric"]

#: The kinds of media a page labels a story by, in the languages of the packets and their
#: neighbours (singular and plural). Matched case-blind; the capital is checked apart.
_RUBRICS = frozenset(
    {
        "photo", "photos", "video", "videos", "gallery", "pictures",  # en
        "foto", "fotos", "vídeo", "vídeos", "galería", "galeria", "fotogalería",  # es, pt
        "vidéo", "vidéos", "galerie", "diaporama",  # fr
        "fotogalerie", "bildergalerie", "fotostrecke", "bilderstrecke",  # de
        "fotogallery", "fotografie",  # it, cs
        "zdjęcia", "wideo",  # pl
        "фото", "фотографии", "фотогалерея", "фоторепортаж", "видео",  # ru
        "відео", "фотографії",  # uk
        "φωτογραφίες", "βίντεο",  # el
        "fotoğraflar", "galeri",  # tr
    }
)  # fmt: skip
_WORDS = re.compile(r"\S+")
_SENTENCE_END = re.compile(r"[.!?…]$")
_MIN_BEFORE = 4


def drop_rubric(title: str) -> str:
    """``title`` without a media-type label glued to its end (module doc); else unchanged."""
    words = _WORDS.findall(title.strip())
    if len(words) <= _MIN_BEFORE:
        return title
    label, before = words[-1], words[:-1]
    if label.casefold() not in _RUBRICS or not label[0].isupper():
        return title
    last = before[-1]  # "Exampleton: Photos", "«…» Video": a mark makes the label the headline's
    if not (last[0].isupper() and last[-1].isalnum()) or not _sentence_case(before):
        return title
    return title.strip()[: -len(label)].rstrip()


def _sentence_case(words: list[str]) -> bool:
    """Fewer than half of the longer words (four letters or more) are capitalised, each
    sentence's first word aside: a headline in title case capitalises nearly all of them."""
    longer = capitalised = 0
    for previous, word in itertools.pairwise(words):
        letters = word.strip("\"'«»“”„()[]:,;")
        if _SENTENCE_END.search(previous) or len(letters) < 4 or not letters[0].isalpha():
            continue
        longer += 1
        capitalised += letters[0].isupper()
    return longer >= 2 and capitalised * 2 < longer
