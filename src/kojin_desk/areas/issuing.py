"""Where forms meet the records: pre-filling a new form, rules before issuing, effects of issuing."""

from __future__ import annotations

from kojin_desk.errors import Problem


def prefill(vault, contract_id: int, form_id: str) -> dict | None:
    from kojin_desk.areas.places import forms as place_forms
    from kojin_desk.areas.people import forms as staff_forms

    return staff_forms.prefill(vault, contract_id, form_id) or place_forms.prefill(vault, contract_id, form_id)


def issue_problems(form_id: str, clean: dict) -> list[Problem]:
    from kojin_desk.areas.places import forms as place_forms
    from kojin_desk.areas.people import forms as staff_forms

    return staff_forms.issue_problems(form_id, clean) + place_forms.issue_problems(form_id, clean)


def after_issue(conn, contract_id: int, form_id: str, clean: dict) -> None:
    from kojin_desk.areas.places import forms as place_forms

    place_forms.after_issue(conn, contract_id, form_id, clean)
