"""Numbered schema migrations (one file per step in `migrations/`); `PRAGMA user_version` holds the vault's format."""

from __future__ import annotations

from collections.abc import Callable

from kojin_desk.errors import VaultTooNew
from kojin_desk.i18n import msg
from kojin_desk.progress import report
from kojin_desk.store.migrations import STEPS

LATEST = len(STEPS)
# Tables of the kernel itself; every other table belongs to exactly one area (a test checks this).
KERNEL_TABLES = ("meta", "office", "contracts", "drafts", "documents", "document_chain")


def _triggers() -> dict[str, str]:
    """Every trigger the migrations create, by name, with its SQL as written there."""
    import re

    found = {}
    for script in (step.SQL for step in STEPS):
        for m in re.finditer(r"CREATE TRIGGER (\w+)\b.*?\bEND;", script, re.S):
            found[m.group(1)] = m.group(0)[:-1]
    return found


def first_step(tables) -> int:
    """The first schema step that creates one of `tables` (1 when none does): dumps older than it lack them."""
    import re

    steps = [n for n, step in enumerate(STEPS, start=1) for t in tables
             if re.search(rf"CREATE TABLE {re.escape(t)}\b", step.SQL)]
    return min(steps, default=1)


def _words(sql: str) -> str:
    return " ".join(sql.split())


def altered_triggers(conn) -> list[str]:
    """Names of the protecting triggers (append-only, immutable) that were dropped or rewritten."""
    have = dict(conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").fetchall())
    return [name for name, sql in _triggers().items() if _words(have.get(name) or "") != _words(sql)]


def migrate(conn, backup: Callable[[int], None], target: int = LATEST) -> int:
    """Bring the vault to `target`, one transaction per step, after a backup. Returns the old version."""
    current = conn.execute("PRAGMA user_version").fetchone()[0]
    if current > LATEST:
        raise VaultTooNew(current, LATEST)
    if 0 < current < target:
        report(0, 0, msg("progress_migrate_backup"))
        backup(current)
    label, steps = msg("progress_migrate"), target - current
    for version in range(current + 1, target + 1):
        step = STEPS[version - 1]
        # A step over a big vault (an index on a million entries) runs for seconds: keep telling, as
        # busy (no step says how far its SQL is).
        report(0, 0, label)
        conn.set_progress_handler(lambda: report(0, 0, label), PROGRESS_EVERY)
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
        finally:
            conn.set_progress_handler(None, 0)
    if steps > 0:
        report(steps, steps, label)
    return current


PROGRESS_EVERY = 5_000_000  # SQLite VM instructions between two reports (some tens of milliseconds)
