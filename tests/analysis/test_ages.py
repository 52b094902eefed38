"""A named person's age is one quantity in every language of one script.

Fixtures are written for these tests (no article text). Two ages of one person disagree;
the ages of two people, an age given to a role the article never ties to a name, or one
source giving two ages for one surname (two people) never do.
"""

from __future__ import annotations

from analysis.builders import in_language

from briefing.analysis import Discrepancy, find_discrepancies
from briefing.analysis.ages import ages_of
from briefing.model import Article


def _figures(*articles: Article) -> list[Discrepancy]:
    return [d for d in find_discrepancies(articles) if d.kind == "figure"]


def _ids(found: Discrepancy) -> set[frozenset[str]]:
    return {frozenset(c.article_ids) for c in found.claims}


def test_ages_of_a_named_person_in_several_languages() -> None:
    cases = [
        in_language("en", "a", "Governor Lena Marsk, aged 61, opened the bridge on Friday."),
        in_language("de", "b", "Die Gouverneurin Lena Marsk (61) eröffnete die Brücke."),
        in_language("es", "c", "La gobernadora Lena Marsk, de 61 años, inauguró el puente."),
        in_language("it", "d", "La governatrice Lena Marsk, 61 anni, ha inaugurato il ponte."),
        in_language("fr", "e", "La gouverneure Lena Marsk, 61 ans, a inauguré le pont."),
        in_language("ru", "f", "Мост открыла 61-летняя губернатор Лена Марск."),
        in_language("tr", "g", "Köprüyü 61 yaşındaki Vali Lena Marsk açtı."),
        in_language("de", "h", "Die 61-jährige Lena Marsk eröffnete die Brücke."),
    ]
    for article in cases:
        (age,) = ages_of(article)
        assert age.years == 61, article.id
    # Every Latin-script outlet agrees: nothing to flag.
    assert _figures(*cases) == []
    older = in_language("en", "i", "The 64-year-old Lena Marsk cut the ribbon.")
    (found,) = _figures(*cases, older)
    assert "age of Marsk" in found.subject
    # The Cyrillic "Марск" joins by the packet's person topic, which merges the two names.
    assert _ids(found) == {frozenset("abcdefgh"), frozenset("i")}


def test_an_age_given_to_a_role_the_article_ties_to_one_name() -> None:
    a = in_language(
        "de", "a",
        "Gewählt wurde Lena Marsk, eine erfahrene Gouverneurin aus Varnel.",
        "Die 58-jährige Gouverneurin will die Brücke bauen.",
    )  # fmt: skip
    b = in_language("de", "b", "Die 61-jährige Lena Marsk will die Brücke bauen.")
    (found,) = _figures(a, b)
    assert _ids(found) == {frozenset("a"), frozenset("b")}
    # The role before the full name ties it too.
    c = in_language(
        "en", "c", "Governor Lena Marsk spoke first. The 58-year-old governor then left."
    )
    (found,) = _figures(b, c, in_language("en", "d", "Then Governor Lena Marsk, 61, spoke."))
    assert _ids(found) == {frozenset("bd"), frozenset("c")}


def test_look_alikes_of_an_age_disagreement_stay_silent() -> None:
    # Two people: a 59-year-old minister and the 71-year-old man who attacked him.
    two_people = [
        in_language("en", "a", "Minister Pavel Dorn, 59, was attacked by a 71-year-old man."),
        in_language(
            "de", "b", "Der 71-jährige Angreifer wurde festgenommen; Pavel Dorn (59) lebt."
        ),
        in_language("it", "c", "Pavel Dorn, 59 anni, è stato ferito da un uomo di 71 anni."),
    ]
    assert _figures(*two_people) == []
    # A role the article never ties to a name, or ties to two names: nobody's age.
    untied = [
        in_language(
            "en", "d", "Officials arrested the 60-year-old stationmaster. Pavel Dorn spoke."
        ),
        in_language(
            "en",
            "e",
            "Governor Pavel Dorn and Governor Ivo Kale met. The 70-year-old governor left.",
        ),
    ]
    assert _figures(*two_people, *untied) == []
    # "Name, and their N-year-old son": the son is another person, not an apposition.
    son = [
        in_language("en", "h", "Ivo Kale, his wife Ana Dorn, and their 31-year-old son died."),
        in_language("en", "i", "The police named Ana Dorn, 34, on Friday."),
    ]
    assert _figures(*son) == []
    # One source, two ages for one surname: two people of one family.
    family = [
        in_language("en", "f", "Ana Dorn, 31, and her father Pavel Dorn, 59, were both there."),
        in_language("en", "g", "Pavel Dorn, 59, left the hospital."),
    ]
    assert _figures(*family) == []


def test_an_age_in_words_is_read_in_several_languages() -> None:
    cases = [
        in_language("en", "a", "Police said the seven-year-old Samuel Brandt was found alive."),
        in_language("de", "b", "Der siebenjährige Samuel Brandt wurde lebend gefunden."),
        in_language("tr", "c", "Yedi yaşındaki Samuel Brandt sağ olarak bulundu."),
        in_language("fr", "d", "Selon la police, Samuel Brandt, sept ans, a été retrouvé vivant."),
        in_language(
            "it", "e", "Secondo la polizia Samuel Brandt, di sette anni, è stato trovato vivo."
        ),
    ]
    for article in cases:
        (age,) = ages_of(article)
        assert age.years == 7, article.id
    assert _figures(*cases) == []
    # in words or in digits, another age of the same person disagrees
    eight = in_language("en", "f", "Police said the 8-year-old Samuel Brandt was found alive.")
    (found,) = _figures(*cases, eight)
    assert _ids(found) == {frozenset("abcde"), frozenset("f")}


def test_a_compound_number_word_is_one_age_and_no_part_of_a_word_is_one() -> None:
    (age,) = ages_of(in_language("en", "a", "The twenty-five-year-old Lena Marsk won the race."))
    assert age.years == 25  # never the "five" of "twenty-five"
    (age,) = ages_of(in_language("de", "b", "Die einundsiebzigjährige Lena Marsk gewann."))
    assert age.years == 71
    # not an age: a count before "year-old" that is no number, an object's age
    assert ages_of(in_language("en", "c", "The second-year-old Lena Marsk won the race.")) == []
    assert ages_of(in_language("en", "d", "A two-million-year-old fossil, Lena Marsk said.")) == []


def test_an_apposition_before_the_age_in_romance_languages() -> None:
    for article in (
        in_language("it", "a", "Lo ha detto Lena Marsk, svedese di 61 anni, ai giornalisti."),
        in_language("es", "b", "Lo dijo Lena Marsk, sueca de 61 años, a la prensa."),
        in_language("pt", "c", "Disse Lena Marsk, sueca de 61 anos, à imprensa."),
    ):
        (age,) = ages_of(article)
        assert (age.years, age.names) == (61, frozenset({"lena", "marsk"})), article.id
    # Not an age: a span of time ("da", "hace"), a career ("di 40 anni di servizio").
    for article in (
        in_language("it", "d", "Parla Lena Marsk, sindaca da 12 anni, ai giornalisti."),
        in_language("it", "e", "Lena Marsk, veterana di 40 anni di servizio, si ritira."),
        in_language("es", "f", "Lena Marsk, alcaldesa de 40 años de carrera, se retira."),
    ):
        assert ages_of(article) == [], article.id


def test_one_person_under_two_surnames_when_full_names_share_two_words() -> None:
    # One outlet writes the whole name, another drops its last word: one person.
    whole = in_language(
        "en", "a", "The survivor, 38-year-old Arun Veshkumar Talvade, is in hospital."
    )
    short = in_language(
        "it", "b", "Il sopravvissuto è Arun Veshkumar, indiano di 40 anni, ricoverato."
    )
    (found,) = _figures(whole, short)
    assert _ids(found) == {frozenset("a"), frozenset("b")}
    # One shared word is a given name two people may share: never one person by it alone.
    other = in_language(
        "it", "c", "Il sopravvissuto è Arun Pelkar, indiano di 40 anni, ricoverato."
    )
    assert _figures(whole, other) == []


def test_an_english_apposition_before_aged() -> None:
    named = "The council elected Ivo Dan on Sunday."
    (age,) = ages_of(
        in_language("en", "a", named, "Dan, a quiet engineer aged 55, thanked the voters.")
    )
    assert (age.surname, age.years) == ("Dan", 55)
    (age,) = ages_of(in_language("en", "b", named, "Dan, the mayor aged 55, spoke."))
    assert age.years == 55
    # The age of another person or thing the apposition brings in is never Dan's.
    for other in (
        "Dan, a father of a boy aged 5, thanked the voters.",
        "Dan, a builder whose son is aged 5, thanked the voters.",
        "Dan, a man married to a woman aged 50, thanked the voters.",
        "Dan, a builder with a dog aged 9, thanked the voters.",
    ):
        assert ages_of(in_language("en", "c", named, other)) == [], other


def test_an_age_marked_as_of_another_time_is_not_compared() -> None:
    now = in_language("en", "a", "The ruling bans the 19-year-old Lena Marsk for two years.")
    then = [
        in_language("en", "b", "It began when a then 17-year-old Lena Marsk failed a test."),
        in_language("en", "c", "It began when the then-17-year-old Lena Marsk failed a test."),
        in_language("en", "d", "Lena Marsk, 17 years old at the time, failed a test."),
        in_language("de", "e", "Die damals 17-jährige Lena Marsk fiel bei einem Test auf."),
        in_language("ru", "f", "Тогда 17-летняя Лена Марск провалила тест."),
    ]
    for article in then:
        assert ages_of(article) == [], article.id
    assert _figures(now, *then) == []
    # Look-alikes: "then" as a word of sequence, "alors que", a marker in another clause.
    still = [
        in_language("en", "g", "The judges met, and then the 17-year-old Lena Marsk spoke."),
        in_language("fr", "h", "Alors que le jury délibérait, Lena Marsk, 17 ans, a parlé."),
        in_language("en", "i", "At the time, judges met; the 17-year-old Lena Marsk spoke."),
    ]
    for article in still:
        (age,) = ages_of(article)
        assert age.years == 17, article.id
    assert len(_figures(now, still[0])) == 1
