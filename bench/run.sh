#!/usr/bin/env bash
# Benchmark claimcmp against `wc -w` on generated corpora (issue 6).
#
# Usage: bench/run.sh [N ...]          (default N: 1000 10000 100000)
#
# For each N: generates (or reuses) a deterministic corpus of N articles under
# $BENCH_DIR/corpus-N, then times on the same files, page cache warm:
#   - `wc -w` (LC_ALL=C.UTF-8), the baseline;
#   - `claimcmp --format json DIR > /dev/null` with RAYON_NUM_THREADS=1 and =2.
# Each command runs $RUNS times, the three interleaved; the table shows the fastest wall
# time (the least disturbed by other processes on a shared machine), words per second
# (words as counted by wc -w), the ratio of claimcmp's time to wc's, and the peak resident
# memory (largest "Maximum resident set size" of /usr/bin/time -v over the runs).
# The benchmark reports; it does not assert. A Markdown table is printed and written to
# $OUT.
#
# Environment: RUNS (default 5), SEED (default claimcmp-bench), BENCH_DIR (default
# target/bench), OUT (default $BENCH_DIR/results.md), CLAIMCMP (a prebuilt binary to use
# instead of building with `cargo build --release --locked`), TIMEOUT (seconds one claimcmp
# run may take, default 0 = no limit; a run stopped by it is not repeated and its figures
# are shown as bounds, e.g. ">600"), MEM_LIMIT_MB (address-space limit of one claimcmp run,
# default half the memory available when the script starts, 0 = none; a run that hits it
# aborts, is not repeated, and is reported like a timeout), so that a run cannot take the
# memory of a shared machine.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)
cd "$root"

RUNS=${RUNS:-5}
TIMEOUT=${TIMEOUT:-0}
MEM_LIMIT_MB=${MEM_LIMIT_MB:-$(awk '/MemAvailable/ {print int($2 / 2048)}' /proc/meminfo)}
SEED=${SEED:-claimcmp-bench}
BENCH_DIR=${BENCH_DIR:-$root/target/bench}
OUT=${OUT:-$BENCH_DIR/results.md}
if [ "$#" -gt 0 ]; then sizes=("$@"); else sizes=(1000 10000 100000); fi
for n in "${sizes[@]}"; do
    [[ $n =~ ^[0-9]+$ && $n -gt 0 ]] || { echo "run.sh: N must be a positive integer: $n" >&2; exit 2; }
done
[[ $RUNS =~ ^[0-9]+$ && $RUNS -gt 0 ]] || { echo "run.sh: RUNS must be a positive integer" >&2; exit 2; }
[[ $TIMEOUT =~ ^[0-9]+$ ]] || { echo "run.sh: TIMEOUT must be a number of seconds" >&2; exit 2; }
[[ $MEM_LIMIT_MB =~ ^[0-9]+$ ]] || { echo "run.sh: MEM_LIMIT_MB must be a number" >&2; exit 2; }

log() { printf '%s\n' "$*" >&2; }

# --- tools: GNU time for peak memory, python3 for the generator ------------------------
need_pkgs=()
/usr/bin/time -v true >/dev/null 2>&1 || need_pkgs+=(time)
command -v python3 >/dev/null 2>&1 || need_pkgs+=(python3)
if [ "${#need_pkgs[@]}" -gt 0 ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        log "installing ${need_pkgs[*]} with apt-get"
        apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_pkgs[@]}" >&2
    else
        log "run.sh: missing ${need_pkgs[*]}; install them and retry"
        exit 2
    fi
fi

# --- the binary -------------------------------------------------------------------------
if [ -n "${CLAIMCMP:-}" ]; then
    bin=$CLAIMCMP
else
    log "building: cargo build --release --locked"
    cargo build --release --locked --quiet >&2
    bin=$root/target/release/claimcmp
fi
[ -x "$bin" ] || { log "run.sh: no executable at $bin"; exit 2; }

mkdir -p "$BENCH_DIR"
gen_sum=$(sha256sum "$here/gen_corpus.py" | cut -c1-16)

# Runs "$@" once under /usr/bin/time -v; prints "<seconds> <max_rss_kib> <exit_code> <cpu_s>".
# Wall time is taken with bash's microsecond clock (time -v only gives centiseconds).
measure() {
    local tv start end rc=0
    tv=$(mktemp)
    start=$EPOCHREALTIME
    /usr/bin/time -v -o "$tv" "$@" >/dev/null 2>"$tv.err" || rc=$?
    end=$EPOCHREALTIME
    local rss
    rss=$(awk -F': *' '/Maximum resident set size/ {print $2}' "$tv")
    local cpu
    cpu=$(awk -F': *' '/User time|System time/ {s += $2} END {print s + 0}' "$tv")
    # GNU time reports the child's exit status itself; keep the command's own.
    if grep -q '^Command exited with non-zero status' "$tv"; then
        rc=$(awk '/^Command exited with non-zero status/ {print $NF}' "$tv")
    fi
    # Stage lines of CLAIMCMP_TIMINGS=1 (see README, "Stage times"), kept for record().
    grep '^claimcmp: timing:' "$tv.err" >"$BENCH_DIR/timings.last" 2>/dev/null || : >"$BENCH_DIR/timings.last"
    rm -f "$tv" "$tv.err"
    awk -v s="$start" -v e="$end" -v m="$rss" -v c="$rc" -v u="$cpu" 'BEGIN {printf "%.6f %d %d %.2f\n", e - s, m, c, u}'
}

# Keeps the fastest wall time, the largest peak memory and the worst exit code of the runs
# of one command, and the CPU time of the fastest run; state in the globals best_<key>,
# rss_<key>, rc_<key>, cpu_<key>, out_<key> (">" once a run hit TIMEOUT or MEM_LIMIT_MB)
# and why_<key> (which of the two).
record() {
    local key=$1 t m c u
    local out="out_$key"
    [ -z "${!out:-}" ] || return 0
    shift
    if [ "$key" != wc ]; then
        [ "$MEM_LIMIT_MB" -eq 0 ] || set -- prlimit --as=$((MEM_LIMIT_MB * 1048576)) -- "$@"
        [ "$TIMEOUT" -eq 0 ] || set -- timeout --kill-after=10 "$TIMEOUT" "$@"
    fi
    read -r t m c u < <(measure "$@")
    if [ "$key" != wc ]; then
        if [ "$TIMEOUT" -gt 0 ] && { [ "$c" = 124 ] || [ "$c" = 137 ]; }; then
            printf -v "$out" '%s' ">"
            printf -v "why_$key" '%s' "stopped after TIMEOUT=${TIMEOUT}s"
            c=0
        elif [ "$MEM_LIMIT_MB" -gt 0 ] && [ "$c" = 134 ]; then
            printf -v "$out" '%s' ">"
            printf -v "why_$key" '%s' "aborted at MEM_LIMIT_MB=$MEM_LIMIT_MB (allocation failed)"
            c=0
        fi
    fi
    local bt="best_$key" bm="rss_$key" bc="rc_$key"
    if [ -z "${!bt:-}" ] || awk -v a="$t" -v b="${!bt}" 'BEGIN {exit !(a < b)}'; then
        printf -v "$bt" '%s' "$t"
        printf -v "cpu_$key" '%s' "$u"
        printf -v "stages_$key" '%s' "$(stage_summary "$BENCH_DIR/timings.last")"
    fi
    ((m > ${!bm:-0})) && printf -v "$bm" '%s' "$m"
    ((c > ${!bc:-0})) && printf -v "$bc" '%s' "$c"
    return 0
}

# "load+extract 24.95 s, compare 6.44 s, write 0.95 s CPU; peak 526 MiB" from the stage
# lines of one run (empty when it printed none, e.g. stopped by TIMEOUT).
stage_summary() {
    awk '{
        for (i = 1; i <= NF; i++) { if ($i == "cpu") c = $(i + 1); if ($i == "peak") p = $(i + 1) }
        s = s (s == "" ? "" : ", ") sprintf("%s %.2f s", $3, c - last); last = c
    } END { if (s != "") printf "%s CPU; peak %s MiB", s, p }' "$1" 2>/dev/null
}

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
fmt_rows=()
notes=()
growth=()
prev=""
for n in "${sizes[@]}"; do
    dir=$BENCH_DIR/corpus-$n
    stamp="seed=$SEED n=$n gen=$gen_sum"
    if [ ! -f "$dir.stamp" ] || [ "$(head -1 "$dir.stamp")" != "$stamp" ]; then
        log "generating $n articles into $dir"
        gen_out=$(python3 "$here/gen_corpus.py" "$n" "$dir" --seed "$SEED")
        printf '%s\n%s\n' "$stamp" "$gen_out" >"$dir.stamp"
    fi
    digest=$(sed -n 2p "$dir.stamp")
    list=$dir.files0
    find "$dir" -maxdepth 1 -name '*.txt' -print0 | sort -z >"$list"
    # Warm the page cache so that every command reads the same cached files.
    xargs -0 cat <"$list" >/dev/null
    words=$(LC_ALL=C.UTF-8 wc -w --files0-from="$list" | tail -1 | awk '{print $1}')
    bytes=$(LC_ALL=C.UTF-8 wc -c --files0-from="$list" | tail -1 | awk '{print $1}')
    log "N=$n: $words words, $bytes bytes; timing ($RUNS runs each)"

    # Interleaved, so that load from other processes falls on all three alike.
    unset stages_c1 best_wc best_c1 best_c2 rss_wc rss_c1 rss_c2 rc_wc rc_c1 rc_c2 out_c1 out_c2 why_c1 why_c2
    for ((i = 0; i < RUNS; i++)); do
        record wc env LC_ALL=C.UTF-8 wc -w --files0-from="$list"
        record c1 env RAYON_NUM_THREADS=1 CLAIMCMP_TIMINGS=1 "$bin" --format json "$dir"
        record c2 env RAYON_NUM_THREADS=2 "$bin" --format json "$dir"
    done
    wc_t=$best_wc wc_m=$rss_wc c1_t=$best_c1 c1_m=$rss_c1 c1_rc=${rc_c1:-0}
    c2_t=$best_c2 c2_m=$rss_c2 c2_rc=${rc_c2:-0}
    [ "$c1_rc" = 0 ] && [ "$c2_rc" = 0 ] || notes+=("N=$n: claimcmp exited with status $c1_rc (1 core) / $c2_rc (2 cores)")

    [ -z "${why_c1:-}" ] || notes+=("N=$n: claimcmp on 1 core ${why_c1}; its figures marked > or < are bounds")
    [ -z "${why_c2:-}" ] || notes+=("N=$n: claimcmp on 2 cores ${why_c2}; its figures marked > or < are bounds")
    row=$(awk -v n="$n" -v w="$words" -v b="$bytes" -v wt="$wc_t" -v wm="$wc_m" \
        -v t1="$c1_t" -v m1="$c1_m" -v t2="$c2_t" -v m2="$c2_m" -v o1="${out_c1:-}" -v o2="${out_c2:-}" 'BEGIN {
        u1 = o1 == ">" ? "<" : ""; u2 = o2 == ">" ? "<" : ""
        printf "| %d | %.1f | %.2f | %.3f | %.1f | %s%.3f | %s%.2f | %s%.2f | %s%.3f | %s%.2f | %s%.2f | %d | %s%d | %s%d |",
            n, w / 1e6, b / 1048576, wt, w / wt / 1e6,
            o1, t1, u1, w / t1 / 1e6, o1, t1 / wt, o2, t2, u2, w / t2 / 1e6, o2, t2 / wt,
            wm / 1024, o1, m1 / 1024, o2, m2 / 1024 }')
    log "$row"
    fmt_rows+=("$row")
    notes+=("N=$n CPU seconds (user+sys) of the fastest runs: wc $cpu_wc, claimcmp 1 core $cpu_c1, 2 cores $cpu_c2")
    [ -z "${stages_c1:-}" ] || notes+=("N=$n stages of the fastest 1-core run: ${stages_c1}")
    notes+=("N=$n corpus: $digest")
    # Growth from the previous size: near the article ratio means linear in the corpus.
    cur="$n $wc_t $c1_t $c2_t $c1_m"
    if [ -n "${out_c1:-}${out_c2:-}" ]; then
        growth+=("N $n: claimcmp runs were stopped, so no growth figure from the previous size")
        cur=""
    elif [ -n "$prev" ]; then
        growth+=("$(awk -v p="$prev" -v c="$cur" 'BEGIN {
            split(p, a, " "); split(c, b, " ")
            printf "N %d -> %d (x%.1f articles): wc time x%.2f, claimcmp time x%.2f (1 core) x%.2f (2 cores), claimcmp peak memory x%.2f",
                a[1], b[1], b[1] / a[1], b[2] / a[2], b[3] / a[3], b[4] / a[4], b[5] / a[5] }')")
    fi
    prev=$cur
done

{
    echo "Measured $(date -u '+%Y-%m-%d %H:%M UTC') on $(nproc) cores ($(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)),"
    echo "$(uname -sr), $(wc --version | head -1), claimcmp $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo '?')$(git -C "$root" diff --quiet HEAD -- src 2>/dev/null || echo '+dirty'); fastest of $RUNS interleaved runs, page cache warm;"
    echo "load average before: $load_before, after: $(cut -d' ' -f1-3 /proc/loadavg)."
    echo
    echo "| N articles | Mwords | MiB | wc -w s | wc Mw/s | 1 core s | 1 core Mw/s | 1 core / wc | 2 cores s | 2 cores Mw/s | 2 cores / wc | wc MiB | 1 core MiB | 2 cores MiB |"
    echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
    printf '%s\n' "${fmt_rows[@]}"
    echo
    [ "${#growth[@]}" -eq 0 ] || printf -- '- %s\n' "${growth[@]}"
    printf -- '- %s\n' "${notes[@]}"
} | tee "$OUT"
log "written: $OUT"
