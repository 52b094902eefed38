"""What a thing underwent, when the thing heads the main event: "a container ship ran aground".

Part of :mod:`briefing.topics.events`. The word the English leads share most may be the thing
the story happened to ("ship", "ferry", "bridge": a building, vehicle or object,
:data:`~.event_shared._THINGS`): every lead names it, because every lead says what happened
to it, while each writes the act in its own words, some of which English names by no noun the
texts write ("ran aground", never "the grounding"). A name built on the thing ("Ever Given’s
container ship in Suez") says what, never what happened. So when the act's head is such a
thing, the act the English leads write it underwent names the event in its place, by the noun
English makes of it:

- **an adverb of state** ("aground", "adrift", "afloat": "a" and a word English uses as a
  verb, far rarer than that word: :data:`RARER`) right after a verb of motion or state
  (:data:`CARRIERS`: "ran aground", "was adrift", "runs aground"), when the English texts
  also write its word as a participle ("the vessel remained grounded"): the act is that
  verb's gerund ("grounding"), when English holds it as a common word
  (:data:`~.event_undergone.DERIVED` on wordfreq's Zipf scale);
- **a past participle** ("derailed", "capsized") the leads write of the thing, right after its
  noun or after "that", "which" and auxiliaries ("the ferry capsized", "a ship that had
  collided"): the noun the texts write for it ("the capsizing", :func:`.event_noun.act_noun`),
  else its lemma's common noun by a suffix (:func:`.event_acted.act_noun`: "collided" is a
  "collision").

Either only in a sentence that names the thing before it, never with an object after it ("a
ship that blocked the canal" is what the ship did to something else: that thing's event, not
the ship's) nor with an agent ("a ship operated by Evergreen" describes it), and in
:data:`MIN_LEADS` English leads or more, the most leads first (a tie between acts names
none). Without English leads, or without such an act, None: the name stays as it was. Only
English is read: the name is written in English, and no resource here translates the other
languages' verbs ("s’est échoué", "auf Grund gelaufen", "座礁"), whose uses stay the event's
through its other words.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass

import simplemma
from wordfreq import zipf_frequency

from briefing.model import Article, Topic
from briefing.sentences import sentences
from briefing.topics.event_acted import act_noun
from briefing.topics.event_noun import DETERMINERS
from briefing.topics.event_noun import act_noun as texts_noun
from briefing.topics.event_shared import _THINGS
from briefing.topics.event_texts import _BODIES, _whole
from briefing.topics.event_undergone import DERIVED
from briefing.topics.lexicon import STOPWORDS, words

#: How many English leads must write the act of the thing.
MIN_LEADS = 2
#: How much rarer (Zipf points) an adverb of state is than its word: "aground" 2.8 beside
#: "ground" 5.2; "again", "ahead", "around", "along" are as common as "gain", "head" ….
RARER = 0.5
#: Verbs (lemmas) that carry an adverb of state: "ran aground", "went adrift", "was afloat".
CARRIERS = words("run go come set drive blow push wash be remain lie float")
#: How common (Zipf) a one-word name may be and still be read as a name opening a sentence:
#: "Given" of "Ever Given" opens sentences as an English word ("Given the wind, …").
COMMON_WORD = 4.0
#: Words that may stand between the thing's noun and its participle ("that has been").
BETWEEN = words("that which has have had was were is are been be being got")
#: Words after a verb that make what follows its agent or object, not the thing's own act.
_AGENT = words("by")

_WORD = re.compile(r"[^\W\d_][\w’'-]*")


@dataclass(frozen=True, slots=True)
class ThingAct:
    """The act's noun and the forms the leads and texts write it with ("aground",
    "grounded"): its uses in the texts."""

    noun: str
    forms: tuple[str, ...]


def thing_act(thing: str, leads: Sequence[str], texts: Sequence[str]) -> ThingAct | None:
    """The act the English ``leads`` write ``thing`` (a noun, lower case) underwent, named
    by its English noun, with ``texts`` (the English articles' whole text) attesting an
    adverb's verb; None when no act is so written (see the module's docstring)."""
    if not leads:
        return None
    written = {w.casefold() for text in texts for w in _WORD.findall(text)}
    found: Counter[str] = Counter()
    forms: dict[str, set[str]] = {}
    for lead in leads:
        acts: dict[str, str] = {}
        for sentence in _sentences(lead):
            tokens = [w.casefold() for w in _WORD.findall(sentence)]
            for noun, form in _acts_after(thing, tokens, written, texts):
                acts.setdefault(noun, form)
        for noun, form in acts.items():
            found[noun] += 1
            forms.setdefault(noun, set()).add(form)
    ranked = found.most_common(2)
    if not ranked or ranked[0][1] < MIN_LEADS:
        return None
    if len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return None  # two acts as widely written: neither is the one
    noun = ranked[0][0]
    return ThingAct(noun, tuple(sorted(forms[noun])))


def _acts_after(
    thing: str, tokens: list[str], written: set[str], texts: Sequence[str]
) -> list[tuple[str, str]]:
    """(noun, written form) of each act the sentence ``tokens`` write after ``thing``."""
    if thing not in tokens:
        return []
    start = tokens.index(thing)
    found = []
    for i in range(start + 1, len(tokens)):
        word = tokens[i]
        after = tokens[i + 1] if i + 1 < len(tokens) else ""
        if after in DETERMINERS["en"] or after in _AGENT:
            continue  # "blocked the canal", "operated by": an object's act, a description
        noun = _state_noun(word, tokens[i - 1], written)
        if noun is None and _participle_of(tokens, start, i):
            noun = _participle_noun(word, texts)
        if noun is not None:
            found.append((noun, word))
    return found


def _state_noun(word: str, before: str, written: set[str]) -> str | None:
    """The gerund of an adverb of state's verb ("aground" → "grounding"), after a verb of
    motion or state, when the texts write that verb's participle; else None."""
    if len(word) < 5 or not word.startswith("a") or word in STOPWORDS:
        return None
    base = word[1:]
    if zipf_frequency(word, "en") > zipf_frequency(base, "en") - RARER:
        return None  # "again", "ahead": words of their own, no state of "gain", "head"
    if simplemma.lemmatize(before, lang="en") not in CARRIERS:
        return None  # "passengers aboard": no act
    if not {base + "ed", base + "d"} & written:
        return None  # the texts never write its word as a verb
    return _gerund(base)


def _participle_of(tokens: list[str], start: int, i: int) -> bool:
    """``tokens[i]`` is a participle in "-ed" written of the thing at ``start``: right after
    it, or after "that", "which" and auxiliaries only."""
    return tokens[i].endswith("ed") and all(t in BETWEEN for t in tokens[start + 1 : i])


def _participle_noun(word: str, texts: Sequence[str]) -> str | None:
    """The noun of a participle's act: the one the texts write for it ("the collision" of
    "collided", "the sinking" of "sank"), else English's common noun of its verb by a suffix
    (:func:`.event_acted.act_noun`); None without one (no gerund: "crashing" is no name of
    a crash)."""
    lemma = simplemma.lemmatize(word, lang="en")
    if lemma == word or not lemma.isalpha():
        return None
    written = texts_noun(word, texts) if texts else None
    if written is not None and written != word and " " not in written:
        return written
    return act_noun(lemma, DERIVED)


def _gerund(base: str) -> str | None:
    """``base``'s gerund ("ground" → "grounding", "capsize" → "capsizing"), when English
    holds it as a common word (:data:`DERIVED`); else None."""
    stems = {base, base[:-1] if base.endswith("e") else base}
    score, gerund = max((zipf_frequency(s + "ing", "en"), s + "ing") for s in stems)
    return gerund if score >= DERIVED else None


@dataclass(frozen=True, slots=True)
class Undergone:
    """The act a thing underwent, as :mod:`.events` reads it: the act (``action`` unchanged
    when no thing underwent one), its forms' uses, and " of the Ever Given" when the leads
    name the thing ("" else)."""

    action: str
    uses: tuple[tuple[str, str], ...] = ()
    of: str = ""


def undergone_act(
    action: str,
    articles: Sequence[Article],
    languages: Mapping[str, str],
    leads: Mapping[str, str],
    verbs: list[str],
    topics: Sequence[Topic],
    states: Collection[str],
) -> Undergone:
    """``action``, or the act its head underwent when the head is a thing (:func:`thing_act`),
    its written forms appended to ``verbs`` (where its place and days are read from) and
    kept as ("en", form) uses: no text writes "grounding", so the uses of "aground" and
    "grounded" are the event's (:func:`.event_topic.with_event`). The thing's own name among
    ``topics`` (:func:`thing_named`) is whose act it is."""
    head = action.split()[-1]
    if head not in _THINGS:
        return Undergone(action)
    english = [a for a in articles if languages.get(a.id) == "en"]
    texts = [_whole(a) for a in english[:_BODIES]]
    lines = [leads[a.id] for a in english if a.id in leads]
    act = thing_act(head, lines, texts)
    if act is None:
        return Undergone(action)
    verbs.extend(f for f in act.forms if f not in verbs)
    named = thing_named(head, act.forms, lines, topics, states)
    return Undergone(act.noun, tuple(("en", f) for f in act.forms), f" of {named}" if named else "")


def thing_named(
    thing: str,
    forms: Sequence[str],
    leads: Sequence[str],
    topics: Sequence[Topic],
    states: Collection[str],
) -> str | None:
    """The listed name of the thing that underwent the act: the name a sentence of the
    leads opens with ("The Ever Given, a Panama-flagged ship …, ran aground") when that
    sentence writes the thing's noun and a form of the act after it, in :data:`MIN_LEADS`
    leads or more; "the" before it when the leads write one ("the Ever Given"); a one-word
    name as common as an English word (:data:`COMMON_WORD`) is not read. A person,
    a country or a town is never the thing (the gazetteer's places, ``states``); None
    without such a name."""
    from briefing.topics.gazetteer import gazetteer

    aliases = sorted(
        (
            (a, t.name)
            for t in topics
            if t.kind != "person" and t.name not in states and gazetteer().place(t.name) is None
            for a in {t.name, *t.aliases}
            if a[:1].isupper() and (" " in a or zipf_frequency(a, "en") < COMMON_WORD)
        ),
        key=lambda pair: -len(pair[0]),
    )
    found: Counter[str] = Counter()
    the: Counter[str] = Counter()
    for lead in leads:
        opened: set[str] = set()
        for sentence in _sentences(lead):
            text = sentence.strip()
            article = text[:4].casefold() == "the "
            start = text[4:] if article else text
            tokens = [w.casefold() for w in _WORD.findall(text)]
            if thing not in tokens:
                continue
            after = tokens[tokens.index(thing) + 1 :]
            if not any(f in after for f in forms):
                continue
            name = next((n for a, n in aliases if _opens_with(start, a)), None)
            if name is not None and name not in opened:
                opened.add(name)
                found[name] += 1
                the[name] += article
    best = found.most_common(1)
    if not best or best[0][1] < MIN_LEADS:
        return None
    name = best[0][0]
    return f"the {name}" if 2 * the[name] > found[name] else name


def _sentences(lead: str) -> list[str]:
    """The sentences of a lead, each line (the headline, a paragraph) split on its own."""
    return [s.text for line in lead.split("\n") for s in sentences(line, "en")]


def _opens_with(text: str, alias: str) -> bool:
    """``text`` opens with ``alias`` as whole words."""
    return text.startswith(alias) and (len(text) == len(alias) or not text[len(alias)].isalnum())
