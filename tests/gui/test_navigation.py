"""Navigation: a pledge warning opens 誓約書, 文書 shows no hashes, a new contract says why staff come next, 目録 A/B/C."""

import re

from PySide6.QtWidgets import QComboBox

from kojin_desk.areas.ledger.model import CATALOGS, InventoryItem
from kojin_desk.settings import Settings
from kojin_desk.ui.context import Context
from kojin_desk.ui.main_window import MainWindow
from kojin_desk.ui.record_editor import RecordForm


def _window(qtbot, vault, tmp_path):
    window = MainWindow(Context(vault, Settings(), tmp_path), lambda: None)
    qtbot.addWidget(window)
    window.show()
    return window


def test_a_pledge_warning_opens_the_pledges(qtbot, demo_vault, tmp_path):
    from kojin_desk.areas.people.area import ROUTES

    window = _window(qtbot, demo_vault, tmp_path)
    assert ROUTES["pledge_missing"][1] == "people/pledges"
    window.run_action(ROUTES["pledge_missing"][1])
    people = window.current_area()
    assert people.tabs.currentWidget() is people.pledges and people.tabs.tabText(people.tabs.currentIndex()) == "誓約書・派遣"


def test_documents_show_no_hashes(qtbot, demo_vault, tmp_path):
    window = _window(qtbot, demo_vault, tmp_path)
    window.contracts.setCurrentIndex(1)
    docs = window.open_area("documents").table
    headers = [docs.horizontalHeaderItem(c).text() for c in range(docs.columnCount())]
    cells = [docs.item(r, c).text() for r in range(docs.rowCount()) for c in range(docs.columnCount())]
    assert "SHA-256" not in headers and not any(re.search(r"[0-9a-f]{12}", t) for t in cells)


def test_the_list_field_offers_the_three_lists_by_name():
    form = RecordForm(InventoryItem(catalog="B"))
    box = form.editors["catalog"]
    assert isinstance(box, QComboBox)
    assert [box.itemText(i) for i in range(box.count())] == list(CATALOGS.values())
    assert box.currentText() == CATALOGS["B"] and form.value().catalog == "B"


def test_date_inputs_show_wareki_and_still_read_every_style(vault):
    from kojin_desk.domain.records import Contract
    from kojin_desk.services import office_contracts

    form = RecordForm(Contract(title="見本", start_on="2026-04-01", end_on="2027-03-31"))
    assert form.editors["start_on"].text() == "令和8年4月1日"
    for typed in ("R8.4.2", "2026/4/2", "令和8年4月2日", "２０２６－０４－０２"):
        form.editors["start_on"].setText(typed)
        assert office_contracts.save_contract(vault, form.value()).start_on == "2026-04-02"


def test_the_strength_meter_appears_with_the_first_character(qtbot):
    from kojin_desk.ui.setup_wizard import PassphrasePage

    page = PassphrasePage()
    qtbot.addWidget(page)
    page.show()
    assert not page.meter.isVisible()
    page.first.setText("a")
    assert page.meter.isVisible()
