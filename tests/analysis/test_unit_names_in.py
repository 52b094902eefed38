"""The cheap test before a reader asks each number of a sentence for its unit."""

from briefing.analysis.unit_names_in import may_name
from briefing.analysis.units import unit_after

DAY, HOUR = "duration-day", "duration-hour"


def test_a_sentence_naming_the_unit_may_hold_it() -> None:
    assert may_name("The crew waited 412 days for the part.", DAY, "en")
    assert may_name("Die Besatzung wartete 412 Tage.", DAY, "de")
    assert may_name("Der Flug dauerte 2 Stunden und 10 Minuten.", HOUR, "de")


def test_a_case_or_suffix_form_still_passes() -> None:
    # "Tagen" (dative) holds "tag"; "DAYS" folds to "days".
    assert may_name("Nach 412 Tagen kam das Teil.", DAY, "de")
    assert may_name("AFTER 412 DAYS THE PART CAME.", DAY, "en")


def test_a_sentence_without_the_unit_is_skipped() -> None:
    assert not may_name("The depot was built in 1984 for 250 buses.", DAY, "en")
    assert not may_name("The depot was built in 1984 for 250 buses.", HOUR, "en")


def test_whenever_unit_after_finds_the_unit_the_test_passes() -> None:
    for text, unit, language in [
        ("It took 3 hours.", HOUR, "en"),
        ("Il a fallu 3 heures.", HOUR, "fr"),
        ("Прошло 412 дней.", DAY, "ru"),
        ("Üç saatte bitti: 3 saatte.", HOUR, "tr"),
    ]:
        number_end = next(i + 1 for i, c in enumerate(text) if c.isdigit())
        found = unit_after(text, number_end, language)
        if found is not None and found.id == unit:
            assert may_name(text, unit, language)


def test_sign_before_keeps_the_alternations_order_and_word_rule() -> None:
    from briefing.analysis.currencies import sign_before

    text = "a CA$3.25 deal"
    assert sign_before(text, text.index("3"), "en") == (2, "CAD")  # "CA$" before "$"
    text = "pays $ 100 more"
    assert sign_before(text, text.index("1"), "en") == (5, "USD")  # one space allowed
    text = "rose to CHF9 billion"
    assert sign_before(text, text.index("9"), "en") == (8, "CHF")
    text = "code XACHF9 here"
    assert sign_before(text, text.index("9"), "en") is None  # a code inside a word
    text = "in 1999 and 2000"
    assert sign_before(text, text.index("2"), "en") is None
