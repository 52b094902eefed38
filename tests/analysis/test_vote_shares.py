"""One vote's turnout and winning share told with different values (vote_shares.py). Written
fixtures: a made-up country, Norvalia, votes on a made-up question. Look-alikes: roundings
at a coarser precision; a partial count ("18 of 20 districts"); a city's turnout beside the
national one; a growth rate and a poll that are no share of a vote; a hedged figure; an
article that states two of the values."""

from __future__ import annotations

from analysis.builders import in_language

from briefing.analysis import Discrepancy, find_discrepancies
from briefing.analysis.percent_figures import percents_in
from briefing.analysis.rate_bands import percents_of
from briefing.analysis.vote_shares import shares_in, vote_share_discrepancies
from briefing.model import Article


def _flags(*articles: Article) -> list[Discrepancy]:
    return vote_share_discrepancies(list(articles), [percents_of(a) for a in articles])


def _values(flag: Discrepancy) -> dict[str, set[str]]:
    return {c.value: set(c.article_ids) for c in flag.claims}


def _kinds(text: str, language: str) -> list[tuple[str, float]]:
    figures = [f for f in percents_in(text, language) if not f.hedged]
    return [(kind, f.low) for kind, f in shares_in(text, language, figures)]


def _turnouts() -> list[Article]:
    """The turnout in three languages: 64.3 % twice, 65.1 % once."""
    return [
        in_language("en", "e", "Turnout in the Norvalian vote was 64.3%, officials said."),
        in_language("de", "d", "Die Wahlbeteiligung in Norvalien lag bei 64,3 Prozent."),
        in_language("ja", "j", "ノルヴァリアの国民投票の投票率は65.1%だった。"),
    ]


def test_a_turnout_in_three_languages_disagreeing() -> None:
    (flag,) = _flags(*_turnouts())
    assert flag.subject == "the turnout"
    assert _values(flag) == {"64.3%": {"e", "d"}, "65.1%": {"j"}}
    assert flag.claims[0].quotes[0].text.startswith("Turnout in the Norvalian vote")


def test_the_turnout_cue_in_each_language() -> None:
    assert _kinds("Le taux de participation a été très élevé, 64,3 % des électeurs.", "fr") == [
        ("turnout", 64.3)
    ]
    assert _kinds("Un 64,3% del electorado ha acudido a las urnas.", "es") == [("turnout", 64.3)]
    assert _kinds("وقالت اللجنة إنه شارك في التصويت 64.3 في المئة من الناخبين.", "ar") == [
        ("turnout", 64.3)
    ]
    assert _kinds("投票率达64.3%，创下新高。", "zh") == [("turnout", 64.3)]


def test_a_turnout_word_after_a_figure_with_its_own_number() -> None:
    assert _kinds("About 3.1 million voted, a 64.3% turnout.", "en") == [("turnout", 64.3)]
    assert _kinds("Yes won 53.4% with turnout at 64.3%.", "en") == [("turnout", 64.3)]


def test_a_rounding_is_no_disagreement() -> None:
    """65 % fits 64.6 and 65.1 alike: it takes no side, and 64.6 / 64.63 are one value."""
    articles = [
        in_language("en", "e", "Turnout was 65%, the commission said."),
        in_language("de", "d", "Die Wahlbeteiligung lag bei 64,63 Prozent."),
        in_language("es", "s", "La participación fue del 64,6%."),
    ]
    assert _flags(*articles) == []
    (flag,) = _flags(*articles, in_language("ja", "j", "投票率は65.1%だった。"))
    assert _values(flag) == {"64.6% (64.63%)": {"d", "s"}, "65.1%": {"j"}}


def test_the_winning_share_beside_its_complement_or_of_the_votes() -> None:
    articles = [
        in_language("en", "e", "Yes won 53.4% of the vote to No's 46.6%."),
        in_language("ko", "k", "찬성 53.4%, 반대 46.6%로 가결됐다."),
        in_language("pt", "p", "O Sim venceu com 53,2% dos votos."),
    ]
    (flag,) = _flags(*articles)
    assert flag.subject == "the winning side's share of the vote"
    assert _values(flag) == {"53.4%": {"e", "k"}, "53.2%": {"p"}}


def test_a_partial_count_is_left_out() -> None:
    articles = [
        in_language("en", "e", "Yes won 53.4% of the vote to No's 46.6%."),
        in_language("es", "s", "El Sí ganó con un 53,4% frente al 46,6%."),
        in_language("el", "g", "Σε 18 από τις 20 περιφέρειες, το Ναι έχει 53,1% των ψήφων."),
    ]
    assert _flags(*articles) == []
    counted = "Με καταμετρημένες όλες τις περιφέρειες, το Ναι έχει 53,1% των ψήφων."
    (flag,) = _flags(*articles[:2], in_language("el", "g", counted))
    assert _values(flag) == {"53.4%": {"e", "s"}, "53.1%": {"g"}}


def test_a_share_told_beside_how_much_was_counted_is_left_out() -> None:
    """ "After 97.4 % of the ballots" is a stage of the count; "100 %" is the whole count."""
    stage = "Після підрахунку 97,4% бюлетенів «Так» отримало 53,8% голосів."
    assert _kinds(stage, "uk") == []
    whole = "Con el 100% de los votos escrutados, el Sí gana con un 53,4% de los votos."
    assert _kinds(whole, "es") == [("winning share", 53.4)]


def test_two_polls_in_one_article_silence_the_share() -> None:
    """An article that gives two close values (two polls, two stages) shows the packet tells
    the share at several stages: another source's value may be any of them."""
    polls = "Un sondeo da al Sí un 53,8% de los votos. Otro le da un 53,1% de los votos."
    articles = [
        in_language("en", "e", "Yes won 53.4% of the vote to No's 46.6%."),
        in_language("ko", "k", "찬성 53.4%, 반대 46.6%로 가결됐다."),
        in_language("pt", "p", "O Sim venceu com 53,8% dos votos."),
    ]
    assert len(_flags(*articles)) == 1
    assert _flags(*articles, in_language("es", "s", polls)) == []


def test_a_day_and_its_year_are_no_partial_count() -> None:
    text = "On 14 June 2031 Yes won 53.1% of the vote."
    assert _kinds(text, "en") == [("winning share", 53.1)]


def test_a_local_share_beside_the_national_one() -> None:
    """The capital's turnout (70.2 %), points away, is another quantity: never compared."""
    articles = [
        *_turnouts()[:2],
        in_language("fr", "f", "Dans la capitale, la participation a atteint 70,2 %."),
    ]
    assert _flags(*articles) == []


def test_a_city_s_turnout_beside_the_national_one_in_one_article() -> None:
    """The capital's 70.2 % in the article that gives the national 65.1 % is another
    quantity: the national figures are still compared, the city's is not."""
    both = (
        "Le taux de participation a atteint 65,1 %. "
        "Dans la capitale, la participation a été de 70,2 %."
    )
    (flag,) = _flags(*_turnouts()[:2], in_language("fr", "f", both))
    assert _values(flag) == {"64.3%": {"e", "d"}, "65.1%": {"f"}}


def test_a_growth_rate_and_a_poll_are_no_share_of_a_vote() -> None:
    assert _kinds("The economy grew 52.3% since the last referendum.", "en") == []
    assert _kinds("A poll found 53.1% of Norvalians back the plan.", "en") == []
    assert _kinds("Die Exporte stiegen um 53,1 Prozent.", "de") == []


def test_a_hedged_figure_and_a_minority_share_are_not_read() -> None:
    assert _kinds("Almost 53% voted for it, about 47% of the vote against.", "en") == []
    assert _kinds("No got 46.6% of the votes.", "en") == []


def test_an_article_with_two_values_tells_two_quantities() -> None:
    both = "Turnout was 64.3% at first count. With the postal votes, turnout was 65.1%."
    assert _kinds(both, "en") == [("turnout", 64.3), ("turnout", 65.1)]
    articles = [*_turnouts(), in_language("en", "x", both)]
    assert _flags(*articles) == []


def test_silent_in_a_language_without_the_words() -> None:
    articles = [in_language("xx", a.id, a.paragraphs[0].text) for a in _turnouts()]
    assert _flags(*articles) == []


def test_found_among_every_discrepancy() -> None:
    found = [d for d in find_discrepancies(_turnouts()) if d.subject == "the turnout"]
    assert len(found) == 1
