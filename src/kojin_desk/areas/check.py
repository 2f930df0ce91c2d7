"""`check`: is the vault intact, and does every record still obey the rules?"""

from __future__ import annotations

from kojin_desk.domain.records import OFFICE_ESSENTIAL, Office, specs
from kojin_desk.errors import Problem, VaultDamaged
from kojin_desk.i18n import pick
from kojin_desk.services import office_contracts
from kojin_desk.store import repos


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


def problems(vault) -> list[Problem]:
    """What the GUI would only warn about, named record by record."""
    from kojin_desk.services import documents
    from kojin_desk.areas.ledger import service as ledger
    from kojin_desk.areas.people import service as people
    from kojin_desk.areas.places import service as places
    from kojin_desk.areas.people import training

    conn = vault.conn
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
    found += documents.document_problems(vault)
    found += ledger.problems(vault)
    found += people.problems(vault)
    found += training.problems(vault)
    found += places.problems(vault)
    return found


def run(vault) -> list[Problem]:
    integrity(vault)
    return problems(vault)
