"""Keys and names of merged topics: how aliases are compared, and which one names the topic.

Organisation, treaty and acronym names compare folded, in one spelling and without "the";
people compare by the romanisation skeleton of each word (Rahmon = Rakhmon). A topic is named
by its most frequent full form: a person by a full name rather than a surname, a place by
its GeoNames name; a name written only in an oblique case by its nominative where the grammar
says it for sure (:mod:`.adjective_cases`, :mod:`.oblique_names`).
"""

from __future__ import annotations

import functools
import re
from collections import Counter, defaultdict
from collections.abc import Callable

from anyascii import anyascii

from briefing.topics.adjective_cases import nominative_counts
from briefing.topics.candidates import Occurrence
from briefing.topics.city_word import written_base
from briefing.topics.gazetteer import Gazetteer
from briefing.topics.generational import bare_surname, generational_name
from briefing.topics.languages import common_noun, has_cyrillic, latin, lemma
from briefing.topics.lexicon import MONTHS, NAME_PARTICLES, STOPWORDS
from briefing.topics.name_links import linked
from briefing.topics.numbered import numbered_key, split_number
from briefing.topics.oblique_names import nominative_name
from briefing.topics.particle_case import particle_at, surname_alone
from briefing.topics.patterns import REGNAL
from briefing.topics.rank import Cluster
from briefing.topics.spelling import SPELLING, fold, skeleton


@functools.lru_cache(maxsize=1 << 16)
def name_key(text: str) -> str:
    """Key for organisation, treaty and acronym names: folded, one spelling, no "the".

    Cached by text: the merging keys every sighting of a name (~250,000 for ~10,000
    articles, a few distinct written forms each).

    Cyrillic words are keyed by their lemma, so the inflected forms of one name meet; a
    hyphenated word part by part ("Карнеги-холле" → "карнеги-холл"). An acronym is keyed by
    its letters in Latin (:func:`acronym_key`): "ФСБ" meets "FSB".
    """
    text = numbered_key(text)  # "Chandrayaan-3" is "Chandrayaan 3" (:mod:`.numbered`)
    numbered = split_number(text)
    if numbered is not None and numbered[0].isupper() and " " not in numbered[0]:
        # "AI 171", "AI-171" and "AI171": capitals and a number, however they are joined.
        glued = numbered[0] + numbered[1]
        if _ACRONYM.fullmatch(glued):
            return "n:" + acronym_key(glued)
    if _ACRONYM.fullmatch(text):
        return "n:" + acronym_key(text)
    if has_cyrillic(text):
        text = " ".join("-".join(lemma(p) for p in w.split("-")) for w in text.split())
    words = [SPELLING.get(w, w) for w in fold(text).replace("’", "'").split()]
    if words and words[0] == "the":
        words = words[1:]
    return "n:" + " ".join(words)


#: One word of capitals and digits, two to six characters: an acronym ("FSB", "ФСБ", "TA3").
_ACRONYM = re.compile(r"[^\W\d_a-zа-яё]?(?:[^\W_a-zа-яё]){1,5}")
#: Digits that Cyrillic acronyms are written with letters for, and the reverse ("ТАЗ" for
#: the Slovak channel "TA3": Cyrillic З looks like 3).
_LOOKALIKE = str.maketrans({"3": "z", "0": "o"})


def acronym_key(text: str) -> str:
    """An acronym's letters in Latin, lower case, a digit that looks like a letter read as
    that letter: "ФСБ" and "FSB" → "fsb", "ТАЗ" and "TA3" → "taz"."""
    from anyascii import anyascii

    return anyascii(text).casefold().translate(_LOOKALIKE)


@functools.lru_cache(maxsize=1 << 16)
def person_key(text: str) -> str:
    """Key for people: the romanisation skeleton of each word, whatever the script.

    "Владимира Путина" (lemma "Владимир Путин", then "Vladimir Putin") and "Vladimir Putin"
    share a key; so do "Emomali Rakhmon" and "Эмомали Рахмон".
    """
    return "p:" + " ".join(
        # A regnal number after the name is kept as written: the skeleton folds doubled
        # letters, and "Charles II" is not "Charles III" (:mod:`.numbered`).
        w.lower() if k and REGNAL.match(w) else skeleton(_name_part(w))
        for k, w in enumerate(text.split())
    )


def _name_part(word: str) -> str:
    """One word of a person's name in Latin letters (:func:`latin`), but a Cyrillic word the
    dictionary knows only as a common word whose dictionary form is no ending stripped from
    it is taken as written: "Трасс" (Truss) is no genitive plural of "трасса" (a road),
    while "Макрона" is still "Макрон". A name is singular, and a foreign one does not
    decline."""
    if has_cyrillic(word) and common_noun(word):
        base = lemma(word)
        if not word.lower().startswith(base.lower()):
            return anyascii(word).replace("'", "")
    return latin(word)


def _written_form(surface: str) -> tuple[bool, bool]:
    """(not Latin, not a dictionary form): sorts Latin and nominative names first."""
    if not has_cyrillic(surface):
        return (not _latin_script(surface), False)
    return (True, " ".join(lemma(w) for w in surface.split()) != surface)


def _latin_script(surface: str) -> bool:
    return all(ch.isascii() or fold(ch).isascii() for ch in surface if ch.isalpha())


def surname(full_name: str) -> str:
    """The part of a full name used alone: "Putin", "von der Leyen", "bin Salman"; "Ray" of
    "John J. Ray III" (a generational suffix is no surname: :mod:`.generational`)."""
    words = bare_surname(full_name.split())
    start = next((i for i in range(1, len(words)) if particle_at(words, i)), None)
    return " ".join(words[start:]) if start is not None else words[-1]


def surname_aliases(
    gaz: Gazetteer, clusters: dict[str, Cluster], votes: dict[str, Counter[str]]
) -> None:
    """A full name's surname finds the person alone too ("Rakhmon, in power for ..."),
    unless two people of the briefing share it or it is also a place or a month's name (the
    surname of "Edwina May" alone would find every "May 12": :mod:`.month_surnames`)."""
    owners: dict[str, set[str]] = defaultdict(set)
    surnames: dict[str, set[str]] = defaultdict(set)
    for root, cluster in clusters.items():
        if cluster.kind != "person":
            continue
        for o in cluster.occurrences:
            if " " in o.surface:
                last = surname(o.surface)
                owners[person_key(last)].add(root)
                surnames[root].add(last)
    for root, names in surnames.items():
        for last in names:
            if (
                len(owners[person_key(last)]) == 1
                and gaz.place(last) is None
                and last.casefold() not in MONTHS
            ):
                votes[last][root] += 1
                if last[0].islower():  # "Van Dijk told parliament ..."
                    votes[last[0].upper() + last[1:]][root] += 1


def canonical(kind: str, root: str, occurrences: list[Occurrence]) -> str:
    if root.startswith("g:") and kind == "place":
        # "Tavora", not "Tavora City", when no text writes the city's name (:mod:`.city_word`)
        return written_base(_namesake(root[2:], occurrences), (o.surface for o in occurrences))
    counts = Counter(o.surface for o in occurrences)
    if kind == "person":
        full = {
            s: n
            for s, n in counts.items()
            if " " in s and s[0].isupper() and not surname_alone(s)  # not "Di Maria"
        }
        if full:
            counts = Counter(full)
    if kind == "theme":
        counts = Counter({s.lower(): n for s, n in counts.items()})
    elif kind != "person":  # "Deutsche Bahn" beside "der Deutschen Bahn" (:mod:`.adjective_cases`)
        counts = nominative_counts(counts)
    # A name as an English-reading analyst writes it: Latin script first, then the dictionary
    # form of an inflected Cyrillic name ("Рахмон", not "Рахмона"), then the most frequent.
    if kind != "theme":
        counts = _worded(counts)
    rank = {s: (*_written_form(s), -counts[s]) for s in counts}
    top = min(rank.values())
    tied = Counter({s: n for s, n in counts.items() if rank[s] == top})
    agreement = _agreement(tied, Counter(o.surface for o in occurrences))
    best = min(tied, key=lambda s: (len(s), -agreement(s), s))
    if kind != "person":
        return best
    # A Cyrillic name no text writes in its dictionary form: its nominative when every word
    # reads as one oblique paradigm ("Ивана Полякова" → "Иван Поляков": :mod:`.oblique_names`).
    return nominative_name(_untitled(best)) if rank[best][1] else _untitled(best)


def _worded(counts: Counter[str]) -> Counter[str]:
    """The forms a topic may be named by, without one that reads as a function word.

    "is" or "who" written as a word is no name to list; "IS" or "WHO" in capitals is an
    acronym, and yields only to its own expansion ("Islamic State", "World Health
    Organization": the initials of its capitalised words spell it), never to the acronym
    of another language ("OMS", "ВОЗ" beside "WHO"), which would name an English brief's
    topic in French. An acronym the texts never expand keeps its name."""
    function = {s for s in counts if s.casefold() in STOPWORDS}
    if not function:
        return counts
    kept = Counter({s: n for s, n in counts.items() if s not in function})
    acronyms = {s for s in function if _ACRONYM.fullmatch(s) and s.isupper()}
    if acronyms:
        expansions = Counter(
            {s: n for s, n in kept.items() if any(_expands(s, a) for a in acronyms)}
        )
        if expansions:
            return expansions
        if function - acronyms:  # "Who" as a word beside "WHO": the acronym
            return Counter({s: n for s, n in counts.items() if s in acronyms})
        return counts
    return kept or counts


def _expands(form: str, acronym: str) -> bool:
    """Whether the initials of a form's capitalised words spell an acronym: "Islamic State"
    → "IS", "World Health Organization" → "WHO" (lower-case words such as "of" are
    skipped, as the acronym skips them)."""
    initials = "".join(w[0] for w in form.split() if w[:1].isupper())
    return " " in form and initials.casefold() == acronym.casefold()


def _agreement(counts: Counter[str], written: Counter[str]) -> Callable[[str], float]:
    """How well a form agrees with every form the topic is written in (any script, romanised
    with anyascii; rapidfuzz's similarity weighted by uses): between forms written equally
    often and as long (the shorter still wins: "New START", "Zelensky" beside "Zelenskyy"),
    a one-off typo ("Zekensky") is the form the others agree with least, and the spelling
    the other texts share ("Zelensky", "Zełenskiemu", "زيلينسكي") is the name; the typo stays
    an alias."""
    from rapidfuzz import fuzz

    if len(counts) < 2:
        return lambda _s: 0.0

    def romanised(text: str) -> str:
        return anyascii(text).casefold()

    @functools.cache
    def score(form: str) -> float:
        mine = romanised(form)
        return sum(
            n * fuzz.ratio(mine, romanised(other)) for other, n in written.items() if other != form
        )

    return score


def _namesake(place: str, occurrences: list[Occurrence]) -> str:
    """A region joined with its namesake province (:mod:`.namesake_regions`) is named as the
    texts write it more often: "Valencia", not "Comunidad Valenciana" (the lexically smaller
    key is the group's root, whichever is written)."""
    from briefing.topics.namesake_regions import namesakes

    province = namesakes().get(place)
    if province is None:
        return place
    counts = Counter(o.surface for o in occurrences)
    return province if counts[province] > counts[place] else place


#: A person's full form this long, without particles, is titles before a name ...
TITLED_WORDS = 4
#: ... and the name is its last so many words.
NAME_WORDS = 2


def _untitled(name: str) -> str:
    """A person's name without the titles a language writes before it.

    News names a person by given name and surname (three words with a middle name); a form
    of four words or more with no particle inside ("von der", "bin") is a run of titles the
    title lists do not know (a German noun of rank, a French honorific, a ministry in the
    genitive) before the name. The topic keeps the long form as an alias, so its mentions
    are unchanged. A name with particles ("Ursula von der Leyen", "Hamdan ben Rashid
    Al-Farouqi": :func:`~.name_links.linked`) is kept as written; a
    Spanish name with two given names and two surnames loses its given names (the cost).
    A generational suffix is not counted and stays ("John J. Ray III": :mod:`.generational`).
    """
    words = name.split()
    if generational_name(words):
        return f"{_untitled(' '.join(words[:-1]))} {words[-1]}"
    if len(words) < TITLED_WORDS or any(w in NAME_PARTICLES or linked(w) for w in words):
        return name
    return " ".join(words[-NAME_WORDS:])


#: A capitalised word right before a name, and what stands before it.
_WORD_BEFORE = re.compile(r"([^\W\d_]+)\s+$")


def with_article(
    name: str,
    occurrences: list[Occurrence],
    texts: dict[tuple[str, int], str],
    function: frozenset[str],
) -> str:
    """A one-word name the text writes after the same capitalised article nearly every
    time, in mid-sentence in two articles or more, is named with it: the article belongs
    to a title ("Le Parisien", "The Guardian", "Die Zeit", "La Stampa").

    A capitalised article at the start of a sentence says nothing ("Le Louvre a ..."), and
    a lower-case one is no part of the name ("the Louvre").
    """
    if " " in name or not occurrences:
        return name
    # Two thirds of the uses after one word make it the most common: only the uses after a
    # capitalised function word are counted, and once too many follow none the name stays
    # (rank asks this of names with thousands of uses).
    total = len(occurrences)
    before: Counter[str] = Counter()
    inside: defaultdict[str, set[str]] = defaultdict(set)
    others = 0
    for o in occurrences:
        text = texts.get((o.article, o.paragraph), "")
        found = _WORD_BEFORE.search(text, max(0, o.start - 40), o.start)
        word = found.group(1) if found else ""
        if not (word[:1].isupper() and word.casefold() in function):
            others += 1
            if 3 * (total - others) < 2 * total:
                return name
            continue
        before[word] += 1
        if found is not None and _in_sentence(text, found.start()):
            inside[word].add(o.article)
    for word, count in before.items():
        if 3 * count >= 2 * total and len(inside[word]) >= 2:
            return f"{word} {name}"
    return name


def _in_sentence(text: str, at: int) -> bool:
    """Whether something stands before ``at`` in ``text`` and its last character before
    the white space there ends no sentence."""
    at -= 1
    while at >= 0 and text[at].isspace():
        at -= 1
    return at >= 0 and text[at] not in '.!?:;"“”«»„'
