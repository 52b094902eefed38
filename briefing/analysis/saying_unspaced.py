"""Words of saying and attribution in Chinese, Japanese and Korean, found inside the text.

:data:`briefing.analysis.saying.SAYING` holds whole words, split on spaces. Chinese and
Japanese write no spaces, and Korean glues its verb to its ending ("밝혔다", "말했습니다",
"따르면"), so a lead that opens on someone's telling ("路透社报道…说", "…によると",
"…と述べた", "…에 따르면") shows no word of SAYING. These are the same closed class, as
substrings: a reporter's or a speaker's verb, or "according to". An actor's own act is no
attribution: "宣布" (declares, proclaims) and a bare "発表" are left out, and the Japanese
verbs need the quoting particle "と" before them ("と発表した": announced that …).

A single Han character is also part of other words ("说明" explains, "数据" data, "名称"
name): those words are excluded by the characters around it.
"""

from __future__ import annotations

import re

_ATTRIBUTION = re.compile(
    "|".join(
        [
            # Chinese: reported, stated, claimed, disclosed, pointed out, according to.
            r"报道|報道|报导|報導|表示|声称|聲稱|宣称|宣稱|透露|指出|据悉|據悉|据报|據報",
            r"(?<![小虽雖传傳听聽解])[说說](?![明服法])",
            r"(?<![名对對号號堪简簡俗职職])[称稱](?![为為作号號呼])",
            r"(?<![数數证證占凭憑收单單])[据據](?![点點守])",
            # Japanese: according to; said, told, announced, reported that.
            r"によると|によれば|と述べ|と話し|と語っ|と発表|と明らかに|と報じ|と伝え",
            # Korean: according to; said, disclosed, told, announced, reported.
            r"따르면|밝혔|말했|(?<!안)전했|발표했|보도했",
        ]
    )
)


def attributions(text: str) -> list[int]:
    """Where in ``text`` a word of saying or attribution written without spaces starts."""
    return [m.start() for m in _ATTRIBUTION.finditer(text)]
