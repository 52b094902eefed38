"""The act's noun as the articles write it, when the leads state the act by a verb.

Part of :mod:`.event_action`. When the English leads state the act by a verb ("the couple
married", "Prince Harry married"), the act is named by the noun of the verb's root that the
texts write ("marriage", :func:`~.event_noun.act_noun`). The root says nothing of which noun
the articles use for the act: English often names an act by a noun of another verb ("the
wedding" of "married", "the killing" of "shot"), and then the verb's own noun is one
writer's word, while the articles that state the act write the other.

So the verb's noun gives way to another noun when the articles say so:

- the texts that state the act (the English articles writing the verb) never write the
  verb's noun, and every one of them writes the other noun: they name the act they state
  by it;
- that noun names an act: it ends as a nominalisation does (:data:`.event_happening.NOMINAL`,
  "-ing", "-tion", "-ment": never a thing's or an occasion's noun, "dress", "ceremony"), is
  written as a noun (after a determiner more often than after an auxiliary), and stands
  before a stop or a function word somewhere (not only as a modifier: "wedding ring"); it
  is no general noun (:data:`~.themes.GENERIC_HEADS`: "meeting") and no word of a listed name;
- and more articles of the packet write it than the verb's noun: the English ones, and
  those of other languages that write it or a cognate of it in Latin letters ("Royal
  Wedding" in an Italian text; "mariage" for "marriage", :func:`.event_cognates.cognate`).

The word that :data:`MODIFIED` articles or more write right before that noun, in any language
in Latin letters, and an English text in lower case, says its kind ("royal wedding").

Only the English texts are read for the choice, as the act's name is English; a packet
whose articles that state the act write its verb's noun keeps it as before.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence

from briefing.model import Article
from briefing.topics.event_cognates import MIN_STEM, cognate, plain
from briefing.topics.event_happening import NOMINAL
from briefing.topics.event_noun import _noun, _stem, stands_alone
from briefing.topics.event_texts import _whole
from briefing.topics.lexicon import STOPWORDS
from briefing.topics.themes import GENERIC_HEADS

__all__ = ["usual_noun"]

_WORD = re.compile(r"[^\W\d_][\w’'-]*")
#: In how many articles a word must stand before the noun to say what kind of act it is.
MODIFIED = 2
#: How many articles are read: a sample as good as all of them (a bounded cost at 10,000).
SAMPLE = 200


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def _writers(word: str, english: Sequence[set[str]], others: Sequence[tuple[str, set[str]]]) -> int:
    """How many articles write ``word``: English ones as written (or its plural), others as
    a Latin-letter cognate of it."""
    forms = {word, f"{word}s"}
    count = sum(1 for words in english if words & forms)
    if len(word) >= MIN_STEM:
        stem = plain(word)
        count += sum(1 for _language, words in others if any(cognate(stem, w) for w in words))
    return count


def usual_noun(
    noun: str,
    verb: str,
    english: Sequence[Article],
    articles: Sequence[Article],
    languages: Mapping[str, str],
    named: Collection[str],
) -> str | None:
    """The noun the articles write for the act the leads state by ``verb`` (whose own noun
    is ``noun``), or None when ``noun`` stays (see the module's doc). ``english`` are the
    English articles, ``named`` the words of the listed names."""
    if " " in noun:
        return None
    texts = [_whole(a) for a in english[:SAMPLE]]
    folded = [{w.casefold() for w in _words(t)} for t in texts]
    stating = [words for words in folded if verb in words]
    if len(stating) < 2 or any({noun, f"{noun}s"} & words for words in stating):
        return None
    verb_root = _stem(verb, "en")
    shared = set.intersection(*stating)
    lower = {w for t in texts for w in _words(t) if w.islower()}
    suffixes = NOMINAL["en"]
    candidates = sorted(
        w
        for w in shared
        if w in lower
        and len(w) > 4
        and w.endswith(suffixes)
        and w not in GENERIC_HEADS
        and w not in STOPWORDS
        and w not in named
        and not _stem(w, "en").startswith(verb_root)
    )
    if not candidates:
        return None
    tokens = [[w.casefold() for w in _words(t)] for t in texts]
    candidates = [w for w in candidates if _noun(w, tokens, texts, "en") and stands_alone(w, texts)]
    if not candidates:
        return None
    others = [
        (languages.get(a.id, "und"), {plain(w) for w in _words(_whole(a))})
        for a in articles[:SAMPLE]
        if languages.get(a.id, "und") != "en"
    ]
    count = {w: _writers(w, folded, others) for w in candidates}
    best = max(candidates, key=lambda w: (count[w], w))
    if count[best] <= _writers(noun, folded, others):
        return None
    kind = _modifier(best, texts, [_whole(a) for a in articles[:SAMPLE]])
    return best if kind is None else f"{kind} {best}"


def _modifier(noun: str, english: Sequence[str], every: Sequence[str]) -> str | None:
    """The word the articles write right before ``noun`` in :data:`MODIFIED` of them or more,
    in any language in Latin letters ("royal wedding", "Royal Wedding"), written in lower
    case in an English text (an adjective there, though a name may hold it: "Royal Family"),
    no function word: what kind of act the articles say it is."""
    pattern = re.compile(rf"\b([^\W\d_][\w’'-]*)\s+{re.escape(noun)}\b", re.I)
    lower = {m.group(1) for t in english for m in pattern.finditer(t) if m.group(1).islower()}
    writers: dict[str, int] = {}
    for text in every:
        for word in {m.group(1).casefold() for m in pattern.finditer(text)}:
            writers[word] = writers.get(word, 0) + 1
    kinds = [
        w
        for w, n in writers.items()
        if n >= MODIFIED and w in lower and w not in STOPWORDS and len(w) > 3
    ]
    return max(kinds, key=lambda w: (writers[w], w)) if kinds else None
