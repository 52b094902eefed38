"""The brief's rules of reading, one test each, on written fixture text: how sources are cited,
how quotes nest, which aliases are worth telling, where a note with no quoted passage goes, the
summary's lede and languages, and that no sentence is quoted twice."""

from __future__ import annotations

import dataclasses
import datetime as dt

from analysis.builders import MakeArticle
from markdown_it import MarkdownIt

from briefing.analysis import extract_timeline
from briefing.brief import languages_phrase
from briefing.brief_citations import Citer, quoted
from briefing.brief_lede import find_lede
from briefing.export import TopicSection, other_spellings, render_brief
from briefing.model import Article, Mention, Passage, Span, Topic
from briefing.notes import Bookmark


def _unnamed(article: Article) -> Article:
    return dataclasses.replace(article, source=None, title="A Harbour Closes: What Now")


def _topic(name: str, kind: str, aliases: tuple[str, ...], *mentions: Mention) -> Topic:
    return Topic(name.casefold(), name, kind, aliases, mentions)  # type: ignore[arg-type]


def test_an_article_without_an_outlet_is_cited_by_its_reference_number(
    article: MakeArticle,
) -> None:
    a = article("a", "The harbour of Velmora closed on Monday.", date=dt.date(2031, 3, 4))
    b = _unnamed(article("b", "The harbour closed after the storm."))
    citer = Citer([a, b])
    assert citer.cite(["a", "b"]) == "Outlet a, 4 March 2031; unnamed outlet [2], undated"
    references = "\n".join(citer.references())
    assert "2. Unnamed outlet, undated — “A Harbour Closes: What Now” `b`" in references
    # The number is ours, not escaped text, and CommonMark renders it as plain "[2]".
    assert "<a" not in MarkdownIt("commonmark").render(citer.cite(["b"]))


def test_two_articles_of_one_outlet_and_day_are_told_apart(article: MakeArticle) -> None:
    day = dt.date(2031, 3, 4)
    a = article("a", "First report.", source="Harbour News", date=day)
    b = article("b", "Second report.", source="Harbour News", date=day)
    c = article("c", "Third report.", source="Harbour News", date=dt.date(2031, 3, 5))
    assert Citer([a, b, c]).cite(["a", "b", "c"]) == (
        "Harbour News [1], 4 March 2031; Harbour News [2], 4 March 2031; Harbour News, 5 March 2031"
    )


def test_the_references_give_languages_only_when_there_are_several(
    article: MakeArticle,
) -> None:
    a = article("a", "The harbour closed.")
    b = dataclasses.replace(article("b", "Le port a fermé."), language="fr")
    assert "(English)" not in "\n".join(Citer([a]).references())
    both = "\n".join(Citer([a, b]).references())
    assert "(English)" in both and "(French)" in both


def test_a_quote_inside_a_quote_becomes_single() -> None:
    assert quoted("“We will reopen,” the mayor said.") == "“‘We will reopen,’ the mayor said.”"
    assert quoted('He called it "a disaster" twice.') == "“He called it ‘a disaster’ twice.”"
    # German and French quotation marks are left as they are.
    assert quoted("Er sagte: „Wir öffnen“.") == "“Er sagte: „Wir öffnen“.”"


def test_only_aliases_a_reader_could_not_infer_are_listed() -> None:
    topic = _topic("Ilse Marrow", "person", ("Marrow", "ilse marrow", "Ilse Marow", "Ильзе Марроу"))
    assert other_spellings(topic) == ["Ilse Marow", "Ильзе Марроу"]


def test_languages_are_named_once_with_their_counts(article: MakeArticle) -> None:
    en = article("a", "x")
    fr = [dataclasses.replace(article(i, "x"), language="fr") for i in "bc"]
    de = dataclasses.replace(article("d", "x"), language="de")
    assert languages_phrase([en]) == "all in English"
    assert languages_phrase([en, *fr, de]) == "2 in French, 1 in English and 1 in German"


def test_an_undetermined_language_is_never_named_und(article: MakeArticle) -> None:
    """ "und" is ISO's code for "undetermined": "1 in und" reads as a German word."""
    en = article("a", "The harbour closed.")
    fr = dataclasses.replace(article("b", "Le port a fermé."), language="fr")
    odd = dataclasses.replace(article("c", "x y z"), language="und")
    phrase = languages_phrase([en, fr, odd])
    assert "und" not in phrase.split() and "1 in a language not identified" in phrase
    references = "\n".join(Citer([en, fr, odd]).references())
    assert "(und)" not in references and "(French)" in references


def test_the_summary_quotes_the_lede_that_names_most_of_the_story(article: MakeArticle) -> None:
    a = article(
        "a",
        "Markets were calm on Monday morning across the region, traders said in the city.",
        date=dt.date(2031, 3, 3),
    )
    lede = "The port of Velmora closed to shipping after Storm Ines damaged its two main piers."
    b = article("b", lede, "Ines is the third storm this winter.", date=dt.date(2031, 3, 4))
    c = article("c", lede.replace("closed", "was closed"), date=dt.date(2031, 3, 5))
    topics = [
        _topic("Velmora", "place", ("Velmora",), Mention("b", Span(0, 12, 19), "Velmora")),
        _topic("Storm Ines", "event", ("Ines",), Mention("b", Span(0, 41, 51), "Storm Ines")),
    ]
    found = find_lede([a, b, c], topics)
    assert found is not None and found.text == lede
    assert found.carried_by == ("b", "c")  # the same wire lede in two outlets
    brief = render_brief([a, b, c], all_topics=topics)
    assert f"**What happened:** “{lede}” — Outlet b, 4 March 2031; Outlet c, 5 March 2031" in brief


def test_a_sentence_is_quoted_once_in_the_whole_brief(article: MakeArticle) -> None:
    event = "The port of Velmora closed on March 3, 2031 after the storm hit its piers."
    other = "Velmora has three piers, two of them built by the old shipping company."
    a = article(
        "a",
        "Dockers in the region said on the radio that the week began without any news.",
        f"{event} {other}",
        source="Harbour News",
        date=dt.date(2031, 3, 4),
    )
    topic = _topic("Velmora", "place", ("Velmora",), Mention("a", Span(1, 12, 19), "Velmora"))
    text = a.paragraphs[1].text
    split = text.index(other)
    passages = (
        Passage("a", 1, 0, split - 1, event),
        Passage("a", 1, split, len(text), other),
    )
    brief = render_brief(
        [a], topics=[TopicSection(topic, passages)], timeline=extract_timeline([a])
    )
    assert brief.count("closed on March 3, 2031") == 1  # in the timeline, not under the topic
    assert brief.count("two of them built") == 1


def test_a_heading_line_is_not_a_key_passage(article: MakeArticle) -> None:
    a = article("a", "Velmora Port Closed", "Velmora reopened its northern pier to fishing boats.")
    topic = _topic("Velmora", "place", ("Velmora",), Mention("a", Span(0, 0, 7), "Velmora"))
    passages = (
        Passage("a", 0, 0, 19, "Velmora Port Closed"),
        Passage("a", 1, 0, 51, a.paragraphs[1].text),
    )
    brief = render_brief([a], topics=[TopicSection(topic, passages)])
    assert "“Velmora Port Closed”" not in brief
    assert "“Velmora reopened its northern pier to fishing boats.”" in brief


def test_a_note_goes_beside_its_passage_even_when_no_section_quotes_it(
    article: MakeArticle,
) -> None:
    a = article(
        "a",
        "Velmora reopened its northern pier to fishing boats on the first calm day.",
        "The insurer of the Velmora piers has not paid for the storm damage yet.",
        "The weather office issued no warning for the coming weekend at all, locals said.",
    )
    topic = _topic("Velmora", "place", ("Velmora",), Mention("a", Span(1, 19, 26), "Velmora"))
    passages = (Passage("a", 0, 0, 74, a.paragraphs[0].text),)
    about_topic = Bookmark("k1", "a", 1, 0, 70, a.paragraphs[1].text, "Ask the insurer.")
    about_nothing = Bookmark("k2", "a", 2, 0, 79, a.paragraphs[2].text, "Odd claim.")
    brief = render_brief(
        [a], topics=[TopicSection(topic, passages)], bookmarks=[about_topic, about_nothing]
    )
    lines = brief.splitlines()
    assert "## Notes" not in brief
    insurer = next(i for i, line in enumerate(lines) if "The insurer of the Velmora" in line)
    assert lines[insurer + 1] == "  **Note:** Ask the insurer."
    assert lines.index("### Velmora") < insurer < lines.index("## Other passages marked")
    weather = next(i for i, line in enumerate(lines) if "The weather office" in line)
    assert lines.index("## Other passages marked") < weather < lines.index("## References")
    assert lines[weather + 1] == "  **Note:** Odd claim."


def test_a_range_without_a_year_is_shown_as_a_range(article: MakeArticle) -> None:
    a = article("a", "The fair will run from May 8 to 10 in the old harbour hall.")
    brief = render_brief([a], timeline=extract_timeline([a]))
    assert "- **8–10 May:** “The fair will run from May 8 to 10" in brief


def test_the_summary_does_not_repeat_values_its_subject_names() -> None:
    from briefing.analysis.model import Claim, Discrepancy
    from briefing.brief import _disagreement

    spelling = Discrepancy("spelling", "Marrow / Marow", (Claim("Marrow", ()), Claim("Marow", ())))
    assert _disagreement(spelling, {}) == "the spelling Marrow / Marow"
    date = Discrepancy(
        "date", "when the ferry sailed", (Claim("3 March 2031", ()), Claim("4 March 2031", ()))
    )
    assert _disagreement(date, {}) == "when the ferry sailed: 3 March 2031 vs 4 March 2031"


def test_an_english_lede_is_preferred_when_one_names_the_story(article: MakeArticle) -> None:
    french = dataclasses.replace(
        article("a", "Le port de Velmora a fermé après la tempête Ines, qui a détruit deux quais."),
        language="fr",
    )
    english = article("b", "The port of Velmora closed on Monday after a night of heavy storms.")
    topics = [
        _topic("Velmora", "place", ("Velmora",), Mention("a", Span(0, 12, 19), "Velmora")),
        _topic("Storm Ines", "event", ("Ines",), Mention("a", Span(0, 46, 50), "Ines")),
    ]
    found = find_lede([french, english], topics)
    assert found is not None and found.article_id == "b"


def test_a_large_packet_names_its_outlets_and_counts_the_rest(article: MakeArticle) -> None:
    named = [article(str(i), "The port closed.", source="Harbour News") for i in range(3)]
    unnamed = [_unnamed(article(f"u{i}", "The port closed.")) for i in range(5)]
    brief = render_brief([*named, *unnamed])
    assert "**Sources:** 8 articles from 1 named outlet, all in English: Harbour News; " in brief
    assert "5 with no outlet named (see the references)." in brief
    few = render_brief(named[:2])
    assert "Harbour News [1], undated; Harbour News [2], undated." in few


def test_the_summary_names_only_people_the_story_is_about(article: MakeArticle) -> None:
    articles = [article(i, "The port closed.") for i in "abcde"]

    def person(name: str, ids: str) -> Topic:
        mentions = tuple(Mention(i, Span(0, 0, 4), name) for i in ids)
        return _topic(name, "person", (name,), *mentions)

    topics = [person("Ilse Marrow", "abcde"), person("Tom Brask", "abc"), person("Ana Velt", "a")]
    brief = render_brief(articles, all_topics=topics)
    assert "**Who and what:** Ilse Marrow, Tom Brask." in brief  # not Ana Velt, in one of five


def test_a_sentence_quoted_as_a_disagreement_is_not_quoted_under_a_topic(
    article: MakeArticle,
) -> None:
    from briefing.analysis.model import Claim, Discrepancy, Quote

    intro = "Ilse Marow, the harbour minister, spent the whole day in the port of Velmora."
    text = "Minister Ilse Marow toured the flooded harbour district with engineers and divers."
    other = "The minister promised new sea walls for the whole harbour district before winter."
    a = article("a", intro, text, other)
    quote = Quote("a", a.source, Span(1, 0, len(text)), text)
    found = Discrepancy(
        "spelling", "Marrow / Marow", (Claim("Marow", (quote,)), Claim("Marrow", ()))
    )
    topic = _topic("Ilse Marrow", "person", ("Marow",), Mention("a", Span(1, 9, 18), "Ilse Marow"))
    passages = (Passage("a", 1, 0, len(text), text), Passage("a", 2, 0, len(other), other))
    brief = render_brief([a], topics=[TopicSection(topic, passages)], discrepancies=[found])
    assert brief.count("toured the flooded harbour") == 1  # under the disagreement only
    assert "new sea walls" in brief  # the topic quotes something else


def test_the_main_event_heads_the_brief_and_is_not_named_again_as_who_and_what(
    article: MakeArticle,
) -> None:
    articles = [article(i, "The harbour strike closed the port.") for i in "abcd"]

    def topic(name: str, kind: str, ids: str) -> Topic:
        return _topic(name, kind, (name,), *(Mention(i, Span(0, 0, 4), name) for i in ids))

    strike = "Harbour strike in Varna, 3–5 Mar 2031"
    topics = [topic(strike, "event", "abcd"), topic("Ilse Marrow", "person", "abc")]
    topics.append(topic("Port authority vote", "event", "ab"))
    brief = render_brief(articles, all_topics=topics, main_event=strike)
    assert brief.startswith(f"# {strike}\n")
    assert "**Who and what:** Ilse Marrow, Port authority vote." in brief


def test_a_month_the_text_states_alone_is_dated_as_a_month(article: MakeArticle) -> None:
    october = dataclasses.replace(
        article("a", "The port closed.", date=dt.date(2031, 10, 1)), date_precision="month"
    )
    dated = article("b", "The port reopened.", date=dt.date(2031, 11, 3))
    brief = render_brief([october, dated])
    assert "articles dated October – 3 November 2031." in brief
    assert "1 October" not in brief  # the label's month has no day


def test_one_agency_spelt_several_ways_is_one_named_outlet(article: MakeArticle) -> None:
    spellings = [
        "Reuters",
        "رويترز",
        "REUTERS.COM",
        "Interfax",
        "INTERFAX.RU",
        "時事通信社",
        "Jiji Press",
    ]
    named = [article(str(i), "The port closed.", source=s) for i, s in enumerate(spellings)]
    # look-alikes: a name that merely holds an agency's is its own outlet
    named.append(article("x", "The port closed.", source="Reuters Institute"))
    brief = render_brief(named)
    assert "**Sources:** 8 articles from 4 named outlets, all in English: " in brief
    assert "Interfax, Jiji Press, Reuters, Reuters Institute" in brief
