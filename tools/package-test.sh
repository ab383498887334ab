#!/usr/bin/env bash
# Build the Debian package (Release, stripped), check it (lintian: no errors;
# desktop-file-validate), unpack it into a temporary root with dpkg -x and run the
# installed aftersales-cli: --version, man page, and an import.
#   tools/package-test.sh [BUILDDIR]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/package}
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DAFTERSALES_BUILD_TESTS=OFF -DAFTERSALES_BUILD_BENCH=OFF >/dev/null
cmake --build "$build" >/dev/null
rm -f "$build"/aftersales_*.deb
(cd "$build" && cpack -G DEB >/dev/null)
deb=$(ls "$build"/aftersales_*.deb)
echo "== package: $deb"
dpkg-deb --info "$deb" | sed -n '/Package:/,/Description:/p'

echo "== desktop-file-validate"
desktop-file-validate packaging/aftersales.desktop

echo "== lintian (errors fail)"
lintian --fail-on error --suppress-tags no-manual-page "$deb" || { echo "lintian reported errors"; exit 1; }

root=$(mktemp -d)
work=$(mktemp -d)
trap 'rm -rf "$root" "$work"' EXIT
dpkg -x "$deb" "$root"
for f in usr/bin/aftersales usr/bin/aftersales-cli usr/share/applications/aftersales.desktop \
         usr/share/icons/hicolor/scalable/apps/aftersales.svg usr/share/man/man1/aftersales-cli.1.gz \
         usr/share/doc/aftersales/copyright; do
    [ -e "$root/$f" ] || { echo "missing in the package: $f"; exit 1; }
done
desktop-file-validate "$root/usr/share/applications/aftersales.desktop"
man -l "$root/usr/share/man/man1/aftersales-cli.1.gz" >/dev/null 2>&1 || zcat "$root/usr/share/man/man1/aftersales-cli.1.gz" | grep -q "import"

echo "== installed aftersales-cli"
cli="$root/usr/bin/aftersales-cli"
"$cli" --version | grep -q '^aftersales-cli [0-9]'
"$cli" --version
"$cli" --db "$work/pkg.db" init >/dev/null
"$cli" --db "$work/pkg.db" import customers tests/data/import/customers_zh.csv
"$cli" --db "$work/pkg.db" import customers tests/data/import/customers.xlsx
"$cli" --db "$work/pkg.db" export orders --format xlsx --out "$work/orders.xlsx" >/dev/null
"$cli" --db "$work/pkg.db" check | grep -qx ok
echo "package ok"
