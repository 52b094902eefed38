"""A ministry named through its minister: "Energy Minister", "ministre turc de l'Énergie",
"Energieminister", "ministro de Energía", "Enerji ve Tabii Kaynaklar Bakanı", "министра
энергетики", "能源部長", "エネルギー天然資源相", "وزير الطاقة".

News names a government department mostly by its minister's title, and each language writes
the title its own way (a compound in German, a genitive in Russian, a suffix in Chinese and
Japanese, a title after the portfolio in Turkish). The person is a topic of their own; the
office is one too when several sources write it, and only its portfolio word ("energy",
"Energie", "энергетики", "الطاقة") says it is the same office across languages. Here the
title's words and a closed vocabulary of portfolios (the departments most governments have:
interior, foreign affairs, defence, finance, economy, health, justice, culture, transport,
education, agriculture, environment, energy), per language, make one organisation of every
such use:

* a portfolio is a topic when :data:`MIN_ARTICLES` articles or more write its title, and
  either one article in :data:`SHARE` of the packet does (an office a third of the sources
  write is an actor of the story: the minister who speaks for the government; a title a
  few sources write is a detail of their accounts), or the texts also name the department
  as a body ("French Interior Ministry", "the culture ministry", "Kulturministerium"),
  which the title's uses then join;
* a portfolio whose title stands before two different holders in the packet ("Bahraini
  Foreign Minister X", "UAE Foreign Minister Y") is two countries' (or two governments')
  offices under one word, and no topic: the holder is the name written right after the title,
  two capitalised words or more compared by their words, diacritics folded (a holder in
  another script, or a surname alone, cannot be compared and does not count against);
* an organisation the first pass read out of the title alone ("Innenminister" as a name)
  is the same office: it is folded in, so the office is one topic; a portfolio read out of
  a title as a name ("Relaciones Exteriores" of "ministro de Relaciones Exteriores de
  Norlandia") is dropped, the office a topic or not by the rules above (:mod:`.title_pieces`).

The names of persons that hold a title ("Tabi Kaynaklar Bakanı Taner Yıldız") are not
changed here. A language with no patterns here adds nothing.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Mapping, MutableMapping, Sequence

from briefing.topics.candidates import Occurrence
from briefing.topics.ministry_titles import CUES, MINISTRY, PATTERNS, PORTFOLIOS
from briefing.topics.rank_cluster import Cluster, name_of
from briefing.topics.title_pieces import title_pieces

#: A portfolio's uses must come from this many articles to make it a topic.
MIN_ARTICLES = 3
#: ... and, unless the texts also name the ministry itself as a body, from one article in
#: this many of the packet: a title few of the sources write is a detail of their accounts.
SHARE = 3
#: A holder's name right after the title: capitalised words and the small words names hold
#: ("Taner Yildiz", "Abdullah bin Zayed", "Abdullatif al-Zayani").
_HOLDER = re.compile(
    r"[\s,]*((?:(?:[A-ZÀ-ÖØ-ÞĀ-ſ][\w'’]*|(?:bin|ibn|al|el|de|da|di|van|von)(?=[\s-]))[\s-]?){1,5})"
)
_POSSESSIVE = re.compile(r"['’].*$")


def _portfolio(word: str, words: Mapping[str, str], flags: int) -> str | None:
    for key, form in words.items():
        if re.fullmatch(form, word, flags):
            return key
    return None


def _holder(text: str, end: int) -> frozenset[str]:
    """The capitalised words of the name written right after a title, folded; empty when
    fewer than two are (one capitalised word may be a German noun, "Frankreichs", or a
    surname alone: too little to tell two holders apart)."""
    found = _HOLDER.match(text, end)
    if found is None:
        return frozenset()
    words = set()
    for word in re.split(r"[\s-]+", found.group(1)):
        if not word[:1].isupper():
            continue
        bare = _POSSESSIVE.sub("", word).replace("ı", "i")
        folded = unicodedata.normalize("NFKD", bare.casefold())
        words.add("".join(c for c in folded if not unicodedata.combining(c)))
    words = {w for w in words if len(w) > 1}
    return frozenset(words) if len(words) >= 2 else frozenset()


def title_uses(
    paragraphs: Iterable[tuple[str, int, str]], languages: Mapping[str, str]
) -> dict[str, list[tuple[Occurrence, frozenset[str]]]]:
    """Portfolio key → each use of its title (the title as written) and its holder's words."""
    found: dict[str, list[tuple[Occurrence, frozenset[str]]]] = defaultdict(list)
    for article, index, text in paragraphs:
        language = languages.get(article, "en")
        entry = PATTERNS.get(language)
        if entry is None:
            continue
        pattern, words = entry
        if not CUES[language].search(text):
            continue
        for match in pattern.finditer(text):
            word = next(g for name, g in match.groupdict().items() if g and name.startswith("p"))
            key = _portfolio(word, words, pattern.flags & re.IGNORECASE)
            if key is None:
                continue
            start, end = match.span()
            use = Occurrence(article, index, start, end, text[start:end])
            found[key].append((use, _holder(text, end)))
    return found


def _one_holder(holders: Sequence[frozenset[str]]) -> bool:
    """Whether the named holders may all be one person: no two share no word."""
    named = [h for h in holders if h]
    return all(a & b for n, a in enumerate(named) for b in named[n + 1 :])


def add_ministries(
    clusters: MutableMapping[str, Cluster],
    paragraphs: Iterable[tuple[str, int, str]],
    languages: Mapping[str, str],
) -> None:
    """Give each portfolio its organisation (rules in the module's docstring): joined to the
    body a use overlaps, or made under ``m:<portfolio>``; an organisation cluster that holds
    nothing but the portfolio's titles ("Innenminister" read as a name) is folded into it."""
    if not any(code in PATTERNS for code in languages.values()):
        return
    paragraphs = list(paragraphs)
    total = len({article for article, _, _ in paragraphs})
    bodies: dict[tuple[str, int], list[tuple[int, int, str]]] = defaultdict(list)
    for root, cluster in clusters.items():
        if cluster.kind == "organisation":
            for o in cluster.occurrences:
                bodies[o.article, o.paragraph].append((o.start, o.end, root))
    found = title_uses(paragraphs, languages)
    for key, uses in found.items():
        articles = len({o.article for o, _ in uses})
        if articles < MIN_ARTICLES or not _one_holder([holder for _, holder in uses]):
            continue
        occurrences = [o for o, _ in uses]
        spans = {(o.article, o.paragraph, o.start, o.end) for o in occurrences}
        overlapping = list(
            dict.fromkeys(
                root
                for o in occurrences
                for start, end, root in bodies.get((o.article, o.paragraph), ())
                if start < o.end and o.start < end and root in clusters
            )
        )
        named = [r for r in overlapping if _names_body(clusters[r])]
        if not named and articles * SHARE < total:
            continue  # a title few of the sources write: a detail of their accounts
        titles_only = [
            r
            for r in overlapping
            if r not in named
            and all(
                (o.article, o.paragraph, o.start, o.end) in spans for o in clusters[r].occurrences
            )
        ]
        if named:
            target = clusters[named[0]]
            name_of(target)  # named as the body it was ("French Interior Ministry"), now
        else:
            target = clusters["m:" + key] = Cluster("organisation", PORTFOLIOS[key][0], [])
        target.occurrences.extend(occurrences)
        for root in titles_only:
            del clusters[root]  # the same uses, read as a name: one topic, not two
        for root in named[1:]:
            # "Ministerio de Salud" beside "Health Ministry": a second body every use of
            # which is written as this portfolio's department is that department.
            if all(_within(o, occurrences) for o in clusters[root].occurrences):
                target.occurrences.extend(clusters.pop(root).occurrences)
    # "Relaciones Exteriores" of "ministro de Relaciones Exteriores": :mod:`.title_pieces`
    for root in title_pieces(clusters, [o for uses in found.values() for o, _ in uses], languages):
        del clusters[root]


def _within(use: Occurrence, titles: Sequence[Occurrence]) -> bool:
    """Whether ``use`` overlaps one of the portfolio's ``titles`` in its paragraph."""
    return any(
        t.article == use.article
        and t.paragraph == use.paragraph
        and t.start < use.end
        and use.start < t.end
        for t in titles
    )


def _names_body(cluster: Cluster) -> bool:
    """Whether some written form of the cluster names a ministry itself, not its minister."""
    return any(MINISTRY.search(o.surface) for o in cluster.occurrences)
