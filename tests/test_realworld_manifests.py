"""The real-world test bed cannot silently rot: manifests are well-formed, the scoring rules
judge as documented, and ``benchmarks.realworld.run`` works end to end on a tiny packet
written here (made-up text in the real formats, not article text)."""

from __future__ import annotations

import datetime as dt
import re
import sys
from pathlib import Path

import pytest
import yaml

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:  # ``benchmarks`` is a top-level folder, not an installed package
    sys.path.insert(0, str(REPO))

from benchmarks.realworld import manifest, metadata, run, timeline  # noqa: E402

MANIFESTS = sorted(manifest.MANIFESTS.glob("*.yaml"))
KINDS = {"person", "place", "organisation", "event", "theme"}
LANG = re.compile(r"^[a-z]{2}$")


def _valid_date(value: str) -> bool:
    try:
        if len(value) == 7:
            dt.date.fromisoformat(value + "-01")
        else:
            dt.date.fromisoformat(value)
    except ValueError:
        return False
    return len(value) in (7, 10)


def test_there_are_four_dev_packets_in_six_languages_with_russian() -> None:
    dev = manifest.packets()
    assert len(dev) >= 4
    languages = {a.language for p in dev for a in p.articles}
    assert "ru" in languages and len(languages) >= 6


@pytest.mark.parametrize("path", MANIFESTS, ids=lambda p: p.stem)
def test_manifest_is_well_formed(path: Path) -> None:
    packet = manifest.load(path)
    raw = packet.raw
    assert packet.name == path.stem
    files = [a.file for a in packet.articles]
    assert len(files) == len(set(files)), "file names must be unique"
    assert 12 <= len(files) <= 20
    for article, raw_article in zip(packet.articles, raw["articles"], strict=True):
        assert re.match(r"^\d\d_[a-z0-9.-]+\.txt$", article.file), article.file
        assert article.url.startswith("http") and article.query
        assert LANG.match(article.language), article.language
        for lang in raw_article.get("languages") or ():
            assert LANG.match(lang)
        assert article.date is None or _valid_date(article.date), article.date
        for key in ("date_evidence", "outlet_evidence"):
            evidence = raw_article.get(key)
            assert evidence is None or len(str(evidence).split()) <= 8, (article.file, key)
        assert (article.date is None) == (raw_article.get("date_evidence") is None)
        if article.outlet:
            assert raw_article.get("outlet_evidence"), article.file
        # YAML reads a bare "name:" in a flow list as a one-key mapping; every alias must be text.
        assert all(isinstance(a, str) for a in raw_article.get("outlet_aliases") or ()), (
            article.file
        )
    topics = raw["topics"]
    # Up to 30 core topics: recall@25 is then capped below 1 (25/len), which the table shows
    # as it is; a packet of many outlets and languages may have more than 25 things to list.
    assert 15 <= len(topics) <= 30
    for topic in topics:
        assert topic["kind"] in KINDS and topic["aliases"], topic["name"]
    known = set(files)
    for item in raw.get("disagreements") or ():
        assert len(item["values"]) >= 2, item["what"]
        for group in item["values"].values():
            assert set(group) <= known, item["what"]
    for event in raw.get("timeline") or ():
        assert _valid_date(str(event["date"])) and len(str(event["date"])) == 10, event
        assert event["file"] in known and event["what"], event
        assert 1 <= len(event["evidence"].split()) <= 8, event
    if not packet.held_out:
        assert 3 <= len(raw.get("timeline") or ()) <= 6, "3–6 key dated events per dev packet"
    for item in raw.get("not_events") or ():
        assert item["file"] in known and item["why"], item
        assert 1 <= len(item["evidence"].split()) <= 8, item
    by_language: dict[str, int] = {}
    for case in raw["search_cases"]:
        assert case["expect"] and set(case["expect"]) <= known, case["query"]
        by_language[case["language"]] = by_language.get(case["language"], 0) + 1
    article_languages = {a.language for a in packet.articles}
    assert set(by_language) <= article_languages
    assert all(n >= 1 for n in by_language.values())


def _truth(**kw: object) -> manifest.ArticleTruth:
    base: dict[str, object] = dict(
        file="01_x.txt",
        url="https://x",
        query="q",
        language="fr",
        title=None,
        date=None,
        outlet=None,
    )
    base.update(kw)
    return manifest.ArticleTruth(**base)  # type: ignore[arg-type]


def _got(**kw: object) -> metadata.Got:
    base: dict[str, object] = dict(
        title="Un titre", date=None, date_precision=None, source=None, language="fr"
    )
    base.update(kw)
    return metadata.Got(**base)  # type: ignore[arg-type]


def test_month_truth_needs_a_month_precision_mark() -> None:
    truth = _truth(date="2024-12")
    marked = metadata.judge(truth, _got(date=dt.date(2024, 12, 1), date_precision="month"))
    assert marked.date_found and marked.invented == 0
    unmarked = metadata.judge(truth, _got(date=dt.date(2024, 12, 1)))
    assert not unmarked.date_found and unmarked.invented == 1
    other = metadata.judge(truth, _got(date=dt.date(2024, 11, 30), date_precision="month"))
    assert not other.date_found and other.invented == 1


def test_a_literal_br_in_a_manifest_headline_is_where_it_breaks() -> None:
    """The product shows a headline's literal "<br>" as a space; the manifest keeps the text as
    saved. A different second half still differs."""
    truth = _truth(title="Le port ouvre<br>Le maire parle")
    assert metadata.judge(truth, _got(title="Le port ouvre Le maire parle")).title_right
    assert not metadata.judge(truth, _got(title="Le port ouvre Le maire se tait")).title_right


def test_day_truth_and_null_truth() -> None:
    assert metadata.judge(_truth(date="2024-12-07"), _got(date=dt.date(2024, 12, 7))).date_found
    missed = metadata.judge(_truth(date="2024-12-07"), _got())
    assert missed.date_stated and not missed.date_found and missed.invented == 0
    invented = metadata.judge(_truth(), _got(date=dt.date(2024, 12, 7)))
    assert not invented.date_stated and invented.invented == 1


def test_outlet_aliases_case_and_inventions() -> None:
    truth = _truth(outlet="Agence France-Presse", outlet_aliases=("AFP",))
    assert metadata.judge(truth, _got(source="afp")).outlet_found
    assert metadata.judge(truth, _got(source=" Agence France-Presse.")).outlet_found
    wrong = metadata.judge(truth, _got(source="Interfax"))
    assert not wrong.outlet_found and wrong.invented == 1
    assert metadata.judge(_truth(), _got(source="Le Monde")).invented == 1
    assert metadata.judge(_truth(), _got()).invented == 0


def test_titles_with_a_label_and_language() -> None:
    verdict = metadata.judge(
        _truth(title="Un titre"), _got(title="date 2024-12 Un titre", language="en")
    )
    assert verdict.title_label and not verdict.title_right and not verdict.language_right
    clean = metadata.judge(_truth(title="Un  titre"), _got(title="un titre"))
    assert not clean.title_label and clean.title_right and clean.language_right


FIXTURE = {
    "01_wire-x.txt": " date 2031-04-02 KORVALA (Nordwire) — The harbour council of Korvala voted "
    "to close the old pier after storms damaged the zebra crossing.\n",
    "02_daily-y.txt": "Pier closes in Korvala\n\nThe harbour council met on Tuesday. Residents "
    "asked about ferries and timetables.\n",
    "03_blog-z.txt": "Notes from the harbour\n\nA walk along the pier, the gulls and the "
    "ferries.\n",
}


def _write_fixture(root: Path) -> Path:
    folder = root / "data" / "packets" / "tiny"
    folder.mkdir(parents=True)
    for name, text in FIXTURE.items():
        (folder / name).write_text(text, encoding="utf-8")
    articles = [
        {
            "file": "01_wire-x.txt",
            "url": "https://example.invalid/1",
            "query": "q",
            "language": "en",
            "title": None,
            "date": "2031-04-02",
            "date_evidence": "date 2031-04-02",
            "outlet": "Nordwire",
            "outlet_evidence": "(Nordwire) —",
        },
        {
            "file": "02_daily-y.txt",
            "url": "https://example.invalid/2",
            "query": "q",
            "language": "en",
            "title": "Pier closes in Korvala",
            "date": None,
            "outlet": None,
        },
        {
            "file": "03_blog-z.txt",
            "url": "https://example.invalid/3",
            "query": "q",
            "language": "en",
            "title": "Notes from the harbour",
            "date": None,
            "outlet": None,
        },
    ]
    doc = {
        "packet": "tiny",
        "event": "Pier closure, Korvala",
        "held_out": False,
        "articles": articles,
        "topics": [],
        "search_cases": [
            {"language": "en", "query": "zebra", "expect": ["01_wire-x.txt"], "why": "literal"},
            {
                "language": "en",
                "query": "xylophone",
                "expect": ["03_blog-z.txt"],
                "why": "absent word: must fail",
            },
        ],
    }
    manifests = root / "manifests"
    manifests.mkdir()
    (manifests / "tiny.yaml").write_text(yaml.safe_dump(doc, allow_unicode=True), "utf-8")
    held = dict(doc, packet="secret", held_out=True)
    (manifests / "secret.yaml").write_text(yaml.safe_dump(held, allow_unicode=True), "utf-8")
    return manifests


def test_run_scores_a_tiny_packet_end_to_end(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, private_dirs: Path
) -> None:
    manifests = _write_fixture(tmp_path)
    monkeypatch.setattr(manifest, "MANIFESTS", manifests)
    monkeypatch.setenv("BRIEFING_REALWORLD_DATA", str(tmp_path / "data"))
    out = tmp_path / "RESULTS.md"
    assert run.main(["-o", str(out), "--only", "metadata", "--only", "search_cases"]) == 0
    text = out.read_text(encoding="utf-8")
    assert re.search(r"^\| tiny \| 3 \| \d/1 \(\d+ %\) \| \d/1 ", text, re.M), text
    assert "secret" not in text, "the held-out packet must not be scored without --held-out"
    assert re.search(r"^\| en \| 1 \| 2 \|$", text, re.M), text
    assert "`xylophone` — missing `03_blog-z.txt`" in text
    assert not list((tmp_path / "data" / "packets" / "tiny").glob(".*")), "packet folder touched"


def test_run_skips_a_missing_section_and_a_missing_packet(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, private_dirs: Path
) -> None:
    manifests = _write_fixture(tmp_path)
    monkeypatch.setattr(manifest, "MANIFESTS", manifests)
    monkeypatch.setenv("BRIEFING_REALWORLD_DATA", str(tmp_path / "nowhere"))
    monkeypatch.setattr(run, "SECTIONS", ("metadata", "no_such_section"))
    out = tmp_path / "RESULTS.md"
    assert run.main(["-o", str(out), "--held-out"]) == 0
    text = out.read_text(encoding="utf-8")
    assert "Skipped: `benchmarks/realworld/no_such_section.py`" in text
    assert "`tiny`: no data" in text and "`secret`: no data" in text


def test_held_out_by_name_scores_that_packet_and_keeps_the_reserve_unseen(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, private_dirs: Path
) -> None:
    manifests = _write_fixture(tmp_path)
    reserve = (
        (manifests / "secret.yaml").read_text("utf-8").replace("packet: secret", "packet: reserve")
    )
    (manifests / "reserve.yaml").write_text(reserve, "utf-8")
    monkeypatch.setattr(manifest, "MANIFESTS", manifests)
    monkeypatch.setenv("BRIEFING_REALWORLD_DATA", str(tmp_path / "nowhere"))
    out = tmp_path / "RESULTS.md"
    assert run.main(["-o", str(out), "--only", "metadata", "--held-out", "secret"]) == 0
    text = out.read_text(encoding="utf-8")
    assert "`secret`: no data" in text and "`tiny`: no data" in text
    assert "reserve" not in text, "a reserve packet was scored"
    with pytest.raises(SystemExit):
        run.main(["-o", str(out), "--held-out", "tiny"])  # a dev packet is no held-out name


@pytest.mark.parametrize("packet", manifest.packets(), ids=lambda p: p.name)
def test_evidence_and_titles_are_verbatim_in_the_local_text(packet: manifest.Packet) -> None:
    """Where the ignored data folder exists (dev packets only), what the manifest quotes is
    really in the text — so a truth cannot drift from the article it describes."""
    if not packet.folder.is_dir():
        pytest.skip(f"no local data for {packet.name}")
    for article, raw in zip(packet.articles, packet.raw["articles"], strict=True):
        text = (packet.folder / article.file).read_text(encoding="utf-8")
        for key in ("date_evidence", "outlet_evidence", "title", "written_evidence"):
            quoted = raw.get(key)
            assert quoted is None or str(quoted) in text, (article.file, key)


def _entry(**kw: object) -> dict[str, object]:
    base: dict[str, object] = dict(
        file="01_x.txt", date=None, precision="day", month=None, day=None,
        resolution="stated", event=True, sentence="",
    )  # fmt: skip
    base.update(kw)
    return base


def test_a_worked_out_date_needs_the_articles_own_date() -> None:
    inferred = _entry(date="2024-12-07", resolution="year-inferred")
    assert not timeline.unsupported(inferred, "2024-12-01")
    assert timeline.unsupported(inferred, None)  # no stated date: the year came from nowhere
    assert timeline.unsupported(inferred, "2019-04-15")  # more than half a year off
    assert not timeline.unsupported(_entry(date="2019-04-15"), None)  # written in full
    weekday = _entry(date="2024-11-30", resolution="weekday")
    assert timeline.unsupported(weekday, "2024-12")  # counted from a month, not a day
    assert not timeline.unsupported(weekday, "2024-12-01")


def test_a_key_events_own_words_dated_another_day_are_unsupported() -> None:
    # Added after the blind look at boj-negative-rates-exit: a copy stamped in November put
    # a March dispatch's "15日" on 15 November, within half a year of the stamp.
    said = "Example federation published its results on the 15th, officials said."
    at = said.index("on the 15th")
    item = {
        "date": "2031-03-15",
        "file": "01_x.txt",
        "evidence": "published its results on the 15th",
    }
    moved = _entry(
        date="2031-11-15", resolution="relative", sentence=said, paragraph=said,
        sentence_at=[0, len(said)], phrase_at=[at, at + len("on the 15th")],
    )  # fmt: skip
    assert timeline.unsupported(moved, "2031-11-27", truth=[item])
    assert not timeline.unsupported({**moved, "date": "2031-03-15"}, "2031-03-19", truth=[item])
    month = {**moved, "date": "2031-03-01", "precision": "month"}
    assert not timeline.unsupported(month, "2031-03-19", truth=[item])  # the event's month
    assert not timeline.unsupported(moved, "2031-11-27", truth=[{**item, "file": "02_y.txt"}])
    # Another date of the sentence, not in the event's words, is not the event's.
    other = {**moved, "phrase_at": [0, 7]}
    assert not timeline.unsupported(other, "2031-11-27", truth=[item])
    # A day written in full is the text's, whatever the manifest says.
    assert not timeline.unsupported({**moved, "resolution": "stated"}, None, truth=[item])


def test_the_day_a_copys_text_was_filed_is_an_anchor_too() -> None:
    back = _entry(date="2031-03-19", resolution="relative")
    assert timeline.unsupported(back, "2031-11-27")  # eight months before the copy's stamp
    assert not timeline.unsupported(back, "2031-11-27", written="2031-03-19")
    # Counted from the copy's stamp, a day a year after the text was written is unsupported.
    ahead = _entry(date="2032-03-19", resolution="year-inferred")
    assert not timeline.unsupported(ahead, "2031-11-27")
    assert timeline.unsupported(ahead, "2031-11-27", written="2031-03-19")


def test_the_discrepancy_tables_wrong_years_take_the_filed_day_too() -> None:
    from benchmarks.realworld.discrepancies import _wrong_years

    result = {
        "files": {"a": "01_x.txt"},
        "timeline": [{"article_id": "a", "date": "2031-03-19", "resolution": "relative"}],
    }
    assert _wrong_years(result, {"01_x.txt": "2031-11-27"}) == 1
    assert _wrong_years(result, {"01_x.txt": "2031-11-27"}, {"01_x.txt": "2031-03-19"}) == 0
    result["timeline"][0]["date"] = "2032-03-19"  # the nearest year to the copy's stamp
    assert _wrong_years(result, {"01_x.txt": "2031-11-27"}) == 0
    assert _wrong_years(result, {"01_x.txt": "2031-11-27"}, {"01_x.txt": "2031-03-19"}) == 1


def test_a_key_event_is_placed_listed_without_a_year_or_missed() -> None:
    item = {"date": "2031-03-04", "file": "01_x.txt", "evidence": "the harbour closed"}
    said = "On March 4, the harbour  closed."
    placed = _entry(date="2031-03-04", sentence=said)
    assert timeline.key_event(item, [placed]) == "placed"
    undated = _entry(month=3, day=4, resolution="unresolved", sentence=said)
    assert timeline.key_event(item, [undated]) == "no year"
    wrong_day = _entry(date="2031-03-05", sentence=said)
    other_file = _entry(date="2031-03-04", sentence=said, file="02_y.txt")
    hidden = _entry(date="2031-03-04", sentence=said, event=False)
    assert timeline.key_event(item, [wrong_day, other_file, hidden]) is None


def test_key_evidence_may_run_over_a_dateline_set_apart() -> None:
    paragraph = "VELMORA, March 4 (Wire) - The harbour closed on Tuesday after the storm."
    lead = paragraph.index("The harbour")
    placed = _entry(
        date="2031-03-04", sentence=paragraph[lead:], paragraph=paragraph,
        sentence_at=[lead, len(paragraph)], phrase_at=[paragraph.index("on Tuesday"), 58],
    )  # fmt: skip
    item = {"date": "2031-03-04", "file": "01_x.txt", "evidence": "March 4 (Wire) - The harbour"}
    assert timeline.key_event(item, [placed]) == "placed"
    elsewhere = {**item, "evidence": "after the storm"}
    other = {**placed, "sentence_at": [0, lead - 1]}  # the dateline's span: not the sentence
    assert timeline.key_event(elsewhere, [other]) is None


def test_a_not_event_is_shown_only_by_the_entry_that_dates_it() -> None:
    said = "On Tuesday the harbour closed, the worst since 12 May 1966 in the bay."
    record = said.index("12 May 1966")
    tuesday = _entry(
        date="2031-03-04", sentence=said, paragraph=said, sentence_at=[0, len(said)],
        phrase_at=[0, len("On Tuesday")],
    )  # fmt: skip
    evidence = "since 12 May  1966"
    assert not timeline.dates_evidence(evidence, tuesday)  # the story's day, not the record
    shown = {**tuesday, "phrase_at": [record, record + len("12 May 1966")]}
    assert timeline.dates_evidence(evidence, shown)
    assert timeline.dates_evidence(evidence, _entry(sentence=said))  # an older probe's entry


def test_a_listed_topic_counts_as_cross_referenced_only_when_two_articles_write_it(
    tmp_path: Path,
) -> None:
    from benchmarks.realworld import topics

    (tmp_path / "01_a.txt").write_text("The Harbour Board met Mara Vell in Oskaven.", "utf-8")
    (tmp_path / "02_b.txt").write_text("Мару Велл встретили; the BOARD's vote.", "utf-8")
    (tmp_path / "03_c.txt").write_text("港务局今天开会。Boardroom talk only.", "utf-8")
    truth = [
        {"name": "Harbour Board", "aliases": ["Harbour Board", "港务局"]},  # 港务局 unspaced
        {"name": "Mara Vell", "aliases": ["Mara Vell"]},  # once: Мару Велл is not an alias
        {"name": "Board", "aliases": ["board"]},  # a whole word, any case; not in "Boardroom"
    ]
    assert topics.in_two_articles(truth, tmp_path) == {0, 2}


def test_the_discrepancy_table_reads_a_count_written_onto_a_cjk_ten_thousand() -> None:
    from benchmarks.realworld.discrepancies import _names

    assert _names("約15万人", "about 150,000")  # a flag's value as the Japanese reader shows it
    assert _names("10萬民眾", "about 100,000")
    assert _names("12萬223人", "120,223")
    assert _names("10만여 명", "about 100,000")
    # Look-alikes: another figure of the same digits, and a date written onto its characters.
    assert not _names("約15万人", "about 100,000")
    assert not _names("3月11日", "30,000")


def test_the_discrepancy_table_reads_a_japanese_decimal_point() -> None:
    from benchmarks.realworld.discrepancies import _names

    assert _names("2・8メートル", "2.8 m")  # a flag's value as the Japanese text writes it
    assert not _names("2・8メートル", "8 m")
    # A run of two points is a date, not a decimal: its parts stay whole numbers.
    assert _names("2024・5・6", "6 May 2024")
