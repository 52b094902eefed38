#!/bin/bash
# Whether two trees print the same topics, byte for byte (issue 15 speed work must not change
# them): `briefing topics --json -n 0` (every topic) of the seeds, every dev packet (each folder
# of PACKETS; never the sealed reserve) and corpus-1000 when it is built, each run in a fresh
# private cache/state/data/config (nothing reused), with the code of TREE on PYTHONPATH,
# written to OUT/<corpus>.json. Run once per tree, then diff:
#
#   benchmarks/topics_json_same.sh /tmp/base /tmp/out-base [JOBS]
#   benchmarks/topics_json_same.sh "$PWD"    /tmp/out-new  [JOBS]
#   diff -r /tmp/out-base /tmp/out-new && echo same
set -euo pipefail
tree=$(cd "$1" && pwd); out=$2; jobs=${3:-1}
python=${PYTHON:-/work/main/.venv/bin/python}
packets=${PACKETS:-/work/realworld-data/packets}
corpus1000=${CORPUS_1000:-/work/main/benchmarks/.work/corpus-1000}
mkdir -p "$out"
run() {  # run NAME [PATH]
    local name=$1 home
    shift
    home=$(mktemp -d)
    (
        cd "$tree"
        for dir in CACHE STATE DATA CONFIG; do
            export "BRIEFING_${dir}_DIR=$home/${dir,,}"
        done
        export XDG_CACHE_HOME=$home/xdg-cache XDG_STATE_HOME=$home/xdg-state
        PYTHONPATH=$tree "$python" -m briefing topics --json -n 0 -j "$jobs" "$@" >"$out/$name.json"
    )
    rm -rf "$home"
    echo "$name $(md5sum <"$out/$name.json" | cut -c1-16)"
}
run seeds
for dir in "$packets"/*/; do
    name=$(basename "$dir")
    run "$name" "$packets/$name"
done
if [ -d "$corpus1000" ]; then run corpus-1000 "$corpus1000"; fi
