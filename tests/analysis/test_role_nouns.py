"""Counts whose noun is a role (role_nouns.py) meet across languages: teachers, crew, pupils;
look-alikes keep their noun's key: a noun joining two roles, an outcome (a part of the role),
a narrowing that says more than the role, a word that is no role, a year in the sentence."""

from __future__ import annotations

from analysis.builders import figure_flags, in_language, values_by_article

from briefing.analysis.cjk_counts import cjk_counts
from briefing.analysis.crosscounts import ANY_LANGUAGE
from briefing.analysis.role_nouns import role_before, role_key, role_of

_TEACHERS = (ANY_LANGUAGE, "role teachers")
_CREW = (ANY_LANGUAGE, "role crew")


def _key(text: str, number: str, language: str, narrowing: str = "") -> tuple[str, str] | None:
    start = text.index(number)
    end = start + len(number)
    noun = text[end:].split()[0].strip(".,")
    return role_key(text, start, end, noun, narrowing, language)


def _cjk_keys(text: str, language: str) -> list[tuple[str, str]]:
    return [f.key for f in cjk_counts(text, language, None, None)]  # type: ignore[arg-type]


def test_a_role_noun_is_keyed_by_its_role_in_every_language() -> None:
    assert _key("The barge Velmar left Ostrel with 12 teachers.", "12", "en") == _TEACHERS
    assert _key("La barge Velmar transportait 12 professeurs.", "12", "fr") == _TEACHERS
    assert _key("Viajaban 17 miembros de la tripulación.", "17", "es", "of tripulación") == _CREW
    assert _key("À bord, 17 membres d'équipage.", "17", "fr", "of équipag") == _CREW
    assert role_of("μαθητές", "el") == "students"
    assert role_of("Schülern", "de") == "students"


def test_look_alikes_keep_their_nouns_key() -> None:
    # One count of two roles; a part of the role (an outcome); a word that is no role.
    assert _key("The barge carried 40 teachers and students to Ostrel.", "40", "en") is None
    assert _key("Some 40 students were rescued near Ostrel.", "40", "en") is None
    assert _key("The barge carried 40 tourists to Ostrel.", "40", "en") is None
    # "29 équipages" are 29 crews, not 29 crew members.
    assert _key("La régate réunit 29 équipages à Ostrel.", "29", "fr") is None
    # A narrowing that is not "of ...": says more than the role.
    assert _key("Some 40 teachers were absent in Ostrel.", "40", "en", "absent") is None


def test_chinese_japanese_and_korean_role_nouns() -> None:
    assert role_before("バージには教師12人", 7) == "教師"
    assert _cjk_keys("バージには教師12人と乗務員17人が乗っていた。", "ja") == [_TEACHERS, _CREW]
    assert _cjk_keys("驳船上有12名教师。", "zh") == [_TEACHERS]
    assert _cjk_keys("乗務員17人が乗っていた。", "ja") == [_CREW]  # a part, not all aboard
    assert _cjk_keys("바지선에는 교사 12명이 있었다.", "ko") == [_TEACHERS]
    # An outcome (rescued) and another year's count keep the counter's key; so does "师生"
    # (teachers and pupils at once).
    assert _cjk_keys("教師12人が救助された。", "ja") == [("ja", "人")]
    assert _cjk_keys("1998年に教師12人が乗っていた。", "ja") == [("ja", "人")]
    assert _TEACHERS not in _cjk_keys("驳船上有40名师生。", "zh")
    assert _TEACHERS not in _cjk_keys("教師3回の会合があった。", "ja")  # three times


def test_the_teachers_meet_across_scripts() -> None:
    french = in_language("fr", "fr", "La barge Velmar transportait 12 professeurs d'Ostrel.")
    korean = in_language("ko", "ko", "바지선 벨마르호에는 교사 14명이 타고 있었다.")
    found = [d for d in figure_flags(french, korean) if d.subject.startswith("how many teachers")]
    assert len(found) == 1
    assert values_by_article(found[0]) == {"12 professeurs": ("fr",), "14명": ("ko",)}


def test_counts_of_one_role_within_twice_of_each_other_only() -> None:
    english = in_language("en", "en", "The barge Velmar carried 12 teachers to Ostrel.")
    spanish = in_language("es", "es", "La barcaza Velmar llevaba 40 profesores a Ostrel.")
    found = [d for d in figure_flags(english, spanish) if "teachers" in d.subject]
    assert found == []  # more than twice apart: two groups, not one count


def test_a_modifier_is_no_role() -> None:
    police = (ANY_LANGUAGE, "role police")
    assert _key("Some 12 police officers guarded Ostrel.", "12", "en") == police
    assert _key("Some 12 police cars blocked Ostrel.", "12", "en") is None
    assert _key("На месте работают 17 пожарных машин.", "17", "ru") is None
    assert _key("Viajaban diez tripulantes de cabina.", "diez", "es", "cabin") is None
