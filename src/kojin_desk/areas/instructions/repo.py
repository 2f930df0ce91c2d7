"""SQL of the instructions register; scans are kept as BLOBs inside the encrypted vault, never as files."""

from __future__ import annotations

from kojin_desk.areas.instructions.model import Instruction
from kojin_desk.store.record_tables import register, save, select  # noqa: F401 - the service uses these

register(Instruction, "instructions")


def instructions(conn, contract_id: int | None = None) -> list[Instruction]:
    where, args = ("WHERE contract_id = ?", (contract_id,)) if contract_id is not None else ("", ())
    return select(conn, Instruction, where, args, "contract_id, received_on, id")


def scan(conn, instruction_id: int) -> tuple[bytes | None, str]:
    row = conn.execute("SELECT scan, scan_name FROM instructions WHERE id = ?", (instruction_id,)).fetchone()
    return (row[0], row[1]) if row else (None, "")


def set_scan(conn, instruction_id: int, data: bytes, name: str) -> None:
    conn.execute("UPDATE instructions SET scan = ?, scan_name = ? WHERE id = ?", (data, name, instruction_id))

