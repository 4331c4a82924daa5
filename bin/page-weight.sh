#!/usr/bin/env bash
# Page weight of the main pages: HTML, CSS and JavaScript, as sent (gzip, which the server applies when
# the browser asks) and unpacked, before images. Usage:
#   bin/page-weight.sh BASE_URL [MEMBER PASSWORD] PATH...
# e.g. after `./mandate demo`:
#   bin/page-weight.sh http://127.0.0.1:8080 m0384 mandate-demo-2026 / /bodies/old-town-hood /federation
# Each page's weight counts the stylesheet and every script the page names, as a first visit loads them.
set -euo pipefail
base="$1"; shift
jar="$(mktemp)"; trap 'rm -f "$jar"' EXIT
if [ $# -ge 2 ] && [[ "$1" != /* ]]; then
  curl -s -o /dev/null -c "$jar" --data-urlencode "member=$1" --data-urlencode "password=$2" "$base/login"
  shift 2
fi
size() { # url -> "sent unpacked"
  local sent raw
  sent=$(curl -s -b "$jar" -H 'Accept-Encoding: gzip' -o /dev/null -w '%{size_download}' "$1")
  raw=$(curl -s -b "$jar" -o /dev/null -w '%{size_download}' "$1")
  echo "$sent $raw"
}
printf '%-40s %10s %10s %12s %12s\n' page html-sent html-raw total-sent total-raw
for path in "$@"; do
  html="$(curl -s -b "$jar" "$base$path")"
  read -r hs hr < <(size "$base$path")
  ts=$hs; tr=$hr
  for asset in $(grep -oE '(href|src)="/assets/[^"]+"' <<<"$html" | sed -E 's/^(href|src)="//; s/"$//' | sort -u); do
    read -r as ar < <(size "$base$asset")
    ts=$((ts + as)); tr=$((tr + ar))
  done
  printf '%-40s %10d %10d %12d %12d\n' "$path" "$hs" "$hr" "$ts" "$tr"
done
