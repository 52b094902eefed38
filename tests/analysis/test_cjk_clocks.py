"""Times of day written with counters (Chinese, Japanese, Korean) and the main moment.
Written fixtures (no article text): a dam on the river Orlen gave way at 14:17."""

from __future__ import annotations

from analysis.builders import in_language

from briefing.analysis.cjk_clocks import cjk_told_times
from briefing.analysis.main_time import main_time_discrepancies
from briefing.model import Article


def _read(text: str, language: str) -> list[tuple[str, str, str]]:
    return [(t.value, t.hedge, zone) for t, zone in cjk_told_times(text, language)]


def test_counters_parts_of_the_day_and_hedges_are_read() -> None:
    assert _read("同日午後10時ごろ、橋が落ちた。", "ja") == [("22:00", "about", "")]
    assert _read("当地晚间10时20分左右大坝决堤。", "zh") == [("22:20", "about", "")]
    assert _read("오후 10시 15분쯤 다리가 무너졌다.", "ko") == [("22:15", "about", "")]
    assert _read("기상청은 낮 12시29분 지진을 감지했다.", "ko") == [("12:29", "", "")]
    assert _read("午前0時半に停電した。", "ja") == [("00:30", "", "")]
    assert _read("밤 10시 전에 대피했다.", "ko") == [("22:00", "before", "")]


def test_a_stated_zone_is_kept_and_a_bracketed_conversion_is_not_read() -> None:
    assert _read("北京时间12点36分发生地震。", "zh") == [("12:36", "", "北京时间")]
    assert _read("現地時間8時33分(日本時間22時33分)に打ち上げた。", "ja") == [("08:33", "", "")]
    assert _read("오전 8시 33분(한국시간 오후 10시 33분) 발사됐다.", "ko") == [("08:33", "", "")]


def test_lengths_points_and_bare_hours_are_no_times() -> None:
    assert _read("復旧に3時間かかった。", "ja") == []
    assert _read("救援持续了3小时。", "zh") == []
    assert _read("3시간 30분 동안 갇혀 있었다.", "ko") == []
    assert _read("支持率提高3点。", "zh") == []
    assert _read("会議は3時に始まる", "ja") == []  # a bare hour: too often not the act's
    assert _read("At 22:15 the bridge fell.", "en") == []  # other scripts: clocks.py's


def _story() -> list[Article]:
    return [
        in_language("en", "a", "The Orlen dam gave way at 14:17 local time, flooding the valley."),
        in_language("fr", "b", "Le barrage de l'Orlen a cédé à 14 h 17, inondant la vallée."),
    ]


def _moment(articles: list[Article]) -> dict[str, tuple[str, ...]]:
    found = main_time_discrepancies(articles)
    assert len(found) <= 1
    return {c.value: c.article_ids for c in found[0].claims} if found else {}


def test_a_chinese_time_off_the_main_moment_disagrees() -> None:
    rival = in_language("zh", "c", "Orlen大坝于当地时间下午2时29分决堤。")
    assert _moment([*_story(), rival]) == {"14:17": ("a", "b"), "14:29": ("c",)}


def test_a_korean_hedged_time_beyond_its_tolerance_disagrees() -> None:
    rival = in_language("ko", "c", "Orlen 댐은 오후 2시 45분쯤 무너졌다.")
    assert _moment([*_story(), rival]) == {"14:17": ("a", "b"), "about 14:45": ("c",)}


def test_look_alikes_stay_silent() -> None:
    same = in_language("ja", "c", "Orlenダムは午後2時17分に決壊した。")
    hedged_near = in_language("zh", "d", "Orlen大坝于下午2时20分左右决堤。")
    other_zone = in_language("zh", "e", "Orlen大坝于北京时间下午9时29分决堤。")
    converted = in_language("ja", "f", "Orlenダムは午後2時17分(日本時間午後9時17分)に決壊した。")
    two_acts = in_language(
        "ko", "g", "Orlen 댐은 오후 2시 17분 무너졌고 오후 2시 40분 기자회견이 열렸다."
    )
    morning = in_language("ko", "h", "Orlen 댐 점검은 오전 2시 29분 끝났다.")  # 02:29, hours off
    assert _moment([*_story(), same, hedged_near, other_zone, converted, two_acts, morning]) == {}
