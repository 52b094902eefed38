"""Whether the texts write a shared noun as something that happened, or as a thing.

Part of :mod:`briefing.topics.event_action`: the word the leads share most may be a noun
that names no act at all ("troops", "flags", "a milestone", "the crown"): written in every
lead because the story is about them, never because they happened. Such a noun names the
event only when the texts themselves write it as a happening:

- a nominalisation, by a suffix that makes nouns of acts and of little else ("-tion",
  "-ment", "-ance", English "-ing", "-ung", "-ción", "-zione", "-ção": "accession",
  "eruption", "meeting", "Landung");
- a noun whose root the texts also write as a verb: after an auxiliary or the infinitive's
  marker ("a été attaqué", "zu stürmen"), or, in English, in its past form ("flooded",
  "crashed"), its "-ing" form ("flooding") or after a modal ("will flood") — unless that
  bare noun heads a capitalised name in the text ("St Edward's Crown": the thing,
  :func:`.event_nominal.names_a_thing`);
- a noun the texts place in time, as events are: after "during", "after", "since", "amid"
  and their like in each language ("after the floods", "pendant le conclave", "seit dem
  Putsch");
- a noun the texts write before "took place", "happened", "disrupted", "struck", "killed"
  and their like (never "began" or "moved", which troops do as well as events);
- in English, the object of a verb of events ("made a touchdown", "staged a coup",
  "sparked a fire"; never "reached a milestone", a mark on the way), a day's possessive's
  ("Friday’s summit"), or a time of day's ("a daytime heist").

A language whose grammar is not known here (:data:`~.event_noun.DETERMINERS`) says
nothing either way: its word is read as before.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from briefing.model import Article
from briefing.topics.event_nominal import names_a_thing, nominalisation
from briefing.topics.event_noun import AUXILIARIES, DETERMINERS, _stem

#: Endings that make nouns of acts and seldom of things (a shorter list than
#: :data:`~.event_noun.ACT_SUFFIXES`, whose "-al", "-age", "-ing" end "hospital",
#: "village" and "building" too).
NOMINAL: dict[str, tuple[str, ...]] = {
    "en": ("tion", "sion", "ment", "ance", "ence", "ing"),
    "fr": ("tion", "sion", "ment", "ance", "ence"),
    "es": ("ción", "sión", "miento", "ancia", "encia"),
    "it": ("zione", "sione", "mento", "anza", "enza"),
    "pt": ("ção", "são", "mento", "ância", "ência"),
    "de": ("ung", "tion", "sion"),
}
#: Words that place what follows in time: an event's, never a thing's.
TIME: dict[str, tuple[str, ...]] = {
    "en": (
        *("during", "after", "before", "since", "amid", "amidst", "throughout", "ahead of"),
        *("following the", "in the wake of"),
    ),
    "fr": ("pendant", "après", "avant", "depuis", "lors de", "lors du", "lors des"),
    "es": ("durante", "tras", "después de", "después del", "antes de", "antes del", "desde"),
    "it": ("durante", "dopo", "prima del", "prima della", "prima di"),
    "pt": ("durante", "após", "depois de", "depois do", "depois da", "antes do", "antes da"),
    "de": ("während", "seit", "nach"),
}
#: Predicates whose subject is an event: "the fire broke out", "le sommet a eu lieu".
HAPPENED: dict[str, tuple[str, ...]] = {
    "en": (
        *("took place", "takes place", "happened", "occurred", "broke out", "unfolded"),
        *("lasted", "disrupt", "impact", "affect", "paralys", "paralyz", "crippl", "devastat"),
        *("rocked", "shook", "stunned", "shocked", "hit", "struck", "strikes", "killed"),
        *("kills", "swept", "sweep", "destroyed", "damaged"),
    ),
    "fr": ("a eu lieu", "ont eu lieu", "s'est produit", "s’est produit", "s'est déroulé"),
    "es": ("tuvo lugar", "se produjo", "ocurrió", "sucedió"),
    "it": ("ha avuto luogo", "è avvenut", "è accadut", "si è verificat"),
    "pt": ("ocorreu", "aconteceu", "teve lugar"),
    "de": ("fand statt", "ereignete sich", "geschah"),
}
#: How often the texts must place the noun in time.
MIN_TIMED = 1
#: English verbs whose object is an event: "made a touchdown", "held talks", "sparked a
#: fire"; never "reached" ("reached a milestone").
STAGED = (
    "made",
    "makes",
    "make",
    "staged",
    "stage",
    "stages",
    "suffered",
    "suffer",
    "suffers",
    "triggered",
    "trigger",
    "triggers",
    "sparked",
    "spark",
    "sparks",
    "caused",
    "cause",
    "causes",
    "survived",
    "survive",
    "survives",
    "witnessed",
    "endured",
    "attended",
    "attend",
    "attends",
    "hosted",
    "host",
    "hosts",
    "postponed",
    "cancelled",
    "canceled",
    "struck",
    "held",
    "hold",
    "holds",
    "marked",
    "marks",
    "mark",
    "celebrated",
    "celebrates",
    "celebrate",
    "commemorated",
)
#: Auxiliaries between an event and its predicate: "the outage was disrupting".
_BEFORE = "was|is|has|had|have|were|are|has been|had been"
#: Times of day that qualify a happening: "the brazen daytime heist", "an overnight raid".
DAYTIME = (
    "daytime",
    "overnight",
    "nighttime",
    "night-time",
    "midday",
    "predawn",
    "pre-dawn",
    "early-morning",
    "late-night",
)
#: Days and times whose possessive is an event's: "Friday’s summit", "last week's floods".
WHEN = (
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "yesterday",
    "today",
    "tonight",
    "tomorrow",
    "week",
    "weekend",
    "month",
    "year",
)
#: English words after which only a verb stands.
_MODALS = frozenset({"will", "would", "could", "should", "might", "did", "didn't", "won't"})
_WORD = re.compile(r"[^\W\d_][\w’'-]*")


def as_act(
    word: str,
    leads: Sequence[str],
    articles: Sequence[Article],
    languages: dict[str, str],
    bodies: int,
) -> str | None:
    """``word`` when the leads, and the bodies of the first ``bodies`` articles, write it as
    something that happened (:func:`happening`); else, when it names a thing after its act
    in English ("the crown" of "crowned"), the act's noun the texts write ("coronation",
    :func:`.event_nominal.nominalisation`); else None: no act."""
    spoken = Counter(languages.get(a.id, "en") for a in articles)
    language = spoken.most_common(1)[0][0] if spoken else "en"
    texts = [
        *leads[: bodies * 5],
        *(p.text for a in articles[:bodies] for _i, p in a.body_paragraphs),
    ]
    if happening(word, texts, language):
        return word
    if language != "en":
        return None
    tokens = [[w.casefold() for w in _WORD.findall(t)] for t in texts]
    return nominalisation(word, tokens, texts)


def happening(word: str, texts: Sequence[str], language: str = "en") -> bool:
    """The texts write ``word`` (a noun the leads share) as something that happened."""
    if language not in DETERMINERS:
        return True  # no grammar to tell a thing by: as before
    word = word.casefold()
    if len(word) > 5 and word.endswith(NOMINAL[language]):
        return True
    if _verbal(word, texts, language) and not names_a_thing(word, texts):
        return True  # "St Edward's Crown": a thing, whatever verb its root makes
    return (
        _timed(word, texts, language)
        or _happened(word, texts, language)
        or (language == "en" and _staged(word, texts))
    )


def _verbal(word: str, texts: Sequence[str], language: str) -> bool:
    """A word of ``word``'s stem written as a verb: after an auxiliary, or an English past."""
    stem = _stem(word, language)
    auxiliaries = AUXILIARIES[language]
    for text in texts:
        tokens = [w.casefold() for w in _WORD.findall(text)]
        for before, w in zip(["", *tokens], tokens, strict=False):
            if w[:3] != word[:3] or _stem(w, language) != stem:
                continue
            if language == "en":
                # "were troops", "to troops": English auxiliaries stand before nouns too; a
                # past or "-ing" form ("flooded", "flooding"), or a modal's bare verb ("will
                # flood"), is a verb.
                if (w.endswith(("ed", "ing")) and w != word) or before in _MODALS:
                    return True
            elif before in auxiliaries and before not in DETERMINERS[language]:
                return True
    return False


def _timed(word: str, texts: Sequence[str], language: str) -> bool:
    """The texts write ``word`` after a word of time, a determiner and one modifier allowed
    between ("after the deadly floods"), :data:`MIN_TIMED` times or more."""
    times = "|".join(re.escape(t) for t in TIME[language])
    pattern = re.compile(rf"\b(?:{times})\s+(?:[\w’']+\s+){{0,2}}?{_forms(word)}\b", re.IGNORECASE)
    found = 0
    for text in texts:
        found += len(pattern.findall(text))
        if found >= MIN_TIMED:
            return True
    return False


def _happened(word: str, texts: Sequence[str], language: str) -> bool:
    """The texts write ``word`` right before a predicate of events ("the fire broke out")."""
    said = "|".join(re.escape(p) for p in HAPPENED[language])
    pattern = re.compile(
        rf"\b{_forms(word)}\s+(?:(?:that|which|qui|que|che|der|die|das)\s+)?"
        rf"(?:(?:{_BEFORE})\s+)?(?:{said})",
        re.IGNORECASE,
    )
    return any(pattern.search(text) for text in texts)


def _staged(word: str, texts: Sequence[str]) -> bool:
    """An English text writes ``word`` as the object of a verb of events ("made a
    touchdown", "struck a deal"), after a day's possessive ("Friday’s summit") or a time of
    day ("a daytime heist")."""
    staged = "|".join(STAGED)
    when = "|".join(WHEN)
    pattern = re.compile(
        rf"\b(?:(?:{staged})\s+(?:(?:a|an|the|its|their)\s+)?(?:[\w’'-]+\s+)?"
        rf"|(?:{when})[’']s?\s+(?:[\w’'-]+\s+)?|(?:{'|'.join(DAYTIME)})\s+){_forms(word)}\b",
        re.IGNORECASE,
    )
    return any(pattern.search(text) for text in texts)


def _forms(word: str) -> str:
    """A pattern of ``word`` and its plural: the leads' "floods" are the base form's "flood"."""
    return rf"{re.escape(word)}(?:s|es)?"
