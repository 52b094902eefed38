"""discover(): recursive walking, extensions, ids, and a clear reason for everything skipped."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from support.fixtures import write_article

from briefing.corpus import Discovery, discover, read_article
from briefing.corpus.discover import MAX_DEPTH
from briefing.model import Article

TEXT = "Headline of the story\n\nBody text of the story.\n"


def reasons(found: Discovery, root: Path) -> dict[str, str]:
    return {Path(s.path).relative_to(root).as_posix(): s.reason for s in found.skipped}


def test_walks_folders_recursively_with_posix_ids_sorted(tmp_path: Path) -> None:
    for name in ("b.txt", "a/z.md", "a/deeper/x.html", "c.markdown", "d.HTM", "E.TXT"):
        write_article(tmp_path, name, TEXT)
    found = discover([tmp_path])
    assert [f.id for f in found.files] == ["E", "a/deeper/x", "a/z", "b", "c", "d"]
    assert {f.id: f.format for f in found.files} == {
        "E": "txt", "a/deeper/x": "html", "a/z": "md", "b": "txt", "c": "md", "d": "html"
    }  # fmt: skip
    assert found.skipped == ()


def test_found_file_carries_absolute_path_size_and_mtime(tmp_path: Path) -> None:
    path = write_article(tmp_path, "one.txt", TEXT)
    os.utime(path, ns=(1_700_000_000_000_000_000, 1_700_000_000_123_456_789))
    (found,) = discover([Path(os.path.relpath(tmp_path))]).files
    assert found.path == path and found.path.is_absolute()
    assert found.size == len(TEXT.encode())
    assert found.mtime_ns == 1_700_000_000_123_456_789


def test_unsupported_files_in_folders_are_listed_with_a_reason(tmp_path: Path) -> None:
    write_article(tmp_path, "ok.txt", TEXT)
    write_article(tmp_path, "photo.jpg", b"\xff\xd8\xff")
    write_article(tmp_path, "README", TEXT)
    found = discover([tmp_path])
    assert [f.id for f in found.files] == ["ok"]
    assert reasons(found, tmp_path) == {
        "README": "unsupported file type (no extension)",
        "photo.jpg": "unsupported file type (.jpg)",
    }


def test_hidden_files_and_folders_are_ignored_silently(tmp_path: Path) -> None:
    write_article(tmp_path, ".git/config.txt", TEXT)
    write_article(tmp_path, ".draft.txt", TEXT)
    write_article(tmp_path, "visible.txt", TEXT)
    found = discover([tmp_path])
    assert [f.id for f in found.files] == ["visible"]
    assert found.skipped == ()


def test_explicit_file_id_is_its_name_without_extension(tmp_path: Path) -> None:
    path = write_article(tmp_path, "deep/folder/003_story.txt", TEXT)
    (found,) = discover([path]).files
    assert found.id == "003_story"


def test_explicit_file_with_unsupported_extension_is_skipped(tmp_path: Path) -> None:
    path = write_article(tmp_path, "report.pdf", b"%PDF-1.4")
    found = discover([path])
    assert found.files == ()
    assert [(s.path, s.reason) for s in found.skipped] == [
        (str(path), "unsupported file type (.pdf)")
    ]


def test_missing_path_is_reported(tmp_path: Path) -> None:
    found = discover([tmp_path / "nope"])
    assert [s.reason for s in found.skipped] == ["no such file or folder"]


def test_symlink_loop_is_reported_and_the_rest_still_read(tmp_path: Path) -> None:
    write_article(tmp_path, "sub/story.txt", TEXT)
    os.symlink("..", tmp_path / "sub" / "up")
    os.symlink("self", tmp_path / "self")
    found = discover([tmp_path])
    assert [f.id for f in found.files] == ["sub/story"]
    got = reasons(found, tmp_path)
    assert got["sub/up"].startswith("symlink loop")
    assert got["self"] == "symlink loop"


def test_second_link_to_a_folder_is_a_duplicate_and_real_folders_win(tmp_path: Path) -> None:
    write_article(tmp_path, "real/story.txt", TEXT)
    os.symlink("real", tmp_path / "a-link")
    os.symlink("real", tmp_path / "b-link")
    found = discover([tmp_path])
    assert [f.id for f in found.files] == ["real/story"]
    assert reasons(found, tmp_path) == {
        "a-link": "folder already read through another path (real)",
        "b-link": "folder already read through another path (real)",
    }


def test_dangling_link_is_reported(tmp_path: Path) -> None:
    write_article(tmp_path, "real.txt", TEXT)
    os.symlink("gone.txt", tmp_path / "link.txt")
    found = discover([tmp_path])
    assert [f.id for f in found.files] == ["real"]
    assert reasons(found, tmp_path)["link.txt"].startswith("dangling symlink (points to gone.txt")


def test_symlinked_file_and_folder_are_followed_with_unresolved_paths(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    write_article(outside, "far.txt", TEXT)
    root = tmp_path / "root"
    root.mkdir()
    os.symlink(outside, root / "linked")
    found = discover([root])
    assert [(f.id, f.path) for f in found.files] == [("linked/far", root / "linked" / "far.txt")]


def test_fifo_is_skipped_not_opened(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.txt")
    found = discover([tmp_path])
    assert found.files == ()
    assert reasons(found, tmp_path) == {"pipe.txt": "not a regular file (device, FIFO or socket)"}


@pytest.mark.skipif(os.geteuid() == 0, reason="root can list a chmod 000 folder")
def test_unreadable_folder_is_reported(tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    write_article(locked, "x.txt", TEXT)
    locked.chmod(0)
    try:
        found = discover([tmp_path])
        assert reasons(found, tmp_path)["locked"].startswith("permission denied")
    finally:
        locked.chmod(0o755)


def test_folders_nested_beyond_the_limit_are_reported(tmp_path: Path) -> None:
    inside = "/".join(f"d{i}" for i in range(MAX_DEPTH)) + "/ok.txt"
    beyond = "/".join(f"d{i}" for i in range(MAX_DEPTH + 1)) + "/lost.txt"
    write_article(tmp_path, inside, TEXT)
    write_article(tmp_path, beyond, TEXT)
    found = discover([tmp_path])
    assert [f.id for f in found.files] == [inside[: -len(".txt")]]
    ((path, reason),) = reasons(found, tmp_path).items()
    assert path == "/".join(f"d{i}" for i in range(MAX_DEPTH + 1))
    assert reason == f"nested deeper than {MAX_DEPTH} folders"


def test_same_id_from_two_roots_is_prefixed_by_root_folder(tmp_path: Path) -> None:
    write_article(tmp_path, "monday/story.txt", TEXT)
    write_article(tmp_path, "tuesday/story.txt", TEXT)
    write_article(tmp_path, "tuesday/other.txt", TEXT)
    found = discover([tmp_path / "tuesday", tmp_path / "monday"])
    assert [f.id for f in found.files] == ["monday/story", "other", "tuesday/story"]


def test_same_stem_with_two_extensions_keeps_the_extension(tmp_path: Path) -> None:
    write_article(tmp_path, "story.txt", TEXT)
    write_article(tmp_path, "story.md", TEXT)
    found = discover([tmp_path])
    assert sorted(f.id for f in found.files) == ["story.md", "story.txt"]


def test_ids_stay_unique_even_when_root_names_are_equal(tmp_path: Path) -> None:
    write_article(tmp_path, "a/news/story.txt", TEXT)
    write_article(tmp_path, "b/news/story.txt", TEXT)
    found = discover([tmp_path / "b" / "news", tmp_path / "a" / "news"])
    ids = [f.id for f in found.files]
    assert ids == ["news/story", "news/story~2"]
    again = discover([tmp_path / "b" / "news", tmp_path / "a" / "news"])
    assert [(f.id, f.path) for f in again.files] == [(f.id, f.path) for f in found.files]


def test_a_file_reached_twice_is_listed_once(tmp_path: Path) -> None:
    path = write_article(tmp_path, "story.txt", TEXT)
    found = discover([tmp_path, path, tmp_path])
    assert [f.id for f in found.files] == ["story"]


def test_undecodable_file_name_is_read_and_its_id_shows_a_replacement(tmp_path: Path) -> None:
    raw_name = os.fsencode(tmp_path) + b"/caf\xe9 report.txt"
    with open(raw_name, "wb") as handle:
        handle.write(TEXT.encode())
    (found,) = discover([tmp_path]).files
    assert found.id == "caf\ufffd report"
    assert found.path.exists()  # the exact path still opens the file
    article = read_article(found)
    assert isinstance(article, Article) and article.title == "Headline of the story"


def test_odd_names_work(tmp_path: Path) -> None:
    names = ["with space.txt", "-leading-dash.txt", "Привет мир.md", "ünï — cødé.html"]
    for name in names:
        write_article(tmp_path, name, TEXT)
    deep = "/".join(f"d{i}" for i in range(30)) + "/deep.txt"
    write_article(tmp_path, deep, TEXT)
    found = discover([tmp_path])
    ids = {f.id for f in found.files}
    assert ids == {"with space", "-leading-dash", "Привет мир", "ünï — cødé", deep[:-4]}


_NAMES = st.lists(
    st.tuples(
        st.sampled_from(["r1/news", "r2/news", "r3/other"]),
        st.sampled_from(["a", "b", "sub/a", "sub/b", "A"]),
        st.sampled_from([".txt", ".md", ".html", ".TXT"]),
    ),
    min_size=1,
    max_size=12,
    unique=True,
)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(names=_NAMES)
def test_ids_are_unique_and_deterministic_for_any_tree(
    tmp_path_factory: pytest.TempPathFactory, names: list[tuple[str, str, str]]
) -> None:
    base = tmp_path_factory.mktemp("tree")
    for root, stem, ext in names:
        write_article(base / root, stem + ext, TEXT)
    roots = sorted({base / root for root, _, _ in names})
    first = discover(roots)
    ids = [f.id for f in first.files]
    assert len(ids) == len(names)  # every file found once
    assert len(set(ids)) == len(ids)  # and every id unique
    assert [(f.id, f.path) for f in discover(list(reversed(roots))).files] == [
        (f.id, f.path) for f in first.files
    ]
