"""A key word mostly written as the verb a sentence reports with is no theme (:mod:`.verb_uses`).

Every text is written for the test: a made-up tally in a made-up district (Brelnik), told in
English and French by turns, each paragraph the lead of its own article.
"""

from __future__ import annotations

from briefing.topics.keycounts import WORD
from briefing.topics.keywords import key_words
from briefing.topics.verb_uses import mostly_verb, verb_use


def _use(text: str, word: str, language: str) -> bool:
    tokens = list(WORD.finditer(text))
    j = next(i for i, t in enumerate(tokens) if t.group() == word)
    return verb_use(text, tokens, j, language)


def _two_languages(english: str, french: str) -> tuple[list[tuple[str, int, str]], dict[str, str]]:
    paragraphs = [(f"{n}", 0, (french if n % 2 else english).format(n=n)) for n in range(6)]
    return paragraphs, {f"{n}": "fr" if n % 2 else "en" for n in range(6)}


def test_a_use_is_a_verb_by_its_grammar() -> None:
    assert _use("The board has proclaimed the tally void.", "proclaimed", "en")
    assert _use("Rerun the proclaimed tally.", "proclaimed", "en")  # a participle's shape
    assert _use("He ended it, proclaiming it void.", "proclaiming", "en")
    assert _use("« Nul », a proclamé le juge.", "proclamé", "fr")
    assert _use("Le vote a été proclamée nul.", "proclamée", "fr")
    assert _use("Совет объявил итог.", "объявил", "ru")


def test_look_alikes_are_no_verb() -> None:
    assert not _use("The proclamation stands.", "proclamation", "en")
    assert not _use("The shooting shocked Brelnik.", "shooting", "en")  # a gerund as a noun
    assert not _use("A shooting in Brelnik.", "shooting", "en")
    assert not _use("Brelnik mourns after the shooting.", "shooting", "en")
    assert not _use("Le député proclamé.", "député", "fr")  # no auxiliary before it
    assert not _use("The speed rose.", "speed", "en")
    assert not _use("Совет огласил объявление.", "объявление", "ru")


def test_mostly_verb_asks_few_other_uses() -> None:
    assert mostly_verb(7, 5)
    assert not mostly_verb(7, 3)  # half or less
    assert not mostly_verb(12, 9)  # three uses or more are something else: a subject too


def test_a_reporting_verb_with_two_noun_uses_is_no_theme() -> None:
    """ "has proclaimed" in every text, "the proclamation" in two: the word is how the
    articles report the ruling, not what they argue about."""
    paragraphs, languages = _two_languages(
        "The board has proclaimed the tally of district {n} void.",
        "« Le résultat du district {n} est nul », a proclamé le juge.",
    )
    paragraphs[0] = ("0", 0, paragraphs[0][2] + " The proclamation came at noon.")
    paragraphs[2] = ("2", 0, paragraphs[2][2] + " The proclamation was brief.")
    assert key_words(paragraphs, languages, ()) == []


def test_a_subject_also_written_as_its_verb_stays() -> None:
    """ "collapsed" beside "the collapse" in every English text: the noun is argued about."""
    paragraphs, languages = _two_languages(
        "The dam of district {n} collapsed at dawn; the collapse flooded Brelnik and the "
        "collapse was foreseen.",
        "Le barrage du district {n} a collapsé; le collapse a inondé Brelnik.",
    )
    assert [name for name, _occs in key_words(paragraphs, languages, ())] == ["collapse"]
