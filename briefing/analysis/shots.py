"""How many shots were fired: one count in every language ("fired five times", "fünf Schüsse",
"quatre coups de feu", "выстрелили четыре раза").

Counts are otherwise compared by their noun within one language (:mod:`.figures`), and the
reports of a shooting name the shots with whatever noun each language has (shots, bullets,
Schüsse, coups de feu, colpi, выстрелы) or with none ("fired five times", "a tiré cinq fois").
How many shots were fired is, with the toll (:mod:`.casualties`) and the number of attackers
(:mod:`.perpetrators`), the count every first report of a shooting gives and early reports get
wrong. It is said in a small closed vocabulary of general news language, not one story's
words: nouns for shots and bullets, words of gunfire, and "times" with a verb of firing. The
table below is that vocabulary in the dev languages, a translation table of one notion, as
casualties' is.

A count is of the shots fired when

- its noun is a word for shots or bullets and the sentence speaks of gunfire in another word
  ("four shots were fired", "quattro colpi di arma da fuoco"): "three booster shots" or
  "trois coups de couteau" are not gunfire; or
- its noun is "times" ("fois", "Mal", "раз") and a verb of firing stands in its clause ("the
  gunman fired five times"): "he was shot three times", "stabbed three times" are not.

How many *hit* is another quantity, keyed apart: a count that a verb of hitting governs in its
own clause ("was hit three times", "colpito con tre colpi", "three bullets struck him"), or the
part of a whole that hit ("four of the five bullets struck", "von fünf Schüssen trafen vier",
where the whole, five, is the count fired). "He was shot three times" says neither for sure and
is left out, and so is a count of people after gunfire ("hitting three passers-by"). The hits
of two people are two quantities: a count of hits carries the people its clause names ("Marek
was hit twice"), compared like counts of places are (:func:`.figure_groups.by_place`: a count naming
nobody joins the only person named, else stays apart). In German, whose capitals mark every
noun, and wherever the clause names nobody, two people's hits are still one key (a known limit:
one article giving both keeps the group silent, two articles giving one each would clash).

Counts under two are left out: "un coup de feu", "a shot" are the article as often as the
number. Such counts are keyed in every language at once (:data:`crosscounts.ANY_LANGUAGE`); a
bound ("at least three shots") stays an interval, compatible with any larger exact value.
"""

from __future__ import annotations

import re

from briefing.analysis.casualties import clause, word_matcher
from briefing.analysis.crosscounts import ANY_LANGUAGE
from briefing.analysis.names import person_in, runs
from briefing.analysis.numbers import Number, interval
from briefing.analysis.text import NOUN_CAPS

#: The keys of a count of shots fired and of those that hit (after
#: :data:`.crosscounts.ANY_LANGUAGE`).
SHOTS = "shots fired"
HITS = "shots that hit"
#: Below this a number is as often an article ("un coup de feu") as a count.
LEAST = 2
#: Words read before the number, and after it (its noun and what follows).
_BEFORE, _AFTER = 4, 5
_WORD = re.compile(r"[^\W\d_][\w'’]*")
#: Words read on each side of a count of hits for whom they hit.
_WHOM = 8

#: Per language (lower case; "*" matches any ending): nouns for shots and bullets.
_NOUNS: dict[str, str] = {
    "en": "shots gunshots bullets rounds",
    "fr": "coups balles tirs détonations",
    "de": "schüsse schüssen schuss kugeln projektile",
    "it": "colpi proiettili spari",
    "es": "disparos tiros balazos balas",
    "pt": "tiros disparos balas",
    "nl": "schoten kogels",
    "ru": "выстрел* пул* пуль",
    "tr": "kurşun* atış*",
}
#: The word for "times" ("fired five times"), a count only with a verb of firing.
_TIMES: dict[str, str] = {
    "en": "times", "fr": "fois", "de": "mal", "it": "volte", "es": "veces", "pt": "vezes",
    "nl": "keer maal", "ru": "раз раза", "tr": "kez kere",
}  # fmt: skip
#: Verbs of firing (not "shot": "he was shot three times" counts the hits; not the noun
#: "fire": "the station caught fire three times").
_FIRED: dict[str, str] = {
    "en": "fired firing opened_fire",
    "fr": "tiré tira tirè* tirer tirant",
    "de": "geschossen gefeuert abgefeuert feuerte* schoss*",
    "it": "sparat* sparò spararono sparare sparando",
    "es": "disparó dispararon disparad* disparar* disparando",
    "pt": "disparou dispararam disparad* atirou atiraram",
    "nl": "geschoten schoot schoten vuurde*",
    "ru": "выстрелил* стрелял* выпустил*",
    "tr": "ateş_açtı ateş_etti ateşlen*",
}
#: Other words of gunfire: with one, a noun for shots is gunfire.
_GUNFIRE: dict[str, str] = {
    "en": "gun* gunfire pistol* rifle* firearm* handgun* weapon* shooting shooter*",
    "fr": "feu arme* pistolet* fusil* fusillade* tireur*",
    "de": "waffe* pistole* gewehr* schütze schützen schießerei*",
    "it": "fuoco arma armi pistola* fucile* sparatoria*",
    "es": "fuego arma armas pistola* fusil* tiroteo*",
    "pt": "fogo arma armas pistola* fuzil* tiroteio*",
    "nl": "vuur* wapen* pistool* geweer* schutter* schietpartij*",
    "ru": "огон* огня оруж* пистолет* стрелок стрельб*",
    "tr": "ateş* silah* tabanca*",
}
#: Verbs of hitting: a count they govern is of the hits, not of the shots fired.
_HIT: dict[str, str] = {
    "en": "hit hitting struck strike strikes striking",
    "fr": "touché* atteint* atteignant",
    "de": "getroffen traf trafen",
    "it": "colpit* raggiunt* centrat*",
    "es": "alcanzad* alcanzó alcanzaron impactad* impactó",
    "pt": "atingid* atingiu atingiram alvejad*",
    "nl": "geraakt raakte* trof troffen",
    "ru": "попал* попа* поразил*",
    "tr": "isabet* vuruldu* vurdu*",
}
#: The word before a whole that a part is taken from ("four *of* the five bullets").
_PART_OF: dict[str, str] = {
    "en": "of", "fr": "sur", "de": "von", "it": "su di", "es": "de", "pt": "de", "nl": "van",
    "ru": "из", "tr": "",
}  # fmt: skip
#: Words that may stand between a part and its whole ("four *out of the* five").
_PART_FILLER: dict[str, str] = {
    "en": "out the", "fr": "les", "de": "den", "it": "i gli", "es": "los las", "pt": "os as",
    "nl": "de",
}  # fmt: skip


def shots_count(
    text: str, number: Number, noun: str, language: str, following: Number | None = None
) -> tuple[tuple[str, str], float, float, str, frozenset[str]] | None:
    """(key, low, high, value as shown, whom) when ``number``, counting ``noun``, is the number
    of shots fired or of those that hit (module doc), else None. ``following``: the next number
    of the text ("four of *five* bullets struck"); ``whom``: for hits, the people its clause
    names (:func:`_whom`)."""
    nouns = _NOUNS.get(language)
    if nouns is None or number.value < LEAST or not float(number.value).is_integer():
        return None
    before = clause(text[: number.start][::-1], language, _BEFORE, reverse=True)
    after = clause(text[number.end :], language, _AFTER)
    hit = word_matcher(_HIT[language])
    written = f"{number.hedge + ' ' if number.hedge else ''}{text[number.start : number.end]}"
    shown = f"{written} {noun}"
    bare = noun.casefold()
    if word_matcher(_TIMES[language]).fullmatch(bare):
        fired = word_matcher(_FIRED[language])
        if hit.search(before):
            kind = HITS  # "was hit three times"
        elif fired.search(before) or fired.search(after):
            kind = SHOTS  # "fired five times"
        else:
            return None  # "stabbed three times", "visited six times"
    elif word_matcher(nouns).fullmatch(bare):
        rest = text[: number.start] + text[number.end :].replace(noun, " ", 1)
        gunfire = f"{_FIRED[language]} {_GUNFIRE[language]} {_HIT[language]}"
        if not word_matcher(gunfire).search(rest):
            # "three booster shots", "trois coups de couteau", and "12 tirs, dont 5 tirs
            # cadrés" (a match): another noun for shots is no sign of gunfire
            return None
        # "four of the five", "von fünf", "из пяти": a part-of word just before the number.
        whole = any(w.casefold() in _PART_OF[language].split() for w in before.split()[-2:])
        hits = hit.search(before) or (hit.search(after) and not whole)
        kind = HITS if hits else SHOTS
    else:
        part = _part_that_hit(text, number, following, before, language)
        if part is None:
            return None
        kind, shown = HITS, part
    if number.in_words:
        shown += f" ({number.value:g})"
    low, high = interval(number.value, number)
    whom = _whom(text, number, language) if kind == HITS else frozenset()
    return (ANY_LANGUAGE, kind), low, high, shown, whom


def _whom(text: str, number: Number, language: str) -> frozenset[str]:
    """The surnames the clause of a count of hits names ("*Fico* was hit three times"): the
    hits of two people are two quantities, compared like counts of two places (a count naming
    nobody joins the only person named). Not in German, whose capitals mark every noun."""
    if language in NOUN_CAPS:
        return frozenset()
    before = clause(text[: number.start][::-1], language, _WHOM, reverse=True)
    after = clause(text[number.end :], language, _WHOM)
    found = set()
    for piece in (before, after):
        for _, _, words in runs(piece):
            person = person_in(words)
            if person is not None:
                found.add(person)
    return frozenset(found)


def _part_that_hit(
    text: str, number: Number, following: Number | None, before: str, language: str
) -> str | None:
    """The part of the shots that hit, as written, when ``number`` is that part: "four of the
    five bullets struck", "von fünf Schüssen trafen vier"; else None."""
    nouns = word_matcher(_NOUNS[language])
    hit = word_matcher(_HIT[language])
    part_of = _PART_OF[language].split()
    if following is not None:
        between = {w.casefold() for w in _WORD.findall(text[number.end : following.start])}
        after = clause(text[following.end :], language, _AFTER).split()
        if (
            between & set(part_of)
            and between <= {*part_of, *_PART_FILLER.get(language, "").split()}
            and after
            and nouns.fullmatch(after[0])
            and hit.search(" ".join(after[1:]))
        ):
            return text[number.start : following.end] + f" {after[0]}"
    words = before.split()
    if (
        len(words) >= 3
        and words[0].casefold() in part_of
        and hit.fullmatch(words[-1])
        and any(nouns.fullmatch(w) for w in words)
        and text[: number.start].rstrip().endswith(words[-1])
    ):
        return f"{before} {text[number.start : number.end]}"
    return None
