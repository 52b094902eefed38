"""A news agency's bare Chinese or Japanese name on the line under the headline: the wire whose
story this is.

A Chinese or Japanese site carrying an agency's story may set the agency's name alone right
under the headline, where a byline stands: "<headline>", "新华社", then the story. Pages in
those scripts credit a picture in words ("新华社记者张三摄", "photographed by", "新华社发",
"sent by"), so a line holding nothing but one of the agencies' names (:data:`HAN_WIRES`, the
agencies of :data:`~briefing.corpus.wires.WIRES` in Han script) credits the story, as a wire's
dateline does.

Not such a credit: a Latin "AFP" or "Reuters" alone under a headline (in a Latin-script page
that is often the lead picture's credit: no outlet), the name under a picture's caption or
after the story has begun, a line naming something else that ends in 社 ("出版社", a
publisher), a name in a sentence.
"""

from __future__ import annotations

import re

from briefing.corpus import furniture as fx

__all__ = ["HAN_WIRES", "agency_line"]

#: The agencies of ``WIRES`` as Chinese and Japanese pages name them (simplified and
#: traditional), with the display name ``WIRES`` gives each; a page keeps its own spelling.
HAN_WIRES: dict[str, str] = {
    "新华社": "Xinhua",
    "新華社": "Xinhua",
    "路透社": "Reuters",
    "法新社": "Agence France-Presse",
    "美联社": "The Associated Press",
    "美聯社": "The Associated Press",
    "共同社": "Kyodo News",
    "共同通信": "Kyodo News",
    "共同通信社": "Kyodo News",
    "韩联社": "Yonhap",
    "韓聯社": "Yonhap",
    "塔斯社": "TASS",
    "中央社": "CNA",
}


#: A Han picture credit closing a caption: "…新华社记者张三摄" (photographed by), "…新华社发"
#: (sent by), "(新华社图)" (picture).
_HAN_PICTURE_CREDIT = re.compile(
    r"(?:社|[记記]者\S{1,4})(?:摄|攝|发|發)[)）]?\s*$|[(（][^()（）]{1,12}(?:图|圖)[)）]\s*$"
)


def agency_line(paragraphs: list[str]) -> str | None:
    """The agency named alone, in Han script, on the line right under the first paragraph (the
    headline), as written there; else None."""
    if len(paragraphs) < 3:
        return None
    line = paragraphs[1].strip()
    head = paragraphs[0]
    if line not in HAN_WIRES or fx.is_caption(head) or _HAN_PICTURE_CREDIT.search(head):
        return None
    return line
