"""A company's class noun before its name in other languages: "el banco Rivamar", "банк Rivamar".

English text says what a name is with a common noun beside it ("the bank Rivamar", "grid
operator Elering": :data:`~.lexicon.DESCRIPTORS`, read by :func:`~.patterns.descriptor`).
The other languages do the same, with their own nouns, and put the noun first: "el banco
Rivamar", "la société Rivamar", "la compagnia Rivamar", "das Unternehmen Rivamar", "компания
Rivamar". Without the cue a firm that shares its name with a town (a bank named after its
city) is read as the town: the gazetteer knows the town, nothing says "bank".

No installed package translates common nouns (wordfreq counts words, stopwords-iso lists
function words, pymorphy3 parses Russian and Ukrainian forms but gives no meaning), so the
nouns are a short list per language: the words for the organisation classes of
:data:`~.lexicon.DESCRIPTORS` (bank, company, firm, operator, insurer, airline, carmaker,
manufacturer, broadcaster, newspaper, agency, party), each in its dictionary form and
plural. A Russian or Ukrainian noun is read by its lemma (pymorphy3: "банка", "компанией").
The noun must stand right before the name: a noun one word away ("compagnia aerea X") or
a list after it ("el banco X y Y") says nothing about the other names.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

from briefing.model import Article, Topic
from briefing.topics.candidates import Occurrence
from briefing.topics.lexicon import words
from briefing.topics.tokens import Token

__all__ = ["class_before", "class_noun", "class_noun_before", "firm_towns", "named_firm"]

#: The last word before a name, one space between.
_LAST_WORD = re.compile(r"(?<![\w’'])([^\W\d_]+) $")

#: Organisation nouns that stand before a firm's name, per language (see the docstring).
_NOUNS: dict[str, frozenset[str]] = {
    "en": words("bank company firm operator insurer airline carmaker lender"),
    "es": words(
        """banco bancos compañía compañías empresa empresas firma aerolínea aseguradora
        operadora fabricante automotriz diario periódico agencia partido"""
    ),
    "pt": words(
        """banco bancos companhia companhias empresa empresas firma operadora seguradora
        fabricante montadora jornal agência partido"""
    ),
    "fr": words(
        """banque banques société sociétés entreprise entreprises firme compagnie
        opérateur assureur constructeur fabricant journal quotidien agence parti"""
    ),
    "it": words(
        """banca banche società azienda aziende impresa compagnia operatore assicuratore
        costruttore produttore quotidiano giornale agenzia partito"""
    ),
    "de": words(
        """bank unternehmen firma konzern betreiber versicherer fluggesellschaft autobauer
        hersteller zeitung agentur partei"""
    ),
    "ru": words(
        """банк компания фирма оператор авиакомпания страховщик автопроизводитель
        производитель концерн газета агентство партия"""
    ),
    "uk": words(
        """банк компанія фірма оператор авіакомпанія страховик виробник концерн газета
        агенція агентство партія"""
    ),
}


def class_before(tokens: list[Token], first: int, language: str) -> bool:
    """Whether the word right before ``tokens[first]`` is a firm's class noun of
    ``language`` (see the module's docstring)."""
    if first == 0 or tokens[first].start - tokens[first - 1].end != 1:
        return False  # one space: no comma, no line between
    return class_noun(tokens[first - 1].lower, language)


def class_noun_before(text: str, start: int, language: str) -> bool:
    """Whether the word right before ``start`` in ``text``, one space between, is a firm's
    class noun of ``language``."""
    found = _LAST_WORD.search(text, max(0, start - 40), start)
    return found is not None and class_noun(found.group(1).casefold(), language)


def named_firm(topic: Topic, articles: Sequence[Article]) -> bool:
    """Whether some article writes ``topic`` right after a firm's class noun of its
    language ("el banco Rivamar"): a town's name so written is the firm's, whatever town
    of the packet's countries it also is (:mod:`.local_towns`)."""
    by_id = {a.id: a for a in articles}
    for mention in topic.mentions:
        article = by_id.get(mention.article_id)
        if article is None or mention.span.paragraph >= len(article.paragraphs):
            continue
        paragraph = article.paragraphs[mention.span.paragraph]
        language = paragraph.language or article.language or ""
        if class_noun_before(paragraph.text, mention.span.start, language):
            return True
    return False


def class_noun(word: str, language: str) -> bool:
    nouns = _NOUNS.get(language)
    if nouns is None:
        return False
    if word in nouns:
        return True
    if language in ("ru", "uk") and word.isalpha():
        from briefing.topics.languages import lemma

        return lemma(word) in nouns
    return False


def firm_towns(
    names: Iterable[tuple[str, Occurrence, bool]], place: Callable[[str], str | None]
) -> frozenset[str]:
    """The surfaces read as a firm's name (``names``: the first pass's kind guesses) that
    the gazetteer (``place``) knows as a town or region, no country: the first pass types a
    known place a firm only on a cue such as a class noun before it, and that cue holds for
    the briefing's other uses of the same name ("el banco Rivamar" beside a list "Norbanco
    y Rivamar"), which the gazetteer alone would read as the town."""
    from briefing.topics.multilingual_gazetteer import capitals

    countries = capitals()
    found: set[str] = set()
    for kind, occ, _attested in names:
        if kind != "organisation" or occ.surface in found:
            continue
        town = place(occ.surface)
        if town is not None and town not in countries:
            found.add(occ.surface)
    return frozenset(found)
