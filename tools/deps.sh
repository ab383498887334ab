#!/usr/bin/env bash
# Debian 12 packages the project needs; sourced by run.sh and test.sh.
# ensure_packages [extra...]: install (apt-get) whatever is missing.

AFTERSALES_BUILD_PACKAGES=(
    cmake ninja-build g++ ccache pkg-config file dpkg-dev
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libqt6opengl6-dev libgl-dev libvulkan-dev libqt6svg6
    libqt6sql6-sqlite libqt6sql6-psql qt6-qpa-plugins qt6-translations-l10n
    libsqlite3-dev libsodium-dev libzint-dev libqrencode-dev libxlsxwriter-dev libzip-dev
    fonts-noto-cjk fonts-dejavu-core
    libsqlite3-dev libsodium-dev libzint-dev libqrencode-dev libxlsxwriter-dev libzip-dev libicu-dev
    fonts-noto-cjk
)
AFTERSALES_TEST_PACKAGES=(
    libgtest-dev googletest libbenchmark-dev sqlite3
    xvfb xauth poppler-utils zbar-tools python3-openpyxl
    cups cups-bsd printer-driver-cups-pdf
    postgresql desktop-file-utils lintian time bc
)

ensure_packages() {
    local missing=()
    local p
    for p in "$@"; do
        if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$p")
        fi
    done
    if [ ${#missing[@]} -eq 0 ]; then
        return 0
    fi
    echo "Installing: ${missing[*]}"
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        sudo="sudo"
    fi
    export DEBIAN_FRONTEND=noninteractive
    $sudo apt-get update -q
    $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
}
