"""A host carrying another outlet's text says whose it is: ``… suite de l'article sur Exa``.

Aggregators and news apps publish what another outlet wrote and name that outlet in a line
of their own, not in the story: the text is the named outlet's, the host only carries it.
Two shapes say so:

- a teaser cut off with a link to the rest: the story's last words are "continue reading on
  <name>" (``… dans un... suite de l'article sur Exa``, ``Lire la suite sur Exa``,
  ``Weiterlesen auf Exa.de``, ``Seguir leyendo en Exa``, ``Read more at Exa``, ``Continue
  reading on Exa``, ``Continua a leggere su Exa``, ``Leia mais em Exa``, ``Читать далее на
  Exa``): the phrase follows a sentence's end or an ellipsis, or opens its own line, and the
  name closes the text (:func:`teaser_outlet`);
- a page's own link to the article's full page, a line of its own: "read this article on
  <name>" (``この記事をExaで読む``, ``Read this article on Exa``, ``Lire cet article sur Exa``,
  ``Leer este artículo en Exa``), as a lighter copy of a page (a mobile one) links to the
  house's full page (:func:`read_on_outlet`); the phrase with no name ("この記事を読む") or
  inside a sentence names no house;
- a news app's note closing its machine summary, naming the summarised article's source in
  quotes: ``“예시뉴스” 기사 내용을 3줄로 요약한 결과입니다`` ("the result of summarising the
  “Example News” article in three lines", :func:`summary_outlet`).

What they are not: a citation names its source inside the story, not as the text's last words
("selon l'AFP", "заявил The New York Times", "Об этом сообщается на сайте Exa"); a related
link (``READ MORE: <another headline>``) names a headline, not a house; "read more about the
case" names no one (a name starts with a capital or is an address); a journalist summing up a
cited article in the story ("“예시일보” 기사를 요약하면 …") says no "요약한 결과" note.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["read_on_outlet", "summary_outlet", "teaser_outlet"]

#: "continue reading on" in the briefing's languages, the preposition included.
_CONTINUE = (
    r"(?:lire\s+la\s+suite(?:\s+de\s+l['’]article)?|(?:la\s+)?suite\s+de\s+l['’]article"
    r"|lire\s+l['’]article(?:\s+(?:complet|entier))?)\s+sur"
    r"|(?:weiterlesen|(?:den\s+)?ganzen\s+artikel\s+lesen)\s+(?:auf|bei)"
    r"|(?:seguir|sigue|siga|continuar|continúa)\s+leyendo\s+en"
    r"|(?:read\s+more|continue\s+reading|read\s+the\s+(?:full|whole|rest\s+of\s+the)"
    r"\s+(?:story|article))\s+(?:at|on)"
    r"|(?:continua\s+a\s+leggere|leggi\s+(?:tutto|l['’]articolo\s+completo))\s+su"
    r"|(?:leia\s+mais|continue\s+lendo|continuar\s+lendo)\s+(?:em|no|na)"
    r"|(?:читать\s+(?:далее|дальше|полностью)|читайте\s+(?:далее|полностью))\s+на"
    r"|(?:lees\s+verder)\s+(?:op|bij)"
)
#: A house's name: one to four words, the first capitalised, or an address (``exa.fr``).
_NAME = (
    r"(?P<name>[^\W\d_a-zа-яё][\w.&'’-]*(?:\s[^\W_][\w.&'’-]*){0,3}"
    r"|[^\W_][\w-]*\.[a-z]{2,6})"
)
#: The phrase after a sentence's end, an ellipsis or a line's start, the name closing the text.
_TEASER = re.compile(
    rf"(?:^|(?<=[.!?…»\"”])\s*|\n)(?i:{_CONTINUE})\s+(?:(?i:(?:le\s+)?site\s+(?:de\s+)?|сайте\s+))?"
    rf"{_NAME}\s*[.»>›]*\s*$"
)
#: How much of the last paragraph the phrase and the name may take.
_TAIL = 120


def teaser_outlet(paragraphs: Sequence[str]) -> str | None:
    """The outlet a teaser's closing "continue reading on <name>" names (module doc), or None."""
    texts = [t.strip() for t in paragraphs if t.strip()]
    if not texts:
        return None
    last = texts[-1]
    # from the tail on: "^" still means the paragraph's start, never a cut made here
    match = _TEASER.search(last, max(0, len(last) - _TAIL))
    return match.group("name").rstrip(".") if match else None


#: "この記事をExaで読む", "Read this article on Exa": the whole line (module doc).
_READ_ON = re.compile(
    r"\s*(?:この記事を(?P<ja>[^\s、。]{2,30}?)で読む"
    rf"|(?i:read\s+this\s+(?:article|story)\s+on|lire\s+cet\s+article\s+sur"
    rf"|leer\s+este\s+art[ií]culo\s+en)\s+{_NAME})\s*$"
)


def read_on_outlet(paragraphs: Sequence[str]) -> str | None:
    """The house a line of its own linking to "this article on <name>" names, or None."""
    for text in paragraphs:
        match = _READ_ON.match(text) if len(text) <= 80 else None
        if match is not None:
            return match.group("ja") or match.group("name")
    return None


#: "“예시뉴스” 기사 내용을 3줄로 요약한 결과입니다": a quoted name, its article (기사), and the
#: note that the text is a summary of it.
_SUMMARY = re.compile(
    r"[“\"「『‘'](?P<name>[^“”\"「」『』‘’'\n]{2,24})[”\"」』’']\s*(?:의\s*)?기사\s*"
    r"(?:내용|원문|본문|전문)?\s*[을를]?[^.。!?]{0,30}?요약한\s*(?:결과|내용|것)"
)


def summary_outlet(paragraphs: Sequence[str]) -> str | None:
    """The source a news app's closing summary note names in quotes (module doc), or None."""
    texts = [t.strip() for t in paragraphs if t.strip()]
    for text in texts[-2:]:
        match = _SUMMARY.search(text)
        if match:
            return match.group("name").strip()
    return None
