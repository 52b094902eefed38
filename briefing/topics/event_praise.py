"""What the act is called, not what happened: a word of evaluation gives way to the act.

Part of :mod:`briefing.topics.event_action`. A lead may open with what the event means
before what it was: "India achieved a historic milestone on Wednesday as the lander made a
touchdown on the lunar surface", "the club marked a record as its striker scored". The
headline, cut after its first words, repeats the evaluation ("India achieved a historic
milestone on Wednesday as…"), so that the evaluation is the word the English leads share
most, and the event would be named "Milestone". The act is what the clause after it
reports: the touchdown.

What tells an evaluation is the sentence's structure, never a list of praise words
("milestone", "feat", "success", "achievement", "triumph", "breakthrough" are open-ended,
and a lexicon's senses do not part them from acts: WordNet files "milestone" and
"achievement" among events and acts). The noun is what the sentence's subject attains
(:data:`ATTAIN`: "achieved a milestone", "marks a new chapter", "scripted history"), or what
the event is said to be (a copula's predicate: "it was a triumph as ..."), and the same
sentence goes on to report the act in a clause of its own, opened by a subordinator
(:data:`OPENERS`: "as", "when", "after", "while") within a few words of it ("achieved a
milestone on Wednesday as ..."). The act of that clause is its verb's
object when the verb is light (:data:`LIGHT`: "made a touchdown", "carried out a landing":
the noun is the act), else its first verb in "-ed" ("as the probe landed"). Both word lists
are closed classes of English grammar, as the articles are.

An evaluation without such a clause ("a milestone for the club") is left alone: the leads
say nothing else happened, and the word may be what the story is about.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from briefing.sentences import sentences
from briefing.topics.lexicon import STOPWORDS, words

#: Verbs whose object is what the subject attained or what the event stands for: the
#: evaluation, never the act ("achieved a milestone", "marks a turning point", "scripted
#: history"). Their inflections are read by :func:`_attain`.
ATTAIN = words("achieve attain accomplish mark notch script")
#: The copula: what follows with an article is what the event is said to be.
COPULA = words("is was are were be been being become became becomes remains remained")
#: Verbs whose object names the act itself ("made a touchdown", "carried out a landing",
#: "conducted a test"): light verbs, which lend the act's noun their tense.
LIGHT = words(
    """make makes made making carry carries carried carrying perform performs performed
    performing conduct conducts conducted conducting complete completes completed
    completing execute executes executed executing stage stages staged staging"""
)
#: Words that open a clause of its own inside the sentence: the act it reports.
OPENERS = words("as when after while")
#: How many words may stand between the evaluation and the clause's opener ("on Wednesday").
GAP = 4
#: Words a noun phrase's modifiers may be: articles, possessives and the like.
_ARTICLES = words("a an the its their his her this that our another")
#: How many words an object's phrase may hold before its noun ("a historic first-ever
#: milestone").
REACH = 4

_TOKEN = re.compile(r"[^\W\d_][\w’'-]*|\d[\d:.,]*|[^\w\s]")


_ENDINGS = frozenset({"s", "es", "ed", "d", "ing", "e"})
#: Every inflection :func:`_attain` accepts, spelled out: a set lookup per word.
_ATTAINED = frozenset(
    form
    for verb in ATTAIN
    for stem in [verb[:-1] if verb.endswith("e") else verb]
    for form in [verb, *(stem + ending for ending in _ENDINGS)]
)
#: The words that may open the search of a sentence: an attaining verb or a copula.
_OPENING = _ATTAINED | COPULA


def _attain(word: str) -> bool:
    """Whether ``word`` is an inflection of an :data:`ATTAIN` verb ("achieved", "marks")."""
    return word in _ATTAINED


def _phrase(tokens: list[str], start: int) -> tuple[int, int] | None:
    """The noun phrase opening at ``start``: (its first index, its noun's index), the noun
    being its last word before a function word, a stop or :data:`REACH` words. None when
    no article opens it (the object of an evaluation is brought in with one) or it is empty."""
    if start >= len(tokens) or tokens[start] not in _ARTICLES:
        return None
    end = start + 1
    while (
        end < len(tokens)
        and end - start <= REACH
        and tokens[end][:1].isalpha()
        and tokens[end] not in STOPWORDS
    ):
        end += 1
    return (start, end - 1) if end - 1 > start else None


def _clause_act(tokens: list[str], start: int) -> str | None:
    """The act the clause opening at ``start`` reports: a light verb's object ("made a
    touchdown" → "touchdown"), else its first verb in "-ed" ("as the probe landed")."""
    for i in range(start, len(tokens)):
        word = tokens[i]
        if word in LIGHT:
            step = i + 1 + (i + 1 < len(tokens) and tokens[i + 1] == "out")
            found = _phrase(tokens, step)
            if found is not None:
                return tokens[found[1]]
        if len(word) > 4 and word.endswith("ed") and word.isalpha() and word not in LIGHT:
            after = tokens[i + 1] if i + 1 < len(tokens) else "."
            if tokens[i - 1] in _ARTICLES or (after[:1].isalpha() and after not in STOPWORDS):
                continue  # "the injured", "the troubled bank": a noun, an adjective
            return word
    return None


def praised(text: str) -> dict[str, tuple[str, frozenset[str]]]:
    """Per evaluation the lead ``text`` (English) writes, with a clause reporting the act
    in the same sentence: (the act's word, the words of the evaluation's phrase and of its
    verb, none of them the act). Words are casefolded."""
    found: dict[str, tuple[str, frozenset[str]]] = {}
    for sentence in (
        s.text for line in text.split("\n") if _may_praise(line) for s in sentences(line)
    ):
        tokens = [t.casefold() for t in _TOKEN.findall(sentence)]
        if not _may_praise_words(tokens):
            continue
        for i, word in enumerate(tokens):
            if word not in _OPENING:
                continue
            phrase = _phrase(tokens, i + 1)
            if phrase is None and _attain(word) and i + 1 < len(tokens):
                # "scripted history": a bare noun after the verb, a stop or opener after it
                rest = tokens[i + 2] if i + 2 < len(tokens) else "."
                if tokens[i + 1][:1].isalpha() and (rest in OPENERS or not rest[:1].isalpha()):
                    phrase = (i + 1, i + 1)
            if phrase is None:
                continue
            first, noun = phrase
            after = next(
                (
                    j
                    for j in range(noun + 1, min(noun + 1 + GAP, len(tokens)))
                    if tokens[j] in OPENERS
                ),
                None,
            )
            act = _clause_act(tokens, after + 1) if after is not None else None
            if act is None or act == tokens[noun]:
                continue
            said = frozenset(t for t in tokens[first : noun + 1] if t not in _ARTICLES)
            found.setdefault(tokens[noun], (act, said | {word}))
    return found


def _may_praise_words(tokens: list[str]) -> bool:
    """Whether casefolded words can hold an evaluation and its clause: an attaining verb or
    a copula, and an opener (:data:`OPENERS`), asked as set lookups in C."""
    return not OPENERS.isdisjoint(tokens) and not _OPENING.isdisjoint(tokens)


def _may_praise(line: str) -> bool:
    """:func:`_may_praise_words` of a whole line, before it is cut into sentences (the
    sentence splitter is most of the cost; a sentence's words are its line's words)."""
    return _may_praise_words([t.casefold() for t in _TOKEN.findall(line)])


def acts_in_place(
    usables: Sequence[set[str]],
    titles: Sequence[set[str]],
    texts: Sequence[str],
    allowed: Callable[[str], bool],
) -> None:
    """In each lead's candidate words (``usables``, with its headline's, ``titles``), an
    evaluation :func:`praised` finds in its text gives way to the act its sentence reports:
    the evaluation's phrase and verb leave, the act comes in (when ``allowed``: no name, no
    function word), in the headline too when the headline wrote the evaluation (a headline
    cut after its first words says what the whole sentence says)."""
    for usable, title, text in zip(usables, titles, texts, strict=True):
        for praise, (done, phrase) in praised(text).items():
            if praise not in usable:
                continue
            usable -= phrase
            if len(done) > 3 and allowed(done):
                usable.add(done)
                if praise in title:
                    title.add(done)
