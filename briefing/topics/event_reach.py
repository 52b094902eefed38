"""Between the English leads' act word and the subject every language writes, the wider one.

Part of :mod:`briefing.topics.event_action`. The English leads' count names the act when
there are many of them; with three or four, a story line they happen to share ("hospitals
overwhelmed", "a hospital may run out of supplies") can be written in more of them, or in
more headlines, than the act they all report ("the explosion"). The other languages settle
it: the packet's one-word subjects (themes, and the main event's own topic once it holds
its word: :func:`.event_subject.subjects_of`) hold each word in every spelling the packet
writes ("explosion", "Explosion", "explosión", "explosé"), and what most outlets of most
languages write is what happened, while a story line is written by one language group.

So the English choice, when it names a building, place or thing (:data:`~.event_shared._THINGS`:
"hospital", "port", "museum": where or to what it happened, never the act; a verb's act or
an act's noun, "reopening" beside the "restoration" every language writes of, keeps its
place), gives way to a word of the English leads (two of them or more) whose
one-word subject is written in half the articles or more and in :data:`MIN_LANGUAGES`
languages or more, when the choice's own subject (the one holding a form of it: "hospitals"
of "hospital", compared by English stem) is written in fewer languages and in half as many
articles or fewer (none, when no subject holds it). A word that names a building, place or
thing of the story ("hospital", "region", "metro": :data:`~.event_shared._THINGS`) is never
the wider act, nor is an English plural (the story's actors or items). A choice the
subjects hold as widely keeps its place, and so does every choice in a packet whose subjects
reach no such width: nothing is named from one language's habit. A choice the English leads
state happened themselves ("a magnitude 6.1 earthquake struck": a form in "-ed", or brought
in by "a", :mod:`.event_stated`) stays too, however widely its aftermath ("tsunami", a word
every language borrowed) is written.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from briefing.model import Topic
from briefing.topics.event_shared import _THINGS
from briefing.topics.event_stated import _stated
from briefing.topics.event_subject import CONTEXT, _plural
from briefing.topics.event_when import english_stem

#: How many languages the wider subject must be written in.
MIN_LANGUAGES = 3
#: How many English leads must write the wider word.
MIN_LEADS = 2


@dataclass(frozen=True, slots=True)
class Reach:
    """A one-word subject: the articles and languages that write it, and its words."""

    articles: int
    languages: int
    words: frozenset[str]


def reaches(topics: Sequence[Topic], languages: Mapping[str, str]) -> list[Reach]:
    """The one-word subjects among the best topics (themes named by one word, and events),
    each with its one-word names and the articles and languages that write it."""
    found = []
    for topic in topics[: CONTEXT + 1]:
        words = frozenset(a.casefold() for a in topic.aliases if " " not in a)
        # The main event once it holds the act's theme counts as the theme did ("massive
        # explosion" beside its words), so the act is the same when named again.
        one_word = topic.kind == "theme" and " " not in topic.name
        if not (one_word or topic.kind == "event") or not words:
            continue
        spoken = {languages.get(m.article_id) for m in topic.mentions} - {None}
        found.append(Reach(len(topic.articles), len(spoken), words))
    return found


def _holding(word: str, found: Sequence[Reach]) -> Reach | None:
    """The widest subject holding a form of ``word`` (its English stem)."""
    stem = english_stem(word)
    held = [r for r in found if any(english_stem(w) == stem for w in r.words if " " not in w)]
    return max(held, key=lambda r: (r.articles, r.languages), default=None)


def wider_act(
    chosen: str,
    docs: Mapping[str, int],
    found: Sequence[Reach],
    articles: int,
    english: Sequence[str],
) -> str | None:
    """The word of ``docs`` (English leads per word) whose subject the packet writes far more
    widely than ``chosen``'s, or None: see the module's docstring. ``articles`` is how many
    articles the packet holds, ``english`` the English leads."""
    if chosen not in _THINGS or _stated(chosen, english):
        return None  # "a magnitude 6.1 earthquake struck": the tsunami is its aftermath
    own = _holding(chosen, found)
    own_articles, own_languages = (own.articles, own.languages) if own else (0, 0)
    if 2 * own_articles >= articles:
        return None  # the choice is the packet's subject already
    best: tuple[tuple[int, int, int], str] | None = None
    for word, leads in docs.items():
        if leads < MIN_LEADS or word == chosen or word in _THINGS or _plural(word):
            continue
        wide = _holding(word, found)
        if wide is None or wide is own:
            continue
        if 2 * wide.articles < articles or wide.languages < MIN_LANGUAGES:
            continue
        if 2 * own_articles > wide.articles or own_languages >= wide.languages:
            continue
        key = (wide.articles, wide.languages, leads)
        if best is None or key > best[0]:
            best = (key, word)
    return best[1] if best is not None else None
