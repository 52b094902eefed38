"""A noun a lead brings in as something new: the act, once the first shared word named none.

Part of :mod:`briefing.topics.event_action`. When the word the English leads share most names
no act (a verb whose noun the texts never write: "declared", never "declaration"), the next
word is read, but only a noun a lead brings in with "a" or "an" ("fleeing a wildfire", "a
landslide blocked"): a plural the leads share is whom it happened to, a thing they write as
known ("the metro") what it happened to. An accident is often brought in with its kind before
it ("battled to contain an oil spill", "after a mine explosion"): the article, one word in
lower case, then the noun. That noun is brought in too, and the word before it names its kind
("Oil spill"), as the pair a lead writes before the act names it in a packet of many leads;
a hyphened word in lower case is one word there too ("given a four-year ban": the ban is
brought in, as a "two-year ban" or a "long-awaited vote" would be, whatever the hyphen joins);
never a word of size or force ("a massive wildfire": :data:`.event_measures.SIZES`), an
adverb, a function word, or a word a number stands before ("a 7.8-magnitude earthquake").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Mapping, Sequence

from briefing.topics.event_measures import SIZES

#: The English indefinite article: what a lead writes before something it brings in as new.
ARTICLES = frozenset({"a", "an"})


def brought_in(
    words_of_leads: Sequence[Sequence[str]],
    texts: Sequence[str],
    base: Mapping[str, str],
    refused: Collection[str],
    noun: Callable[[str], bool],
) -> dict[str, str]:
    """Each noun (casefolded, by its base form in ``base``) some lead brings in with "a" or
    "an", mapped to the kind a lead writes between them ("oil" of "an oil spill"), or ""
    when none does. ``words_of_leads`` are the leads' words as written (their case kept),
    ``texts`` the leads themselves, read for what stands between the words.

    After the article and a word in lower case, a word ``noun`` takes for a noun the leads
    share is what is brought in, the word before it only its kind: "an acid spill" brings
    in a spill, not acid (whose "spills acid" the leads may share as widely). ``refused``
    words are never a kind (function words, numbers, quantities, roles), nor a word of size
    or force, which brings the noun in all the same ("a massive spill")."""
    found: dict[str, str] = {}
    for words, text in zip(words_of_leads, texts, strict=True):
        for i, article in enumerate(words[:-1]):
            if article.casefold() not in ARTICLES:
                continue
            first = words[i + 1]
            after = words[i + 2].casefold() if i + 2 < len(words) else ""
            head = base.get(after, after)
            # Only spaces between: "an estimated 1,000 tons" brings in no "tons", and "a
            # 7.8-magnitude quake" none of kind "magnitude" (the number stands before it).
            if (
                after
                and first.islower()
                and first.replace("-", "").isalpha()
                and re.search(rf"\b{article}\s+{re.escape(first)}\s+{re.escape(after)}\b", text)
                and noun(head)
            ):
                kind = first if _is_kind(first, refused) else ""
                if not found.get(head):
                    found[head] = kind
            else:
                found.setdefault(base.get(first.casefold(), first.casefold()), "")
    return found


def _is_kind(word: str, refused: Collection[str]) -> bool:
    """``word`` may say which thing a noun after it is: no function word, adverb or word of
    size or force."""
    return word not in refused and word not in SIZES and not word.endswith("ly")
