"""The act of the main event as a noun, as the packet's own text writes it.

Part of :mod:`briefing.topics.events`: the word the leads share most may be a verb ("tried
to assassinate", "was attacked", "stormed"), and a verb where the name wants a noun makes an
ungrammatical name ("Okafor’s assassinate in Lyon"). :func:`act_noun` keeps a word the text
uses as a noun (after an article or a possessive: "the attack"), and otherwise looks in the
text for the noun of the same root that names the act ("assassination", "storming"): same
Snowball stem opening, used as a noun, ending in a suffix that makes nouns of acts (a closed
list per language, like its articles: "-ion", "-ing", "-ment"), never an agent ("assassin").
Russian and Ukrainian words are told apart by pymorphy3's parts of speech instead (no
articles there; an act is an inanimate noun). An act the text says was only tried is named
so ("assassination attempt", "tentative d'assassinat"). No noun found: None, and the event
goes unnamed rather than misnamed.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections import Counter
from collections.abc import Sequence
from typing import Any

from briefing.morphology import analyser as _morph
from briefing.topics.lexicon import words
from briefing.topics.snowball import stem_word

_WORD = re.compile(r"[^\W\d_][\w’'-]*")
#: Romance elision splits a word from its article: "l'attaque" is "l" and "attaque".
_ELIDED = re.compile(r"[^\W\d_][\w-]*")

#: Words that make the next word a noun: articles, possessives and demonstratives.
DETERMINERS: dict[str, frozenset[str]] = {
    "en": words("the a an this that its his her their our every another"),
    "fr": words("le la les l un une du des sa son ses cette ce leur"),
    "es": words("el la los las un una del al su sus este esta"),
    "it": words("il lo la i gli le l un una uno del della dello al sua suo questo"),
    "pt": words("o a os as um uma do da dos das ao sua seu este esta"),
    "de": words("der die das den dem des ein eine einen einem eines seine ihre"),
}
#: Words that make the next word a verb: auxiliaries and the infinitive's marker.
AUXILIARIES: dict[str, frozenset[str]] = {
    "en": words("to was were be been being is are had has have will would did not"),
    "fr": words("a ont été est sont être avait avaient pour se s"),
    "es": words("ha han fue fueron sido ser es son había para se"),
    "it": words("ha hanno è stato stata sono essere aveva per si"),
    "pt": words("foi foram ser é são tinha para se"),
    "de": words("zu wurde wurden worden ist sind hat haben war"),
}
#: Endings that make nouns of acts ("assassination", "storming"); an agent's ("-er") is none.
ACT_SUFFIXES: dict[str, tuple[str, ...]] = {
    "en": ("ion", "ing", "ment", "al", "ure", "age", "ance", "ence", "ery"),
    "fr": ("ion", "ment", "age", "at", "ure", "ade", "ance", "ence"),
    "es": ("ión", "miento", "ato", "aje", "ada", "ura", "ancia", "encia"),
    "it": ("ione", "mento", "ato", "aggio", "ata", "ura", "anza", "enza"),
    "pt": ("ção", "são", "mento", "ato", "agem", "ada", "ura", "ância", "ência"),
    "de": ("ung", "ion"),
}
#: How an attempt is written beside the act's noun: "{noun} attempt", "tentative d'{noun}".
ATTEMPTS: dict[str, tuple[str, ...]] = {
    "en": ("{noun} attempt", "attempted {noun}"),
    "fr": ("tentative d'{noun}", "tentative d’{noun}", "tentative de {noun}"),
    "es": ("intento de {noun}", "tentativa de {noun}"),
    "it": ("tentato {noun}", "tentativo di {noun}"),
    "pt": ("tentativa de {noun}",),
    "de": ("{noun}sversuch",),
}
_STEMMERS = {"en": "english", "fr": "french", "es": "spanish", "it": "italian"}
_STEMMERS |= {"pt": "portuguese", "de": "german", "ru": "russian", "uk": "russian"}
#: A shared opening this long (less one letter of the shorter stem) makes two words one root.
_ROOT = 4


def act_noun(word: str, texts: Sequence[str], language: str = "en") -> str | None:
    """``word`` when the text uses it as a noun, else the noun of its root that the text
    uses for the act (with the attempt, when the text says the act was tried), else None."""
    if language in ("ru", "uk"):
        return _slavic(word, texts, language)
    if language not in DETERMINERS:
        return word  # no grammar to tell a verb by: as before
    pattern = _WORD if language == "en" else _ELIDED
    if language != "en":
        word = re.split(r"[’']", word)[-1]  # "d'assassiner": the article is no part of it
    tokens = [[w.casefold() for w in pattern.findall(text)] for text in texts]
    noun, verb = _uses(word, tokens, language)
    # A noun may end like a participle ("l'attentato", "the seabed"): it is one only where
    # the text does not write it as a noun more than as a verb.
    participle = _participle(word, language) and noun <= verb
    if language == "en" and not verb and _qualifier(word, texts):
        return None  # "banking crisis", "banking system": a modifier, no act
    if (noun > verb and not participle) or (
        not verb and not participle and not _infinitive(word, language)
    ):
        # A noun, or no sign of a verb ("grain blockade"): as the leads write it, with the
        # attempt when they say it was only tried ("assassination attempt", not an act done).
        return _attempted(word, texts, language)
    root = _stem(word, language)
    found: Counter[str] = Counter()
    for line in tokens:
        for w in line:
            if w != word and (
                (_same_root(root, _stem(w, language)) and _act_shaped(w, language))
                or _base(w, word, language)
            ):
                found[w] += 1
    # Twice at least; else once, when no other noun of the root is written: a packet in
    # many languages writes its act's English noun seldom ("the derailment"), the verb
    # in every English lead.
    nouns = [w for w in found if found[w] >= 2 and _noun(w, tokens, texts, language)]
    if not nouns and len(found) == 1:
        nouns = [w for w in found if _noun(w, tokens, texts, language)]
    if not nouns:  # a noun the text also writes as a verb ("to attack") is still one
        return _attempted(word, texts, language) if noun and not participle else None
    best = max(nouns, key=lambda w: (found[w], w))
    if language == "en" and _base(best, word, language):
        # "crown" of "crowned" names a thing ("St Edward's Crown"): the act's own noun
        # ("coronation") then names the act (:mod:`.event_nominal`).
        from briefing.topics.event_nominal import nominalisation

        best = nominalisation(best, tokens, texts) or best
    return _attempted(best, texts, language)


def _uses(word: str, tokens: list[list[str]], language: str) -> tuple[int, int]:
    """How often ``word`` follows a determiner (a noun's use) and an auxiliary (a verb's)."""
    noun = verb = 0
    for line in tokens:
        for before, w in itertools.pairwise(line):
            if w == word:
                noun += before in DETERMINERS[language] or before.endswith(("’s", "'s"))
                verb += before in AUXILIARIES[language]
    return noun, verb


def _noun(word: str, tokens: list[list[str]], texts: Sequence[str], language: str) -> bool:
    """The text uses ``word`` as a noun more than as a verb, or names an attempt by it."""
    noun, verb = _uses(word, tokens, language)
    return noun > verb or _attempted(word, texts, language) != word


def _qualifier(word: str, texts: Sequence[str]) -> bool:
    """An English word in "-ing" that the text writes only before another word ("banking
    crisis", "banking system", "banking sector"), never before a function word or a stop
    ("flooding in Valencia", "the bombing."): it qualifies the noun after it."""
    return word.endswith("ing") and not stands_alone(word, texts)


def stands_alone(word: str, texts: Sequence[str]) -> bool:
    """Some text writes ``word`` before a stop, a function word or the end: a noun there, not
    only a modifier of the next word ("wedding ring", "banking crisis"). Shared with
    :mod:`.event_usual_noun`."""
    from briefing.topics.lexicon import STOPWORDS

    pattern = re.compile(rf"\b{re.escape(word)}\b(\s*[^\w\s]|\s+[^\W\d_][\w’'-]*|\s*$)", re.I)
    for text in texts:
        for found in pattern.finditer(text):
            after = found.group(1).strip()
            if not after or not after[0].isalpha() or after.casefold() in STOPWORDS:
                return True
    return False


def _participle(word: str, language: str) -> bool:
    """A past participle by its shape: "stormed", "attaqué"."""
    endings = {"en": ("ed",), "fr": ("é", "ée", "és"), "es": ("ado", "ido"), "it": ("ato", "ito")}
    return len(word) > 5 and word.endswith(endings.get(language, ()))


def _infinitive(word: str, language: str) -> bool:
    """A Romance infinitive by its shape ("assassiner", "asesinar"): a verb unless the text
    writes it after a determiner ("le dîner")."""
    endings = {"fr": ("er", "ir"), "es": ("ar", "er", "ir"), "pt": ("ar", "er", "ir")}
    endings["it"] = ("are", "ere", "ire")
    return len(word) > 5 and word.endswith(endings.get(language, ()))


def _act_shaped(word: str, language: str) -> bool:
    return len(word) > 4 and word.endswith(ACT_SUFFIXES[language])


def _base(noun: str, verb: str, language: str) -> bool:
    """An English verb's own form is its act's noun when the text uses it so ("attacked",
    "the attack"); an agent differs by more than an inflection ("assassin", "assassinate")."""
    return (
        language == "en"
        and len(noun) > 3
        and verb.startswith(noun)
        and verb[len(noun) :] in ("ed", "d", "s", "es", "ing")
    )


def _same_root(a: str, b: str) -> bool:
    """Two stems open alike: all of the shorter less its last letter, and four letters at
    least ("assassin" of "assassinate" and "assassination"; "покуш" of "покушаться")."""
    shared = len(_common(a, b))
    return shared >= max(_ROOT, min(len(a), len(b)) - 1)


def _common(a: str, b: str) -> str:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return a[:n]


def _attempted(noun: str, texts: Sequence[str], language: str) -> str:
    """The attempt the text writes around ``noun`` ("assassination attempt"), else ``noun``."""
    joined = "\n".join(texts).casefold()
    counts = {
        form.format(noun=noun): joined.count(form.format(noun=noun))
        for form in ATTEMPTS.get(language, ())
    }
    best = max(counts, key=lambda form: counts[form], default=None)
    return best if best is not None and counts[best] else noun


def _slavic(word: str, texts: Sequence[str], language: str) -> str | None:
    """Russian and Ukrainian: a verb, participle or gerund gives way to the inanimate noun
    of its root that the text uses (pymorphy3's lemma, nominative)."""
    morph = _morph(language)
    if _pos(morph, word) not in ("VERB", "INFN", "PRTF", "PRTS", "GRND"):
        return word
    root = _stem(morph.parse(word)[0].normal_form, language)
    found: Counter[str] = Counter()
    for text in texts:
        for w in _WORD.findall(text.casefold()):
            lemma = _thing(w, language)
            if lemma is not None and _same_root(root, _stem(lemma, language)):
                found[lemma] += 1
    best = max(found, key=lambda w: (found[w], w), default=None)
    return best if best is not None and found[best] >= 2 else None


@functools.lru_cache(maxsize=1 << 16)
def _thing(word: str, language: str) -> str | None:
    """The lemma of ``word`` when pymorphy3 reads it as an inanimate noun, else None."""
    parse = _morph(language).parse(word)[0]
    return str(parse.normal_form) if parse.tag.POS == "NOUN" and "inan" in parse.tag else None


def _pos(morph: Any, word: str) -> str | None:
    return morph.parse(word)[0].tag.POS


@functools.lru_cache(maxsize=1 << 14)
def _stem(word: str, language: str) -> str:
    return stem_word(_STEMMERS.get(language, "english"), word)


def act_forms(head: str, texts: Sequence[str]) -> list[str]:
    """The other English forms of the act the texts write, most written first: "attacked"
    of "attack", "stormed" of "storming" (one Snowball stem)."""
    stem = _stem(head.casefold(), "en")
    found: Counter[str] = Counter(
        w
        for text in texts
        for w in (w.casefold() for w in _WORD.findall(text))
        if w != head and w[:2] == head[:2].casefold() and _stem(w, "en") == stem
    )
    return [w for w, _n in found.most_common()]


def on_target(leads: Sequence[str], head: str, who: str) -> str | None:
    """ " on Okafor" or " on Okafor’s life" when a lead writes the act on the person ("the
    attack on Governor Ama Okafor", "an attempt on Okafor's life"): the person is whom the
    act was done to, not whose act it was, and the name says so. Up to three capitalised
    words (a title, the given names) may stand between "on" and the surname."""
    name = re.escape(who.split()[-1])
    pattern = re.compile(
        rf"\b{re.escape(head)}\s+on\s+(?:[A-Z][\w.-]*\s+){{0,3}}{name}(?P<life>[’']s\s+life)?\b"
    )
    found = [m for lead in leads for m in pattern.finditer(lead)]
    if not found:
        return None
    life = sum(1 for m in found if m.group("life")) * 2 > len(found)
    return f" on {possessive(who)} life" if life else f" on {who}"


#: English nouns of an act whose object takes "on", not "of" (a fact of English grammar,
#: not of any story): "an attempt on", "an attack on", "a raid on", "a strike on".
ON_NOUNS = frozenset(
    {"attempt", "attack", "assault", "raid", "strike", "strikes", "crackdown", "siege", "ambush"}
)


def object_preposition(leads: Sequence[str], head: str) -> str:
    """ "on" or "of": how English joins the act's noun to whom it was done to, as the leads
    write that noun. A hostile act takes "on" ("an attempt on the prime minister", "the
    attack on the convoy"), most acts "of" ("the coronation of the king", "the arrest of the
    mayor"); the leads' own "<noun> on …" against "<noun> of …" decides, and "of", the
    general preposition of a noun's object, when they write neither (a noun taken from
    other languages' articles: "Coronation", when the English leads only write "crowned")
    unless English marks that noun's object with "on" (:data:`ON_NOUNS`)."""
    last = head.split()[-1]
    word = re.escape(last)
    on = sum(len(re.findall(rf"\b{word}\s+on\b", lead, re.IGNORECASE)) for lead in leads)
    of = sum(len(re.findall(rf"\b{word}\s+of\b", lead, re.IGNORECASE)) for lead in leads)
    if on != of:
        return "on" if on > of else "of"
    return "on" if last.casefold() in ON_NOUNS else "of"


def possessive(name: str) -> str:
    """ "Okafor’s", "Truss’": the possessive a name takes in the event’s name."""
    return f"{name}’" if name.endswith("s") else f"{name}’s"
