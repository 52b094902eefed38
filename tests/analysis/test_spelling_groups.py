"""One name's spellings shown as one flag with all its variants (``spelling_groups``), and two
copies of a Latin name in texts of other scripts compared (``borrowed_names``). Written
fixtures (no article text): an invented agency head, Maruvel Okandaro Tsebrayemus, named in
several languages and scripts."""

from __future__ import annotations

from analysis.builders import in_language

from briefing.analysis import find_discrepancies
from briefing.analysis.borrowed_names import borrowed_name_discrepancies
from briefing.analysis.model import Claim, Discrepancy, Quote
from briefing.analysis.spelling_groups import grouped_spellings
from briefing.model import Article, Span

_KO = "사무총장은 수요일 기자회견에서 새로운 지침을 발표했다고 밝혔습니다."
_AR = "في مؤتمر صحفي يوم الأربعاء إن الوكالة ستصدر إرشادات جديدة للدول الأعضاء."
_JA = "事務局長は水曜日の記者会見で新しい指針を発表したと述べた。"


def _spellings(*articles: Article) -> list[Discrepancy]:
    return [d for d in find_discrepancies(articles) if d.kind == "spelling"]


def _values(flag: Discrepancy) -> dict[str, tuple[str, ...]]:
    return {c.value: c.article_ids for c in flag.claims}


def test_two_copies_in_other_scripts_differing_by_a_last_letter_disagree() -> None:
    russian = in_language("ru", "ru", "Глава агентства Maruvel Tsebrayemu заявил об этом в среду.")
    korean = in_language(
        "ko", "ko", "마루벨 체브라예무스(Maruvel Tsebrayemus) 사무총장은 밝혔습니다."
    )
    (flag,) = borrowed_name_discrepancies([russian, korean])
    assert _values(flag) == {"Tsebrayemu": ("ru",), "Tsebrayemus": ("ko",)}
    # one copy in two texts is no disagreement, and neither is a translation between scripts
    same = in_language(
        "ja", "ja", "マルベル・ツェブラエムス(Maruvel Tsebrayemus)事務局長は述べた。"
    )
    assert borrowed_name_discrepancies([korean, same]) == []
    cyrillic = in_language("ru", "r2", "Глава агентства Марувел Цебраемус заявил об этом.")
    assert borrowed_name_discrepancies([cyrillic, korean]) == []


def test_the_spellings_of_one_name_are_one_flag_with_every_variant() -> None:
    usual = "Le directeur général Maruvel Okandaro Tsebrayemus a parlé mercredi à Vendel."
    articles = [
        in_language("fr", "a", usual),
        in_language("fr", "b", usual.replace("parlé", "annoncé")),
        in_language("en", "c", "Director-General Maruvel Okandaro Tsebrayemus spoke in Vendel."),
        in_language("fr", "d", usual.replace("Okandaro", "Okandarro")),
        in_language("ko", "e", f"마루벨 오칸다로 체브라예무스(Maruvel Okandaro Tsebraymus) {_KO}"),
        in_language("ar", "f", f"قال رئيس الوكالة Maruvel Okandaro Tsebrayemu {_AR}"),
        in_language(
            "ja", "g", f"マルベル・オカンダロ・ツェブラエムス(Maruvel Okandaro Tsebrayemus){_JA}"
        ),
    ]
    (flag,) = _spellings(*articles)
    values = _values(flag)
    assert set(values) == {
        "Okandaro Tsebrayemus",
        "Okandarro Tsebrayemus",
        "Okandaro Tsebraymus",
        "Okandaro Tsebrayemu",
    }
    assert set(values["Okandaro Tsebrayemus"]) == {"a", "b", "c", "g"}
    assert values["Okandarro Tsebrayemus"] == ("d",)
    assert values["Okandaro Tsebraymus"] == ("e",)
    assert flag.claims[0].value == "Okandaro Tsebrayemus"  # the usual spelling first


def _quote(article_id: str) -> Quote:
    return Quote(article_id, None, Span(0, 0, 1), "x")


def _flag(a: str, b: str, ids: tuple[str, str], note: str = "") -> Discrepancy:
    return Discrepancy(
        "spelling", f"{a} / {b}", (Claim(a, (_quote(ids[0]),)), Claim(b, (_quote(ids[1]),))), note
    )


def test_the_same_pair_from_two_rules_is_shown_once() -> None:
    text = in_language("en", "x", "Nothing here names them side by side.")
    one = _flag("Okandaro", "Okandarro", ("a", "d"), "first rule")
    two = _flag("Okandaro", "Okandarro", ("c", "d"), "second rule")
    (flag,) = grouped_spellings([one, two], [text])
    assert _values(flag) == {"Okandaro": ("a", "c"), "Okandarro": ("d",)}
    assert flag.note == "first rule"


def test_two_peoples_spellings_not_written_side_by_side_stay_apart() -> None:
    text = in_language("en", "x", "Okandaro met Velmarto; later Okandarro and Velmardo spoke.")
    one = _flag("Okandaro", "Okandarro", ("a", "b"))
    two = _flag("Velmarto", "Velmardo", ("c", "d"))
    assert grouped_spellings([one, two], [text]) == [one, two]


def test_words_side_by_side_are_found_once_in_a_text_written_twice() -> None:
    from briefing.analysis.spelling_groups import _side_by_side

    words = {"Okandaro", "Okandero", "Tsebrayemus", "Maruvel"}
    wire = "Maruvel Okandaro Tsebrayemus spoke; Okandero-Tsebrayemus and xOkandaro Maruvel did not."
    articles = [
        in_language("en", "a", wire),
        in_language("en", "b", "Intro.", wire),  # the same text again (wire copy)
        in_language("en", "c", "Okandero  Tsebrayemus left. Maruvel,Okandaro stayed."),
    ]
    assert _side_by_side(articles, words) == {
        ("Maruvel", "Okandaro"),
        ("Okandaro", "Tsebrayemus"),
        ("Okandero", "Tsebrayemus"),
    }
