"""What the leads of every language state happened: the act most of them write, by its root.

Part of :mod:`briefing.topics.event_action`. With one or two English articles, the English
leads' count cannot tell the act from what the story is set in: "the rocket exploded minutes
after launch" and "breaks up after its launch" write the launch as often as the explosion,
and two leads that each call a district "the nightlife district" share its description more
than any act. The packet's other languages settle it where they write the act with the same
root: "a explosé", "ist explodiert", "explotó", "die Explosion" — a verb and its noun are one
act, and every such article says it happened.

So, in a packet of :data:`~.event_few.FEW` English articles or fewer and
:data:`MIN_LANGUAGES` languages or more:

- a word of the English leads is *stated* when an English lead writes it as something that
  happened: a form of it ending in "-ed" ("exploded", "collapsed"), or brought in as new by
  "a"/"an" with at most :data:`BETWEEN` words between ("a horrific crowd crush"). A word only
  written as a purpose ("to celebrate"), a known thing ("the celebration", "its launch") or a
  description ("the nightlife district") is not;
- its *support* is the articles (of every language) whose headline and lead write a word
  beginning with its root: its English stem without the last letter, :data:`ROOT` letters
  at least, romanised (``anyascii``) and casefolded ("explod" → "explo": "explosé",
  "explodiert", "Explosion", "explotó");
- an English choice the English leads state happened themselves stays ("a magnitude 6.1
  earthquake struck", however widely its aftermath, "a tsunami", is written); else
- the stated word with the widest support, in :data:`MIN_LANGUAGES` languages or more, in
  :data:`SHARE` of the articles or more (what most say happened, not a detail several
  mention: "the pacts normalised ties" beside the signing ceremony), and in more articles
  and languages than the English choice, names the act in its place (:func:`stated_act`);
- otherwise an English choice that is neither stated nor written by any other language's
  lead, and that the English leads write only as the qualifier of the noun after it ("the
  nightlife district", "the city's nightlife hub"), is no act at all (:func:`unstated`):
  "Nightlife in Seoul" said nothing of what happened, and no name is better than a wrong
  one. A word said on its own ("the meeting ended", "the toll rose") is left to the
  rules after this one.

Cognates are read by their letters only: a word whose other languages write it with other
roots ("crush", "bousculade", "давка") gets no support, and is never chosen here.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Collection, Sequence

from anyascii import anyascii

from briefing.topics.event_shared import Lead
from briefing.topics.event_when import english_stem
from briefing.topics.lexicon import STOPWORDS

#: How many languages' leads must write the act's root.
MIN_LANGUAGES = 3
#: What share of the articles' leads must write the act's root at least.
SHARE = 1 / 3
#: How many letters a root has at least: shorter ones ("test", "flug") begin too many words.
ROOT = 5
#: How many words may stand between "a" and the noun it brings in ("a horrific crowd crush").
BETWEEN = 2

_WORD = re.compile(r"[^\W\d_][\w'’-]*")


@functools.lru_cache(maxsize=4096)
def _root(word: str) -> str | None:
    """The root ``word``'s cognates begin with: its English stem less its last letter
    ("explod" → "explo"), or None when shorter than :data:`ROOT`."""
    stem = english_stem(word)
    root = stem[:-1] if len(stem) > ROOT else stem
    return root if len(root) >= ROOT else None


def _keys(lead: Lead) -> frozenset[str]:
    return frozenset(anyascii(w).casefold() for w in _WORD.findall(f"{lead.headline}\n{lead.text}"))


def _support(root: str, keyed: Sequence[tuple[str, frozenset[str]]]) -> tuple[int, int]:
    """(articles, languages) whose headline and lead write a word beginning with ``root``."""
    holding = [language for language, keys in keyed if any(k.startswith(root) for k in keys)]
    return len(holding), len(set(holding))


def _stated(word: str, english: Sequence[str]) -> bool:
    """An English lead writes ``word`` (any form of its English stem) as what happened: a
    form ending in "-ed", or brought in by "a"/"an" with at most :data:`BETWEEN` words
    between."""
    stem = english_stem(word)
    for text in english:
        words = [w.casefold() for w in _WORD.findall(text)]
        for i, w in enumerate(words):
            if english_stem(w) != stem:
                continue
            if w.endswith("ed"):
                return True
            if any(a in ("a", "an") for a in words[max(0, i - BETWEEN - 1) : i]):
                return True
    return False


#: What an English verb's stem may be followed by in its own forms ("explod-es",
#: "deton-ated"): such a form is the verb, never its noun.
_VERB_ENDINGS = frozenset({"", "e", "es", "s", "ed", "d", "ing", "ate", "ates", "ated", "ating"})


def _verb_form(key: str, stem: str) -> bool:
    return key.startswith(stem) and key[len(stem) :] in _VERB_ENDINGS


def _only_qualifying(word: str, english: Sequence[str]) -> bool:
    """Every use of ``word`` in the English leads stands right before a lower-case word of
    three letters or more that is no function word nor a past form ("-ed"): a qualifier of
    the noun after it ("the nightlife district", "Varn's nightlife hub"), never a thing said
    on its own ("the market closed")."""
    pattern = re.compile(rf"(?<![\w-]){re.escape(word)}(?![\w-])", re.IGNORECASE)
    uses = 0
    for text in english:
        for found in pattern.finditer(text):
            after = re.match(r" ([^\W\d_][\w’'-]*)", text[found.end() :])
            noun = after.group(1) if after is not None else ""
            if len(noun) < ROOT - 2 or not noun.islower() or noun in STOPWORDS:
                return False
            if noun.endswith("ed"):  # "the market closed": said of it, not qualifying
                return False
            uses += 1
    return uses > 0


def _keyed(leads: Sequence[Lead]) -> list[tuple[str, frozenset[str]]]:
    return [(lead.language, _keys(lead)) for lead in leads]


def stated_act(
    candidates: Collection[str], chosen: str, english: Sequence[str], leads: Sequence[Lead]
) -> str | None:
    """The word of ``candidates`` (the English leads' usable words, lower case) that the
    leads of most articles state happened, in place of ``chosen`` (the English leads' own
    choice), or None: see the module's docstring. ``english`` are the English leads (two or
    fewer, else None), ``leads`` every language's."""
    keyed = _keyed(leads)
    if len(english) > 2 or len({language for language, _k in keyed}) < MIN_LANGUAGES:
        return None
    if _stated(chosen, english):
        return None  # the English leads state their own choice happened ("an earthquake")
    own_root = _root(chosen)
    own = _support(own_root, keyed) if own_root is not None else (0, 0)
    best: tuple[tuple[int, int], str] | None = None
    for word in sorted(candidates):
        root = _root(word)
        if root is None or word == chosen or not _stated(word, english):
            continue
        found = _support(root, keyed)
        if found[1] < MIN_LANGUAGES or found[0] <= own[0] or found[1] <= own[1]:
            continue
        if found[0] < len(keyed) * SHARE:  # a detail some write, not what most say happened
            continue
        if best is None or found > best[0]:
            best = (found, word)
    return best[1] if best is not None else None


def unstated(chosen: str, english: Sequence[str], leads: Sequence[Lead]) -> bool:
    """True when, in a packet of two English leads or fewer and :data:`MIN_LANGUAGES`
    languages or more, no English lead states ``chosen`` happened and no other language's
    lead writes its root: a description the English writers share, no act."""
    keyed = _keyed(leads)
    if len(english) > 2 or len({language for language, _k in keyed}) < MIN_LANGUAGES:
        return False
    if _stated(chosen, english) or not _only_qualifying(chosen, english):
        return False
    root = _root(chosen) or chosen
    others = [(language, keys) for language, keys in keyed if language != "en"]
    return _support(root, others)[0] == 0


def shared_noun(word: str, texts: Sequence[tuple[str, str]]) -> str | None:
    """The noun of ``word``'s root that the texts of two languages or more other than
    English write alike (romanised, casefolded), when the English texts write only the verb:
    "explosion" of "exploded", written "Explosion", "l'explosion", "explosión". ``texts``
    are (language, text) pairs. Each language conjugates the verb its own way ("explosé",
    "explodiert", "explotó"), while the noun a language took over is spelt alike; a form of
    the verb itself (its English stem and a verb's ending: "explodes") is never it, nor a
    compound written with a hyphen. None when no word of the root is written so."""
    root = _root(word)
    if root is None:
        return None
    stem = english_stem(word)
    languages: dict[str, set[str]] = {}
    for language, text in texts:
        if language == "en":
            continue
        for found in _WORD.finditer(text):
            key = anyascii(found.group()).casefold()
            key = re.split(r"['’]", key)[-1]
            if not key.startswith(root) or _verb_form(key, stem) or "-" in key:
                continue
            languages.setdefault(key, set()).add(language)
    best = max(languages, key=lambda k: (len(languages[k]), k), default=None)
    return best if best is not None and len(languages[best]) >= 2 else None
