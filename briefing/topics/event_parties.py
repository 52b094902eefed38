"""The act one named party does to another: "Takeover of Credit Suisse by UBS".

Part of :mod:`briefing.topics.events`. A takeover, a purchase or a merger has two parties, and
the leads of every language write them the same way round with the act's verb between them:
"UBS takes over Credit Suisse", "UBS kauft Credit Suisse", "UBS acquiert Credit Suisse",
"Ubs compra Credit Suisse", "UBS покупает Credit Suisse". The words the English leads share
most may then be the story's setting ("banking", "crisis", "markets"), while the act is
written once per lead, each time with another verb ("is buying", "takes over", "agreed to
buy"); counting words does not find it, the two parties do.

So a *frame* is an ordered pair of listed names (people, bodies, places) that a sentence of a
lead writes first and second, a few words apart (:data:`BETWEEN`; a word that is no function
word among them: "Spain and Portugal" is a list, no act), in :data:`MIN_LANGUAGES` languages
(each of a packet's, when it has fewer) and a third of the articles or more, two English
ones among them. Its act is named by the noun the English texts write
for the verb of its English leads (the one a control verb governs: "agreed to buy" is
buying): the verb and its particle written as one word ("take over" → "takeover"), or the
noun of its root (:func:`.event_noun.act_noun`: "acquire" → "acquisition"); a noun the
texts write between the two names ("UBS's takeover of Credit Suisse") counts as well. The
noun must be written as a noun (after an article or a possessive) in two English articles
or more, and once at least with the second name as its object ("the takeover of Credit
Suisse": a visit is "to" a place, a meeting "with" someone); the one most written names the
act. Without such a noun there is no frame act, and the event is named as before. A place
is never the second party (it is where an act happened), and a pair written both ways
round about as often ("Putin meets Trump", "Trump meets Putin") is a meeting of two.

The frame's verbs, one per lead, are the act's words in each language ("kauft", "acquiert",
"покупает"): the event topic holds their uses in the articles of that language.
"""

from __future__ import annotations

import itertools
import math
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from briefing.model import Article, Topic
from briefing.sentences import sentences
from briefing.topics.event_noun import AUXILIARIES, DETERMINERS, act_noun
from briefing.topics.languages import function_words_of, part_of_speech
from briefing.topics.lexicon import STOPWORDS
from briefing.topics.verb_forms import PAST_FORMS

#: How many words may stand between the two parties.
BETWEEN = 8
#: How many words between them may hold the act's verb in another language than English
#: ("übernimmt die", "acquista la rivale"): more is a clause, not a verb and its object.
VERB_SLOT = 3
#: How many languages' leads must write the frame.
MIN_LANGUAGES = 3
#: The share of the articles whose leads must write it.
COVERAGE = 1 / 3
#: How many English articles must write the act's noun as a noun.
MIN_NOUN = 2
#: How many articles' leads are read for frames: a sample as good as all of them.
SAMPLE = 1000
#: How many English articles' texts are read for the act's noun.
TEXTS = 50
#: English particles that make one act of a verb ("take over", "buy out", "shut down").
PARTICLES = frozenset({"over", "out", "off", "up", "down", "in"})
#: Words before an English verb that are no act: auxiliaries and modals.
_AUXILIARY = AUXILIARIES["en"] | frozenset({"can", "could", "may", "might", "shall", "should"})

_TOKEN = re.compile(r"[^\W\d_][\w’'-]*|\d[\d.,]*")
#: Where a sentence of a lead divides into clauses: each clause is read on its own.
_CLAUSE = re.compile(r"(?<=[;:])\s+")
_KINDS = ("person", "organisation", "place")


@dataclass(frozen=True, slots=True)
class Slot:
    """The words one sentence of a lead writes between the two parties."""

    article: str
    language: str
    words: tuple[str, ...]
    headline: bool


@dataclass(frozen=True, slots=True)
class PartyAct:
    """The act of a frame: its English noun, who did it, to whom."""

    #: "Takeover of Credit Suisse by UBS".
    phrase: str
    #: The act's English noun ("takeover").
    head: str
    doer: Topic
    done_to: Topic
    #: (language, word) of the act's verb as each language's leads write it.
    forms: tuple[tuple[str, str], ...]


def party_act(
    articles: Sequence[Article],
    topics: Sequence[Topic],
    languages: dict[str, str],
    leads: dict[str, str],
) -> PartyAct | None:
    """The act of the packet's frame (see the module's docstring), or None."""
    found = frames(articles, topics, languages, leads)
    reverse = {(a.id, b.id): slots for (a, b), slots in found.items()}
    least = max(3, math.ceil(len(articles[:SAMPLE]) * COVERAGE))
    spoken = min(MIN_LANGUAGES, len(set(languages.values())))

    def covered(slots: list[Slot]) -> int:
        return len({s.article for s in slots})

    for (doer, done_to), slots in sorted(found.items(), key=lambda kv: -covered(kv[1])):
        verbs = [(s, v) for s in slots if s.language == "en" and (v := verb_of(s.words))]
        if (
            done_to.kind == "place"  # where an act happened, not whom it was done to
            or covered(slots) < least
            or len({s.language for s in slots}) < spoken
            or len({s.article for s, _v in verbs}) < 2
            # Written both ways round as often ("Putin meets Trump", "Trump meets Putin"):
            # a meeting of two, not one's act on the other.
            or 2 * covered(reverse.get((done_to.id, doer.id), [])) >= covered(slots)
        ):
            continue
        return _named(articles, languages, doer, done_to, slots, verbs)
    return None


def _named(
    articles: Sequence[Article],
    languages: dict[str, str],
    doer: Topic,
    done_to: Topic,
    slots: list[Slot],
    verbs: list[tuple[Slot, tuple[str, str | None]]],
) -> PartyAct | None:
    """The frame's act named by its English noun, or None."""
    noun = _noun(verbs, _english_texts(articles, languages), doer, done_to)
    if noun is None:
        return None
    forms = tuple(sorted({form for s in slots if (form := _form(s)) is not None}))
    phrase = f"{noun[0].upper()}{noun[1:]} of {done_to.name} by {doer.name}"
    return PartyAct(phrase, noun, doer, done_to, forms)


def frames(
    articles: Sequence[Article],
    topics: Sequence[Topic],
    languages: dict[str, str],
    leads: dict[str, str],
) -> dict[tuple[Topic, Topic], list[Slot]]:
    """(first party, second party) → the slots between them in the sentences of the first
    :data:`SAMPLE` articles' leads."""
    from briefing.topics.event_subject import CONTEXT

    names: dict[tuple[str, ...], Topic] = {}
    for topic in topics[:CONTEXT]:
        if topic.kind in _KINDS:
            for alias in topic.aliases:
                words = tuple(w.casefold() for w in _TOKEN.findall(alias))
                if words and len(alias) > 1:
                    names.setdefault(words, topic)
    if not names:
        return {}
    sizes: dict[str, list[int]] = defaultdict(list)
    for words in names:
        sizes[words[0]].append(len(words))
    for lengths in sizes.values():
        lengths.sort(reverse=True)
    function = function_words_of(set(languages.values())) | STOPWORDS
    # Keyed by the topics' ids: a topic's hash reads every mention (thousands at scale).
    by_id = {t.id: t for t in names.values()}
    found: dict[tuple[str, str], list[Slot]] = defaultdict(list)
    for article in articles[:SAMPLE]:
        language = languages.get(article.id, "en")
        lines = leads.get(article.id, "").split("\n")
        for number, line in enumerate(lines):
            # Two names' first words at least, or no clause of the line holds a pair: the
            # sentence splitter (the costly part) is asked only of lines that may.
            opening = (t for t in _TOKEN.findall(line) if not t[0].islower())
            if sum(t.casefold() in sizes for t in opening) < 2:
                continue
            clauses = (
                clause
                for sentence in sentences(line, language)
                for clause in _CLAUSE.split(sentence.text)
            )
            for clause in clauses:
                tokens = _TOKEN.findall(clause)
                spots = _spots(tokens, names, sizes)
                for (_s, end, one), (start, _e, other) in itertools.combinations(spots, 2):
                    between = tuple(tokens[end:start])
                    if (
                        one.id != other.id
                        and 1 <= len(between) <= BETWEEN
                        and any(w.casefold() not in function for w in between)
                    ):
                        slot = Slot(article.id, language, between, number == 0)
                        found[(one.id, other.id)].append(slot)
    return {(by_id[a], by_id[b]): slots for (a, b), slots in found.items()}


def _spots(
    tokens: list[str], names: dict[tuple[str, ...], Topic], sizes: dict[str, list[int]]
) -> list[tuple[int, int, Topic]]:
    """(start, end, topic) of each listed name in ``tokens``, the longest first, written
    as a name is (capitalised, or in a script without case). ``sizes``: a name's first
    word → the lengths of the names it opens, longest first."""
    spots = []
    i = 0
    while i < len(tokens):
        if tokens[i][0].islower():
            i += 1
            continue
        first = tokens[i].casefold()
        for size in sizes.get(first, ()):
            topic = names.get(tuple(w.casefold() for w in tokens[i : i + size]))
            if topic is not None:
                spots.append((i, i + size, topic))
                i += size
                break
        else:
            i += 1
    return spots


def verb_of(words: Sequence[str]) -> tuple[str, str | None] | None:
    """The English verb of a slot and its particle: "agreed to buy" → ("buy", None), "will
    take over its rival" → ("take", "over"), "is buying" → ("buying", None); None when the
    slot's first word is not shown to be a verb (after "to", an auxiliary or a modal, or
    inflected as one: "takes", "acquired", "bought"), or when a preposition follows it
    ("arrives in", "flew to": the second name is not what the act was done to)."""
    folded = [w.casefold() for w in words]
    at = 0
    if "to" in folded[:3] and folded.index("to") + 1 < len(folded):
        at = folded.index("to") + 1  # the act a control verb governs: "agreed to buy"
    while at < len(folded) - 1 and folded[at] in _AUXILIARY:
        at += 1
    verb = folded[at]
    helped = at > 0 and folded[at - 1] in _AUXILIARY
    inflected = (len(verb) > 3 and verb.endswith(("s", "ed"))) or verb in PAST_FORMS
    if verb in STOPWORDS or not (helped or inflected):
        return None
    rest = folded[at + 1 :]
    particle = rest[0] if rest and rest[0] in PARTICLES else None
    after = rest[1:] if particle else rest
    if after and after[0] in STOPWORDS and after[0] not in DETERMINERS["en"]:
        return None  # "arrives at", "met with": no object
    return verb, particle


def _noun(
    verbs: list[tuple[Slot, tuple[str, str | None]]],
    texts: list[str],
    doer: Topic,
    done_to: Topic,
) -> str | None:
    """The act's English noun: the most written of the nouns of the frame's verbs and of
    those the texts write between the parties, written as a noun in :data:`MIN_NOUN`
    English articles or more and once at least with the second party as its object ("the
    takeover of Credit Suisse"; a visit is "to" a place, a meeting "with" someone)."""
    tokens = [[w.casefold() for w in _TOKEN.findall(t)] for t in texts]
    candidates: Counter[str] = Counter()
    for verb, particle in {v for _s, v in verbs}:
        noun = _joined(verb, particle, tokens) if particle else act_noun(verb, texts)
        if noun is not None and " " not in noun:
            candidates[noun] += len({s.article for s, v in verbs if v == (verb, particle)})
    for noun in _between(texts, doer, done_to):
        candidates[noun] += 0
    written = {noun: _as_noun(noun, tokens) for noun in candidates}
    objects = "|".join(re.escape(a) for a in sorted(done_to.aliases, key=len, reverse=True))
    best = max(
        (
            n
            for n in candidates
            if written[n] >= MIN_NOUN
            and any(
                re.search(rf"(?i:\b{re.escape(n)})\s+of\s+(?:the\s+)?(?:{objects})\b", t)
                for t in texts
            )
        ),
        key=lambda n: (written[n], candidates[n], n),
        default=None,
    )
    return best


def _joined(verb: str, particle: str, tokens: list[list[str]]) -> str | None:
    """The verb and its particle written as one word by the texts ("takeover", "take-over"),
    from any of the verb's inflections ("takes", "taking", "took" excepted)."""
    bases = {verb, verb[:-1], verb[:-2], verb[:-3], verb[:-3] + "e"}
    words = {w for line in tokens for w in line}
    for base in sorted(bases, key=len, reverse=True):
        for noun in (base + particle, f"{base}-{particle}"):
            if len(base) > 1 and noun in words:
                return noun
    return None


def _between(texts: list[str], doer: Topic, done_to: Topic) -> set[str]:
    """Nouns the texts write between the two parties: "UBS's takeover of Credit Suisse",
    "the takeover of Credit Suisse by UBS"."""
    first = "|".join(re.escape(a) for a in sorted(doer.aliases, key=len, reverse=True))
    second = "|".join(re.escape(a) for a in sorted(done_to.aliases, key=len, reverse=True))
    patterns = (
        re.compile(rf"\b(?:{first})['’]s\s+([a-z][a-z-]+)\s+of\s+(?:the\s+)?(?:{second})\b"),
        re.compile(
            rf"\b([a-z][a-z-]+)\s+of\s+(?:the\s+)?(?:{second})\s+by\s+(?:the\s+)?(?:{first})\b"
        ),
    )
    return {m.group(1) for text in texts for pattern in patterns for m in pattern.finditer(text)}


def _as_noun(noun: str, tokens: list[list[str]]) -> int:
    """In how many texts ``noun`` follows an article or a possessive ("the takeover",
    "UBS's takeover")."""
    return sum(
        1
        for line in tokens
        if any(
            w == noun and (before in DETERMINERS["en"] or before.endswith(("’s", "'s")))
            for before, w in itertools.pairwise(line)
        )
    )


def _form(slot: Slot) -> tuple[str, str] | None:
    """(language, the act's verb as the slot writes it): the English verb with its
    particle; in another language the first word that is no function word, in a slot of
    :data:`VERB_SLOT` words or fewer (a Slavic control verb gives way to the infinitive it
    governs: "согласился купить" is "купить")."""
    if slot.language == "en":
        found = verb_of(slot.words)
        if found is None:
            return None
        verb, particle = found
        return ("en", f"{verb} {particle}" if particle else verb)
    if len(slot.words) > VERB_SLOT:
        return None
    function = function_words_of({slot.language})
    words = [w for w in slot.words if w.casefold() not in function]
    if not words or words[0][0].isupper():
        return None
    first = words[0]
    if slot.language in ("ru", "uk") and len(words) > 1 and part_of_speech(words[1]) == "INFN":
        first = words[1]
    return (slot.language, first.casefold())


def _english_texts(articles: Sequence[Article], languages: dict[str, str]) -> list[str]:
    """The title and body of each of the first :data:`TEXTS` English articles: enough to
    find how the packet names its act, at a bounded cost on 10,000 articles."""
    english = [a for a in articles if languages.get(a.id) == "en"][:TEXTS]
    return ["\n".join([a.title or "", *(p.text for _i, p in a.body_paragraphs)]) for a in english]
