"""SQL for the office, contracts, drafts and issued documents. No rules here: services check them."""

from __future__ import annotations

import json
from dataclasses import fields
from datetime import datetime

from kojin_desk.domain.records import Contract, Office
from kojin_desk.store import document_chain

_OFFICE_COLS = [f.name for f in fields(Office)]
_CONTRACT_COLS = [f.name for f in fields(Contract) if f.name != "id"]


def now() -> str:
    return datetime.now().astimezone().isoformat(timespec="seconds")


def get_office(conn) -> Office:
    row = conn.execute(f"SELECT {', '.join(_OFFICE_COLS)} FROM office WHERE id = 1").fetchone()
    return Office(*row)


def save_office(conn, office: Office) -> None:
    sets = ", ".join(f"{c} = ?" for c in _OFFICE_COLS)
    conn.execute(f"UPDATE office SET {sets} WHERE id = 1", [getattr(office, c) for c in _OFFICE_COLS])


def _contract(row) -> Contract:
    values = dict(zip(["id", *_CONTRACT_COLS], row))
    values["sensitive"], values["specific"] = bool(values["sensitive"]), bool(values["specific"])
    return Contract(**values)


def list_contracts(conn) -> list[Contract]:
    rows = conn.execute(f"SELECT id, {', '.join(_CONTRACT_COLS)} FROM contracts ORDER BY start_on DESC, id DESC")
    return [_contract(r) for r in rows]


def get_contract(conn, contract_id: int) -> Contract | None:
    row = conn.execute(f"SELECT id, {', '.join(_CONTRACT_COLS)} FROM contracts WHERE id = ?",
                       (contract_id,)).fetchone()
    return _contract(row) if row else None


def save_contract(conn, c: Contract, created_at: str | None = None) -> int:
    values = [getattr(c, col) for col in _CONTRACT_COLS]
    if c.id is None or get_contract(conn, c.id) is None:
        cols = (["id"] if c.id is not None else []) + _CONTRACT_COLS + ["created_at"]
        args = ([c.id] if c.id is not None else []) + values + [created_at or now()]
        cur = conn.execute(f"INSERT INTO contracts ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})", args)
        return cur.lastrowid
    sets = ", ".join(f"{col} = ?" for col in _CONTRACT_COLS)
    conn.execute(f"UPDATE contracts SET {sets} WHERE id = ?", [*values, c.id])
    return c.id


def contract_created_at(conn, contract_id: int) -> str:
    return conn.execute("SELECT created_at FROM contracts WHERE id = ?", (contract_id,)).fetchone()[0]


def number_taken(conn, number: str, except_id: int | None) -> bool:
    row = conn.execute("SELECT 1 FROM contracts WHERE number = ? AND id IS NOT ?", (number, except_id)).fetchone()
    return row is not None


# --- drafts and documents ----------------------------------------------------------------

def load_draft(conn, contract_id: int, form_id: str) -> dict | None:
    row = conn.execute("SELECT data_json FROM drafts WHERE contract_id = ? AND form_id = ?",
                       (contract_id, form_id)).fetchone()
    return json.loads(row[0]) if row else None


def save_draft(conn, contract_id: int, form_id: str, data: dict, updated_at: str | None = None) -> None:
    conn.execute(
        "INSERT INTO drafts VALUES (?, ?, ?, ?) ON CONFLICT (contract_id, form_id) "
        "DO UPDATE SET data_json = excluded.data_json, updated_at = excluded.updated_at",
        (contract_id, form_id, json.dumps(data, ensure_ascii=False), updated_at or now()))


def delete_draft(conn, contract_id: int, form_id: str) -> None:
    conn.execute("DELETE FROM drafts WHERE contract_id = ? AND form_id = ?", (contract_id, form_id))


def list_drafts(conn) -> list[dict]:
    rows = conn.execute("SELECT contract_id, form_id, data_json, updated_at FROM drafts ORDER BY contract_id, form_id")
    return [{"contract_id": r[0], "form_id": r[1], "data": json.loads(r[2]), "updated_at": r[3]} for r in rows]


DOC_COLS = ["id", "contract_id", "form_id", "version", "title", "issue_date", "issued_at", "data_json", "pdf", "sha256"]


def insert_document(conn, doc: dict) -> int:
    """Keep an issued document and chain it (the chain's only writer: issue order is chain order)."""
    cols = [c for c in DOC_COLS if c in doc]
    cur = conn.execute(f"INSERT INTO documents ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                       [doc[c] for c in cols])
    doc_id = doc.get("id") if doc.get("id") is not None else cur.lastrowid
    document_chain.append(conn, {**doc, "id": doc_id})
    return doc_id


def next_version(conn, contract_id: int, form_id: str) -> int:
    row = conn.execute("SELECT coalesce(max(version), 0) + 1 FROM documents WHERE contract_id = ? AND form_id = ?",
                       (contract_id, form_id)).fetchone()
    return row[0]


def list_documents(conn, contract_id: int | None = None, with_pdf: bool = False) -> list[dict]:
    cols = DOC_COLS if with_pdf else [c for c in DOC_COLS if c not in ("pdf", "data_json")]
    where, args = ("WHERE contract_id = ?", (contract_id,)) if contract_id is not None else ("", ())
    rows = conn.execute(f"SELECT {', '.join(cols)} FROM documents {where} ORDER BY id", args)
    return [dict(zip(cols, r)) for r in rows]


def last_issued_data(conn, contract_id: int, form_id: str) -> dict | None:
    """The data of the latest document of `form_id` issued for the contract (what a 変更届 compares with)."""
    import json

    row = conn.execute("SELECT data_json FROM documents WHERE contract_id = ? AND form_id = ? ORDER BY id DESC LIMIT 1",
                       (contract_id, form_id)).fetchone()
    return json.loads(row[0]) if row else None


def get_document(conn, doc_id: int) -> dict | None:
    row = conn.execute(f"SELECT {', '.join(DOC_COLS)} FROM documents WHERE id = ?", (doc_id,)).fetchone()
    return dict(zip(DOC_COLS, row)) if row else None
