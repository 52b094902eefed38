"""A Japanese page's closing credit naming the house that translated the story.

A Japanese site running a foreign story in translation closes it with a block of credits,
one a line, often behind a bar (made-up examples):
``|翻訳:example JAPAN`` ("translation"), ``|編集:山田太郎`` ("editing"), ``|画像:Example``
("image"), ``|原文:Example Files for …`` ("original": the source's headline). The house that
translated the story published it: the translation credit names the outlet, as a provider's
line ``(ニュース提供元:…)`` does (:mod:`briefing.corpus.sources`).

Only the translation credit is read, and only when it names a house: a Latin brand
(``example JAPAN``, not a person's ``Jane Roe``) or a Japanese name ending in a word only a
house ends in (新聞 "newspaper", 通信 or 通信社 "agency", ニュース "news", 編集部 aside).
A translator named in Japanese (``翻訳:山田太郎``) is a person; the editor, the picture's
source and the original's headline are never the outlet; a credit above the story's last
paragraphs (``翻訳:`` in a glossary, a book's translator in prose) is no closing credit.
"""

from __future__ import annotations

import re

__all__ = ["translation_credit"]

#: "|翻訳:<house>" alone on its line, the bar optional.
_CREDIT = re.compile(r"\s*[|｜]?\s*翻訳\s*[:：]\s*(?P<name>\S.{0,39}?)\s*")
#: A Latin brand: Latin letters, figures and a few signs, maybe several words.
_LATIN = re.compile(r"[A-Za-z][A-Za-z0-9.&' -]*")
#: A house's Japanese name ends in one of these words.
_HOUSE_END = re.compile(r"(?:新聞|新聞社|通信|通信社|ニュース)$")
#: The closing block stands among the last paragraphs.
_END = 8


def translation_credit(paragraphs: list[str]) -> str | None:
    """The house a closing ``|翻訳:<house>`` credit names (module doc), or None."""
    for text in paragraphs[-_END:]:
        if "翻訳" not in text[:6]:
            continue
        match = _CREDIT.fullmatch(text)
        if match is not None and _house(match.group("name")):
            return match.group("name")
    return None


def _house(name: str) -> bool:
    """A house's name: a Latin brand that is no person's, or a Japanese one ending in a
    house's word."""
    if _LATIN.fullmatch(name):
        from briefing.given_name_table import given_name  # only for a Latin credit

        words = name.split()
        return not (
            2 <= len(words) <= 3
            and all(w[:1].isupper() for w in words[:2])
            and given_name(words[0])
        )
    return _HOUSE_END.search(name) is not None
