"""Which paragraph is the headline (split from :mod:`briefing.corpus.classify`).

The declared title when the text carries it, else a heading among the first four body
paragraphs, else the first headline-shaped line above the prose — looked at twice
(:func:`_second_look`) when it turns out to head another story, and then weighed against a
kicker, a teaser or the headline set again below it (:mod:`briefing.corpus.title_choice`).
The window counts the words of the paragraphs it needs only (issue 15). Split from
``classify.py`` when that module passed 400 lines; the rules are unchanged.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from briefing.corpus import foreign_line
from briefing.corpus import furniture as fx
from briefing.corpus.byline_outlet import is_place_byline
from briefing.corpus.caption_tag import tag_over_captions
from briefing.corpus.headline_shape import headline_shaped, is_prose, word_count
from briefing.corpus.kicker_line import kicker_over_headline
from briefing.corpus.never_headline import never_headline, story_below
from briefing.corpus.paragraphs import RawParagraph
from briefing.corpus.sources import SITE_SUFFIX, canonical_source
from briefing.corpus.title_choice import (
    echo,
    heads_another_story,
    is_list_item,
    lead_index,
    long_sentence,
    repeated_headline,
    restates,
    stamp_headline,
    teaser_over_headline,
)
from briefing.corpus.title_place import drop_place
from briefing.model import ParagraphKind

Foreign = foreign_line.Foreign
#: Lines looked at again when the first headline-shaped one turns out to be another story's.
_SECOND_LOOK = 8


def title_index(
    raw: list[RawParagraph], kinds: list[ParagraphKind], declared: str | None, foreign: Foreign
) -> int | None:
    """Which paragraph is the headline: the declared title, a heading, or a headline-shaped line."""
    # Menu debris ("Home", "World news") above a pasted article does not use up the window.
    # The first four only, so the words of the paragraphs after them are never counted.
    # A byline of a reporter and a place ("Von Jane Roe, New York") is no headline either; it
    # stays a line of the text (its place may be the story's), so it is passed over here.
    texts = [p.text for p in raw]
    window = (
        i
        for i, k in enumerate(kinds)
        if k == "body"
        and (word_count(raw[i].text) > 2 or raw[i].hint == "heading")
        and not is_place_byline(raw[i].text)
        and not foreign(raw[i].text)  # a post quoted in another language (classify)
        and not tag_over_captions(texts, kinds, i)  # "Jane Roe" over her picture's captions
        and not never_headline(raw[i].text)  # a breadcrumb, a caption's label, a post
    )
    top = list(itertools.islice(window, 4))
    if declared:
        wanted = norm(declared)
        near = [i for i, k in enumerate(kinds) if k == "body"][:8]
        match = next((i for i in near if norm(strip_site(raw[i].text)[0]) == wanted), None)
        if match is not None:
            return match
    for i in top:
        if raw[i].hint == "heading":
            return i
    if declared:
        return None  # a declared title that is not in the text: do not promote prose
    # A headline comes before the story: a short line after a paragraph of prose is a
    # subhead or a menu's left-over ("Pogoda Długoterminowa Weekend"), not the title.
    # A page that sets each sentence apart has begun its story at its second long sentence.
    prose = min(
        next((i for i in top if is_prose(raw[i].text)), len(raw)), _sentences_begin(texts, top)
    )
    # "Back to top" closing the page is headline-shaped, but heads no story (never_headline)
    picked = next(
        (
            i
            for i in top
            if i < prose
            and headline_shaped(raw[i].text)
            and story_below(texts, kinds, i)
            and not _caption_under(texts, i)  # "The ferry Example" under its one-sentence lead
        ),
        None,
    )
    if picked is not None:  # a page's menus or widgets above the headline set by its stamp
        stamped = stamp_headline([p.text for p in raw], kinds, picked)
        if stamped is not None and not never_headline(texts[stamped]):
            return stamped
    chosen = _second_look(raw, top, window, picked)
    # "<kicker>" over "<headline>", the headline set again over a picture further down
    if chosen is None:
        return None
    repeated = repeated_headline(texts, chosen, norm)
    # else a subhead of the story lifted over the headline ("<teaser>" over "<headline>")
    if repeated != chosen and not never_headline(texts[repeated]):
        return repeated
    teaser = teaser_over_headline(texts, chosen)
    # else a kicker over the headline ("20 Prozent auf alles" over "Was die Zölle bedeuten")
    below = teaser if teaser != chosen else kicker_over_headline(texts, chosen)
    return chosen if never_headline(texts[below]) else below


def _sentences_begin(texts: list[str], top: list[int]) -> int:
    """Where the story has begun when a page sets each of its sentences apart: the second of
    two paragraphs in the window that are each one long sentence (:func:`long_sentence`). One
    such paragraph may be a dek over the headline; two are the story, and a short line after
    them is a subhead or a related story's headline, not this one's."""
    sentences = [i for i in top if long_sentence(texts[i])]
    return sentences[1] if len(sentences) > 1 else len(texts)


#: A picture's caption under the lead names what the lead describes, in a few words.
_CAPTION_WORDS = 5


def _caption_under(texts: list[str], i: int) -> bool:
    """A caption set under a lead of one long sentence: a line of at most five words every
    content word of which the sentence above says ("The ferry Example" under "The Example, a
    ferry of 120 metres, ran aground …"). A headline over its lead says more than its lead's
    words in a few; a dek over the headline is not restated word for word by it."""
    if i == 0 or not long_sentence(texts[i - 1]) or len(texts[i].split()) > _CAPTION_WORDS:
        return False
    return echo(texts[i], texts[i - 1]) == 1.0


def _second_look(
    raw: list[RawParagraph], top: list[int], window: Iterator[int], picked: int | None
) -> int | None:
    """The picked line, unless it is another story's (:mod:`briefing.corpus.title_choice`):
    a package label that heads another story too, or a line the lead shares no word with.
    Then the next headline-shaped line that is no breadcrumb item nor label and restates its
    lead (:func:`~briefing.corpus.title_choice.restates`; any word of it after a label), else
    the picked one."""
    if picked is None:
        return None
    texts = [p.text for p in raw]
    label = heads_another_story(texts, picked, norm)
    lead = lead_index(texts, picked)
    if not label and (lead is None or echo(texts[picked], texts[lead]) > 0):
        return picked
    # only now are the window's next four paragraphs counted
    for i in itertools.chain(top, itertools.islice(window, _SECOND_LOOK - len(top))):
        if i <= picked:
            continue
        if not label and lead is not None and i >= lead:
            break
        if not headline_shaped(texts[i]) or is_list_item(texts, i):
            continue
        own = lead_index(texts, i)
        if own is None or heads_another_story(texts, i, norm):
            continue
        if echo(texts[i], texts[own]) > 0 if label else restates(texts[i], texts[own]):
            return i
    return picked


#: ``example.org -- Headline``: a site's address, then a double hyphen or a bar, then the
#: headline (a text-mode proxy's header). A typographic dash is left alone: "Example.com –
#: profits fall" is a headline about a company whose name is its address.
_SITE_PREFIX = re.compile(r"(?P<name>(?:[\w-]+\.)+[a-z]{2,6}) (?:--|\|) (?=\S)")


def strip_site(title: str) -> tuple[str, str | None]:
    """``Headline | Site`` → (``Headline``, ``Site``), ``site.org -- Headline`` →
    (``Headline``, ``site.org``), ``Headline | Site | Town, ST`` → (``Headline``, ``Site``):
    a town is never the site (:mod:`briefing.corpus.title_place`); other titles unchanged."""
    prefix = _SITE_PREFIX.match(title)
    if prefix is not None and fx.word_count(title[prefix.end() :]) >= 2:
        return title[prefix.end() :].strip(), canonical_source(prefix.group("name"))
    title = drop_place(title)[0]
    match = SITE_SUFFIX.search(title)
    if match and fx.word_count(match.group("name")) <= 5 and match.start() >= 10:
        return title[: match.start()].strip(), canonical_source(match.group("name"))
    return title, None


def norm(text: str) -> str:
    """Case- and punctuation-insensitive form for comparing titles."""
    return re.sub(r"[\W_]+", " ", text).strip().lower()
