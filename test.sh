#!/usr/bin/env bash
# Install what is missing, build the test configuration (warnings as errors,
# AddressSanitizer, UBSan) and run every test headless. Non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")"
source tools/deps.sh
ensure_packages "${AFTERSALES_BUILD_PACKAGES[@]}" "${AFTERSALES_TEST_PACKAGES[@]}"

export QT_QPA_PLATFORM=offscreen
export ASAN_OPTIONS=detect_leaks=0
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}
build=build/test

echo "== translations complete (lupdate into temporary copies; the working tree is not touched)"
tools/check-translations.sh

cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DAFTERSALES_TEST_BUILD=ON >/dev/null
cmake --build "$build"

echo "== PostgreSQL cluster on loopback for the pg label"
tools/pg-test-cluster.sh start >/dev/null
trap 'tools/pg-test-cluster.sh stop; tools/cups-test-queue.sh stop' EXIT
echo "== private CUPS server with a cups-pdf queue for the print label"
if cups_env=$(tools/cups-test-queue.sh start); then export $cups_env; else echo "(CUPS could not start: the CUPS print test will be skipped)"; fi

echo "== unit, CLI and UI tests (core suite on SQLite and on PostgreSQL)"
ctest --test-dir "$build" -j2 --output-on-failure --timeout 600

echo "== GUI smoke start on a demo database"
smoke=$(mktemp -d)
"$build/app/aftersales-cli" --db "$smoke/smoke.db" demo --orders 2000 --seed 1 --quiet
"$build/app/aftersales" --db "$smoke/smoke.db" --smoke
rm -rf "$smoke"

echo "== Debian package: build, lintian, install into a temporary root, run the installed CLI"
tools/package-test.sh

echo "== benchmarks (tiny size, smoke only)"
tools/bench.sh --tiny "$build"

echo "All tests passed."
