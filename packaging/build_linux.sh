#!/usr/bin/env bash
# Build the one-folder frozen app: dist/kojin_desk/kojin_desk (Linux; the spec serves Windows/macOS too).
#     bash packaging/build_linux.sh            # uses .venv (made by .ci/run or the README's start command)
# PYTHON=/path/to/python picks another environment; it must have kojin-desk's dependencies installed.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-.venv/bin/python}"
PYINSTALLER_VERSION="6.22.3"

if ! "$PYTHON" -m PyInstaller --version 2>/dev/null | grep -qx "$PYINSTALLER_VERSION"; then
  "$PYTHON" -m pip install -q "pyinstaller==$PYINSTALLER_VERSION"
fi
start=$(date +%s)
"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/kojin_desk.spec
echo "built dist/kojin_desk in $(( $(date +%s) - start )) s, $(du -sm dist/kojin_desk | cut -f1) MB"
