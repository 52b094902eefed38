"""The event's other-language words are found as cheaply as asked, with the same answer.

``_agreed`` asks whether an anchored word is free of the judged words only when it echoes a
candidate, and ``_judged`` keys each written form once per language; both are checked here
against the code they replaced (every anchored word asked, every use keyed) on made-up keys
and texts, chosen so that cognates, judged words and one-language habits all occur.
"""

from __future__ import annotations

import random
from collections import Counter, defaultdict
from dataclasses import replace

from rapidfuzz import fuzz, process
from topics.helpers import article

from briefing.model import Mention, Span, Topic
from briefing.topics import event_tongues
from briefing.topics.event_tongues import _WORD, MIN_LETTERS, _agreed, _judged
from briefing.topics.keywords import COGNATE_RATIO
from briefing.topics.languages import function_words
from briefing.topics.word_keys import stem_key


def _agreed_eagerly(hits, uses, judged):
    """``_agreed`` as it was: every anchored word asked whether it is free."""

    def free(key):
        return not process.extractOne(key[1], judged, scorer=fuzz.ratio, score_cutoff=COGNATE_RATIO)

    by_language = defaultdict(list)
    for language, key in hits:
        if hits[(language, key)]:
            by_language[language].append(key)
    candidates = []
    for language, keys in by_language.items():
        keys.sort(key=lambda k: (-len(hits[(language, k)]), -uses[(language, k)], k))
        candidates.extend((language, k) for k in keys[: event_tongues.CANDIDATES])
    candidates = [c for c in candidates if free(c)]
    anchored = [k for k, found in hits.items() if len(found) >= event_tongues.ANCHORED and free(k)]
    agreed = set()
    for one in candidates:
        if not any(
            other[0] != one[0] and fuzz.ratio(one[1], other[1]) >= COGNATE_RATIO
            for other in candidates
        ):
            continue
        group = {k for k in anchored if fuzz.ratio(one[1], k[1]) >= COGNATE_RATIO} | {one}
        said = {k[0] for k in group if any(kind in event_tongues._SAYS for _a, kind in hits[k])}
        if len({lang for lang, _k in group}) >= event_tongues.LANGUAGES and len(said) >= 2:
            agreed |= group
    return agreed


def _random_key(rng: random.Random) -> str:
    stems = ["incend", "incendi", "inond", "inondat", "flood", "terminal", "termin", "budget"]
    key = rng.choice(stems)
    for _ in range(rng.randrange(3)):
        key += rng.choice("aeiorst")
    return key


def test_agreed_is_the_eager_answer_on_random_keys() -> None:
    rng = random.Random(15)
    kinds = ["title", "toll", "lead", "event", "place"]
    agreed_some = 0
    for _ in range(300):
        hits: dict[tuple[str, str], set[tuple[str, str]]] = defaultdict(set)
        uses: Counter[tuple[str, str]] = Counter()
        for _word in range(rng.randrange(5, 40)):
            key = (rng.choice(["fr", "es", "it", "pt", "de"]), _random_key(rng))
            for _n in range(rng.randrange(4)):
                hits[key].add((f"a{rng.randrange(6)}", rng.choice(kinds)))
            uses[key] += rng.randrange(1, 5)
        judged = {_random_key(rng) for _ in range(rng.randrange(4))}
        expected = _agreed_eagerly(hits, uses, judged)
        assert _agreed(hits, uses, judged) == expected
        agreed_some += bool(expected)
    assert 10 < agreed_some < 290  # both answers occur, so the comparison means something


def _judged_per_use(event, articles, languages):
    """``_judged`` as it was: every use of every word keyed."""
    judges = {languages.get(m.article_id, "und") for m in event.mentions} - {"und"}
    own = {
        (languages[m.article_id], stem_key(w.casefold(), languages[m.article_id]))
        for m in event.mentions
        for w in _WORD.findall(m.surface)
    }
    keys: Counter[str] = Counter()
    for a in articles:
        language = languages.get(a.id, "und")
        if language not in judges:
            continue
        stop = function_words(language)
        written = set()
        for _index, paragraph in a.body_paragraphs:
            for word in _WORD.findall(paragraph.text):
                folded = word.casefold()
                if len(folded) >= MIN_LETTERS and folded not in stop:
                    key = stem_key(folded, language)
                    if (language, key) not in own:
                        written.add(key)
        keys.update(written)
    return {key for key, n in keys.items() if n >= event_tongues.JUDGES}


def test_judged_is_the_per_use_answer() -> None:
    articles = [
        article("en1", "The fire reached the Terminal complex; FIRES spread.", "Fire crews came."),
        article("en2", "Firefighters saw the complex burn. The complexes were old.", "Terminal"),
        article("en3", "A cathedral and the terminal; fire, fire, fire.", "Straße strasse"),
        article("de1", "Der Brand im Terminal. Straße und STRASSE.", "Feuer am Terminal"),
        article("de2", "Brand und Feuer, die Straße war gesperrt.", "Der Komplex brannte."),
        article("fr1", "L'incendie du terminal.", "Incendie."),
    ]
    languages = {"en1": "en", "en2": "en", "en3": "en", "de1": "de", "de2": "de", "fr1": "fr"}
    event = Topic(
        "fire",
        "Fire",
        "event",
        ("Fire", "Brand"),
        (
            Mention("en1", Span(0, 4, 8), "fire"),
            Mention("de1", Span(0, 4, 9), "Brand"),
        ),
        1.0,
    )
    expected = _judged_per_use(event, articles, languages)
    # written by two judges each; the event's own word is not judged
    assert {stem_key("terminal", "en"), stem_key("complex", "en")} <= expected
    assert stem_key("fire", "en") not in expected
    assert _judged(event, articles, languages) == expected
    # A judge's language no longer among the event's: its articles judge nothing.
    english_only = replace(event, mentions=event.mentions[:1])
    assert _judged(english_only, articles, languages) == _judged_per_use(
        english_only, articles, languages
    )
