"""User config: keys and theme from config.toml; anything broken is reported and ignored."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.config import config_path, load_config

KNOWN = {"quit", "next_unread", "search"}


def write(tmp_path: Path, text: str | bytes) -> Path:
    path = tmp_path / "config.toml"
    path.write_bytes(text if isinstance(text, bytes) else text.encode())
    return path


def test_missing_file_gives_defaults(tmp_path: Path) -> None:
    config = load_config(tmp_path / "config.toml", KNOWN)
    assert config.keys == {} and config.theme is None and config.problems == ()


def test_keys_and_theme_are_read(tmp_path: Path) -> None:
    path = write(tmp_path, 'theme = "ansi-dark"\n[keys]\nquit = "Q"\nnext_unread = " u , U "\n')
    config = load_config(path, KNOWN)
    assert config.theme == "ansi-dark"
    assert config.keys == {"quit": "Q", "next_unread": "u,U"}
    assert config.problems == ()


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("[keys\nquit = 'q'", "not valid TOML"),
        (b"\xff\xfe", "not valid TOML"),
        ("keys = 3", "[keys] must be a table"),
        ("theme = 5", "'theme' must be a string"),
    ],
)
def test_broken_file_is_reported_and_defaults_used(
    tmp_path: Path, text: str | bytes, fragment: str
) -> None:
    config = load_config(write(tmp_path, text), KNOWN)
    assert config.keys == {}
    assert config.theme is None
    assert len(config.problems) == 1 and fragment in config.problems[0]


def test_bad_entries_are_dropped_one_by_one(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        '[keys]\nquit = "Q"\nquitt = "x"\nsearch = 3\nnext_unread = "a\\u0007b"\ncolour = 1\n',
    )
    config = load_config(path, KNOWN)
    assert config.keys == {"quit": "Q"}
    joined = "\n".join(config.problems)
    assert "unknown command 'quitt'" in joined
    assert "key for 'search' must be a non-empty string" in joined
    assert "is not a key name" in joined


def test_unknown_top_level_setting_is_reported(tmp_path: Path) -> None:
    config = load_config(write(tmp_path, 'colour = "red"\n'), KNOWN)
    assert config.problems and "unknown setting 'colour'" in config.problems[0]


def test_config_dir_comes_from_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BRIEFING_CONFIG_DIR", str(tmp_path / "cfg"))
    assert config_path() == tmp_path / "cfg" / "config.toml"
    assert load_config(known_ids=KNOWN).path == tmp_path / "cfg" / "config.toml"


def test_clipboard_is_off_unless_osc52_is_asked_for(tmp_path: Path) -> None:
    """y writes the clipboard (OSC 52) only when the user says so; a typo is reported."""
    path = tmp_path / "config.toml"
    assert load_config(tmp_path / "none.toml").clipboard is None
    path.write_text('clipboard = "osc52"\n', encoding="utf-8")
    assert load_config(path).clipboard == "osc52"
    path.write_text('clipboard = "off"\n', encoding="utf-8")
    assert load_config(path).clipboard is None and load_config(path).problems == ()
    path.write_text('clipboard = "xclip"\n', encoding="utf-8")
    broken = load_config(path)
    assert broken.clipboard is None and "clipboard" in broken.problems[0]


def test_jobs_is_a_whole_number_of_processes(tmp_path: Path) -> None:
    assert load_config(write(tmp_path, "jobs = 3\n"), KNOWN).jobs == 3
    assert load_config(tmp_path / "absent.toml", KNOWN).jobs is None  # every core
    for bad in ("jobs = 0", "jobs = -2", 'jobs = "4"', "jobs = 2.5", "jobs = true", "jobs = 9999"):
        config = load_config(write(tmp_path, bad + "\n"), KNOWN)
        assert config.jobs is None, bad
        assert any("'jobs' must be a whole number" in p for p in config.problems), bad
