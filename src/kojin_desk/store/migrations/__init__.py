"""The vault's schema steps, one file per step: `stepNN_<what>.py` with `SQL` and, where data must be
rewritten (key rotation, erase), an `upgrade(conn)` that runs after the SQL in the same transaction."""

from __future__ import annotations

import importlib
import pkgutil
from types import ModuleType


def _steps() -> list[ModuleType]:
    names = sorted(m.name for m in pkgutil.iter_modules(__path__) if m.name.startswith("step"))
    steps = [importlib.import_module(f"{__name__}.{name}") for name in names]
    numbers = [int(name[4:6]) for name in names]
    if numbers != list(range(1, len(steps) + 1)):  # a gap or a duplicate would skip or repeat a step
        raise RuntimeError(f"migration steps are not numbered 1..n: {names}")
    return steps


STEPS = _steps()
