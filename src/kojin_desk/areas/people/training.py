"""Training sessions per contract and who attended them (Art. 7)."""

from __future__ import annotations

from kojin_desk.areas.people import repo as people_repo
from kojin_desk.areas.people.model import TrainingSession
from kojin_desk.domain.records import require_valid
from kojin_desk.errors import Problem, ValidationError


def save_session(vault, s: TrainingSession) -> TrainingSession:
    """A session and who attended it; attendees must be in the registry."""
    require_valid(s)
    known = {p.id for p in people_repo.people(vault.conn)}
    unknown = [pid for pid in s.attendees if pid not in known]
    if unknown:
        raise ValidationError([Problem("unknown_person", {"id": unknown[0]})])
    with vault.transaction() as conn:
        people_repo.save_session(conn, s)
    return s


def sessions(vault, contract_id: int) -> list[TrainingSession]:
    return people_repo.sessions(vault.conn, contract_id)
