"""dump/load of the instructions register, scans included (base64)."""

from __future__ import annotations

import base64
import binascii
from dataclasses import asdict

from kojin_desk.areas.instructions import repo
from kojin_desk.areas.instructions.model import Instruction
from kojin_desk.domain.dump_reader import DumpReader
from kojin_desk.errors import Problem

KEYS = ("instructions",)


def dump(conn) -> dict:
    rows = []
    for i in repo.instructions(conn):
        data, _ = repo.scan(conn, i.id)
        rows.append({**asdict(i), "scan_base64": base64.b64encode(data).decode("ascii") if data is not None else None})
    return {"instructions": rows}


def parse(doc: dict, contract_ids: set[int], problems: list[Problem]) -> list[tuple[Instruction, bytes | None]]:
    reader, out = DumpReader(doc, contract_ids, problems), []
    for where, raw, record in reader.records(Instruction, "instructions", set(), extra={"scan_base64"}):
        try:
            scan = base64.b64decode(raw["scan_base64"], validate=True) if raw.get("scan_base64") is not None else None
        except (TypeError, binascii.Error) as exc:
            problems.append(Problem("bad_json", {"path": where, "detail": str(exc)[:80]}))
            continue
        out.append((record, scan))
    return out


def load(conn, parsed: list[tuple[Instruction, bytes | None]]) -> None:
    for record, scan in parsed:
        repo.save(conn, record)
        if scan is not None:
            repo.set_scan(conn, record.id, scan, record.scan_name)
