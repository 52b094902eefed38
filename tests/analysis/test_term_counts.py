"""Which term in office a leader is serving, as ordinals in several languages (term_counts.py),
with look-alikes that stay silent: a cardinal, a former leader, a term sought, a dated past
term, "for the fourth time" far from the office, two leaders, one article giving two."""

from __future__ import annotations

from analysis.builders import figure_flags, in_language, values_by_article

from briefing.analysis.model import Discrepancy
from briefing.model import Article


def _terms(*articles: Article) -> list[Discrepancy]:
    return [d for d in figure_flags(*articles) if d.subject.startswith("which term ")]


_NAMED = in_language(
    "en",
    "en",
    "It is known that Lenka Ostrova, who returned as Prime Minister for the fourth time, "
    "faced criticism.",
)


def test_an_ordinal_against_another_language_through_the_office() -> None:
    italian = in_language("it", "it", "La premier è al terzo mandato, il suo partito ha vinto.")
    russian = in_language("ru", "ru", "Премьер-министр Ленка Острова на третьем сроке.")
    found = _terms(_NAMED, italian, russian)
    assert [d.subject for d in found] == ["which term as prime minister Ostrova is serving"]
    assert values_by_article(found[0]) == {
        "third (terzo mandato)": ("it", "ru"),
        "fourth (for the fourth time)": ("en",),
    }


def test_the_same_ordinal_in_any_form_agrees() -> None:
    german = in_language(
        "de", "de", "Premierministerin Lenka Ostrova ist in ihrer vierten Amtszeit."
    )
    french = in_language("fr", "fr", "La Première ministre entame son quatrième mandat.")
    assert _terms(_NAMED, german, french) == []


def test_a_cardinal_is_no_ordinal() -> None:
    # "acht Amtszeiten" are eight terms ("acht" also begins "achte"): no term is named.
    german = in_language("de", "de", "Premierministerin Lenka Ostrova hatte acht Amtszeiten.")
    assert _terms(_NAMED, german) == []


def test_a_former_leader_a_sought_term_and_a_dated_term_are_not_read() -> None:
    former = in_language("en", "en2", "The former prime minister served a third term.")
    sought = in_language("it", "it", "Il premier punta al terzo mandato.")
    dated = in_language("es", "es", "El primer ministro ejerció su tercer mandato en 2012.")
    assert _terms(_NAMED, former, sought, dated) == []


def test_for_the_nth_time_far_from_the_office_says_nothing_of_a_term() -> None:
    far = in_language(
        "en",
        "en2",
        "The prime minister spoke in parliament on Monday about the budget and the harvest, "
        "while the river flooded the old town for the third time this century.",
    )
    assert _terms(_NAMED, far) == []


def test_two_leaders_leave_the_office_alone_unread() -> None:
    # Two named prime ministers: a sentence naming only the office could be either's.
    other = in_language("en", "en2", "Prime Minister Tomas Verrin began his third term.")
    bare = in_language("it", "it", "Il premier è al quinto mandato.")
    assert _terms(_NAMED, other, bare) == []


def test_an_article_giving_two_ordinals_is_left_out() -> None:
    both = in_language(
        "it",
        "it",
        "La premier Lenka Ostrova è al terzo mandato. "
        "Secondo altri, la premier è al quarto mandato.",
    )
    assert _terms(_NAMED, both) == []


def test_a_visit_a_league_and_a_club_are_no_term_of_office() -> None:
    # "for the third time" beside a visit, a title that begins a name, another body's head.
    visit = in_language("en", "en2", "The prime minister visited Kyiv for the third time.")
    league = in_language("en", "en3", "City won the Premier League for the fifth time.")
    club = in_language("en", "en4", "The club president was re-elected for a second term.")
    german = in_language("de", "de", "Premierministerin Ostrova war zum zweiten Mal in Paris.")
    assert _terms(_NAMED, visit, league, club, german) == []
