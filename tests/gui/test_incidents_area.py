"""Incidents from a send to the 確報: two clicks from the send log, the 速報 and 確報 PDFs read back with the nine
items, the 確報 carrying what the 速報 said plus what was added, and all of it still there after a restart."""

from __future__ import annotations

from dialogs import typed_in
from pdfcheck import all_text

from kojin_desk.areas.incidents import forms as incident_forms
from kojin_desk.areas.incidents import service as incidents
from kojin_desk.services import documents
from kojin_desk.settings import Settings
from kojin_desk.store.vault import Vault
from kojin_desk.ui.areas.incidents.area import IncidentsArea
from kojin_desk.ui.context import Context
from kojin_desk.ui.form_wizard import FormWizard
from kojin_desk.ui.main_window import MainWindow
from kojin_desk.ui.record_editor import RecordDialog

PASS = "test-passphrase"


def _issue(monkeypatch, issue_date: str):
    def fake_exec(wizard):
        wizard.show()
        data = wizard.collect()
        data["issue_date"] = issue_date
        wizard.collect = lambda: data
        wizard.accept()
        return wizard.result()
    monkeypatch.setattr(FormWizard, "exec", fake_exec)


def test_from_a_send_to_the_final_report_and_after_a_restart(qtbot, demo_vault, tmp_path, monkeypatch):
    ctx = Context(demo_vault, Settings(), tmp_path)
    window = MainWindow(ctx, lambda: Vault.unlock(demo_vault.data_dir, PASS))
    qtbot.addWidget(window)
    window.show()
    assert window.ctx.contract_id == 1
    # 1st click: the send in the log; 2nd click: 「事故…」
    window.run_action("places/sends")
    tab = window.places.movements
    tab.table.selectRow(0)
    monkeypatch.setattr(RecordDialog, "exec", typed_in({
        "title": "入力結果データの誤送付", "category": "漏えい", "discovered_on": "R8.7.3", "discovered_time": "23:50",
        "discovered_how": "送付先の課から連絡があった。", "circumstances": "別課の職員宛に暗号化ファイルを送付した。",
        "data_items": "氏名、住所、給与支払額"}))
    tab.incident()
    page = window.current_area()
    assert isinstance(page, IncidentsArea)
    assert "☎" in page.contacts.text()  # the 連絡・対処体制 of Art. 4 on top
    i = page.current()
    assert i is not None and i.place_kind == "movement" and i.title == "入力結果データの誤送付"
    if not incidents.affected(demo_vault, i.id):
        monkeypatch.setattr("PySide6.QtWidgets.QInputDialog.getItem", lambda *a, **k: (a[3][0], True))
        page.add_item()
    assert page.affected.rowCount() >= 1
    assert "2026" not in page.status.text() and "令和8年7月6日" in page.status.text()  # 速報 due: 3 days from 7月3日

    _issue(monkeypatch, "2026-07-06")
    page.report("速報")
    monkeypatch.setattr(RecordDialog, "exec", typed_in({"cause": "宛先の選択誤り。", "secondary": "なし（受信者が削除を確認）"}))
    page.edit()
    monkeypatch.setattr(RecordDialog, "exec", typed_in({"day": "R8.7.10", "kind": "再発防止策",
                                                    "content": "宛先を2名で読み上げて確認する手順を追加した。"}))
    page.add_event()
    _issue(monkeypatch, "2026-07-20")
    page.report("確報")

    reports = incidents.reports(demo_vault, i.id)
    assert [r["kind"] for r in reports] == ["quick", "final"]
    quick_pdf, final_pdf = (documents.get_document(demo_vault, r["document_id"])["pdf"] for r in reports)
    quick_text, final_text = all_text(quick_pdf), all_text(final_pdf)
    for label in incident_forms.ITEM_LABELS:
        assert label.split(" ")[0] in quick_text and label.split(" ")[0] in final_text
    assert "速報" in quick_text and "確報" in final_text and "令和8年7月3日" in quick_text
    for kept in ("入力結果データの誤送付", "別課の職員宛に暗号化ファイルを送付した。", "氏名、住所、給与支払額"):
        assert kept in quick_text and kept in final_text
    for added in ("宛先の選択誤り。", "宛先を2名で読み上げて確認する手順を追加した。", "追加"):
        assert added not in quick_text and added in final_text

    window.lock()  # close the vault, unlock it again
    again = window.ctx.vault
    assert again is not demo_vault and again.is_open
    assert [r["kind"] for r in incidents.reports(again, i.id)] == ["quick", "final"]
    for r, pdf in zip(incidents.reports(again, i.id), (quick_pdf, final_pdf)):
        assert documents.get_document(again, r["document_id"])["pdf"] == pdf
    again.close()


def ledger_quantity(vault, seq):
    from kojin_desk.areas.ledger import service as ledger

    return ledger.get_entry(vault, seq).quantity


def test_two_clicks_from_the_dashboard_and_from_a_ledger_entry(qtbot, demo_vault, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QPushButton

    window = MainWindow(Context(demo_vault, Settings(), tmp_path), lambda: None)
    qtbot.addWidget(window)
    window.show()
    monkeypatch.setattr(RecordDialog, "exec", typed_in({"title": "USBメモリの紛失のおそれ", "place_text": "本社4階 作業室A"}))
    window.area(0).findChild(QPushButton, "new_incident").click()
    page = window.current_area()
    assert isinstance(page, IncidentsArea) and page.current().title == "USBメモリの紛失のおそれ"

    window.run_action("ledger")
    tab = window.current_area().ledger_tab
    tab.view.selectRow(0)
    seq = tab.selected_seq()
    monkeypatch.setattr(RecordDialog, "exec", typed_in({"title": "台帳の記録に係る事故"}))
    tab.incident()
    page = window.current_area()
    a = incidents.affected(demo_vault, page.current().id)
    assert [x.ledger_seq for x in a] == [seq] and page.affected.rowCount() == 1  # the quantity is the entry's
    assert a[0].approximate and a[0].records == str(int(ledger_quantity(demo_vault, seq)))
    monkeypatch.setattr(RecordDialog, "exec", typed_in({"persons": "120", "approximate": False}))  # 概数 → 確定
    page.affected.selectRow(0)
    page.edit_item()
    a = incidents.affected(demo_vault, page.current().id)[0]
    assert (a.persons, a.approximate) == ("120", False)
    assert any("台帳の記録に係る事故" in t for t in (page.list.item(n).text() for n in range(page.list.count())))
    # The first report's target is 3 to 5 days from discovery, set on the page.
    from PySide6.QtWidgets import QInputDialog

    from kojin_desk.areas.incidents.model import quick_due

    monkeypatch.setattr(QInputDialog, "getInt", staticmethod(lambda *a, **k: (5, True)))
    page.set_quick_days()
    kept = incidents.get(demo_vault, page.current().id)  # read back from the vault
    assert kept.quick_days == 5 and quick_due(kept) > kept.discovered_on
