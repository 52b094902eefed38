"""Two ends of one link: a line, road or bridge said to connect one place with two others.

"Built in 1885, the lift connects Alder Square with Hollin Heights" and "ouvert en 1885, le
funiculaire relie la place Varnel à Hollin Heights": one outlet gives the line's lower end as
one named place, the other as another. A sentence whose verb says that something
*connects* two named places ("connects … with", "relie … à", "collega … al", "conecta … ao",
"verbindet … mit", "соединяет … с") states both its ends, and ends are names, which are not
translated: two such statements that share one end and name two different places at the
other disagree, in any two languages. Names are compared by their sound
(:func:`.same_event.sound_keys`: "Байрру Алту" meets "Bairro Alto").

What keeps this narrow:

- only linking verbs, never "between … and": "talks between Trump and Zelensky" and
  "between Trump and Macron" share an end and are two meetings, not one link told twice;
- the two statements must be about one thing: besides the shared end their sentences share
  a name or a figure that tells it apart (:func:`.same_event.shared_read`: the year it was
  built, its own name), so "the A10 connects Genoa with France" and "the A7 connects Genoa
  with Milan" are two roads;
- an end that is a city or a country the gazetteer knows is not compared: cities are written
  each language's way ("Lisbon" / "Lisbonne", "Porto" / "Oporto"), and a road from one city
  runs to many;
- a source naming two other ends for the shared one (a network, two lines) is silent.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from briefing.analysis.case_clues import clue_set, folded, holds
from briefing.analysis.model import Claim, Discrepancy, Quote
from briefing.analysis.same_event import figures, names, shared_read, sound_keys
from briefing.analysis.text import NOUN_CAPS, WORD, Sentence, sentences
from briefing.model import Article, Span

#: Verbs saying that their subject connects two places (lower case; a trailing "*" takes
#: any ending), and the words that join the second end (closed class, per language).
_VERBS: dict[str, tuple[str, str]] = {
    "en": ("connects connecting links linking joins joining", "with to and"),
    "fr": ("relie reliait reliant raccorde", "à au aux avec et"),
    "it": ("collega collegava collegando unisce univa", "a al alla allo ai con e"),
    "es": ("conecta conectaba conectando une unía enlaza", "con a al y"),
    "pt": ("conecta conectava liga ligava ligando une unia", "a ao à aos com e"),
    "de": ("verbindet verband", "mit und"),
    "nl": ("verbindt verbond", "met en"),
    "ru": ("соединяет соединял* связывает связывал*", "с со и"),
    "uk": ("з'єднує сполучає", "з із і та"),
    "pl": ("łączy łączył*", "z ze i"),
}
#: Words read after the verb for the two ends.
_REACH = 14
#: Lower-case words allowed between the joining word and the second end ("ao Bairro", "à la
#: place du Rossio").
_BEFORE_SECOND = 3
#: In a language that capitalises every noun, a capitalised word this common is a noun.
_COMMON = 3.0
#: More other ends than this for one shared end: a network, not one link told two ways.
_MOST_ENDS = 3
_CLAUSE_END = re.compile(r"[.;:!?()\[\]]")


@dataclass(frozen=True, slots=True)
class _End:
    written: str
    keys: frozenset[str]
    #: Each word's keys: one end is another only when every word of the shorter meets.
    words: tuple[frozenset[str], ...] = ()


@dataclass(frozen=True, slots=True)
class Link:
    """One sentence's statement that something connects two named places."""

    first: _End
    second: _End
    quote: Quote
    language: str


@cache
def _verb(language: str) -> re.Pattern[str] | None:
    words = _VERBS.get(language)
    if words is None:
        return None
    parts = [
        re.escape(w.rstrip("*")) + (r"\w*" if w.endswith("*") else "") for w in words[0].split()
    ]
    return re.compile(r"(?<!\w)(?:" + "|".join(parts) + r")(?!\w)", re.IGNORECASE)


def links_of(
    article: Article,
    memo: dict[tuple[str, str], list[tuple[Sentence, list[tuple[_End, _End]]]]] | None = None,
) -> list[Link]:
    """Every link one article states (module doc), in reading order. ``memo``: each
    paragraph's links by its text and language, kept across the articles of one briefing
    (wire copy repeats paragraphs across a large briefing's articles)."""
    pattern = _verb(article.language)
    if pattern is None:
        return []
    memo = {} if memo is None else memo
    found = []
    for index, paragraph in enumerate(article.paragraphs):
        said = memo.get((paragraph.text, article.language))
        if said is None:
            said = memo[(paragraph.text, article.language)] = _paragraph_links(
                paragraph.text, article.language
            )
        for sentence, ends in said:
            quote = Quote(
                article.id, article.source,
                Span(index, sentence.start, sentence.end), sentence.text,
            )  # fmt: skip
            found += [Link(first, second, quote, article.language) for first, second in ends]
    return found


def _paragraph_links(text: str, language: str) -> list[tuple[Sentence, list[tuple[_End, _End]]]]:
    """Each sentence of a paragraph stating a link, with the two ends of each. A paragraph
    holding none of the verbs (:func:`_clues`, asked of it folded) is not searched with the
    case-blind pattern (:mod:`.case_clues`)."""
    pattern = _verb(language)
    if pattern is None or not holds(folded(text), _clues(language)):
        return []
    if pattern.search(text) is None:
        return []
    found = []
    for sentence in sentences(text, language):
        ends = [
            pair
            for match in pattern.finditer(sentence.text)
            if (pair := _ends(sentence.text[match.end() :], language)) is not None
        ]
        if ends:
            found.append((sentence, ends))
    return found


@cache
def _clues(language: str) -> tuple[str, ...]:
    """The verbs :func:`_verb` looks for, without their endings: every match holds one."""
    return clue_set(w.rstrip("*") for w in _VERBS[language][0].split())


def _ends(tail: str, language: str) -> tuple[_End, _End] | None:
    """The two named ends after a linking verb: the last name before the joining word and
    the first name after it; None unless both are there."""
    stop = _CLAUSE_END.search(tail)
    tail = tail[: stop.start()] if stop else tail
    joins = set(_VERBS[language][1].split())
    runs: list[list[re.Match[str]]] = []
    first: list[re.Match[str]] | None = None
    after_join = -1
    for position, word in enumerate(list(WORD.finditer(tail))[:_REACH]):
        text = word.group()
        if _is_name(text, language):
            previous = runs[-1][-1] if runs else None
            if previous is not None and tail[previous.end() : word.start()] == " ":
                runs[-1].append(word)
            else:
                runs.append([word])
            continue
        if after_join >= 0 and len(runs) > 1 and runs[-1] is not first:
            break  # the second end's name is over
        if text.casefold() in joins and runs and first is None:
            gap = tail[runs[-1][-1].end() : word.start()]
            if gap.strip(" ,") == "":
                first, after_join = runs[-1], position
            continue
        if after_join >= 0 and position - after_join > _BEFORE_SECOND:
            return None
    if first is None or runs[-1] is first:
        return None
    return _end(first), _end(runs[-1])


def _is_name(word: str, language: str) -> bool:
    if not word[:1].isupper() or len(word) < 4:
        return False
    if language in NOUN_CAPS:
        from wordfreq import zipf_frequency

        return zipf_frequency(word, language) < _COMMON
    return True


def _end(run: list[re.Match[str]]) -> _End:
    # A run is the words of one name with only spaces between them ("Bairro Alto").
    written = " ".join(m.group() for m in run)
    words = tuple(sound_keys(m.group()) for m in run)
    return _End(written, frozenset().union(*words), words)


def _place(end: _End) -> bool:
    from briefing.analysis.names import is_place

    return is_place(end.written) or any(is_place(w) for w in end.written.split())


def _meets(a: _End, b: _End) -> bool:
    """One name: every word of the shorter end meets the other end ("Bairro Alto" / "Barrio
    Alto", "Hollin" / "Hollin Heights"); a shared head alone ("Alder Square" / "Varnel
    Square") is two places."""
    short, other = (a, b) if len(a.words) <= len(b.words) else (b, a)
    return all(keys & other.keys for keys in short.words)


def _apart(a: _End, b: _End) -> bool:
    """Two names with no word in common."""
    return not a.keys & b.keys


def _one_thing(a: Link, b: Link) -> bool:
    """The two sentences share a telling name or figure besides the ends (module doc)."""
    ends = (a.first, a.second, b.first, b.second)

    def others(link: Link) -> list[frozenset[str]]:
        return [
            n for n in names(link.quote.text, link.language) if not any(n & e.keys for e in ends)
        ]

    count, telling = shared_read(others(a), figures(a.quote.text), others(b), figures(b.quote.text))
    return count >= 1 and telling


def link_discrepancies(articles: Sequence[Article]) -> list[Discrepancy]:
    """Links told with one shared end and two different other ends (module doc)."""
    memo: dict[tuple[str, str], list[tuple[Sentence, list[tuple[_End, _End]]]]] = {}
    links = [link for article in articles for link in links_of(article, memo)]
    groups: list[tuple[_End, dict[_End, list[Quote]]]] = []
    for i, a in enumerate(links):
        for b in links[i + 1 :]:
            if a.quote.article_id == b.quote.article_id or not _one_thing(a, b):
                continue
            for shared, mine, theirs in _pairings(a, b):
                if _place(mine) or _place(theirs):
                    continue
                group = next((g for g in groups if _meets(g[0], shared)), None)
                if group is None:
                    group = (shared, {})
                    groups.append(group)
                for end, quote in ((mine, a.quote), (theirs, b.quote)):
                    key = next((k for k in group[1] if _meets(k, end)), end)
                    quotes = group[1].setdefault(key, [])
                    if quote not in quotes:
                        quotes.append(quote)
    found = []
    for shared, ends in groups:
        if not 2 <= len(ends) <= _MOST_ENDS or _several(shared, list(ends), links):
            continue
        found.append(
            Discrepancy(
                "name",
                f"what {shared.written} is linked to",
                tuple(Claim(end.written, tuple(quotes)) for end, quotes in ends.items()),
                note="the sources link one place to two different places",
            )
        )
    return found


def _pairings(a: Link, b: Link) -> list[tuple[_End, _End, _End]]:
    """(shared end, a's other end, b's other end) when exactly one end of each meets."""
    out = []
    for a_shared, a_other in ((a.first, a.second), (a.second, a.first)):
        for b_shared, b_other in ((b.first, b.second), (b.second, b.first)):
            if (
                _meets(a_shared, b_shared)
                and _apart(a_other, b_other)
                and _apart(a_other, a_shared)
                and _apart(b_other, b_shared)
                and _apart(a_other, b_shared)
                and _apart(b_other, a_shared)
            ):
                out.append((a_shared, a_other, b_other))
    return out


def _several(shared: _End, ends: list[_End], links: Sequence[Link]) -> bool:
    """One source links the shared end to two of ``ends`` (in any of its sentences): the
    shared end is linked to several places, a network or two lines."""
    by_article: dict[str, set[int]] = {}
    for link in links:
        for mine, other in ((link.first, link.second), (link.second, link.first)):
            if not _meets(mine, shared):
                continue
            for position, end in enumerate(ends):
                if _meets(other, end):
                    by_article.setdefault(link.quote.article_id, set()).add(position)
    return any(len(seen) > 1 for seen in by_article.values())
