"""The main window: contract switcher, one area per part of the work, lock."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from kojin_desk import i18n
from kojin_desk.areas.registry import AREAS
from kojin_desk.domain.records import Contract
from kojin_desk.errors import KojinError
from kojin_desk.services import office_contracts, vault_access
from kojin_desk.ui.areas.dashboard import DashboardArea
from kojin_desk.ui.areas.placeholder import PlaceholderArea
from kojin_desk.ui.record_editor import RecordDialog
from kojin_desk.ui.unexpected import guarded
from kojin_desk.ui.widgets import show_error


def _import(target: str):
    """A class named "module:Class", imported when its area is first opened."""
    import importlib

    module, name = target.split(":")
    return getattr(importlib.import_module(module), name)


def _scrolling(page: QWidget) -> QScrollArea:
    """A page in a scroll area: a page wider than the window scrolls instead of widening the window."""
    scroll = QScrollArea()
    scroll.setWidget(page)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    return scroll


class MainWindow(QMainWindow):
    def __init__(self, ctx, unlock_again, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.unlock_again = unlock_again
        self.setWindowTitle("kojin_desk")
        self.toolbar: QToolBar | None = None
        ctx.action_requested.connect(self.run_action)  # a page asks for another area's step (an incident from a send)
        self._build_chrome()
        self.build_areas()
        if ctx.settings.window_geometry:
            self.restoreGeometry(QByteArray.fromBase64(ctx.settings.window_geometry.encode()))
        else:
            self.resize(1240, 760)

    # --- building ----------------------------------------------------------------------
    def _build_chrome(self) -> None:
        """Toolbar and menus (again after a language switch, in the new language)."""
        if self.toolbar is not None:
            self.removeToolBar(self.toolbar)
            self.toolbar.deleteLater()  # with its contract list, refilled by build_areas
        self.contracts = QComboBox()
        self.contracts.setObjectName("contracts")
        self.contracts.setMinimumWidth(360)
        self.contracts.currentIndexChanged.connect(self._contract_chosen)
        self.menuBar().clear()
        self.vault_actions: list[QAction] = []  # disabled while locked
        self._build_toolbar()
        self._build_menu()

    def _add(self, where, text: str, slot) -> QAction:
        """An action that needs the open vault; an unexpected error in it gets the plain message and a report."""
        action = where.addAction(text)
        action.triggered.connect(guarded(self, text.rstrip("…"), lambda: self.ctx.vault.is_open and slot()))
        self.vault_actions.append(action)
        return action

    def _build_toolbar(self) -> None:
        bar = self.toolbar = QToolBar()
        bar.setObjectName("main_toolbar")
        bar.setMovable(False)
        self.addToolBar(bar)
        bar.addWidget(QLabel(self.tr("Contract:") + " "))
        bar.addWidget(self.contracts)
        for text, slot in ((self.tr("New contract"), self.new_contract), (self.tr("Edit contract"), self.edit_contract),
                           (self.tr("Company"), self.edit_office), (self.tr("Lock"), self.lock)):
            self._add(bar, text, slot)

    def _build_menu(self) -> None:
        settings = self.menuBar().addMenu(self.tr("Settings"))
        lang = settings.addMenu(self.tr("Language"))
        group = QActionGroup(self)
        for code, name in (("ja", "日本語"), ("en", "English")):
            action = QAction(name, self, checkable=True, checked=i18n.language() == code)
            action.triggered.connect(guarded(self, name, lambda c=code: self.switch_language(c)))
            group.addAction(action)
            lang.addAction(action)
            self.vault_actions.append(action)
        dates = settings.addMenu(self.tr("Dates"))
        group = QActionGroup(self)
        for code, name in (("wareki", self.tr("Japanese era (令和8年)")), ("seireki", self.tr("Western (2026年)"))):
            action = QAction(name, self, checkable=True, checked=self.ctx.settings.date_style == code)
            action.triggered.connect(guarded(self, name, lambda c=code: self.ctx.vault.is_open and self._set("date_style", c)))
            group.addAction(action)
            dates.addAction(action)
            self.vault_actions.append(action)
        self.vault_actions += [settings.menuAction(), lang.menuAction(), dates.menuAction()]
        self._add(settings, self.tr("Auto-lock…"), self.ask_auto_lock)
        self._add(settings, self.tr("Change passphrase…"), self.change_passphrase)
        self._add(settings, self.tr("Forget the passphrase on this PC"), self.forget_here)
        self._add(settings, self.tr("Backups…"), self.backups)

    def build_areas(self) -> None:
        """The dashboard now; every other area when it is first opened (the window appears sooner)."""
        ctx = self.ctx
        self._areas = [("dashboard", self.tr("Dashboard"), lambda: DashboardArea(ctx, self.run_action))]
        self._areas += [(a.key, a.label(), lambda a=a: _import(a.ui)(ctx)) for a in AREAS]
        self._areas += [
            ("documents", self.tr("Documents"), lambda: _import("kojin_desk.ui.areas.documents:DocumentsArea")(ctx)),
            ("export", self.tr("Export"), lambda: PlaceholderArea(self.tr("Export"), self.tr(
                "The encrypted package for the bureau."), ["第11条第10項第2号"])),
        ]
        self._keys = [key for key, _, _ in self._areas]
        self._built: dict[int, QWidget] = {}
        self.area_list = QListWidget()
        self.area_list.setObjectName("areas")
        self.area_list.setMaximumWidth(240)
        self.stack = QStackedWidget()
        for _, title, _ in self._areas:
            self.area_list.addItem(title)
            self.stack.addWidget(QWidget())
        self.area_list.currentRowChanged.connect(lambda row: self.stack.setCurrentIndex(self._show(row)))
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.area_list)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        # The list as wide as its longest title: no empty gutter between it and the page.
        width = self.area_list.sizeHintForColumn(0) + 2 * self.area_list.frameWidth() + 12
        self.area_list.setMinimumWidth(min(width, 200))
        splitter.setSizes([width, max(self.width() - width, 600)])
        self.setCentralWidget(splitter)
        self.area(0)
        self.reload_contracts()
        self.area_list.setCurrentRow(0)

    def area(self, index: int) -> QWidget:
        """The area at `index`, built the first time it is needed."""
        if index not in self._built:
            placeholder = self.stack.widget(index)
            self._built[index] = self._areas[index][2]()
            self.stack.insertWidget(index, _scrolling(self._built[index]))
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
        return self._built[index]

    def _show(self, row: int) -> int:
        self.area(row)
        return row

    def current_area(self) -> QWidget:
        return self.area(self.area_list.currentRow())

    def open_area(self, key: str) -> QWidget:
        """Show the area `key` and return its page."""
        index = self._keys.index(key)
        self.area_list.setCurrentRow(index)
        return self.area(index)

    people = property(lambda self: self.area(self._keys.index("people")))
    places = property(lambda self: self.area(self._keys.index("places")))
    documents = property(lambda self: self.area(self._keys.index("documents")))

    def run_action(self, action: str) -> None:
        """A finding's action: "edit_office", "new_contract", "<area>" or "<area>/<step>"."""
        kernel = {"edit_office": self.edit_office, "new_contract": self.new_contract, "backups": self.backups}
        if action in kernel:
            return kernel[action]()
        key, _, step = action.partition("/")
        page = self.open_area(key)
        if step:
            page.run_step(step)

    # --- contracts and office -------------------------------------------------------------
    def reload_contracts(self, select: int | None = None) -> None:
        select = select if select is not None else self.ctx.contract_id
        self.contracts.blockSignals(True)
        self.contracts.clear()
        for c in office_contracts.list_contracts(self.ctx.vault):
            self.contracts.addItem(f"{c.title}（{c.number}）" if c.number else c.title, c.id)
        index = max(self.contracts.findData(select), 0) if select is not None else 0
        self.contracts.setCurrentIndex(index if self.contracts.count() else -1)
        self.contracts.blockSignals(False)
        self._contract_chosen()

    def _contract_chosen(self, *_args) -> None:
        self.ctx.set_contract(self.contracts.currentData())

    def new_contract(self) -> None:
        dialog = RecordDialog(self.tr("New contract"), Contract(),
                              lambda c: office_contracts.save_contract(self.ctx.vault, c), self)
        if dialog.exec():
            self.reload_contracts(dialog.saved.id)
            self.ctx.data_changed.emit()
            # Art. 5(1): the staff are notified before work starts, so their registration comes next — said first.
            QMessageBox.information(self, self.tr("New contract"), self.tr(
                "The contract was saved. Next, choose the responsible person and the workers: Tokyo must be "
                "notified of them before the work starts (Art. 5(1)). You can also do this later from People."))
            self.run_action("people/staff_wizard")

    def edit_contract(self) -> None:
        c = office_contracts.get_contract(self.ctx.vault, self.ctx.contract_id) if self.ctx.contract_id else None
        if c is None:
            return self.new_contract()
        dialog = RecordDialog(self.tr("Edit contract"), c, lambda c: office_contracts.save_contract(self.ctx.vault, c), self)
        if dialog.exec():
            self.reload_contracts(c.id)
            self.ctx.data_changed.emit()

    def edit_office(self) -> None:
        dialog = RecordDialog(self.tr("Company"), office_contracts.get_office(self.ctx.vault),
                              lambda o: office_contracts.save_office(self.ctx.vault, o), self)
        if dialog.exec():
            self.ctx.data_changed.emit()

    # --- settings and keys ------------------------------------------------------------------
    def _set(self, name: str, value) -> None:
        setattr(self.ctx.settings, name, value)
        self.ctx.save_settings()
        if self.ctx.vault.is_open:
            self.ctx.data_changed.emit()

    def ask_auto_lock(self) -> None:
        minutes, ok = QInputDialog.getInt(self, self.tr("Auto-lock"), self.tr("Lock after this many idle minutes (0 = never):"),
                                          self.ctx.settings.auto_lock_minutes, 0, 480)
        if ok:
            self._set("auto_lock_minutes", minutes)
            if self.idle_lock is not None:
                self.idle_lock.set_minutes(minutes)

    idle_lock = None

    def change_passphrase(self) -> None:
        old, ok = QInputDialog.getText(self, self.tr("Change passphrase"), self.tr("Current passphrase:"), QLineEdit.EchoMode.Password)
        if not ok:
            return
        new, ok = QInputDialog.getText(self, self.tr("Change passphrase"), self.tr("New passphrase (8 characters or more):"), QLineEdit.EchoMode.Password)
        if not ok:
            return
        again, ok = QInputDialog.getText(self, self.tr("Change passphrase"), self.tr("New passphrase again:"), QLineEdit.EchoMode.Password)
        if not ok:
            return
        if new != again:
            QMessageBox.warning(self, self.tr("Change passphrase"), self.tr("The two passphrases differ."))
            return
        try:
            vault_access.change_passphrase(self.ctx.vault, old, new)
        except KojinError as exc:
            show_error(self, exc)
            return
        QMessageBox.information(self, self.tr("Change passphrase"), self.tr("The passphrase was changed."))

    def backups(self) -> None:
        from kojin_desk.ui.backup_dialog import BackupDialog

        BackupDialog(self.ctx, self.build_areas, self).exec()

    def forget_here(self) -> None:
        self.ctx.vault.forget_on_this_pc()
        self._set("remember_on_this_pc", False)
        QMessageBox.information(self, "kojin_desk", self.tr("This PC no longer remembers the passphrase."))

    # --- lock ----------------------------------------------------------------------------
    def lock(self) -> None:
        """Close the vault and show nothing of its data until it is unlocked again."""
        if not self.ctx.vault.is_open:
            return
        for widget in QApplication.topLevelWidgets():  # open dialogs show data too (a wizard saves its draft first)
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.reject()
        self._was_in = self._keys[max(self.area_list.currentRow(), 0)]
        self.ctx.vault.close()
        self.setCentralWidget(self._locked_page())
        self.contracts.blockSignals(True)
        self.contracts.clear()
        self.contracts.blockSignals(False)
        self._set_locked(True)
        self.unlock()

    def _locked_page(self) -> QWidget:
        page = QWidget()
        page.setObjectName("locked")
        text = QLabel(self.tr("Locked. The vault is closed."))
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        button = QPushButton(self.tr("Unlock…"))
        button.setObjectName("unlock")
        button.clicked.connect(guarded(self, self.tr("Unlock"), self.unlock))
        layout = QVBoxLayout(page)
        layout.addStretch()
        layout.addWidget(text)
        layout.addWidget(button, alignment=Qt.AlignmentFlag.AlignCenter)
        layout.addStretch()
        return page

    def _set_locked(self, locked: bool) -> None:
        """Nothing that reads or writes the vault can be started while it is closed."""
        for action in self.vault_actions:
            action.setEnabled(not locked)
        self.contracts.setEnabled(not locked)

    def unlock(self) -> None:
        """Ask for the passphrase; on success, back to the area the user was in."""
        if self.ctx.vault.is_open:
            return
        vault = self.unlock_again()
        if vault is None:
            return
        self.ctx.vault = vault
        self._set_locked(False)
        self.build_areas()
        self.open_area(self._was_in)
        if self.backups_at_unlock:
            QTimer.singleShot(0, self.scheduled_backup)

    _was_in = "dashboard"
    backups_at_unlock = False  # set by the app (tests unlock without making backups)

    def scheduled_backup(self) -> None:
        """A backup when the last good one is older than the setting says, with progress (Art. 11(10)(3))."""
        from kojin_desk.ui.backup_dialog import run_backup

        if self.ctx.vault.is_open and run_backup(self, self.ctx, scheduled=True):
            self.ctx.data_changed.emit()

    # --- language --------------------------------------------------------------------------
    def switch_language(self, code: str) -> None:
        """Applied at once: the translators are swapped and the window is built again in the new language."""
        from kojin_desk.ui import translations

        self._set("language", code)
        translations.install(QApplication.instance(), code)
        where = self._keys[max(self.area_list.currentRow(), 0)] if self.ctx.vault.is_open else self._was_in
        self._build_chrome()
        if self.ctx.vault.is_open:
            self.build_areas()
            self.open_area(where)
        else:
            self._set_locked(True)
            self.setCentralWidget(self._locked_page())

    def closeEvent(self, event) -> None:
        self.ctx.settings.window_geometry = bytes(self.saveGeometry().toBase64()).decode()
        try:
            self.ctx.save_settings()
        except KojinError:
            pass  # window size is not worth a dialog on exit
        if self.ctx.vault.is_open:
            self.ctx.vault.close()
        super().closeEvent(event)
