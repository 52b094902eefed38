"""A date that is only the term of a condition or an ultimatum dates no event.

"If the firm does not pay by 15 May, the price will double", "Si la empresa no paga para el
15 de mayo, …", "Si la société ne paie pas d'ici le 15 mai, …", "Wenn die Firma nicht bis
zum 15. Mai zahlt, …": the day is a term a threat or a condition sets, not a day anything
happened, and the timeline must not show it as an event. :mod:`.forecasts` reads the
future of the date's own clause ("will pay by 15 May"); the protasis of a condition is in
the present ("does not pay"), its future in the clause after it, so it needs a rule of its
own. Two shapes, read from grammar (closed classes of words), never from a story's words:

- **a condition's deadline**: the language's "if" ("if", "si", "wenn", "falls", "если",
  "jeśli") opens the clause that holds the date, with no punctuation between them, and a
  deadline word stands right before the date ("by", "before", "para el", "d'ici le",
  "bis zum", "до", "entro il"). "By 15 May they had paid" (no "if") and "if anything, it
  had slowed by 15 May" (a comma between) stay events; so does a condition on a plain day
  ("if 15 May was bad, 16 May was worse": no deadline word);
- **a deadline noun**: the language's "deadline" or "ultimatum" right before the date, at
  most a preposition and an article between ("a deadline of 15 May", "el plazo del 15 de
  mayo", "die Frist bis zum 15. Mai", "срок до 15 мая"), in a clause that speaks of the
  future (:func:`.forecasts.speaks_of_future`) — "the deadline of 15 May will not be
  extended". "The deadline expired on 15 May" (the noun is not before the date) and "the
  deadline of 15 May passed" (the past) stay events.

"Even if" ("même si", "anche se", "auch wenn") often concedes a fact, so it counts as no
condition. Italian and Portuguese "se" is also a pronoun ("se ne andò", "a empresa se
comprometeu"): it counts as "if" only before a word a pronoun never precedes in Portuguese
(an article, a subject pronoun, "não") and never before another clitic in Italian; French
"si" before an adjective is "so" ("si rapide"), so it counts only before an article, a
pronoun or a name. A language without its words here (Chinese, Japanese, Korean and Arabic
mark a condition with endings and particles this module does not read) marks nothing.
"""

from __future__ import annotations

import re

from briefing.analysis.forecasts import speaks_of_future
from briefing.analysis.text import word_set

_WORD = re.compile(r"[^\W\d_][\w'’]*")
#: What ends a conditional clause before the date: punctuation, a dash, quotes.
_CLAUSE_END = re.compile(r"[,;:.!?()\[\]—–«»“”„\"]|\s-\s")

#: The language's "if" and "unless" (a closed class).
_IF: dict[str, frozenset[str]] = {
    "en": word_set("if unless"),
    "fr": word_set("si s'il s'ils s’il s’ils"),
    "es": word_set("si"),
    "ca": word_set("si"),
    "it": word_set("se"),
    "pt": word_set("se caso"),
    "de": word_set("wenn falls sofern"),
    "nl": word_set("indien tenzij"),
    "ru": word_set("если ежели"),
    "uk": word_set("якщо"),
    "pl": word_set("jeśli jeżeli"),
}
#: Words before "if" that make it "even if", "même si", "anche se", "auch wenn": often a
#: concession of a fact ("même si la société a payé avant le 15 mai"), so no condition.
_CONCESSIVE = word_set("even même anche auch selbst mesmo incluso aun aún даже навіть nawet zelfs")
#: Words after French "si" that make it "if": an article, a subject pronoun, a negation
#: ("si la société", "si elle", "si rien"); before an adjective or an adverb it is "so"
#: ("si rapide", "si tôt"). "s'il" is always "if"; a capitalised word (a name) counts too.
_FR_IF_NEXT = word_set(
    "le la les l' l’ un une des du ce cet cette ces son sa ses leur leurs elle elles on nous "
    "vous je tu aucun aucune personne rien"
)
#: Words after Italian "se" that make it a pronoun ("se ne", "se lo"), not "if".
_IT_CLITICS = word_set("ne lo la li le gli")
#: Words after Portuguese "se" that make it "if": a pronoun "se" goes before a verb, never
#: before an article, a subject pronoun or "não".
_PT_IF_NEXT = word_set("o a os as um uma não nenhum nenhuma ninguém ele ela eles elas eu nós")
#: Deadline words right before a date ("by", "para", "d'ici"), per language.
_BY: dict[str, frozenset[str]] = {
    "en": word_set("by before until till"),
    "fr": word_set("d'ici d’ici avant pour jusqu'au jusqu’au jusqu'à jusqu’à"),
    "es": word_set("para antes hasta"),
    "ca": word_set("per abans fins"),
    "it": word_set("entro prima fino"),
    "pt": word_set("até antes"),
    "de": word_set("bis spätestens vor"),
    "nl": word_set("tot uiterlijk vóór voor"),
    "ru": word_set("до к ко"),
    "uk": word_set("до"),
    "pl": word_set("do przed"),
}
#: Short words a deadline word may stand before the date with: articles, contractions and
#: the second word of a compound ("para el", "bis zum", "avant le", "fino al", "antes de").
_BETWEEN = word_set(
    "the le la l' l’ el del al de di il lo dal o a ao do da dia zum zur dem den der am het de van"
)
#: Nouns for a deadline or an ultimatum, per language.
_DEADLINE_NOUNS: dict[str, frozenset[str]] = {
    "en": word_set("deadline deadlines ultimatum"),
    "fr": word_set("délai ultimatum échéance limite"),
    "es": word_set("plazo ultimátum límite"),
    "it": word_set("scadenza ultimatum termine"),
    "pt": word_set("prazo ultimato limite"),
    "de": word_set("frist ultimatum stichtag"),
    "nl": word_set("deadline ultimatum termijn"),
    "ru": word_set("срок ультиматум"),
    "uk": word_set("термін строк ультиматум"),
    "pl": word_set("termin ultimatum"),
}
#: Prepositions between a deadline noun and its date ("deadline of", "plazo del", "Frist bis").
_OF = word_set("of for on de du del des di della per para pour von bis zum für van voor до на")


def threatened_term(sentence: str, start: int, end: int, language: str) -> bool:
    """True when the date phrase at ``start:end`` of ``sentence`` is only the term of a condition
    or of a deadline still to come (module doc). A language not listed gives False."""
    before = sentence[:start]
    words = [w.casefold() for w in _WORD.findall(before[-40:])]
    if _after_deadline_word(words, language) and _conditional(before, language):
        return True
    return _after_deadline_noun(words, language) and speaks_of_future(
        sentence, start, end, language
    )


def _after_deadline_word(words: list[str], language: str) -> bool:
    """Whether the words before the date end on a deadline word, with at most one short
    article or contraction after it ("para el", "bis zum", "d'ici le")."""
    by = _BY.get(language)
    if by is None or not words:
        return False
    if words[-1] in by:
        return True
    return len(words) >= 2 and words[-1] in _BETWEEN and words[-2] in by


def _after_deadline_noun(words: list[str], language: str) -> bool:
    """Whether a deadline noun stands right before the date, with at most a preposition and
    an article between ("deadline of", "plazo del", "Frist bis zum")."""
    nouns = _DEADLINE_NOUNS.get(language)
    if nouns is None:
        return False
    tail = words[-3:]
    for at in range(len(tail) - 1, -1, -1):
        if tail[at] in nouns:
            return all(w in _OF or w in _BETWEEN for w in tail[at + 1 :])
    return False


def _conditional(before: str, language: str) -> bool:
    """Whether the language's "if" opens the clause the date closes: it stands in the text
    before the date with no punctuation after it."""
    ifs = _IF.get(language)
    if ifs is None:
        return False
    ends = list(_CLAUSE_END.finditer(before))
    clause = before[ends[-1].end() :] if ends else before
    written = _WORD.findall(clause)
    for at, word in enumerate(w.casefold() for w in written):
        if word not in ifs or (at and written[at - 1].casefold() in _CONCESSIVE):
            continue
        if _is_if(word, written[at + 1] if at + 1 < len(written) else "", language):
            return True
    return False


def _is_if(word: str, after: str, language: str) -> bool:
    """Whether ``word`` of the "if" class, before the word ``after``, is "if" (module doc):
    Italian and Portuguese "se" and French "si" have other readings."""
    folded = after.casefold()
    if language == "it" and word == "se":
        return bool(after) and folded not in _IT_CLITICS
    if language == "pt" and word == "se":
        return folded in _PT_IF_NEXT
    if language == "fr" and word == "si":
        return folded in _FR_IF_NEXT or after[:1].isupper()
    return True
