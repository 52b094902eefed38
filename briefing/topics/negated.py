"""Words the leads write under negation: what did not happen is never the event.

Part of :mod:`briefing.topics.event_action`. A summit that ends "without a ceasefire deal",
talks that bring "no agreement", a vote "sans accord" or "ohne Einigung": the word after the
negation is what the story says did not happen, however many leads share it, and naming the
event after it ("Deal in Anchorage") says the opposite of the text. The meeting itself is
the event.

A word is negated when it stands in the phrase a negation word opens: the next
:data:`REACH` words, stepping over articles and determiners ("without a deal") and words of
the phrase ("without reaching a ceasefire agreement"), up to the first other function word
("no survivors in the crash" negates "survivors", not "crash") or punctuation. Negation is
a closed class in every language: :data:`NEGATIONS` holds each language's words for "no",
"not", "none" and "without" (the grammars' negative particles, determiners and privative
prepositions), nothing fitted to a story. A word is given up when at least half the leads
that write it write it negated: one lead's "no deal yet" beside others' "the deal" leaves it
an act.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Sequence

from briefing.topics.languages import function_words
from briefing.topics.lexicon import STOPWORDS, words

#: How many words after a negation its phrase may reach.
REACH = 4

#: Per language, the negative particles, negative determiners and the privative
#: preposition ("not", "no", "without"): a closed class of each grammar.
NEGATIONS: dict[str, frozenset[str]] = {
    "en": words("no not without never none nor neither"),
    "fr": words("sans pas aucun aucune ni non jamais"),
    "de": words("ohne kein keine keinen keiner keinem keines nicht nie"),
    "es": words("sin ningún ninguna ninguno no ni nunca"),
    "it": words("senza nessun nessuna nessuno non né mai"),
    "pt": words("sem nenhum nenhuma não nem nunca"),
    "ca": words("sense cap no ni mai"),
    "ro": words("fără nu niciun nicio nici"),
    "nl": words("zonder geen niet nooit"),
    "sv": words("utan ingen inget inga inte aldrig"),
    "da": words("uden ingen intet ikke aldrig"),
    "no": words("uten ingen ikke aldri"),
    "pl": words("bez nie brak żaden żadna żadne żadnego żadnej"),
    "cs": words("bez ne žádný žádná žádné"),
    "ru": words("без не нет ни никакого никакой никаких"),
    "uk": words("без не немає ні жодної жодного жодних"),
    "el": words("χωρίς δεν μην καμία κανένα κανένας"),
    "tr": words("olmadan olmaksızın yok değil hiçbir"),
    "hu": words("nélkül nem nincs semmi"),
}

_WORD = re.compile(r"[^\W\d_][\w’'-]*|[^\w\s]")
#: Articles and determiners a negated phrase steps over ("without a deal", "sans un accord").
_ARTICLES = words(
    """a an the any this that its his her their
    un une le la les l du des
    ein eine einen einem einer eines der die das den dem des
    el los las una uno il lo gli i o os as um uma"""
)


def _stops(language: str) -> frozenset[str]:
    """The function words that end a negated phrase: English's closed list; elsewhere the
    short words of the language's stopwords-iso list (prepositions, conjunctions), since
    those lists also hold content words ("acuerdo")."""
    if language == "en":
        return STOPWORDS - _ARTICLES
    return frozenset(w for w in function_words(language) if len(w) <= 4) - _ARTICLES


def negated_in(text: str, language: str) -> set[str]:
    """The casefolded words ``text`` writes in a phrase a negation word opens."""
    negations = NEGATIONS.get(language, NEGATIONS["en"])
    stops = _stops(language) | negations
    tokens = [t.casefold() for t in _WORD.findall(text)]
    found: set[str] = set()
    for i, token in enumerate(tokens):
        # "n't" is a negation glued to its verb ("didn't reach a deal").
        if token not in negations and not token.endswith(("n't", "n’t")):
            continue
        for nxt in tokens[i + 1 : i + 1 + REACH]:
            if not nxt[0].isalpha() or nxt in stops:
                break
            if nxt not in _ARTICLES:
                found.add(nxt)
    return found


def negated(
    leads: Sequence[str], languages: Sequence[str], candidates: Collection[str]
) -> set[str]:
    """The words of ``candidates`` (casefolded) that at least half of the ``leads`` writing
    them write negated (``languages``: each lead's language)."""
    written: Counter[str] = Counter()
    denied: Counter[str] = Counter()
    wanted = set(candidates)
    for lead, language in zip(leads, languages, strict=True):
        said = {t.casefold() for t in _WORD.findall(lead)} & wanted
        written.update(said)
        denied.update(negated_in(lead, language) & said)
    return {w for w, n in denied.items() if 2 * n >= written[w]}
