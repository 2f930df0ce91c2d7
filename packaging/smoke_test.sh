#!/usr/bin/env bash
# Smoke test of a frozen build, headless: --version, forms render, demo + check, the GUI up to its
# unlock window (offscreen). Works on Linux, macOS and Windows (Git Bash).
#     bash packaging/smoke_test.sh [dist/kojin_desk]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
bundle="${1:-$here/../dist/kojin_desk}"
# The command-line executable: kojin-desk.exe on Windows (kojin_desk.exe has no console there).
for name in kojin-desk.exe kojin_desk.exe kojin_desk; do
  if [ -x "$bundle/$name" ]; then exe="$bundle/$name"; break; fi
done
[ -n "${exe:-}" ] || { echo "smoke: no executable in $bundle (build it: bash packaging/build_linux.sh)"; exit 1; }
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
export KOJIN_DESK_LANG=en KOJIN_DESK_PASSPHRASE="smoke-test-passphrase"
# macOS has no timeout(1); there a hung step is left to the CI job's own time limit.
if command -v timeout >/dev/null 2>&1; then run() { timeout 120 "$exe" "$@"; }; else run() { "$exe" "$@"; }; fi

echo "smoke: $exe"
version="$(run --version)"
[ "$version" = "kojin-desk $(grep -m1 '^version' "$here/../pyproject.toml" | cut -d'"' -f2)" ] \
  || { echo "smoke: --version printed '$version'"; exit 1; }
echo "ok  --version: $version"

run forms render destruction_certificate --data "$here/smoke_certificate.json" --out "$tmp/certificate.pdf" >/dev/null
[ "$(head -c 5 "$tmp/certificate.pdf")" = "%PDF-" ] && [ "$(wc -c < "$tmp/certificate.pdf")" -gt 10000 ] \
  || { echo "smoke: forms render wrote no PDF"; exit 1; }
echo "ok  forms render destruction_certificate: $(wc -c < "$tmp/certificate.pdf") bytes"

run demo --data-dir "$tmp/vault" --ledger-entries 30 >/dev/null
check="$(run check --data-dir "$tmp/vault")"
[ "$check" = "No problems found." ] || { echo "smoke: check said: $check"; exit 1; }
echo "ok  demo + check: $check"

shown="$(QT_QPA_PLATFORM=offscreen KOJIN_DESK_BENCH=unlock_shown run gui --data-dir "$tmp/vault" 2>/dev/null)"
case "$shown" in
  "unlock_shown "*) echo "ok  gui reached the unlock window offscreen (${shown#unlock_shown } s after start)";;
  *) echo "smoke: the GUI did not reach the unlock window: '$shown'"; exit 1;;
esac
echo "smoke: all 4 steps ok"
