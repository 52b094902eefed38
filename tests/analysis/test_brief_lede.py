"""The summary's What happened: the opening sentence that states the main event — on its
day, naming it, in plain words — chosen over side events, headlines, quotes and guests, in
any language; and the timeline never quotes it a second time."""

from __future__ import annotations

import dataclasses
import datetime as dt

from analysis.builders import MakeArticle

from briefing.analysis import extract_timeline
from briefing.brief_lede import find_lede
from briefing.brief_lede_shape import continues, label, names_early, states_toll
from briefing.brief_timeline import ABOVE
from briefing.brief_when import event_when
from briefing.export import render_brief
from briefing.model import Article, Mention, Span, Topic

D = dt.date
EVENT = "Storm at Velmora, 4 Mar 2031"  # a Tuesday


def _topic(name: str, kind: str, aliases: tuple[str, ...], *mentions: Mention) -> Topic:
    return Topic(name.casefold(), name, kind, aliases, mentions)  # type: ignore[arg-type]


def _in(article: Article, language: str) -> Article:
    return dataclasses.replace(article, language=language)


TOPICS = [
    _topic(EVENT, "event", ("storm", "tempête", "Sturm", "tormenta")),
    _topic("Velmora", "place", ("Velmora",)),
]


def _lede(articles: list[Article], topics: list[Topic] = TOPICS, event: str = EVENT) -> str | None:
    found = find_lede(
        articles,
        topics,
        timeline=extract_timeline(articles),
        when=event_when(event),
        main_event=event,
    )
    return found.text if found else None


def test_a_sentence_on_the_events_day_beats_one_about_the_day_after(
    article: MakeArticle,
) -> None:
    mourning = (
        "Velmora mourned on Wednesday, a day after the storm sank two ferries in its harbour."
    )
    french = "La tempête a frappé le port de Velmora le mardi 4 mars 2031, coulant deux ferries."
    a = article("a", mourning, date=D(2031, 3, 6))
    b = _in(article("b", french, date=D(2031, 3, 5)), "fr")
    assert _lede([a, b]) == french
    # With the event's own day in English too, English is preferred.
    english = "The storm hit the harbour of Velmora on Tuesday, March 4, sinking two ferries."
    c = article("c", english, date=D(2031, 3, 4))
    assert _lede([a, b, c]) == english


def test_a_headline_with_scare_quotes_is_not_the_lede(article: MakeArticle) -> None:
    headline = (
        "Velmora divers ‘race against time’ after the storm on Tuesday sank ‘priceless’ ferries."
    )
    plain = "Der Sturm versenkte am 4. März 2031 zwei Fähren im Hafen von Velmora."
    a = article("a", headline, date=D(2031, 3, 5))
    b = _in(article("b", plain, date=D(2031, 3, 5)), "de")
    assert _lede([a, b]) == plain
    # A quoted name is no quote: "the “Velmora Arena”" is a name in quotation marks.
    named = "The storm tore the roof off the “Velmora Arena” on March 4, 2031, in the evening."
    c = article("c", named, date=D(2031, 3, 5))
    assert _lede([a, b, c]) == named


def test_a_sentence_that_opens_a_quote_it_does_not_close_is_not_the_lede(
    article: MakeArticle,
) -> None:
    opened = "Velmora’s mayor said: “The storm hit us on March 4, 2031 and we lost everything."
    closed = "La tempête a frappé le port de Velmora le 4 mars 2031 et coulé deux ferries."
    a = article("a", opened, "Two ferries sank in the harbour.", date=D(2031, 3, 5))
    b = _in(article("b", closed, date=D(2031, 3, 6)), "fr")
    assert _lede([a, b]) == closed


def test_a_kicker_is_no_dateline() -> None:
    assert label("LYON: The storm sank two ferries.") == "dateline"
    assert label("PARIS, France: The storm sank two ferries.") == "dateline"
    assert label("BERGEN (NTB) - The storm sank two ferries.") == "dateline"
    assert label("LIVE: The storm sank two ferries.") == "kicker"
    assert label("Analysis: The storm sank two ferries.") == "kicker"
    # A colon well into the sentence is no label at all.
    assert label("Es war der schwerste Sturm seit Jahren: zwei Fähren sanken.") is None
    assert label("The storm sank two ferries at 10:30 on Tuesday.") is None
    assert label("Velmora’s mayor said: the storm sank two ferries.") is None


def test_a_kicked_sentence_gives_way_to_a_plain_one(article: MakeArticle) -> None:
    kicked = "UPDATE: The storm left Velmora without power on Tuesday, March 4, the utility said."
    plain = "La tempête a privé Velmora d’électricité le mardi 4 mars 2031."
    a = article("a", kicked, date=D(2031, 3, 5))
    b = _in(article("b", plain, date=D(2031, 3, 6)), "fr")
    assert _lede([a, b]) == plain


def test_a_page_s_link_labels_and_caption_marks_are_no_lede(article: MakeArticle) -> None:
    # A wire page saved as text keeps each link's accessibility label after its words, and a
    # picture's caption keeps its mark: page furniture, never what happened.
    linked = (
        "The order came after Velmora Ferries (VFR.N), opens new tab said the storm on"
        " Tuesday, March 4, sank two of its ferries."
    )
    caption = "FILE PHOTO: The storm hit the harbour of Velmora on Tuesday, March 4, 2031."
    plain = "La tempête a frappé le port de Velmora le mardi 4 mars 2031."
    a = article("a", linked, date=D(2031, 3, 4))
    b = article("b", caption, date=D(2031, 3, 4))
    c = _in(article("c", plain, date=D(2031, 3, 5)), "fr")
    assert _lede([a, b, c]) == plain
    windowed = "The storm (opens in a new window) hit Velmora on Tuesday, March 4, 2031."
    assert _lede([article("d", windowed, date=D(2031, 3, 4)), c]) == plain


def test_a_guests_part_is_not_the_event(article: MakeArticle) -> None:
    guest = (
        "Minister Ilse Marrow arrived in Velmora on Tuesday, March 4, as the storm hit the port."
    )
    event = "The storm hit Velmora on Tuesday, March 4, 2031, and sank two of its ferries."
    marrow = _topic(
        "Ilse Marrow", "person", ("Ilse Marrow", "Marrow"), Mention("a", Span(0, 9, 20), "x")
    )
    shut = "The port of Velmora stayed shut for a week after the storm, the harbour office said."
    others = [article(i, shut, date=D(2031, 3, 7)) for i in "cde"]
    a = article("a", guest, date=D(2031, 3, 4))
    b = article("b", event, date=D(2031, 3, 5))
    assert _lede([a, b, *others], [*TOPICS, marrow]) == event
    # Someone most openings name is one of the story's actors, not a guest.
    toured = "Ilse Marrow toured the harbour of Velmora after the storm, promising help to all."
    named = [article(i, toured, date=D(2031, 3, 7)) for i in "cde"]
    actor = _topic("Ilse Marrow", "person", ("Ilse Marrow", "Marrow"))
    assert _lede([a, *named], [*TOPICS, actor]) == guest


def test_background_long_before_does_not_count_against_the_lede(article: MakeArticle) -> None:
    recalled = (
        "Rebuilt after a fire in January 2026, the harbour of Velmora was hit by the storm on "
        "March 4, 2031."
    )
    other = "La tempête a frappé le port de Velmora le 4 mars 2031 et coulé deux ferries."
    a = article("a", recalled, date=D(2031, 3, 5))
    b = _in(article("b", other, date=D(2031, 3, 6)), "fr")
    # The fire as an event of the story (as when several outlets recall it): still background.
    timeline = [
        dataclasses.replace(e, event=True) if e.phrase == "in January 2026" else e
        for e in extract_timeline([a, b])
    ]
    assert any(e.phrase == "in January 2026" for e in timeline)
    found = find_lede([a, b], TOPICS, timeline=timeline, when=event_when(EVENT), main_event=EVENT)
    assert found is not None and found.text == recalled


def test_a_weekday_of_an_undated_article_weighs_less_than_a_date(article: MakeArticle) -> None:
    # "Tuesday" in an undated article may be any Tuesday: a later statement, weeks on.
    undated = "The storm at Velmora was the worst in decades, the harbour master said Tuesday."
    dated = "La tormenta azotó Velmora el martes 4 de marzo de 2031 y hundió dos transbordadores."
    a = article("a", undated)
    b = _in(article("b", dated, date=D(2031, 3, 5)), "es")
    assert _lede([a, b]) == dated


def test_the_timeline_does_not_quote_the_lede_again(article: MakeArticle) -> None:
    lede = "The storm hit the harbour of Velmora on March 4, 2031, sinking two ferries."
    other = "Velmora lost two ferries on March 4, 2031, when the storm reached its harbour."
    a = article("a", lede, date=D(2031, 3, 5))
    b = article("b", other, date=D(2031, 3, 5))
    brief = render_brief([a, b], timeline=extract_timeline([a, b]), all_topics=TOPICS,
                         main_event=EVENT)  # fmt: skip
    assert brief.count("sinking two ferries") == 1  # in the summary only
    day = brief[brief.index("### Tuesday 4 March 2031") :]
    assert "“Velmora lost two ferries" in day and "also Outlet a, 5 March 2031" in day
    # Alone, the event's line points up to the summary instead of quoting it twice.
    alone = render_brief([a], timeline=extract_timeline([a]), all_topics=TOPICS,
                         main_event=EVENT)  # fmt: skip
    assert alone.count("sinking two ferries") == 1
    assert f"- {ABOVE} — Outlet a, 5 March 2031" in alone


def test_what_several_outlets_open_with_beats_one_outlets_angle(article: MakeArticle) -> None:
    told = (
        "The storm hit Velmora on Tuesday, March 4, 2031, and sank 12 ferries with 17 crew aboard."
    )
    angle = (
        "The storm hit Velmora on Tuesday, March 4, 2031, and flooded 40 cellars of the old town."
    )
    a = article("a", angle, date=D(2031, 3, 5))
    b = article("b", told, date=D(2031, 3, 6))
    c = _in(
        article("c", "Au moins 17 marins ont disparu à Velmora, après la tempête de mardi."), "fr"
    )
    d = _in(
        article("d", "In Velmora sanken 12 Fähren, 17 Seeleute werden nach dem Sturm vermisst."),
        "de",
    )
    assert _lede([a, b, c, d]) == told
    assert _lede([a, b]) == angle  # alone, the earlier article's


def test_a_sentence_that_names_the_event_first_beats_one_that_names_it_last(
    article: MakeArticle,
) -> None:
    # The event as the sentence's subject, not the purpose of someone's trip at its end.
    late = (
        "Hunderte Seeleute kamen am Dienstag, dem 4. März, an die Kais von Velmora, um den "
        "Sturm zu sehen."
    )
    first = "La tempête a atteint Velmora le mardi 4 mars 2031, sous les yeux des marins."
    a = _in(article("a", late, date=D(2031, 3, 5)), "de")
    b = _in(article("b", first, date=D(2031, 3, 6)), "fr")
    assert _lede([a, b]) == first
    assert names_early(first, [], ["tempête"])
    assert not names_early(late, [], ["Sturm", "Velmora"])
    assert names_early("LYON: The storm hit the town.", [], ["storm"])  # after the dateline


def test_a_citys_name_early_is_only_where(article: MakeArticle) -> None:
    event = "Storm at Lyon, 4 Mar 2031"
    topics = [
        _topic(event, "event", ("storm", "tempête")),
        _topic("Lyon", "place", ("Lyon",)),
    ]
    where = (
        "À Lyon, les pompiers du quartier de Vaise ont vu la tempête arracher le toit du dépôt "
        "le mardi 4 mars 2031."
    )
    what = "La tempête a arraché le toit du dépôt de Lyon le mardi 4 mars 2031, selon les pompiers."
    a = _in(article("a", where, date=D(2031, 3, 5)), "fr")
    b = _in(article("b", what, date=D(2031, 3, 6)), "fr")
    timeline = extract_timeline([a, b])
    found = find_lede([a, b], topics, timeline=timeline, when=event_when(event), main_event=event)
    assert found is not None and found.text == what


def test_an_inquiry_or_a_search_naming_the_place_and_day_gives_way_to_the_toll(
    article: MakeArticle,
) -> None:
    # Look-alikes: each names the storm, Velmora and its day, in an article's first sentence,
    # and tells what came after — an inquiry, a search for the missing — not the event.
    inquiry = _in(
        article(
            "a",
            "Створено комісію для розслідування причин шторму, що вдарив по Вельморі у вівторок "
            "4 березня 2031 року.",
            date=D(2031, 3, 5),
        ),
        "uk",
    )
    search = _in(
        article(
            "b",
            "A Velmora si cercano ancora 40 persone disperse nella tempesta che martedì 4 marzo "
            "2031 ha colpito il porto.",
            date=D(2031, 3, 5),
        ),
        "it",
    )
    toll = _in(
        article(
            "c",
            "Co najmniej 12 osób zginęło w burzy, która we wtorek 4 marca 2031 uderzyła w port "
            "Velmora.",
            date=D(2031, 3, 5),
        ),
        "pl",
    )
    topics = [
        _topic(EVENT, "event", ("storm", "шторму", "tempesta", "burzy")),
        _topic("Velmora", "place", ("Velmora", "Вельморі")),
    ]
    assert _lede([inquiry, search, toll], topics) == toll.paragraphs[0].text


def test_a_mourning_with_the_toll_does_not_beat_the_event_with_it(article: MakeArticle) -> None:
    mourning = (
        "Velmora mourned on Friday the 12 people killed when the storm hit on Tuesday, March 4."
    )
    event = "The storm killed 12 people in Velmora on Tuesday, March 4, 2031, and sank two ferries."
    a = article("a", mourning, date=D(2031, 3, 7))
    b = article("b", event, date=D(2031, 3, 8))
    assert _lede([a, b]) == event


def test_an_articles_first_sentence_wins_a_tie_with_a_later_one(article: MakeArticle) -> None:
    later = "The storm hit the harbour of Velmora on Tuesday, March 4, 2031, and sank two ferries."
    first = "The storm hit the quays of Velmora on Tuesday, March 4, 2031, and sank two trawlers."
    opener = "Fishermen in the north counted their losses for a second week in a row on Monday."
    a = article("a", opener, later, date=D(2031, 3, 5))
    b = article("b", first, date=D(2031, 3, 5))
    assert _lede([a, b]) == first
    # Each its article's first: the earlier article's, as before.
    assert _lede([article("a", later, date=D(2031, 3, 5)), b]) == later


def test_a_toll_is_a_count_of_the_dead_or_injured() -> None:
    assert states_toll("At least 37 people, including a child, were killed in Velmora.", "en")
    assert states_toll("The storm hit Velmora on Tuesday, killing 12 and injuring 40.", "en")
    assert states_toll("Au moins 12 personnes sont mortes dans la tempête à Velmora.", "fr")
    assert states_toll("Bei dem Sturm in Velmora sind 12 Menschen ums Leben gekommen.", "de")
    # Look-alikes: a count that grew, the missing, the arrested, occupants, a year, a family.
    assert not states_toll("The death toll of the storm in Velmora rose to 128 on Friday.", "en")
    assert not states_toll("Rescuers searched for 40 people still missing in Velmora.", "en")
    assert not states_toll("Police arrested 3 men after the storm in Velmora on Friday.", "en")
    assert not states_toll("The storm hit a ferry carrying 40 passengers off Velmora.", "en")
    assert not states_toll("The storm was the worst since 1987, when Velmora lost its pier.", "en")
    assert not states_toll("A family of three was evacuated from Velmora after the storm.", "en")


def test_the_events_mentions_under_no_name_of_it_do_not_choose_the_lede(
    article: MakeArticle,
) -> None:
    # The main event holds the Italian "tempesta" among its mentions (the act's word in the
    # packet's other languages: topics.event_tongues), not among its names.
    english = "The storm hit the harbour of Velmora, sinking two ferries and killing nine."
    italian = "A Velmora si cercano ancora dieci dispersi dopo la tempesta di martedì 4 marzo 2031."
    a = article("a", english, date=D(2031, 3, 5))
    b = _in(article("b", italian, date=D(2031, 3, 5)), "it")
    at = italian.index("tempesta")
    event = _topic(
        EVENT,
        "event",
        ("storm",),
        Mention("a", Span(0, 4, 9), "storm"),
        Mention("b", Span(0, at, at + len("tempesta")), "tempesta"),
    )
    place = _topic("Velmora", "place", ("Velmora",))
    assert _lede([a, b], [event, place]) == english


def test_a_guest_named_first_makes_the_sentence_the_guests(article: MakeArticle) -> None:
    event = "Reopening of the Orsel Bridge in Velmora, 4 Mar 2031"
    topics = [
        _topic(event, "event", ("reopening", "réouverture")),
        _topic("Orsel Bridge", "place", ("Orsel Bridge", "pont Orsel")),
        _topic("Velmora", "place", ("Velmora",)),
        _topic("Ilse Marrow", "person", ("Ilse Marrow", "Marrow")),
    ]
    guest = (
        "Minister Ilse Marrow on Tuesday arrived in Velmora to join other guests for the "
        "reopening of the Orsel Bridge, which a flood had closed."
    )
    french = "Fermé après une crue, le pont Orsel de Velmora a rouvert le mardi 4 mars 2031."
    later = "The Orsel Bridge carried more cars than ever a week after its reopening."
    a = article("a", guest, date=D(2031, 3, 4))
    b = _in(article("b", french, date=D(2031, 3, 5)), "fr")
    others = [article(i, later, date=D(2031, 3, 11)) for i in "cde"]

    assert _lede([a, b, *others], topics, event) == french
    # Look-alike: the event named before the guest is the event's sentence, in English.
    first = (
        "The reopening of the Orsel Bridge in Velmora on Tuesday drew guests such as "
        "Minister Ilse Marrow, who arrived from the capital."
    )
    assert _lede([article("a", first, date=D(2031, 3, 4)), b, *others], topics, event) == first


def test_a_sentence_leaning_on_the_one_before_gives_way(article: MakeArticle) -> None:
    """A page saved from mid-story opens with "Now, the port …": quoted alone it does not say
    whose port; another outlet's plain sentence says it."""
    leaning = "Now, the port of Velmora is closed after the storm sank two ferries on Tuesday."
    plain = "The storm sank two ferries in the port of Velmora on Tuesday, closing the harbour."
    a = article("a", leaning, date=D(2031, 3, 4))
    b = article("b", plain, date=D(2031, 3, 4))
    assert _lede([a, b]) == plain
    # Alone, it is still the lede: nothing else states the event.
    assert _lede([a]) == leaning


def test_a_connective_or_a_pronoun_opening_an_english_sentence_continues_another() -> None:
    assert continues("Now, the company is filing for bankruptcy in Velmora.", "en")
    assert continues("It filed for bankruptcy in Velmora on Tuesday.", "en")
    assert continues("But the storm sank two ferries in Velmora.", "en")
    assert continues("(Wirenews) -- They said the storm sank two ferries.", "en")
    # Look-alikes: words that only begin like one, a name, a plain subject, another language.
    assert not continues("Nowhere was the storm worse than in Velmora on Tuesday.", "en")
    assert not continues("Its-Okay Ltd filed for bankruptcy in Velmora.", "en")
    assert not continues("Thenmozhi Rao, the mayor, said the storm sank two ferries.", "en")
    assert not continues("The company filed for bankruptcy in Velmora on Tuesday.", "en")
    assert not continues("This week, the storm sank two ferries in Velmora.", "en")
    assert not continues("Earlier on Tuesday, the storm sank two ferries in Velmora.", "en")
    assert not continues("Her Majesty the Queen opened the new pier in Velmora.", "en")
    assert not continues("Maintenant, la tempête a coulé deux ferries à Velmora.", "fr")


def _day_part(articles: list[Article], text: str) -> int:
    """The "day" part :func:`score_ledes` gives the candidate sentence ``text``."""
    from briefing.brief_lede import score_ledes

    scored = score_ledes(
        articles,
        TOPICS,
        timeline=extract_timeline(articles),
        when=event_when(EVENT),
        main_event=EVENT,
    )
    return next(parts["day"] for c, parts in scored if c.lede.text == text)


def test_an_undated_toll_states_the_act_over_a_dated_scene_before_it(
    article: MakeArticle,
) -> None:
    # The scene names the place and the event's day but not the act; the toll names the act
    # by what it did and no day: the dead died on the event's day, so it dates it as a weekday
    # (then the tie goes to the toll, its article's first sentence; the scene follows a line
    # of background).
    scene = (
        "On Tuesday evening, thousands of fishermen crowded the quays of Velmora to watch the "
        "sea, but fear spread as the waves rose."
    )
    toll = (
        "At least 12 people were killed and 40 injured when the storm hit the harbour of Velmora."
    )
    opener = "Most weekends, the quays of Velmora are busy with fishermen and tourists."
    a = article("a", opener, scene, date=D(2031, 3, 5))
    b = article("b", toll, date=D(2031, 3, 6))
    assert _day_part([a, b], toll) == 1
    assert _lede([a, b]) == toll


def test_a_grown_toll_or_one_dated_to_another_day_is_not_dated_by_its_count(
    article: MakeArticle,
) -> None:
    grown = "The toll of the storm in Velmora rose to 128 as rescuers reached the outer islands."
    other_day = "At least 12 people were killed when a second storm hit Velmora on Friday, March 7."
    scene = "On Tuesday evening, thousands of fishermen crowded the quays of Velmora to watch."
    a = article("a", grown, date=D(2031, 3, 9))
    b = article("b", other_day, date=D(2031, 3, 9))
    c = article("c", scene, date=D(2031, 3, 5))
    assert _day_part([a, b, c], grown) == 0  # a count that grew is no toll of the day
    assert _day_part([a, b, c], other_day) < 0  # its date is another day's: still against it
    assert _lede([a, c]) == scene
