"""What the brief quotes and how it cites: the page's furniture left out of a quote, cut
sentences not chosen as key passages, the quote's language told, long source lists kept
short, and a topic with nothing to quote given no empty section. All text is made up."""

from __future__ import annotations

import dataclasses
import datetime as dt

from analysis.builders import MakeArticle

from briefing.analysis.model import Claim, Discrepancy, Quote
from briefing.brief_citations import Citer, language_name, quoted
from briefing.brief_quotes import clean_quote, is_whole_sentence
from briefing.export import TopicSection, render_brief
from briefing.model import Article, Mention, Passage, Span, Topic


def test_markup_a_list_marker_and_a_dateline_are_not_quoted() -> None:
    assert clean_quote("</div> <div>Rescuers reached the village at dawn.") == (
        "Rescuers reached the village at dawn."
    )
    assert clean_quote('<span class="x">The bridge held.</span>') == "The bridge held."
    assert clean_quote("• The mayor asked residents to stay home.") == (
        "The mayor asked residents to stay home."
    )
    assert clean_quote("- 40 people were taken to hospital.") == "40 people were taken to hospital."
    assert clean_quote("– Nous restons ici, a dit la maire.") == "Nous restons ici, a dit la maire."
    assert clean_quote("OSLO (Nordwire) — The ferry sank near the harbour.") == (
        "The ferry sank near the harbour."
    )
    assert clean_quote("June 3 (NWS) -- The ferry sank near the harbour.") == (
        "The ferry sank near the harbour."
    )
    assert clean_quote("• OSLO (Nordwire) — The ferry sank.") == "The ferry sank."
    assert clean_quote("BERGEN — Divers found the wreck.") == "Divers found the wreck."
    assert clean_quote("NEW YORK -- Markets fell.") == "Markets fell."
    # Look-alikes that are the writer's own text stay as written.
    assert clean_quote("Temperatures fell to -5 degrees overnight.") == (
        "Temperatures fell to -5 degrees overnight."
    )
    assert clean_quote("-5 degrees was the low.") == "-5 degrees was the low."
    assert clean_quote("If a < b and c > d the test fails.") == "If a < b and c > d the test fails."
    assert clean_quote("Scores were <3 all week.") == "Scores were <3 all week."
    assert clean_quote("NATO (the alliance) said it would meet.") == (
        "NATO (the alliance) said it would meet."
    )
    assert clean_quote("Oslo (Norway) is cold.") == "Oslo (Norway) is cold."
    # A shouted acronym or label before a dash is no place; nor is a city not shouted.
    assert clean_quote("NATO — The alliance will meet.") == "NATO — The alliance will meet."
    assert clean_quote("UPDATE — Two more were found.") == "UPDATE — Two more were found."
    assert clean_quote("Bergen — a city of rain.") == "Bergen — a city of rain."
    # Nothing left after taking the furniture off: the text stays.
    assert clean_quote("<br/>") == "<br/>"


def test_glued_sentences_lose_the_doubled_stop_but_an_ellipsis_stays() -> None:
    assert clean_quote("The roof fell..Two men were hurt.") == "The roof fell. Two men were hurt."
    assert clean_quote("No one knows how many are inside..") == (
        "No one knows how many are inside."
    )
    assert clean_quote("We waited... and waited.") == "We waited... and waited."
    assert clean_quote("He said … nothing more.") == "He said … nothing more."
    assert clean_quote("Version 2..3 of the plan.") == "Version 2..3 of the plan."


def test_a_key_passage_is_a_whole_sentence() -> None:
    assert is_whole_sentence("The embassy warned of an attack two weeks earlier.")
    assert is_whole_sentence("Why did the alarm not sound?")
    assert is_whole_sentence("«On reste», a-t-elle dit.»")
    assert is_whole_sentence("‘We will rebuild,’ she said.’")
    assert is_whole_sentence("The mayor spoke to reporters (later in the day).")
    assert is_whole_sentence("火は夜まで続いた。")
    # Cut mid-sentence, mid-word or at a bracket; a headline with no stop.
    assert not is_whole_sentence("The assault came after the embassy had issued a")
    assert not is_whole_sentence("A resident whose parents lived in the Lark Tow")
    assert not is_whole_sentence("Crews searched near the river, about 40 kilometres (25")
    assert not is_whole_sentence("Former minister found guilty after a two-year trial")
    assert not is_whole_sentence("Three things to know:")


def test_quoted_text_leaves_the_furniture_out() -> None:
    assert quoted("</p><p>ROMA (Agenzia) - Il ponte è crollato.") == "“Il ponte è crollato.”"


def test_language_names_lose_the_standards_qualifier() -> None:
    assert language_name("el") == "Modern Greek"
    assert language_name("ms") == "Malay"
    assert language_name("de") == "German"
    assert language_name("qq") == "qq"


def _unnamed(article: Article, language: str = "en", **changes: object) -> Article:
    return dataclasses.replace(article, source=None, language=language, **changes)


def test_a_quote_in_another_language_says_which(article: MakeArticle) -> None:
    english = article("a", "The river rose overnight.")
    german = dataclasses.replace(article("b", "Der Fluss stieg über Nacht."), language="de")
    citer = Citer([english, german])
    assert (
        citer.said("Der Fluss stieg über Nacht.", "b")
        == "“Der Fluss stieg über Nacht.” (in German)"
    )
    assert citer.said("The river rose overnight.", "a") == "“The river rose overnight.”"
    # A packet in one language says so once in the summary, not after every quote.
    only = Citer([german, dataclasses.replace(article("c", "Es regnete."), language="de")])
    assert only.said("Es regnete.", "c") == "“Es regnete.”"


def test_many_unnamed_outlets_are_cited_together(article: MakeArticle) -> None:
    named = article("n", "x", source="Daily Wire", date=dt.date(2025, 5, 2))
    quiet = [_unnamed(article(f"u{i}", "x"), date=dt.date(2025, 5, i)) for i in range(1, 5)]
    undated = _unnamed(article("u9", "x"))
    month = _unnamed(article("m", "x"), date=dt.date(2025, 6, 1), date_precision="month")
    citer = Citer([named, *quiet, undated, month])
    ids = [q.id for q in quiet]
    # The quoted article first, on its own; three or more unnamed others together.
    assert citer.cite([*ids, "n", "u9"]) == (
        "unnamed outlet [2], 1 May 2025; Daily Wire, 2 May 2025; "
        "unnamed outlets [3], [4], [5], [6], 2–4 May 2025 (1 undated)"
    )
    assert citer.cite(ids, quoted_first=False) == "unnamed outlets [2], [3], [4], [5], 1–4 May 2025"
    assert citer.cite(["u1", "u2", "m"], quoted_first=False) == (
        "unnamed outlets [2], [3], [7], May – June 2025"
    )
    assert (
        citer.cite(["n", "u9", "u9"], quoted_first=False)
        == "Daily Wire, 2 May 2025; unnamed outlet [6], undated"
    )
    # Two unnamed others are still cited one by one.
    assert citer.cite(["n", "u1", "u2"]) == (
        "Daily Wire, 2 May 2025; unnamed outlet [2], 1 May 2025; unnamed outlet [3], 2 May 2025"
    )


def _topic(name: str, kind: str, mentions: tuple[Mention, ...]) -> Topic:
    return Topic(name.casefold(), name, kind, (name,), mentions)


def test_a_topic_with_nothing_to_quote_makes_way_for_the_next(article: MakeArticle) -> None:
    a = article(
        "a",
        "The dam above Velmora gave way on Sunday night after days of rain.",
        "Engineers said the dam had not been inspected since the spring.",
        "Residents of the lower town were moved to the school in the hills.",
        date=dt.date(2025, 5, 5),
    )
    cut = Passage("a", 0, 0, 20, "The dam above Velmora")  # a fragment: no key passage
    event = _topic("Dam collapse in Velmora", "event", (Mention("a", Span(0, 4, 7), "dam"),))
    dam = _topic("Velmora dam", "place", (Mention("a", Span(1, 14, 17), "dam"),))
    town = _topic("Lower town", "place", (Mention("a", Span(2, 13, 23), "lower"),))
    sections = [
        TopicSection(event, (cut,)),
        TopicSection(dam, (Passage("a", 1, 0, 63, a.paragraphs[1].text),)),
        TopicSection(town, (Passage("a", 2, 0, 66, a.paragraphs[2].text),)),
    ]
    limited = render_brief([a], topics=sections, topic_limit=1)
    assert "### Dam collapse in Velmora" not in limited
    assert "### Velmora dam" in limited and "had not been inspected" in limited
    assert "### Lower town" not in limited  # past the limit
    assert "The dam above Velmora”" not in limited  # the fragment is never quoted
    # Topics the user named all keep their section, quote or not.
    named = render_brief([a], topics=sections)
    assert all(
        f"### {t}" in named for t in ("Dam collapse in Velmora", "Velmora dam", "Lower town")
    )


def test_further_sources_of_a_value_do_not_repeat_the_quoted_article(
    article: MakeArticle,
) -> None:
    a = article("a", "The toll rose to 12. Officials later confirmed 12 dead.", source="One")
    b = article("b", "At least 12 people died.", source="Two")
    c = article("c", "Nine people died.", source="Three")

    def quote(article_id: str, start: int, text: str) -> Quote:
        return Quote(article_id, None, Span(0, start, start + len(text)), text)

    found = Discrepancy(
        "figure",
        "how many dead",
        (
            Claim(
                "12",
                (
                    quote("a", 0, "The toll rose to 12."),
                    quote("a", 21, "Officials later confirmed 12 dead."),
                    quote("b", 0, "At least 12 people died."),
                ),
            ),
            Claim("9", (quote("c", 0, "Nine people died."),)),
        ),
    )
    brief = render_brief([a, b, c], discrepancies=[found])
    assert "  - also Two, undated" in brief
    assert "also One" not in brief


def _figure(subject: str, *values: str) -> Discrepancy:
    claims = tuple(
        Claim(v, (Quote(f"a{i}", None, Span(0, 0, 5), f"Said {v}."),)) for i, v in enumerate(values)
    )
    return Discrepancy("figure", subject, claims)


def test_the_summary_names_the_disagreements_that_fit_one_line(article: MakeArticle) -> None:
    articles = [article(f"a{i}", "Text.") for i in range(3)]
    short = [_figure(f"how many {w}", "3", "4") for w in ("boats", "cars", "dogs", "pens")]
    line = next(
        line
        for line in render_brief(articles, discrepancies=short).splitlines()
        if line.startswith("**They disagree on:**")
    )
    assert line.startswith(
        "**They disagree on:** how many boats: 3 (Outlet a0) vs 4 (Outlet a1); how"
    )
    assert "how many pens: 3 (Outlet a0) vs 4 (Outlet a1)." in line and "more" not in line
    wordy = "quoted words in a language the reader may not read, at length"
    long = [_figure(f"how many {w}", f"{wordy} 3", f"{wordy} 4") for w in ("a", "b", "c", "d")]
    line = next(
        line
        for line in render_brief(articles, discrepancies=long).splitlines()
        if line.startswith("**They disagree on:**")
    )
    assert "how many a: " in line and "how many b: " in line  # at least two, however long
    assert "how many d: " not in line and line.endswith("more below.")
    assert len(line) < 500


def test_the_summary_names_a_figure_by_its_reading_not_the_foreign_words() -> None:
    from briefing.brief import _short

    assert _short("dwunastu rannych (12, seriously injured)", "figure") == "12 seriously injured"
    assert _short("kolejnych 16 (injured)", "figure") == "16 injured"
    assert _short("trzy mosty (3)", "figure") == "3"
    assert _short("ponad 4,7 tysiąca (4,700)", "figure") == "4,700"
    assert _short("wieczorem (evening)", "date") == "evening"
    # Look-alikes: what is not a reading stays as written.
    assert _short("29 Personen", "figure") == "29 Personen"
    assert _short("several (many)", "figure") == "several (many)"
    assert _short("Velmora (Texas)", "name") == "Velmora (Texas)"
    assert _short("Thursday 4 May 2031 (local time)", "date") == "Thursday 4 May 2031 (local time)"
    assert _short("6 October (no year given)", "date") == "6 October"
