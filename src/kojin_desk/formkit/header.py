"""The parts every submission shares: number, date, addressee, issuer, contract."""

from __future__ import annotations

from kojin_desk.formkit.definition import FieldDef

HEADER_FIELDS = (
    FieldDef("document_number", "文書番号", "Document number", max_length=50),
    FieldDef("issue_date", "発行日", "Date of issue", type="date", required=True),
    FieldDef("addressee", "宛先", "Addressee", required=True, max_length=100),
    FieldDef("addressee_section", "所管", "Responsible section", max_length=200),
)
ISSUER_FIELDS = (
    FieldDef("address", "所在地", "Address", required=True),
    FieldDef("name", "名称", "Name", required=True),
    FieldDef("representative_title", "代表者の役職", "Representative's title", max_length=50),
    FieldDef("representative_name", "代表者氏名", "Representative's name", required=True, max_length=100),
)
CONTRACT_FIELDS = (
    FieldDef("title", "契約件名", "Contract title", required=True),
    FieldDef("number", "契約番号", "Contract number", max_length=50),
    FieldDef("signed_on", "契約締結日", "Date signed", type="date", required=True),
)
GROUPS = {"issuer": ISSUER_FIELDS, "contract": CONTRACT_FIELDS}


def header_parts(form) -> tuple[tuple[FieldDef, ...], dict[str, tuple[FieldDef, ...]]]:
    """The shared fields this form prints: a letter prints them all; a record kept by the contractor
    prints its date, the company and the contract, plus what its opening sentence names."""
    if form.letter:
        return HEADER_FIELDS, GROUPS
    from kojin_desk.formkit.definition import placeholders

    used = set(placeholders(form.opening))
    pick_ = lambda fields, keys: tuple(f for f in fields if f.key in keys)  # noqa: E731 — keeps the order
    issuer = {"name"} | ({"representative_title", "representative_name"} if "issuer_representative" in used else set())
    contract = {"title", "number"} | ({"signed_on"} if "contract_signed" in used else set())
    return pick_(HEADER_FIELDS, {"issue_date"}), {"issuer": pick_(ISSUER_FIELDS, issuer),
                                                  "contract": pick_(CONTRACT_FIELDS, contract)}


def trim_header(form, data: dict) -> dict:
    """Data without the shared fields this form never prints (a draft saved before a form dropped them)."""
    fields, groups = header_parts(form)
    keep = {f.key for f in HEADER_FIELDS} - {f.key for f in fields}
    out = {k: v for k, v in data.items() if k not in keep}
    for g, fs in groups.items():
        if isinstance(out.get(g), dict):
            out[g] = {k: v for k, v in out[g].items() if k in {f.key for f in fs}}
    return out


def header_from_vault(office, contract, issue_date: str, form=None) -> dict:
    """Pre-fill the shared parts from the office and the contract in the vault (those `form` prints)."""
    data = {
        "document_number": "",
        "issue_date": issue_date,
        "addressee": contract.addressee or "東京都知事",
        "addressee_section": contract.bureau_line(),
        "issuer": {"address": office.address, "name": office.name,
                   "representative_title": office.representative_title,
                   "representative_name": office.representative_name},
        "contract": {"title": contract.title, "number": contract.number, "signed_on": contract.signed_on},
    }
    return trim_header(form, data) if form is not None else data
