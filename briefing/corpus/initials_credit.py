"""An outlet's own credit run into the lead: ``Example Media (EM) - The council voted …``.

Some outlets open every story with their name, its abbreviation in brackets and a dash, the
way a wire dateline puts an agency in brackets (``MOSCOW (AP) —``). The bracket there names
the *agency*, not the word before it; here the bracket abbreviates the name itself, and that is
the whole test: the bracketed letters are the name's capitals in order (``ExampleNews (EN)``,
``Agence Exemple-Presse (AEP)``). So it holds in any script and needs no list of outlets:

- it opens the paragraph (a cited outlet sits inside a sentence: "told Example News (EN)");
- a dash follows the bracket, then the lead: five words or more, starting with a capital (or
  an opening quote);
- neither the name nor its initials come up again in the article (:func:`opening_credit`);
- the name is one to four words, no person (``Jane Roe (JR) - Example Photo``: a picture's
  credit) and no institution (``World Example Organization (WEO) -`` is a body speaking, not a
  credit; :func:`briefing.corpus.selfref.not_an_outlet`).

``MOSCOW (AP) —``, ``Jane Doe (@jdoe) -`` (a tweet's source line) and ``Reuters (R) said``
do not pass: their bracket abbreviates nothing before it, or no dash follows.
"""

from __future__ import annotations

import re

from briefing.corpus.selfref import not_an_outlet

__all__ = ["initials_credit", "initials_credit_lead", "opening_credit"]

_UP = "A-ZÀ-ÖØ-ÞĀ-ŽА-ЯЁІЇЄҐ"
_CREDIT = re.compile(
    rf"^(?P<name>[{_UP}][\w.&'-]*(?: [\w.&'-]+){{0,3}}) \((?P<abbr>[{_UP}]{{2,6}})\)"
    rf"\s*(?:—|–|-{{1,2}})\s+(?=[\"„«“]?[{_UP}])"
)
#: A lead is a sentence: at least this many words after the dash.
_LEAD_WORDS = 5
#: Words of bodies that open statements with their name and initials, never outlets.
_BODY = re.compile(
    r"\b(?:Organi[sz]ation|Organización|Organizzazione|Organização|Commission|Committee|Union"
    r"|Bank|Fund|Association|Federation|Party|Partei|Parti|Partido|Partito|Front|Movement"
    r"|Forces|Agency for|Authority|Institute|Institut|Instituto|Istituto)\b",
    re.IGNORECASE,
)


def opening_credit(paragraphs: list[str]) -> str | None:
    """The outlet of a ``Name (NM) - Lead`` credit opening one of the first three paragraphs,
    when neither the name nor its initials come up again anywhere in the article: an outlet
    signs its lead once, while a body opening a statement (``Example Relief (ER) - Our teams
    …``) is the story's subject and named again in it."""
    for index, text in enumerate(paragraphs[:3]):
        match = _match(text)
        if match is None:
            continue
        rest = [text[match.end() :], *paragraphs[:index], *paragraphs[index + 1 :]]
        again = re.compile(rf"(?<!\w)(?:{re.escape(match['name'])}|{match['abbr']})(?!\w)")
        return None if any(again.search(t) for t in rest) else match["name"]
    return None


def initials_credit(text: str) -> str | None:
    """The outlet of a ``Name (NM) - Lead`` credit opening ``text``, or None."""
    match = _match(text)
    return match.group("name") if match else None


def initials_credit_lead(text: str) -> int | None:
    """Where the lead starts after a ``Name (NM) - `` credit opening ``text``, or None."""
    match = _match(text)
    return match.end() if match else None


def _match(text: str) -> re.Match[str] | None:
    match = _CREDIT.match(text[:120])
    if match is None:
        return None
    name = match.group("name")
    capitals = "".join(c for c in name if c.isupper())
    if capitals != match.group("abbr") or not_an_outlet(name) or _BODY.search(name):
        return None
    if len(text[match.end() :].split()) < _LEAD_WORDS or _person(name):
        return None  # "Jane Roe (JR) - Example Photo Agency": a person's credit, no lead
    return match


def _person(name: str) -> bool:
    """A given name and a surname (``Jane Roe``): a person, not an outlet."""
    from briefing.given_name_table import given_name  # only for a paragraph of this shape

    words = name.split()
    return len(words) in (2, 3) and given_name(words[0])
