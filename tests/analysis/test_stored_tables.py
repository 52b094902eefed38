"""Per-language tables kept on disk (:mod:`briefing.analysis.stored_tables`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.analysis import stored_tables
from briefing.analysis.number_tables import _built_scales
from briefing.analysis.units import _built_names


@pytest.fixture
def cache_root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache"


def _counting(items: list[object], calls: list[int]) -> object:
    def build() -> list[object]:
        calls.append(1)
        return items

    return build


def test_a_table_is_built_once_and_read_back_in_order(cache_root: Path) -> None:
    calls: list[int] = []
    items = [[("zwei", 2.0), ("acht", 8.0), ("drei", 3.0)]]
    first = stored_tables.stored_pairs("t", "de", ("analysis.units",), _counting(items, calls))
    again = stored_tables.stored_pairs("t", "de", ("analysis.units",), _counting(items, calls))
    assert len(calls) == 1
    assert [list(p) for p in again[0]] == [list(p) for p in first[0]]
    assert (cache_root / "tables" / "t-de.msgpack").is_file()


def test_other_code_rebuilds_the_table(cache_root: Path) -> None:
    calls: list[int] = []
    stored_tables.stored_pairs("t", "fr", ("analysis.units",), _counting([1], calls))
    stored_tables.stored_pairs("t", "fr", ("corpus",), _counting([1], calls))
    assert len(calls) == 2


def test_a_folder_others_may_write_is_not_trusted(cache_root: Path) -> None:
    folder = cache_root / "tables"
    folder.mkdir(parents=True)
    folder.chmod(0o777)
    calls: list[int] = []
    for _ in range(2):
        stored_tables.stored_pairs("t", "es", ("analysis.units",), _counting([1], calls))
    assert len(calls) == 2
    assert not any(folder.iterdir())


def test_an_odd_language_value_names_no_file(cache_root: Path) -> None:
    calls: list[int] = []
    for _ in range(2):
        stored_tables.stored_pairs("t", "../x", ("analysis.units",), _counting([1], calls))
    assert len(calls) == 2
    assert not (cache_root / "tables").exists()


@pytest.mark.parametrize("language", ["en", "fr", "de", "ru", "ar", "ja", "xx"])
def test_stored_unit_and_scale_tables_equal_the_built_ones(cache_root: Path, language: str) -> None:
    for _ in range(2):  # built and stored, then read back
        names, letters = stored_tables.stored_pairs(
            "units", language, ("analysis.units",), lambda: _built_names(language)
        )
        scales = stored_tables.stored_pairs(
            "scales", language, ("analysis.number_tables",), lambda: _built_scales(language)
        )
        built_names, built_letters = _built_names(language)
        assert list(dict(names).items()) == built_names
        assert list(dict(letters).items()) == built_letters
        assert list(dict(scales).items()) == _built_scales(language)
