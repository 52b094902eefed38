"""One foreign name written two ways in Arabic script (``arabic_spellings``). Written fixtures
(no article text): made-up visitors, Gustav Holmberg and Tomas Brinkel; the look-alikes are a
name with no given name before it, two people whose Latin names differ by the letter one form
drops, one writer's two spellings, another consonant, a grammatical ending, two languages of
one script, and a surname two Latin words of one language share."""

from __future__ import annotations

from analysis.builders import in_language

from briefing.analysis import find_discrepancies
from briefing.analysis.arabic_spellings import arabic_spelling_discrepancies
from briefing.model import Article

_LATIN = in_language(
    "en", "en", "Envoy Gustav Holmberg met Tomas Brinkel in Cairo.", "Holmberg spoke first."
)


def _arabic(article_id: str, text: str, language: str = "ar") -> Article:
    return in_language(language, article_id, text)


def _spellings(*articles: Article) -> list[set[str]]:
    return [{c.value for c in d.claims} for d in arabic_spelling_discrepancies(articles)]


def test_g_written_with_two_letters_is_two_spellings_of_one_name() -> None:
    # غ (the Levant) against ج (Egypt) for the "g" of "Holmberg"
    first = _arabic("a", "وصل المبعوث غوستاف هولمبرغ إلى القاهرة.")
    second = _arabic("b", "التقى الوزير غوستاف هولمبرج أمس.")
    (found,) = arabic_spelling_discrepancies([_LATIN, first, second])
    claims = {c.value: c.article_ids for c in found.claims}
    assert claims == {"هولمبرغ": ("a",), "هولمبرج": ("b",)}
    assert found.kind == "spelling"
    assert any("هولمبرغ" in q.text for q in found.claims[0].quotes + found.claims[1].quotes)


def test_a_dropped_nun_and_two_swapped_letters_are_slips_of_one_name() -> None:
    whole = _arabic("a", "وصل توماس برينكل ومعه غوستاف هولمبرغ.")
    slipped = _arabic("b", "التقى توماس بريكل ثم غوستاف هولبمرغ.")
    assert _spellings(_LATIN, whole, slipped) == [{"بريكل", "برينكل"}, {"هولبمرغ", "هولمبرغ"}]


def test_a_conjunction_glued_to_the_given_name_is_set_apart() -> None:
    first = _arabic("a", "التقى الوزير وغوستاف هولمبرغ.")
    second = _arabic("b", "قال لغوستاف هولمبرج إن الزيارة انتهت.")
    assert _spellings(_LATIN, first, second) == [{"هولمبرغ", "هولمبرج"}]


def test_the_rule_runs_with_the_others() -> None:
    first = _arabic("a", "وصل المبعوث غوستاف هولمبرغ إلى القاهرة.")
    second = _arabic("b", "التقى الوزير غوستاف هولمبرج أمس.")
    flags = [d for d in find_discrepancies([_LATIN, first, second]) if d.kind == "spelling"]
    assert [d.subject for d in flags] == ["هولمبرج / هولمبرغ"]


def test_a_surname_with_no_given_name_before_it_is_not_read_as_the_name() -> None:
    first = _arabic("a", "وقال هولمبرغ إن الزيارة مهمة.")
    second = _arabic("b", "وأكد هولمبرج ذلك.")
    assert _spellings(_LATIN, first, second) == []


def test_two_people_whose_latin_names_differ_by_the_dropped_letter_stay_apart() -> None:
    latin = in_language("en", "en", "Tomas Brinkel and his cousin Tomas Brikel arrived.")
    first = _arabic("a", "وصل توماس برينكل.")
    second = _arabic("b", "وصل توماس بريكل.")
    assert _spellings(latin, first, second) == []


def test_one_writers_two_spellings_contradict_no_other_source() -> None:
    both = _arabic("a", "وصل غوستاف هولمبرغ، ثم قال غوستاف هولمبرج إنه سعيد.")
    other = _arabic("b", "التقى غوستاف هولمبرغ الوزير.")
    assert _spellings(_LATIN, both, other) == []


def test_another_consonant_makes_another_word() -> None:
    # ت for ب: not a letter Arabic writes for "b"
    first = _arabic("a", "وصل غوستاف هولمبرغ.")
    second = _arabic("b", "وصل غوستاف هولمترغ.")
    assert _spellings(_LATIN, first, second) == []


def test_a_grammatical_ending_is_not_a_spelling() -> None:
    first = _arabic("a", "وصل غوستاف هولمبرغ.")
    second = _arabic("b", "رأيت غوستاف هولمبرغا.")
    assert _spellings(_LATIN, first, second) == []


def test_two_languages_of_one_script_keep_their_own_conventions() -> None:
    # Persian (its own ی and ک) is read the same way, but never against Arabic
    arabic = _arabic("a", "وصل توماس بريكل.")
    persian = _arabic("b", "توماس برینکل وارد شد.", language="fa")
    assert _spellings(_LATIN, arabic, persian) == []
    other = _arabic("c", "توماس بریکل وارد شد.", language="fa")
    assert _spellings(_LATIN, persian, other) == [{"بریکل", "برینکل"}]


def test_a_surname_two_latin_words_of_one_language_share_is_left_alone() -> None:
    latin = in_language("en", "en", "Gustav Holmberg met Gustav Holmborg, his namesake.")
    first = _arabic("a", "وصل غوستاف هولمبرغ.")
    second = _arabic("b", "وصل غوستاف هولمبرج.")
    assert _spellings(latin, first, second) == []


# A three-word name written family name first: a made-up envoy, Pak Jong-sok.
_PAK = in_language(
    "en", "en", "Envoy Pak Jong-sok met Tomas Brinkel in Cairo.", "Pak Jong Sok left."
)


def test_the_middle_word_of_a_three_word_name_read_as_y_is_two_spellings() -> None:
    first = _arabic("a", "وصل المبعوث باك جونغ سوك إلى القاهرة.")
    second = _arabic("b", "التقى الوزير باك يونج سوك أمس.")
    (found,) = arabic_spelling_discrepancies([_PAK, first, second])
    assert {c.value: c.article_ids for c in found.claims} == {"جونغ": ("a",), "يونج": ("b",)}
    assert "between the name's first and last words" in found.note


def test_the_middle_word_is_read_only_between_the_names_neighbours() -> None:
    first = _arabic("a", "وصل المبعوث باك جونغ سوك إلى القاهرة.")
    # another last word: another name, or no name
    other = _arabic("b", "التقى الوزير باك يونج هو أمس.")
    assert _spellings(_PAK, first, other) == []
    # another person of the same first and last words, written with the "y" in Latin letters
    cousin = in_language("en", "en2", "His cousin Pak Yong Sok stayed home.")
    second = _arabic("b", "التقى الوزير باك يونج سوك أمس.")
    assert _spellings(_PAK, cousin, first, second) == []
    # one writer's two spellings
    both = _arabic("b", "وصل باك جونغ سوك، ثم قال باك يونج سوك إنه سعيد.")
    assert _spellings(_PAK, first, both) == []


def test_a_surname_whose_j_is_read_as_y_is_two_spellings() -> None:
    latin = in_language("en", "en", "Envoy Lars Jansker met the minister in Cairo.")
    first = _arabic("a", "وصل المبعوث لارس جانسكر إلى القاهرة.")
    second = _arabic("b", "التقى الوزير لارس يانسكر أمس.")
    assert _spellings(latin, first, second) == [{"جانسكر", "يانسكر"}]


def test_a_short_surname_after_a_long_given_name_is_read() -> None:
    # "Natan" keeps three consonants (n-t-n), "Benedikt" five: a pair as rare as a long name
    latin = in_language("en", "en", "Envoy Benedikt Natan met the press.")
    first = _arabic("a", "وصل المبعوث بينيديكت ناتان إلى القاهرة.")
    second = _arabic("b", "التقى الوزير بينيديكت نتان أمس.")
    assert _spellings(latin, first, second) == [{"ناتان", "نتان"}]
    # after a short given name ("Omar": m-r) the short surname is too common a key
    latin = in_language("en", "en", "Envoy Omar Natan met the press.")
    first = _arabic("a", "وصل المبعوث عمر ناتان إلى القاهرة.")
    second = _arabic("b", "التقى الوزير عمر نتان أمس.")
    assert _spellings(latin, first, second) == []


def test_two_latin_spellings_of_one_surname_after_one_given_name_are_one_person() -> None:
    # two writers of one language write "Holmberg" and "Holmbergh" after "Gustav": one
    # person, one flag
    latin = in_language("en", "en", "Envoy Gustav Holmberg met the press.")
    other = in_language("en", "en2", "Later Gustav Holmbergh left.")
    first = _arabic("a", "وصل المبعوث غوستاف هولمبرغ إلى القاهرة.")
    second = _arabic("b", "التقى الوزير غوستاف هولمبرج أمس.")
    assert _spellings(latin, other, first, second) == [{"هولمبرغ", "هولمبرج"}]
    # after two given names with nothing in common they may be two people: silent
    other = in_language("en", "en2", "Later Klara Holmbergh left.")
    assert _spellings(latin, other, first, second) == []


def test_a_short_surname_after_a_given_name_of_three_is_read_as_a_pair_of_six() -> None:
    # "Karim" (k-r-m) and "Natan" (n-t-n): two words that must both match keep six in all
    latin = in_language("en", "en", "Envoy Karim Natan met the press.")
    first = _arabic("a", "وصل المبعوث كريم ناتان إلى القاهرة.")
    second = _arabic("b", "التقى الوزير كريم نتان أمس.")
    assert _spellings(latin, first, second) == [{"ناتان", "نتان"}]
    # five in all ("Omar": m-r) stays too common a key: the look-alike above
