"""One name in several forms is not a spelling disagreement; two spellings of one name are.

Never flagged: a name typed without its accents, a case ending of a language that declines
names, word order, a city's name in another language. Still flagged: two romanisations of one
name within one script and language. Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest
from analysis.builders import in_language

from briefing.analysis import find_discrepancies
from briefing.analysis.exonyms import other_alphabet
from briefing.analysis.inflection import accent_free, inflected, one_name
from briefing.model import Article


def _subjects(*articles: Article) -> set[str]:
    return {d.subject for d in find_discrepancies(articles)}


# ---------------------------------------------------------------- accents


@pytest.mark.parametrize(
    ("accented", "plain"),
    [
        ("Ďurčo", "Durco"),  # Slovak
        ("Řezníček", "Reznicek"),  # Czech
        ("Wałęsa", "Walesa"),  # Polish (ł does not decompose)
        ("Şimşek", "Simsek"),  # Turkish
        ("Yıldız", "Yildiz"),  # Turkish dotless ı
        ("Müller", "Mueller"),  # German typed without umlauts
        ("Müller", "Muller"),
        ("Ёлкина", "Елкина"),  # Russian ё written as е
        ("Nuñez", "Nunez"),
    ],
)
def test_a_name_without_its_accents_is_one_name(accented: str, plain: str) -> None:
    assert accent_free(accented, plain)


def test_accents_are_not_spelling_disagreements_in_any_language() -> None:
    articles = [
        in_language("sk", "sk1", "Minister Róbert Ďurčo navštívil nemocnicu."),
        in_language("sk", "sk2", "Minister Robert Durco navštívil nemocnicu v pondelok."),
        in_language("cs", "cs1", "Ministr Tomáš Řezníček promluvil k novinářům."),
        in_language("cs", "cs2", "Ministr Tomas Reznicek promluvil k novinářům včera."),
        in_language("tr", "tr1", "Bakan Mehmet Şimşek açıklama yaptı."),
        in_language("tr", "tr2", "Bakan Mehmet Simsek açıklama yaptı ve ayrıldı."),
        in_language("en", "en1", "Former president Lech Wałęsa spoke in the square."),
        in_language("en", "en2", "Former president Lech Walesa spoke to the crowd."),
        in_language("de", "de1", "Trainer Thomas Müller lobte die Mannschaft."),
        in_language("de", "de2", "Trainer Thomas Mueller lobte das Team."),
        in_language("ru", "ru1", "Судья Алёна Ёлкина огласила приговор."),
        in_language("ru", "ru2", "Судья Алена Елкина огласила приговор в среду."),
    ]
    assert _subjects(*articles) == set()


# ---------------------------------------------------------------- case endings


@pytest.mark.parametrize(
    ("a", "b", "language"),
    [
        ("Fico", "Fica", "sk"),
        ("Robert", "Robertom", "sk"),
        ("Tusk", "Tuskiem", "pl"),
        ("Donald", "Donaldowi", "pl"),
        ("Babiš", "Babišem", "cs"),
        ("Зеленский", "Зеленского", "ru"),
        ("Зеленський", "Зеленському", "uk"),
        ("Niinistö", "Niinistölle", "fi"),
        ("Marin", "Marinille", "fi"),
        ("Orbán", "Orbánnal", "hu"),
        ("Nausėda", "Nausėdai", "lt"),
        ("Vekil", "Vekili", "tr"),  # possessive: "Cumhurbaşkanı Vekili"
        ("Izmira", "Izmira'daki", "tr"),  # a proper noun's suffix after an apostrophe
        ("Kemeri", "Kemeri’nin", "tr"),
        ("Selvino", "Selvinoya", "tr"),  # dative with its buffer "y"
        ("Bakan", "Bakanları", "tr"),  # plural and possessive stacked
        ("Gəncə", "Gəncədə", "az"),
    ],
)
def test_a_case_ending_is_one_name(a: str, b: str, language: str) -> None:
    assert inflected(a, b, language)
    assert one_name(b, a, language)


@pytest.mark.parametrize(
    ("a", "b", "language"),
    [
        ("Прево", "Превост", "ru"),  # "ст" is no case ending
        ("Эммануэль", "Эмманюэль", "ru"),  # a letter inside the name
        ("Kowalczuk", "Kowalczyk", "pl"),  # two surnames, not two cases
        ("Schmidt", "Schmitt", "de"),  # German declines names with "s" only
        ("Robert", "Roberta", "en"),  # English does not decline names
        ("Ana", "Anna", "pl"),  # too short a stem to tell
        ("Selvino", "Selvinno", "tr"),  # a doubled letter is spelling, not a suffix
        ("Karadag", "Karadagsa", "tr"),  # "sa" is no case ending ("s" buffers only "-ı")
        ("Mehmet", "Mahmut", "tr"),  # two names
        ("Bakan", "Bakanı", "en"),  # English adds no suffixes
    ],
)
def test_look_alikes_of_case_endings_are_not_one_name(a: str, b: str, language: str) -> None:
    assert not one_name(a, b, language)


def test_case_endings_are_not_spelling_disagreements() -> None:
    articles = [
        in_language("sk", "sk1", "Premiér Robert Fico prišiel do parlamentu."),
        in_language("sk", "sk2", "Poslanci sa stretli s premiérom Robertom Ficom v utorok."),
        in_language("sk", "sk3", "Podporu vyjadrili aj voči premiérovi Robertovi Ficovi."),
        in_language("sk", "sk4", "Lekári operovali Roberta Fica päť hodín."),
        in_language("pl", "pl1", "Premier Donald Tusk zabrał głos."),
        in_language("pl", "pl2", "Dziennikarze rozmawiali z premierem Donaldem Tuskiem."),
        in_language("cs", "cs1", "Předseda Andrej Babiš odjel."),
        in_language("cs", "cs2", "Novináři mluvili s předsedou Andrejem Babišem."),
        in_language("uk", "uk1", "Президент Володимир Зеленський виступив."),
        in_language("uk", "uk2", "Промову президента Володимира Зеленського слухали всі."),
        in_language("fi", "fi1", "Presidentti Sauli Niinistö puhui."),
        in_language("fi", "fi2", "Kysymykset esitettiin presidentti Sauli Niinistölle."),
        in_language("hu", "hu1", "Miniszterelnök Viktor Orbán beszédet mondott."),
        in_language("hu", "hu2", "Az újságírók Viktor Orbánnal beszéltek."),
        # A declined first name beside a surname that is not declined.
        in_language("uk", "uk3", "Прем'єр Роберт Фіцо виступив у парламенті."),
        in_language("uk", "uk4", "Лікарі прооперували Роберта Фіцо вночі."),
        in_language("pl", "pl3", "Premier Robert Fico przemawiał w Handlovej."),
        in_language("pl", "pl4", "Rozmawiano z Robertem Fico przez telefon."),
    ]
    assert _subjects(*articles) == set()


def test_turkish_suffixes_are_not_spelling_disagreements() -> None:
    articles = [
        in_language("tr", "tr1", "Gürcistan Başbakanı Levan Kobidze açıklama yaptı."),
        in_language("tr", "tr2", "Başbakan Levan Kobidze kaza yerini ziyaret etti."),
        in_language("tr", "tr3", "Konuşmayı Başbakanı Levan Kobidze’nin ekibi hazırladı."),
        in_language("tr", "tr4", "Tren, Izmira'daki Merkez İstasyonu önünde durdu."),
        in_language("tr", "tr5", "Yolcular Izmira Merkez İstasyonu önünde bekledi."),
        in_language("az", "az1", "Nazir Elvin Qasımlı Gəncədə çıxış etdi."),
        in_language("az", "az2", "Nazirin müavini Elvin Qasımlıya sual verildi."),
    ]
    assert _subjects(*articles) == set()
    # Two romanisations of one foreign name by two Turkish outlets are still one flag.
    still = [
        in_language("tr", "tr6", "Dışişleri Bakanı Sergey Vedrov Ankara'ya geldi."),
        in_language("tr", "tr7", "Rus Bakan Sergei Vedrov açıklama yaptı."),
    ]
    assert _subjects(*articles, *still) == {"Sergei / Sergey"}


# ---------------------------------------------------------------- word order


def test_word_order_is_not_a_spelling_disagreement() -> None:
    articles = [
        in_language("sk", "a", "Zoznam podpísal Fico Robert a odišiel."),
        in_language("sk", "b", "Premiér Robert Fico podpísal zoznam."),
        in_language("sk", "c", "Lekári operovali Roberta Fica v nemocnici."),
        in_language("hu", "d", "A beszédet Orbán Viktor mondta el."),
        in_language("hu", "e", "Miniszterelnök Viktor Orbán beszédet mondott."),
        in_language("en", "f", "The list was signed by Fico Robert, the registry shows."),
        in_language("en", "g", "Prime Minister Robert Fico signed the list."),
        # Surname first, the given name declined (Hungarian order and cases).
        in_language("hu", "h", "A levelet Fico Robertnek küldték el."),
        in_language("hu", "i", "Az újságírók Fico Roberttel beszéltek."),
    ]
    assert _subjects(*articles) == set()


# ---------------------------------------------------------------- another language's form


def test_a_name_in_another_cyrillic_alphabet_is_a_translation() -> None:
    # A Russian outlet quoting the Ukrainian form (with "і"), or a Ukrainian article
    # labelled Russian: each language's transliteration, as "Selenskyj" is German's.
    articles = [
        in_language("ru", "a", "Мэр Виталий Кличко выступил на заседании."),
        in_language("ru", "b", "Подпись гласила: «Мер Віталій Кличко на засіданні»."),
        in_language("uk", "c", "Президент Еммануель Макрон прибув до Парижа."),
        in_language("uk", "d", "Цитата з російського видання: «Эммануэль Макрон прибыл»."),
    ]
    assert _subjects(*articles) == set()
    assert other_alphabet("Віталій", "ru") and not other_alphabet("Виталий", "ru")
    assert not other_alphabet("Kowalczyk", "it")  # Latin script keeps foreign spellings


# ---------------------------------------------------------------- still flagged


def test_two_romanisations_in_one_language_are_still_flagged() -> None:
    articles = [
        in_language("en", "a", "Aide Yuri Ushkalov briefed reporters."),
        in_language("en", "b", "Aide Yury Ushkalov said the talks went well."),
        # A monument's name spelt two ways by two English outlets.
        in_language("en", "c", "Crowds gathered at the tomb of Khoja Akhmed Yasawi on Sunday."),
        in_language("en", "d", "Pilgrims visited the shrine of Khoja Ahmed Yasawi in the morning."),
        in_language("ru", "e", "Кардинал Пьер Дюбуа прибыл в Рим."),
        in_language("ru", "f", "В Рим прибыл кардинал Пьер Дюбуаз."),
        # Two surnames in Polish, not two cases of one.
        in_language("pl", "g", "Minister Jurij Kowalczuk przyjechał."),
        in_language("pl", "h", "Przyjechał minister Jurij Kowalczyk."),
    ]
    assert _subjects(*articles) == {
        "Yuri / Yury",
        "Ahmed / Akhmed",
        "Дюбуа / Дюбуаз",
        "Kowalczuk / Kowalczyk",
    }


# ---------------------------------------------------------------- places


def test_a_city_named_in_another_language_is_not_a_disagreement() -> None:
    articles = [
        # An Italian article quoting an English headline, another in Italian throughout.
        in_language("it", "it1", "Il titolo era «Blast in Moscow». La polizia è arrivata subito."),
        in_language("it", "it2", "A Mosca la polizia ha chiuso la stazione."),
        in_language("de", "de1", "In Moskau blieb die Station geschlossen."),
        in_language("de", "de2", "Die Agentur meldete aus Moscou, die Station sei geschlossen."),
        in_language("en", "en1", "Police closed the station in Moscow."),
        in_language("fr", "fr1", "La police a fermé la gare à Moscou."),
        # Turkish typed without the dot of İ.
        in_language("tr", "tr1", "Polis İstanbul merkezinde önlem aldı."),
        in_language("tr", "tr2", "Polis Istanbul merkezinde önlem aldı."),
    ]
    assert _subjects(*articles) == set()


def test_two_english_names_of_one_city_are_still_flagged() -> None:
    articles = [
        in_language("en", "a", "Officials in Kyiv met the delegation."),
        in_language("en", "b", "The talks in Kiev ended without a deal."),
        in_language("it", "c", "A Kiev i colloqui sono finiti."),
    ]
    assert _subjects(*articles) == {"Kiev / Kyiv"}


def test_a_venue_in_another_word_order_is_not_a_disagreement() -> None:
    articles = [
        in_language("en", "a", "The Louvre Museum stayed closed on Monday."),
        in_language("en", "b", "Visitors queued outside the Museum Louvre in the rain."),
        in_language("en", "c", "Talks were held at the Nations Palace on Friday."),
        in_language("en", "d", "The delegates met at the Palace of Nations."),
    ]
    assert _subjects(*articles) == set()
    # Different words for one venue are still flagged.
    e = in_language("en", "e", "Formal talks at the National Palace focused on trade.")
    assert _subjects(*articles, e) == {"Nations Palace / Palace of Nations / National Palace"}


# ---------------------------------------------------------------- both words spelt anew


def test_a_full_name_whose_both_words_are_respelt_is_flagged() -> None:
    # No word is shared, but each is the other's with a letter or two changed: one person.
    russian = _subjects(
        in_language("ru", "a", "На месте работал губернатор Жоаким Феррейра."),
        in_language("ru", "b", "Об этом сообщил губернатор Жуаким Ферейра."),
    )
    assert "Феррейра / Ферейра" in russian or "Ферейра / Феррейра" in russian
    english = _subjects(
        in_language("en", "a", "The works were halted, said mayor Joakim Fereira."),
        in_language("en", "b", "Speaking on Monday, mayor Joaquim Ferreira promised an inquiry."),
    )
    assert any("Ferreira" in s and "Fereira" in s for s in english)


def test_a_respelt_full_name_whose_ending_is_one_sound_is_flagged() -> None:
    # "-ou" and "-u" are one sound (the French and the English romanisation): only the end
    # of the surname moves, as a case ending would, but the skeleton is one.
    french = _subjects(
        in_language("fr", "a", "Le ministre Benyamin Kotanirou a signé l'accord."),
        in_language("fr", "b", "Le ministre Benjamin Kotaniru est arrivé lundi."),
    )
    assert any("Kotanirou" in s and "Kotaniru" in s for s in french)


def test_a_respelt_full_name_look_alikes_are_not_flagged() -> None:
    # Two people whose first names differ by a final vowel (a woman's and a man's name).
    assert (
        _subjects(
            in_language("en", "a", "The report was signed by Maria Lopes on Monday."),
            in_language("en", "b", "The inquiry was led by Mario Lopez at the ministry."),
        )
        == set()
    )
    # One name in two cases (both words declined), and one name in two languages.
    assert (
        _subjects(
            in_language("ru", "a", "Мы поговорили с губернатором Жоакимом Феррейрой вчера."),
            in_language("ru", "b", "Об этом сообщил губернатор Жоаким Феррейра."),
        )
        == set()
    )
    assert (
        _subjects(
            in_language("ru", "a", "Об этом сообщил губернатор Жоаким Феррейра."),
            in_language("uk", "b", "Про це повідомив губернатор Жоакім Ферейра."),
        )
        == set()
    )
    # A full name declined in a language whose endings are not listed (Greek genitive).
    assert (
        _subjects(
            in_language("el", "a", "Η δήλωση του Κυριάκου Μητσοτάκη ήρθε αργά."),
            in_language("el", "b", "Ο πρωθυπουργός Κυριάκος Μητσοτάκης μίλησε στη Λάρισα."),
        )
        == set()
    )


def test_a_russian_name_ending_in_o_respelt_with_another_vowel_is_flagged() -> None:
    # "-о" names are never declined in Russian: "-у" in both words is another spelling
    found = _subjects(
        in_language("ru", "a", "Об этом сообщил министр Фернандо Тавеиро в среду."),
        in_language("ru", "b", "Как заявил министр Фернанду Тавеиру, работы продолжатся."),
    )
    assert any("Тавеиро" in s and "Тавеиру" in s for s in found)


def test_final_vowel_look_alikes_of_a_respelt_russian_name_are_not_flagged() -> None:
    # Ukrainian declines "-о" names: a dative, not a spelling
    assert (
        _subjects(
            in_language("uk", "a", "Про це повідомив міністр Фернандо Тавеиро в середу."),
            in_language("uk", "b", "Лист надіслали міністру Фернанду Тавеиру вчора."),
        )
        == set()
    )
    # only one word changes its ending: a case of a consonant-final name in Russian
    assert (
        _subjects(
            in_language("ru", "a", "Об этом сообщил министр Фернандо Тавеиро в среду."),
            in_language("ru", "b", "Письмо отправили министру Фернандо Тавеиру вчера."),
        )
        == set()
    )
    # the same name in two languages (Bulgarian and Russian): each language's form
    assert (
        _subjects(
            in_language("bg", "a", "Това съобщи министър Фернандо Тавеиро в сряда."),
            in_language("ru", "b", "Как заявил министр Фернанду Тавеиру, работы продолжатся."),
        )
        == set()
    )
    # English has no such rule: "Mario Rosso" / "Maria Rossa" are two people
    assert (
        _subjects(
            in_language("en", "a", "The report was signed by Mario Rosso on Monday."),
            in_language("en", "b", "The inquiry was led by Maria Rossa at the ministry."),
        )
        == set()
    )


# ---------------------------------------------------------------- letters swapped beside an accent


def test_a_letter_swap_beside_an_accent_is_a_spelling_variant() -> None:
    # "Mirosław" misspelt "Mirsoław" and typed without the "ł": the accent adds nothing to
    # the swap, which is a real spelling disagreement in either language.
    german = _subjects(
        in_language("de", "a", "Am Abend sprach der Kandidat Mirosław Kędra vor Anhängern."),
        in_language("de", "b", "Gewonnen hat nach ersten Zahlen der Kandidat Mirsolaw Kędra."),
    )
    assert any("Mirosław" in s and "Mirsolaw" in s for s in german)
    english = _subjects(
        in_language("en", "a", "The race was won by the engineer Ștefănuț Valea, officials said."),
        in_language("en", "b", "Supporters cheered as the engineer Stefunat Valea took the stage."),
    )
    assert any("Ștefănuț" in s and "Stefunat" in s for s in english)


def test_letter_swap_look_alikes_are_not_flagged() -> None:
    # The accent alone, a case ending with its accent, and two people sharing a surname.
    for pair in [
        (
            in_language("de", "a", "Der Kandidat Mirosław Kędra sprach vor Anhängern."),
            in_language("de", "b", "Der Kandidat Miroslaw Kedra sprach am Abend."),
        ),
        (
            in_language("pl", "a", "Wczoraj przemawiał kandydat Mirosław Kędra w Gdańsku."),
            in_language("pl", "b", "Pogratulowano wygranej kandydatowi Mirosławowi Kędrze."),
        ),
        (
            in_language("ro", "a", "Primarul Ștefănuț Valea a vorbit ieri cu alegătorii."),
            in_language("ro", "b", "Ministra Ștefania Valea a răspuns criticilor."),
        ),
    ]:
        assert _subjects(*pair) == set()
