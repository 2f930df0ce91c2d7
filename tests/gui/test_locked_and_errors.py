"""Nothing breaks while locked; an unexpected error is told in plain words and reported without personal data."""

import re
import sqlite3

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QPushButton

from kojin_desk.areas.people import service as people
from kojin_desk.areas.places import service as places
from kojin_desk.services import office_contracts
from kojin_desk.settings import Settings
from kojin_desk.ui import unexpected
from kojin_desk.ui.context import Context
from kojin_desk.ui.main_window import MainWindow

EXCEPTION_NAME = re.compile(r"[A-Za-z]*(Error|Exception)\b|Traceback")


def _window(qtbot, vault, tmp_path, unlock_again=lambda: None):
    window = MainWindow(Context(vault, Settings(), tmp_path), unlock_again)
    qtbot.addWidget(window)
    window.show()
    return window


def _all_actions(window) -> list[QAction]:
    actions = list(window.toolbar.actions())
    menus = [a.menu() for a in window.menuBar().actions() if a.menu()]
    while menus:
        menu = menus.pop()
        for a in menu.actions():
            actions.append(a)
            if isinstance(a.menu(), QMenu):
                menus.append(a.menu())
    return [a for a in actions if a.text() and not a.isSeparator()]


def _vault_values(vault) -> list[str]:
    """Names, addresses and titles held in the demo vault: none of them may reach a report."""
    office = office_contracts.get_office(vault)
    values = [office.name, office.address, office.representative_name, office.phone]
    for c in office_contracts.list_contracts(vault):
        values += [c.title, c.number, c.tokyo_contact]
        values += [w.address for w in places.workplaces(vault, c.id, active_only=False)]
    values += [p.name for p in people.list_people(vault)]
    values += [part for v in list(values) for part in v.split()]  # 「𠮷田」 as well as 「𠮷田 太郎」
    return [v for v in values if len(v) >= 2]


def test_locked_every_action_is_disabled_and_none_raises(qtbot, demo_vault, tmp_path, no_modal_boxes):
    window = _window(qtbot, demo_vault, tmp_path)
    window.area_list.setCurrentRow(3)
    actions = _all_actions(window)
    assert {"新しい契約", "契約を編集", "事業者情報", "ロック", "English", "自動ロック…"} <= {a.text() for a in actions}
    window.lock()
    assert not demo_vault.is_open and window.centralWidget().objectName() == "locked"
    for action in _all_actions(window):
        assert not action.isEnabled(), action.text()
        action.trigger()
        # Even an action that were wrongly left enabled must not reach the closed vault.
        action.setEnabled(True)
        action.trigger()
    assert not window.contracts.isEnabled()
    shown = " ".join(str(a) for _, a in no_modal_boxes)
    assert not EXCEPTION_NAME.search(shown), shown


def test_unlock_returns_to_the_area_and_enables_the_actions(qtbot, demo_vault, tmp_path):
    from kojin_desk.store.vault import Vault

    window = _window(qtbot, demo_vault, tmp_path)
    window.open_area("ledger")
    window.lock()
    window.unlock_again = lambda: Vault.unlock(demo_vault.data_dir, "test-passphrase")
    window.centralWidget().findChild(QPushButton, "unlock").click()
    assert window.ctx.vault.is_open and window.area_list.currentRow() == window._keys.index("ledger")
    assert all(a.isEnabled() for a in _all_actions(window)) and window.contracts.count() == 2
    window.ctx.vault.close()


def test_an_unexpected_error_is_told_plainly_and_reported_without_personal_data(qtbot, demo_vault, tmp_path,
                                                                              monkeypatch, no_modal_boxes):
    monkeypatch.setenv("KOJIN_DESK_REPORT_DIR", str(tmp_path / "reports"))
    values = _vault_values(demo_vault)
    office = office_contracts.get_office(demo_vault)

    def broken(vault):
        person = office.representative_name  # a local holding data: locals are never written
        raise sqlite3.IntegrityError(f"UNIQUE constraint failed: {person} {office.address}") from KeyError(office.name)
    window = _window(qtbot, demo_vault, tmp_path)
    monkeypatch.setattr(office_contracts, "get_office", broken)
    next(a for a in window.toolbar.actions() if a.text() == "事業者情報").trigger()

    (kind, args), = no_modal_boxes
    text = args[2]
    assert kind == "critical" and "「事業者情報」を完了できませんでした" in text and "もう一度" in text
    assert not EXCEPTION_NAME.search(text) and not any(v in text for v in values)
    reports = list((tmp_path / "reports").iterdir())
    assert len(reports) == 1 and str(reports[0]) in text
    report = reports[0].read_text(encoding="utf-8")
    assert "sqlite3.IntegrityError" in report and "KeyError" in report and "test_locked_and_errors broken line" in report
    assert "version: 0.1.0" in report and "os: " in report
    assert [v for v in values if v in report] == []
    assert "UNIQUE" not in report and str(tmp_path) not in report  # no message text, no file paths


def test_the_excepthook_says_what_to_do_without_the_exception_name(tmp_path, monkeypatch, no_modal_boxes):
    monkeypatch.setenv("KOJIN_DESK_REPORT_DIR", str(tmp_path / "reports"))
    try:
        {}["𠮷田 太郎"]
    except KeyError as exc:
        unexpected.excepthook(type(exc), exc, exc.__traceback__)
    (kind, args), = no_modal_boxes
    assert kind == "critical" and "操作を完了できませんでした" in args[2] and "KeyError" not in args[2]
    assert "𠮷田" not in next((tmp_path / "reports").iterdir()).read_text(encoding="utf-8")


def test_a_kojin_error_keeps_its_own_message(no_modal_boxes, tmp_path, monkeypatch):
    from kojin_desk.errors import WrongPassphrase

    monkeypatch.setenv("KOJIN_DESK_REPORT_DIR", str(tmp_path / "reports"))
    unexpected.report(None, WrongPassphrase())
    assert no_modal_boxes == [("warning", (None, "kojin_desk", str(WrongPassphrase())))]
    assert not (tmp_path / "reports").exists()
