"""Statements about the future: a forecast dates no event that happened.

"Power should be back by Tuesday", "se espera que la luz vuelva el martes", "der Strom soll
bis Dienstag wieder fließen", "ожидается, что к вторнику…": the date is one the speaker hopes
for, and the story's timeline must not show it as a thing that happened. Which date phrase a
forecast covers is read from the clause it stands in, per language, from grammar rather than
from a story's words:

- **hedged** — an expectation, a plan or a hope ("expected to", "se espera", "verwacht",
  "ожидается"), a modal of likelihood or obligation ("should", "soll", "devrait",
  "dovrebbe", "должен") or the conditional mood ("would", "würde", "-ría", "-rebbe", "бы"):
  the clause is a forecast whatever its date;
- **plain future** ("will", "wird", "zal", "-rá", "-ront", "-ranno", the Russian and Ukrainian
  future from pymorphy3's tags, "θα", "-acak"): a forecast only when the date is a deadline
  ("by Tuesday", "bis Dienstag", "к вторнику", "até terça"). A plain future on a day ("la
  cathédrale rouvrira ses portes le 7 décembre") is the story's schedule and stays an event.

Only the date's own clause counts (cut at punctuation and at the language's conjunctions and
complementisers), so a past-tense clause beside a future one keeps its event ("the bridge,
which engineers said will last a century, collapsed on Tuesday"), and a forecast that came
true is an event where the article tells it in the past. The clause a complementiser opens
is also a forecast when the clause before it expects it ("zei te verwachten dat … maandag").
A reported past ("soll am Montag geschossen haben") and a noun ("against their will") are no
future.
"""

from __future__ import annotations

import re
from functools import cache

from briefing.analysis.text import word_set

_WORD = re.compile(r"[^\W\d_][\w'’]*")
_PUNCT = re.compile(r"[,;:()\[\]—–]|\s-\s|[«»“”„\"]")

#: Conjunctions, complementisers and relative words that open a new clause.
_CLAUSE_WORDS: dict[str, frozenset[str]] = {
    "en": word_set("that which who whom where while and but because although"),
    "de": word_set("dass und aber sondern weil während obwohl nachdem"),
    "nl": word_set("dat die en maar omdat terwijl waar hoewel nadat"),
    "fr": word_set("que qu' qui et mais où tandis alors puisque"),
    "es": word_set("que y pero donde mientras aunque porque"),
    "it": word_set("che e ma dove mentre perché sebbene"),
    "pt": word_set("que e mas onde enquanto embora porque"),
    "ru": word_set("что чтобы и но а где когда который которая которое которые хотя"),
    "uk": word_set("що щоб і й та але а де коли який яка яке які хоча"),
    "pl": word_set("że żeby i ale a gdzie kiedy który która które którzy chociaż"),
    "tr": word_set("ve ama ancak fakat"),
    "el": word_set("ότι πως και αλλά που ενώ"),
}
#: Complementisers: the clause they open is what the clause before says, expects or hopes.
_COMPLEMENTISERS = word_set("that dass dat que qu' che что чтобы що щоб że ότι πως")

#: Hedges: expectation, hope, likelihood, obligation and the conditional mood, per language;
#: whole words, or (starting with "*") endings of words of five letters or more.
_HEDGES: dict[str, frozenset[str]] = {
    "en": word_set("expects expecting hopes hoping hope likely unlikely should might would"),
    "de": word_set(
        "sollte sollten würde würden dürfte dürften könnte könnten erwartet erwarten erwartete "
        "voraussichtlich hofft hoffen rechnet rechnen"
    ),
    "nl": word_set("zou zouden verwacht verwachten verwachting verwachtte hoopt hopen"),
    "fr": word_set(
        "devrait devraient pourrait pourraient espère espèrent attend attendent censé censée "
        "censés *rait *raient"
    ),
    "es": word_set("espera esperan esperaba esperaban debería deberían podría podrían *ría *rían"),
    "pt": word_set(
        "espera esperam esperava esperavam deve devem deveria deveriam poderia poderiam *ria *riam"
    ),
    "it": word_set(
        "dovrebbe dovrebbero potrebbe potrebbero spera sperano atteso attesa attesi *rebbe *rebbero"
    ),
    "ru": word_set(
        "ожидается ожидаются ожидает ожидают ожидали должен должна должно должны может могут бы "
        "предполагается рассчитывает рассчитывают надеется надеются"
    ),
    "uk": word_set(
        "очікується очікуються очікує очікують повинен повинна повинні може можуть би "
        "сподівається сподіваються"
    ),
    "pl": word_set("powinien powinna powinno powinni spodziewa oczekuje oczekiwane"),
    "tr": word_set("bekleniyor bekleniyordu"),
    "el": word_set("αναμένεται αναμένονται πρέπει ίσως"),
}
#: Nouns with a conditional's ending ("portrait", "la mayoría" is guarded by its article).
_NOT_CONDITIONAL = ("trait", "oría", "oria")
#: Words of the plain future and of a schedule (auxiliaries, particles, "scheduled",
#: "prévu", "soll"), besides the endings below.
_FUTURE_WORDS: dict[str, frozenset[str]] = {
    "en": word_set("will shall 'll won't"),
    "de": word_set("wird werden wirst werde soll sollen geplant geplante plant planen"),
    "nl": word_set("zal zullen zult gepland geplande plant"),
    "fr": word_set(
        "sera seront aura auront fera feront ira iront pourra pourront devra devront prévu "
        "prévue prévus prévues prévoit"
    ),
    "es": word_set("previsto prevista previstos previstas prevé prevén planea planean"),
    "pt": word_set("previsto prevista previstos previstas prevê preveem"),
    "it": word_set("previsto prevista previsti previste prevede prevedono"),
    "ru": word_set("планируется планируют планирует намерен намерена намерены"),
    "uk": word_set("планується планують планує"),
    "pl": word_set("będzie będą będziemy zostanie zostaną planowane planowany"),
    "tr": word_set("planlanıyor"),
    "el": word_set("θα προβλέπεται"),
}
#: Synthetic future endings, on lower-case words of at least five letters.
_FUTURE_ENDINGS: dict[str, re.Pattern[str]] = {
    "fr": re.compile(r"\w{3,}(?:era|eront|ira|iront|dra|dront)"),
    "es": re.compile(r"\w{3,}(?:rá|rán)"),
    "pt": re.compile(r"\w{3,}(?:rá|rão)"),
    "it": re.compile(r"\w{3,}(?:rà|ranno)"),
    "tr": re.compile(r"\w+(?:acak|ecek|acağ|eceğ)\w*"),
}
#: "going to", "va" + an infinitive, "is scheduled to": the near future and the schedule.
_GOING: dict[str, re.Pattern[str]] = {
    "en": re.compile(
        r"\b(?:is|are|am|was|were|be|been)\s+(?:going|scheduled|slated|set|due|planned|poised)"
        r"\s+(?:to|for)\b|\b(?:plans?|planning|planned|intends?|intending)\s+to\b",
        re.IGNORECASE,
    ),
    "fr": re.compile(r"\b(?:va|vont|allait|allaient)\s+\w+(?:er|ir|re)\b", re.IGNORECASE),
    "es": re.compile(r"\b(?:va|van|iba|iban)\s+a\s+\w+(?:ar|er|ir)\b", re.IGNORECASE),
    "pt": re.compile(r"\b(?:vai|vão|ia|iam)\s+\w+(?:ar|er|ir)\b", re.IGNORECASE),
}
#: English hedges of more than one word: "is expected (to)", "is supposed to".
_EN_HEDGED = re.compile(
    r"\b(?:is|are|was|were|be|been)\s+(?:\w+ly\s+)?(?:expected|supposed|likely)\b"
    r"|(?<!\bthe\s)(?<!\ban\s)(?<!\bas\s)(?<!\bthan\s)\bexpect(?:s|ed|ing)?\b",
    re.IGNORECASE,
)
#: Words right before a date that make it a deadline ("by Tuesday", "bis Dienstag").
_DEADLINES: dict[str, frozenset[str]] = {
    "en": word_set("by until till before"),
    "de": word_set("bis spätestens"),
    "nl": word_set("tot uiterlijk vóór"),
    "fr": word_set("d'ici jusqu'à jusqu'au avant"),
    "es": word_set("hasta antes para"),
    "pt": word_set("até antes para"),
    "it": word_set("entro fino prima"),
    "ru": word_set("к ко до"),
    "uk": word_set("до"),
    "pl": word_set("do przed"),
    "el": word_set("έως μέχρι ως"),
}
#: Before "will" as a noun ("against their will", "the will of the people").
_WILL_NOUN = word_set("the a his her their its our my your own free good ill political of")
#: Before a word that ends like a conditional but is a noun ("la mayoría", "a maioria").
_DETERMINERS = word_set("la una las su sus esta esa a uma as sua suas esta essa da na la le")
#: A German "soll" clause that ends on "haben"/"sein" reports an alleged past.
_REPORTED_PAST = re.compile(r"\b(?:haben|sein)\W*$")


def is_forecast(sentence: str, start: int, end: int, language: str) -> bool:
    """True when the date phrase at ``start:end`` of ``sentence`` is in a clause that speaks
    of the future as an expectation, or as a deadline (see the module docstring)."""
    clause, opener, before = _clause(sentence, start, end, language)
    if _hedged(clause, language):
        return True
    if opener in _COMPLEMENTISERS and before is not None and _hedged(before, language):
        return True
    if not _future(clause, language):
        return False
    words = [w.casefold() for w in _WORD.findall(sentence[max(0, start - 20) : start])]
    deadlines = _DEADLINES.get(language, frozenset())
    return bool(words) and (words[-1] in deadlines or " ".join(words[-2:]) in ("no later",))


def speaks_of_future(sentence: str, start: int, end: int, language: str) -> bool:
    """True when the date phrase at ``start:end`` is in a forecast (:func:`is_forecast`) or a
    clause in the plain future ("la cathédrale rouvrira ses portes le 7 décembre"): a date
    the text does not tell as past. A language whose future this module does not read gives
    False for the plain future."""
    if is_forecast(sentence, start, end, language):
        return True
    return _future(_clause(sentence, start, end, language)[0], language)


def _clause(sentence: str, start: int, end: int, language: str) -> tuple[str, str, str | None]:
    """The clause holding ``start:end``, the word that opened it ("" after punctuation) and
    the clause before it (None at the sentence's start)."""
    words = _CLAUSE_WORDS.get(language, frozenset())
    cuts: list[tuple[int, int, str]] = [(m.start(), m.end(), "") for m in _PUNCT.finditer(sentence)]
    for m in _WORD.finditer(sentence):
        word = m.group().casefold()
        if word in words or (word.startswith("qu'") and "qu'" in words):
            cuts.append((m.start(), m.end(), word.split("'")[0] + ("'" if "'" in word else "")))
    cuts.sort()
    joined: list[tuple[int, int, str]] = []
    for cut in cuts:  # ", dass" / ", что": one cut, opened by the word
        if joined and not sentence[joined[-1][1] : cut[0]].strip():
            joined[-1] = (joined[-1][0], cut[1], cut[2] or joined[-1][2])
        else:
            joined.append(cut)
    cuts = joined
    left = [c for c in cuts if c[1] <= start]
    right = [c for c in cuts if c[0] >= end]
    begin = left[-1][1] if left else 0
    stop = right[0][0] if right else len(sentence)
    opener = left[-1][2] if left else ""
    before = None
    if left:
        earlier = left[:-1]
        before = sentence[earlier[-1][1] if earlier else 0 : left[-1][0]]
    return sentence[begin:stop], opener, before


def _hedged(clause: str, language: str) -> bool:
    whole, endings = _hedges(language)
    if language == "en" and _EN_HEDGED.search(clause):
        return True
    words = _WORD.findall(clause)
    for at, written in enumerate(words):
        word = written.casefold()
        ending = any(word.endswith(t) and len(word) >= 5 for t in endings)
        if word not in whole and not ending:
            continue
        if ending and word not in whole and word.endswith(_NOT_CONDITIONAL):
            continue
        if language != "en" and at and words[at - 1].casefold() in _DETERMINERS:
            continue  # "la mayoría", "la espera": a noun
        if language == "de" and _REPORTED_PAST.search(clause):
            continue  # "soll am Montag geschossen haben": alleged, in the past
        return True
    return False


@cache
def _hedges(language: str) -> tuple[frozenset[str], tuple[str, ...]]:
    listed = _HEDGES.get(language, frozenset())
    whole = frozenset(w for w in listed if not w.startswith("*"))
    endings = tuple(w[1:] for w in listed if w.startswith("*"))
    return whole, endings


def _future(clause: str, language: str) -> bool:
    words = [w.casefold() for w in _WORD.findall(clause)]
    future = _FUTURE_WORDS.get(language, frozenset())
    for at, word in enumerate(words):
        if word in future:
            if language == "en" and word == "will" and at and words[at - 1] in _WILL_NOUN:
                continue  # "against their will": the noun
            if language == "de" and word.startswith("soll") and _REPORTED_PAST.search(clause):
                continue  # "soll … geschossen haben": alleged, in the past
            return True
    going = _GOING.get(language)
    if going is not None and going.search(clause):
        return True
    ending = _FUTURE_ENDINGS.get(language)
    if ending is not None:
        lower = (m.group() for m in _WORD.finditer(clause) if m.group().islower())
        if any(len(w) >= 5 and ending.fullmatch(w) for w in lower):
            return True
    return language in ("ru", "uk") and _morph_future(tuple(words), language)


@cache
def _morph_future(words: tuple[str, ...], language: str) -> bool:
    """A verb in the future tense ("объявит", "буде", "відновлять"): pymorphy3's best reading
    in Russian; in Ukrainian, whose dictionary ranks no reading above another, any reading
    (the other reading of "відновлять" is a colloquial infinitive, standard "відновляти")."""
    from briefing.morphology import analyser

    morph = analyser(language)
    for word in words:
        readings = morph.parse(word)
        for reading in readings[:1] if language == "ru" else readings:
            if "VERB" in reading.tag and "futr" in reading.tag:
                return True
    return False
