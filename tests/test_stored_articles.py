"""The article cache keeps paragraphs on disk: read on demand, only the recent ones kept.

What matters to a user: a reopened briefing reads exactly what was cached, a cache rewritten
under an open briefing cannot change it, damage is reported rather than shown as text, and
one changed article does not change any other when the cache is written again.
"""

from __future__ import annotations

import dataclasses
import json
import os
from pathlib import Path
from typing import Any

import msgpack
import pytest

from briefing import corpus, stored_articles
from briefing.briefing import Briefing
from briefing.cache import sections_header
from briefing.model import Article, Paragraph
from briefing.stored_articles import (
    StoredArticle,
    article_from_row,
    load_article_rows,
    save_article_rows,
)

pytestmark = pytest.mark.usefixtures("private_dirs")


def _fresh(folder: Path) -> dict[str, Article]:
    found = corpus.discover([folder]).files
    read = (corpus.read_article(item) for item in found)
    return {str(a.path): a for a in read if isinstance(a, Article)}


def _loaded(target: Path) -> dict[str, StoredArticle]:
    rows, reason = load_article_rows(target, "fp")
    assert reason is None
    return {key: article_from_row(row, Path(key)) for key, row in rows.items()}


def test_paragraphs_are_read_on_demand_and_only_recent_ones_stay_built(
    packet: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fresh = _fresh(packet)
    target = tmp_path / "articles.msgpack"
    save_article_rows(target, "fp", fresh)
    monkeypatch.setattr(stored_articles, "RECENT_ARTICLES", 2)
    stored_articles._RECENT.clear()
    loaded = _loaded(target)
    assert not stored_articles._RECENT  # opening read no paragraphs
    for key, article in loaded.items():
        assert article.paragraphs == fresh[key].paragraphs
        assert article.text == fresh[key].text
    assert len(stored_articles._RECENT) == 2  # the rest went back to disk
    again = next(iter(loaded.values()))
    assert again.paragraphs == fresh[str(again.path)].paragraphs  # read again: still right


def test_inside_all_kept_every_article_stays_built_until_the_block_ends(
    packet: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fresh = _fresh(packet)
    assert len(fresh) > 2
    target = tmp_path / "articles.msgpack"
    save_article_rows(target, "fp", fresh)
    monkeypatch.setattr(stored_articles, "RECENT_ARTICLES", 2)
    stored_articles._RECENT.clear()
    loaded = _loaded(target)
    with stored_articles.all_kept():
        with stored_articles.all_kept():  # nested: the outer block still holds them
            built = {key: article.paragraphs for key, article in loaded.items()}
        assert len(stored_articles._RECENT) == len(fresh)
        for key, article in loaded.items():
            assert article.paragraphs is built[key]  # read once, not decoded again
            assert article.paragraphs == fresh[key].paragraphs
    assert len(stored_articles._RECENT) == 2  # back to the recent ones when it ends


def test_a_cache_rewritten_under_an_open_briefing_does_not_change_its_articles(
    packet: Path, tmp_path: Path
) -> None:
    fresh = _fresh(packet)
    target = tmp_path / "articles.msgpack"
    save_article_rows(target, "fp", fresh)
    loaded = _loaded(target)
    stored_articles._RECENT.clear()
    other = {
        key: dataclasses.replace(a, paragraphs=(Paragraph("Something else entirely."),))
        for key, a in fresh.items()
    }
    save_article_rows(target, "fp", other)  # renamed over the file the articles came from
    for key, article in loaded.items():
        assert article.paragraphs == fresh[key].paragraphs


def test_damage_after_opening_is_an_error_never_wrong_text(packet: Path, tmp_path: Path) -> None:
    target = tmp_path / "articles.msgpack"
    save_article_rows(target, "fp", _fresh(packet))
    loaded = _loaded(target)
    stored_articles._RECENT.clear()
    size = target.stat().st_size
    with target.open("r+b") as handle:  # flip the last bytes: the last article's text
        handle.seek(size - 8)
        tail = handle.read(8)
        handle.seek(size - 8)
        handle.write(bytes(b ^ 0xFF for b in tail))
    last = list(loaded.values())[-1]
    with pytest.raises(ValueError, match="damaged"):
        _ = last.paragraphs


def test_writing_after_one_change_keeps_every_other_article(packet: Path) -> None:
    Briefing.open([packet], sync=False).close()
    victim = sorted(packet.glob("*.txt"))[2]
    victim.write_text(victim.read_text() + "\nA paragraph added later.\n")
    with Briefing.open([packet], sync=False) as changed:
        assert any("added later" in a.text for a in changed.articles)
    fresh = sorted(_fresh(packet).values(), key=lambda a: a.id)
    with Briefing.open([packet], sync=False) as again:
        assert all(isinstance(a, StoredArticle) for a in again.articles)
        assert list(again.articles) == fresh
        assert [a.paragraphs for a in again.articles] == [a.paragraphs for a in fresh]


def test_a_cache_cut_inside_its_text_is_read_again(packet: Path) -> None:
    from briefing import paths

    Briefing.open([packet], sync=False).close()
    cache_file = paths.cache_root() / paths.briefing_key([packet]) / "articles.msgpack"
    os.truncate(cache_file, cache_file.stat().st_size - 10)
    with Briefing.open([packet], sync=False) as again:
        assert any("cut short" in n for n in again.notices), again.notices
        assert [a.text for a in again.articles] == [
            a.text for a in sorted(_fresh(packet).values(), key=lambda a: a.id)
        ]


def _rewrite_records(target: Path, change: Any) -> None:
    """Rewrite a saved cache's records through ``change(records) -> records``, keeping its
    header consistent (so only the records' contents are wrong) and its text as it was."""
    data = target.read_bytes()
    line, rest = data.split(b"\n", 1)
    head = json.loads(line)
    unpacker = msgpack.Unpacker(use_list=False, strict_map_key=True)
    unpacker.feed(rest[: head["meta"]])
    records = change(list(unpacker))
    meta = b"".join(msgpack.packb(r) for r in records)
    header = sections_header(
        stored_articles.ARTICLES_FORMAT,
        head["fingerprint"],
        len(records),
        len(meta),
        "text",
        head["text"],
    )
    target.write_bytes(header + meta + rest[head["meta"] :])


def test_each_article_gets_back_its_own_provenance(packet: Path, tmp_path: Path) -> None:
    fresh = _fresh(packet)
    keys = sorted(fresh)
    # Written provenances: three articles share one, one has its own, one states nothing.
    shared = {"title": "metadata", "source": "unknown", "date": "heuristic"}
    own = {"title": "heuristic", "source": "metadata", "date": "unknown", "author": "metadata"}
    wanted = [shared, own, shared, {}, shared]
    for key, provenance in zip(keys, wanted, strict=False):
        fresh[key] = dataclasses.replace(fresh[key], provenance=dict(provenance))
    target = tmp_path / "articles.msgpack"
    save_article_rows(target, "fp", fresh)
    loaded = _loaded(target)
    assert {k: a.provenance for k, a in loaded.items()} == {
        k: a.provenance for k, a in fresh.items()
    }
    assert list(loaded) == list(fresh)  # and in the same order
    # Stored once, but never shared: changing one article's dict changes no other's.
    sharing = [loaded[k] for k, p in zip(keys, wanted, strict=False) if p is shared]
    sharing[0].provenance["title"] = "changed"
    assert [a.provenance["title"] for a in sharing[1:]] == ["metadata"] * (len(sharing) - 1)
    # Saving loaded (never built) articles again writes the same provenances.
    again = tmp_path / "again.msgpack"
    save_article_rows(again, "fp", _loaded(target))
    assert {k: a.provenance for k, a in _loaded(again).items()} == {
        k: a.provenance for k, a in fresh.items()
    }


@pytest.mark.parametrize(
    "damage",
    [
        lambda records: [records[0][:-1], *records[1:]],  # a provenance missing from the table
        lambda records: [(1, 2), *records[1:]],  # a table that is not dicts
        lambda records: [{"title": "x"}, *records[1:]],  # a dict where the table should be
        lambda records: records[1:],  # no table: the first row taken for it
    ],
)
def test_a_provenance_table_that_does_not_fit_its_rows_is_damage(
    packet: Path, tmp_path: Path, damage: Any
) -> None:
    target = tmp_path / "articles.msgpack"
    save_article_rows(target, "fp", _fresh(packet))
    _rewrite_records(target, damage)
    rows, reason = load_article_rows(target, "fp")
    assert (dict(rows), reason) == ({}, "it was damaged")
