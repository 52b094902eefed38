"""One capitalised word after a firm's class noun is that firm's name, in one article too.

A bare capitalised word mid-sentence that no dictionary knows is read as a surname, and a
surname one language writes once or twice is too weak a cue to list (a quoted title, a
sentence's emphasis, a foreign common noun). The class noun before it is a stronger one:
"le constructeur Rivolet", "la empresa Rivolet", "компания Ротан" say what the word is,
as English "the carmaker Rivolet" does (:func:`~.patterns.descriptor`). The nouns are
:mod:`.class_before`'s (bank, company, carmaker, airline, newspaper, agency, party ...).

French, Spanish, Italian and Portuguese put the adjective after the noun, so one lower-case
word may stand between: "le constructeur automobile Rivolet", "la compañía aérea Rivolet".
That word must be no function word ("l'entreprise que Rivolet", "la banque de Rivolet" say
nothing of Rivolet), and the spacing one plain space each side (no comma, no line).

German writes the class noun as a compound's tail ("die IT-Sicherheitsfirma Rivolet",
"der Autokonzern Rivolet"): a compound closed by a noun that names a trade (firm, company,
group, maker, operator, insurer) is one too; "-bank" and "-partei" are not, as they also
close a body's own name before its region ("Volksbank Oberland").

The word itself must be none the reader knows otherwise: no weekday or month ("prices
held firm Tuesday"), no known place (a town's name after a class noun is
:mod:`.class_before`'s case, kept apart), no given name and no person's name the
morphology knows ("l'agence Anna", "оператор Петров": a person at a firm), and in a
language whose class nouns double as verbs (Spanish and Portuguese "firma", signs) the noun
reads as one only after an article or a determiner ("la firma X", not "que firma X").

The press's own nouns (newspaper, daily, agency) license nothing here: "selon l'agence
Rivolet", "al diario Rivolet" name the text's source, which the panel lists only when the
story is about it (:mod:`.own_credits`, :mod:`.cited_credits` judge those), and a
dozen-article packet cites its sources far more often than it writes about a newspaper.
"""

from __future__ import annotations

from collections.abc import Callable, Container

from briefing.given_name_table import given_name
from briefing.topics.class_before import class_noun
from briefing.topics.date_runs import _bare, date_words
from briefing.topics.languages import latin, name_kind
from briefing.topics.lexicon import words
from briefing.topics.tokens import Token

__all__ = ["classed_word"]

#: Languages that put the adjective after the noun (one word may stand between).
_ADJECTIVE_AFTER = frozenset({"fr", "es", "it", "pt"})

#: Class nouns that are also a common verb form in their language ("firma": signs,
#: "parti": left), and the articles and determiners that make them the noun.
_VERB_TOO: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "es": (words("firma"), words("la una esta esa aquella su nuestra dicha")),
    "pt": (words("firma"), words("a uma esta essa aquela sua nossa")),
    "fr": (words("parti"), words("le un ce cet son notre leur du au")),
}


#: German class nouns that close a compound naming a firm's trade ("Sicherheitsfirma",
#: "Autokonzern", "Chiphersteller"); not "-bank" nor "-partei", which also close a body's
#: own name before its region ("Volksbank Oberland"), nor the press's nouns.
_COMPOUND_TAILS = ("firma", "unternehmen", "konzern", "hersteller", "betreiber", "versicherer")


def classed_word(
    tokens: list[Token],
    chunk: tuple[int, int],
    word: Token,
    language: str,
    function: Container[str],
    place: Callable[[str], str | None],
) -> bool:
    """Whether ``word``, the one word the run of capitals ``tokens[chunk[0]:chunk[1] + 1]``
    keeps as a name (a German class noun before it is cut off), is a firm's name by the
    class noun before it (see the module's docstring)."""
    run = tokens[chunk[0] : chunk[1] + 1]
    if word not in run:
        return False  # a glued or trimmed form ("l'X"): no token of the text
    first = chunk[0] + run.index(word)
    noun = _noun_before(tokens, first, language, function)
    if noun is None:
        return False
    if _media(tokens[noun].lower, language):
        return False
    verbs, determiners = _VERB_TOO.get(language, (frozenset(), frozenset()))
    if tokens[noun].lower in verbs and (noun == 0 or tokens[noun - 1].lower not in determiners):
        return False
    return _name_like(tokens[first], language, place)


def _name_like(word: Token, language: str, place: Callable[[str], str | None]) -> bool:
    """``word`` can be a firm's one-word name: none the reader knows as something else."""
    text = word.text
    return not (
        not text.isalpha()
        or word.acronym
        or _bare(word.lower) in date_words(language)  # "prices held firm Tuesday"
        or place(text) is not None
        or given_name(text)
        or given_name(latin(text))
        or name_kind(text) == "person"
    )


#: The press's own class nouns (newspaper, daily, agency), in the languages of
#: :mod:`.class_before`: what follows them is mostly the text's source, not its subject.
_MEDIA = words(
    """newspaper agency diario diarios periódico periódicos agencia jornal agência journal
    quotidien agence quotidiano giornale agenzia zeitung agentur газета агентство агенція"""
)


def _media(noun: str, language: str) -> bool:
    """Whether ``noun`` is one of the press's class nouns (:data:`_MEDIA`)."""
    if noun in _MEDIA:
        return True
    if language in ("ru", "uk") and noun.isalpha():
        from briefing.topics.languages import lemma

        return lemma(noun) in _MEDIA
    return False


def _noun_before(
    tokens: list[Token], first: int, language: str, function: Container[str]
) -> int | None:
    """The index of the class noun before ``tokens[first]``: right before it, or, in a
    language that puts adjectives after nouns, one lower-case content word before."""
    if not _spaced(tokens, first):
        return None
    before = tokens[first - 1].lower
    if class_noun(before, language) or (language == "de" and before.endswith(_COMPOUND_TAILS)):
        return first - 1
    if language not in _ADJECTIVE_AFTER or not _spaced(tokens, first - 1):
        return None
    between = tokens[first - 1]
    if not (between.text.isalpha() and between.text.islower()) or between.lower in function:
        return None
    return first - 2 if class_noun(tokens[first - 2].lower, language) else None


def _spaced(tokens: list[Token], k: int) -> bool:
    """``tokens[k - 1]`` and ``tokens[k]`` stand one space apart."""
    return k > 0 and tokens[k].start - tokens[k - 1].end == 1
