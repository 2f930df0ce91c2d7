"""A send or transport is one record (Art. 11(7), 11(10)(4)): the ledger entry, and the movement that carries
its method and the second person's check. The send log and the 管理台帳 both print from it."""

from __future__ import annotations

from kojin_desk.areas.ledger import rules
from kojin_desk.areas.ledger.model import MOVES, Entry
from kojin_desk.areas.ledger.service import append_in
from kojin_desk.areas.places import movements
from kojin_desk.areas.places import repo as places_repo
from kojin_desk.areas.places.model import Movement
from kojin_desk.errors import Problem, ValidationError


def record_send(vault, entry: Entry, method_id: int | None) -> tuple[Entry, Movement]:
    """Append the entry (送付 or 運搬) and its movement in one transaction, or neither."""
    if entry.kind not in MOVES:
        raise ValidationError([Problem("bad_choice", {"field": "区分", "choices": "、".join(MOVES)})])
    with vault.transaction() as conn:
        e = append_in(conn, entry, as_move=True)
        m = movement_of(conn, e, method_id)
        problems = movements.movement_problems(conn, m)
        if problems:
            raise ValidationError(problems)
        m.id = places_repo.save(conn, m)
    return e, m


def movement_of(conn, e: Entry, method_id: int | None) -> Movement:
    """The movement row of an entry: what, to whom and with which equipment come from the entry itself."""
    records = rules.ContractRecords(conn, e.contract_id)
    item = records.items.get(e.item_id)
    what = f"{item.name if item else ''}（{int(e.quantity):,}）"
    return Movement(sent_on=e.at[:10], what=what[:200], recipient=e.counterpart, equipment=e.equipment,
                    kind=MOVES[e.kind], method_id=method_id, sender_id=records.person_id(e.person, e.at[:10]),
                    contract_id=e.contract_id, ledger_seq=e.seq)
