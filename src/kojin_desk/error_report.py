"""A report of an unexpected error that a user can send: where it happened, never what it was about.

Only the exception's type, the module, function and line of each frame, the app version and the OS go
in. Exception messages, local variables, SQL parameters and file paths are left out: they may quote
names and addresses from the vault (a message like "no such person: 𠮷田") or the user's own folder.
"""

from __future__ import annotations

import platform
from datetime import datetime
from pathlib import Path
from types import TracebackType

from kojin_desk import __version__
from kojin_desk.paths import report_dir
from kojin_desk.store.atomic import atomic_write

_MAX_CHAIN = 5


def _frames(tb: TracebackType | None) -> list[str]:
    lines = []
    while tb is not None:
        module = tb.tb_frame.f_globals.get("__name__", "?")
        lines.append(f"  {module} {tb.tb_frame.f_code.co_name} line {tb.tb_lineno}")
        tb = tb.tb_next
    return lines


def _type_name(kind: type) -> str:
    module = getattr(kind, "__module__", "")
    return kind.__qualname__ if module in ("builtins", "") else f"{module}.{kind.__qualname__}"


def report_text(error: BaseException, extra: dict[str, str] | None = None) -> str:
    """The report: the error's type and frames (with its causes), the app and the system."""
    lines = ["kojin_desk error report", f"version: {__version__}",
             f"os: {platform.system()} {platform.release()} ({platform.machine()})",
             f"python: {platform.python_version()}"]
    lines += [f"{key}: {value}" for key, value in (extra or {}).items()]
    seen: set[int] = set()
    current: BaseException | None = error
    for _ in range(_MAX_CHAIN):
        if current is None or id(current) in seen:
            break
        seen.add(id(current))
        lines.append(f"error: {_type_name(type(current))}")
        lines.append("frames (innermost last):")
        lines += _frames(current.__traceback__)
        current = current.__cause__ or current.__context__
        if current is not None:
            lines.append("caused by:")
    return "\n".join(lines) + "\n"


def write_report(error: BaseException, extra: dict[str, str] | None = None, folder: Path | None = None) -> Path:
    """Write the report into the app's own report folder; its path (the user may send the file)."""
    folder = Path(folder) if folder else report_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"error-{datetime.now():%Y%m%d-%H%M%S-%f}.txt"
    atomic_write(path, report_text(error, extra).encode("utf-8"))
    return path

