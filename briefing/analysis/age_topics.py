"""One person's ages across scripts: "Lena Marsk, 61" and "64-летняя Лена Марск".

:mod:`.ages` keys an age by its person's surname within one script, because a surname is
another word across scripts and no spelling rule says that "Марск" is "Marsk". The packet's
person topics (:mod:`briefing.topics`) already say it: they merge a person's names across
scripts and languages into one topic whose aliases hold each spelling. So ages whose persons
are one person topic are one person's ages, whatever the script.

A person is a topic's when its surname is the last word of one of the topic's full names (an
alias of two words or more: a lone word such as "Dana" may be anyone's) and the other words
of its full name as the article writes it are words of that alias. A person that fits two
person topics, or none, keeps its own key: two people are never joined on a guess.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import replace

from briefing.analysis.ages import AGE
from briefing.analysis.crosscounts import TopicSource
from briefing.analysis.figure_model import Figure
from briefing.analysis.inflection import folded
from briefing.model import Article, Topic


def joined_by_topic(
    figures: list[Figure], articles: Sequence[Article], topics: TopicSource | None = None
) -> list[Figure]:
    """``figures`` with the age keys of one person topic made one key (module doc). The
    topics are only asked for when ages are keyed in two scripts or more."""
    ages = {f.key[1]: f.person for f in figures if f.key[0] == AGE}
    if len({key.split(" ", 1)[0] for key in ages}) < 2:
        return figures  # one script: :mod:`.ages` already keys each person once
    people = one_person_by_topic(ages.items(), read_once(topics)(articles))
    if all(key == person for key, person in people.items()):
        return figures
    return [replace(f, key=(AGE, people[f.key[1]])) if f.key[0] == AGE else f for f in figures]


def read_once(topics: TopicSource | None) -> TopicSource:
    """``topics`` (by default the topics extracted from the articles) asked once per set of
    articles: the ages and the counts across languages (:mod:`.crosscounts`) both ask for
    them, and extracting them is most of what either costs."""
    memo: dict[tuple[str, ...], tuple[Topic, ...]] = {}

    def source(articles: Sequence[Article]) -> tuple[Topic, ...]:
        ids = tuple(a.id for a in articles)
        if ids not in memo:
            if topics is None:
                from briefing.topics import extract_topics

                memo[ids] = extract_topics(articles)
            else:
                memo[ids] = tuple(topics(articles))
        return memo[ids]

    return source


def one_person_by_topic(
    ages: Iterable[tuple[str, frozenset[str]]], topics: Iterable[Topic]
) -> dict[str, str]:
    """Each age key ("LATIN marsk", with its full name's folded words) mapped to one key per
    person topic (the first of its keys in order), or to itself when it fits no person topic
    or several."""
    full_names: dict[str, list[frozenset[str]]] = defaultdict(list)  # surname → topic names
    owners: dict[frozenset[str], set[str]] = defaultdict(set)
    for topic in topics:
        if topic.kind != "person":
            continue
        for alias in topic.aliases:
            words = frozenset(folded(w) for w in alias.split())
            if len(words) < 2:
                continue
            full_names[folded(alias.split()[-1])].append(words)
            owners[words].add(topic.id)
    people: dict[str, str] = {}
    first: dict[str, str] = {}
    for key, names in sorted(ages):
        surname = key.split(" ", 1)[1]
        fits = {
            owner
            for words in full_names.get(surname, ())
            if names <= words
            for owner in owners[words]
        }
        if len(fits) != 1:
            people[key] = key
            continue
        people[key] = first.setdefault(next(iter(fits)), key)
    return people
