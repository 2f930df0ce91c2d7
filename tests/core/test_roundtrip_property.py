"""Property: any text the rules accept survives save → reopen → dump → load → PDF unchanged."""

import json

from formdata_gen import generate
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pdfcheck import all_text, squeeze

from kojin_desk.areas import transfer
from kojin_desk.domain.records import Contract
from kojin_desk.domain.text import check_text
from kojin_desk.formkit.data import json_schema, validate
from kojin_desk.formkit.definition import get_form
from kojin_desk.pdf.fonts import drawable
from kojin_desk.pdf.render import render
from kojin_desk.pdf.text import full_width_kana
from kojin_desk.services import office_contracts
from kojin_desk.store.vault import Vault

ALPHABET = st.sampled_from(list("あア漢髙﨑𠮷田ｶﾞ㈱①〜～−－<>&;'\"=+-@ /\\%") + ["\u202e", "\u200b", "\ufeff", "\U000e0100", "a", "Z", "9"])
TEXT = st.text(ALPHABET, min_size=1, max_size=60).filter(lambda s: s.strip() and not check_text(s, "x", max_len=200))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(title=TEXT, notes=TEXT)
def test_text_roundtrips_through_vault_dump_load_and_pdf(tmp_path_factory, kdf, title, notes):
    base = tmp_path_factory.mktemp("prop")
    from kojin_desk.services import vault_access

    vault = vault_access.create_vault(base / "a", "property-pass", kdf=kdf)
    saved = office_contracts.save_contract(vault, Contract(title=title, notes=notes, start_on="2026-04-01",
                                                           end_on="2027-03-31", signed_on="2026-04-01"))
    vault.close()
    vault = Vault.unlock(base / "a", "property-pass")
    again = office_contracts.get_contract(vault, saved.id)
    assert (again.title, again.notes) == (title, notes)
    dumped = transfer.dumps(vault)
    vault.close()
    copy = transfer.load(json.loads(dumped), base / "b", "property-pass", kdf)
    assert transfer.dumps(copy) == dumped
    copy.close()

    form = get_form("destruction_certificate")
    data = generate(json_schema(form), rows=1)
    data["destroyed"][0]["item"] = title
    data["remarks"] = notes
    clean, problems = validate(form, data)
    assert problems == [] and clean["destroyed"][0]["item"] == title
    text = all_text(render(form, clean))
    for value in (full_width_kana(title), full_width_kana(notes)):  # papers print ｶﾅ as カナ
        if squeeze(drawable(value)):
            assert squeeze(drawable(value)) in text
