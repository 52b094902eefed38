"""A Georgian headline is a headline (briefing.corpus.headline_shape): Unicode files Georgian's
everyday letters (Mkhedruli) as small letters, but Georgian writes no capital at a sentence's
start, so the rule "starts like a sentence" used to turn every Georgian headline down and cut
an eight-word stand-in from the lead. The Georgian text is written for the test."""

from __future__ import annotations

from pathlib import Path

from support.languages import read

from briefing.corpus.headline_shape import headline_shaped, is_prose

HEADLINE = (
    "თბილისში ახალი ხიდი გაიხსნა - ქალაქის საბჭომ მშენებლობის გეგმა ხანგრძლივი დებატების "
    "შემდეგ დაამტკიცა"
)
BODY = (
    "ქალაქის საბჭომ ხიდის მშენებლობის გეგმა ორშაბათს ხანგრძლივი დებატების შემდეგ დაამტკიცა. "
    "სამუშაოები გაზაფხულზე დაიწყება და ორ წელს გაგრძელდება, როგორც მერმა განაცხადა."
)
MORE = "მერმა განაცხადა, რომ ახალი ხიდი ქალაქის ორ ნაწილს ერთმანეთთან დააკავშირებს."


def test_a_georgian_headline_is_the_whole_title(tmp_path: Path) -> None:
    article = read(tmp_path, f"{HEADLINE}\n\n{BODY}\n\n{MORE}\n", "ka.txt")
    assert article.title == HEADLINE
    assert article.provenance["title"] == "heuristic"
    assert [p.kind for p in article.paragraphs] == ["title", "body", "body"]


def test_a_georgian_lead_is_no_headline(tmp_path: Path) -> None:
    # no headline: the lead is prose ending with a stop, so the title is a stand-in cut from it
    article = read(tmp_path, f"{BODY}\n\n{MORE}\n", "ka.txt")
    assert article.provenance["title"] == "fallback"
    assert not headline_shaped(MORE)


def test_georgian_sentences_are_prose_and_lower_case_latin_is_no_headline() -> None:
    assert headline_shaped(HEADLINE)
    assert is_prose(f"{BODY} {BODY}")
    # other scripts keep their rule: a line opening in a small Latin letter is no headline
    assert not headline_shaped("read more about the new bridge over the river")
