"""Progress of long work (demo builds, load, dump, check, CSV export, printing), without Qt.

Work tells a `Progress` callback `(done, total, label)` every so often; `total` 0 means "no count known".
The command line shows it as one line on stderr (`CliLine`), the GUI as a progress dialog. A GUI's
callback may raise `Cancelled` to stop work that keeps nothing until it ends (an export, a print, a demo
or a load into a staging folder).

Code deep inside an area (the ledger's chain under `check`, the demo ledger) reports through `report` to
the callback of the work it is part of (`reporting`), so the area contract carries no parameter for it.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import TypeVar

Progress = Callable[[int, int, str], None]
T = TypeVar("T")
EVERY = 2000  # items between two reports: cheap next to the work, often enough for a smooth bar


class Cancelled(Exception):
    """Raised by a progress callback when the person stopped the work (nothing of it is kept)."""


def silent(done: int, total: int, label: str) -> None:
    """The default: no one is watching."""


_current: ContextVar[Progress] = ContextVar("kojin_desk_progress", default=silent)


@contextmanager
def reporting(progress: Progress | None) -> Iterator[None]:
    """While inside, `report` goes to `progress`."""
    token = _current.set(progress or silent)
    try:
        yield
    finally:
        _current.reset(token)


def report(done: int, total: int, label: str) -> None:
    _current.get()(done, total, label)


def counted(items: Iterable[T], total: int, label: str, progress: Progress | None = None,
            every: int = EVERY) -> Iterator[T]:
    """Yield `items`, telling `progress` (default: `report`) 0 first, then every `every` items, then the
    count reached at the end."""
    tell = progress or report
    done = 0
    tell(0, total, label)
    for item in items:
        yield item
        done += 1
        if done % every == 0:
            tell(done, total, label)
    tell(done, total, label)


def is_terminal(stream) -> bool:
    isatty = getattr(stream, "isatty", None)  # a windowed app may have no stderr at all
    return bool(isatty and isatty())


class CliLine:
    """`label 123,456 / 1,000,000 (12%)` on stderr, redrawn in place with a carriage return (at most ten
    times a second) while stderr is a terminal; `finish()` clears it. Nothing at all is written when
    stderr is a file or a pipe: scripts read stdout and stderr unchanged."""

    def __init__(self, stream=None, tty: bool | None = None) -> None:
        self.stream = stream or sys.stderr
        self.shown = is_terminal(self.stream) if tty is None else tty
        self._last, self._label, self._drawn = 0.0, None, False

    def __call__(self, done: int, total: int, label: str) -> None:
        if not self.shown:
            return
        now = time.monotonic()
        if label == self._label and now - self._last < 0.1 and done != total:
            return
        self._last, self._label = now, label
        count = f"{done:,} / {total:,} ({100 * done // total}%)" if total > 0 else (f"{done:,}" if done else "…")
        self.stream.write(f"\r{label} {count}\x1b[K")
        self.stream.flush()
        self._drawn = True

    def finish(self) -> None:
        if self._drawn:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self._drawn = False


@contextmanager
def cli_line(stream=None, tty: bool | None = None) -> Iterator[CliLine]:
    line = CliLine(stream, tty)
    try:
        yield line
    finally:
        line.finish()
