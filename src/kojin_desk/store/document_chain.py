"""The issued documents' hash chain: one link per document, in issue order, over its metadata, its data
and its PDF's SHA-256, so an edited, swapped, re-dated or deleted document is named by `check`.

The links live in their own append-only table (`document_chain`) and the head in `meta` as
`document_chain_head` = "seq:hash", which the witness outside the database follows like the ledger's.
Written only through `repos.insert_document` (whose one caller in the app is `documents.keep_issued`).
"""

from __future__ import annotations

import hashlib
import json

from kojin_desk.errors import Problem
from kojin_desk.i18n import pick
from kojin_desk.store import chain_head
from kojin_desk.store.chain_head import GENESIS

HEAD_KEY = "document_chain_head"
HASHED = ("id", "contract_id", "form_id", "version", "title", "issue_date", "issued_at", "data_json", "sha256")


def link_hash(seq: int, prev_hash: str, doc: dict) -> str:
    text = json.dumps([seq, prev_hash, *(doc[c] for c in HASHED)], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def head(conn) -> tuple[int, str]:
    return chain_head.read(conn, HEAD_KEY)


def append(conn, doc: dict) -> tuple[int, str, str]:
    """Chain a document just inserted (its `id` set); returns (seq, prev_hash, hash)."""
    seq, prev = head(conn)
    seq += 1
    digest = link_hash(seq, prev, doc)
    conn.execute("INSERT INTO document_chain (seq, document_id, prev_hash, hash) VALUES (?, ?, ?, ?)",
                 (seq, doc["id"], prev, digest))
    chain_head.write(conn, HEAD_KEY, seq, digest)
    return seq, prev, digest


def links(conn) -> dict[int, tuple[int, str, str]]:
    """document id -> (seq, prev_hash, hash)."""
    return {r[0]: (r[1], r[2], r[3]) for r in
            conn.execute("SELECT document_id, seq, prev_hash, hash FROM document_chain ORDER BY seq")}


def name(doc: dict) -> str:
    return pick(f"発行済み文書「{str(doc.get('title'))[:40]}」第{doc.get('version')}版（id {doc.get('id')}）",
                f"issued document '{str(doc.get('title'))[:40]}' v{doc.get('version')} (id {doc.get('id')})")


def verify(conn) -> list[Problem]:
    """Each link recomputed from the document as it is now; a gap, a missing or an unchained document named."""
    cols = ", ".join(f"d.{c}" for c in HASHED)
    rows = conn.execute(f"SELECT c.seq, c.document_id, c.prev_hash, c.hash, d.id IS NOT NULL, {cols} "
                        "FROM document_chain c LEFT JOIN documents d ON d.id = c.document_id ORDER BY c.seq").fetchall()
    found, expected, prev = [], 1, GENESIS
    for seq, doc_id, prev_hash, digest, present, *values in rows:
        if seq != expected:
            found.append(Problem("document_missing", {"seq": expected, "id": "?"}))
        doc = dict(zip(HASHED, values))
        if not present:
            found.append(Problem("document_missing", {"seq": seq, "id": doc_id}))
        elif prev_hash != prev or link_hash(seq, prev_hash, doc) != digest:
            found.append(Problem("document_altered", {"doc": name(doc)}))
        expected, prev = seq + 1, digest
    head_seq, head_hash = head(conn)
    if (head_seq, head_hash) != (expected - 1, prev):
        found.append(Problem("document_missing", {"seq": max(head_seq, expected), "id": "?"}))
    for row in conn.execute("SELECT id, title, version FROM documents WHERE id NOT IN "
                            "(SELECT document_id FROM document_chain) ORDER BY id"):
        found.append(Problem("document_unchained", {"doc": name(dict(zip(("id", "title", "version"), row)))}))
    return found


def verify_dumped(documents: list[dict]) -> list[Problem]:
    """A dump's documents (table form, with seq/prev_hash/hash), link by link in chain order."""
    found, prev = [], GENESIS
    for n, d in enumerate(sorted(documents, key=lambda d: d["seq"]), start=1):
        if d["seq"] != n or d["prev_hash"] != prev or link_hash(n, prev, d) != d["hash"]:
            found.append(Problem("document_altered", {"doc": name(d)}))
            return found  # everything after a broken link is unverifiable
        prev = d["hash"]
    return found
