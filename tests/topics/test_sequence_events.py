"""Secondary events the texts number and date (made-up texts, several languages)."""

from __future__ import annotations

from topics.helpers import article

from briefing.topics.sequence_events import sequence_events

_NONE: frozenset[str] = frozenset()


def _events(texts: dict[str, tuple[str, str]], excluded: frozenset[str] = _NONE) -> list[str]:
    articles = [article(k, text) for k, (_language, text) in texts.items()]
    languages = {k: language for k, (language, _text) in texts.items()}
    return sorted(t.name for t in sequence_events(articles, languages, excluded, "en"))


def test_a_numbered_act_dated_in_several_languages_is_one_event() -> None:
    texts = {
        "a": ("en", "The first hearing was held on 9 June in Tarvik. The rest came later."),
        "b": ("fr", "La première audience a eu lieu le 9 juin à Tarvik."),
        "c": ("ru", "Первое слушание прошло 9 июня в Тарвике."),
    }
    articles = [article(k, text) for k, (_language, text) in texts.items()]
    languages = {k: language for k, (language, _text) in texts.items()}
    [event] = sequence_events(articles, languages, _NONE, "fr")
    assert event.name == "First hearing, 9 Jun"  # English first, as the other topics
    assert set(event.aliases) == {"Первое слушание", "first hearing", "première audience"}
    assert {m.article_id for m in event.mentions} == {"a", "b", "c"}


def test_the_year_is_named_only_when_the_texts_write_it() -> None:
    texts = {
        "a": ("en", "The second hearing on 3 July 2031 was short."),
        "b": ("en", "A second hearing followed on July 3, 2031."),
    }
    assert _events(texts) == ["Second hearing, 3 Jul 2031"]


def test_look_alikes_name_no_event() -> None:
    texts = {
        # a measure of time, not an act; the main event's own word; two dates; one outlet
        "a": ("en", "For the first time since 9 June, the first blast on 9 June shook it."),
        "b": ("en", "It was the first time on 9 June; the first blast came on 9 June."),
        "c": ("en", "The first hearing, on 9 June or on 12 June, is disputed."),
        "d": ("en", "The third hearing was on 14 June."),
        "e": ("es", "La primera vez, el 9 de junio, nadie habló."),
    }
    assert _events(texts, frozenset({"blast"})) == []
    # The same words in two outlets, undated, are no event either.
    undated = {"a": ("en", "The first hearing went well."), "b": ("en", "A first hearing ended.")}
    assert _events(undated) == []


def test_a_day_that_dates_another_noun_names_no_numbered_event() -> None:
    texts = {
        "a": ("en", "The first hearing on the charter, signed on 9 June, ended."),
        "b": ("fr", "La première audience sur la charte, signée le 9 juin, est close."),
    }
    assert _events(texts) == []
    texts = {  # the clause is the hearing's own
        "a": ("en", "The first hearing, scheduled on 9 June, was brief."),
        "b": ("fr", "La première audience, fixée le 9 juin, fut brève."),
    }
    assert _events(texts) == ["First hearing, 9 Jun"]
