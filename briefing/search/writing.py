"""Writing to Whoosh: applying a sync plan in place, and building a whole index aside.

A rebuild never writes into the live folder: it builds ``index.new-<pid>-<token>`` completely
(documents, meta record, manifest) and then swaps it in with two renames, so a crash at any point
leaves either the old index or no index — both of which the next open handles — never a mixture.
Each rebuild stages in a folder of its own name: the workers of a rebuild whose process was
killed can still be writing for a moment (until they notice, see ``parallel.py``), and they
must neither stop the next rebuild from starting nor write into its folder.
The documents of a rebuild are written on several cores (``building.py``).
"""

from __future__ import annotations

import os
import secrets
import shutil
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from briefing.model import Article
from briefing.search import store
from briefing.search.analysis import collecting_words
from briefing.search.building import build_index
from briefing.search.manifest import Manifest
from briefing.search.plan import SyncPlan
from briefing.search.schema import doc_key, document
from briefing.search.vocabulary import Vocabulary, article_languages, save_addition

Progress = Callable[[int, int], None]

#: How long Whoosh's writer waits for its own lock (held only by a non-briefing writer).
WRITER_TIMEOUT = 10.0


def apply_plan(
    ix: Any,
    index_dir: Path,
    plan: SyncPlan,
    manifest: Manifest,
    ids: frozenset[str],
    vocabulary: Vocabulary | None,
    progress: Progress | None,
) -> Manifest:
    """Delete, add and replace documents in one commit, then record the new manifest.

    ``update_document`` on the unique ``id`` replaces a changed article. The written
    articles' words (added to ``vocabulary`` too, when it was read) and then the manifest
    are written only after the commit succeeded. ``ids`` are the documents in the index before this
    commit. Returns the new manifest, one row per document now in the index; the files
    ``manifest`` recorded that the commit left as they were are not checksummed again.
    """
    writer = ix.writer(timeout=WRITER_TIMEOUT)
    added = Vocabulary()
    try:
        for article_id in plan.remove:
            writer.delete_by_term("id", doc_key(article_id))
        _add_all(writer.update_document, plan.write, progress, added)
        writer.commit()
    except BaseException:
        writer.cancel()
        raise
    save_addition(index_dir, added)
    if vocabulary is not None:  # already read for searching: kept up to date in memory
        vocabulary.merge(added)
    removed = set(plan.remove)
    # Rows are kept only for documents really in the index (see plan.py).
    rows = {k: v for k, v in manifest.articles.items() if k in ids and k not in removed}
    for article in plan.write:
        rows[article.id] = store.entry_for(article)
    return store.write_manifest(index_dir, rows, manifest)


def build_staging(
    directory: Path,
    articles: Sequence[Article],
    progress: Progress | None,
    code: str = "",
    jobs: int = 1,
) -> Path:
    """Build a complete index of ``articles`` in a new ``directory/index.new-…`` on up to
    ``jobs`` processes and return it.

    On any failure (a full disk most often, or a worker process that died) the staging
    folder is removed before the error goes up: half an index must not stay behind filling
    the disk, nor be mistaken for a whole one.
    """
    remove_stale_staging(directory)  # what killed rebuilds left behind
    staging = directory / f"{store.STAGING_DIR}-{os.getpid()}-{secrets.token_hex(4)}"
    try:
        _build(staging, articles, progress, code, jobs)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return staging


def remove_stale_staging(directory: Path) -> None:
    """Delete the staging folders of rebuilds that never finished (best effort: one that an
    orphaned worker is still writing into goes at a later rebuild). Called with the sync
    lock held, so no live rebuild's folder is among them."""
    try:
        stale = [p for p in directory.iterdir() if p.name.startswith(store.STAGING_DIR)]
    except OSError:
        return
    for path in stale:
        shutil.rmtree(path, ignore_errors=True)


def _build(
    staging: Path,
    articles: Sequence[Article],
    progress: Progress | None,
    code: str,
    jobs: int,
) -> None:
    staging.mkdir(mode=0o700)
    vocabulary = build_index(staging, articles, progress, jobs)
    vocabulary.save(staging)
    store.write_json_atomic(staging / store.META_FILE, {**store.current_meta(), "code": code})
    store.write_manifest(staging, {a.id: store.entry_for(a) for a in articles})


def swap_in(directory: Path, staging: Path) -> None:
    """Make ``staging`` the live index: live → index.old, staging → live, drop the old."""
    live = directory / store.INDEX_DIR
    retired = directory / store.RETIRED_DIR
    shutil.rmtree(retired, ignore_errors=True)
    if live.exists():
        live.rename(retired)
    staging.rename(live)
    shutil.rmtree(retired, ignore_errors=True)


def _add_all(
    add: Callable[..., None],
    articles: Sequence[Article],
    progress: Progress | None,
    vocabulary: Vocabulary,
) -> None:
    """Write each article, counting its words into ``vocabulary`` in the same pass."""
    total = len(articles)
    if progress:
        progress(0, total)
    for done, article in enumerate(articles, start=1):
        with collecting_words() as words:
            add(**document(article))
        vocabulary.add_words(words, article_languages(article))
        if progress:
            progress(done, total)
