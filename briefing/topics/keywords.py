"""Key words: the one-word events and themes a packet is about, in every language at once.

Names are found by their capitals; what happened is a common noun ("heist", "conclave",
"aftershocks", "migration") that the two-word theme shapes never see, and that each language
spells its own way (conclave / Konklave / cónclave / конклав). A word is *key* when

- the articles' leads (the first paragraphs, where a news text says what happened) use it, in
  at least :data:`MIN_LEADS` articles and a :data:`LEAD_SHARE` of them;
- it is rarer in its language at large than everyday words: its frequency in the general
  language (wordfreq's small lists, which ship with the package: nothing is downloaded) is
  below :data:`MAX_ZIPF`, so "year", "people" or "said" never qualify whatever their count;
- it is no function word of its language, no word of a name the packet already lists, and
  no generic noun or verb of the English closed lists;
- it is argued about: some article writes it more than once (:func:`argued`), as a text
  about a subject does, where a detail or a news habit is written once per article; or
  half the articles write it (the story itself, which short items name once).

Forms of one word are one key by their Snowball stem (Cyrillic: pymorphy3's lemma first), so
"migration" and "migrants" meet ("migr"), and keys of different languages are joined when
their romanised stems are spelled alike (a cognate: rapidfuzz ratio ≥ :data:`COGNATE_RATIO`).
A word only one language uses stays that language's. The topic is named by its most used form
in the packet's main language, with every other form as an alias.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence

from anyascii import anyascii
from rapidfuzz import fuzz, process

from briefing.topics.candidates import Occurrence
from briefing.topics.compound_cognates import compound_joins
from briefing.topics.foreign_words import foreign_only
from briefing.topics.generic_words import ParagraphTexts, generic
from briefing.topics.keycounts import MIN_LETTERS, WORD, WordCounts, count_words
from briefing.topics.kind_phrases import kinds_apart
from briefing.topics.languages import (
    NOUN_CAPITALISING,
    function_words,
    has_cyrillic,
    latin,
)
from briefing.topics.lexicon import MONTHS, STOPWORDS, WEEKDAYS
from briefing.topics.naming import canonical
from briefing.topics.noun_forms import noun_uses
from briefing.topics.rank import Cluster
from briefing.topics.reporting_words import reporting
from briefing.topics.spelling import skeleton, spelling_key
from briefing.topics.themes import (
    GENERIC_HEADS,
    GENERIC_MODIFIERS,
    GENERIC_OCCASIONS,
    QUANTITIES,
    VERBS,
)
from briefing.topics.themes_usage import adjective
from briefing.topics.verb_uses import mostly_verb
from briefing.topics.word_keys import stem_key, zipf
from briefing.topics.word_use import Evidence, word_uses

#: A key word is used in the leads of at least this many articles ...
MIN_LEADS = 3
#: ... and of at least this share of them.
LEAD_SHARE = 0.15
#: How many first body paragraphs of an article are its lead.
LEAD_PARAGRAPHS = 3
#: Zipf frequency (log10 of uses per billion words) in the general language above which a
#: word is everyday vocabulary ("year" 6.0, "police" 5.3, "museum" 4.7; "heist" 3.4).
MAX_ZIPF = 4.75
#: Romanised stems of two languages at least this alike are one word (conclav / konklav).
COGNATE_RATIO = 75
#: ... and some of their written forms at least this alike.
WORD_RATIO = 80
#: Two stems that share a written form of at least this many letters are one word.
SHARED_LETTERS = 4
#: A key word is written in this many languages of the packet at least: a word one language
#: alone uses is mostly a translation of a subject the others name otherwise ("deprem" beside
#: "earthquake"), which would be listed twice.
MIN_LANGUAGES = 2
#: A key word is argued about: some article writes it at least this often. A subject an
#: article is about comes back in it ("the restoration ... the restorers ..."); a word every
#: article writes once is a detail or a news habit ("announcement", "epicentre", "display
#: cases"), whatever its spread.
MIN_IN_ONE_ARTICLE = 2
#: ... unless this share of the articles writes it: then it is what the story is about (the
#: main event's word, which a short wire item writes once).
EVERYWHERE = 0.5
#: At most this many key words become topics, best covered first.
MAX_KEYWORDS = 6

_EVERYDAY = STOPWORDS | VERBS | QUANTITIES | GENERIC_HEADS | GENERIC_MODIFIERS | MONTHS | WEEKDAYS


def _candidate(word: str, language: str, banned: frozenset[str]) -> bool:
    """A common noun of the paragraph's language that may carry a subject."""
    lower = word.casefold()
    if lower in banned or lower in _EVERYDAY or lower in function_words(language):
        return False
    if language in NOUN_CAPITALISING:
        # German capitalises its nouns, and only them ("feierlich" is an adverb); names
        # were ruled out by ``banned``.
        return word[0].isupper() and word[1:].islower()
    return word.islower()


def unnamed_key(word: str, language: str, is_name: Callable[[str], bool]) -> str:
    """The word's stem key, or "" when it can be no key word whatever names the packet lists
    (those are left out later: :func:`key_words`)."""
    usable = (
        _candidate(word, language, frozenset())
        and zipf(word, language) < MAX_ZIPF
        and not (word[0].isupper() and is_name(word))
    )
    return stem_key(word, language) if usable else ""


def key_words(
    paragraphs: Sequence[tuple[str, int, str]],
    languages: dict[str, str],
    named: Iterable[str],
    is_name: Callable[[str], bool] = lambda _word: False,
    counts: WordCounts | None = None,
    modifiers: set[str] | None = None,
) -> list[tuple[str, list[Occurrence]]]:
    """(name, every occurrence) of the packet's key words, best covered first.

    ``modifiers``, when given, gets the written forms (case-folded) of the words left out as
    adjectives (:func:`~.themes_usage.adjective`): a two-word theme ending in one ("barbaric
    terrorist" of "barbaric terrorist attack") is no noun phrase either.

    ``paragraphs`` are the body paragraphs (article id, index, text) in article order;
    ``named`` the words of names the packet already lists, which are never key words
    themselves; a word mostly written next to such a name is that name's head noun
    ("cathédrale Notre-Dame", "Louvre Museum") and is no key word either. ``is_name`` says
    whether a word is a known name anyway (a place in the gazetteer: German "Vatikan").
    ``counts`` are the paragraphs' word counts if already made (by worker processes:
    :func:`~briefing.topics.keycounts.count_words` with the same ``is_name``).

    The words are counted per paragraph text in C (:mod:`.keycounts`); only the leads are
    walked word by word, and only the paragraphs that use a word of a well covered group
    token by token, for its occurrences and how it is used.
    """
    named = list(named)
    banned = frozenset(w.casefold() for w in named)
    # A head noun stands beside the name as the other languages write it too: "galerie
    # d'Apollon" beside a name listed only in Cyrillic ("Галереи Аполлона") is that name's
    # head, so Cyrillic name words also count in Latin letters (their lemma romanised).
    beside = banned | frozenset(latin(w).casefold() for w in named if has_cyrillic(w))
    if counts is None:
        counts = count_words(paragraphs, languages, is_name)
    unnamed = counts.keys

    def key_of(word: str, language: str) -> str:
        key = unnamed[language][word]
        return "" if not key or len(key) < 3 or word.casefold() in banned else key

    # Which articles' leads use each key, keys in the order the leads first use them.
    seen: dict[str, int] = defaultdict(int)
    lead_docs: dict[str, set[str]] = {}
    leads: set[tuple[str, int]] = set()
    for article, index, text in paragraphs:
        lead = seen[article] < LEAD_PARAGRAPHS
        seen[article] += 1
        if not lead:
            continue
        leads.add((article, index))
        language = languages.get(article, "en")
        for word in dict.fromkeys(WORD.findall(text)):
            if len(word) >= MIN_LETTERS:
                key = key_of(word, language)
                if key:
                    lead_docs.setdefault(key, set()).add(article)
    # Every written form of the leads' keys, with how often the packet writes it.
    forms: dict[str, Counter[tuple[str, str]]] = defaultdict(Counter)
    for language, written in counts.counts.items():
        for word, n in written.items():
            key = key_of(word, language)
            if key in lead_docs:
                forms[key][(word.casefold() if word.isupper() else word, language)] += n
    articles = {a for a, _i, _t in paragraphs}
    least = max(MIN_LEADS, math.ceil(LEAD_SHARE * len(articles)))
    groups = [
        (members, docs)
        for members in _cognates({k: forms[k] for k in lead_docs}, lead_docs)
        if len(docs := set().union(*(lead_docs[k] for k in members))) >= least
    ]
    needed = {k for members, _docs in groups for k in members}
    by_form: dict[tuple[str, str], Evidence] = {}
    occurrences, evidence = word_uses(
        paragraphs, languages, counts, key_of, needed, beside, by_form
    )
    found = []
    texts = ParagraphTexts(paragraphs)
    for members, docs in groups:
        occs = [o for k in members for o in occurrences[k]]
        if adjective(occs, texts.get, languages):
            if modifiers is not None:
                modifiers.update(w.casefold() for k in members for w, _lang in forms[k])
            continue  # "residential" of "zona residencial": the phrase is the subject
        counted: Counter[tuple[str, str]] = Counter()
        for k in members:
            counted.update(forms[k])
        together = Evidence.merged(evidence[k] for k in members)
        if mostly_verb(together.uses, together.verb):
            continue  # "has declared", "a déclaré": how they report (:mod:`.verb_uses`)
        if reporting(occs, texts.get, languages):
            continue  # "announced that", "anunció que": a reporting word (:mod:`.reporting_words`)
        if not together.noun_like():
            # "evacuated" beside "the evacuation": the noun forms alone (:mod:`.noun_forms`)
            occs = noun_uses(members, occurrences, by_form)
            docs = {o.article for o in occs if (o.article, o.paragraph) in leads}
            if len(docs) < least:
                continue
            nouns = {o.surface.casefold() for o in occs}
            counted = Counter({f: n for f, n in counted.items() if f[0].casefold() in nouns})
        written_in = {lang for _w, lang in counted}
        if len(written_in) < MIN_LANGUAGES or foreign_only(written_in, docs, languages):
            continue  # what other texts say in other words: :mod:`.foreign_words`
        english = [w for w, lang in counted if lang == "en"]
        if english and all(w.endswith(("ed", "ing")) for w in english):
            continue  # English uses it only as a verb ("celebrating", "restored")
        if any(w.casefold() in GENERIC_OCCASIONS for w in english):
            continue  # "tragedy", "tragédie", "Tragödie": the event again, in judging words
        name = _name(counted, languages)
        if generic(name, counted, occs, texts, languages):
            continue  # "feriti", "vehicles", "massive": a tally's noun, an everyday word
        if not argued(occs) and len(docs) < EVERYWHERE * len(articles):
            continue
        found.append((len(docs), len(occs), name, occs))
    found.sort(key=lambda item: (-item[0], -item[1], item[2]))
    return [(name, occs) for _docs, _count, name, occs in found[:MAX_KEYWORDS]]


def argued(occurrences: Sequence[Occurrence]) -> bool:
    """Some article writes the word :data:`MIN_IN_ONE_ARTICLE` times or more."""
    per_article = Counter(o.article for o in occurrences)
    return bool(per_article) and max(per_article.values()) >= MIN_IN_ONE_ARTICLE


def _cognates(
    forms: dict[str, Counter[tuple[str, str]]], lead_docs: dict[str, set[str]]
) -> list[list[str]]:
    """Stem keys grouped: one group per word, cognates of different languages joined.

    Keys used in the leads of two articles or more (a few dozen per packet) are compared with
    every key of the leads, and only across languages: within one language the stem already
    joins a word's forms, so a briefing in one language compares nothing.
    """
    anchors = sorted(k for k in forms if len(lead_docs[k]) >= 2 and len(k) >= 5)
    others = sorted(k for k in forms if len(k) >= 5)
    langs = {k: {lang for _w, lang in forms[k]} for k in others}
    parent = {k: k for k in forms}

    def find(k: str) -> str:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    if len(set().union(*langs.values()) if langs else ()) < 2:
        anchors = []  # one language: its stems already join a word's forms
    # Cognates start with the same letter ("c" and "k" alike): each anchor is compared only
    # with the keys of its letter, in rapidfuzz's C loop with the cut-off. A 10,000-article
    # briefing has thousands of anchors and tens of thousands of keys; comparing every pair
    # in Python took minutes. The pairs found, and the order they are joined in, are the
    # same as comparing every pair.
    anchor_set = frozenset(anchors)
    by_letter: dict[str, list[int]] = defaultdict(list)
    for position, b in enumerate(others):
        by_letter[_k(b[0])].append(position)
    spelled = {letter: [_k(others[i]) for i in at] for letter, at in by_letter.items()}
    for a in anchors:
        letter = _k(a[0])
        at = by_letter.get(letter, [])
        close = process.extract(
            _k(a),
            spelled.get(letter, []),
            scorer=fuzz.ratio,
            score_cutoff=COGNATE_RATIO,
            limit=None,
        )
        for b in (others[at[i]] for i in sorted(i for _choice, _score, i in close)):
            if (b <= a and b in anchor_set) or (langs[a] == langs[b] and len(langs[a]) == 1):
                continue  # each pair of anchors once; never within one language
            if _alike(forms[a], forms[b]):
                parent[find(b)] = find(a)
    # One written form under two languages' stems is one word, however short the stems
    # (too short to compare above): "lava" is "lav" to the Italian and Spanish stemmers and
    # "lava" to the English one; French "lave" joins the first.
    writer: dict[str, str] = {}
    for k in forms:
        for w, _lang in forms[k]:
            folded = w.casefold()
            if len(folded) < SHARED_LETTERS:
                continue
            other = writer.setdefault(folded, k)
            if find(other) != find(k):
                parent[find(k)] = find(other)
    if anchors:  # "Ammoniumnitrat" is a "nitrate": :mod:`.compound_cognates`
        every = {k: {lang for _w, lang in forms[k]} for k in forms}
        compound_joins(every, lambda k, head: parent.__setitem__(find(k), find(head)))
    grouped: dict[str, list[str]] = defaultdict(list)
    for k in forms:
        grouped[find(k)].append(k)
    return list(grouped.values())


def _k(text: str) -> str:
    return text.replace("c", "k")


def _alike(a: Counter[tuple[str, str]], b: Counter[tuple[str, str]]) -> bool:
    """Some written forms of the two stems are spelled alike too, not only their stems
    ("restoration" / "restauration"; not "conclave" / "concluded", whose stems are close)."""
    words_a = {_k(skeleton(anyascii(w).casefold())) for w, _lang in a}
    words_b = {_k(skeleton(anyascii(w).casefold())) for w, _lang in b}
    return any(fuzz.ratio(x, y) >= WORD_RATIO for x in words_a for y in words_b)


def _name(counted: Counter[tuple[str, str]], languages: dict[str, str]) -> str:
    """The most used English form, as the other topics' names are English ("Turkey",
    "Vienna"); else the most used form in the packet's main language."""
    by_language = Counter(languages.values())
    main = max(by_language, key=lambda lang: (by_language[lang], lang == "en"))
    if any(lang == "en" for _w, lang in counted):
        main = "en"
    # A verb form ("restored", "celebrating") is a poorer name than the noun beside it.
    in_main = [
        (not (lang == "en" and w.endswith(("ed", "ing"))), n, w)
        for (w, lang), n in counted.items()
        if lang == main
    ]
    pool = in_main or [(True, n, w) for (w, _lang), n in counted.items()]
    return max(pool)[2]


def add_key_word(
    clusters: dict[str, Cluster],
    name: str,
    occs: list[Occurrence],
    languages: dict[str, str] | None = None,
) -> None:
    """A key word joins the two-word themes it heads: "jewels" is one topic with "crown
    jewels", and "migration", "migrants" and "labour migration" are one theme; but a plural
    written mostly alone keeps apart the plural phrases that name a kind of it ("tariffs",
    "reciprocal tariffs": :mod:`.kind_phrases`). One such
    theme used for a third of the word's uses or more (in the theme's languages) names the
    topic (the more specific phrase); several, or a rare one ("magnitude quake" beside
    "quake"), leave the word's name.
    A word mostly written as a theme's first word is that theme, counted in the theme's
    languages when ``languages`` (article id → language) is given: "bamboo", which English
    writes only in "bamboo scaffolding", though French writes "bambou" alone.
    """
    forms = {spelling_key(o.surface.casefold()) for o in occs}
    modified = [k for k in clusters if k.startswith("t:") and k[2:].split(" ", 1)[0] in forms]
    inside = {(o.article, o.paragraph, o.start) for k in modified for o in clusters[k].occurrences}
    if inside and languages is not None:
        theirs = {languages.get(a, "en") for a, _p, _s in inside}
        among = [o for o in occs if languages.get(o.article, "en") in theirs]
    else:
        among = occs
    if 2 * sum((o.article, o.paragraph, o.start) in inside for o in among) >= len(among):
        return  # mostly the first word of a theme ("shadow" of "shadow fleet"): that theme
    headed = [k for k in clusters if k.startswith("t:") and k.rsplit(" ", 1)[-1] in forms]
    # "reciprocal tariffs" is a kind of "tariffs": a theme of its own (:mod:`.kind_phrases`)
    apart = kinds_apart({k: clusters[k].occurrences for k in headed}, occs, languages or {})
    if apart:
        occs = _outside([o for k in apart for o in clusters[k].occurrences], occs)
        headed = [k for k in headed if k not in apart]
    if headed:
        phrases = [o for k in headed for o in clusters.pop(k).occurrences]
        # Counted among the uses in the phrase's own languages: "pole" is "south pole" in
        # every English use, however often French and Spanish write "pôle", "polo".
        if languages is not None:
            written = {languages.get(o.article, "en") for o in phrases}
            own = [o for o in occs if languages.get(o.article, "en") in written]
        else:
            own = occs
        if len(headed) == 1 and len(phrases) * 3 >= len(own):
            name = canonical("theme", headed[0][2:], phrases)
        occs = phrases + _outside(phrases, occs)
    if occs:
        clusters["k:" + name] = Cluster("theme", name, occs)


def _outside(phrases: list[Occurrence], occs: list[Occurrence]) -> list[Occurrence]:
    """The uses of ``occs`` that no use of ``phrases`` holds."""
    spans = {(o.article, o.paragraph): [] for o in phrases}  # type: dict[tuple[str, int], list[Occurrence]]
    for o in phrases:
        spans[(o.article, o.paragraph)].append(o)
    return [
        o
        for o in occs
        if not any(
            p.start <= o.start and o.end <= p.end for p in spans.get((o.article, o.paragraph), ())
        )
    ]
