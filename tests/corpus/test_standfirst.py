"""A headline run into its standfirst on one line, the lead restating the headline in the next
paragraph, or into the lead after a media marker (``PHOTO/VIDEO``): the headline is cut off as
the title. Every text is written for the test, with look-alikes (a name after a lower-case
word, a caption the lead repeats, plain prose, a video named in prose) that must stay whole."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.languages import read

from briefing.corpus.kickers import standfirst_cut

CASES = [
    (
        "Roma, crolla un ponte sul Tevere: tre morti e dieci feriti",
        "Cedono i piloni dopo la piena e il traffico viene deviato. Aperta un'inchiesta",
        "Tre persone sono morte e dieci sono rimaste ferite a Roma nel crollo di un ponte sul "
        "Tevere dopo giorni di pioggia.",
    ),
    (
        "Lyon : un incendie ravage un entrepôt, deux blessés légers",
        "Les pompiers ont lutté toute la nuit contre les flammes. Une enquête est ouverte",
        "Un incendie a ravagé un entrepôt à Lyon dans la nuit de lundi, faisant deux blessés "
        "légers.",
    ),
    (
        "Storm floods coastal towns as rivers burst their banks",
        "Thousands of homes were left without power overnight. Roads remain closed",
        "Coastal towns were flooded after a storm made rivers burst their banks on Monday.",
    ),
    (
        "Sevilla: un incendio arrasa una nave industrial sin causar heridos",
        "Los bomberos trabajaron toda la noche para apagar las llamas. Sigue la investigación",
        "Un incendio arrasó anoche una nave industrial en Sevilla sin causar heridos.",
    ),
    (
        "Autobahnbrücke in Genua eingestürzt",
        "Rettungskräfte suchen die ganze Nacht nach Überlebenden. Die Regierung kündigt Hilfe an",
        "In Genua ist am Dienstag eine Autobahnbrücke eingestürzt, viele Autos stürzten ab.",
    ),
]


@pytest.mark.parametrize(("headline", "standfirst", "lead"), CASES)
def test_a_headline_run_into_its_standfirst_is_cut_before_it(
    headline: str, standfirst: str, lead: str
) -> None:
    text = f"{headline} {standfirst}"
    assert standfirst_cut(text, lead) == len(headline) + 1


@pytest.mark.parametrize(("headline", "standfirst", "lead"), CASES)
def test_the_headline_is_the_title(
    tmp_path: Path, headline: str, standfirst: str, lead: str
) -> None:
    article = read(tmp_path, f"date 2031-05-04 {headline} {standfirst}\n\n{lead}\n\n{lead}\n")
    assert article.title == headline.rstrip(".")


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        # A name after a function word ("di Gloria") or a title ("la sindaca Anna Neri",
        # "le préfet Marc Dupont", "the chairman Tom Reed"): no cut, though the lead repeats.
        (
            "A Lisbona deraglia la funicolare di Gloria e la sindaca Anna Neri chiede controlli "
            "su tutte le linee della città.",
            "Deraglia a Lisbona la funicolare di Gloria: controlli su tutte le linee.",
        ),
        (
            "Lyon : un incendie ravage un entrepôt selon le préfet Marc Dupont qui appelle au "
            "calme.",
            "Un incendie a ravagé un entrepôt à Lyon dans la nuit de lundi.",
        ),
        (
            "Storm floods coastal towns as rivers burst their banks says chairman Tom Reed of the "
            "flood board.",
            "Coastal towns were flooded after a storm made rivers burst their banks on Monday.",
        ),
        # A caption the lead repeats: the lead reads on across "river Thames".
        (
            "1 of 3 | The mayor opened the new bridge over the river Thames on Friday morning. "
            "Crowds watched.",
            "The mayor opened the new bridge over the river Thames on Friday with a ribbon.",
        ),
        # Prose whose next paragraph does not restate it.
        (
            "The council approved the plan on Monday after Mayor Jane Doe spoke for an hour "
            "about the costs.",
            "Work on the bridge is due to start in the spring and last two years.",
        ),
        # A headline with no sentence after it in the paragraph.
        ("Storm floods coastal towns as rivers burst their banks", CASES[2][2]),
    ],
)
def test_look_alikes_are_not_cut(text: str, lead: str) -> None:
    assert standfirst_cut(text, lead) is None


def test_only_the_first_paragraph_of_prose_is_cut(tmp_path: Path) -> None:
    headline, standfirst, lead = CASES[2]
    first = "Officials met in the town hall for three hours on Sunday to discuss the damage."
    article = read(tmp_path, f"{first}\n\n{headline} {standfirst}\n\n{lead}\n")
    assert all(p.text != headline for p in article.paragraphs)


@pytest.mark.parametrize(
    ("headline", "marker", "lead"),
    [
        ("Storm floods coastal towns overnight", "PHOTO/VIDEO", "The river burst its banks."),
        ("Un incendie ravage un entrepôt à Lyon", "VIDÉO", "Les pompiers ont lutté longtemps."),
        ("Crolla un ponte sul Tevere a Roma", "(FOTO)", "Tre persone sono morte ieri sera."),
        (
            "В Новосибирске обрушился мост через реку",
            "ФОТО",
            "По словам спасателей, пострадали трое.",
        ),
    ],
)
def test_a_media_marker_ends_the_headline(
    tmp_path: Path, headline: str, marker: str, lead: str
) -> None:
    body = f"{lead} {lead} {lead}"
    article = read(tmp_path, f"date 2031-05-04 {headline} {marker} {body}\n\n{body}\n")
    assert article.title == headline


@pytest.mark.parametrize(
    "text",
    [
        # Prose that names a video: "VIDEO Monday" starts no sentence.
        "Police released the dramatic VIDEO Monday showing the moment the bridge fell.",
        # The marker opening the headline: nothing before it is a headline.
        "VIDEO The moment the bridge fell into the river was filmed by a driver.",
    ],
)
def test_a_media_word_in_prose_cuts_nothing(tmp_path: Path, text: str) -> None:
    article = read(tmp_path, f"{text} {text}\n\n{text}\n")
    assert article.paragraphs[0].text.startswith(text)
