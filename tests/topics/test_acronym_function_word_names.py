"""An acronym in capitals that reads as a function word ("WHO", "US", "IS") is named by its
own expansion when the texts write one, never by another language's acronym; the word
("Who" opening a sentence) is no name. Made-up organisations and text throughout."""

from __future__ import annotations

from briefing.topics.candidates import Occurrence
from briefing.topics.naming import canonical


def occs(*surfaces: str) -> list[Occurrence]:
    return [Occurrence("000", n, 0, len(s), s) for n, s in enumerate(surfaces)]


def test_a_capitals_acronym_does_not_yield_to_another_languages_acronym() -> None:
    # "WHO" for a made-up body, beside its French and Russian acronyms: still "WHO".
    forms = occs(*["WHO"] * 9, "OMS", "OMS", "ВОЗ")
    assert canonical("organisation", "n:oms", forms) == "WHO"


def test_a_capitals_acronym_is_named_by_its_own_expansion() -> None:
    forms = occs(*["WHO"] * 9, "Wider Harbour Office", "Wider Harbour Office", "OMS", "OMS")
    assert canonical("organisation", "n:oms", forms) == "Wider Harbour Office"
    # The Spanish expansion spells "OMS", not "WHO": no expansion of it.
    forms = occs(*["WHO"] * 5, "Oficina Marítima del Sur", "Oficina Marítima del Sur", "OMS")
    assert canonical("organisation", "n:oms", forms) == "WHO"


def test_a_sentence_initial_word_is_no_name_beside_the_acronym() -> None:
    # "Who" opening a sentence ("Who pays for the repairs?") merged with "WHO": the acronym.
    forms = occs("Who", "Who", "Who", "WHO", "WHO", "OMS")
    assert canonical("organisation", "n:who", forms) == "WHO"


def test_us_in_a_headlines_capitals_keeps_its_old_rule() -> None:
    # "US" beside "United States" is still named by the long form; "US" alone stays "US".
    assert canonical("organisation", "n:us", occs("US", "US", "US", "United States")) == (
        "United States"
    )
    assert canonical("organisation", "n:us", occs("US", "US")) == "US"
    # An "Us" the texts write as a word ("LET US PRAY" cased as "Us") beside "US": "US".
    assert canonical("organisation", "n:us", occs("Us", "Us", "US")) == "US"


def test_a_name_that_is_no_function_word_is_untouched() -> None:
    assert canonical("organisation", "n:nato", occs("NATO", "NATO", "OTAN")) == "NATO"
    assert canonical("organisation", "n:otan", occs("OTAN", "OTAN", "NATO")) == "OTAN"
