#!/usr/bin/env bash
# A private CUPS server with one cups-pdf queue, for the printing tests (label print).
#   tools/cups-test-queue.sh start|stop
# start prints the environment the tests need:
#   CUPS_SERVER=<socket>  AFTERSALES_TEST_PRINTER=<queue>  AFTERSALES_TEST_PRINTER_OUT=<folder with the PDFs>
# The server listens only on a Unix socket under $dir; the system's CUPS (if any) is not touched, except
# for the cups-pdf configuration file /etc/cups/cups-pdf-aftersales-test.conf that cups-pdf reads.
set -euo pipefail
action=${1:?start or stop}
dir=${AFTERSALES_CUPS_DIR:-/tmp/aftersales-cups}
queue=AftersalesTestPDF
conf=/etc/cups/cups-pdf-aftersales-test.conf
case "$action" in
start)
    command -v cupsd >/dev/null || { echo "cupsd not found (package cups)" >&2; exit 1; }
    [ -x /usr/lib/cups/backend/cups-pdf ] || { echo "cups-pdf backend not found (package printer-driver-cups-pdf)" >&2; exit 1; }
    if [ -f "$dir/cupsd.pid" ] && kill -0 "$(cat "$dir/cupsd.pid")" 2>/dev/null; then
        :
    else
        rm -rf "$dir"
        mkdir -p "$dir"/{etc/ppd,spool/tmp,cache,state,log,out}
        chmod 1777 "$dir/out" "$dir/spool/tmp"
        cat >"$dir/etc/cups-files.conf" <<CONF
ServerRoot $dir/etc
RequestRoot $dir/spool
TempDir $dir/spool/tmp
CacheDir $dir/cache
StateDir $dir/state
ErrorLog $dir/log/error_log
AccessLog $dir/log/access_log
PageLog $dir/log/page_log
FileDevice No
CONF
        cat >"$dir/etc/cupsd.conf" <<CONF
Listen $dir/cups.sock
LogLevel warn
Browsing No
WebInterface No
DefaultAuthType None
<Location />
  Order allow,deny
  Allow all
</Location>
<Policy default>
  <Limit All>
    Order allow,deny
    Allow all
  </Limit>
</Policy>
CONF
        cat >"$conf" <<CONF
Out $dir/out
AnonDirName $dir/out
Label 1
UserUMask 0000
Grp root
CONF
        cupsd -f -c "$dir/etc/cupsd.conf" -s "$dir/etc/cups-files.conf" </dev/null >"$dir/log/cupsd.out" 2>&1 &
        echo $! >"$dir/cupsd.pid"
        for _ in $(seq 50); do [ -S "$dir/cups.sock" ] && break; sleep 0.1; done
        [ -S "$dir/cups.sock" ] || { echo "cupsd did not start; see $dir/log/error_log" >&2; exit 1; }
        ppd=$(ls /usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd /usr/share/ppd/cups-pdf/*.ppd 2>/dev/null | head -n 1)
        # pdftocairo keeps the embedded fonts' text through the PostScript step (the default renderer turns
        # them into Type 3 glyphs that no longer read as text).
        CUPS_SERVER="$dir/cups.sock" lpadmin -p "$queue" -v "cups-pdf:/aftersales-test" -P "$ppd" -E \
            -o pdftops-renderer-default=pdftocairo 2>/dev/null
        CUPS_SERVER="$dir/cups.sock" cupsenable "$queue"
        CUPS_SERVER="$dir/cups.sock" cupsaccept "$queue"
    fi
    echo "CUPS_SERVER=$dir/cups.sock AFTERSALES_TEST_PRINTER=$queue AFTERSALES_TEST_PRINTER_OUT=$dir/out"
    ;;
stop)
    if [ -f "$dir/cupsd.pid" ]; then
        kill "$(cat "$dir/cupsd.pid")" 2>/dev/null || true
        sleep 0.2
    fi
    rm -rf "$dir" "$conf"
    ;;
esac
