"""Which term in office a head of government or state is serving: "returned as Prime Minister
for the fourth time" against "il premier è al terzo mandato".

How many times a leader has held the office is one fact about one person, told as an ordinal
beside a word for a term ("fourth term", "terzo mandato", "vierte Amtszeit", "третий срок",
"trzecia kadencja") or as "for the Nth time" beside the office ("premier ministre pour la
quatrième fois", "zum vierten Mal Regierungschef"). The figure comparison counts things and
never reads an ordinal, and nouns are not compared across languages; here the ordinal is read
in each language (num2words' ordinals, any ending: "terza", "dritten", "третьем") and tied to
the office by the title written in its sentence (:mod:`.office_starts`' top-office titles), so
two languages meet through the office, not through a translated noun.

Read only when all of these hold, each for precision:

- the ordinal is second to ninth ("first term" is as often the earlier one: "during his first
  term"), right before the term word (one word may come between: "third consecutive term"),
  or inside "for the Nth time";
- the sentence writes one top-office title, not made former by the word before it ("former
  prime minister", "ex-premier", "бывший"), nor another body's ("club president": a
  lower-case word before it that is no function word), nor beginning a name ("Premier
  League": a capitalised word after it that is no given name or surname of the packet);
- "for the Nth time" is right beside the title ("as Prime Minister for the fourth time",
  "zum vierten Mal Kanzler"), not told of a visit ("visited Kyiv for the third time");
- the sentence writes no year (a dated term is a past one: "his second term, from 2006 to
  2010");
- nothing in it asks for or seeks a term ("seeking a third term", "punta al quarto mandato",
  "could win a fourth term"): a term sought is no term served.

The person is the surname of the packet (written after a given name somewhere, in any script:
:mod:`.prison_terms`) that the sentence names; a sentence naming none speaks of the office
alone, and is taken for the one person whose term the packet reads for that office (two such
people: it is left out). An article giving one person two ordinals is left out for them; two
articles that give one person two different ordinals disagree.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from functools import cache

from num2words import num2words

from briefing.analysis.model import Claim, Discrepancy, Quote
from briefing.analysis.office_starts import top_office_titles
from briefing.analysis.prison_terms import named_surnames, packet_surnames
from briefing.analysis.spelling import name_pairs_of
from briefing.analysis.text import language_of, sentences
from briefing.given_name_table import given_name
from briefing.model import Article, Span
from briefing.topics.languages import function_words
from briefing.topics.lexicon import STOPWORDS

#: The ordinals read: second to ninth.
_ORDINALS = range(2, 10)
#: A word for a term in office, per language (an ordinal right before it).
_TERM: dict[str, str] = {
    "en": r"terms?\b", "fr": r"mandats?\b", "es": r"mandatos?\b", "pt": r"mandatos?\b",
    "it": r"mandat[oi]\b", "de": r"Amtszeit\b", "nl": r"ambtstermijn\b",
    "ru": r"срок\w{0,2}\b", "uk": r"(?:термін|строк|каденці)\w{0,2}\b", "pl": r"kadencj\w{0,2}\b",
    "tr": r"(?:dönem|görev dönem)\w{0,3}\b",
}  # fmt: skip
#: "For the Nth time" per language ({} is the ordinal).
_TIME: dict[str, str] = {
    "en": r"for (?:a|the) {} time\b", "fr": r"pour la {} fois\b", "es": r"por (?:la )?{} vez\b",
    "pt": r"pela {} vez\b", "it": r"per la {} volta\b", "de": r"zum {} Mal\b",
    "nl": r"voor de {} keer\b", "ru": r"в {} раз\b", "uk": r"(?:в|у) {} раз\b",
    "pl": r"po raz {}", "tr": r"{} kez\b",
}  # fmt: skip
#: Words that make the title another person's or a past one ("former prime minister").
_FORMER = re.compile(
    r"(?i)(?:\b(?:former|ex|ancien|ancienne|ehemalige\w*|früher\w*|expremier|exprimer|"
    r"antiguo|antigua|ex-|były|była|eski|колишн\w*)|бывш\w*)[\s-]*$"
)
#: Words of a sentence that seeks, asks for or foresees a term: no term served.
_SEEKS: dict[str, str] = {
    "en": r"\b(?:seek\w*|bid|run(?:s|ning)? for|aim\w*|could|would|may|might|will|win)\b",
    "fr": r"\b(?:brigu\w*|vis\w*|pourrai\w*|candidat\w*|obtenir)\b",
    "es": r"\b(?:busca\w*|aspira\w*|podría\w*|candidat\w*|lograr)\b",
    "pt": r"\b(?:busca\w*|aspira\w*|poderia\w*|candidat\w*|conquistar)\b",
    "it": r"\b(?:punta\w*|cerca\w*|aspira\w*|potrebbe\w*|candidat\w*|conquistare)\b",
    "de": r"\b(?:streb\w*|anstreb\w*|könnte\w*|bewirbt|kandidier\w*|will|würde)\b",
    "nl": r"\b(?:streeft|zou|kandida\w*|wil)\b",
    "ru": r"(?:добива\w*|претенду\w*|может|мог\w*|баллотир\w*)",
    "uk": r"(?:претенду\w*|може|міг\w*|балот\w*)",
    "pl": r"\b(?:ubiega\w*|mógłby|może|kandyd\w*)\b",
    "tr": r"(?:aday\w*|hedefl\w*|isti\w*)",
}
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")


def term_paragraphs(articles: Sequence[Article]) -> list[tuple[int, int, str]]:
    """(article, paragraph, language) of each paragraph that may tell a term, by their
    indexes (most paragraphs do not): looked for apart from the judging, which needs the
    packet's names, so that it can run while the names are read (:mod:`.discrepancies`)."""
    return [
        (number, index, language)
        for number, article in enumerate(articles)
        for index, paragraph in enumerate(article.paragraphs)
        if (language := language_of(paragraph.language, article.language)) in _TERM
        and _might_tell(paragraph.text, language)
    ]


def term_count_discrepancies(
    articles: Sequence[Article],
    names: Sequence[Sequence[tuple[str, str]]] | None = None,
    paragraphs: Sequence[tuple[int, int, str]] | None = None,
) -> list[Discrepancy]:
    """Two ordinals of one leader's term in office across articles (module docstring);
    ``names``: each article's :func:`.spelling.name_pairs_of`, if already read;
    ``paragraphs``: :func:`term_paragraphs`, if already looked for."""
    told: list[tuple[str, str, str | None, int, Quote, str]] = []  # article, office, who, n
    people: dict[str, str] | None = None
    if paragraphs is None:
        paragraphs = term_paragraphs(articles)
    for number, index, language in paragraphs:
        article = articles[number]
        paragraph = article.paragraphs[index]
        if people is None:
            if names is None:
                names = [name_pairs_of(a) for a in articles]
            people = packet_surnames(names)
        for sentence in sentences(paragraph.text, language):
            read = _told(sentence.text, language, people)
            if read is None:
                continue
            office, ordinal, phrase = read
            named = {s for _, s in named_surnames(sentence.text, people)}
            if len(named) > 1:
                continue  # two people: whose term it is, the sentence must say
            span = Span(index, sentence.start, sentence.end)
            quote = Quote(article.id, article.source, span, sentence.text)
            who = named.pop() if named else None
            told.append((article.id, office, who, ordinal, quote, phrase))
    return _judge(told, people or {})


def _judge(
    told: list[tuple[str, str, str | None, int, Quote, str]], people: dict[str, str]
) -> list[Discrepancy]:
    named: dict[str, set[str]] = defaultdict(set)
    for _, office, who, *_ in told:
        if who is not None:
            named[office].add(who)
    keyed: dict[tuple[str, str | None], list[tuple[str, int, Quote, str]]] = defaultdict(list)
    for article_id, office, who, ordinal, quote, phrase in told:
        if who is None and len(named[office]) > 1:
            continue  # the office alone, and two people read in it
        person = who if who is not None else next(iter(named[office]), None)
        keyed[(office, person)].append((article_id, ordinal, quote, phrase))
    found = []
    for (office, person), reads in sorted(keyed.items(), key=lambda item: str(item[0])):
        given: dict[str, set[int]] = defaultdict(set)
        for article_id, ordinal, _, _ in reads:
            given[article_id].add(ordinal)
        by_value: dict[int, list[tuple[Quote, str]]] = defaultdict(list)
        for article_id, ordinal, quote, phrase in reads:
            if len(given[article_id]) == 1:
                by_value[ordinal].append((quote, phrase))
        if not 2 <= len(by_value) <= 3:
            continue
        claims = tuple(
            Claim(f"{_english(n)} ({quotes[0][1]})", tuple(q for q, _ in quotes))
            for n, quotes in sorted(by_value.items(), key=lambda item: (-len(item[1]), item[0]))
        )
        whose = f"as {office} {people[person]}" if person is not None else f"the {office}"
        found.append(
            Discrepancy(
                "figure",
                f"which term {whose} is serving",
                claims,
                note="one leader's term in office, given as two different ordinals",
            )
        )
    return found


def _told(
    sentence: str, language: str, people: dict[str, str] | None = None
) -> tuple[str, int, str] | None:
    """(office, ordinal, phrase as written) of a term in office ``sentence`` states, or None
    (module docstring)."""
    titles = [
        t
        for t in top_office_titles(sentence, language)
        if _the_office(sentence, t, language, people)
    ]
    if len(titles) != 1 or _YEAR.search(sentence):
        return None
    if re.search(_SEEKS[language], sentence, re.IGNORECASE):
        return None
    start, end, office = titles[0]
    ordinals = _ordinal_pattern(language)
    found: list[tuple[int | None, re.Match[str]]] = []
    term = rf"\b(?P<o>{ordinals})\s+(?:[^\W\d_]+\s+)?{_TERM[language]}"
    for match in re.finditer(term, sentence, re.IGNORECASE):
        found.append((_ordinal_of(match.group("o"), language), match))
    time = _TIME[language].format(rf"(?P<o>{ordinals})")
    for match in re.finditer(rf"(?i)\b{time}", sentence):
        # "for the fourth time" says nothing of a term unless the office is right beside it
        # ("returned as Prime Minister for the fourth time", "zum vierten Mal Kanzler"), not
        # of a visit ("the prime minister visited Kyiv for the third time").
        after = re.fullmatch(r"[\s,]*", sentence[end : match.start()])
        before = re.fullmatch(r"\s+(?:[^\W\d_]{1,3}\s+)?", sentence[match.end() : start])
        if after or before:
            found.append((_ordinal_of(match.group("o"), language), match))
    values = {n for n, _ in found if n is not None}
    if len(values) != 1:
        return None
    (ordinal,) = values
    return office, ordinal, found[0][1].group(0)


def _the_office(
    sentence: str, title: tuple[int, int, str], language: str, people: dict[str, str] | None
) -> bool:
    """Whether a title is a top office itself: not made former ("former prime minister"),
    nor another body's ("club president": a lower-case word before it that is no function
    word), nor a name it begins ("Premier League": a capitalised word after it that is no
    given name nor a surname of the packet: ``people``)."""
    start, end, _ = title
    if _FORMER.search(sentence[max(0, start - 20) : start]):
        return False
    before = re.search(r"([^\W\d_]+)\W*$", sentence[:start])
    if before and before[1].islower() and before[1].casefold() not in _function_words(language):
        return False
    after = re.match(r"\s+([^\W\d_]+(?:\s+[^\W\d_]+){0,2})", sentence[end:])
    if after is None or not after[1][0].isupper() or given_name(after[1].split()[0]):
        return True
    return bool(people) and bool(named_surnames(after[1], people or {}))


@cache
def _stems(language: str) -> dict[str, int]:
    """The stem of each ordinal of ``language`` (num2words' masculine form less its last one
    or two letters: "terz", "dritt", "трет"), so that every gender and case ending matches."""
    found = {}
    for n in _ORDINALS:
        word = num2words(n, to="ordinal", lang=language).casefold().replace("ё", "е")
        keep = max(len(word) - (1 if len(word) <= 5 else 2), 4) if language != "en" else len(word)
        found[word[:keep]] = n
    return found


@cache
def _ordinal_pattern(language: str) -> str:
    stems = sorted(_stems(language), key=len, reverse=True)
    ending = "" if language == "en" else r"[^\W\d_]{0,4}"
    return "(?:" + "|".join(re.escape(s).replace("е", "[её]") for s in stems) + ")" + ending


def _ordinal_of(word: str, language: str) -> int | None:
    """The ordinal ``word`` writes, or None: a cardinal a stem also begins ("vier", "acht":
    "vier Amtszeiten" are four terms) is no ordinal."""
    folded = word.casefold().replace("ё", "е")
    if folded in _cardinals(language):
        return None
    hits = [n for stem, n in _stems(language).items() if folded.startswith(stem)]
    return hits[0] if len(hits) == 1 else None


def _might_tell(text: str, language: str) -> bool:
    return bool(re.search(_TERM[language], text, re.IGNORECASE)) or bool(
        re.search(_TIME[language].format(r"\w+"), text, re.IGNORECASE)
    )


@cache
def _function_words(language: str) -> frozenset[str]:
    return STOPWORDS if language == "en" else function_words(language)


@cache
def _cardinals(language: str) -> frozenset[str]:
    return frozenset(num2words(n, lang=language).casefold() for n in range(1, 21))


@cache
def _english(n: int) -> str:
    return str(num2words(n, to="ordinal", lang="en"))
