"""Reports about the main event in the lede: a statement ("Officials are warning …") is not
the event, and the day a statement was made ("the governor told the radio Sunday") is no
other event's day. Every text is written for these tests."""

from __future__ import annotations

import dataclasses
import datetime as dt

from analysis.builders import MakeArticle
from analysis.lede_fixtures import EVENT, TOPICS
from analysis.lede_fixtures import lede as _lede

from briefing.brief_lede import score_ledes
from briefing.brief_lede_report import dates_report, hedged, said_first
from briefing.brief_when import event_when

D = dt.date


def test_a_day_after_a_verb_of_saying_dates_the_statement() -> None:
    text = "The toll from the storm is 40, the governor told the local radio Sunday."
    assert dates_report(text, text.index("Sunday"))
    french = "Le bilan de la tempête est de 40 morts, a déclaré dimanche le préfet."
    assert dates_report(french, french.index("dimanche"))
    # Look-alikes: the day of an act, and a verb of saying too far before the day.
    struck = "The storm struck Velmora on Sunday, the governor said."
    assert not dates_report(struck, struck.index("Sunday"))
    far = "Officials said the storm that sank two ferries in the bay struck on Sunday."
    assert not dates_report(far, far.index("Sunday"))


def test_a_verb_of_saying_before_the_events_names_makes_a_statement() -> None:
    names = ["storm", "tempête"]
    assert said_first("Officials are warning of a catastrophe after the storm struck.", names)
    assert said_first("Le préfet a déclaré que la tempête avait tout détruit.", names)
    # Look-alikes: the event first, the voice after it; no name at all; a count "confirmed".
    assert not said_first("The storm razed the port, officials said on Tuesday.", names)
    assert not said_first("Officials warned of floods in the north.", names)
    assert not said_first("Forty were confirmed dead after the storm hit the port.", names)


def test_a_party_of_the_event_announcing_its_own_act_states_the_act() -> None:
    names = ["rocket launch", "lancement"]
    sayers = [*names, "Velmoria", "Space Agency of Velmoria"]
    own = "Velmoria said it carried out a rocket launch from its northern coast today."
    assert not said_first(own, names, sayers)
    assert not said_first(
        "The Space Agency of Velmoria said the rocket launch went well.", names, sayers
    )
    # Look-alikes: someone else speaks; the party is only part of the subject; no sayers given.
    assert said_first("Officials in Velmoria said a rocket launch had failed.", names, sayers)
    assert said_first("Neighbours of Velmoria said the rocket launch broke a pact.", names, sayers)
    assert said_first("Ministers said the rocket launch failed.", names, sayers)
    assert said_first(own, names)


def test_a_hedged_link_is_no_statement_of_the_act() -> None:
    # The tremor is the news, its link to the test only a guess, in any language.
    assert hedged("A tremor was recorded in Brell on Sunday, possibly linked to a missile test.")
    assert hedged("Un séisme a été signalé à Brell, possiblement lié à un essai de missile.")
    assert hedged("Un temblor sacudió Brell, posiblemente causado por una prueba de misil.")
    assert hedged("В Брелле произошло землетрясение, возможно, связанное с испытанием.")
    assert hedged("布雷尔发生地震，可能与导弹试验有关。")
    # Look-alikes: a toll's "possibly more", a cause stated outright, an act stated.
    assert not hedged("The storm killed 12 people in Brell, possibly more.")
    assert not hedged("The tremor was caused by a missile test, Varnia said.")
    assert not hedged("Varnia said it carried out its fourth missile test on Sunday.")


def test_the_event_beats_a_warning_about_it_and_its_toll_keeps_its_report_day(
    article: MakeArticle,
) -> None:
    warning = "Officials are warning of a catastrophe in Velmora after the storm struck on Tuesday."
    toll = "The toll from the storm in Velmora is 40, the governor told the local radio Sunday."
    a = article("a", warning, date=D(2031, 3, 9))
    b = dataclasses.replace(article("b", toll, date=D(2031, 3, 9)), source="Velmora Post")
    assert _lede([a, b]) == toll


def test_a_telling_written_without_spaces_comes_before_the_event() -> None:
    # Chinese, Japanese and Korean: the verb or "according to" is inside the text, and a
    # name there is glued to its neighbours ("韦尔莫拉港口", "벨모라에서").
    names = ["风暴", "嵐", "폭풍"]
    assert said_first("通讯社报道,韦尔莫拉港口的风暴已造成40人死亡。", names)
    assert said_first("发言人星期一说,风暴摧毁了港口。", names)
    assert said_first("警察によると、嵐で港が壊れた。", names)
    assert said_first("당국에 따르면 폭풍으로 40명이 숨졌다.", names)
    # Look-alikes: the event told first and the teller after it; a government's own act
    # ("宣布": declares) is no telling; words holding the same character ("数据" data,
    # "名称" name, "小说" novel, "안전했다" was safe).
    assert not said_first("风暴摧毁了港口,发言人说。", names)
    assert not said_first("韦尔莫拉国务院宣布,风暴过后全国进入紧急状态。", names)
    assert not said_first("最新数据显示风暴造成40人死亡。", names)
    assert not said_first("这部小说的名称叫风暴。", names)
    assert not said_first("嵐で港が壊れたと警察が発表した。", names)
    assert not said_first("모두 안전했다. 폭풍이 지나갔다.", names)


def test_a_sentence_naming_only_the_events_place_is_read_by_the_place() -> None:
    names = ["storm", "风暴"]
    sayers = [*names, "Velmora", "韦尔莫拉"]
    # The telling opens the sentence; the place comes after it.
    assert said_first("通讯社报道,韦尔莫拉港口已有40人死亡。", names, sayers)
    assert said_first("Officials say up to 40 feared dead in Velmora.", names, sayers)
    # Look-alikes: the news first and the teller (with the place) after it; the place
    # itself telling (its own act); no name of the event or its place at all.
    assert not said_first("Forty died, the governor of Velmora said.", names, sayers)
    assert not said_first("韦尔莫拉表示,港口已有40人死亡。", names, sayers)
    assert not said_first("Officials said forty died in the port.", names, sayers)


def test_a_lead_relaying_a_statement_in_chinese_is_marked_a_statement(
    article: MakeArticle,
) -> None:
    relayed = (
        "通讯社报道,韦尔莫拉(Velmora)政府发言人星期二(3月4日)说,"
        "风暴在韦尔莫拉港口造成的洪水及暴雨,已导致至少40人丧生。"
    )
    plain = "À Velmora, le port a été dévasté par la tempête dans la nuit du 3 au 4 mars."
    articles = [article("a", relayed, date=D(2031, 3, 5)), article("b", plain, date=D(2031, 3, 5))]
    scored = score_ledes(articles, TOPICS, when=event_when(EVENT), main_event=EVENT)
    statement = {c.lede.text: parts["statement"] for c, parts in scored}
    assert statement == {relayed: -2, plain: 0}
