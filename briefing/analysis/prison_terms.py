"""One person's prison term, given as different numbers of years by different outlets.

A court's sentence is one fact about one person, so two outlets that give the same person
different terms ("sentenced to 19 years" / "zu 16 Jahren Haft verurteilt" / "skazany na 16
lat więzienia") cannot both be right. The figure comparison of :mod:`.figures` counts things
and does not know whose sentence a number is; here the term is tied to a person, which is
what keeps two prisoners' sentences (each 16 years, or one 16 and one 25) apart:

- the **person** is a surname the packet writes after a given name somewhere ("Evan
  Gershkovich"; :func:`briefing.given_name_table.given_name`), matched in any script and
  case by its romanised skeleton (:func:`.spelling.transliterated`: "Гершковича" is
  "Gershkovich" declined);
- the **term** is a sentencing verb followed by a number of years, as each language writes
  it (:data:`_TERMS`); a sentence that asks for, risks or could bring a term (:data:`_HEDGES`)
  states no sentence and is skipped, and so is a term not written in digits;
- the term belongs to the surname nearest before it in the sentence ("Whelan war zu 16
  Jahren ... verurteilt"); a sentence that names nobody ("He had been sentenced to 19
  years") takes the first surname of the sentence before it in the paragraph, its subject
  as a rule. A sentence naming people only after the term is skipped.

An article that gives one person two terms (a sentence and its appeal) is left out for that
person; only articles that each state one term are compared.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from briefing.analysis.model import Claim, Discrepancy, Quote
from briefing.analysis.spelling import name_pairs_of, transliterated
from briefing.analysis.text import language_of, sentences
from briefing.given_name_table import given_name
from briefing.model import Article, Span

_YEARS = r"(\d{1,3})"
#: A sentencing verb, then the term in years, per language.
_TERMS = {
    "en": rf"\bsentenced to {_YEARS} years\b",
    "de": rf"\bzu {_YEARS} Jahren\b(?:\s+\S+){{0,6}}?\s+verurteilt",
    "fr": rf"\bcondamné(?:e|s|es)?\s+(?:\S+\s+){{0,3}}?à {_YEARS} ans\b",
    "es": rf"\bcondenad[oa]s?\s+(?:\S+\s+){{0,3}}?a {_YEARS} años\b",
    "pt": rf"\bcondenad[oa]s?\s+(?:\S+\s+){{0,3}}?a {_YEARS} anos\b",
    "it": rf"\bcondannat[oa]\s+(?:\S+\s+){{0,3}}?a {_YEARS} anni\b",
    "pl": rf"\bskazan\w*\s+(?:\S+\s+){{0,3}}?na {_YEARS} lat\b",
    "ru": rf"\bприговор\w*\s+(?:\S+\s+){{0,4}}?к {_YEARS} (?:год|лет)",
    "uk": rf"\bзасуд\w*\s+(?:\S+\s+){{0,4}}?до {_YEARS} (?:рок|літ)",
    "tr": rf"\b{_YEARS} yıl hapis cezas",
}
#: Words of a sentence that asks for, risks or might bring a term: no sentence stated.
_HEDGES = {
    "en": r"\b(?:could|may|might|would|faces?|facing|sought|seeks?|asked|demand\w*|request\w*)\b"
    r"|\bup to \d",
    "de": r"\b(?:fordert\w*|beantragt\w*|droh\w*|könnte\w*)\b|\bbis zu \d",
    "fr": r"\b(?:requis|requiert|pourrai\w*|risqu\w*)\b|\bjusqu'à \d",
    "es": r"\b(?:pid\w*|podría\w*|enfrenta\w*|solicit\w*)\b|\bhasta \d",
    "pt": r"\b(?:pediu|pede\w*|poderá|poderia\w*|enfrenta\w*)\b|\baté \d",
    "it": r"\b(?:chiest\w*|rischi\w*|potrebbe\w*)\b|\bfino a \d",
    "pl": r"\b(?:grozi\w*|może|żąda\w*|domaga\w*)\b|\bdo \d",
    "ru": r"(?:грозит|может|запрос\w*|просил\w*|\bдо \d)",
    "uk": r"(?:загрожує|може|вимага\w*|\bдо \d)",
    "tr": r"\b(?:talep|istedi\w*|istem\w*)\b|\d+ yıla kadar",
}
_WORD = re.compile(r"[^\W\d_][\w\-]*")


def prison_paragraphs(articles: Sequence[Article]) -> list[tuple[int, int, str]]:
    """(article, paragraph, language) of each paragraph that writes a prison term, by their
    indexes (most paragraphs do not): looked for apart from the judging, which needs the
    packet's names, so that it can run while the names are read (:mod:`.discrepancies`)."""
    return [
        (number, index, language)
        for number, article in enumerate(articles)
        for index, paragraph in enumerate(article.paragraphs)
        if (term := _TERMS.get(language := language_of(paragraph.language, article.language)))
        is not None
        and re.search(term, paragraph.text)
    ]


def prison_term_discrepancies(
    articles: Sequence[Article],
    names: Sequence[Sequence[tuple[str, str]]] | None = None,
    paragraphs: Sequence[tuple[int, int, str]] | None = None,
) -> list[Discrepancy]:
    """Different prison terms for one person across articles (module doc); ``names``: each
    article's :func:`.spelling.name_pairs_of`, if already read (:mod:`.findings`);
    ``paragraphs``: :func:`prison_paragraphs`, if already looked for."""
    if names is None:
        names = [name_pairs_of(article) for article in articles]
    people = packet_surnames(names)
    if not people:
        return []
    # skeleton → years → quotes; skeleton → article → years
    terms: dict[str, dict[int, list[Quote]]] = defaultdict(lambda: defaultdict(list))
    given: dict[str, dict[str, set[int]]] = defaultdict(lambda: defaultdict(set))
    if paragraphs is None:
        paragraphs = prison_paragraphs(articles)
    for number, index, language in paragraphs:
        article = articles[number]
        paragraph = article.paragraphs[index]
        term = _TERMS[language]
        previous: str | None = None
        for sentence in sentences(paragraph.text, language):
            named = named_surnames(sentence.text, people)
            for match in re.finditer(term, sentence.text):
                if re.search(_HEDGES[language], sentence.text):
                    break
                before = [skeleton for at, skeleton in named if at < match.start()]
                whose = before[-1] if before else (previous if not named else None)
                if whose is None:
                    continue
                years = int(match.group(1))
                span = Span(index, sentence.start, sentence.end)
                quote = Quote(article.id, article.source, span, sentence.text)
                terms[whose][years].append(quote)
                given[whose][article.id].add(years)
            previous = named[0][1] if named else None
    found = []
    for skeleton, by_years in sorted(terms.items()):
        twice = {a for a, years in given[skeleton].items() if len(years) > 1}
        kept = {
            years: tuple(q for q in quotes if q.article_id not in twice)
            for years, quotes in by_years.items()
        }
        kept = {years: quotes for years, quotes in kept.items() if quotes}
        if len(kept) < 2:
            continue
        claims = tuple(
            Claim(f"{years} years", quotes)
            for years, quotes in sorted(kept.items(), key=lambda item: (-len(item[1]), item[0]))
        )
        found.append(
            Discrepancy(
                "figure",
                f"{people[skeleton]}'s prison sentence",
                claims,
                note="one person's prison term, given in different numbers of years",
            )
        )
    return found


def packet_surnames(names: Sequence[Sequence[tuple[str, str]]]) -> dict[str, str]:
    """Skeleton → surname as first written, for each surname written after a given name."""
    found: dict[str, str] = {}
    for pairs in names:
        for first, last in pairs:
            if given_name(first) and len(transliterated(last)) >= 4:
                found.setdefault(transliterated(last), last)
    return found


def named_surnames(text: str, people: dict[str, str]) -> list[tuple[int, str]]:
    """(offset, skeleton) of each capitalised word of ``text`` that is one of ``people``'s
    surnames in any script or case (its skeleton is the surname's, or it plus an ending of
    up to three letters)."""
    found = []
    for match in _WORD.finditer(text):
        word = match.group()
        if not word[0].isupper():
            continue
        plain = transliterated(word)
        for cut in range(len(plain), max(len(plain) - 4, 3), -1):
            if plain[:cut] in people:
                found.append((match.start(), plain[:cut]))
                break
    return found
