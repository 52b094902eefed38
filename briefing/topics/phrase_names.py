"""Place and body names across languages: one name translated word by word, and a
building's name with or without its head noun.

Split from :mod:`briefing.topics.crossnames`, which joins *people*: these rules pair the
names of places and institutions ("Capilla Sixtina" / "Cappella Sistina", "Museo del Louvre"
/ "Louvre"), compare whole phrases with :mod:`rapidfuzz` rather than one surname, and only
run when a briefing is written in several languages.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence

from rapidfuzz import process

from briefing.topics.candidates import Occurrence
from briefing.topics.cognate_endings import AlikeWords, word_ratio
from briefing.topics.languages import latin
from briefing.topics.lexicon import ELISIONS, FOREIGN_PLACE_HEADS
from briefing.topics.spelling import fold, skeleton

#: Words that join a name's parts in the languages read here; they are not compared.
_LINK_WORDS = frozenset(
    [
        "of",
        "the",
        "de",
        "del",
        "della",
        "di",
        "du",
        "des",
        "la",
        "le",
        "el",
        "von",
        "der",
        "dem",
        "da",
        "do",
        "das",
        "dos",
        "dei",
        "delle",
        "degli",
        "dello",
    ]
)
#: Two words of two names are one word translated by spelling when this alike ...
PHRASE_WORD_RATIO = 70
#: ... and the name's words this alike on average.
PHRASE_RATIO = 80
#: Most pairs compared at 10,000 articles fail on their first word (~600,000 of them): one
#: call into rapidfuzz rules those out before :func:`_matched`'s word-by-word Python.
_FIRST = PHRASE_WORD_RATIO


#: The Latin "-tio" nouns end differently in each language: "Proteção" / "Protezione" /
#: "Protección" / "Protection" / "Protecția" / "Komisja". Their endings, as spelled after
#: :func:`skeleton` and "c" → "k" (Portuguese "-ção" and "-são", Italian "-zione", "-sione",
#: Romanian "-ție", "-ția", "-țiune", Polish "-cja", "-sja"), become the one of Spanish,
#: French and English, so that only the stems are compared.
_TIO_ENDING = re.compile(r"(?<=[kstz])(?:ao|ione|ie|ia|iune|ja)$")


def _tio(word: str) -> str:
    return _TIO_ENDING.sub("ion", word) if len(word) >= 6 else word


#: An elided function word on a key's word ("d'apollon", "dell'aquila"): a joining word too.
_ELIDED = re.compile(
    "^(?:" + "|".join(sorted(frozenset().union(*ELISIONS.values()), key=len, reverse=True)) + ")'"
)


def _content_words(key: str) -> list[str]:
    """A name key's words without the joining words, elided ones included: "n:palais de
    l'elysee" → ["palais", "elysee"], "n:galerie d'apollon" → ["galerie", "apollon"]."""
    return [w for w in (_ELIDED.sub("", w) for w in key[2:].split()) if w not in _LINK_WORDS]


def _phrase_words(key: str) -> list[str] | None:
    words = _content_words(key)
    if len(words) < 2 or not all(w.isalpha() for w in words):
        return None  # "Nord Stream 2": numbers and marks tell things apart
    return [_tio(skeleton(latin(w)).replace("c", "k")) for w in words]


def phrase_cognates(keys: list[str], languages: dict[str, set[str]]) -> list[tuple[str, str]]:
    """Pairs of place or body names that are one name in two languages, word by word:
    "Capilla Sixtina" / "Cappella Sistina", "Plaza de San Pedro" / "Piazza San Pietro".

    Both have the same number of words (joining words such as "de" or "di" aside), in any
    order each word has a partner at least :data:`PHRASE_WORD_RATIO` alike (:func:`word_ratio`:
    "Coast Guard" / "Guardia Costera", a cognate with an ending) and the whole at
    least :data:`PHRASE_RATIO`, and the two are written in different languages (within one
    language two spellings are two things). Names with numbers are never paired.
    """
    by_length: dict[int, list[tuple[str, list[str]]]] = {}
    for key in keys:
        words = _phrase_words(key)
        if words is not None:
            by_length.setdefault(len(words), []).append((key, words))
    pairs = []
    for group in by_length.values():
        for i, j in _first_word_partners(group, languages):
            (a, wa), (b, wb) = group[i], group[j]
            if process.extractOne(wa[0], wb, scorer=word_ratio, score_cutoff=_FIRST) is None:
                continue  # no partner for the first word: :func:`_matched` stops there too
            scores = _matched(wa, wb)
            if (
                scores
                and min(scores) >= PHRASE_WORD_RATIO
                and (sum(scores) / len(scores) >= PHRASE_RATIO)
            ):
                pairs.append((a, b))
    return pairs


def _first_word_partners(
    group: list[tuple[str, list[str]]], languages: dict[str, set[str]]
) -> list[tuple[int, int]]:
    """The pairs (i < j, sorted) of names of ``group`` written in no common language that
    may pass the first word's test: the first word of the pair's first name is at least
    :data:`_FIRST` alike with some word of the second. A 10,000-article briefing pairs each
    of thousands of English names with every name of its few other languages (millions of
    pairs, each a call into rapidfuzz); here each name of the smaller set of languages of a
    pair of sets finds its partners in the larger by its words, in rapidfuzz's loop over the
    group's distinct words, so only pairs sharing an alike word are listed (a superset of
    those that pass: :func:`phrase_cognates` still asks each one)."""
    by_languages: dict[frozenset[str], list[int]] = {}
    for index, (key, _words) in enumerate(group):
        by_languages.setdefault(frozenset(languages.get(key, ())), []).append(index)
    having: dict[str, list[int]] = {}  # word → the names that write it, anywhere
    opening: dict[str, list[int]] = {}  # word → the names it opens
    for index, (_key, words) in enumerate(group):
        for word in dict.fromkeys(words):
            having.setdefault(word, []).append(index)
        opening.setdefault(words[0], []).append(index)
    every, firsts = list(having), list(opening)

    alike_every, alike_first = AlikeWords(every, _FIRST), AlikeWords(firsts, _FIRST)

    sets = list(by_languages)
    pairs: set[tuple[int, int]] = set()
    for n, first in enumerate(sets):
        for second in sets[n:]:
            if first & second:
                continue
            few, many = sorted((by_languages[first], by_languages[second]), key=len)
            others = set(many)
            for i in few:
                words = group[i][1]
                # i first: its first word against every word of the other name.
                for word in alike_every(words[0]):
                    pairs.update((i, j) for j in having[word] if j > i and j in others)
                # i second: the other name's first word against each word of i.
                opened = {first_word for word in words for first_word in alike_first(word)}
                for word in opened:
                    pairs.update((j, i) for j in opening[word] if j < i and j in others)
    return sorted(pairs)


def _matched(a: list[str], b: list[str]) -> list[float]:
    """Greedy best partners, each word of ``b`` used once; the scores stop at the first
    below :data:`PHRASE_WORD_RATIO`, which already rules the pair out (at 10,000 articles
    most pairs compared fail on their first word)."""
    left = list(b)
    scores = []
    for word in a:
        ratios = [word_ratio(word, other) for other in left]
        best = max(range(len(left)), key=ratios.__getitem__)  # the first best, as max gives
        scores.append(ratios[best])
        if ratios[best] < PHRASE_WORD_RATIO:
            break
        del left[best]
    return scores


#: English heads of a building's or site's name, written after the name ("Louvre Museum",
#: "Gloria Funicular").
ENGLISH_PLACE_HEADS = frozenset(
    [
        "museum",
        "cathedral",
        "palace",
        "chapel",
        "basilica",
        "gallery",
        "church",
        "abbey",
        "bridge",
        "square",
        "station",
        "street",
        "avenue",
        "park",
        "garden",
        "funicular",
        "stadium",
    ]
)
#: Head nouns that are one word in several languages, or its spellings ("bairro" / "barrio"):
#: two names under heads of one group with the same distinctive words are one place, and a
#: bare name is the place whose group of heads the text writes beside it ("the Gloria
#: funicular", "funicolare di Gloria" → "Elevador da Glória", not "Calçada da Glória"). A head
#: in no group is a group of its own; different groups are different things (the square and
#: the basilica of one saint, an avenue and a street of one name).
HEAD_GROUPS = (
    "plaza piazza place praça plac square platz",
    "capilla cappella chapelle chapel kapelle",
    "basílica basilica basilique",
    "catedral cattedrale cathédrale cathedral kathedrale dom",
    "iglesia chiesa église igreja church kirche",
    "museo musée museu museum",
    "palacio palazzo palais palace",
    "puente ponte pont bridge",
    "calle via rue rua street",
    "avenida avenue",
    "galerie galleria galería gallery",
    "elevador ascensor funicular funicolare funiculaire",
    "bairro barrio quartier quartiere",
    "estação estación stazione gare station",
    "parque parco park",
    "jardim jardín giardino garden",
    "abadía abadia abbaye abbazia abtei abbey",
    "estadio estádio stade stadio stadion stadium",
)
_GROUP_OF = {fold(w): n for n, group in enumerate(HEAD_GROUPS) for w in group.split()}


#: The heads as name keys spell them (accents folded: "musée" → "musee").
_FOREIGN_HEAD_KEYS = frozenset(fold(h) for h in FOREIGN_PLACE_HEADS)
#: Words that may stand between a head noun and the bare name ("funiculaire de la Gloria").
_BESIDE_LINKS = _LINK_WORDS | {"a", "an", "l", "il", "lo", "o", "os", "as"}
_WORD = re.compile(r"[^\W\d_]+")
#: What may stand between a bare name and the head after it ("the Gloria funicular",
#: "Glória-funiculaire", "«Gloria» funicular").
_AFTER = re.compile(r"[\s\"'»”«“-]*([^\W\d_]+)")


def _group(head: str) -> int | str:
    return _GROUP_OF.get(head, head)


def _headed(key: str) -> tuple[int | str, str] | None:
    """(group of the head noun, the distinctive words) of a place name with a head noun:
    "n:elevador da gloria" → (lift group, "gloria"), "n:louvre museum" → (museum, "louvre")."""
    words = _content_words(key)
    if len(words) < 2:
        return None
    if words[0] in _FOREIGN_HEAD_KEYS:
        return _group(words[0]), " ".join(words[1:])
    if len(words) == 2 and words[1] in ENGLISH_PLACE_HEADS:
        return _group(words[1]), words[0]
    return None


def headed_names(
    keys: list[str],
    bodies: set[str],
    occurrences: Mapping[str, Sequence[Occurrence]] | None = None,
    paragraphs: Iterable[tuple[str, int, str]] = (),
) -> list[tuple[str, str]]:
    """Pairs of keys that name one place: a building's name with its head noun and the bare
    name the briefing also uses for it — "Museo del Louvre" / "musée du Louvre" / "Louvre
    Museum" and "Louvre" — and two names under heads of one group (:data:`HEAD_GROUPS`) with
    the same distinctive words ("Bairro Alto" / "Barrio Alto": one neighbourhood in Portuguese
    and Spanish spelling, even within one language's text).

    The bare name is one word and a place or body (``bodies``): "Basilica di San Pietro" and
    "Piazza San Pietro" share no one-word name and stay two places. When names under heads of
    several groups share the bare name ("Elevador da Glória", "Calçada da Glória"), it joins
    the group whose head the text writes beside it in most of its sightings
    (``occurrences`` of each key in ``paragraphs``), or none.
    """
    named: dict[tuple[int | str, str], list[str]] = {}
    for key in keys:
        parsed = _headed(key)
        if parsed is not None:
            named.setdefault(parsed, []).append(key)
    by_bare: dict[str, list[int | str]] = {}
    for head, rest in named:
        if " " not in rest:
            by_bare.setdefault(rest, []).append(head)
    pairs: list[tuple[str, str]] = []
    joined = set()
    texts: dict[tuple[str, int], str] | None = None
    for bare, groups in by_bare.items():
        for short in ("n:" + bare, "g:" + bare):
            if short not in bodies:
                continue
            chosen: int | str | None = groups[0]
            if len(groups) > 1:
                if texts is None:
                    texts = {(a, i): t for a, i, t in paragraphs}
                chosen = _written_beside((occurrences or {}).get(short, ()), groups, texts)
            if chosen is None:
                continue
            pairs.extend((long, short) for long in named[(chosen, bare)])
            joined.add((chosen, bare))
    for found, same in named.items():
        if found not in joined:
            pairs.extend((same[0], other) for other in same[1:])
    return pairs


#: A group of heads names the bare name when this share of the votes cast is its (and two).
BESIDE_SHARE = 0.5


def _written_beside(
    occurrences: Sequence[Occurrence],
    groups: list[int | str],
    texts: Mapping[tuple[str, int], str],
) -> int | str | None:
    """The group among ``groups`` whose head noun the text writes in lower case right before
    the bare name (link words aside: "funiculaire de la Gloria") or right after it ("the
    Gloria funicular") in more than half of such sightings, two at least; else None."""
    votes: Counter[int | str] = Counter()
    for o in occurrences:
        text = texts.get((o.article, o.paragraph), "")
        before = [w for w in _WORD.findall(text[max(0, o.start - 40) : o.start])]
        while before and before[-1].casefold() in _BESIDE_LINKS:
            before.pop()
        after = _AFTER.match(text, o.end)
        for word in (before[-1] if before else "", after.group(1) if after else ""):
            if word.islower() and _group(fold(word)) in groups:
                votes[_group(fold(word))] += 1
    if not votes:
        return None
    group, n = votes.most_common(1)[0]
    return group if n >= 2 and n > BESIDE_SHARE * sum(votes.values()) else None
