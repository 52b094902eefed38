"""A theme cut before its noun: "worst mining" of "the worst mining disaster".

The shape rules of :mod:`.themes` read two adjacent words as modifier + noun. In a longer
noun phrase the second word may itself be a modifier: "worst mining disaster", "giant new
rocket". The pair then ends inside the phrase, before the noun that heads it, and names
nothing. When nearly every use of a theme (:data:`CUT_SHARE`, :data:`MIN_USES` at least) is
followed directly by another noun of the same phrase, its last word never heads a phrase in
the packet and the theme is such a cut.

"Another noun of the same phrase" is read by shape, as the theme rules read theirs: one
space and no punctuation between, a lower-case content word (no function word, no verb or
adverb of :data:`.themes.VERBS` / :data:`.themes.ADVERBS`), not shaped like a verb's form
("-ed", "-ing") or an adverb ("-ly"), and not one of the past forms that are nouns too
(:data:`SHARED_PAST`: "the death toll rose"). An "-s" word after a singular noun is a plural
of the phrase or the verb agreeing with the noun ("a migrant boat capsizes"), which the
shape cannot tell apart: such a use abstains, and the share is taken of the other uses.

Only a theme whose last word is singular is asked. An English noun used as a modifier is
singular ("mining", "interest", "rescue"; "arms control" has its plural first), so a pair
ending in a plural is its own head, and the word after it is the clause's verb ("rescue
workers pull", "interest rates rise"), which the shape cannot tell from a noun.

English only: it puts every modifier before its noun and writes compound nouns as separate
words, so a noun right after a noun continues the phrase. The Romance languages put the
adjective after the noun ("crise économique mondiale" is a theme and one more adjective),
Slavic ones a genitive noun ("число жертв катастрофы" is a theme and whose); the German
and Nordic languages write the compound as one word; scripts without spaces have no pairs.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from briefing.topics.candidates import Occurrence
from briefing.topics.lexicon import words

__all__ = ["cut_before_noun"]

#: The fewest uses a theme needs for the words after it to say anything.
MIN_USES = 2
#: The share of the uses followed by another noun of the phrase: "nearly every use".
CUT_SHARE = 0.8
#: Irregular past forms that are nouns too, left out of :data:`.verb_forms.PAST_FORMS`
#: for that reason; after a singular theme they are its verb ("the death toll rose").
SHARED_PAST = words("cut hit set left found rose felt fell stood lost put led won paid spent")
#: Endings of a word shaped like a verb's form or an adverb, never a noun after a noun.
_NOT_NOUN_ENDINGS = ("ed", "ing", "ly")

TextOf = Callable[[str, int], str]


def _plural(word: str) -> bool:
    """An English plural by shape: "-s", but not "-ss", "-us", "-is" ("press", "status",
    "crisis")."""
    return word.endswith("s") and not word.endswith(("ss", "us", "is"))


def _noun_after(text: str, end: int) -> bool | None:
    """Whether the word right after ``end`` in ``text`` (one space, no punctuation) is a
    lower-case content word shaped like a noun (see the module's doc); None when it ends in
    "-s" and may be either."""
    from briefing.topics.themes import _content_word

    if text[end : end + 1] != " ":
        return False
    start = end + 1
    stop = start
    while stop < len(text) and text[stop].isalpha():
        stop += 1
    word = text[start:stop]
    if not word or (stop < len(text) and text[stop] in "-‐‑’'"):
        return False  # no word, or a hyphenated / possessive one: another shape
    if not _content_word(word) or word in SHARED_PAST:
        return False  # "the death toll rose": its verb
    if _plural(word):
        return None  # "a migrant boat capsizes" or "mining disasters": the shape cannot tell
    return not (word.endswith(_NOT_NOUN_ENDINGS) and not word.endswith("eed"))


def cut_before_noun(
    occurrences: Sequence[Occurrence], text_of: TextOf, languages: Mapping[str, str]
) -> bool:
    """Whether a theme of two or more words is nearly always followed by another noun of
    its phrase ("worst mining disaster", "worst mining accident"): a cut, no theme.
    ``languages``: article id → language; uses outside English never count as cut."""
    if len(occurrences) < MIN_USES:
        return False
    surfaces = {o.surface for o in occurrences}
    if any(" " not in s or _plural(s.rsplit(" ", 1)[-1].lower()) for s in surfaces):
        return False
    cut = read = 0
    for o in occurrences:
        if languages.get(o.article, "en") != "en":
            read += 1  # another language's use: never a cut here
            continue
        noun = _noun_after(text_of(o.article, o.paragraph), o.end)
        if noun is not None:
            read += 1
            cut += noun
    return cut >= MIN_USES and cut >= CUT_SHARE * read
