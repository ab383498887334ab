#!/usr/bin/env bash
# Install what is missing, build (Release) and start the GUI on the default database.
# Extra arguments go to the program (e.g. --db PATH, --shared, --lang zh_CN).
set -euo pipefail
cd "$(dirname "$0")"
source tools/deps.sh
ensure_packages "${AFTERSALES_BUILD_PACKAGES[@]}"

cmake -S . -B build/release -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DAFTERSALES_BUILD_TESTS=OFF -DAFTERSALES_BUILD_BENCH=OFF >/dev/null
cmake --build build/release --target aftersales aftersales-cli

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    echo "No display found: checking that the program starts (offscreen) instead of opening a window."
    QT_QPA_PLATFORM=offscreen exec build/release/app/aftersales --smoke "$@"
fi
exec build/release/app/aftersales "$@"
