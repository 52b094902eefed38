"""Places named only in passing: the yardstick of a multiple (:mod:`briefing.topics.yardsticks`),
a country in brackets after a name or after a university's name
(:mod:`briefing.topics.name_asides`). Made-up sentences."""

from __future__ import annotations

from dataclasses import replace

from topics.helpers import article

from briefing.model import Article
from briefing.topics import extract_topics
from briefing.topics.candidates import Occurrence
from briefing.topics.name_asides import _named_bracket, _seated
from briefing.topics.yardsticks import yardsticks


def _use(text: str, name: str, article_id: str = "a1") -> Occurrence:
    start = text.index(name)
    return Occurrence(article_id, 0, start, start + len(name), name)


def _yardstick(text: str, name: str, language: str) -> bool:
    o = _use(text, name)
    return o in yardsticks([o], {("a1", 0): text}, {"a1": language})


def test_a_multiple_of_a_place_is_its_yardstick() -> None:
    assert _yardstick("The comet is twelve times brighter than the Moon tonight.", "Moon", "en")
    assert _yardstick("Le lac fait 3,2 millions de fois la taille de Vorland.", "Vorland", "fr")
    assert _yardstick("Ein Stern, achtmal so schwer wie die Sonne.", "Sonne", "de")
    assert _yardstick("Звезда в 40 раз тяжелее Солнца.", "Солнца", "ru")
    # A tweet in English quoted in a Spanish article: the word's own numbers.
    assert _yardstick("Una estrella 4.1 billion times the mass of the Sun.", "Sun", "es")
    assert _yardstick("该星体质量约为太阳的40亿倍。", "太阳", "zh")
    assert _yardstick("질량은 태양의 40억 배다.", "태양", "ko")


def test_no_number_or_another_clause_is_no_yardstick() -> None:
    assert not _yardstick("At times the Moon hid behind clouds.", "Moon", "en")
    assert not _yardstick("Many times the team has flown to Vorland.", "Vorland", "en")
    assert not _yardstick("It was ten times bigger. The Moon rose later.", "Moon", "en")
    assert not _yardstick("Diesmal war die Sonne zu hell.", "Sonne", "de")
    assert not _yardstick("太阳升起时，产量增长了3倍。", "太阳", "zh")
    assert not _yardstick("태양 배우가 웃었다.", "태양", "ko")


def test_the_number_words_are_worked_out_once_per_pair_of_languages() -> None:
    """Every word before a place used to build the number and scale sets anew; they are
    remembered per (paragraph's language, multiplicative word's languages), and a later
    paragraph answers as the first did (issue 15)."""
    from briefing.topics.yardsticks import _numbers

    _numbers.cache_clear()
    assert _yardstick("Ein Stern, achtmal so schwer wie die Sonne.", "Sonne", "de")
    assert _yardstick("Der Mond ist fünfmal so hell wie die Venus.", "Venus", "de")
    assert not _yardstick("Diesmal war die Sonne zu hell.", "Sonne", "de")
    assert _numbers.cache_info().currsize == 1  # ("de", ("de",)): three paragraphs, one build
    names, scales = _numbers("es", ("en",))
    assert {"four", "cuatro"} <= names and {"billion", "millones"} & scales


def _bracket(text: str, name: str) -> bool:
    return _named_bracket(text, _use(text, name), frozenset())


def test_a_country_alone_in_brackets_after_a_name_qualifies_it() -> None:
    assert _bracket("Talks were held at Brennvik (Vorland) on Monday.", "Vorland")
    assert _bracket("профессор университета Бреннвика (Форландия).", "Форландия")
    # After a common noun the bracket says which place is meant: no qualifier.
    assert not _bracket("They reached the capital (Brennvik) at noon.", "Brennvik")
    assert not _bracket("Talks at Brennvik (Vorland and Ostmark) began.", "Vorland")


def test_a_place_after_a_university_and_a_comma_is_its_seat() -> None:
    assert _seated("a professor at the Université Brennvik, aux ")
    assert _seated("Eva Lund of Brennvik University, in the ")
    assert not _seated("Eva Lund said in Brennvik, in the ")
    assert not _seated("the Brennvik team, in the ")


def _in(language: str, n: int, text: str) -> Article:
    return replace(article(f"{n:03d}", text), language=language)


def test_the_yardstick_and_the_bracketed_country_are_no_key_topics() -> None:
    texts = [
        "Astronomers in Brennvik showed the first image of the star Kelvar on Monday.",
        "The star Kelvar is 6.5 billion times more massive than the Sun, astronomers said.",
        "Kelvar weighs 40 times more than the Sun, the team in Brennvik said.",
        "The image of Kelvar was shown at Brennvik (Vorland) and in Ostmark.",
        "Institutes of Ostmark, Vorland, Kelvia and Norland built the array seen in Brennvik.",
        "Astronomers in Brennvik said Kelvar was far away.",
        "In Brennvik the image of Kelvar drew crowds.",
        "The team in Brennvik thanked Ostmark for its dishes.",
    ]
    found = {t.name for t in extract_topics([_in("en", n, t) for n, t in enumerate(texts)])}
    assert "Sun" not in found
    assert "Vorland" not in found


def test_a_moon_the_story_is_about_stays_beside_a_yardstick() -> None:
    texts = [
        "The lander touched down on the Moon on Wednesday near its south pole.",
        "The Moon has a thin dust layer, the agency said after landing on the Moon.",
        "The rover drove eight metres on the Moon, a surface 400 times darker than snow.",
        "Scientists said the Moon was colder than expected at the landing site.",
        "The lander's signal from the Moon reached the station in Brennvik.",
        "The Moon is about 400 times closer than the Sun, the agency added.",
        "Brennvik's team cheered the images of the Moon.",
        "The rover will work on the Moon for fourteen days.",
    ]
    found = {t.name for t in extract_topics([_in("en", n, t) for n, t in enumerate(texts)])}
    assert "Moon" in found
