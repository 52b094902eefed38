"""Whether a key word is a reporting word: how the articles tell the news, not what it is about.

Part of :mod:`briefing.topics.keywords`. A one-word key word joins a verb and its noun across
languages by their stems ("announcing", "announcement", "anunció", "annunciato"), and a
speech-act verb that several articles use ("announced that", "anunció que") then passes
as a subject: the noun is written after an article ("the announcement"), so the verb
test of :mod:`.verb_uses` sees a noun. Reporting words are how news is written (announce,
state, report, claim, confirm ...), in every story alike; a closed list of them would be
English and fitted, so they are told by the grammar only a verb of saying or thinking has:

* it opens a *complement clause*: the word is followed, a comma at most between, by its
  language's complementiser (:data:`COMPLEMENTISERS`: "that", "que", "che", "dass", "что");
* it is the *verb* there, not a noun or an adjective a relative clause follows ("the
  migrants that were rescued", "los migrantes que", "rehenes vivos que"): the use shows a
  verb's grammar — in Cyrillic pymorphy3 parses it as a verb; in English it has a verb's
  ending ("-ed", "-ing"); elsewhere an auxiliary stands before it ("ha annunciato che") or
  its subject does, a name in mid-sentence ("Varnok anunció que") — and, where the language
  has articles (:data:`~.word_use.ARTICLES`), the packet never writes that form after one.
  A language with none of these tests is not asked (silent there).

A key word is a reporting word when such uses stand in :data:`MIN_ARTICLES` articles or more:
one writer's "he announced that" is a phrase; two outlets reporting by the same verb make
the verb a habit of the packet. A subject that is also a verb ("the court ruled that",
then "the ruling") is asked the same way, so the rule needs clause uses in two articles and
a form the packet never writes as a noun.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence

from briefing.topics.candidates import Occurrence
from briefing.topics.date_owner import AUXILIARIES
from briefing.topics.languages import has_cyrillic
from briefing.topics.verb_uses import cyrillic_verb
from briefing.topics.word_use import ARTICLES

__all__ = ["COMPLEMENTIZERS", "MIN_ARTICLES", "reporting"]

#: Complementisers that open what a verb of saying or thinking says (closed grammar class;
#: the list of :mod:`briefing.analysis.forecasts`, with its languages' elided forms).
COMPLEMENTIZERS: dict[str, frozenset[str]] = {
    lang: frozenset(words.split())
    for lang, words in {
        "en": "that",
        "de": "dass",
        "nl": "dat",
        "fr": "que qu",
        "es": "que",
        "it": "che",
        "pt": "que",
        "ru": "что чтобы",
        "uk": "що щоб",
        "pl": "że żeby",
        "el": "ότι πως",
    }.items()
}
#: Articles whose reporting uses make a key word a reporting word.
MIN_ARTICLES = 2

#: The word right after a use: a comma, spaces and an elision's apostrophe may stand between.
_NEXT = re.compile(r"\s*,?\s*([^\W\d_]+)(?=[\s'’,]|$)")
#: The word right before a use (spaces between).
_PREVIOUS = re.compile(r"([^\W\d_]+)['’]?\s*$")
#: English verb endings: a participle or a gerund ("announced", "announcing").
_ENGLISH_VERB_ENDINGS = ("ed", "ing")
#: A sentence's end right before a word (the word then opens a sentence: no named subject).
_SENTENCE_END = re.compile(r"[.!?…:]\s*$")


def reporting(
    occurrences: Sequence[Occurrence],
    text_of: Callable[[str, int], str],
    languages: Mapping[str, str],
) -> bool:
    """The key word's ``occurrences`` open a complement clause as a verb in
    :data:`MIN_ARTICLES` articles or more (see the module's docstring). ``text_of``
    (article, paragraph) → text; ``languages`` article id → code."""
    clause_forms: dict[tuple[str, str], set[str]] = defaultdict(set)  # form → its articles
    nominal: set[tuple[str, str]] = set()  # forms written after an article
    for o in occurrences:
        language = languages.get(o.article, "en")
        complementizers = COMPLEMENTIZERS.get(language)
        if complementizers is None:
            continue
        text = text_of(o.article, o.paragraph)
        form = (o.surface.casefold(), language)
        before = _PREVIOUS.search(text, 0, o.start)
        if before and before.group(1).casefold() in ARTICLES.get(language, ()):
            nominal.add(form)
            continue
        after = _NEXT.match(text, o.end)
        if (
            after
            and after.group(1).casefold() in complementizers
            and _verb_shown(o, language, text, before)
        ):
            clause_forms[form].add(o.article)
    articles: set[str] = set()
    for form, where in clause_forms.items():
        if _verb_form(form, nominal):
            articles |= where
    return len(articles) >= MIN_ARTICLES


def _verb_shown(use: Occurrence, language: str, text: str, before: re.Match[str] | None) -> bool:
    """The use reads as a verb by its own grammar (see the module's docstring)."""
    word = use.surface.casefold()
    if has_cyrillic(word):
        return True  # asked of its parse (:func:`_verb_form`)
    if language == "en" and word.endswith(_ENGLISH_VERB_ENDINGS):
        return True  # "announcing that", "confirmed that"
    if before is None:
        return False
    previous = before.group(1)
    if previous.casefold() in AUXILIARIES.get(language, ()):
        return True  # "ha annunciato che", "a confirmé que"
    opening = (
        _SENTENCE_END.search(text, 0, before.start()) is not None
        or not text[: before.start()].strip()
    )
    return previous[0].isupper() and not opening  # "Varnok anunció que"


def _verb_form(form: tuple[str, str], nominal: set[tuple[str, str]]) -> bool:
    """A written form is a verb's: Cyrillic by its parse; where the language has articles,
    the packet never writes it after one."""
    word, language = form
    if has_cyrillic(word):
        return cyrillic_verb(word)
    return language in ARTICLES and form not in nominal
