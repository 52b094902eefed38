"""Ages of a person across languages and scripts when the name is written so that a rule can
tell it is one person (analysis/glossed_ages.py, double_surnames.py, ages.py):

- a Chinese, Japanese or Korean age beside a name glossed in Latin letters is that Latin
  name's age ("29 歲的創辦人雷耶斯(Samuel Okafor-Reyes)" has the key of "Okafor-Reyes, 30");
- a hyphenated surname written after a given name is a name the age reader ties an age to;
- a Spanish, Italian or Portuguese apposition with an article ("Marsk, el ingeniero de 61
  años") gives the name's age.

Fixtures are written for these tests (fictional people), no article text.
"""

from __future__ import annotations

from analysis.builders import figure_flags, in_language

from briefing.analysis.ages import ages_of
from briefing.analysis.double_surnames import double_surnames
from briefing.analysis.glossed_ages import glossed_ages


def test_a_cjk_age_beside_a_latin_gloss() -> None:
    for language, text in (
        ("zh", "由 41 歲的創辦人馬斯克(Lena Marsk-Holt)創辦的公司週五破產。"),
        ("zh", "41岁的创始人玛斯克(Lena Marsk-Holt，LMH)辞职。"),
        ("ja", "41歳の創業者レナ・マースク(Lena Marsk-Holt)氏が辞任した。"),
        ("ko", "41세 창업자 레나 마스크(Lena Marsk-Holt)가 사임했다."),
    ):
        (age,) = glossed_ages(in_language(language, "a", text))
        assert (age.years, age.person) == (41, "LATIN marsk-holt"), text
        assert age.names == frozenset({"lena", "marsk-holt"})


def test_look_alikes_of_a_glossed_age_are_not_read() -> None:
    for language, text in (
        # A company's age and gloss: no given name first, or all capitals.
        ("zh", "167歲的老牌銀行瑞信(Credit Suisse)宣布合併。"),
        ("zh", "創立 3 歲的公司(KVX Trading)破產。"),
        # Punctuation between the age and the gloss: the age is someone else's.
        ("zh", "一名 29 歲的男子被捕,創辦人馬斯克(Lena Marsk)辭職。"),
        # Another person joined between the age and the gloss: the age is theirs.
        ("zh", "29歲的男子與創辦人馬斯克(Lena Marsk)見面。"),
        ("ja", "29歳の男性と創業者マースク(Lena Marsk)氏が会った。"),
        ("ko", "29세 남성과 창업자 마스크(Lena Marsk)가 만났다."),
        # A generation, not an age; a gloss of one word.
        ("ko", "30세대 창업자 레나(Lena Marsk)가 말했다."),
        ("ja", "41歳の創業者マースク(Marsk)氏が辞任した。"),
        # No age at all: a count of people before a gloss.
        ("zh", "29名員工跟隨馬斯克(Lena Marsk)離開。"),
    ):
        assert glossed_ages(in_language(language, "a", text)) == [], text


def test_double_surnames_after_a_given_name_only() -> None:
    texts = [
        "Founder Lena Marsk-Holt resigned. Marsk-Holt, 41, left on Friday.",
        "The Franco-German plan and the Trans-Pacific deal; North Korea-US talks; UN-backed.",
    ]
    assert double_surnames(texts, "en") == {"Lena", "Marsk-Holt"}
    # An article that is a given name somewhere ("El", "Le") is no given name here.
    assert double_surnames(["El Marsk-Holt dijo"], "es") == set()


def test_one_persons_age_across_scripts_and_languages() -> None:
    es = in_language(
        "es", "a",
        "La fundadora Lena Marsk-Holt dimitió el viernes.",
        "Es un revés para Marsk-Holt, la empresaria de 41 años que fundó la firma.",
    )  # fmt: skip
    zh = in_language("zh", "b", "由 40 歲的創辦人馬斯克(Lena Marsk-Holt)創辦的公司週五破產。")
    (age,) = ages_of(es)
    assert (age.years, age.person) == (41, "LATIN marsk-holt")
    (found,) = figure_flags(es, zh)
    assert "age of Marsk-Holt" in found.subject
    assert {c.article_ids for c in found.claims} == {("a",), ("b",)}
    # The same age in both: nothing to flag.
    same = in_language("zh", "c", "由 41 歲的創辦人馬斯克(Lena Marsk-Holt)創辦的公司週五破產。")
    assert figure_flags(es, same) == []


def test_an_apposition_with_an_article_in_romance_languages() -> None:
    for article in (
        in_language("es", "a", "Lo dijo Lena Marsk, la ingeniera de 61 años, a la prensa."),
        in_language("it", "b", "Lo ha detto Lena Marsk, l'ingegnera di 61 anni, ai giornalisti."),
        in_language("pt", "c", "Disse Lena Marsk, a engenheira de 61 anos, à imprensa."),
    ):
        (age,) = ages_of(article)
        assert age.years == 61, article.id
    # A career or a span after the article stays silent, as without it.
    for article in (
        in_language("es", "d", "Lena Marsk, la alcaldesa de 40 años de carrera, se retira."),
        in_language("it", "e", "Lena Marsk, la veterana di 40 anni di servizio, si ritira."),
    ):
        assert ages_of(article) == [], article.id
