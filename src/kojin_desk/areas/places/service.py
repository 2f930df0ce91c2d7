"""Work places, equipment, cloud services, declared methods and take-outs (Art. 11(3)–(9)), with their rules."""

from __future__ import annotations

from datetime import date

from kojin_desk.areas.places import repo as places_repo
from kojin_desk.areas.places.model import (
    Certification,
    CloudService,
    Equipment,
    Method,
    TakeOut,
    WorkPlace,
    method_kind_label,
)
from kojin_desk.domain.records import normalize, validate
from kojin_desk.errors import KojinError, Problem, ValidationError
from kojin_desk.i18n import pick
from kojin_desk.store import repos

METHOD_ARTICLE = {"transport": "第11条第5項", "sending": "第11条第6項"}


def _today() -> str:
    return date.today().isoformat()


def _save(vault, record, extra: list[Problem] = ()) -> object:
    normalize(record)
    problems = validate(record) + list(extra)
    if problems:
        raise ValidationError(problems)
    contract_id = getattr(record, "contract_id", None)
    if contract_id is not None and repos.get_contract(vault.conn, contract_id) is None:
        raise KojinError("not_found", what=pick("契約", "The contract"))
    with vault.transaction() as conn:
        record.id = places_repo.save(conn, record)
    return record


# --- work places, equipment, cloud ------------------------------------------------------------

def save_workplace(vault, w: WorkPlace) -> WorkPlace:
    return _save(vault, w)


def workplaces(vault, contract_id: int, active_only: bool = True) -> list[WorkPlace]:
    return places_repo.workplaces(vault.conn, contract_id, active_only)


def save_equipment(vault, e: Equipment) -> Equipment:
    normalize(e)
    other = places_repo.equipment_by_code(vault.conn, e.contract_id, e.code) if e.code else None
    extra = [Problem("duplicate_code", {"asset": e.code})] if other is not None and other.id != e.id else []
    return _save(vault, e, extra)


def equipment(vault, contract_id: int) -> list[Equipment]:
    return places_repo.equipment(vault.conn, contract_id)


def equipment_problems(conn, contract_id: int, code: str, day: str) -> list[Problem]:
    """Art. 11(8): only equipment registered for the contract, and still in use on `day`."""
    if not code:
        return []
    found = places_repo.equipment_by_code(conn, contract_id, code)
    if found is None or (found.ended_on and found.ended_on <= day):
        return [Problem("equipment_unregistered", {"asset": code[:30], "date": day})]
    return []


def save_cloud(vault, c: CloudService) -> CloudService:
    return _save(vault, c)


def cloud_services(vault, contract_id: int) -> list[CloudService]:
    return places_repo.cloud_services(vault.conn, contract_id)


def save_certification(vault, cert: Certification) -> Certification:
    if places_repo.get(vault.conn, CloudService, cert.service_id) is None:
        raise KojinError("not_found", what=pick("クラウドサービス", "The cloud service"))
    return _save(vault, cert)


def certifications(vault, service_id: int) -> list[Certification]:
    return places_repo.certifications(vault.conn, service_id)


def delete_certification(vault, cert_id: int) -> None:
    with vault.transaction() as conn:
        places_repo.delete_certification(conn, cert_id)


# --- transport and sending methods (Art. 11(5), (6)) --------------------------------------------

def save_method(vault, m: Method) -> Method:
    if m.kind not in METHOD_ARTICLE:
        raise ValidationError([Problem("bad_choice", {"field": "kind", "choices": "transport、sending"})])
    return _save(vault, m)


def methods(vault, contract_id: int, kind: str, active_only: bool = False) -> list[Method]:
    found = places_repo.methods(vault.conn, contract_id, kind)
    return [m for m in found if not m.ended_on] if active_only else found


def method_problems(conn, contract_id: int, method_id: object, kind: str, day: str) -> list[Problem]:
    """A send or transport may use only a method of its kind declared by its date (and not ended)."""
    m = places_repo.get(conn, Method, method_id) if isinstance(method_id, int) else None
    if m is None or m.contract_id != contract_id or m.kind != kind:
        return [Problem("method_unknown", {"kind": method_kind_label(kind)})]
    if not m.declared_on or m.declared_on > day or (m.ended_on and m.ended_on <= day):
        return [Problem("method_undeclared", {"kind": method_kind_label(kind), "method": m.name[:40], "date": day,
                                               "article": METHOD_ARTICLE[kind]})]
    return []


# --- take-outs (Art. 11(4)) --------------------------------------------------------------------

def save_takeout(vault, t: TakeOut) -> TakeOut:
    return _save(vault, t)


def takeouts(vault, contract_id: int) -> list[TakeOut]:
    return places_repo.takeouts(vault.conn, contract_id)


def ledger_entry_problems(conn, e) -> list[Problem]:
    """Ledger rules of Art. 11: registered equipment only; a 持出し only under Tokyo's approval."""
    day = (e.at or "")[:10]
    found = equipment_problems(conn, e.contract_id, e.equipment, day)
    if e.kind == "持出し" and not any(t.covers(day) for t in places_repo.takeouts(conn, e.contract_id)):
        found.append(Problem("takeout_unapproved", {"date": day}))
    return found


# --- check ---------------------------------------------------------------------------------------

def contract_problems(conn, c) -> list[Problem]:
    """What `check`, the dashboard and the Places area report for one contract."""
    today, found = _today(), []
    if c.end_on >= today and not places_repo.workplaces(conn, c.id, active_only=True):
        found.append(Problem("workplace_missing"))
    for e in places_repo.equipment(conn, c.id):
        if not e.ended_on and not e.no_leak_software:
            found.append(Problem("equipment_unattested", {"asset": e.code}))
    for s in places_repo.cloud_services(conn, c.id):
        certs = places_repo.certifications(conn, s.id)
        if not certs:
            found.append(Problem("cloud_no_cert", {"name": s.name}))
        found += [Problem("cert_expired", {"name": s.name, "scheme": x.scheme, "reference": x.reference, "date": x.expires_on})
                  for x in certs if x.expires_on < today]
    # Art. 11(7): every send waits for its second check and the 責任者's approval.
    found += [Problem("send_open", {"date": sent_on, "what": what[:40]}) for sent_on, what in places_repo.open_sends(conn, c.id)]
    return found


def problems(vault) -> list[Problem]:
    found: list[Problem] = []
    for c in repos.list_contracts(vault.conn):
        found += [p.at(c.where) for p in contract_problems(vault.conn, c)]
    return found


def warnings(vault, contract) -> list[Problem]:
    """What the Places area shows at its top for one contract."""
    return contract_problems(vault.conn, contract)
