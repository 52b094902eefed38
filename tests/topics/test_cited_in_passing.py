"""Names that are no subject of the story: an agency named only in picture credits, a body
only spoken to ("told X"), a place given as one example of others ("X and other cities") or
as the edge of the story's reach ("as far as X"), and a common noun that the languages write
beside the main event's word ("volcanic eruption"). Every name and sentence is invented
here."""

from __future__ import annotations

from dataclasses import replace

from topics.helpers import article

from briefing.model import Mention, Span, Topic
from briefing.topics.addressed import addressed
from briefing.topics.candidates import Occurrence
from briefing.topics.event_qualifiers import with_qualifiers_joined
from briefing.topics.photo_credits import chain_spans, credit_spans, without_credit_names
from briefing.topics.rank import Cluster, rank
from briefing.topics.single_use import SINGLE_USE_ARTICLES
from briefing.topics.weak_mentions import exemplified, reached

# -- credits without a picture word, and the agency after the slash ---------------------


def _credited(text: str) -> list[str]:
    return [text[s:e] for s, e in credit_spans(text)]


def test_slash_joined_names_in_a_bracket_or_at_a_paragraphs_end_are_a_credit() -> None:
    assert _credited("Smoke over Varelo (ANNA BERG / NORDPRESS)") == ["ANNA BERG / NORDPRESS"]
    assert _credited("Ash falls (picture alliance / KPX / Jan Holm)") == [
        "picture alliance / KPX / Jan Holm"
    ]
    assert _credited("Wybuch (zdjęcie z 3.02.2025) / KOLA CIVIL DEFENCE/KPX / Nord News") == [
        "KOLA CIVIL DEFENCE/KPX / Nord News"
    ]
    # A bare picture word right before a capitalised name, the agency after the slash.
    assert _credited("Fotos Jan Holm / NORDPRESS.") == ["Fotos Jan Holm / NORDPRESS."]
    # Look-alikes: names joined by a slash inside a sentence, or ending one with its full stop.
    assert chain_spans("Flights on the Varelo / Lund route stopped.") == []
    assert chain_spans("He spoke of talks between Varelo / Lund.") == []
    assert chain_spans("The speed fell to 90 km/h (Varelo/Lund).") == []
    assert _credited("The photos show damage / more to come") == []
    assert _credited("He played with AC/DC") == []


def _topic(name: str, *texts: str) -> tuple[Topic, list]:
    articles = [article(f"{n:03d}", text) for n, text in enumerate(texts)]
    mentions = tuple(
        Mention(a.id, Span(0, t.index(name), t.index(name) + len(name)), name)
        for a, t in zip(articles, texts, strict=True)
    )
    return Topic(name.casefold(), name, "organisation", (name,), mentions, 1.0), articles


def test_an_agency_only_in_credits_is_dropped_and_one_the_story_names_stays() -> None:
    credited, texts = _topic(
        "NORDPRESS",
        "Lava near homes. (Photo by Anna BERG / NORDPRESS)",
        "Wybuch (zdjęcie z 3.02.2025) / KOLA CIVIL DEFENCE/NORDPRESS / Nord News",
    )
    assert without_credit_names([credited], texts) == ()
    # The agency is the story in the second text: it stays.
    named, texts = _topic(
        "NORDPRESS",
        "Lava near homes. (Photo by Anna BERG / NORDPRESS)",
        "NORDPRESS cut a hundred jobs on Monday, its union said.",
    )
    assert without_credit_names([named], texts) == (named,)


# -- a place given as one example of others ---------------------------------------------


def _occ(text: str, name: str, n: int = 0) -> tuple[Occurrence, dict[tuple[str, int], str]]:
    at = text.index(name)
    return Occurrence(f"a{n}", 0, at, at + len(name), name), {(f"a{n}", 0): text}


def test_a_place_followed_by_and_other_places_is_an_example() -> None:
    for text, name in [
        ("Flags flew at half-mast in Lund and other cities.", "Lund"),
        ("Trauer gab es auch in Lund und in anderen Städten.", "Lund"),
        ("Hubo minutos de silencio en Lund y otras ciudades.", "Lund"),
        ("Траур объявлен в Лунде и других городах.", "Лунде"),
        ("Des veillées à Lund et dans d'autres villes.", "Lund"),
        ("Czuwania w Lundzie i w innych miastach.", "Lundzie"),
    ]:
        occ, paragraphs = _occ(text, name)
        assert exemplified([occ], paragraphs) == {occ}, text
    # Look-alikes: two places named together, a place and its parts, a place then a verb.
    for text, name in [
        ("Flags flew in Lund and Varelo.", "Lund"),
        ("The flood reached Lund and its suburbs.", "Lund"),
        ("Lund stood still and others left.", "Lund"),
        ("Lund y Varelo quedaron sin luz.", "Lund"),
    ]:
        occ, paragraphs = _occ(text, name)
        assert exemplified([occ], paragraphs) == set(), text


def _packet(uses: dict[str, list[str]]) -> tuple[list, list[Cluster], dict[tuple[str, int], str]]:
    articles = [
        replace(article(f"a{n}", "x"), source=f"Outlet {n}") for n in range(SINGLE_USE_ARTICLES)
    ]
    paragraphs: dict[tuple[str, int], str] = {}
    clusters = []
    for name, texts in uses.items():
        occs = []
        for n, text in enumerate(texts):
            key = (f"a{n}", 1 + len(paragraphs))
            paragraphs[key] = text
            at = text.index(name)
            occs.append(Occurrence(key[0], key[1], at, at + len(name), name))
        clusters.append(Cluster("place", name, occs))
    return articles, clusters, paragraphs


def test_a_place_named_once_besides_as_an_example_is_no_key_topic() -> None:
    articles, clusters, paragraphs = _packet(
        {
            # Once an example of other cities, once in a band's history: no setting.
            "Lund": ["Vigils were held in Lund and other cities.", "The band formed in Lund."],
            # The venue: an example once, but written about twice more.
            "Varelo": [
                "Vigils were held in Varelo and other cities.",
                "The hall in Varelo burned.",
                "Varelo mourned on Sunday.",
            ],
            # Named twice, never as an example: a place of the story.
            "Brenn": ["The gunmen fled to Brenn.", "They were caught near Brenn."],
        }
    )
    names = {t.name for t in rank(articles, clusters, paragraphs)}
    assert names == {"Varelo", "Brenn"}


# -- a common noun the languages write beside the event's word ---------------------------


def _uses(
    name: str, kind: str, texts: dict[str, str], word: str, also: tuple[str, ...] = ()
) -> Topic:
    mentions = []
    for aid, text in texts.items():
        for form in (word, *also):
            start = text.find(form)
            if start >= 0:
                mentions.append(Mention(aid, Span(0, start, start + len(form)), form))
    aliases = tuple(sorted({m.surface for m in mentions}))
    return Topic(name.casefold(), name, kind, aliases, tuple(mentions), 1.0)  # type: ignore[arg-type]


_TEXTS = {
    "en": "A volcanic eruption began near Varelo on Sunday.",
    "fr": "Une éruption volcanique a commencé près de Varelo.",
    "es": "Una erupción volcánica comenzó cerca de Varelo.",
    "de": "Der Vulkan bei Varelo ist seit Jahren ruhig; die Eruption kam am Sonntag.",
}


def test_a_noun_beside_the_event_word_in_three_languages_joins_the_event() -> None:
    articles = [article(aid, text) for aid, text in _TEXTS.items()]
    languages = {aid: aid for aid in _TEXTS}
    event = _uses(
        "Eruption in Varelo", "event", _TEXTS, "eruption", ("éruption", "erupción", "Eruption")
    )
    volcano = _uses("volcano", "theme", _TEXTS, "volcanic", ("volcanique", "volcánica", "Vulkan"))
    joined = with_qualifiers_joined((event, volcano), articles, languages)
    assert [t.name for t in joined] == ["Eruption in Varelo"]
    assert {"volcanic", "volcanique", "Vulkan"} <= set(joined[0].aliases)
    assert len(joined[0].mentions) == len(event.mentions) + len(volcano.mentions)


def test_a_noun_beside_the_event_word_in_fewer_languages_stays() -> None:
    # Two languages only ("magnitude 7 earthquake" is one language's habit): a theme.
    two = {k: v for k, v in _TEXTS.items() if k in ("en", "fr")}
    articles = [article(aid, text) for aid, text in two.items()]
    event = _uses("Eruption in Varelo", "event", two, "eruption", ("éruption",))
    volcano = _uses("volcano", "theme", two, "volcanic", ("volcanique",))
    assert with_qualifiers_joined((event, volcano), articles, {k: k for k in two}) == (
        event,
        volcano,
    )
    # A phrase holding the event's own word ("fire alarms") is not beside it.
    fires = {
        "en": "The fire alarms were silent.",
        "fr": "Les alarmes fire restaient muettes.",
        "es": "Las alarmas fire no sonaron.",
    }
    articles = [article(aid, text) for aid, text in fires.items()]
    event = _uses("Fire in Varelo", "event", fires, "fire")
    alarms = _uses("fire alarms", "theme", fires, "fire alarms", ("alarmes fire", "alarmas fire"))
    kept = with_qualifiers_joined((event, alarms), articles, {k: k for k in fires})
    assert kept == (event, alarms)


# -- a body someone speaks to, and a place at the edge of the story's reach ----------------


def test_a_body_spoken_to_is_addressed_and_one_quoted_or_cited_is_not() -> None:
    for text, name in [
        ("“We ran,” a resident told NORDPRESS.", "NORDPRESS"),
        ("said a man who told Iceland’s KVT television.", "KVT"),
        ("a précisé l'opérateur dans un communiqué envoyé à l'NORDPRESS.", "NORDPRESS"),
        ("explica l'Anna Berg, una veïna, a l'NORDPRESS.", "NORDPRESS"),
        ("affirme le géologue à la télévision publique KVT.", "KVT"),
        ("sagte die Bürgermeisterin gegenüber der Nachrichtenagentur NORDPRESS.", "NORDPRESS"),
        ("Bronnen melden aan KVT dat er doden zijn.", "KVT"),
        ("dijo un vecino a NORDPRESS.", "NORDPRESS"),
    ]:
        occ, paragraphs = _occ(text, name)
        assert addressed([occ], paragraphs) == {occ}, text
    # Look-alikes: the body speaks, reports or is cited, or the speaker follows the verb.
    for text, name in [
        ("NORDPRESS said the grid was back.", "NORDPRESS"),
        ("According to NORDPRESS, power returned at night.", "NORDPRESS"),
        ("Jak informuje agencja NORDPRESS, prąd wrócił.", "NORDPRESS"),
        ("Selon NORDPRESS, le courant est revenu.", "NORDPRESS"),
        ("sagte der Netzbetreiber KVT am Abend.", "KVT"),
        ("– powiedziała policja KVT.", "KVT"),
        ("The minister flew to KVT headquarters.", "KVT"),
        # What was said is about the body: "told reporters that X", Portuguese "a" = "the".
        ("The mayor told reporters that KVT had failed.", "KVT"),
        ("dijo a los periodistas que NORDPRESS había fallado.", "NORDPRESS"),
        ("O ministro disse que a NORDPRESS falhou.", "NORDPRESS"),
    ]:
        occ, paragraphs = _occ(text, name)
        assert addressed([occ], paragraphs) == set(), text


def test_a_body_only_spoken_to_ranks_below_one_written_about() -> None:
    articles = [
        replace(article(f"a{n}", "x"), source=f"Outlet {n}") for n in range(SINGLE_USE_ARTICLES)
    ]
    paragraphs = {
        ("a0", 1): "“It went dark,” a resident told NORDPRESS.",
        ("a1", 1): "Un vecino dijo a NORDPRESS que no había luz.",
        ("a2", 1): "KVT restored the grid on Monday.",
        ("a3", 1): "The operator KVT blamed a voltage dip.",
    }
    occs = {
        name: [
            Occurrence(key[0], key[1], text.index(name), text.index(name) + len(name), name)
            for key, text in paragraphs.items()
            if name in text
        ]
        for name in ("NORDPRESS", "KVT")
    }
    clusters = [Cluster("organisation", name, o) for name, o in occs.items()]
    ranked = rank(articles, clusters, paragraphs)
    assert [t.name for t in ranked] == ["KVT", "NORDPRESS"]
    assert ranked[1].score < ranked[0].score / 2


def test_a_place_at_the_edge_of_the_reach_is_elsewhere() -> None:
    for text, name in [
        ("The outage was felt as far as Lund.", "Lund"),
        ("Skutki były odczuwalne aż w Lundzie.", "Lundzie"),
        ("La panne s'est fait sentir jusqu'en Lund.", "Lund"),
        ("Die Störung reichte bis nach Lund.", "Lund"),
    ]:
        occ, paragraphs = _occ(text, name)
        assert reached([occ], paragraphs) == {occ}, text
    for text, name in [("The outage hit Lund.", "Lund"), ("Power failed in far Lund.", "Lund")]:
        occ, paragraphs = _occ(text, name)
        assert reached([occ], paragraphs) == set(), text
    articles, clusters, paragraphs = _packet(
        {
            # Once the edge of the reach, once listed: no place of the story.
            "Lund": ["The outage was felt as far as Lund.", "No power in Varelo, Brenn and Lund."],
            # Twice a place the outage hit.
            "Brenn": ["Brenn went dark at noon.", "Trains stopped in Brenn."],
        }
    )
    assert {t.name for t in rank(articles, clusters, paragraphs)} == {"Brenn"}


def test_a_credit_behind_a_copyright_sign_closing_a_paragraph_is_a_credit() -> None:
    # a Korean caption's credits: the agency via the house, then the house and its photographer
    assert _credited("예시시 시청 앞. ⓒ 로이터=Exnews ⓒ Exnews 홍길동 기자") == [
        "ⓒ 로이터=Exnews ⓒ Exnews 홍길동 기자"
    ]
    assert _credited("Lava near homes. © Anna Berg") == ["© Anna Berg"]
    # Look-alikes: a sign with a sentence after it, a "(c)" item of a list
    assert _credited("© Nordpress took the picture. The lava reached the road on Monday.") == []
    assert _credited("Options (a), (b) and (c) were put to the council on Monday.") == []


def test_an_outlet_only_in_copyright_credits_is_no_topic() -> None:
    credited, texts = _topic(
        "Exnews",
        "Lava near homes on Monday. ⓒ Exnews 홍길동 기자",
        "The road to Varelo is closed. ⓒ 로이터=Exnews ⓒ Exnews 홍길동 기자",
    )
    assert without_credit_names([credited], texts) == ()
