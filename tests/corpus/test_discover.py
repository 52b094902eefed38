"""discover(): recursive walking, extensions, ids, and a clear reason for everything skipped."""

from __future__ import annotations

import contextlib
import errno
import importlib
import os
from pathlib import Path, PurePath, PurePosixPath
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from support.fixtures import write_article

from briefing.corpus import Discovery, discover, read_article, sanitize
from briefing.corpus.discover import EXTENSIONS, MAX_DEPTH, FoundFile
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


def test_folders_are_walked_in_name_order_links_included_so_the_first_path_wins(
    tmp_path: Path,
) -> None:
    story = write_article(tmp_path, "a/b/story.md", TEXT)
    (tmp_path / "d").mkdir()
    os.link(story, tmp_path / "d" / "hard.md")  # the same file again, later in name order
    os.symlink(tmp_path / "a" / "b", tmp_path / "A")  # a link to b, sorting before a and d
    found = discover([tmp_path])
    assert [(f.id, f.path) for f in found.files] == [("A/story", tmp_path / "A" / "story.md")]
    assert reasons(found, tmp_path) == {"a/b": "folder already read through another path (b)"}


def test_fifo_is_skipped_not_opened(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.txt")
    found = discover([tmp_path])
    assert found.files == ()
    assert reasons(found, tmp_path) == {"pipe.txt": "not a regular file (device, FIFO or socket)"}


@pytest.mark.needs_non_root
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
    assert {str(f.path) for f in found.files} == {str(tmp_path / n) for n in [*names, deep]}


def test_paths_are_exact_however_the_folder_was_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_article(tmp_path, "news/a.txt", TEXT)
    write_article(tmp_path, "news/sub/b.md", TEXT)
    (tmp_path / "elsewhere").mkdir()
    monkeypatch.chdir(tmp_path / "elsewhere")
    for named in ("../news", "../news/", "..//news/./", str(tmp_path / "news") + "/"):
        found = discover([Path(named), Path("../news/sub/b.md")])
        want = {str(tmp_path / "news/a.txt"), str(tmp_path / "news/sub/b.md")}
        assert {str(f.path) for f in found.files} == want, named
        assert {str(PurePath(*f.path.parts)) for f in found.files} == want, named
        assert all(f.path.is_file() for f in found.files)


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


# --- The walk against a plain reference --------------------------------------------------------
# discover() walks with os.scandir, string paths and an explicit stack, for speed. The reference
# below restates the rules the slow, obvious way (pathlib, recursion, sanitize on every name); on
# random trees with links, loops, hard links, FIFOs, hidden and hostile names both must agree on
# every field of every file and skipped entry.

_DISCOVER = importlib.import_module("briefing.corpus.discover")


def _shown(name: str) -> str:
    return sanitize(os.fsencode(name).decode("utf-8", errors="replace"))


def _reference(paths: list[Path], max_depth: int) -> list[tuple[object, ...]]:
    found: list[tuple[PurePosixPath, Path, Path, str, os.stat_result]] = []
    skipped: list[tuple[str, str]] = []
    seen: set[tuple[int, int]] = set()

    def stat_of(path: Path) -> os.stat_result | None:
        try:
            return path.stat()
        except OSError as err:
            if err.errno == errno.ELOOP:
                reason = "symlink loop"
            elif path.is_symlink():
                reason = f"dangling symlink (points to {os.readlink(path)}, which does not exist)"
            else:
                assert err.errno == errno.ENOENT, err  # the only other failure these trees have
                reason = "no such file or folder"
            skipped.append((str(path), reason))
            return None

    def consider(path: Path, rel: PurePosixPath, root: Path, st: os.stat_result) -> None:
        if not path.is_file():
            skipped.append((str(path), "not a regular file (device, FIFO or socket)"))
        elif path.suffix.lower() not in EXTENSIONS:
            what = f"({path.suffix.lower()})" if path.suffix else "(no extension)"
            skipped.append((str(path), f"unsupported file type {what}"))
        elif (st.st_dev, st.st_ino) not in seen:
            seen.add((st.st_dev, st.st_ino))
            found.append((rel, path, root, EXTENSIONS[path.suffix.lower()], st))

    def walk(folder: Path, rel: PurePosixPath, root: Path, above: list[tuple[int, int]]) -> None:
        children = [c for c in folder.iterdir() if not c.name.startswith(".")]
        inner = []
        for child in sorted(children, key=lambda c: (c.is_symlink(), c.name)):
            st = stat_of(child)
            if st is None:
                continue
            key, target = (st.st_dev, st.st_ino), child.name
            if child.is_symlink():
                target = os.readlink(child)
            if not child.is_dir():
                consider(child, rel / child.name, root, st)
            elif key in above:
                skipped.append((str(child), f"symlink loop (points back to {target})"))
            elif key in visited:
                skipped.append((str(child), f"folder already read through another path ({target})"))
            elif len(above) > max_depth:
                skipped.append((str(child), f"nested deeper than {max_depth} folders"))
            else:
                visited.add(key)
                inner.append((child, key))
        for child, key in sorted(inner, key=lambda item: item[0].name):
            walk(child, rel / child.name, root, [*above, key])

    for named in paths:
        path = Path(os.path.abspath(named))
        st = stat_of(path)
        if st is not None and path.is_dir():
            visited = {(st.st_dev, st.st_ino)}
            walk(path, PurePosixPath(), path, [(st.st_dev, st.st_ino)])
        elif st is not None:
            consider(path, PurePosixPath(path.name), path.parent, st)
    found.sort(key=lambda f: (str(f[0]), str(f[1])))
    ids = [_shown(str(rel.with_suffix(""))) or "untitled" for rel, *_ in found]
    for value in {v for v in ids if ids.count(v) > 1}:
        group = [i for i, v in enumerate(ids) if v == value]
        for i in group:
            if sum(found[j][2] == found[i][2] for j in group) > 1:
                ids[i] = _shown(str(found[i][0]))
            if len({found[j][2] for j in group}) > 1:
                ids[i] = f"{found[i][2].name or found[i][2].anchor}/{ids[i]}"
    for value in {v for v in ids if ids.count(v) > 1}:
        for n, i in enumerate([i for i, v in enumerate(ids) if v == value][1:], start=2):
            ids[i] = f"{ids[i]}~{n}"
    files = sorted(
        (ids[i], path, fmt, st.st_size, st.st_mtime_ns)
        for i, (_, path, _, fmt, st) in enumerate(found)
    )
    # Skipped entries sort by path only: one path reached from two roots keeps walk order.
    return [*files, *sorted(((_shown(p), _shown(r)) for p, r in skipped), key=lambda s: s[0])]


_FOLDERS = ["", "a", "a/b", "a/b/c", "d", ".hidden"]
_STEMS = ["s", "S", "e\u0301", "x\x1b[31my", "caf\udce9", "t\tab", "two words", "z\u202e", "-"]
_EXTS = [".txt", ".TXT", ".md", ".Html", ".htm", ".jpg", "", "."]
# Link targets, relative to the tree's base (absolute when made) or as written (relative).
_TARGETS = ["a", "a/b", "d", "a/s.txt", "missing", "missing/x.md"]
_RAW_TARGETS = ["..", ".", "../..", "self", "nowhere.txt"]

_TREES = st.fixed_dictionaries(
    {
        "files": st.lists(
            st.tuples(st.sampled_from(_FOLDERS), st.sampled_from(_STEMS), st.sampled_from(_EXTS)),
            min_size=1,
            max_size=10,
        ),
        "links": st.lists(
            st.tuples(
                st.sampled_from(_FOLDERS),
                st.sampled_from(["A", "l", "self", "m.txt", "z"]),
                st.sampled_from(_TARGETS + _RAW_TARGETS),
            ),
            max_size=4,
        ),
        "hardlinks": st.lists(st.tuples(st.sampled_from(_FOLDERS), st.integers(0, 9)), max_size=2),
        "fifos": st.lists(st.sampled_from(_FOLDERS), max_size=1),
        "roots": st.lists(
            st.sampled_from(["", "a", "a/b", "d", "a/s.txt", "d/S.md", "missing"]),
            min_size=1,
            max_size=3,
        ),
        "depth": st.sampled_from([0, 1, 2, MAX_DEPTH]),
    }
)


# Building each tree touches the disk: on a loaded machine Hypothesis's "too slow" health
# check fails the test for the machine's load, not for what the walk does.
@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(tree=_TREES)
def test_discover_agrees_with_a_plain_reference_walk(
    tmp_path_factory: pytest.TempPathFactory, tree: dict[str, Any]
) -> None:
    base = tmp_path_factory.mktemp("tree")
    for folder in [*_FOLDERS, "a/b/c/e/f"]:
        (base / folder).mkdir(parents=True, exist_ok=True)
    write_article(base, "a/s.txt", TEXT)
    write_article(base, "d/S.md", TEXT * 2)
    files = [base / "a/s.txt"]
    for n, (folder, stem, ext) in enumerate(tree["files"]):
        path = base / folder / (stem + ext)
        if not path.exists():
            write_article(path.parent, path.name, TEXT * (n + 1))
            files.append(path)
    for folder, name, target in tree["links"]:
        link = base / folder / name
        if not os.path.lexists(link):
            os.symlink(target if target in _RAW_TARGETS else base / target, link)
    for folder, index in tree["hardlinks"]:
        with contextlib.suppress(FileExistsError):
            os.link(files[index % len(files)], base / folder / "hard.md")
    for folder in tree["fifos"]:
        os.mkfifo(base / folder / "pipe.txt")
    roots = [base / root for root in tree["roots"]]
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(_DISCOVER, "MAX_DEPTH", tree["depth"])
        got = discover(roots)
    assert all(type(f.path) is type(base) for f in got.files)  # a real Path, as before
    # Its string is handed over from the walk (3.11 joins it again from the parts): it must be
    # the very string the parts make, or the article cache and the manifest key it wrongly.
    assert [str(f.path) for f in got.files] == [str(PurePath(*f.path.parts)) for f in got.files]
    assert [hash(f.path) for f in got.files] == [hash(Path(*f.path.parts)) for f in got.files]
    # Built through the slots' setters: equal to, and as complete as, the dataclass's own.
    assert list(got.files) == [
        FoundFile(f.path, f.id, f.format, f.size, f.mtime_ns) for f in got.files
    ]
    assert [
        *((f.id, f.path, f.format, f.size, f.mtime_ns) for f in got.files),
        *((s.path, s.reason) for s in got.skipped),
    ] == _reference(roots, tree["depth"])
