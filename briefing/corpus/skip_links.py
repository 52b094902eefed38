"""Skip links: "Skip to content", "Zum Inhalt springen", "跳转至内容" at the top of a page.

An accessible page opens with links that let a keyboard or screen-reader user jump past its
menus. Saved as text they become the first lines (often numbered, ``1. Skip to content``,
``2. Skip to main menu``) and are read as the headline and its dek. They are navigation in any
language: never the title, never a line of the story.

A line that is nothing but skip links is recognised by
:func:`briefing.corpus.kickers.is_skip_link` (a jump verb and a target of navigation, in the
briefing's languages, a list's number allowed before it) and is boilerplate on its own. A page's
list of them may end with an item whose target is no such word (``3. 跳转到更多…网站``, "skip
to more of the house's sites"): here a short line opening with a jump verb, right after a run
of two recognised skip links near the top, is marked too. A sentence that says "skip to" in
the story is long or further down, and is never touched.

A page may also print its name on the line of its skip links (``Example News Skip to content
Skip to menu``, the masthead's text run into the links after it): a line of one to three words
with no digit followed by two skip links or more, and nothing else, is such a run
(:func:`is_named_skip_run`). One skip link after a word may be a phrase of a sentence ("Fragen
zum Inhalt", questions on the content); two in a row are none.

Below the run, the page's header (a masthead, menus, a search box's label) down to the
headline over the article's stamp is marked too (:mod:`.skip_header`).

Such a last item may name the house: "Skip to more Example sites", "跳转到更多Example网站".
:func:`skip_link_outlet` reads that name from an item already marked as a skip link, and only
in that wording (the house's *other sites*), as the outlet of last resort.
"""

from __future__ import annotations

import re

from briefing.corpus.kickers import is_skip_link, skip_link_count
from briefing.corpus.skip_header import mark_header_lines
from briefing.model import ParagraphKind

__all__ = ["is_named_skip_run", "mark_skip_links", "skip_link_outlet"]

#: Only the first paragraphs of a page hold its skip links.
_TOP = 10
#: A skip link is a few words: this many characters at most.
_LONGEST = 60
_NUMBER = r"(?:\d{1,2}[.)]\s*|[-*•]\s+)?"
#: A line that opens with a jump verb (any target): another item of a run of skip links.
_VERB_FIRST = re.compile(
    rf"{_NUMBER}(?:skip to|jump to|跳转至|跳转到|跳至|跳到|跳轉至|跳轉到|перейти к|перейти до"
    r"|aller au|aller à|passer au|saltar a|ir a)",
    re.I,
)
#: "Skip to more <house> sites": the skip link to the house's other sites names the house.
_MORE_SITES = re.compile(
    rf"{_NUMBER}(?:(?:[Ss]kip|[Jj]ump) to (?:more|other) "
    r"(?P<en>[A-Z][\w&.-]{1,19}(?: [A-Z][\w&.-]{1,19})?) (?:sites|websites)"
    r"|(?:跳转|跳轉|跳)(?:至|到)更多(?P<zh>[A-Za-z][\w&.-]{1,19}|[\u4e00-\u9fff]{2,8})(?:网站|網站)"
    r"|[Пп]ерейти (?:к другим сайтам|до інших сайтів) (?P<ru>[A-ZА-ЯЁІЇЄ][\w&.-]{1,19}))\W*$",
)


def mark_skip_links(texts: list[str], kinds: list[ParagraphKind]) -> None:
    """Mark the page's skip links near the top as boilerplate (module doc)."""
    top = min(len(texts), _TOP)
    found = [i for i in range(top) if is_skip_link(texts[i]) or is_named_skip_run(texts[i])]
    if not found:
        return
    for i in found:
        kinds[i] = "boilerplate"
    i = found[-1] + 1
    # the run's other items: right after it, short, opening with a jump verb
    while (
        len(found) >= 2
        and i < top
        and len(texts[i].strip()) <= _LONGEST
        and _VERB_FIRST.match(texts[i].strip())
    ):
        kinds[i] = "boilerplate"
        i += 1
    mark_header_lines(texts, kinds, i - 1)  # the masthead, menus and search box below them


#: A word of the name before a run of skip links: letters, no digit.
_NAME_WORD = re.compile(r"[^\W\d_][^\s\d]*")
_NAME_WORDS = 3


def is_named_skip_run(text: str) -> bool:
    """One to three words of a name, then two skip links or more, nothing else (module doc)."""
    text = text.strip()
    pos = 0
    for _ in range(_NAME_WORDS):
        word = _NAME_WORD.match(text, pos)
        if word is None or not text[word.end() : word.end() + 1].isspace():
            return False
        pos = word.end()
        while text[pos : pos + 1].isspace():
            pos += 1
        if skip_link_count(text[pos:]) >= 2:
            return True
    return False


def skip_link_outlet(texts: list[str], kinds: list[ParagraphKind]) -> str | None:
    """The house a skip link to its other sites names ("Skip to more Example sites"), or None."""
    for i in range(min(len(texts), _TOP)):
        if kinds[i] != "boilerplate":
            continue
        match = _MORE_SITES.match(texts[i].strip())
        if match is not None:
            return match.group("en") or match.group("zh") or match.group("ru")
    return None
