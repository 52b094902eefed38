"""One body's count across languages (:mod:`briefing.analysis.owned_counts`).

Fixtures are written for these tests (no article text). The story: an outage at an invented
health provider, Velmora Health, counted in several languages with different nouns. The
topics are given by hand (one organisation and its mentions), so that each test turns on the
rule and not on topic extraction; each look-alike keeps every condition but one.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from analysis.builders import in_language, values_by_article

from briefing.analysis import find_discrepancies
from briefing.analysis.crosscounts import TopicSource
from briefing.analysis.figures import read_figures
from briefing.analysis.owned_counts import owned_keys
from briefing.analysis.timeline import extract_timeline
from briefing.model import Article, Mention, Span, Topic, TopicKind

_BODY = "Velmora Health"
_GERMAN = in_language("de", "d1", "Betroffen waren rund 40 Einrichtungen von Velmora Health.")


def _topics(kind: TopicKind = "organisation") -> TopicSource:
    def topics(articles: Sequence[Article]) -> Iterable[Topic]:
        mentions = []
        for article in articles:
            for index, paragraph in enumerate(article.paragraphs):
                at = paragraph.text.find(_BODY)
                if at >= 0:
                    mentions.append(Mention(article.id, Span(index, at, at + len(_BODY)), _BODY))
        return [Topic("velmora", _BODY, kind, (_BODY,), tuple(mentions))]

    return topics


Values = dict[str, tuple[str, ...]]


def _flags(*articles: Article, kind: TopicKind = "organisation") -> list[Values]:
    found = find_discrepancies(articles, topics=_topics(kind))
    return [values_by_article(d) for d in found if d.kind == "figure"]


def _keys(*articles: Article) -> list[tuple[tuple[str, str], tuple[str, str]]]:
    figures, _ = read_figures(articles, extract_timeline(articles))
    return owned_keys(figures, articles, _topics())


def test_one_bodys_count_in_two_languages_and_two_nouns_is_one_flag() -> None:
    english = in_language("en", "e1", "The outage hit 48 clinics of Velmora Health on Friday.")
    assert _flags(english, _GERMAN) == [{"rund 40 Einrichtungen": ("d1",), "48 clinics": ("e1",)}]


def test_a_body_named_before_the_count_owns_it_where_the_verb_ends_the_clause() -> None:
    korean = in_language("ko", "k1", "Velmora Health 산하 병원 가운데 48개가 공격받았다.")
    assert _keys(korean, _GERMAN) == [(("de", "einricht"), ("ko", "개가"))]


def test_a_subject_before_the_count_is_no_owner() -> None:
    # English puts its verb between a subject and the count: the body hired the nurses,
    # it does not own forty-eight of anything counted with the German figure.
    hired = in_language("en", "e1", "Velmora Health hired 48 nurses on Friday.")
    assert _keys(hired, _GERMAN) == []
    assert _flags(hired, _GERMAN) == []


def test_a_place_is_no_owner() -> None:
    english = in_language("en", "e1", "The outage hit 48 clinics of Velmora Health on Friday.")
    assert _flags(english, _GERMAN, kind="place") == []


def test_a_clause_mark_between_count_and_body_unties_them() -> None:
    said = in_language("en", "e1", "The outage hit 48 clinics, Velmora Health said on Friday.")
    assert _keys(said, _GERMAN) == []


def test_counts_far_apart_or_small_are_not_tied() -> None:
    english = in_language("en", "e1", "The outage hit 70 clinics of Velmora Health on Friday.")
    unowned = in_language("fr", "f1", "Environ 40 hôpitaux ont fermé vendredi.")  # close to 40
    assert _keys(english, _GERMAN, unowned) == []  # 70 against about 40: a whole and a part
    few = in_language("en", "e1", "The outage hit 8 clinics of Velmora Health on Friday.")
    seven = in_language("de", "d1", "Betroffen waren sieben Einrichtungen von Velmora Health.")
    assert _keys(few, seven) == []
