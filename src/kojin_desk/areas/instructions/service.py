"""The register of Tokyo's instructions and approvals: recorded with their reference, period and scan."""

from __future__ import annotations

from kojin_desk.areas.instructions import repo
from kojin_desk.areas.instructions.model import Instruction
from kojin_desk.domain.records import require_valid
from kojin_desk.domain.text import check_text
from kojin_desk.errors import KojinError, Problem, ValidationError
from kojin_desk.i18n import pick
from kojin_desk.store import repos

MAX_SCAN_MB = 20


def save(vault, record: Instruction) -> Instruction:
    require_valid(record)
    if repos.get_contract(vault.conn, record.contract_id) is None:
        raise KojinError("not_found", what=pick("契約", "The contract"))
    with vault.transaction() as conn:
        record.id = repo.save(conn, record)
    return record


def instructions(vault, contract_id: int) -> list[Instruction]:
    return repo.instructions(vault.conn, contract_id)


def in_force(conn, contract_id: int, kind: str, day: str, item: str = "", place: str = "") -> list[Instruction]:
    """The approvals of `kind` that cover `day` (and the item or destination they name)."""
    return [i for i in repo.instructions(conn, contract_id) if i.covers(kind, day, item, place)]


def attach_scan(vault, instruction_id: int, data: bytes, name: str) -> None:
    """Keep the scanned letter inside the vault (encrypted like every record)."""
    if len(data) > MAX_SCAN_MB * 1024 * 1024:
        raise ValidationError([Problem("scan_too_large", {"size": round(len(data) / 1048576, 1), "max": MAX_SCAN_MB})])
    problems = check_text(name, pick("ファイル名", "File name"), max_len=200)
    if problems:
        raise ValidationError(problems)
    with vault.transaction() as conn:
        repo.set_scan(conn, instruction_id, data, name)


def scan(vault, instruction_id: int) -> tuple[bytes | None, str]:
    return repo.scan(vault.conn, instruction_id)
