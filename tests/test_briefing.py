"""The façade over real files, a real index on disk and real cache folders."""

from __future__ import annotations

import shutil
import stat
from pathlib import Path

import pytest
from support.files import snapshot

from briefing import paths
from briefing.briefing import Briefing, BriefingError

SEED_IDS = [
    "000_2bab433a94e7ad16",
    "001_6a129be56a234a41",
    "002_e81cd82c38aae81a",
    "003_5584dc1f58897884",
    "004_4ac3e4d5c5489f6e",
]


# Cache, state, data and config in this test's own tmp_path (fixtures in tests/conftest.py).
pytestmark = pytest.mark.usefixtures("private_dirs")


def test_no_paths_opens_the_bundled_seeds() -> None:
    with Briefing.open() as briefing:
        assert [a.id for a in briefing.articles] == SEED_IDS
        assert briefing.skipped == ()


def test_opening_never_writes_into_the_briefing_folder(packet: Path) -> None:
    before = sorted((p.name, p.stat().st_mtime_ns) for p in packet.iterdir())
    with Briefing.open([packet]) as briefing:
        briefing.search("Putin")
        assert briefing.cache_dir.is_relative_to(paths.cache_root())
    assert sorted((p.name, p.stat().st_mtime_ns) for p in packet.iterdir()) == before


@pytest.mark.needs_non_root
def test_a_read_only_briefing_folder_opens(packet: Path) -> None:
    for file in packet.iterdir():
        file.chmod(stat.S_IRUSR)
    packet.chmod(stat.S_IRUSR | stat.S_IXUSR)
    before = snapshot(packet)
    try:
        with pytest.raises(PermissionError):  # file modes bind for this user
            (packet / "probe").write_text("x")
        with Briefing.open([packet]) as briefing:
            assert len(briefing.articles) == 5
            assert briefing.search("Dushanbe").total == 5
            assert briefing.topics()
        assert snapshot(packet) == before  # byte for byte
    finally:
        packet.chmod(stat.S_IRWXU)


def test_reopening_unchanged_reads_and_indexes_nothing(packet: Path, monkeypatch) -> None:
    with Briefing.open([packet]) as first:
        assert first.needs_sync is False
    calls: list[Path] = []
    from briefing import corpus

    real = corpus.read_article

    def counting(found):
        calls.append(found.path)
        return real(found)

    monkeypatch.setattr(corpus, "read_article", counting)
    with Briefing.open([packet], sync=False) as second:
        assert calls == []  # every article came from the cache
        assert second.needs_sync is False
        assert second.sync().indexed == 0


def test_changing_one_file_rereads_and_reindexes_only_it(packet: Path) -> None:
    Briefing.open([packet]).close()
    target = packet / "003_5584dc1f58897884.txt"
    target.write_text(target.read_text(encoding="utf-8") + "\nA zeppelin was seen.\n", "utf-8")
    with Briefing.open([packet], sync=False) as briefing:
        assert briefing.needs_sync is True
        report = briefing.sync()
        assert report.changed == ("003_5584dc1f58897884",)
        assert report.added == () and report.removed == ()
        hits = briefing.search("zeppelin")
        assert [h.article_id for h in hits.hits] == ["003_5584dc1f58897884"]


def test_removed_and_added_files(packet: Path) -> None:
    Briefing.open([packet]).close()
    (packet / "000_2bab433a94e7ad16.txt").unlink()
    (packet / "new.md").write_text("---\ntitle: A new one\n---\nAbout glaciers.\n", "utf-8")
    with Briefing.open([packet]) as briefing:
        ids = [a.id for a in briefing.articles]
        assert "000_2bab433a94e7ad16" not in ids and "new" in ids
        assert briefing.search("glaciers").hits[0].article_id == "new"
        assert briefing.search("goodbye").total == 0  # only article 000 says goodbye


def test_unsupported_and_missing_paths_are_listed_not_fatal(packet: Path) -> None:
    (packet / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0")
    with Briefing.open([packet, packet.parent / "nowhere"]) as briefing:
        assert len(briefing.articles) == 5
        reasons = {Path(s.path).name: s.reason for s in briefing.skipped}
        assert "photo.jpg" in reasons and "nowhere" in reasons
        assert "no such file" in reasons["nowhere"]


def test_nothing_to_open_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(BriefingError, match="No such file or folder"):
        Briefing.open([tmp_path / "missing"])
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(BriefingError, match="No readable articles"):
        Briefing.open([empty])


@pytest.mark.needs_non_root
def test_unwritable_cache_falls_back_to_a_temporary_index(packet, tmp_path, monkeypatch) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "kept.txt").write_text("the user's own file")
    locked.chmod(stat.S_IRUSR | stat.S_IXUSR)
    before = snapshot(locked)
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(locked / "cache"))
    with Briefing.open([packet]) as briefing:
        assert any("not writable" in n for n in briefing.notices)
        assert not briefing.cache_dir.is_relative_to(locked)
        assert briefing.search("Dushanbe").total == 5
    assert snapshot(locked) == before


def test_cache_root_that_is_a_file_falls_back_to_a_temporary_index(packet, tmp_path, monkeypatch):
    """Works as root too: a file where the cache folder should be cannot be made a folder."""
    blocker = tmp_path / "blocker"
    blocker.write_text("not a folder")
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(blocker))
    with Briefing.open([packet]) as briefing:
        assert any("not writable" in n for n in briefing.notices)
        assert not briefing.cache_dir.is_relative_to(blocker)
        assert briefing.search("Dushanbe").total == 5


def test_a_damaged_article_cache_is_ignored(packet: Path) -> None:
    with Briefing.open([packet]) as briefing:
        cache = briefing.cache_dir / "articles.msgpack"
    assert cache.exists()
    cache.write_bytes(b"\x80\x05garbage")
    with Briefing.open([packet]) as briefing:
        assert len(briefing.articles) == 5
        assert any("read again because it was damaged" in n for n in briefing.notices)


def test_same_folder_by_another_route_shares_one_cache(packet: Path, tmp_path: Path) -> None:
    link = tmp_path / "link"
    link.symlink_to(packet)
    with Briefing.open([packet]) as a, Briefing.open([link]) as b:
        assert a.key == b.key


def test_topics_are_cached_and_passages_come_from_articles(packet: Path) -> None:
    with Briefing.open([packet]) as briefing:
        topics = briefing.topics()
        assert topics, "the seeds have topics"
        assert (briefing.cache_dir / "topics.msgpack").exists()
        first = topics[0]
        assert briefing.topic(first.id) == first
        passages = briefing.passages(first.id)
        assert passages, "the first topic is mentioned somewhere"
        for passage in passages:
            article = briefing.article(passage.article_id)
            paragraph = article.paragraphs[passage.paragraph].text
            assert paragraph[passage.start : passage.end] == passage.text
    with Briefing.open([packet]) as again:
        assert again.topics() == topics  # read back from the JSON cache, field for field


def test_timeline_and_discrepancies_are_cached_per_corpus(packet: Path) -> None:
    with Briefing.open([packet], sync=False) as briefing:
        timeline = briefing.timeline()
        found = briefing.discrepancies()
        assert {e.article_id for e in timeline} == {a.id for a in briefing.articles}
        assert found, "the seeds have planted disagreements"
        assert (briefing.cache_dir / "timeline.msgpack").exists()
        assert (briefing.cache_dir / "discrepancies.msgpack").exists()
    with Briefing.open([packet], sync=False) as again:  # read back, field for field
        assert again.timeline() == timeline and again.discrepancies() == found
    target = packet / "002_e81cd82c38aae81a.txt"
    target.write_text(target.read_text("utf-8").replace("October 6", "October 8"), "utf-8")
    with Briefing.open([packet], sync=False) as changed:
        assert changed.discrepancies() != found  # the planted date disagreement is gone


def test_topics_are_capped_to_the_best_thousand(tmp_path: Path, monkeypatch) -> None:
    from briefing import briefing as facade

    monkeypatch.setattr(facade, "MAX_TOPICS", 3)
    folder = tmp_path / "packet"
    shutil.copytree(paths.bundled_seeds(), folder)
    with Briefing.open([folder], sync=False) as briefing:
        from briefing.topics import extract_topics

        assert briefing.topics() == extract_topics(briefing.articles)[:3]


def test_search_highlights_only_the_hits_asked_for(packet: Path) -> None:
    with Briefing.open([packet]) as briefing:
        result = briefing.search("Dushanbe", snippets_for=1)
        assert result.total == 5 and len(result.hits) == 5
        assert result.hits[0].snippets and result.hits[0].spans
        assert all(not h.snippets and not h.spans for h in result.hits[1:])
        assert briefing.search("Dushanbe").hits[0] == result.hits[0]
