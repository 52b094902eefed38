"""A photo caption in Chinese, Japanese or Korean inside body text (for :mod:`.date_sentences`).

A page's picture caption often reaches the body, glued to the story's last sentence after a
full stop ("…的角逐。7月26日,在…举行的开幕式上,从…拍摄的…"). The Latin-script marks of
:mod:`.caption_marks` (a capitalised credit after a slash, "(bottom R)") do not hold in
scripts without capitals, and the agencies of these languages write captions in shapes of
their own, each carrying a mark prose does not (made-up examples):

- the picture as a noun phrase, "photographed at/on …": Chinese ``7月26日在示例市拍摄的大桥``
  ("the bridge photographed in Example City on 26 July"), ``摄于7月26日`` ("taken on …");
  Japanese ``7月26日、示例市で撮影`` ("photographed in Example City"). Prose that tells of
  filming keeps a verb ending: ``电影于5月在示例市开始拍摄。`` ends on 拍摄 with no 的, and
  ``映画は示例市で撮影された`` goes on in kana (a passive verb);
- a photo credit: a label ``摄影:张三`` / ``攝影／王五`` / ``撮影:山田`` / ``写真:示例社`` /
  ``图/示例社`` / ``사진=예시뉴스``, or a Chinese photographer's signature closing the
  caption, ``示例社记者 张三 摄`` / ``(张三 摄)`` (摄 after a name, never the 摄 of 拍摄), or a
  Korean credit after a slash at the end, ``… 입장하고 있다. /예시뉴스``;
- a Korean caption ending on the noun "the scene of": ``…개회식의 모습`` / ``…모습.``;
- the picture's date signed "photographed" right after it, closing a bracket: Japanese
  ``…を示す判事(2031年5月3日撮影)。``, Chinese ``(2031年5月3日摄)``. Prose that tells of
  filming on a day goes on in kana (``5月3日撮影された映画``, a passive verb) or Han
  (``5月3日拍摄完成``, "finished filming"), or ends the sentence (``该片于5月3日拍摄。``, "the
  film was shot on 3 May"): no bracket closes on it.

A caption's date is the picture's; "在…举行的开幕式上" ("at the ceremony held in …") alone is
the ordinary lead of a Chinese story too, so it marks nothing by itself. The mark must stand
in the date's own clause (a clause ends at 。！？；), or close the sentence right after it (a
credit after the caption's full stop).
"""

from __future__ import annotations

import re

__all__ = ["cjk_caption", "credit_sentence"]

#: Characters of the scripts these shapes are written in: Han, kana, Hangul.
_CJK = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7a3]")
#: Where a clause ends.
_CLAUSE_END = re.compile(r"[。！？；!?;]")
#: "Photographed …" modifying the picture's subject, after the date in its clause.
_SHOT = re.compile(r"(?:拍摄|拍攝)的|で撮影(?![\u3040-\u309f])")
#: "Photographed", right after the date and closing a bracket: "(2031年5月3日撮影)",
#: "(5月3日摄)".
_SHOT_ON = re.compile(r"\s*(?:撮影|拍摄|拍攝|摄|攝)\s*[)）]")
#: "Taken on", right before the date: "摄于2031年5月3日".
_TAKEN_ON = re.compile(r"(?:摄|攝)(?:于|於)\s*$")
#: A photo credit's label: "摄影:", "攝影／", "撮影:", "写真:", "图/", "사진=".
_LABEL = re.compile(r"(?:摄影|攝影|撮影|写真|사진|(?<![\u4e00-\u9fff])(?:图|圖))\s*[:：=/／]")
#: A Chinese photographer's signature closing the sentence: a name (maybe after 记者,
#: "reporter", or a space), then 摄 — never the 摄 of 拍摄 ("to film").
_SIGNED = re.compile(
    r"(?:记者|記者|\s|[(（])\s*[\u4e00-\u9fff·]{2,4}(?:\s+[\u4e00-\u9fff·]{2,4})*\s*"
    r"(?<!拍)[摄攝]\s*[)）]?\s*[。.]?\s*$"
)
#: A Korean credit after a slash closing the sentence ("/예시뉴스", "/AP 예시뉴스").
_SLASHED = re.compile(
    r"(?:^|\s)[/／]\s*(?:[A-Za-z][\w.]*\s+)?[\uac00-\ud7a3][\w\uac00-\ud7a3]*\s*$"
)
#: A Korean caption ending on "the scene of …": "…의 모습", "…모습.".
_SCENE = re.compile(r"모습\s*[.。]?\s*$")


def cjk_caption(sentence: str, start: int, end: int) -> bool:
    """True when the date phrase at ``start:end`` of ``sentence`` dates a picture's caption in
    one of the shapes of the module docstring: the mark in the date's clause, or a credit
    closing the sentence right after that clause."""
    if not _CJK.search(sentence):
        return False
    begin = 0
    for found in _CLAUSE_END.finditer(sentence, 0, start):
        begin = found.end()
    close = _CLAUSE_END.search(sentence, end)
    stop = close.end() if close is not None else len(sentence)
    clause = sentence[begin:stop]
    if _SHOT.search(sentence, end, stop) or _TAKEN_ON.search(sentence, begin, start):
        return True
    if _SHOT_ON.match(sentence, end):
        return True
    if _LABEL.search(clause) or _SCENE.search(clause):
        return True
    rest = sentence[begin:]
    credit = _SIGNED.search(rest) or _SLASHED.search(rest)
    if credit is None:
        return False
    between = rest[end - begin : credit.start()]
    return len(_CLAUSE_END.findall(between)) <= 1


#: The most characters a credit standing as a sentence of its own has ("示例社记者 张三 摄").
_CREDIT_CHARS = 24


def credit_sentence(text: str) -> bool:
    """True when ``text`` is a short sentence holding only a photo credit in one of the shapes
    of the module docstring ("示例社记者 张三 摄", "摄影:王五", "/예시뉴스"): the splitter set it
    apart from the caption it closes, whose dates are then the picture's."""
    bare = text.strip()
    if not bare or len(bare) > _CREDIT_CHARS or not _CJK.search(bare):
        return False
    if _CLAUSE_END.search(bare.rstrip("。.")):
        return False
    return bool(_SIGNED.search(f" {bare}") or _LABEL.match(bare) or _SLASHED.match(bare))
