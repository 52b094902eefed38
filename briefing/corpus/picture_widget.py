"""A picture viewer's button left as a line: ``写真拡大`` ("enlarge photo"), ``Enlarge image``.

A page copied with its pictures keeps the label of the button that opens a picture large
(``写真拡大``, ``사진 확대``, ``查看大图``, ``Bild vergrößern``, ``Agrandir l'image``). The
label is the page's chrome: it states nothing, so it is never the headline nor a line of the
story.

Only a line that is nothing but such a label, in one of the briefing's languages, is one
(casefolded, maybe framed by brackets or a symbol); "Enlarge the harbour, council says" is a
headline and stays.
"""

from __future__ import annotations

__all__ = ["is_picture_widget"]

#: The button's usual wording in each language, whole (casefolded).
_LABELS = frozenset(
    (
        "写真拡大", "写真を拡大", "画像拡大", "画像を拡大", "拡大する", "拡大表示",
        "사진 확대", "사진확대", "사진 크게보기", "이미지 확대", "查看大图", "查看大圖",
        "点击放大", "點擊放大", "点击查看大图", "點擊查看大圖", "enlarge", "enlarge image",
        "enlarge photo", "enlarge this image", "view larger image", "bild vergrößern",
        "foto vergrößern", "agrandir l'image", "agrandir la photo", "ampliar imagen",
        "ampliar foto", "ingrandisci", "ingrandisci foto", "увеличить фото",
        "увеличить изображение", "збільшити фото",
    )
)  # fmt: skip
_FRAME = " \t[]【】()（）<>«»+＋🔍⊕"


def is_picture_widget(text: str) -> bool:
    """Whether ``text`` is nothing but a picture viewer's button label (module doc)."""
    return len(text) <= 40 and text.strip(_FRAME).casefold() in _LABELS
