"""What befell the things a count counts: two counts of one noun with different fates are two
quantities ("100 foreigners were freed" / "they hold 41 foreigners").

Counts are compared by their noun (:mod:`.figures`), and a noun says who is counted, not what
happened to them: the hostages of one siege are counted as held, freed, killed and wounded,
and each is a quantity of its own. Casualties keyed in every language already carry their
kind (:mod:`.casualties`); a count of any other noun ("foreigners", "rehenes", "workers")
carries only its noun, so "100 foreigners escaped or were freed" and "claiming to hold 41
foreigners" were set side by side as one number.

The fate is read from the count's own clause (:func:`.casualties.clause`: it ends at
punctuation, a conjunction or another number), the few words before the number and the words
after it, as :func:`.casualties.casualty_kind` reads a toll's kind: the verbs and participles
of a small closed vocabulary of general news language (held, freed, wanted) together with the
four casualty kinds (dead, injured, missing, arrested). A clause naming no fate, or two, gives
none: the comparison then abstains from the rule and compares the counts as before, so the
rule only ever keeps two figures apart, never sets any side by side. Words whose fate depends
on who is counted ("captured", "seized": hostages held or militants arrested) are left out.
"""

from __future__ import annotations

from functools import cache, lru_cache

from briefing.analysis.casualties import KINDS, clause, kind_words, word_matcher
from briefing.analysis.numbers import Number

#: Words read before the number (a verb and a hedge) and after it (the noun and its verb).
_BEFORE, _AFTER = 4, 6

#: Per language and fate (besides the casualty kinds): verbs and participles, lower case;
#: a trailing "*" matches any ending, "a_b" is a phrase.
_WORDS: dict[str, dict[str, str]] = {
    "en": {
        "held": "held holding hold holds kidnapped kidnapping abducted abducting taken_hostage",
        "freed": "freed freeing released releasing rescued rescuing escaped evacuated liberated",
        "wanted": "wanted",
    },
    "fr": {
        "held": "retenu retenus retenue retenues retien* enlevé* kidnappé* séquestré* "
        "pris_en_otage",
        "freed": "libéré* relâché* secouru* évacué* échappé* enfui*",
        "wanted": "recherché recherchés recherchée recherchées",
    },
    "de": {
        "held": "festgehalten* entführt* verschleppt* in_ihrer_gewalt",
        "freed": "befreit* freigelassen* freigekommen* gerettet* evakuiert* entkommen* geflohen*",
        "wanted": "gesucht*",
    },
    "es": {
        "held": "retenid* secuestrad* secuestraron cautiv*",
        "freed": "liberad* liberaron rescatad* rescataron evacuad* escapad* escaparon huyeron",
        "wanted": "buscad*",
    },
    "it": {
        "held": "trattenut* sequestrat* rapit* in_ostaggio",
        "freed": "liberat* rilasciat* salvat* evacuat* fuggit*",
        "wanted": "ricercat*",
    },
    "pt": {
        "held": "retid* sequestrad* raptad*",
        "freed": "libertad* resgatad* evacuad* fugiram",
        "wanted": "procurad*",
    },
    "nl": {
        "held": "vastgehouden gegijzeld ontvoerd",
        "freed": "bevrijd* vrijgelaten gered geëvacueerd ontsnapt",
        "wanted": "gezocht",
    },
    "ru": {
        "held": "удержива* захвачен* похищен* в_заложник* в_плену",
        "freed": "освобожд* освобожден* освобождён* освободил* спасен* спасён* эвакуир* "
        "бежал* сбежал*",
        "wanted": "разыскива*",
    },
    "uk": {
        "held": "утриму* захоплен* викраден* у_заручник* в_заручник*",
        "freed": "звільнен* звільнил* врятован* евакуйован* втекл* втік",
        "wanted": "розшуку*",
    },
    "pl": {
        "held": "przetrzymywan* porwan* uprowadzon*",
        "freed": "uwolnion* uratowan* ewakuowan* zbiegł*",
        "wanted": "poszukiwan*",
    },
    "tr": {
        "held": "rehin* alıkon* kaçırıl*",
        "freed": "kurtarıl* serbest_bırakıl* tahliye*",
        "wanted": "aranan*",
    },
}


@cache
def _fates(language: str) -> tuple[tuple[str, str], ...]:
    """(fate, words) of ``language``: its own table with the casualty kinds; () if unknown."""
    own = _WORDS.get(language)
    if own is None:
        return ()
    kinds = tuple((k, kind_words(language, k)) for k in KINDS)
    return tuple((fate, words) for fate, words in (*own.items(), *kinds) if words)


def fate_of(text: str, number: Number, noun: str, language: str) -> str:
    """What befell what ``number`` counts ("held", "freed", "dead", …), read from its own
    clause (module doc); "" when the clause names no fate or several, or no table reads it.

    A sentence of an article in a language with no table (Chinese, Arabic …) is read in the
    language CLD2 reliably names for it, when that has a table: an English wire caption
    inside a Chinese page is English (:func:`~briefing.corpus.language.paragraph_languages`,
    which names a language only where it clearly differs from the article's)."""
    fates = _fates(language)
    if not fates:
        language = _own_language(text, language)
        fates = _fates(language)
    if not fates:
        return ""
    before = clause(text[: number.start][::-1], language, _BEFORE, reverse=True)
    after = clause(text[number.end :], language, _AFTER)
    if noun and noun in after:  # the noun itself may be a casualty word ("rehenes muertos")
        after = after.replace(noun, " ", 1)
    words = f"{before} {after}"
    found = {fate for fate, listed in fates if word_matcher(listed).search(words)}
    return found.pop() if len(found) == 1 else ""


def other_fates(a: str, b: str) -> bool:
    """Whether two counts' fates are both known and differ: two quantities, never compared."""
    return bool(a) and bool(b) and a != b


@lru_cache(maxsize=4096)
def _own_language(text: str, language: str) -> str:
    """The language a sentence is plainly in when it is not ``language``, else ``language``."""
    from briefing.corpus.language import paragraph_languages  # deferred: CLD2, rarely asked

    return paragraph_languages([text], language)[0] or language
