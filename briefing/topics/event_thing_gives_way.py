"""A place, a building or a vehicle heading the main event gives way to the act the languages
write, or to no name at all.

Part of :mod:`briefing.topics.events`. The word the English leads share most may be a thing
one lead dwells on ("the star landed at the city's airport", counted twice as a guessed
headline), while every text writes the act in its own language ("transfer", "transfert",
"трансфер", "Wechsel", "fichaje"). A name built on the thing ("Airport in Barcelona") says where
something happened, never what. When the act's head is such a thing (the closed classes
:data:`~.event_shared._THINGS`) and it underwent no act the English leads write
(:mod:`.event_thing_act`), the act is read across the packet's languages instead:

- a word of the English leads of :data:`MIN_LETTERS` letters or more, written there in lower
  case, that is no name, function word, number, place word, body, role or thing (the words
  :func:`.event_cognates.act_of_languages` refuses);
- whose cognates (romanised and casefolded, one word with another ending:
  :func:`.event_cognates.cognate`) the leads of :data:`MIN_LANGUAGES` languages or more
  write, in more languages than the thing's own word;
- that some language's texts write as something that happened
  (:func:`.event_happening.happening`, in a language whose grammar is known there: "depuis
  le transfert", a noun placed in time; an "-tion" noun; a noun whose root is a verb) — a
  unit ("euros"), a party ("club") or a document ("clause") the languages share is no act;
- written in the most languages, then the most articles; a tie names none.

Without such a word the packet names no event: a thing's name would be a wrong one. A packet
in fewer than :data:`MIN_LANGUAGES` languages has no languages to read the act across: its
name stays as it was ("Okonkwo’s Lagos bridge").
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence

from briefing.model import Article, Topic
from briefing.topics.event_cognates import MIN_STEM, cognate, named_words, plain, refused_words
from briefing.topics.event_happening import happening
from briefing.topics.event_noun import DETERMINERS
from briefing.topics.event_shared import _THINGS, SAMPLE
from briefing.topics.event_texts import _BODIES
from briefing.topics.event_thing_act import Undergone

#: How many languages' leads must write a cognate of the act.
MIN_LANGUAGES = 3
#: How many letters a candidate must have: a cognate shares all but its last two letters, at
#: least four, so a four-letter word meets any longer word it opens ("euro", "Europa").
MIN_LETTERS = 5

_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def act_for_thing(
    suffered: Undergone,
    articles: Sequence[Article],
    languages: Mapping[str, str],
    leads: Mapping[str, str],
    topics: Sequence[Topic],
) -> str:
    """``suffered``'s action itself unless its head is a thing that underwent no act
    (:func:`.event_thing_act.undergone_act`) in a packet of :data:`MIN_LANGUAGES` languages
    or more; then the act word the packet's languages write
    in its place (see the module's docstring), or "" when none qualifies: no event."""
    action = suffered.action
    head = action.split()[-1]
    if suffered.uses or head not in _THINGS or len(set(languages.values())) < MIN_LANGUAGES:
        return action  # an act, or too few languages to read one across: as before
    return _act(head, articles, languages, leads, topics) or ""


def _act(
    head: str,
    articles: Sequence[Article],
    languages: Mapping[str, str],
    leads: Mapping[str, str],
    topics: Sequence[Topic],
) -> str | None:
    sample = articles[:SAMPLE]
    english = [leads[a.id] for a in sample if languages.get(a.id) == "en" and a.id in leads]
    if not english:
        return None
    refused = refused_words(frozenset(languages.values()))
    named = named_words(topics)
    candidates = {
        w
        for text in english
        for w in _WORD.findall(text)
        if w.islower()
        and len(w) >= MIN_LETTERS
        and w not in refused
        and w not in named
        and "-" not in w
        and not w.endswith("ly")
    }
    # Each lead's romanised words, indexed by their first letters: a cognate shares them.
    index: dict[str, set[tuple[int, str]]] = defaultdict(set)
    spoken_by = [languages.get(a.id, "en") for a in sample]
    for n, a in enumerate(sample):
        for w in _WORD.findall(f"{a.title or ''}\n{leads.get(a.id, '')}"):
            romanised = plain(w)
            index[romanised[:MIN_STEM]].add((n, romanised))

    def holding(word: str) -> set[int]:
        stem = plain(word)
        return {n for n, w in index.get(stem[:MIN_STEM], ()) if cognate(stem, w)}

    own = {spoken_by[n] for n in holding(head)}
    ranked: list[tuple[int, int, str]] = []
    for word in candidates:
        held = holding(word)
        spoken = {spoken_by[n] for n in held}
        if len(spoken) >= MIN_LANGUAGES and len(spoken) > len(own):
            ranked.append((len(spoken), len(held), word))
    ranked.sort(reverse=True)
    texts = _texts(sample[:_BODIES], languages)
    words = {
        language: {plain(w): w.casefold() for t in said for w in _WORD.findall(t)}
        for language, said in texts.items()
    }
    acts = [r for r in ranked if _happens(r[2], texts, words)]
    if not acts or (len(acts) > 1 and acts[1][:2] == acts[0][:2]):
        return None  # no act the languages write, or two as widely written
    return acts[0][2]


def _texts(articles: Sequence[Article], languages: Mapping[str, str]) -> dict[str, list[str]]:
    """Per language whose grammar is known (:data:`~.event_noun.DETERMINERS`), the headlines
    and body paragraphs of ``articles``."""
    by_language: dict[str, list[str]] = {}
    for article in articles:
        language = languages.get(article.id, "en")
        if language in DETERMINERS:
            texts = by_language.setdefault(language, [])
            texts.append(article.title or "")
            texts.extend(p.text for _i, p in article.body_paragraphs)
    return by_language


def _happens(
    word: str, by_language: Mapping[str, list[str]], words: Mapping[str, Mapping[str, str]]
) -> bool:
    """Whether the texts of some language write a cognate of ``word`` as something that
    happened (:func:`.event_happening.happening`); ``words``: per language, each romanised
    word of its texts and its casefolded form."""
    stem = plain(word)
    for language, texts in sorted(by_language.items()):
        forms = sorted({w for p, w in words[language].items() if cognate(stem, p)})
        if any(happening(form, texts, language) for form in forms):
            return True
    return False
