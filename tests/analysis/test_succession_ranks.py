"""A place in the line of succession to a throne, in any language: one quantity. Fixtures are
invented sentences about invented heirs, in no packet."""

from __future__ import annotations

from analysis.builders import figure_flags, in_language, values_by_article

from briefing.analysis.model import Quote, Span
from briefing.analysis.succession_ranks import succession_ranks


def _ranks(text: str, language: str) -> list[float]:
    quote = Quote("a", None, Span(0, 0, len(text)), text)
    return [f.low for f in succession_ranks(text, language, quote)]


def test_two_places_of_one_heir_in_four_languages() -> None:
    en = in_language("en", "a", "Prince Otto, fourth in line to the Ruritanian throne, smiled.")
    ru = in_language("ru", "b", "Принц Отто занимает третье место в очереди на престол.")
    ja = in_language("ja", "c", "王位継承順位4位のオットー王子が笑った。")
    uk = in_language("uk", "d", "Він – третій у черзі на престол.")
    (found,) = figure_flags(en, ru, ja, uk)
    assert values_by_article(found) == {
        "fourth in line (4)": ("a", "c"),
        "третье место в очереди на престол (3)": ("b", "d"),
    }
    assert "line of succession" in found.subject


def test_ordinals_in_words_and_digits() -> None:
    assert _ranks("Otto, 4th in line to the throne, smiled.", "en") == [4.0]
    assert _ranks("Otto ist Vierter in der Thronfolge.", "de") == [4.0]
    assert _ranks("Otto es cuarto en la línea de sucesión al trono.", "es") == [4.0]
    assert _ranks("Otto è quarto nella linea di successione al trono.", "it") == [4.0]
    assert _ranks("Отто – четвертий у черзі на трон.", "uk") == [4.0]
    assert _ranks("오토 왕자는 왕위 계승 서열 4위다.", "ko") == [4.0]
    assert _ranks("奥托王子是王位第四顺位继承人。", "zh") == [4.0]


def test_look_alikes_of_a_rank_stay_silent() -> None:
    # An ordinal of another ranking or of a time; no throne named.
    assert _ranks("Otto won for the sixth time.", "en") == []
    assert _ranks("Otto was sixth in line for tickets.", "en") == []
    assert _ranks("Otto finished fifth in the race to the throne room.", "en") == []
    # A rank as of another year: another time.
    assert _ranks("At his birth in 1984, Otto was third in line to the throne.", "en") == []
    # One source giving two heirs two places: silent, as a key given two values is.
    two = in_language(
        "en", "a", "Ada is second in line to the throne, and Otto fifth in line to the throne."
    )
    one = in_language("ru", "b", "Отто – шестой в очереди на престол.")
    assert figure_flags(two, one) == []
    # A conversion is no second rank: the same place in two languages is one value.
    same = in_language("ja", "c", "王位継承順位6位のオットー王子。")
    assert figure_flags(one, same) == []


def test_two_heirs_named_in_one_script_are_two_ranks() -> None:
    # William second, Harry sixth: two heirs, each in its own article.
    ada = in_language(
        "en", "a", "At the service, Princess Ada, second in line to the throne, read."
    )
    otto = in_language(
        "en", "b", "Before the vows, Prince Otto, third in line to the throne, smiled."
    )
    assert figure_flags(ada, otto) == []
    # One heir named in two articles with two places: a clash.
    again = in_language(
        "en", "c", "After the vows, Prince Otto, fourth in line to the throne, left."
    )
    (found,) = figure_flags(ada, otto, again)
    assert set(values_by_article(found)) == {"third in line (3)", "fourth in line (4)"}
