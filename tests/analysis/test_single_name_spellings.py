"""One name of one word spelt two ways by two outlets of one language
(``single_name_spellings``). Written fixtures (no article text): an invented district,
Pulovaen, written "Пуловэн" / "Пулховэн" in Russian, and an invented spokesman, Valdorimos,
in Spanish; the look-alikes are case endings, two people who share no neighbour, a word of the
language, one writer's two forms, an apostrophe, two languages, and Arabic, which has no
capitals to find a name by."""

from __future__ import annotations

from analysis.builders import in_language

from briefing.analysis import find_discrepancies
from briefing.analysis.single_name_spellings import single_name_discrepancies
from briefing.model import Article


def _spellings(*articles: Article) -> list[set[str]]:
    return [{c.value for c in d.claims} for d in single_name_discrepancies(articles)]


def test_a_cyrillic_place_with_a_letter_added_disagrees() -> None:
    first = in_language("ru", "a", "Давка произошла в районе Пуловэн вечером.")
    second = in_language("ru", "b", "Трагедия случилась в районе Пулховэн, где гуляли люди.")
    (found,) = single_name_discrepancies([first, second])
    assert {c.value: c.article_ids for c in found.claims} == {
        "Пуловэн": ("a",),
        "Пулховэн": ("b",),
    }
    assert found.kind == "spelling"


def test_a_latin_surname_with_one_vowel_changed_disagrees() -> None:
    first = in_language("es", "a", "El portavoz Valdorimos dijo que el fuego sigue activo.")
    second = in_language("es", "b", "Según el portavoz Valderimos, el fuego avanza hacia el sur.")
    assert _spellings(first, second) == [{"Valdorimos", "Valderimos"}]


def test_the_rule_runs_with_the_others() -> None:
    first = in_language("ru", "a", "Давка произошла в районе Пуловэн вечером.")
    second = in_language("ru", "b", "Трагедия случилась в районе Пулховэн, где гуляли люди.")
    subjects = [d.subject for d in find_discrepancies([first, second]) if d.kind == "spelling"]
    assert subjects == ["Пуловэн / Пулховэн"]


def test_case_endings_are_one_name() -> None:
    first = in_language("ru", "a", "Давка произошла в районе Пуловэн вечером.")
    second = in_language("ru", "b", "Жители района Пуловэна вышли на улицы.")
    third = in_language("ru", "c", "Жители района Пуловэну помогли.")
    assert _spellings(first, second, third) == []


def test_two_names_with_no_shared_neighbour_stay_apart() -> None:
    # one vowel apart, but nothing around them ties them to one bearer
    first = in_language("es", "a", "El juez Valdorimos firmó la sentencia.")
    second = in_language("es", "b", "La cantante Valderimos actuó anoche.")
    assert _spellings(first, second) == []


def test_a_word_of_the_language_is_no_name() -> None:
    # "Boarder" / "Border": both words of English (wordfreq), a slip of a word, not a name
    first = in_language("en", "a", "Trucks queued at the Border crossing all night.")
    second = in_language("en", "b", "Police closed the Boarder crossing at dawn.")
    assert _spellings(first, second) == []


def test_one_writers_two_forms_contradict_no_other_source() -> None:
    first = in_language("ru", "a", "В районе Пуловэн и в районе Пулховэн было тесно.")
    second = in_language("ru", "b", "В районе Пуловэн собрались тысячи.")
    assert _spellings(first, second) == []


def test_an_apostrophe_is_no_letter() -> None:
    first = in_language("en", "a", "Justice Ndaro’mbe dissented from the ruling.")
    second = in_language("en", "b", "Justice Ndarombe dissented from the ruling.")
    assert _spellings(first, second) == []


def test_two_languages_are_two_conventions() -> None:
    first = in_language("ru", "a", "Давка произошла в районе Пуловэн вечером.")
    second = in_language("uk", "b", "Тиснява сталася в районе Пулховэн увечері.")
    assert _spellings(first, second) == []


def test_arabic_has_no_capitals_and_is_left_to_its_own_rule() -> None:
    first = in_language("ar", "a", "وقع التدافع في منطقة بولوفان مساء السبت.")
    second = in_language("ar", "b", "وقع التدافع في منطقة بولفان مساء السبت.")
    assert _spellings(first, second) == []


def test_an_article_of_undetermined_language_is_skipped_not_a_crash() -> None:
    """wordfreq has no list for "und": asking it raised LookupError and the whole
    disagreements pass failed (the 10k benchmark corpus holds such articles)."""
    texts = [
        "The flood reached Maravona village overnight.",
        "By noon the flood reached Marovona village.",
    ]
    und = [in_language("und", f"u{i}", t) for i, t in enumerate(texts)]
    assert single_name_discrepancies(und) == []
    assert find_discrepancies(und) is not None  # the whole pass runs too
    en = [in_language("en", f"e{i}", t) for i, t in enumerate(texts)]
    assert _spellings(*en) == [{"Maravona", "Marovona"}]  # the same text in English is read
