"""One person's act placed at two minutes of a match (match_minutes.py), with look-alikes:
two goals a minute apart, a penalty awarded at one minute and scored at the next, counts of
minutes ("a minute later", "after 120 minutes") and a clause that names nobody."""

from __future__ import annotations

from analysis.builders import figure_flags, in_language, values_by_article

from briefing.analysis.match_minutes import minute_discrepancies, minute_marks
from briefing.analysis.model import Discrepancy
from briefing.model import Article


def _minutes(*articles: Article) -> list[Discrepancy]:
    return [d for d in figure_flags(*articles) if d.subject.endswith("the minute of one act")]


_EN = in_language(
    "en",
    "en",
    "Tomas Varga gave Brenland the lead in the 57th minute with a low shot. "
    "Brenland's coach Aldo Marchetti later praised Tomas Varga.",
)
_FR = in_language(
    "fr",
    "fr",
    "Tomas Varga a ouvert le score à la 58e minute d’une frappe du gauche. "
    "L’entraîneur Aldo Marchetti a salué son attaquant.",
)
_RU = in_language(
    "ru",
    "ru",
    "На 57-й минуте Томас Варга открыл счет. Тренер Альдо Маркетти похвалил Томаса Варгу.",
)


def test_one_goal_at_two_minutes_across_languages() -> None:
    found = _minutes(_EN, _FR, _RU)
    assert [d.subject for d in found] == ["Tomas Varga: the minute of one act"]
    assert values_by_article(found[0]) == {"minute 57": ("en", "ru"), "minute 58": ("fr",)}


def test_report_brackets_and_a_time_phrase_set_off_by_commas() -> None:
    bracket = in_language(
        "fr", "b", "Brenland a pris l’avantage grâce à Tomas Varga (58′), puis a tenu bon."
    )
    spanish = in_language(
        "es", "es", "Sin embargo, a los 57’, Tomas Varga definió cruzado ante el arquero."
    )
    found = _minutes(bracket, spanish)
    assert [values_by_article(d) for d in found] == [{"minute 57": ("es",), "minute 58": ("b",)}]


def test_two_goals_close_together_are_not_one_act() -> None:
    # One outlet gives Varga goals at 57 and 58: another's single 58 may be either of them.
    double = in_language(
        "en",
        "two",
        "Tomas Varga scored in the 57th minute and again in the 58th minute, a quick double.",
    )
    second_only = in_language("fr", "fr2", "Tomas Varga a doublé la mise à la 58e minute.")
    first_only = in_language("es", "es2", "Tomas Varga abrió el marcador en el minuto 57.")
    assert _minutes(double, second_only, first_only) == []


def test_the_penalty_settles_which_of_two_close_acts() -> None:
    # 57 and 58 by one outlet, but only its 57 is a penalty; another puts the penalty at 56.
    double = in_language(
        "fr",
        "fr",
        "Tomas Varga a transformé un penalty (57e) avant de doubler la mise d’une volée (58e).",
    )
    other = in_language("en", "en", "Tomas Varga converted a penalty in the 56th minute.")
    found = _minutes(double, other)
    assert [values_by_article(d) for d in found] == [{"minute 57": ("fr",), "minute 56": ("en",)}]


def test_award_at_one_minute_and_goal_at_the_next_are_not_compared() -> None:
    # "in the 88th minute Brenland were given a penalty and Varga scored": the 88th names
    # nobody in its clause, so it is no one's act.
    awarded = in_language(
        "en",
        "en",
        "Aldo Marchetti watched as in the 88th minute Brenland were given a penalty "
        "and Tomas Varga scored it.",
    )
    scored = in_language("fr", "fr", "Tomas Varga a marqué sur penalty à la 89e minute.")
    assert _minutes(awarded, scored) == []


def test_counts_of_minutes_are_no_marks() -> None:
    durations = in_language(
        "en",
        "en",
        "Tomas Varga scored a minute later. After 120 minutes Tomas Varga was exhausted, "
        "and 58 minutes had passed before Tomas Varga touched the ball.",
    )
    assert minute_discrepancies([durations, _EN]) == []


def test_two_people_at_close_minutes_are_not_compared() -> None:
    other = in_language("fr", "fr", "Aldo Marchetti a été averti à la 58e minute.")
    assert _minutes(_EN, other) == []


def test_marks_as_each_language_writes_them() -> None:
    def minutes(text: str, language: str) -> list[int]:
        return sorted(minute for _, minute in minute_marks(text, language))

    assert minutes("Er traf in der 64. Minute und in der 71. Spielminute.", "de") == [64, 71]
    assert minutes("Он забил на 64-й минуте, счёт стал 2:1 (71 минута).", "ru") == [64, 71]
    assert minutes("سجل اللاعب في الدقيقة ٦٤ ود71 من عمر المباراة.", "ar") == [64, 71]
    assert minutes("Varga (64′ et 71e) a porté son équipe.", "fr") == [64, 71]
    assert minutes("He scored in the 64th and 71st minutes.", "en") == [64, 71]
    # Look-alikes: durations, added time, a count of minutes, an hour and a year in brackets.
    assert minutes("Nach 90 Minuten stand es 1:1; zehn Minuten später fiel das Tor.", "de") == []
    assert minutes("Через 5 минут он забил; прошло 13 минут.", "ru") == []
    assert minutes("Il a égalisé (90+3′) après 120 minutes de jeu (en 2022).", "fr") == []
    assert minutes("The 3rd-place match lasted 90 minutes, the 2nd half was quiet.", "en") == []
    assert minutes("Siguió el partido minuto a minuto durante 90 minutos.", "es") == []


def test_a_booking_is_not_set_against_a_goal() -> None:
    booked = in_language("fr", "fr", "Tomas Varga a reçu un carton jaune à la 58e minute.")
    assert _minutes(_EN, booked) == []
    # two bookings of one player at two minutes are compared, as bookings
    also_booked = in_language("en", "en2", "Tomas Varga was booked in the 57th minute.")
    found = _minutes(booked, also_booked)
    assert [values_by_article(d) for d in found] == [{"minute 57": ("en2",), "minute 58": ("fr",)}]


def test_a_substitute_named_beside_a_goal_leaves_it_a_goal() -> None:
    # "the substitute" describes a player; "was replaced" is the act of a substitution.
    goal = in_language(
        "en",
        "en2",
        "Tomas Varga scored in the 58th minute from a cross by the substitute Ilja Brenner.",
    )
    assert [values_by_article(d) for d in _minutes(_EN, goal)] == [
        {"minute 57": ("en",), "minute 58": ("en2",)}
    ]
    replaced = in_language("en", "en3", "Tomas Varga was replaced in the 58th minute.")
    assert _minutes(_EN, replaced) == []
