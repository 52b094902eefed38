"""Where each missed named manifest topic is lost: a census for the topics' recall.

For every manifest topic of kind person, place, organisation or event that the product's top 25
does not match (rules of :mod:`benchmarks.realworld.topics`), the first stage that loses it:

* ``not written``: no article writes any of its aliases (as a whole word);
* ``no candidate``: written, but no cluster holds a use of any alias (the first pass read no
  name there, or read it under another surface);
* ``other form``: no cluster holds an alias, but some hold a longer or shorter form of one
  (a word of five letters or more of it: "ERT Stella Nanou", "Handlová" for the House of
  Culture in Handlová), with the rules that dropped them;
* ``(merged: ...)`` after a stage: the clusters holding an alias hold more other forms than
  its own;
* ``aside: ...`` / ``rank: <rule>``: its cluster was dropped before ranking
  (:func:`~briefing.topics.cluster_asides.aside`) or by a rule of :func:`~.rank.rank`
  (the rule's name);
* ``cut (rank N)``: a topic, ranked below 25;
* ``lost late``: in a cluster given to rank and dropped by no rule seen here (a later stage).

Each lost alias's clusters are listed after the stage: the rule, their surfaces, how many
uses in how many articles.

Each row's detail also says how many topics the packet has: below 25, the missed topic was
lost with free slots left, so by a stage before ranking.

Run: ``python -m benchmarks.realworld.topic_misses [--themes] [packet ...]`` (from the
worktree); ``--themes`` counts the listed themes too.
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Callable
from typing import Any

from benchmarks.realworld import manifest
from benchmarks.realworld.facade import private_dirs
from benchmarks.realworld.topics import TOP, _norm, _written_in

NAMED = frozenset(["person", "place", "organisation", "event"])
#: Every kind a manifest lists (``--themes`` adds the themes to the census).
ALL_KINDS = NAMED | {"theme"}
_RULES = (
    "single_use",
    "cited_only",
    "one_passage",
    "page_label",
    "in_passing",
    "residence_only",
    "owner_in_name",
    "past_figure",
    "cut_name",
    "lone_word",
    "measured",
    "only_examples",
    "only_sees",
    "page_label",
    "union_in_passing",
    "describes_names",
    "_elsewhere_but_once",
)


def _uses(arg: Any) -> list[Any]:
    """The uses a rule was asked about: a cluster's, a list's, or (given a rule's arguments)
    those of the first cluster or list among them; a surface stands for its use."""
    occs = getattr(arg, "occurrences", arg)
    if isinstance(occs, tuple):
        first = next(a for a in occs if hasattr(a, "occurrences") or isinstance(a, list))
        occs = getattr(first, "occurrences", first)
    return list(occs)


def _surfaces(arg: Any) -> frozenset[str]:
    return frozenset(_norm(getattr(o, "surface", str(o))) for o in _uses(arg))


def _instrument(log: dict[str, Any]) -> list[tuple[Any, str, Any]]:
    """Wrap the rules of rank and the asides of assemble to record what they drop."""
    from briefing.topics import assemble
    from briefing.topics import rank as rank_module

    saved: list[tuple[Any, str, Any]] = []

    def wrap(module: Any, name: str, label: str, which: Callable[..., Any]) -> None:
        real = getattr(module, name)
        saved.append((module, name, real))

        def wrapped(*args: Any, **kwargs: Any) -> Any:
            args = tuple(list(a) if type(a).__name__ == "generator" else a for a in args)
            result = real(*args, **kwargs)
            if result:
                uses = _uses(which(args))
                log["dropped"].append((label, _surfaces(uses)))
                log["uses"].append((label, uses))
            return result

        setattr(module, name, wrapped)

    for rule in _RULES:
        wrap(rank_module, rule, f"rank: {rule}", lambda args: args)
    wrap(assemble, "aside", "aside", lambda args: args[0])

    real_rank = rank_module.rank

    def ranked(articles: Any, clusters: list[Any], *args: Any, **kwargs: Any) -> Any:
        log["kept"] = [(c.kind, _surfaces(c)) for c in clusters]
        return real_rank(articles, clusters, *args, **kwargs)

    saved.append((assemble, "rank", real_rank))
    assemble.rank = ranked  # type: ignore[assignment]

    real_aliases = assemble.surname_aliases

    def aliases(gaz: Any, clusters: dict[str, Any], votes: dict[str, Any]) -> Any:
        log["written"] = {_norm(s) for s in votes}
        log["clusters"] = [(c.kind, _surfaces(c)) for c in clusters.values()]
        return real_aliases(gaz, clusters, votes)

    saved.append((assemble, "surname_aliases", real_aliases))
    assemble.surname_aliases = aliases  # type: ignore[assignment]
    return saved


def census(
    packet: manifest.Packet, kinds: frozenset[str] = NAMED
) -> list[tuple[str, str, str, str]]:
    """(topic, kind, stage, detail) for each missed manifest topic of ``kinds`` in the packet;
    the detail says how many topics the packet shows (below 25: free slots were left)."""
    from briefing.briefing import Briefing

    log: dict[str, Any] = {"dropped": [], "uses": []}
    saved = _instrument(log)
    try:
        with private_dirs(), Briefing.open([packet.folder], sync=False) as briefing:
            topics = tuple(briefing.topics())
    finally:
        for module, name, real in saved:
            setattr(module, name, real)
    texts = [_norm(p.read_text(encoding="utf-8")) for p in sorted(packet.folder.glob("*.txt"))]
    rows = []
    for entry in packet.raw.get("topics") or []:
        if entry.get("kind") not in kinds:
            continue
        labels = {_norm(str(x)) for x in (entry["name"], *(entry.get("aliases") or ()))}
        ranks = [
            n for n, t in enumerate(topics) if labels & {_norm(t.name), *map(_norm, t.aliases)}
        ]
        if ranks and ranks[0] < TOP:
            continue
        files = set().union(*(_written_in(x, texts) for x in labels))
        detail = f"{len(files)} art., of {len(topics)} topics"
        if ranks:
            stage = f"cut (rank {ranks[0] + 1})"
        elif not files:
            stage = "not written"
        elif not any(labels & s for _k, s in log.get("clusters", [])):
            stage = "no candidate"
            words = {w for x in labels for w in x.split() if len(w) >= 5}
            other = sorted(
                {x for _k, s in log.get("clusters", []) for x in s if any(w in x for w in words)}
            )
            if other:
                stage = "other form"
                dropped = sorted({lb for lb, s in log["dropped"] if s & set(other)})
                detail += "; as " + "/".join(other[:4])
                detail += f" ({', '.join(dropped)})" if dropped else ""
        else:
            drops = [label for label, s in log["dropped"] if labels & s]
            kept = [s for _k, s in log.get("kept", []) if labels & s]
            if drops:
                stage = ", ".join(sorted(set(drops)))
            elif not kept:
                stage = "aside"
            else:
                stage = "lost late"
            holders = [s for _k, s in log.get("clusters", []) if labels & s]
            if holders and all(len(s - labels) > len(s & labels) for s in holders):
                stage += " (merged: " + ", ".join(sorted(holders[0])[:4]) + ")"
        for label, uses in log["uses"]:
            names = {getattr(o, "surface", str(o)) for o in uses}
            if labels & {_norm(x) for x in names}:
                where = {getattr(o, "article", "") for o in uses}
                detail += f"; {label}: " + "/".join(sorted(names))
                detail += f" x{len(uses)} in {len(where)}"
        rows.append((str(entry["name"]), str(entry["kind"]), stage, detail))
    return rows


#: One row per missed topic: (name, kind, where it was lost, detail).
Row = tuple[str, str, str, str]


def print_rows(argv: list[str], rows_of: Callable[[manifest.Packet], list[Row]]) -> None:
    """Print ``rows_of`` each dev packet named in ``argv`` (every one when none is) as table
    rows, then how many topics each cause lost (the cause before any bracket)."""
    chosen = set(argv)
    tally: Counter[str] = Counter()
    for packet in manifest.packets():
        if chosen and packet.name not in chosen:
            continue
        if not packet.folder.is_dir():
            continue
        for name, kind, stage, detail in rows_of(packet):
            tally[stage.split(" (")[0]] += 1
            print(f"| {packet.name} | {name} | {kind} | {stage} | {detail} |", flush=True)
    print()
    for stage, n in tally.most_common():
        print(f"| {stage} | {n} |")


def main(argv: list[str]) -> None:
    if "--themes" in argv:
        print_rows([a for a in argv if a != "--themes"], lambda p: census(p, ALL_KINDS))
    else:
        print_rows(argv, census)


if __name__ == "__main__":
    main(sys.argv[1:])
