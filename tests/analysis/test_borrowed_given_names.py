"""A given name copied across languages with a silent "h" added or dropped
(``borrowed_given_names``). Written fixtures (no article text): a made-up minister, Antony
Holmvik; the look-alikes are a language's own form of a name (Teresa in Spanish, Anthony in
French), one language's two spellings, one writer's two spellings, another letter."""

from __future__ import annotations

from analysis.builders import in_language

from briefing.analysis import find_discrepancies
from briefing.analysis.borrowed_given_names import borrowed_given_name_discrepancies
from briefing.model import Article


def _spellings(*articles: Article) -> list[set[str]]:
    return [{c.value for c in d.claims} for d in borrowed_given_name_discrepancies(articles)]


def test_a_copied_name_with_an_h_it_does_not_have_disagrees() -> None:
    german = in_language("de", "de", "Der Minister Antony Holmvik sprach in Oslo.")
    spanish = in_language("es", "es", "El ministro Anthony Holmvik habló en Oslo.")
    (found,) = borrowed_given_name_discrepancies([german, spanish])
    assert {c.value: c.article_ids for c in found.claims} == {
        "Anthony": ("es",),
        "Antony": ("de",),
    }
    assert found.kind == "spelling"
    assert "Anthony Holmvik" in found.claims[0].quotes[0].text


def test_the_rule_runs_with_the_others() -> None:
    german = in_language("de", "de", "Der Minister Antony Holmvik sprach in Oslo.")
    spanish = in_language("es", "es", "El ministro Anthony Holmvik habló en Oslo.")
    flags = [d for d in find_discrepancies([german, spanish]) if d.kind == "spelling"]
    assert [d.subject for d in flags] == ["Anthony / Antony Holmvik"]


def test_a_languages_own_form_of_the_name_is_a_translation() -> None:
    # "Teresa" is Spanish's form of "Theresa", and "Anthony" is a French given name
    english = in_language("en", "en", "Minister Theresa Holmvik spoke in Oslo.")
    spanish = in_language("es", "es", "La ministra Teresa Holmvik habló en Oslo.")
    assert _spellings(english, spanish) == []
    german = in_language("de", "de", "Der Minister Antony Holmvik sprach in Oslo.")
    french = in_language("fr", "fr", "Le ministre Anthony Holmvik a parlé à Oslo.")
    assert _spellings(german, french) == []


def test_one_languages_two_spellings_are_left_to_the_spelling_check() -> None:
    first = in_language("de", "a", "Der Minister Antony Holmvik sprach in Oslo.")
    second = in_language("de", "b", "Minister Anthony Holmvik sprach lange.")
    spanish = in_language("es", "es", "El ministro Anthony Holmvik habló en Oslo.")
    assert _spellings(first, second, spanish) == []


def test_one_writers_two_spellings_contradict_no_other_source() -> None:
    both = in_language("es", "es", "Anthony Holmvik habló. Luego Antony Holmvik se fue.")
    german = in_language("de", "de", "Der Minister Antony Holmvik sprach in Oslo.")
    assert _spellings(both, german) == []


def test_another_letter_is_not_this_rule() -> None:
    german = in_language("de", "de", "Der Minister Antony Holmvik sprach in Oslo.")
    spanish = in_language("es", "es", "El ministro Antonio Holmvik habló en Oslo.")
    assert _spellings(german, spanish) == []
