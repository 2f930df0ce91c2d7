"""Where a hash chain has reached (the ledger's, the issued documents'): "seq:hash" under its key in `meta`,
which the witness beside the vault follows (every key ending in `_head`)."""

from __future__ import annotations

GENESIS = "0" * 64  # the previous hash of a chain's first link


def read(conn, key: str) -> tuple[int, str]:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    if not row:
        return 0, GENESIS
    seq, _, digest = row[0].partition(":")
    return int(seq), digest


def write(conn, key: str, seq: int, digest: str) -> None:
    conn.execute("INSERT INTO meta VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                 (key, f"{seq}:{digest}"))
