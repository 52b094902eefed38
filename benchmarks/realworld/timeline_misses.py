"""Why the timeline table is what it is, packet by packet (a reading aid for ``timeline.py``).

    PYTHONPATH=$PWD python -m benchmarks.realworld.timeline_misses PACKET...

Prints, for each named packet: entries with a date the text does not support; each of the
manifest's ``not_events`` still shown as an event, with the phrase, date and sentence that
show it (the phrase must lie in the listed words, as the table counts it);
each key event not placed on its day, with the entries whose sentence holds its evidence.
Name dev packets only: the held-out ones are never read.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from typing import Any

from benchmarks.realworld.manifest import MANIFESTS, Packet, load
from benchmarks.realworld.timeline import (
    PROBE,
    _at,
    _text,
    dates_evidence,
    key_event,
    unsupported,
)


def _report(packet: Packet, entries: list[dict[str, Any]]) -> None:
    events = [e for e in entries if e["event"]]
    dates = {a.file: a.date for a in packet.articles}
    written = {a["file"]: a.get("written") for a in packet.raw.get("articles") or ()}
    truth = packet.raw.get("timeline") or []
    wrong = [
        e
        for e in events
        if unsupported(e, dates.get(e["file"]), _text(written.get(e["file"])), truth)
    ]
    print(f"=== {packet.name}: {len(events)} statements, {len(wrong)} unsupported")
    for e in wrong:
        print(f"  unsupported {e['file']} {e['date']} ({e['resolution']}) {e['phrase']!r}")
    for item in packet.raw.get("not_events") or ():
        for e in events:
            if e["file"] == item["file"] and dates_evidence(item["evidence"], e):
                print(f"  not-event shown {e['file']} [{e['kind']}] {e['phrase']!r} -> "
                      f"{e['date']} ({e['resolution']}) | {e['sentence'][:160]!r}")  # fmt: skip
                break
    for item in packet.raw.get("timeline") or ():
        outcome = key_event(item, entries)
        if outcome == "placed":
            continue
        print(f"  key event {outcome or 'missed'} {item['file']} {item['date']} "
              f"{item['evidence']!r} (article date {dates.get(item['file'])})")  # fmt: skip
        for e in entries:
            if e["file"] == item["file"] and _at(item["evidence"], e) is not None:
                print(f"      {e['phrase']!r} -> {e['date']} ({e['resolution']}, event "
                      f"{e['event']})")  # fmt: skip


def main(names: list[str]) -> None:
    packets = [load(MANIFESTS / f"{name}.yaml") for name in names]
    packets = [p for p in packets if not p.held_out and p.folder.is_dir()]
    env = {**os.environ, "PYTHONPATH": os.getcwd()}
    done = subprocess.run(
        [sys.executable, str(PROBE), *(str(p.folder) for p in packets)],
        capture_output=True, text=True, env=env, check=True,
    )  # fmt: skip
    result = json.loads(done.stdout)
    for packet in packets:
        _report(packet, result[str(packet.folder)]["entries"])


if __name__ == "__main__":
    main(sys.argv[1:])
