"""The shared hostile strings (../shared/testdata, or the copy in tests/data in a clean clone)."""

from __future__ import annotations

from pathlib import Path

HOSTILE_FILE = Path(__file__).resolve().parents[2] / "shared" / "testdata" / "hostile_strings.txt"
LOCAL_HOSTILE = Path(__file__).resolve().parent / "data" / "hostile_strings.txt"


def hostile_strings() -> list[str]:
    """Every case of the shared hostile-strings file, decoded (LONG:N:TEXT expanded)."""
    source = HOSTILE_FILE if HOSTILE_FILE.exists() else LOCAL_HOSTILE
    out = []
    for line in source.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        if line.startswith("LONG:"):
            _, n, text = line.split(":", 2)
            out.append((text * (int(n) // len(text) + 1))[: int(n)])
            continue
        out.append(line.encode("latin-1", "backslashreplace").decode("unicode_escape"))
    return out
