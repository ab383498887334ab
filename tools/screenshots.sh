#!/usr/bin/env bash
# Screenshots of every page and its main dialogs, in English, Simplified and
# Traditional Chinese, from the GUI running under Xvfb on a demo database.
#   tools/screenshots.sh [OUTDIR] [BUILDDIR]
# Look at the PNGs before calling any UI work done.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-screenshots}
build=${2:-build/release}
if [ ! -x "$build/app/aftersales" ]; then
    cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DAFTERSALES_BUILD_TESTS=OFF -DAFTERSALES_BUILD_BENCH=OFF >/dev/null
fi
cmake --build "$build" --target aftersales aftersales-cli >/dev/null
db=$(mktemp -d)/screens.db
"$build/app/aftersales-cli" --db "$db" demo --orders 3000 --seed 42 --quiet >/dev/null
mkdir -p "$out"
export ASAN_OPTIONS=detect_leaks=0
for lang in en zh_CN zh_TW; do
    XDG_CONFIG_HOME=$(mktemp -d) xvfb-run -a -s "-screen 0 1400x900x24" \
        "$build/app/aftersales" --db "$db" --lang "$lang" --screenshots "$out"
done
ls -1 "$out"/*.png
