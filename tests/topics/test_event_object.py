"""What the act was done to is not the act: a choice the English leads write as a verb's
object, whose root other languages write too, is named by the act's noun or not at all
(made-up leads: a tribunal voiding a referendum)."""

from __future__ import annotations

from briefing.topics.event_object import acted_on, verbal_noun
from briefing.topics.event_shared import Lead

_EN = [
    "Tribunal annuls the Varn referendum and calls for a new poll",
    "The tribunal has nullified the re-referendum of the governor on Friday.",
]
_OTHERS = [
    Lead("fr", "", "Le tribunal a annulé vendredi le référendum de Varn."),
    Lead("de", "", "Das Gericht hat das Referendum annulliert."),
    Lead("es", "", "El tribunal anuló el referéndum de Varn."),
    Lead("ru", "", "Суд отменил итоги референдума."),
]


def _leads(english: list[str], others: list[Lead]) -> list[Lead]:
    return [*(Lead("en", "", text) for text in english), *others]


def test_an_object_of_a_verb_other_languages_write_is_acted_on() -> None:
    # "annuls", "annulé", "annulliert", "anuló" (one letter doubled or not): one act;
    # "nullified" no other language writes, so the act is "annuls".
    assert acted_on("referendum", _EN, _leads(_EN, _OTHERS)) == "annuls"
    assert verbal_noun("annuls") == "annulment"
    assert verbal_noun("nullified") == "nullification"


def test_a_verb_no_other_language_writes_alike_is_no_evidence() -> None:
    english = ["The governor won the referendum in Varn.", "Voters backed the referendum."]
    others = [
        Lead("fr", "", "Le gouverneur a gagné le référendum."),
        Lead("de", "", "Der Gouverneur hat das Referendum gewonnen."),
        Lead("es", "", "El gobernador ganó el referéndum."),
    ]
    assert acted_on("referendum", english, _leads(english, others)) is None


def test_the_choice_said_on_its_own_is_not_acted_on() -> None:
    # "the referendum annulled …": the choice is the subject, no verb's object.
    english = ["The referendum annulled the old charter.", "A referendum was held in Varn."]
    assert acted_on("referendum", english, _leads(english, _OTHERS)) is None


def test_many_english_leads_or_few_languages_are_left_alone() -> None:
    three = [*_EN, "The tribunal annuls the referendum."]
    assert acted_on("referendum", three, _leads(three, _OTHERS)) is None
    assert acted_on("referendum", _EN, _leads(_EN, _OTHERS[:1])) is None


def test_a_verb_without_an_english_noun_names_nothing() -> None:
    assert verbal_noun("won") is None
    assert verbal_noun("banned") is None  # "banal" is no noun of it: not tried


def test_the_act_is_named_after_its_object_and_its_verbs_are_its_uses() -> None:
    from briefing.topics.event_object import object_act, verb_uses

    verbs: list[str] = []
    assert object_act("referendum", _EN, _leads(_EN, _OTHERS), verbs) == "referendum annulment"
    # The supported verb first, then the other act done to the same object.
    assert verbs == ["annuls", "nullified"]
    assert verb_uses("annulment", verbs) == (("en", "annuls"), ("en", "nullified"))
    # A head that is no verb's noun borrows nothing.
    assert verb_uses("crash", verbs) == ()
    # Not acted on: False, and nothing appended.
    english = ["The governor won the referendum in Varn.", "Voters backed the referendum."]
    assert object_act("referendum", english, _leads(english, _OTHERS), verbs) is False
    assert verbs == ["annuls", "nullified"]
