#!/usr/bin/env bash
# Benchmarks (figures for docs/PERFORMANCE.md). Not timed tests.
#   tools/bench.sh [--tiny] [BUILDDIR]     default: 1,000,000 orders, build/release
# --tiny runs everything on a small database as a smoke test (CI).
set -euo pipefail
cd "$(dirname "$0")/.."
orders=1000000
per=200
if [ "${1:-}" = "--tiny" ]; then orders=2000; per=10; shift; fi
build=${1:-build/release}
if [ ! -x "$build/bench/bench_search" ]; then
    cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DAFTERSALES_BUILD_TESTS=OFF >/dev/null
    cmake --build "$build"
fi
export QT_QPA_PLATFORM=offscreen ASAN_OPTIONS=detect_leaks=0
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
db="$work/bench.db"

echo "## $(date -u +%Y-%m-%d) on $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem/{print $2}') GB"
echo
start=$(date +%s.%N)
"$build/app/aftersales-cli" --db "$db" demo --orders "$orders" --seed 1 --quiet
end=$(date +%s.%N)
echo "demo --orders $orders: $(echo "$end - $start" | bc) s; file $(du -h "$db" | cut -f1)"
echo

for b in "$build"/bench/bench_*; do
    [ -f "$b" ] && [ -x "$b" ] || continue
    echo "### $(basename "$b")"
    "$b" "$db" "$per"
    echo
done

echo "### GUI start (--smoke) and memory"
for i in 1 2 3; do
    /usr/bin/time -f "peak RSS %M KB" "$build/app/aftersales" --db "$db" --smoke 2>&1 | grep -E 'first page|peak RSS' | tr '\n' ' '
    echo
done
