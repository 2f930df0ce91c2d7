"""A witness of the hash chains' heads, kept outside the database beside vault.key.

Every hash chain (the ledger, and any later one) keeps its head in the `meta` table as
`<table>_head` = "seq:hash", where <table> has `seq` and `hash` columns. An insider with the
passphrase can rewrite rows and recompute a chain, or delete the newest rows and move the head
back: the database alone then looks whole. vault.witness remembers (seq, hash) of each head,
authenticated with an HMAC key derived from the database key (HKDF), so `check` names a chain
that no longer reaches the witnessed entry with the witnessed hash. The file holds no value of
the vault: each head is kept as its number and a keyed tag of its hash, not the hash itself.

Crash reasoning: the witness is written after the database commit, so a kill -9 in between
leaves it *behind*, never ahead. A witness that is behind is not tampering as long as the
database still holds the witnessed entry with the witnessed hash: the newer entries then
extend it (the area's own chain check proves they chain from it), and the next commit or
open moves the witness forward. It is moved forward only in that case; when the database no
longer extends it (entries deleted, rewritten or rolled back, e.g. a damaged WAL), the witness
is kept as it is, so the evidence stays until someone restores the vault.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
from pathlib import Path

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from kojin_desk.errors import Problem
from kojin_desk.store.atomic import atomic_write

FORMAT = "kojin-desk-witness"
SINCE_KEY = "witness_since"  # meta: from when on this vault has a witness (older vaults get one at first open)
_TABLE = re.compile(r"^[a-z][a-z_]*$")


def mac_key(db_key: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None,
                info=b"kojin-desk chain-head witness v1").derive(db_key)


def _mac(key: bytes, vault_id: str, heads: dict[str, str]) -> str:
    text = json.dumps([FORMAT, 1, vault_id, sorted(heads.items())], ensure_ascii=True)
    return hmac.new(key, text.encode("ascii"), hashlib.sha256).hexdigest()


def db_heads(conn) -> dict[str, tuple[int, str]]:
    """Each chain's head as the database states it: {"ledger": (120, "ab12…")}."""
    rows = conn.execute("SELECT key, value FROM meta WHERE substr(key, -5) = '_head'").fetchall()
    heads = {}
    for key, value in rows:
        if _TABLE.match(key[:-5]):
            try:
                heads[key[:-5]] = _parse(value)
            except ValueError:
                heads[key[:-5]] = (0, "")
    return heads


def _label(table: str) -> str:
    from kojin_desk.i18n import pick

    names = {"ledger": ("取扱台帳", "The handling ledger"), "document_chain": ("発行済み文書", "Issued documents")}
    return pick(*names[table]) if table in names else table


def _parse(head: str) -> tuple[int, str]:
    seq, _, digest = head.partition(":")
    return int(seq), digest


class Witness:
    """The file and its key; `heads` is what the file last said (None: no file, or unreadable)."""

    def __init__(self, path: Path, db_key: bytes, vault_id: str) -> None:
        self.path = Path(path)
        self._key = mac_key(db_key)
        self.vault_id = vault_id
        self.state = "missing"  # missing | ok | damaged
        self.heads: dict[str, str] = {}
        self._read()

    def _read(self) -> None:
        self.state, self.heads = "missing", {}
        try:
            doc = json.loads(self.path.read_bytes())
        except FileNotFoundError:
            return
        except (OSError, ValueError):
            self.state = "damaged"
            return
        heads = doc.get("heads") if isinstance(doc, dict) else None
        ok = (isinstance(heads, dict) and doc.get("format") == FORMAT and doc.get("vault_id") == self.vault_id
              and all(isinstance(k, str) and isinstance(v, str) for k, v in heads.items())
              and hmac.compare_digest(str(doc.get("mac", "")), _mac(self._key, self.vault_id, heads)))
        if ok:
            try:
                for v in heads.values():
                    _parse(v)
            except ValueError:
                ok = False
        self.state, self.heads = ("ok", dict(heads)) if ok else ("damaged", {})

    def _tag(self, table: str, seq: int, digest: str) -> str:
        return f"{seq}:" + hmac.new(self._key, f"{table}|{seq}|{digest}".encode(), hashlib.sha256).hexdigest()

    def _tags(self, heads: dict[str, tuple[int, str]]) -> dict[str, str]:
        return {t: self._tag(t, seq, digest) for t, (seq, digest) in heads.items()}

    def _write(self, heads: dict[str, str]) -> None:
        doc = {"format": FORMAT, "version": 1, "vault_id": self.vault_id, "heads": heads,
               "mac": _mac(self._key, self.vault_id, heads)}
        atomic_write(self.path, json.dumps(doc, indent=1, sort_keys=True).encode("ascii"))
        self.state, self.heads = "ok", dict(heads)

    # --- the rule ----------------------------------------------------------------------------
    def _extends(self, conn, table: str, witnessed: str) -> bool:
        """Does the database still hold the witnessed head entry, with the witnessed hash?"""
        seq, _ = _parse(witnessed)
        if seq == 0:
            return True
        try:
            row = conn.execute(f"SELECT hash FROM {table} WHERE seq = ?", (seq,)).fetchone()
        except Exception:  # the table itself is gone: certainly not an extension
            return False
        return row is not None and hmac.compare_digest(self._tag(table, seq, str(row[0])), witnessed)

    def restart(self, conn) -> None:
        """A vault restored from a verified backup: its heads are witnessed as they are now."""
        self._write(self._tags(db_heads(conn)))
        conn.execute("INSERT OR IGNORE INTO meta VALUES (?, '1')", (SINCE_KEY,))

    def follow(self, conn) -> None:
        """After a commit or at open: move the witness to the database's heads when they extend it."""
        if self.state == "damaged":
            return  # keep the evidence; check names it
        if self.state == "missing":
            since = conn.execute("SELECT 1 FROM meta WHERE key = ?", (SINCE_KEY,)).fetchone()
            if since:
                return  # it was there and is gone: check names it
            self._write(self._tags(db_heads(conn)))
            conn.execute("INSERT OR IGNORE INTO meta VALUES (?, '1')", (SINCE_KEY,))
            return
        current = self._tags(db_heads(conn))
        if current == self.heads:
            return
        if all(self._extends(conn, t, h) for t, h in self.heads.items()):
            self._write({**self.heads, **current})

    def problems(self, conn) -> list[Problem]:
        """What `check` reports: a missing or forged witness, a chain rolled back or rewritten."""
        self._read()  # as the file is now, not as it was at open
        if self.state == "damaged":
            return [Problem("witness_damaged", {"path": self.path.name})]
        if self.state == "missing":
            since = conn.execute("SELECT 1 FROM meta WHERE key = ?", (SINCE_KEY,)).fetchone()
            return [Problem("witness_missing", {"path": self.path.name})] if since else []
        found = []
        current = db_heads(conn)
        for table, witnessed in sorted(self.heads.items()):
            seq, _ = _parse(witnessed)
            if self._extends(conn, table, witnessed):
                continue
            db_seq = current[table][0] if table in current else 0
            if db_seq < seq:
                found.append(Problem("chain_rolled_back", {"chain": _label(table), "seq": seq, "found": db_seq}))
            else:
                found.append(Problem("chain_rewritten", {"chain": _label(table), "seq": seq}))
        return found
