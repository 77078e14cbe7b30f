#!/usr/bin/env bash
# Measures what a member's browser downloads for the first view of a page, compressed as the
# published portal serves it (Release build, Development data so that the demo accounts exist).
# Usage: scripts/measure-page-weight.sh [path] [e-mail]    (defaults: / member@alliance.test)
set -euo pipefail
cd "$(dirname "$0")/.."
path="${1:-/}"
email="${2:-member@alliance.test}"
port=5191
out="$(mktemp -d)"
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$out"' EXIT

dotnet publish src/Alliance.Web -c Release -o "$out/app" -v q >/dev/null
(cd "$out/app" && ASPNETCORE_ENVIRONMENT=Development Seed__Demo=true \
    exec dotnet Alliance.Web.dll --urls "http://127.0.0.1:$port" >"$out/portal.log" 2>&1) &
pid=$!
for _ in $(seq 60); do curl -sf "http://127.0.0.1:$port/health" >/dev/null && break; sleep 1; done

jar="$out/cookies"
token=$(curl -s -c "$jar" -b "$jar" "http://127.0.0.1:$port/Account/Login" \
    | grep -o 'name="__RequestVerificationToken" value="[^"]*"' | sed 's/.*value="//;s/"$//')
curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode "__RequestVerificationToken=$token" -d "_handler=login" \
    --data-urlencode "Input.Email=$email" --data-urlencode "Input.Password=demo-alliance-2018" "http://127.0.0.1:$port/Account/Login"

fetch() { # prints the bytes on the wire for one URL, as a browser asking for br/gzip gets it
    curl -s -b "$jar" -H 'Accept-Encoding: br, gzip' -o "$out/body" -w '%{size_download}' "http://127.0.0.1:$port/$1"
}
html_wire=$(fetch "${path#/}")
curl -s -b "$jar" "http://127.0.0.1:$port/${path#/}" -o "$out/page.html"
html_raw=$(wc -c <"$out/page.html")
html_gzip=$(gzip -9 -c "$out/page.html" | wc -c)
printf '%-55s %9s %9s\n' "resource" "raw" "on wire"
printf '%-55s %9d %9d   (gzip -9 of the HTML: %d)\n' "$path (HTML)" "$html_raw" "$html_wire" "$html_gzip"
total=$html_wire
for asset in $(grep -oE '(href|src)="[^"]+\.(css|js)"' "$out/page.html" | sed -E 's/^(href|src)="//;s/"$//'); do
    raw=$(curl -s -b "$jar" -o /dev/null -w '%{size_download}' "http://127.0.0.1:$port/$asset")
    wire=$(fetch "$asset")
    printf '%-55s %9d %9d\n' "$asset" "$raw" "$wire"
    total=$((total + wire))
done
printf '%-55s %9s %9d\n' "total on wire" "" "$total"
printf 'scripts on the page: %d\n' "$(grep -c '<script' "$out/page.html" || true)"
