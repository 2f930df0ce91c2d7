"""`check`: is the vault intact, and does every record still obey the rules? Each area adds its findings."""

from __future__ import annotations

from kojin_desk.areas.registry import AREAS
from kojin_desk.domain.records import OFFICE_ESSENTIAL, Office, specs
from kojin_desk.errors import Problem, VaultDamaged
from kojin_desk.i18n import msg, pick
from kojin_desk.progress import Progress, report, reporting
from kojin_desk.services import documents, office_contracts
from kojin_desk.store import repos
from kojin_desk.store.schema import altered_triggers


def integrity(vault) -> None:
    """Raise VaultDamaged when any page fails its HMAC or the b-tree is broken."""
    conn = vault.conn
    try:
        bad = [r[0] for r in conn.execute("PRAGMA cipher_integrity_check")]
        bad += [r[0] for r in conn.execute("PRAGMA integrity_check") if r[0] != "ok"]
        bad += [f"foreign key {r[0]}#{r[1]}" for r in conn.execute("PRAGMA foreign_key_check")]
    except Exception as exc:  # sqlcipher raises DatabaseError on unreadable pages
        raise VaultDamaged("vault_damaged", detail=str(exc)) from None
    if bad:
        raise VaultDamaged("integrity", detail="; ".join(bad[:3]))


def tamper_evidence(vault) -> list[Problem]:
    """Protecting triggers still in place, and the chains still reaching their witnessed heads."""
    found = [Problem("trigger_missing", {"name": name}) for name in altered_triggers(vault.conn)]
    return found + vault.witness.problems(vault.conn)


def verify(vault) -> None:
    """Intact enough to rely on (a backup before it is kept, a restore before it is used): SQLite's and
    SQLCipher's integrity, then every area's vault-wide problems (the ledger's hash chain); VaultDamaged
    otherwise. Rules that only warn are `problems`' business."""
    integrity(vault)
    broken = [p for area in AREAS for p in area.vault_problems(vault.conn)]
    if broken:
        raise VaultDamaged("integrity", detail="; ".join(str(p) for p in broken[:3]))


def kernel_problems(conn) -> list[Problem]:
    """The office and the contracts themselves (every form prints them)."""
    found: list[Problem] = []
    office = repos.get_office(conn)
    missing = [spec.label for name, spec in specs(Office)
               if name in OFFICE_ESSENTIAL and not getattr(office, name)]
    if missing:
        found.append(Problem("office_incomplete", {"fields": "、".join(missing)}))
    found += [p.at(pick("事業者", "office")) for p in office_contracts.office_problems(office)]
    contracts = repos.list_contracts(conn)
    if not contracts:
        found.append(Problem("no_contracts"))
    for c in contracts:
        found += [p.at(c.where) for p in office_contracts.contract_problems(conn, c)]
    return found


def findings(conn, contract) -> list:
    """Every area's findings for one contract, in the registry's order (the dashboard shows these)."""
    return [f for area in AREAS for f in area.findings(conn, contract)]


def problems(vault) -> list[Problem]:
    """What the GUI would only warn about, named record by record."""
    conn = vault.conn
    found = kernel_problems(conn) + documents.document_problems(vault)
    for area in AREAS:
        found += area.vault_problems(conn)
    for c in repos.list_contracts(conn):
        found += [f.problem.at(c.where) for f in findings(conn, c) if not f.todo]
    return found


def run(vault, progress: Progress | None = None) -> list[Problem]:
    """Everything `check` reports; `progress` hears of the long parts (integrity, then the ledger's chain)."""
    with reporting(progress):
        report(0, 0, msg("progress_integrity"))
        integrity(vault)
        return tamper_evidence(vault) + problems(vault)
