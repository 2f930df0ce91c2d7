"""Numbered schema migrations (one file per step in `migrations/`); `PRAGMA user_version` holds the vault's format."""

from __future__ import annotations

from collections.abc import Callable

from kojin_desk.errors import VaultTooNew
from kojin_desk.store.migrations import STEPS

LATEST = len(STEPS)
# Tables of the kernel itself; every other table belongs to exactly one area (a test checks this).
KERNEL_TABLES = ("meta", "office", "contracts", "drafts", "documents")


def migrate(conn, backup: Callable[[int], None], target: int = LATEST) -> int:
    """Bring the vault to `target`, one transaction per step, after a backup. Returns the old version."""
    current = conn.execute("PRAGMA user_version").fetchone()[0]
    if current > LATEST:
        raise VaultTooNew(current, LATEST)
    if 0 < current < target:
        backup(current)
    for version in range(current + 1, target + 1):
        step = STEPS[version - 1]
        try:
            conn.executescript(f"BEGIN; {step.SQL}")
            if hasattr(step, "upgrade"):
                step.upgrade(conn)
            conn.execute(f"PRAGMA user_version = {version}")
            conn.execute("COMMIT")
        except Exception:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
    return current
