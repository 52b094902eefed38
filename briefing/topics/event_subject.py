"""Which word names the act when the word the leads share is not it: what a reaction follows,
or the subject every language of the packet writes of.

Part of :mod:`briefing.topics.event_action`, kept apart because these two rules do not read
the leads' action word itself but overrule it from outside: mourning, condolences or an
investigation name what they follow ("mourning after the attack"), and a one-word subject
held in half the articles or more ("conclave") outranks a word only English leads share.
Both pass over an English plural, which names the story's actors or items, not an act.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Sequence

from briefing.corpus.wordlists import at_least
from briefing.model import Topic
from briefing.topics.event_when import english_stem

#: How many of the best topics the event is read from (people, places, names to avoid).
CONTEXT = 60

#: English words that set what follows them before the rest of the sentence in time or as
#: its cause: "mourning after the attack", "condolences over the attack", "investigation
#: into the attack", "days following the earthquake".
_AFTER = frozenset({"after", "following", "since", "over", "into", "amid"})
#: How many words may stand between such a word and the act ("after Friday's deadly attack").
_AFTER_GAP = 3


def antecedent(
    word: str, docs: Counter[str], words_of_leads: list[list[str]], when: Collection[str] = ()
) -> str:
    """The act ``word`` is a reaction to or a consequence of, when the leads say so.

    Mourning, condolences, tributes, an investigation or the reactions follow what happened,
    and the leads that report them name it as what they follow: "mourning after the attack",
    "condolences over the attack". A word of the leads (``docs``) heading the noun phrase
    after :data:`_AFTER` in two leads or more, more often than ``word`` does, and standing
    in half the leads that use ``word`` or more, is the act: the event is named by it (the
    most often so written, when several are). What the leads date in years ("five years
    after the fire", "the 2019 fire") is the story's past, not its act; a plural names the
    victims or the items, not an act. Both are passed over, and so is a moment the act is
    dated by (``when``, :func:`.event_when.circumstances`: "crashed after takeoff").
    """
    after: Counter[str] = Counter()
    together: Counter[str] = Counter()
    past: set[str] = set()
    for lead in words_of_leads:
        words = [w.casefold() for w in lead]
        found: set[str] = set()
        for i, w in enumerate(words):
            if w in _AFTER:
                head = _phrase_head(words, i + 1, docs)
                if head is not None:
                    found.add(head)
                    if any(x in _LONG_AGO for x in words[max(0, i - 2) : i]):
                        past.add(head)
            elif w.isdigit() and len(w) == 4 and i + 1 < len(words):
                past.add(words[i + 1])  # "the 2019 fire"
        after.update(found)
        if word in words:
            together.update(set(words))
    best = max(
        (
            x
            for x, n in after.items()
            if x != word
            and n >= 2
            and n > after[word]
            and x not in past
            and x not in when
            and not _plural(x)
            and 2 * together[x] >= together[word]
        ),
        key=lambda x: (after[x], docs[x], x),
        default=None,
    )
    return best if best is not None else word


#: Spans of time that put what follows in the story's past ("five years after the fire").
_LONG_AGO = frozenset({"years", "decades", "centuries", "year", "decade", "century"})


def _phrase_head(words: list[str], start: int, docs: Counter[str]) -> str | None:
    """The last of the consecutive lead words (``docs``, two leads or more) that open within
    :data:`_AFTER_GAP` words of ``start``: the head of "the deadly ransomware attack"."""
    for i in range(start, min(len(words), start + 1 + _AFTER_GAP)):
        if docs.get(words[i], 0) >= 2:
            j = i
            while j + 1 < len(words) and docs.get(words[j + 1], 0) >= 2:
                j += 1
            return words[j]
    return None


def shared(
    subjects: list[tuple[int, frozenset[str]]], words: set[str], articles: int
) -> str | None:
    """The word of ``words`` that a one-word subject (:func:`subjects_of`)
    holds, when it is written in half the articles or more: the packet's subject in all its
    languages. A plural names the story's actors or items ("cardinals", "jewels"), not what
    happened, and is passed over."""
    best: tuple[int, str] | None = None
    for covered, aliases in subjects:
        held = {w for w in words & aliases if not _plural(w)}
        if held and 2 * covered >= articles and (best is None or covered > best[0]):
            best = (covered, min(held))
    return best[1] if best else None


#: How common (Zipf) the word less its "s" must be for an "-is" word to be a plural.
SINGULAR_ZIPF = 3.0


def _plural(word: str) -> bool:
    """An English plural: the word less its final "s" has the same Snowball stem. A word in
    "-is" is a plural only when that word is a common English word ("taxis", "Israelis"):
    "crisis", "analysis", "thesis" are singulars whose stem drops the "s" all the same
    ("crisi", no word), and the noun the leads write for the act ("hostage crisis")."""
    stem = english_stem
    if not word.endswith("s") or word.endswith("ss") or stem(word) != stem(word[:-1]):
        return False
    return not word.endswith("is") or at_least(word[:-1], "en", "small", SINGULAR_ZIPF)


def subjects_of(
    topics: Sequence[Topic], languages: dict[str, str]
) -> list[tuple[int, frozenset[str]]]:
    """(articles, one-word aliases) of the one-word subjects among the best topics that
    articles of two languages or more write of: themes, and an event made of one-word
    aliases (the main event once it holds its theme, so the name is the same before and
    after :func:`~briefing.topics.events.with_main_event`)."""
    found = []
    for topic in topics[: CONTEXT + 1]:
        words = frozenset(a.casefold() for a in topic.aliases)
        one_word = (topic.kind == "theme" and " " not in topic.name) or (
            topic.kind == "event" and not any(" " in w for w in words)
        )
        spoken = {languages.get(m.article_id) for m in topic.mentions}
        if one_word and len(spoken) >= 2:
            found.append((len(topic.articles), words))
    return found
