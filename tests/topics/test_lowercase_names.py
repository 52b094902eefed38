"""Bodies named with one capital ("Cour constitutionnelle") join the name the packet lists.

Every text here is written for the test (invented places and people).
"""

from __future__ import annotations

from dataclasses import replace

from topics.helpers import article, holding

from briefing.model import Article
from briefing.topics import extract_topics
from briefing.topics.lowercase_names import lowercase_names
from briefing.topics.naming import name_key

_LANGUAGES = {"fr1": "fr", "it1": "it", "en1": "en", "es1": "es"}


def _found(text: str, article_id: str, targets: dict[str, set[str]]) -> list[tuple[str, str]]:
    found = lowercase_names([(article_id, 0, text)], _LANGUAGES, targets)
    return [(key, occ.surface) for key, occ in found]


def test_a_translation_with_one_capital_joins_the_listed_name() -> None:
    targets = {name_key("Constitutional Court"): {"en"}}
    text = "Jeudi, la Cour constitutionnelle de Velmora a annulé le scrutin."
    assert _found(text, "fr1", targets) == [
        (name_key("Constitutional Court"), "Cour constitutionnelle")
    ]
    targets = {name_key("Civil Protection"): {"en"}}
    text = "Ieri la Protezione civile di Velmora ha chiuso la strada."
    assert _found(text, "it1", targets) == [(name_key("Civil Protection"), "Protezione civile")]


def test_the_listed_name_written_with_one_capital_in_its_own_language() -> None:
    targets = {name_key("Protezione Civile"): {"it"}}
    text = "Il capo della Protezione civile ha parlato a Velmora."
    assert _found(text, "it1", targets) == [(name_key("Protezione Civile"), "Protezione civile")]


def test_what_is_no_such_name_is_left() -> None:
    targets = {name_key("Constitutional Court"): {"en"}, name_key("Civil Protection"): {"en"}}
    # A sentence's first word: its capital says nothing.
    assert not _found("Cour constitutionnelle: la décision tombe jeudi.", "fr1", targets)
    # Words that are not the name's: a place and a verb.
    assert not _found("Hier, Velmora était calme et la cour fermée.", "fr1", targets)
    # English and German capitalise a name's every word (or every noun): not read so.
    assert not _found("He said the Court constitutional matters wait.", "en1", targets)
    # Too far apart word by word ("corte" / "court"): not taken for a translation.
    assert not _found("Ieri la Corte costituzionale ha deciso.", "it1", targets)


def test_two_listed_names_alike_enough_leave_the_pair_alone() -> None:
    targets = {name_key("Civil Guard"): {"en"}, name_key("Civil Guards"): {"de"}}
    assert not _found("Ayer la Guardia civil cerró la calle en Velmora.", "es1", targets)


def _in(language: str, n: int, *paragraphs: str) -> Article:
    return replace(article(f"{n:03d}", *paragraphs), language=language)


def test_the_body_is_one_topic_in_both_languages() -> None:
    english = [
        _in("en", n, f"On day {n}, the Constitutional Court annulled the vote in Velmora.")
        for n in range(3)
    ]
    french = [
        _in("fr", n, f"Le jour {n}, la Cour constitutionnelle de Velmora a annulé le vote.")
        for n in range(3, 6)
    ]
    topics = extract_topics(english + french)
    court = holding(topics, "Constitutional Court")
    assert len(court) == 1 and "Cour constitutionnelle" in court[0].aliases
