"""A key word's noun forms when the articles mostly write its verb (:mod:`.noun_forms`).

Every text is written for the test: a made-up flood in a made-up town (Brelnik), told in
English and Italian by turns, each paragraph the lead of its own article.
"""

from __future__ import annotations

from briefing.topics.keycounts import WORD
from briefing.topics.keywords import key_words
from briefing.topics.noun_forms import is_noun_form
from briefing.topics.word_keys import zipf
from briefing.topics.word_use import Evidence


def _two_languages(english: str, italian: str) -> tuple[list[tuple[str, int, str]], dict[str, str]]:
    paragraphs = [(f"{n}", 0, (italian if n % 2 else english).format(n=n)) for n in range(5)]
    return paragraphs, {f"{n}": "it" if n % 2 else "en" for n in range(5)}


def test_the_noun_is_a_theme_though_the_verb_is_written_more() -> None:
    """ "were evacuated" five times a text, "the evacuation" once: the stem's group is used
    as a verb, its noun forms are the subject, in both languages, named in English."""
    paragraphs, languages = _two_languages(
        "Residents of district {n} were evacuated; the old were evacuated first, the sick were "
        "evacuated by boat, pupils were evacuated by bus and the rest were evacuated by noon. "
        "The evacuation ended late.",
        "Gli abitanti del distretto {n} sono stati evacuati; gli anziani sono stati evacuati "
        "prima, i malati sono stati evacuati in barca, gli alunni sono stati evacuati in "
        "autobus e gli altri sono stati evacuati a mezzogiorno. L'evacuazione è finita tardi.",
    )
    found = key_words(paragraphs, languages, ())
    assert [name for name, _occs in found] == ["evacuation"]
    surfaces = {o.surface for o in found[0][1]}
    assert surfaces == {"evacuation", "evacuazione"}  # the participles are not its aliases
    assert {o.article for o in found[0][1]} == {"0", "1", "2", "3", "4"}


def test_a_verb_with_no_noun_form_stays_out() -> None:
    """Only "were evacuated": no form is used as a noun, no theme."""
    paragraphs, languages = _two_languages(
        "Residents of district {n} were evacuated; the sick were evacuated by boat.",
        "Gli abitanti del distretto {n} sono stati evacuati; i malati sono stati evacuati.",
    )
    assert key_words(paragraphs, languages, ()) == []


def test_a_generic_noun_beside_its_verb_stays_out() -> None:
    """ "decided" five times, "the decision" once: the noun is everyday vocabulary (every
    news story has decisions), so its noun forms are no theme either."""
    assert zipf("decision", "en") >= 4.75
    paragraphs, languages = _two_languages(
        "Officials of district {n} decided; the mayor decided first, the council decided "
        "next, the judges decided later and the rest decided by noon. The decision stands.",
        "I funzionari del distretto {n} hanno deciso; il sindaco ha deciso prima, il consiglio "
        "ha deciso dopo, i giudici hanno deciso più tardi e gli altri hanno deciso a "
        "mezzogiorno. La decisione resta.",
    )
    assert key_words(paragraphs, languages, ()) == []


def test_a_form_is_a_noun_by_its_own_uses() -> None:
    participle, noun, untold = Evidence(), Evidence(), Evidence()
    participle.uses = participle.article_uses = 5
    noun.uses = noun.article_uses = noun.noun = 1
    untold.uses = 3  # Turkish, Polish: no article, no tagger
    assert not is_noun_form(participle)
    assert is_noun_form(noun)
    assert is_noun_form(untold)


def test_a_noun_after_an_article_and_an_adjective_is_a_noun() -> None:
    """ "the sudden collapse": an adjective between the article and the noun, in a language
    that puts adjectives first, still shows a noun; "collapsed", five times a text, is left
    out of the theme."""
    paragraphs = [
        (
            f"{n}",
            0,
            f"Die Brücke {n} ist eingestürzt. Der plötzliche Kollaps schockierte Brelnik."
            if n % 2
            else f"Bridge {n} collapsed; the tower collapsed, the roof collapsed, the wall "
            "collapsed and the road collapsed. The sudden collapse shocked Brelnik.",
        )
        for n in range(5)
    ]
    languages = {f"{n}": "de" if n % 2 else "en" for n in range(5)}
    found = key_words(paragraphs, languages, ())
    assert [name for name, _occs in found] == ["collapse"]
    assert {o.surface for o in found[0][1]} == {"collapse", "Kollaps"}


def _uses(text: str, word: str, language: str) -> Evidence:
    tokens = list(WORD.finditer(text))
    evidence = Evidence()
    for j, token in enumerate(tokens):
        if token.group() == word:
            evidence.add(text, tokens, j, language, frozenset())
    return evidence


def test_an_adjective_before_the_noun_only_where_adjectives_come_first() -> None:
    assert _uses("It was the sole survivor of the crash.", "survivor", "en").modified == 1
    assert _uses("Er ist der einzige Überlebende.", "Überlebende", "de").modified == 1
    # a participle after a noun: "the town evacuated", "la zone évacuée"
    assert _uses("Then the town evacuated at dawn.", "evacuated", "en").modified == 0
    assert _uses("Puis la zone évacuée fut fermée.", "évacuée", "fr").modified == 0
    # a function word is no adjective ("the other survivor": a determiner, no evidence)
    assert _uses("He saw the other survivor.", "survivor", "en").modified == 0
