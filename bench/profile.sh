#!/usr/bin/env bash
# Profile one claimcmp run on a generated corpus: where does the time go?
#
# Usage: bench/profile.sh [N]        (default N: 10000)
#
# Generates (or reuses) the corpus of bench/run.sh, builds the release binary (its profile
# keeps line-level debug info), and records RAYON_NUM_THREADS=1 `claimcmp --format json`
# with `perf record` (installing Debian's linux-perf if needed and possible). Falls back to
# valgrind's callgrind when perf cannot record. Prints the hottest functions (self time),
# then the hottest call chains, and keeps the full report under $BENCH_DIR.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)
cd "$root"

n=${1:-10000}
[[ $n =~ ^[0-9]+$ && $n -gt 0 ]] || { echo "profile.sh: N must be a positive integer: $n" >&2; exit 2; }
SEED=${SEED:-claimcmp-bench}
BENCH_DIR=${BENCH_DIR:-$root/target/bench}
dir=$BENCH_DIR/corpus-$n
mkdir -p "$BENCH_DIR"

gen_sum=$(sha256sum "$here/gen_corpus.py" | cut -c1-16)
stamp="seed=$SEED n=$n gen=$gen_sum"
if [ ! -f "$dir.stamp" ] || [ "$(head -1 "$dir.stamp")" != "$stamp" ]; then
    echo "generating $n articles into $dir" >&2
    gen_out=$(python3 "$here/gen_corpus.py" "$n" "$dir" --seed "$SEED")
    printf '%s\n%s\n' "$stamp" "$gen_out" >"$dir.stamp"
fi

cargo build --release --locked --quiet
bin=$root/target/release/claimcmp

if ! command -v perf >/dev/null 2>&1 && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "installing linux-perf with apt-get" >&2
    apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq linux-perf >&2 || true
fi

report=$BENCH_DIR/profile-$n.txt
data=$BENCH_DIR/perf-$n.data
if command -v perf >/dev/null 2>&1 &&
    RAYON_NUM_THREADS=1 perf record -q -F 999 --call-graph dwarf,16384 -o "$data" "$bin" --format json "$dir" >/dev/null 2>"$data.err"; then
    perf report -i "$data" --no-children --stdio --percent-limit 0.5 -g none 2>/dev/null >"$report"
    echo "== self time by function (perf, N=$n, 1 thread; full report: $report)"
    grep -E '^ +[0-9.]+%' "$report" | head -25
    echo
    echo "== inclusive time of claimcmp functions"
    perf report -i "$data" --children --stdio -g none 2>/dev/null | grep -E '^ +[0-9.]+%' |
        grep 'claimcmp::' | head -20
else
    echo "perf could not record ($(head -1 "$data.err" 2>/dev/null)); using valgrind callgrind" >&2
    command -v valgrind >/dev/null 2>&1 || { echo "profile.sh: neither perf nor valgrind works" >&2; exit 2; }
    out=$BENCH_DIR/callgrind-$n.out
    RAYON_NUM_THREADS=1 valgrind --tool=callgrind --callgrind-out-file="$out" "$bin" --format json "$dir" >/dev/null
    callgrind_annotate --inclusive=no "$out" >"$report"
    echo "== self cost by function (callgrind, N=$n; full report: $report)"
    sed -n '/^ *Ir/,$p' "$report" | head -30
fi
