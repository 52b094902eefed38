"""What a figure is about, beyond the noun after its number.

Two sources disagree on a figure only when both figures are about exactly the same thing, and
the noun a number counts does not say all of that. This module reads the structure of the
phrase and clause around the number, the same way in every language (each language gives only
its small closed words: "and", "of", "after", "initially"):

- **conjoined nouns**: "242 passengers and crew", "242 пассажира и члены экипажа" count both
  nouns, so the figure is a count of the pair, never of "passengers" alone. "230 passengers
  and 12 crew" is two counts (a number stands after the "and"), and "jefes de Estado y de
  Gobierno" joins two complements of one noun (a preposition follows the "and");
- **a complement** narrows the noun: "dez tripulantes de cabine" (cabin crew) is a part of
  "12 tripulantes", "three days of mourning" is not "45 days" of anything else;
- **occupants**: a count of people "on board" is how many were carried, not how many were
  hurt or treated, in any sentence that says so;
- **another instance**: "a new quake of 7.6", "another 85", "eine weitere" speak of a second
  thing of the kind, not of the one the other sources count;
- **an earlier or revised value**: "initially 292 … updating it to more than 240",
  "zunächst", "inicialmente", "первоначально": a figure its own clause calls a first or an
  updated value is a stage of the count, not a rival of another outlet's figure;
- **an offset**: "30 seconds after take-off" measures from take-off to whatever its sentence
  reports (a noise, a loss of contact, a crash): the span has two ends, and two offsets are
  one quantity only from the same start to the same event (:mod:`.span_keys`).

Every rule only narrows what a figure is compared with, so a rule that misreads a phrase
costs a missed disagreement, never a false one.
"""

from __future__ import annotations

import re
from functools import cache

from whoosh.lang import has_stopwords, stopwords_for_language

from briefing.analysis.casualties import word_matcher
from briefing.analysis.stems import stem_word
from briefing.analysis.text import NOUN_CAPS, WORD

#: Words joining two nouns into one count ("passengers and crew").
_AND: dict[str, str] = {
    "en": "and", "fr": "et", "de": "und sowie", "es": "y e", "it": "e ed", "pt": "e",
    "nl": "en", "ru": "и", "uk": "і й та", "pl": "i oraz", "tr": "ve", "el": "και",
}  # fmt: skip
#: Prepositions of a complement that narrows a noun ("three days *of* mourning"), without
#: the forms that carry an article ("du", "del", "dos", "della"); an elided form ends with
#: an apostrophe ("d'équipage").
_OF: dict[str, str] = {
    "en": "of", "fr": "de d'", "es": "de", "pt": "de", "it": "di d'", "nl": "van",
}  # fmt: skip
#: Prepositions that carry an article ("du", "del", "della"), read past before an "and".
_WITH_ARTICLE: dict[str, str] = {
    "fr": "du des", "es": "del", "pt": "do da dos das", "nl": "der",
    "it": "del della dello dei degli delle dell' degl'", "de": "der des von vom",
}  # fmt: skip
#: Where the people counted are: aboard (a count of occupants, not of casualties).
_ABOARD: dict[str, str] = {
    "en": "on_board aboard onboard carrying carried", "fr": "à_bord transportant",
    "de": "an_Bord", "es": "a_bordo", "it": "a_bordo", "pt": "a_bordo", "nl": "aan_boord",
    "ru": "на_борту", "uk": "на_борту", "pl": "na_pokładzie",
    "tr": "uçakta gemide trende bulunduğu bulunan",
    "el": "επέβαιν* επιβαίν* επί_του_σκάφους μετέφερ*",
}  # fmt: skip
#: How many a thing can hold: a capacity, not a count of what it held.
_CAPACITY: dict[str, str] = {
    "en": "capacity", "fr": "capacité", "de": "Kapazität* Fassungsvermögen",
    "es": "capacidad aforo", "it": "capacità capienza", "pt": "capacidade lotação",
    "nl": "capaciteit", "ru": "вместимост* рассчитан*", "uk": "місткіст* розрахован*",
    "pl": "pojemnoś*", "tr": "kapasite*", "el": "χωρητικότητα*",
}  # fmt: skip
#: A second thing of the kind ("another", "a new quake", "bir deprem daha").
_ANOTHER: dict[str, str] = {
    "en": "another new second other",
    "fr": "autre autres nouveau nouvelle nouvel second seconde deuxième",
    "de": "weitere weiteren weiterer weiteres neue neuen neuer neues zweite zweiten zweiter",
    "es": "otro otra otros otras nuevo nueva nuevos nuevas segundo segunda",
    "it": "altro altra altri altre nuovo nuova nuovi nuove secondo seconda",
    "pt": "outro outra outros outras novo nova novos novas segundo segunda",
    "nl": "andere nieuwe tweede", "pl": "kolejny kolejne kolejnych nowy nowe drugi inne innych",
    "ru": "ещё еще новый новое новая нового новых второй второе вторая другой других",
    "uk": "ще новий нова нове нових другий інших", "tr": "yeni ikinci daha başka",
    "el": "νέος νέα νέο δεύτερος άλλοι άλλα",
}  # fmt: skip
#: A first value or an update of it ("initially", "revised", "atualizando"; "*": any ending).
_REVISED: dict[str, str] = {
    "en": "initially originally at_first first_reported revised updated corrected",
    "fr": "initialement d'abord dans_un_premier_temps revu revue révisé* actualisé* corrigé*",
    "de": "zunächst ursprünglich anfangs zuerst korrigiert* aktualisiert* revidiert*",
    "es": "inicialmente en_un_principio en_un_primer_momento al_principio actualiz* revisad* "
    "corrigi*",
    "it": "inizialmente in_un_primo_momento in_un_primo_tempo aggiornat* rivist* corrett*",
    "pt": "inicialmente num_primeiro_momento em_um_primeiro_momento a_princípio atualiz* "
    "revist* corrigi*",
    "nl": "aanvankelijk eerst bijgesteld herzien gecorrigeerd",
    "ru": "первоначально изначально поначалу сначала уточнен* уточнён* пересмотрен* "
    "скорректир*",
    "uk": "спочатку початково уточнен*",
    "pl": "początkowo pierwotnie zaktualizowan* skorygowan*",
    "tr": "ilk_olarak başlangıçta güncellen* revize",
    "el": "αρχικά",
}  # fmt: skip
#: Words that make a span an offset from a starting event ("30 seconds *after* take-off").
_OFFSET: dict[str, str] = {
    "en": "after later before earlier since ago", "fr": "après plus_tard avant",
    "de": "nach später vor danach zuvor seit", "es": "después tras antes más_tarde",
    "it": "dopo prima più_tardi", "pt": "após depois antes mais_tarde", "nl": "na later voor",
    "ru": "после спустя через назад позже", "uk": "після через тому пізніше",
    "pl": "po później przed temu", "tr": "sonra önce", "el": "μετά πριν",
}  # fmt: skip

_TABLES = {id(t): t for t in (_AND, _OF, _WITH_ARTICLE, _ANOTHER, _OFFSET)}
#: Punctuation and digits end a clause.
_STOP = re.compile(r"[,;:()\[\]—–|«»“”\"!?]|\d")
#: Words of a clause read before a number, and after it, for a revision.
_BEFORE, _AFTER = 12, 6


@cache
def stopwords(language: str) -> frozenset[str]:
    """The language's function words (Whoosh's stop lists; none for a language it lacks)."""
    return frozenset(stopwords_for_language(language)) if has_stopwords(language) else frozenset()


def and_words(language: str) -> frozenset[str]:
    """The language's words for "and" (lower case)."""
    return _words(language, _AND)


def _words(language: str, table: dict[str, str]) -> frozenset[str]:
    return _word_set(language, id(table))


@cache
def _word_set(language: str, table: int) -> frozenset[str]:
    """The words of one table for one language, split once (tables are module constants)."""
    return frozenset(_TABLES[table].get(language, "").split())


def _clause_before(text: str, start: int, language: str, most: int) -> list[str]:
    """Up to ``most`` words before ``start`` back to the clause's start (punctuation, a digit
    or an "and"), in reading order."""
    head = text[:start]
    stops = [m.end() for m in _STOP.finditer(head)]
    words = WORD.findall(head[stops[-1] if stops else 0 :])
    joins = _words(language, _AND)
    kept: list[str] = []
    for word in reversed(words[-most:]):
        if word.casefold() in joins:
            break
        kept.append(word)
    return kept[::-1]


def _clause_after(text: str, end: int, language: str, most: int) -> list[str]:
    """Up to ``most`` words after ``end`` to the clause's end (punctuation, a digit or an
    "and")."""
    stop = _STOP.search(text, end)
    joins = _words(language, _AND)
    kept: list[str] = []
    for word in WORD.findall(text[end : stop.start() if stop else len(text)])[:most]:
        if word.casefold() in joins:
            break
        kept.append(word)
    return kept


def revised(text: str, start: int, end: int, language: str) -> bool:
    """True when the figure at ``text[start:end]`` is called a first or an updated value by
    its own clause ("inicialmente avançou … 292 corpos", "zunächst war von 20 die Rede")."""
    words = _REVISED.get(language)
    if not words:
        return False
    before = " ".join(_clause_before(text, start, language, _BEFORE))
    after = " ".join(_clause_after(text, end, language, _AFTER))
    return bool(word_matcher(words).search(f"{before} {after}"))


def another(text: str, start: int, end: int, language: str, hedge: str = "") -> bool:
    """True when the figure is of a second thing of its kind: "another 85", "a new quake of
    7.6", "7,6 büyüklüğünde bir deprem daha" (two words before it, four after)."""
    words = _words(language, _ANOTHER)
    if not words:
        return False
    lead = text[:start].rstrip()
    if hedge and lead.casefold().endswith(hedge.casefold()):
        lead = lead[: -len(hedge)]  # "more than", "daha fazla": a hedge, not another one
    before = _clause_before(lead + " ", len(lead) + 1, language, 2)
    after = _clause_after(text, end, language, 4)
    first = WORD.search(text)
    opening = first.group() if first is not None and first.start() < start else ""
    # A capital is a name ("New York") unless the word starts the sentence.
    return any(
        w.casefold() in words and (w[0].islower() or (w == opening and w in before))
        for w in [*before, *after]
    )


def capacity(text: str, start: int, language: str) -> bool:
    """True when the clause before the figure says it is a capacity ("a capacity of 42
    people", "capacidade máxima para 42 pessoas"): how many could be, not how many were."""
    words = _CAPACITY.get(language)
    before = " ".join(_clause_before(text, start, language, _BEFORE))
    return bool(words) and bool(word_matcher(words).search(before))


def aboard_words(language: str) -> str:
    """``language``'s words for people where they were carried ("on board", "a bordo"), as
    :func:`.casualties.word_matcher` reads them; "" for a language with none listed."""
    return _ABOARD.get(language, "")


def aboard(text: str, language: str) -> bool:
    """True when the sentence counts people where they were carried ("on board", "a bordo")."""
    words = _ABOARD.get(language)
    return bool(words) and bool(word_matcher(words).search(text))


def _article(word: str, stops: frozenset[str]) -> bool:
    """A short stop word between a preposition or "and" and its noun ("of *the* cabin"); a
    longer stop word may be the noun itself (Spanish "Estado" is also a form of "estar")."""
    return len(word) <= 3 and word.casefold() in stops


def _next_word(text: str, at: int) -> re.Match[str] | None:
    """The word that starts right after ``at`` (spaces only between), else None."""
    match = WORD.search(text, at)
    if match is None or text[at : match.start()].strip():
        return None
    return match


def head_noun(
    text: str, first: str, first_end: int, language: str = ""
) -> tuple[re.Match[str], re.Match[str] | None] | None:
    """The noun an adjective right after a number qualifies, in a language whose dictionary
    tells them apart (pymorphy3, Cyrillic): "17 пожарных *машин*" counts engines, and
    "150 пожарных" alone counts firemen. None when ``first`` can be no adjective or no noun
    follows it. (In English the first word is the key already: "fire engines" is not
    "firemen"; elsewhere no dictionary says which word is the adjective.)

    Past a chain of adjectives too, read in ``language``'s dictionary ("ru", "uk": a
    Ukrainian word with no letter of its own, "житлових", is no Russian noun): "сім висотних
    житлових *будинків*". The second item is then the adjective right before the noun, the
    one that says its kind (residential buildings; "high-rise" only describes them), else
    None: "сім висотних житлових будинків" and "вісім багатоповерхових житлових будинків"
    count one kind of building."""
    from briefing.topics.languages import part_of_speech, parts_of_speech

    own = _best_pos(first, language)
    if not parts_of_speech(first) & {"ADJF", "PRTF"} and own not in ("ADJF", "PRTF"):
        return None
    following = _next_word(text, first_end)
    if following is None:
        return None
    own_pos = _best_pos(following.group(), language)
    if part_of_speech(following.group()) == "NOUN" and own_pos in ("NOUN", None):
        return following, None
    last: re.Match[str] | None = None
    for _ in range(_MOST_ADJECTIVES):
        if _best_pos(following.group(), language) not in ("ADJF", "PRTF"):
            break
        last = following
        following = _next_word(text, following.end())
        if following is None:
            return None
    if last is None or _best_pos(following.group(), language) != "NOUN":
        return None
    return following, last


#: Adjectives read past, after the first, to the noun a number counts (:func:`head_noun`).
_MOST_ADJECTIVES = 2


def _best_pos(word: str, language: str) -> str | None:
    """The best parse's part of speech in ``language``'s dictionary (Russian or Ukrainian),
    else None."""
    if language not in ("ru", "uk") or not word.isalpha():
        return None
    from briefing.morphology import analyser

    parses = analyser(language).parse(word)
    return str(parses[0].tag.POS) if parses and parses[0].tag.POS else None


def complement(text: str, noun_end: int, language: str) -> str:
    """The stem of the noun of a complement that narrows the counted noun ("dez tripulantes
    *de cabine*" → "cabin", "three days *of mourning*"), or "".

    Only a bare complement narrows: a preposition straight before its noun, with no article,
    makes a kind of the noun ("tripulantes de cabine", "membres d'équipage", "días de luto"),
    while one with an article names where or whose ("huit bijoux *de la* galerie", "membri
    *dell'*equipaggio", "bodies *from the* rubble"), and the noun stays what is counted. A
    number ("de 12 países") or a name ("huit toiles d'Edvard Munch", "jefes de Estado") is no
    complement either."""
    prepositions = _words(language, _OF)
    word = _next_word(text, noun_end)
    if word is None:
        return ""
    written = word.group()
    elided = re.match(r"(.+?['’])(.+)", written)
    if elided and elided.group(1).replace("’", "'").casefold() in prepositions:
        head = elided.group(2)  # "d'équipage": preposition and noun in one word
    elif written.casefold() in prepositions:
        following = _next_word(text, word.end())
        if following is None or following.group().casefold() in stopwords(language):
            return ""  # "de la galerie", "of the crown": an article, so not a kind
        head = following.group()
    else:
        return ""
    if len(head) < 3 or head[0].isupper():
        return ""  # "toiles d'Edvard Munch": a name says whose, not which part
    return stem_word(head, language)


def conjoined(text: str, noun_end: int, language: str) -> str:
    """The stem of a noun joined to the counted one by "and" with no number of its own
    ("242 passengers and crew" → "crew"), or "" ("230 passengers and 12 crew": two counts)."""
    joins = _words(language, _AND)
    links = _words(language, _OF) | _words(language, _WITH_ARTICLE)
    stops = stopwords(language)
    word = _next_word(text, noun_end)
    if word is not None and word.group().casefold() in links:
        # "jefes de Estado y …", "members of the crew and …": the complement is read past
        inner = _next_word(text, word.end())
        while inner is not None and _article(inner.group(), stops):
            inner = _next_word(text, inner.end())
        word = _next_word(text, inner.end()) if inner is not None else None
    if word is None or word.group().casefold() not in joins:
        return ""
    following = _next_word(text, word.end())
    if following is not None and following.group().casefold() in links:
        return ""  # "jefes de Estado y de Gobierno": a second complement of one noun
    while following is not None and _article(following.group(), stops):
        following = _next_word(text, following.end())
    if following is None:
        return ""  # a digit, punctuation: "and 12 crew", "and, …"
    written = following.group()
    if written.casefold() in _words(language, _OF) or len(written) < 3:
        return ""
    from briefing.analysis.numbers import find_numbers

    if find_numbers(written, language):
        return ""  # "and twelve crew": a count of its own
    if language in NOUN_CAPS and not written[0].isupper():
        return ""  # German nouns are capitalised: "und verletzte" is a verb or an adjective
    return stem_word(written, language)
