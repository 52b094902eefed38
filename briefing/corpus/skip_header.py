"""The page's header between its skip links and its headline: menus, a masthead, a search box.

A page that opens with skip links (:mod:`.skip_links`) sets its header after them: the house's
name with a menu item ("Example News Latest"), the label of its search box ("Enter a search
term"), a section. Saved as text these are short lines above the headline, and the first of
them that is headline-shaped was taken for the title (four words, no full stop). No list of
menu words in every language tells them apart; the page's own layout does. The article's
stamp (a line that is only its date and time, with or without its label: ``Sent 2031-03-14
01:19``) is set right under its headline, so when a stamp follows the skip links within a few
lines, the line right above it is the headline (a picture's caption set between them is
passed over) and the short lines between the skip links and that headline are the header:
boilerplate, never the title nor a line of the story.

Nothing is marked unless every line between is short (six words at most, no sentence: a
paragraph of prose there means the story has begun and the stamp dates something else), the
line above the stamp is headline-shaped (the first of two equal lines: a page sets its headline
again over its picture), and that headline shares more of its words with the story's lead than
any line between does (a headline restates its story; a menu's words come back in the lead
only by chance, through the house's name in its credit). A page with no skip links keeps its
lines: the skip links are what says the top of the page was saved with its chrome.
"""

from __future__ import annotations

from briefing.corpus.headline_shape import headline_shaped, is_prose, word_count
from briefing.corpus.labels import read_label
from briefing.corpus.title_choice import echo, lead_index
from briefing.model import ParagraphKind

__all__ = ["mark_header_lines"]

#: How far below the skip links the stamp is looked for.
_REACH = 8
#: A menu item, a masthead, a search box's label: this many words at most.
_SHORT = 6
#: A stamp line is short: its label, its date, its time (an update's stamp after it).
_STAMP_CHARS = 80


def mark_header_lines(texts: list[str], kinds: list[ParagraphKind], last_skip: int) -> None:
    """Mark the header lines between the skip links ending at ``last_skip`` and the headline
    over the article's stamp as boilerplate (module doc)."""
    reach = range(last_skip + 1, min(len(texts), last_skip + 1 + _REACH))
    stamp = next((i for i in reach if _stamp(texts[i])), None)
    if stamp is None:
        return
    headline = stamp - 1
    while headline > last_skip and kinds[headline] == "caption":
        headline -= 1  # a picture between the headline and its stamp
    while headline > last_skip + 1 and texts[headline - 1].strip() == texts[headline].strip():
        headline -= 1  # the headline set twice, the second time over its picture
    if headline <= last_skip + 1 or kinds[headline] != "body":
        return  # no header between, or no headline over the stamp
    lead = lead_index(texts, stamp)
    if not headline_shaped(texts[headline]) or lead is None:
        return
    between = [i for i in range(last_skip + 1, headline) if kinds[i] == "body"]
    own = echo(texts[headline], texts[lead])
    if any(not _short(texts[i]) or echo(texts[i], texts[lead]) >= own for i in between):
        return  # a line of the story, or one that tells it as well as the headline does
    for i in between:
        kinds[i] = "boilerplate"


def _stamp(text: str) -> bool:
    """A line that is only a date with its day (a label before it, a time after it)."""
    if len(text) > _STAMP_CHARS:
        return False
    label = read_label(text)
    if label is None or label.date.day is None or label.date.year is None:
        return False
    return len(text[label.end :].split()) <= 4  # "| Updated 2031-03-14 02:00"


def _short(text: str) -> bool:
    """A menu's item or a form's label: a few words and no sentence."""
    return word_count(text) <= _SHORT and not is_prose(text) and not text.rstrip().endswith(".")
