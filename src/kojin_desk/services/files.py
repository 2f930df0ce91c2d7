"""Files the user asked for (a PDF, a CSV, a scan saved out): written whole or not at all."""

from __future__ import annotations

from pathlib import Path

from kojin_desk.store.atomic import atomic_write


def save_file(path: Path, data: bytes) -> None:
    atomic_write(Path(path), data)
