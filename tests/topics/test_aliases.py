"""Each alias rule, on small texts written here (names invented unless the rule needs real ones)."""

from __future__ import annotations

from topics.helpers import by_name, holding

from briefing.model import Paragraph


def test_titles_and_roles_are_stripped(topics_of) -> None:
    topics = topics_of(
        [
            "Russian President Vladimir Putin met the delegation on Monday.",
            "Defense Minister Andrey Belousov said the talks went well.",
            "Deputy Prime Ministers Aleksey Overchuk and Marat Khusnullin also attended.",
        ]
    )
    names = {t.name for t in topics if t.kind == "person"}
    assert {"Vladimir Putin", "Andrey Belousov", "Aleksey Overchuk", "Marat Khusnullin"} <= names
    assert not [n for n in names if "President" in n or "Minister" in n]
    # The demonym before the title is a mention of the country, not part of the name.
    assert "Russian" in by_name(topics, "Russia").aliases


def test_a_surname_links_to_the_only_person_with_it(topics_of) -> None:
    topics = topics_of(
        ["Prime Minister Annika Stromberg arrived in Oslo on Monday."],
        ["Later, the talks ended early, and Stromberg left without comment."],
    )
    annika = by_name(topics, "Annika Stromberg")
    assert "Stromberg" in annika.aliases
    assert annika.articles == ("000", "001")
    assert not [t for t in topics if t.name == "Stromberg"]


def test_a_shared_surname_stays_unattached(topics_of) -> None:
    topics = topics_of(
        [
            "Senator Joanna Halvorsen met Governor Piotr Halvorsen in the capital.",
            "The talks were long, and Halvorsen said nothing afterwards.",
        ]
    )
    joanna = by_name(topics, "Joanna Halvorsen")
    piotr = by_name(topics, "Piotr Halvorsen")
    assert joanna.id != piotr.id
    assert "Halvorsen" not in joanna.aliases + piotr.aliases


def test_two_people_who_share_a_first_name_are_two_people(topics_of) -> None:
    topics = topics_of(
        [
            "President Vladimir Putin arrived with Interior Minister Vladimir Kolokoltsev.",
            "Putin and Kolokoltsev then met the press.",
        ]
    )
    putin = by_name(topics, "Vladimir Putin")
    kolokoltsev = by_name(topics, "Vladimir Kolokoltsev")
    assert putin.id != kolokoltsev.id
    assert "Kolokoltsev" not in putin.aliases and "Putin" not in kolokoltsev.aliases


def test_transliteration_variants_merge_and_stay_visible(topics_of) -> None:
    topics = topics_of(
        ["Tajik President Emomali Rahmon hosted the summit."],
        ["Tajikistan's President Emomali Rakhmon spoke first.", "Rakhmon has ruled since 1992."],
        ["Secretary-General Sergey Lebedev opened it; Sergei Lebedev then left."],
    )
    rahmon = holding(topics, "Emomali Rakhmon")
    assert len(rahmon) == 1
    assert {"Emomali Rahmon", "Emomali Rakhmon", "Rakhmon"} <= set(rahmon[0].aliases)
    assert rahmon[0].name == "Emomali Rahmon"
    lebedev = holding(topics, "Sergei Lebedev")
    assert len(lebedev) == 1 and "Sergey Lebedev" in lebedev[0].aliases


def test_acronyms_defined_in_the_text_merge_with_their_long_form(topics_of) -> None:
    topics = topics_of(
        [
            "Leaders of the Commonwealth of Independent States (CIS) met on Friday.",
            "The CIS was founded in 1991. The Eurasian Economic Union (EAEU) is deeper.",
        ]
    )
    cis = by_name(topics, "CIS")
    assert set(cis.aliases) == {"CIS", "Commonwealth of Independent States"}
    assert len(cis.mentions) == 3
    eaeu = holding(topics, "EAEU")
    assert len(eaeu) == 1 and "Eurasian Economic Union" in eaeu[0].aliases


def test_an_acronym_joins_the_only_name_whose_initials_spell_it(topics_of) -> None:
    topics = topics_of(
        ["The International Criminal Court issued a warrant in 2023."],
        ["Russia rejects the ICC and its rulings. The ICC has no police force."],
    )
    icc = holding(topics, "ICC")
    assert len(icc) == 1
    assert "International Criminal Court" in icc[0].aliases
    assert icc[0].articles == ("000", "001")


def test_cis_plus_is_not_cis(topics_of) -> None:
    topics = topics_of(
        [
            "The Commonwealth of Independent States (CIS) agreed on a CIS+ format.",
            "The CIS+ format will invite observers to the CIS.",
        ]
    )
    cis = by_name(topics, "CIS")
    plus = by_name(topics, "CIS+")
    assert cis.id != plus.id and plus.id == "cis-plus"
    assert "CIS+" not in cis.aliases
    text = "The CIS+ format will invite observers to the CIS."
    assert [text[m.span.start : m.span.end] for m in cis.mentions if m.span.paragraph == 1] == [
        "CIS"
    ]


def test_well_known_short_forms_are_the_country(topics_of) -> None:
    topics = topics_of(["U.S. President Donald Trump spoke. The United States will respond."])
    us = by_name(topics, "United States")
    assert {"U.S.", "United States"} <= set(us.aliases)
    assert by_name(topics, "Donald Trump").kind == "person"


def test_demonym_before_a_title_is_the_state_but_not_in_a_compound(topics_of) -> None:
    topics = topics_of(
        [
            "Tajik President Emomali Rahmon met the press in the Tajik capital.",
            "They discussed the Tajik-Afghan border and Russian-language schools.",
        ]
    )
    tajikistan = by_name(topics, "Tajikistan")
    assert [m.span.paragraph for m in tajikistan.mentions] == [0, 0]
    assert not [t for t in topics if t.name in ("Tajik-Afghan", "Tajik")]
    assert not holding(topics, "Russian")


def test_possessive_is_outside_the_mention(topics_of) -> None:
    text = "Tajikistan’s hydropower is growing, and Tajikistan's rivers are many."
    (tajikistan,) = [t for t in topics_of([text]) if t.name == "Tajikistan"]
    assert [text[m.span.start : m.span.end] for m in tajikistan.mentions] == [
        "Tajikistan",
        "Tajikistan",
    ]


def test_summit_variants_are_one_event(topics_of) -> None:
    topics = topics_of(
        ["Putin will attend the Russia–Central Asia summit in Dushanbe."],
        ["The Second Central Asia-Russia Summit is scheduled for later today."],
        ["On October 9, the Russia and Central Asian States summit will be held."],
    )
    events = [t for t in topics if t.kind == "event"]
    assert len(events) == 1
    assert events[0].name == "Russia–Central Asia summit"
    assert events[0].articles == ("000", "001", "002")


def test_a_heads_of_state_council_is_the_summit_of_its_organisation(topics_of) -> None:
    topics = topics_of(
        [
            "The Council of Heads of State of the Commonwealth of Independent States (CIS) "
            "will meet on Friday.",
            "Putin discussed the outcomes of the CIS summit.",
        ]
    )
    (event,) = [t for t in topics if t.kind == "event"]
    assert event.name == "CIS summit"
    assert len(event.articles) == 1 and len(event.mentions) == 2


def test_a_treaty_and_its_short_name_merge(topics_of) -> None:
    topics = topics_of(
        [
            "Regarding the Strategic Arms Reduction Treaty (New START), which expires soon, "
            "Moscow is ready to talk.",
            "Russia's proposal to extend New START aims at stability. The New START Treaty "
            "limits warheads.",
        ]
    )
    (treaty,) = [t for t in topics if t.kind == "treaty"]
    assert treaty.name == "New START"
    assert {"New START", "New START Treaty", "Strategic Arms Reduction Treaty"} <= set(
        treaty.aliases
    )


def test_themes_are_multi_word_and_spellings_merge(topics_of) -> None:
    topics = topics_of(
        ["The new program on labour migration aims to regulate migration flows."],
        ["Officials said labor migration and border security dominate. Migration matters."],
    )
    themes = {t.name: t for t in topics if t.kind == "theme"}
    merged = [t for t in themes.values() if "labor migration" in t.aliases]
    assert len(merged) == 1 and "labour migration" in merged[0].aliases
    assert all(" " in name for name in themes)
    assert "migration" not in themes


def test_captions_and_footers_do_not_make_topics(topics_of) -> None:
    topics = topics_of(
        [
            "The talks in Dushanbe went on for hours.",
            Paragraph("Photo: Grigory Sysoyev, Sputnik, Kremlin Pool Photo via AP", "caption"),
            Paragraph("Read more from Zelda Quartermaine every week.", "boilerplate"),
        ]
    )
    aliases = {a for t in topics for a in t.aliases}
    assert "Dushanbe" in aliases
    assert not aliases & {"Grigory Sysoyev", "Zelda Quartermaine", "Sputnik"}
    assert all(m.span.paragraph == 0 for t in topics for m in t.mentions)


def test_title_case_headings_make_no_names_but_known_names_count(topics_of) -> None:
    topics = topics_of(
        [
            "Broad Agenda For Bilateral Cooperation In Dushanbe",
            "President Vladimir Putin arrived in Dushanbe on Monday.",
        ]
    )
    assert not holding(topics, "Broad Agenda")
    dushanbe = by_name(topics, "Dushanbe")
    assert {m.span.paragraph for m in dushanbe.mentions} == {0, 1}


def test_sentence_openers_are_not_names(topics_of) -> None:
    topics = topics_of(
        [
            "Despite the rain, the talks went on. Highlighting Tajikistan's role, he spoke.",
            "Trade grew fast. Speaking to reporters, he praised the trade deal.",
        ]
    )
    aliases = {a for t in topics for a in t.aliases}
    assert not {a for a in aliases if a.split()[0] in ("Despite", "Highlighting", "Speaking")}
    assert "Tajikistan" in aliases


def test_hyphenated_names_particles_and_apostrophes_are_one_person(topics_of) -> None:
    topics = topics_of(
        [
            "Kazakh President Kassym-Jomart Tokayev met European Commission President "
            "Ursula von der Leyen in Astana.",
            "Tokayev said the talks were useful, and von der Leyen agreed.",
            "Crown Prince Mohammed bin Salman called Senator Conor O'Brien; Bashar al-Assad "
            "did not.",
        ]
    )
    people = {t.name: t for t in topics if t.kind == "person"}
    assert {
        "Kassym-Jomart Tokayev",
        "Ursula von der Leyen",
        "Mohammed bin Salman",
        "Conor O'Brien",
        "Bashar al-Assad",
    } <= set(people)
    assert "Tokayev" in people["Kassym-Jomart Tokayev"].aliases
    assert "von der Leyen" in people["Ursula von der Leyen"].aliases
    # The body a person serves is a topic of its own, never part of the name.
    assert by_name(topics, "European Commission").kind == "organisation"
    assert "Kazakh" in by_name(topics, "Kazakhstan").aliases


def test_words_that_look_like_titles_do_not_make_people(topics_of) -> None:
    topics = topics_of(
        ["Shares of General Motors rose. The General Assembly voted on Monday."],
        ["Secretary of State Marco Rubio spoke to the General Assembly."],
    )
    people = {t.name for t in topics if t.kind == "person"}
    assert people == {"Marco Rubio"}


def test_a_city_that_is_also_a_common_word_needs_a_capital_mid_sentence(topics_of) -> None:
    topics = topics_of(
        ["Reading the report, officials said reading it took hours. Dushanbe hosted the talks."],
    )
    names = {t.name for t in topics}
    assert "Dushanbe" in names and "Reading" not in names
    topics = topics_of(["The match in Reading ended late. Reading is a town west of London."])
    assert "Reading" in {t.name for t in topics}


def test_treaties_named_by_their_subject_and_summits_named_by_people(topics_of) -> None:
    topics = topics_of(
        [
            "Iran is a party to the Treaty on the Non-Proliferation of Nuclear Weapons (NPT).",
            "Leaving the NPT would isolate Tehran, and the G20 summit discussed it.",
            "At the Putin-Trump summit in Alaska, President Vladimir Putin met President "
            "Donald Trump.",
        ]
    )
    (treaty,) = [t for t in topics if t.kind == "treaty"]
    assert treaty.name == "NPT" and len(treaty.mentions) == 3
    events = {t.name for t in topics if t.kind == "event"}
    assert events == {"G20 summit", "Vladimir Putin–Donald Trump summit"}


def test_a_bare_river_name_is_the_river_and_a_delta_stays_a_delta(topics_of) -> None:
    topics = topics_of(
        ["The Mekong River fell to a record low.", "Fishing on the lower Mekong has stopped."],
        ["Saltwater entered the Mekong Delta, and the Mekong kept falling."],
    )
    river = by_name(topics, "Mekong")
    assert river.kind == "place" and {"Mekong", "Mekong River"} <= set(river.aliases)
    assert by_name(topics, "Mekong Delta").id != river.id


def test_a_person_of_an_organisation_is_two_topics(topics_of) -> None:
    topics = topics_of(
        [
            "Dara Sovann of the Mekong River Commission welcomed the offer.",
            "Hydrologist Malee Srisuk of Chulalongkorn University disagreed.",
        ]
    )
    assert by_name(topics, "Dara Sovann").kind == "person"
    assert by_name(topics, "Mekong River Commission").kind == "organisation"
    assert by_name(topics, "Chulalongkorn University").kind == "organisation"


def test_a_name_the_text_abbreviates_is_not_a_person(topics_of) -> None:
    topics = topics_of(
        ["Doctors from Medecins Sans Frontieres (MSF) arrived.", "MSF said it needs more staff."]
    )
    (msf,) = holding(topics, "MSF")
    assert msf.kind == "organisation" and "Medecins Sans Frontieres" in msf.aliases


def test_datelines_give_places_never_acronyms(topics_of) -> None:
    topics = topics_of(
        ["KAMPONG CHHNANG, Cambodia — The lake is dry.", "HANOI (AP) — Saltwater spread."]
    )
    names = {t.name for t in topics}
    assert "Hanoi" in names and "Cambodia" in names
    assert not names & {"KAMPONG", "CHHNANG", "KAMPONG CHHNANG"}


def test_named_events_one_word_bodies_and_convention_short_names(topics_of) -> None:
    topics = topics_of(
        [
            "Leaders meet at the Cyber Resilience Summit in Brussels. Now Europol investigates.",
            "Countries should join the Budapest Convention on Cybercrime, officials said.",
        ],
        [
            "The Budapest Convention lets police share evidence, and Europol agrees.",
            "The Dutch government said the Netherlands would act.",
        ],
    )
    assert by_name(topics, "Cyber Resilience Summit").kind == "event"
    europol = by_name(topics, "Europol")
    assert europol.kind == "organisation" and len(europol.articles) == 2
    (treaty,) = [t for t in topics if t.kind == "treaty"]
    assert {"Budapest Convention", "Budapest Convention on Cybercrime"} <= set(treaty.aliases)
    (netherlands,) = [t for t in topics if "Dutch" in t.aliases]
    assert "Netherlands" in netherlands.aliases


def test_an_adverb_is_never_half_a_theme(topics_of) -> None:
    """ "smugglers rather than ..." twice is no theme "smugglers rather"."""
    topics = topics_of(
        ["The raid was the work of petty smugglers rather than a cartel, police said."],
        ["Investigators think petty smugglers rather than a cartel planned the raid."],
    )
    names = {t.name for t in topics if t.kind == "theme"}
    assert "petty smugglers" in names
    assert not [n for n in names if "rather" in n]


def test_titles_before_a_long_name_are_left_out_of_its_name() -> None:
    from briefing.topics.candidates import Occurrence
    from briefing.topics.naming import canonical

    def occs(*surfaces: str) -> list[Occurrence]:
        return [Occurrence("000", n, 0, len(s), s) for n, s in enumerate(surfaces)]

    # Invented honorifics and names: four words or more with no particle are titles + name.
    long_form = occs("Hochwürden Landesfürst Prinz Eldric", "Eldric", "Eldric")
    assert canonical("person", "p:x", long_form) == "Prinz Eldric"
    assert canonical("person", "p:x", occs("Son Altesse Talia Marenko")) == "Talia Marenko"
    # Three words (a middle name) and names with particles are kept as written.
    assert canonical("person", "p:x", occs("Maren Ilse Vodder")) == "Maren Ilse Vodder"
    assert canonical("person", "p:x", occs("Ilse van der Vodder")) == "Ilse van der Vodder"
    # Other kinds are never cut.
    assert canonical("organisation", "n:x", occs("Alder Valley Water Board")) == (
        "Alder Valley Water Board"
    )


def test_a_definition_reads_across_a_conjunction_in_the_long_form(topics_of) -> None:
    """A run of capitalised words stops at "and" / "ve"; the long form of an acronym whose
    initials only fit with the word before the conjunction includes it (invented bodies)."""
    topics = topics_of(
        ["The Flood and Drought Response Office (FDRO) opened shelters on Monday."],
        ["The FDRO said more shelters would open.", "Ask the FDRO for help."],
    )
    fdro = holding(topics, "FDRO")
    assert len(fdro) == 1 and "Flood and Drought Response Office" in fdro[0].aliases
    assert not holding(topics, "Drought Response Office")
    # Initials that fit the run alone keep the run ("and" is no part of that name).
    topics = topics_of(["Farmers and Drought Response Office (DRO) staff met on Monday."])
    dro = holding(topics, "DRO")
    assert len(dro) == 1 and "Drought Response Office" in dro[0].aliases


def test_a_word_before_a_defined_acronym_is_about_that_body(topics_of) -> None:
    """ "Regional FRO" is the Flood Response Office (FRO) the text defines (invented body)."""
    topics = topics_of(
        ["The Flood Response Office (FRO) opened shelters on Monday."],
        ["Teams from Regional FRO arrived at dawn, and Regional FRO staff stayed."],
    )
    fro = holding(topics, "FRO")
    assert len(fro) == 1 and "Regional FRO" in fro[0].aliases
    assert holding(topics, "Regional FRO") == fro
    assert len(fro[0].mentions) == 4  # the long form, "FRO" and "Regional FRO" twice
