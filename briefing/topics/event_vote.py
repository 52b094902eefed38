"""A vote held and reported with its result: the packet's event when no act word names one.

Part of :mod:`briefing.topics.events`. A referendum, an election or a runoff is what happened
on its day, but the leads that report it seldom share a verb for it: they write what the
vote decided ("votes to leave", "gana el Brexit") or what followed ("the prime minister
resigns"), and each language writes its own noun for the vote ("referendum", "референдум",
"国民投票", "الاستفتاء"). The act rules of :mod:`.event_action` then find no act, and the
brief has no event. A vote is an event of its kind, as a month is a date: the nouns that
name one (:data:`VOTE_FORMS`, by language family, with the English word the name is written
with) are class knowledge, like :data:`~.lexicon.MONTHS`, not the words of one story.

The vote is the packet's event when:

- a listed subject (a theme, or the event topic it became) names a vote in its name or one
  of its aliases, and at least :data:`COVERAGE` of the articles write of it;
- at least :data:`MIN_RESULTS` leads that write the vote's noun also give its result: two
  shares of one whole (percentages under 100 that add up to no more than 101, the larger
  at least :data:`LEADING_SHARE`): "51.9 % against 48.1 %", "51,9 por ciento contra el
  48,1", "51.89%と残留支持の48.11%". A vote only planned, or named as background, is
  written without its result; a committee that "voted" writes a verb, not the noun.

The event is then named by the vote's English noun, and :func:`~.events._event` adds whose
it is, where and when as for any act ("EU referendum in the United Kingdom, 23 Jun 2016").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing.analysis.percent_figures import percents_in
from briefing.model import Article, Topic

#: Share of the articles that must write of the vote.
COVERAGE = 1 / 3
#: Leads that must give the vote's result beside its noun.
MIN_RESULTS = 2
#: The larger of a result's two shares is at least this (a winner's share, not a detail).
LEADING_SHARE = 20.0
#: Two shares of one whole add up to no more than this (rounding allowed).
WHOLE = 101.0

#: English noun of a kind of vote → a pattern of its forms in the languages the product
#: reads (inflections and compounds included: "референдума", "Stichwahl", "للاستفتاء").
VOTE_FORMS: dict[str, re.Pattern[str]] = {
    "referendum": re.compile(
        r"referend|référend|referénd|referand|референдум|референдьм|δημοψήφισ|δημοψηφισ"
        r"|plebisc|plébisc|плебисцит|公投|公民投票|全民公决|全民公決|国民投票|住民投票"
        r"|국민투표|주민투표|استفتاء|משאל"
    ),
    "runoff": re.compile(
        r"run-?off|stichwahl|segunda vuelta|second tour|ballottaggio|второй тур|второго тура"
        r"|балотаж|决选|決選|결선"
    ),
    "election": re.compile(
        r"election|élection|elecci|eleiç|eleic|elezion|(?<!aus)wahl(?:en)?\b|verkiezing|wybor"
        r"|выбор(?:ы|ах|ов|ам)\b|вибор(?:и|ах|ів)\b|избори|изборите|εκλογ|alegeri|seçim"
        r"|comicios|选举|選舉|選挙|大选|大選|선거|대선|총선|انتخاب|בחירות"
    ),
}


def vote_kind(text: str) -> str | None:
    """The English noun of the kind of vote ``text`` names, or None (a runoff before an
    election: "presidential runoff election" is the runoff)."""
    folded = text.casefold()
    for kind, forms in VOTE_FORMS.items():
        if forms.search(folded):
            return kind
    return None


def reports_result(text: str, language: str) -> bool:
    """Whether ``text`` gives a vote's result: two shares of one whole (module doc)."""
    values = [p.high for p in percents_in(text, language) if p.low == p.high and p.high < 100]
    for i, first in enumerate(values):
        for second in values[i + 1 :]:
            if max(first, second) >= LEADING_SHARE and first + second <= WHOLE:
                return True
    return False


def held_vote(
    articles: Sequence[Article],
    topics: Sequence[Topic],
    languages: dict[str, str],
    leads: dict[str, str],
) -> tuple[str, Topic] | None:
    """The kind of vote the packet reports held, with its result, and the topic of it: the
    widest listed subject naming a vote, when enough leads writing it give a result."""
    least = max(2, round(len(articles) * COVERAGE))
    named: list[tuple[Topic, set[str]]] = []
    for topic in topics:
        if topic.kind not in ("theme", "event") or len(topic.articles) < least:
            continue
        kinds = {k for alias in (topic.name, *topic.aliases) if (k := vote_kind(alias))}
        if kinds:
            named.append((topic, kinds))
    if not named:
        return None
    topic, kinds = max(named, key=lambda item: len(item[0].articles))
    results = 0
    for article in articles:
        lead = leads.get(article.id, "")
        folded = lead.casefold()
        written = any(VOTE_FORMS[k].search(folded) for k in kinds)
        if written and reports_result(lead, languages.get(article.id, "en")):
            results += 1
    if results < MIN_RESULTS:
        return None
    kind = next(k for k in VOTE_FORMS if k in kinds)
    # Named by the English noun when the topic writes it ("referendum"), else by the topic's
    # own name, so that the event's word is one its articles write.
    words = {w for alias in (topic.name, *topic.aliases) for w in alias.casefold().split()}
    return (kind if kind in words else topic.name), topic
