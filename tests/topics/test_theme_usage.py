"""Key words and themes that are no subject, told by the words around them
(:mod:`briefing.topics.themes_usage`, :mod:`briefing.topics.themes_overlap`).

Every text is written for the test, about made-up places, in English, Spanish, Italian,
French and Portuguese; each rule is shown with look-alikes it must leave alone.
"""

from __future__ import annotations

import random
import re

from briefing.topics.candidates import Occurrence
from briefing.topics.keywords import key_words
from briefing.topics.themes_overlap import OVERLAP_SHARE, fragments
from briefing.topics.themes_usage import (
    adjective,
    after_preposition,
    names_the_next,
    set_phrase,
)

Texts = dict[tuple[str, int], str]


def _uses(texts: Texts, word: str) -> list[Occurrence]:
    """Every use of ``word`` (whole words, case as written) in the paragraphs."""
    found = []
    for (article, paragraph), text in texts.items():
        for m in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", text, re.IGNORECASE):
            found.append(Occurrence(article, paragraph, m.start(), m.end(), m.group()))
    return found


def _packet(*lines: tuple[str, str]) -> tuple[Texts, dict[str, str]]:
    """(language, text) per article, one paragraph each."""
    texts = {(f"{n}", 0): text for n, (_language, text) in enumerate(lines)}
    return texts, {f"{n}": language for n, (language, _text) in enumerate(lines)}


def _text_of(texts: Texts):  # type: ignore[no-untyped-def]
    return lambda article, paragraph: texts.get((article, paragraph), "")


def _adjective(texts: Texts, languages: dict[str, str], *forms: str) -> bool:
    uses = [o for form in forms for o in _uses(texts, form)]
    return adjective(uses, _text_of(texts), languages)


def test_an_adjective_without_its_noun_is_no_key_word() -> None:
    """ "residential" of "zona residencial" / "residential area": a modifier, every time
    beside the same noun."""
    texts, languages = _packet(
        ("es", "El avión cayó sobre una zona residencial de Varnel."),
        ("it", "L'aereo è caduto su una zona residenziale di Varnel."),
        ("pt", "O avião caiu numa zona residencial perto de Varnel."),
        ("en", "The plane came down on a residential area of Varnel."),
        ("en", "Firefighters searched the residential area all night."),
    )
    assert _adjective(texts, languages, "residencial", "residenziale", "residential")
    # French too: "attentat terroriste", "acte terroriste", twice each.
    texts, languages = _packet(
        ("fr", "Un attentat terroriste a frappé Varnel ; un attentat terroriste revendiqué."),
        ("fr", "Le ministre parle d'un acte terroriste, un acte terroriste odieux."),
    )
    assert _adjective(texts, languages, "terroriste")


def test_a_noun_whose_neighbours_vary_is_no_adjective() -> None:
    """The verbs after a subject and the adjectives before a Romance noun change from use to
    use: "the blackout affected / brought", "un terrible incendie", "un gigantesco incendio"."""
    texts, languages = _packet(
        ("en", "The blackout affected trains; the blackout brought chaos to Varnel."),
        ("en", "A blackout hit Varnel, and the blackout spread south."),
        ("it", "Un enorme blackout ha colpito Varnel."),
    )
    assert not _adjective(texts, languages, "blackout")
    texts, languages = _packet(
        ("fr", "Un terrible incendie a détruit la charpente de Varnel."),
        ("es", "Un gigantesco incendio arrasó el tejado; el incendio duró horas."),
        ("it", "Un devastante incendio, poi l'incendio si è spento."),
    )
    assert not _adjective(texts, languages, "incendie", "incendio")


def test_wire_copy_repeating_a_verb_after_a_noun_makes_no_adjective() -> None:
    """ "the flotilla sailed" three times is a subject and its verb, however often the same
    sentence is printed."""
    texts, languages = _packet(
        *[("en", "The flotilla sailed from Varnel; the flotilla returned at dawn.")] * 3
    )
    assert not _adjective(texts, languages, "flotilla")


def test_a_word_of_a_set_phrase_is_no_key_word() -> None:
    """ "a bordo" in Spanish and Italian: one preposition before every use, in two languages."""
    texts, languages = _packet(
        ("es", "Había 200 personas a bordo del avión de Varnel."),
        ("es", "Todos los pasajeros a bordo murieron."),
        ("it", "C'erano 200 persone a bordo dell'aereo."),
        ("it", "A bordo viaggiavano anche due piloti."),
    )
    assert set_phrase(_uses(texts, "bordo"), _text_of(texts), languages)


def test_a_noun_after_its_articles_is_no_set_phrase() -> None:
    """ "los escombros" / "os escombros": an article before each use is a noun's; and one
    language alone writing one preposition before a word is no set phrase across the packet."""
    texts, languages = _packet(
        ("es", "Los rescatistas buscan entre los escombros de Varnel."),
        ("es", "Los escombros cubren la calle."),
        ("pt", "Os bombeiros retiram os escombros da ponte."),
    )
    assert not set_phrase(_uses(texts, "escombros"), _text_of(texts), languages)
    texts, languages = _packet(
        ("es", "Viajaban a Varnel; volvieron a Varnel; siguieron a Varnel."),
    )
    assert not set_phrase(_uses(texts, "varnel"), _text_of(texts), languages)


def test_a_theme_after_one_preposition_is_a_set_phrase() -> None:
    """ "in serious condition", twice after "in": how the injured are, not a subject."""
    texts, _languages = _packet(
        ("en", "Five of the injured remain in serious condition in Varnel."),
        ("en", "Two passengers are in serious condition, doctors said."),
    )
    assert after_preposition(_uses(texts, "serious condition"), _text_of(texts))


def test_a_theme_with_its_article_is_no_set_phrase() -> None:
    """ "the death toll", "the crown jewels": an article before them; one use after "in"
    among others is no set phrase either."""
    texts, _languages = _packet(
        ("en", "The death toll rose in Varnel; officials said the death toll may rise."),
        ("en", "The crown jewels were kept in Varnel. In crown jewels, diamonds matter."),
        ("en", "Thieves took the crown jewels; the crown jewels were never found."),
    )
    assert not after_preposition(_uses(texts, "death toll"), _text_of(texts))
    assert not after_preposition(_uses(texts, "crown jewels"), _text_of(texts))


def test_a_theme_right_before_a_name_says_what_the_name_is() -> None:
    """ "the news agency Kestra", "the wire service Orlo": what kind of body the name is."""
    texts, _languages = _packet(
        ("en", "Witnesses told the national news agency Kestra they heard a bang."),
        ("en", "The toll was given by the Varnel news agency Orlo on Monday."),
        ("en", "According to the news agency, rescuers were still searching."),
    )
    assert names_the_next(_uses(texts, "news agency"), _text_of(texts))


def test_a_theme_before_a_weekday_or_a_verb_names_nothing() -> None:
    """ "white smoke Thursday" is a date after the phrase; "white smoke rose" a verb."""
    texts, _languages = _packet(
        ("en", "Crowds waited for white smoke Thursday in Varnel."),
        ("en", "Then white smoke rose over the chapel; white smoke means a pope."),
    )
    assert not names_the_next(_uses(texts, "white smoke"), _text_of(texts))


def test_the_overlapping_half_of_a_longer_phrase_is_no_theme() -> None:
    """ "power outage hit": "outage hit" shares its word with "power outage", which the
    packet writes more often; written as often, neither pair is dropped."""
    texts, _languages = _packet(
        ("en", "A major power outage hit Varnel. The power outage lasted hours."),
        ("en", "The power outage closed schools; the river barrage held."),
        ("en", "Engineers said the river barrage held firm."),
    )
    themes = {p: _uses(texts, p) for p in ("power outage", "outage hit", "river barrage")}
    themes["barrage held"] = _uses(texts, "barrage held")
    assert fragments(themes) == {"outage hit"}


_LEADS = {
    "es": "La flotilla con 30 marinos a bordo llegó a una zona residencial del distrito {n}; "
    "la flotilla volvió.",
    "pt": "A flotilha com 30 marinheiros a bordo chegou a uma zona residencial do distrito "
    "{n}; a flotilha voltou.",
    "en": "The flotilla reached a residential area of district {n}; a residential area "
    "near the port was hit, and the flotilla turned back.",
}


def test_key_words_leave_out_adjectives_and_set_phrases() -> None:
    """Through :func:`~briefing.topics.keywords.key_words`: "residencial" / "residential"
    and "bordo", which every lead writes, are no key words, though "a residential area" and
    Portuguese "a bordo" put an article's look-alike before them; "flotilla" / "flotilha"
    beside them is one."""
    order = ("es", "pt", "en")
    paragraphs = [(f"{n}", 0, _LEADS[order[n % 3]].format(n=n)) for n in range(6)]
    languages = {f"{n}": order[n % 3] for n in range(6)}
    assert [name for name, _occs in key_words(paragraphs, languages, ())] == ["flotilla"]


def test_judging_words_for_the_event_and_set_phrases_make_no_theme(topics_of) -> None:  # type: ignore[no-untyped-def]
    """End to end: "immense tragedy" (the event again, in judging words) and "in serious
    condition" are no themes; "river barrage", written in the same articles, is one."""
    topics = topics_of(
        [
            "The mayor of Varnel feared an immense tragedy after the river barrage failed.",
            "Four people remain in serious condition, doctors said.",
        ],
        [
            "An immense tragedy, the governor said; the river barrage had been repaired.",
            "Two children are in serious condition in the hospital of Varnel.",
        ],
    )
    themes = {t.name for t in topics if t.kind == "theme"}
    assert "river barrage" in themes
    assert "immense tragedy" not in themes
    assert "serious condition" not in themes


def test_a_theme_ending_in_an_adjective_is_no_theme(topics_of) -> None:  # type: ignore[no-untyped-def]
    """ "barbaric terrorist" of "barbaric terrorist attack", once "terrorist" is read as an
    adjective in every language ("attentat terroriste", "atentado terrorista"); "river
    barrage" stays."""
    from dataclasses import replace

    from topics.helpers import article

    from briefing.topics import extract_topics

    lines = {
        "en": "Officials in Varnel condemned the barbaric terrorist attack on the river "
        "barrage; the river barrage held.",
        "fr": "Un attentat terroriste a frappé Varnel ; un attentat terroriste revendiqué.",
        "es": "Un atentado terrorista sacudió Varnel; el atentado terrorista dejó heridos.",
    }
    order = ("en", "fr", "es")
    articles = [
        replace(article(f"{n:03d}", lines[order[n % 3]]), language=order[n % 3]) for n in range(6)
    ]
    themes = {t.name for t in extract_topics(articles) if t.kind == "theme"}
    assert "river barrage" in themes
    assert "barbaric terrorist" not in themes
    assert "terrorist" not in themes


def _naive_fragments(themes: dict[str, list[Occurrence]]) -> set[str]:
    """The module docstring's rule, use against every use of the same paragraph."""
    found = set()
    for key, occurrences in themes.items():
        overlapped = sum(
            any(
                len(other) > len(occurrences)
                and (u.article, u.paragraph) == (o.article, o.paragraph)
                and u.start < o.end
                and o.start < u.end
                for other in themes.values()
                for u in other
            )
            for o in occurrences
        )
        if occurrences and overlapped and overlapped >= OVERLAP_SHARE * len(occurrences):
            found.add(key)
    return found


def test_the_sweep_finds_what_comparing_every_pair_finds() -> None:
    # Random uses, overlapping or touching in every way (the same span twice, one inside
    # another, one ending where the next starts, empty spans), in two articles.
    rng = random.Random(15)
    for _ in range(500):
        themes = {
            f"theme {k}": [
                Occurrence(
                    rng.choice("ab"), rng.randint(0, 1), start, start + rng.randint(0, 4), "x"
                )
                for start in (rng.randint(0, 12) for _ in range(rng.randint(0, 5)))
            ]
            for k in range(rng.randint(0, 7))
        }
        assert fragments(themes) == _naive_fragments(themes)
