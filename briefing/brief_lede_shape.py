"""The shape of a sentence that can state what happened (for :mod:`briefing.brief_lede`).

A lede is plain prose: it ends with a stop and opens like a sentence (not a fragment, a
bullet, markup or a quotation mark); it is not a headline (``corpus.headline_shape``); a
place's name before a colon is its dateline ("PARIS:"), any other label is a kicker
("LIVE:", "WEBDESK:") that marks a headline or a desk's note; and words in quotation marks
that are not a name ("‘race against time’") are someone's voice, not the plain statement
of the event. A page's residue read as text (a link's "opens new tab", a "FILE PHOTO:" caption)
is no lede. A count of the dead or injured (:func:`states_toll`) tells the event by what it
did, where a sentence about what followed it tells of a search, an inquiry or a reaction.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from briefing.brief_lede import Lede
    from briefing.model import Topic

#: A lede is a sentence of this many characters: shorter is a label, longer a paragraph.
LEDE_CHARS = (60, 400)

#: A quoted stretch, in any of the usual pairs of quotation marks (an apostrophe inside a
#: word, "Kahramanmaraş’ın", closes none).
_QUOTED = re.compile(
    r"[“„]([^“”„]{1,300})[”“]|«([^«»]{1,300})»|\"([^\"]{1,300})\"|‘(.{1,300}?)’(?!\w)"
)


#: A web page's residue in a saved text: a link's accessibility label left after its words
#: ("Example Air (EXA.N), opens new tab", "… (opens in a new window)"), and a wire photo's
#: caption mark ("FILE PHOTO: …"). A sentence holding one is a page's furniture read as
#: text — a caption, or a paragraph of links about a side event — and never quoted as what
#: happened.
_PAGE_RESIDUE = re.compile(
    r"\bopens (?:in )?(?:an? )?new (?:tab|window)\b|\bFILE PHOTO\s*:|\bFile photo\s*:",
    re.IGNORECASE,
)


def lede_shaped(text: str) -> bool:
    """A sentence that can open a summary: prose of lede length that ends with a stop and
    opens with a capital or a digit (not a fragment, a bullet, markup or a quote, nor one
    holding a page's link label or photo caption mark)."""
    from briefing.corpus.headline_shape import headline_shaped

    text = after_wire_tag(text)
    if not LEDE_CHARS[0] <= len(text) <= LEDE_CHARS[1]:
        return False
    if _PAGE_RESIDUE.search(text):
        return False
    first = text[0]
    if not (first.isupper() or first.isdigit() or (first.isalpha() and not first.islower())):
        return False
    return not headline_shaped(text) and text.rstrip('”»"’)')[-1:] in ".!?…。"


#: A wire's credit alone before a dash at a sentence's start: "(Bloomberg) -- ", "(Reuters) -
#: ". It stands where a dateline would, and the lede follows it.
_WIRE_TAG = re.compile(r"^\([^()\n]{1,30}\)\s*(?:--|[—–-])\s+")


def after_wire_tag(text: str) -> str:
    """``text`` without a wire's credit opening it ("(Bloomberg) -- Okafor’s firm …" →
    "Okafor’s firm …"): a lede all the same, which the bracket would hide from
    :func:`lede_shaped`. A sentence that opens with an aside in brackets and no dash
    ("(Updated) Okafor …", "(1) …") keeps it."""
    found = _WIRE_TAG.match(text)
    return text[found.end() :] if found is not None else text


#: A label before a colon or dash at a sentence's start: "PARIS:", "GENOA, Italy:",
#: "BUCHAREST (dpa-AFX) -", "LIVE:".
_LABEL = re.compile(
    r"^([^\W\d_][\w.’'-]*(?:,? [^\W\d_][\w.’'-]*){0,2})(?: \([^)]{1,30}\))? ?[:—–-] "
)


def label(text: str) -> str | None:
    """ "dateline" for a place's name before a colon or dash at the sentence's start, "kicker"
    for another word there ("WEBDESK:", "LIVE:", "Analysis:": the sentence is a headline or
    a desk's note), else None."""
    from briefing.analysis.names import is_place

    found = _LABEL.match(text)
    if found is None or not all(w[0].isupper() for w in found.group(1).split()):
        return None  # "Velmora’s mayor said: …" opens a quote, it is no label
    # The first word, or the words before a comma, of a place of two words or more whose
    # first is none ("NEW YORK (AP) —": "NEW" alone would be a kicker).
    first = re.split(r"[, (]", found.group(1))[0]
    place = is_place(first) or is_place(first.title())
    whole = found.group(1).split(",")[0]
    if not place and " " in whole:
        from briefing.topics.gazetteer import gazetteer

        place = gazetteer().place(whole.title()) is not None
    return "dateline" if place else "kicker"


#: The share of a sentence (after its dateline) within which a lede names its event: "The
#: cathedral reopened on Saturday…", not "Trump arrived in Paris … for the reopening".
EARLY = 0.4


def names_early(text: str, found: Sequence[int], forms: Sequence[str]) -> bool:
    """True when a name of the main event comes early in the sentence (its subject, not a
    purpose or an aside at its end): one the topics ``found`` at these offsets, or one of
    these ``forms`` written whole, in the first ``EARLY`` of the text after its dateline."""
    skip = _LABEL.match(text)
    start = skip.end() if skip is not None and label(text) == "dateline" else 0
    start = start or len(text) - len(after_wire_tag(text))  # "(Bloomberg) -- ": a dateline
    rest = text[start:].casefold()
    if not rest:
        return False
    firsts = [at - start for at in found if at >= start]
    for form in forms:
        at = re.search(rf"(?<!\w){re.escape(form.casefold())}(?!\w)", rest) if form else None
        if at:
            firsts.append(at.start())
    return bool(firsts) and min(firsts) <= EARLY * len(rest)


def _unclosed(text: str) -> bool:
    """A quotation mark opened and not closed: „…“ (German), «…», or “…” (English)."""
    if "„" in text:
        return text.count("„") > text.count("“")
    return text.count("«") > text.count("»") or text.count("“") > text.count("”")


def speech(text: str) -> bool:
    """The sentence quotes someone's words or scare-quotes a phrase: a quoted stretch with a
    word in lower case ("the ‘theft of the decade’"), not a quoted name ("Crocus City Hall")."""
    if _unclosed(text):
        return True  # a quote the sentence opens and does not close: a fragment of speech
    return any(
        word[:1].islower()
        for m in _QUOTED.finditer(text)
        for word in next(g for g in m.groups() if g is not None).split()
    )


#: The casualty kinds the event itself causes; the missing are counted while a search goes
#: on, the arrested by the police after it.
_TOLL_KINDS = frozenset({"dead", "injured"})


#: The word right after a number: what it counts.
_COUNTED = re.compile(r"[\s\u00a0]*([^\W\d_][\w’'-]*)")
#: A short aside between commas ("37 people, including a child, were killed"): read without
#: it, the count and its verb are one clause again.
_INSERTION = re.compile(r",\s[^,.;:\d]{1,40},(?=\s)")


def states_toll(text: str, language: str) -> bool:
    """The sentence counts the dead or injured (``analysis.casualties``): "at least 44 people
    died in the fire", "killing 12" — the event told with its immediate toll. A count that
    grew ("the death toll rose to 128"), a year, a search for the missing or an arrest is not."""
    from briefing.analysis.casualties import casualty_kind, toll_kind
    from briefing.analysis.numbers import find_numbers, is_year, tally_at

    if tally_at(text, language) is not None:
        return False
    text = _INSERTION.sub("", text)
    for number in find_numbers(text, language):
        if is_year(number):
            continue
        counted = _COUNTED.match(text, number.end)  # "44 people", "12 Tote"
        kind = None
        if counted is not None:
            kind = casualty_kind(text, number.start, number.end, counted.group(1), language)
        if kind is None:  # "killing 12": the kind its clause names before the number
            kind = toll_kind(text, number.start, language)
        if kind in _TOLL_KINDS:
            return True
    return False


def event_named_early(lede: Lede, topics: Sequence[Topic], language: str = "") -> bool:
    """One of the main event's names comes early in the lede (:func:`names_early`): a name
    of what happened or to what — a country's or a city's name is only where ("In Moscow, …"
    opens sentences about anything); a venue's is kept. The act's own noun (the topic of
    kind "event") counts only where it is no preposition's object in the sentence's
    ``language`` ("we know more about the origin of the explosion":
    :mod:`.brief_lede_governed`)."""
    from briefing.analysis.names import is_place
    from briefing.brief_lede_governed import governed, proper, ungoverned

    topics = [t for t in topics if not is_place(t.name)]
    found = [
        m.span.start - lede.start
        for topic in topics
        for m in topic.mentions
        if m.article_id == lede.article_id
        and m.span.paragraph == lede.paragraph
        and lede.start <= m.span.start < lede.end
        and not (
            topic.kind == "event"
            and not proper(m.surface)
            and governed(lede.text, m.span.start - lede.start, language)
        )
    ]
    acts = [alias for t in topics if t.kind == "event" for alias in (t.name, *t.aliases)]
    found += ungoverned(lede.text, acts, language)
    forms = [alias for t in topics if t.kind != "event" for alias in (t.name, *t.aliases)]
    return names_early(lede.text, found, forms)


def event_forms(topics: Sequence[Topic]) -> list[str]:
    """The names of the main event's topics that are no place's: what it was, or to what."""
    from briefing.analysis.names import is_place

    return [a for t in topics if not is_place(t.name) for a in (t.name, *t.aliases)]


#: English words that open a sentence only as a continuation of the sentence before it: a
#: connective ("Now, …", "But …", "Meanwhile, …") or a personal pronoun standing for a name
#: said before ("It filed …", "They said …"). Closed classes of the language, not a story's
#: words. Left out, as they also open a self-contained lede: a time ("Earlier on Friday, …",
#: "This week, …"), a demonstrative ("These floods …") and a title ("Her Majesty …", "His
#: Holiness …").
_CONTINUES = re.compile(
    r"^(?:(?:now|but|and|yet|so|still|meanwhile|however|also|instead|then|"
    r"moreover|furthermore|besides|nevertheless|nonetheless|thus|hence|therefore|"
    r"in addition|at the same time|on the other hand|as a result)\b,?"
    r"|(?:he|she|it|they|its|their)\b(?![-’']))",
    re.IGNORECASE,
)


def continues(text: str, language: str) -> bool:
    """Whether an English sentence opens leaning on one before it — a connective or a
    pronoun as its first word ("Now, the company is filing …", "It said on Friday …") — so
    that quoted alone it does not say who did what: a page saved from mid-story starts so.
    Other languages are not read (their connectives and dropped subjects need lists of
    their own) and give False."""
    if language != "en":
        return False
    return _CONTINUES.match(after_wire_tag(text).lstrip("“\"‘'(")) is not None
