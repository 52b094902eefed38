"""A page's taxonomy lines: the category it files a story under, and the story's tags.

Pages set them above the headline or under the story (made-up examples of real shapes):

- a category label: ``Categories: World news``, ``Рубрика: Политика``, ``分类:国际新闻``: a
  category word, a colon and a few words (:func:`is_category_label`). It names the section,
  never the story, so it is no headline;
- a keywords label: ``Keywords:``, ``Ключевые слова:``, ``Tags: storm, harbour``, alone on
  its line or with its tags after it (:func:`is_keyword_label`), and the tags on the line
  under a bare label (:func:`is_tag_list`): ``storm, harbour, Exampleton``.

What keeps a sentence apart: the label word must end at a colon (``Keywords of the summit
were trust and peace.`` is prose), and what follows it is a short list with no sentence's
stop, not a clause. The label words are a short list per language of the briefing's word data;
no maintained package installed here lists a page's field names.
"""

from __future__ import annotations

import re

__all__ = ["is_category_label", "is_keyword_label", "is_tag_list", "keyword_rest"]

_CATEGORY_WORDS = (
    r"categories|category|section|rubrik|rubriken|rubrique|rubriques|catégories?|sección"
    r"|categorías?|categorie|categoria|categorias|kategorie|kategorien|kategori|kategoriler"
    r"|kategoria|kategorie|рубрика|рубрики|категория|категории|категорія|категорії"
    r"|分类|分類|栏目|欄目|カテゴリー?|분류|카테고리|التصنيف|التصنيفات|القسم|تصنيف"
)
_KEYWORD_WORDS = (
    r"keywords|key words|tags|tagged|tagged with|schlagwörter|schlagworte|stichwörter"
    r"|mots-clés|mots clés|étiquettes|palabras clave|etiquetas|parole chiave|palavras-chave"
    r"|tag|ключевые слова|теги|метки|ключові слова|мітки|etiketler|anahtar kelimeler"
    r"|标签|標籤|关键词|關鍵詞|关键字|關鍵字|タグ|キーワード|태그|키워드"
    r"|الكلمات المفتاحية|وسوم|كلمات مفتاحية|الوسوم|słowa kluczowe|tagi|palavras chave"
)
_CATEGORY = re.compile(rf"(?:{_CATEGORY_WORDS})\s*[:：]\s*(?P<rest>.*)", re.IGNORECASE)
_KEYWORDS = re.compile(rf"(?:{_KEYWORD_WORDS})\s*[:：]\s*(?P<rest>.*)", re.IGNORECASE)
#: A sentence's stop in the rest of the line: a list has none.
_STOP = re.compile(r"[.!?…。！？](?:\s|$)")
#: How a list parts its items.
_SEPARATOR = re.compile(r"\s*[,，、;|/·•#]\s*")
_MAX_WORDS = 12
_MAX_CHARS = 120
#: A category is a name of a few words (a Chinese or Japanese one counts by its characters).
_CATEGORY_WORDS_MAX = 5
_CATEGORY_CHARS_MAX = 30


def is_category_label(text: str) -> bool:
    """``Categories: World news``: a category word, a colon and a short name (module doc)."""
    text = text.strip()
    match = _CATEGORY.fullmatch(text) if len(text) <= 80 else None
    if match is None:
        return False
    rest = match.group("rest").strip()
    if _STOP.search(rest + " "):
        return False
    return len(rest.split()) <= _CATEGORY_WORDS_MAX and len(rest) <= _CATEGORY_CHARS_MAX


def keyword_rest(text: str) -> str | None:
    """What follows a keywords label at the start of ``text`` (``""`` for a bare label), or
    None when ``text`` does not start with one: for a caller that marks the tags itself."""
    match = _KEYWORDS.match(text.strip())
    return None if match is None else match.group("rest").strip()


def is_keyword_label(text: str) -> bool:
    """``Keywords:`` alone, or with its tags after it (module doc)."""
    text = text.strip()
    match = _KEYWORDS.fullmatch(text) if len(text) <= _MAX_CHARS else None
    if match is None:
        return False
    rest = match.group("rest").strip()
    return not rest or is_tag_list(rest)


def is_tag_list(text: str) -> bool:
    """A short line of tags: no sentence's stop, at most twelve words, its items parted by a
    separator (``storm, harbour, Exampleton``), or one to three words alone."""
    text = text.strip()
    if not text or len(text) > _MAX_CHARS or _STOP.search(text + " "):
        return False
    words = text.split()
    if len(words) > _MAX_WORDS:
        return False
    items = [item for item in _SEPARATOR.split(text) if item]
    return (len(items) >= 2 and all(len(item.split()) <= 4 for item in items)) or len(words) <= 3
