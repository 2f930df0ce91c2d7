"""An editor for an office or contract record, built from the domain's field specs (one definition)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from kojin_desk.domain.records import specs
from kojin_desk.domain.wareki import format_date, is_iso_date
from kojin_desk.errors import KojinError, ValidationError
from kojin_desk.ui.labels import value_label
from kojin_desk.ui.widgets import ErrorLabel


class RecordForm(QWidget):
    """Fields of one record type; `value()` reads them back into a copy of the record."""

    def __init__(self, record, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.record = record
        self.editors: dict[str, QWidget] = {}
        layout = QFormLayout(self)
        for name, spec in specs(type(record)):
            value = getattr(record, name)
            if spec.kind == "bool":
                editor = QCheckBox(spec.label)
                editor.setChecked(bool(value))
                layout.addRow("", editor)
            elif spec.kind == "choice":
                editor = QComboBox()
                for choice in spec.choices:  # shown in the UI's language, kept as the Japanese value
                    editor.addItem(dict(spec.choice_labels).get(choice) or value_label(choice), choice)
                editor.setCurrentIndex(max(editor.findData(value), 0))
                layout.addRow(spec.label, editor)
            elif spec.kind == "multiline":
                editor = QPlainTextEdit(value)
                editor.setMaximumHeight(90)
                layout.addRow(spec.label + (" *" if spec.required else ""), editor)
            else:
                # A stored date reads as 和暦, like the lists; every typed style is still read back (normalize).
                editor = QLineEdit(format_date(value) if spec.kind == "date" and is_iso_date(value) else value)
                editor.setMaxLength(max(spec.max_len, 20))
                if spec.kind == "date":
                    editor.setPlaceholderText("令和8年4月1日 / R8.4.1 / 2026-04-01")
                layout.addRow(spec.label + (" *" if spec.required else ""), editor)
            editor.setObjectName(name)
            self.editors[name] = editor
        self.error = ErrorLabel()
        layout.addRow(self.error)

    def value(self):
        values = {}
        for name, editor in self.editors.items():
            if isinstance(editor, QCheckBox):
                values[name] = editor.isChecked()
            elif isinstance(editor, QComboBox):
                values[name] = editor.currentData()
            elif isinstance(editor, QPlainTextEdit):
                values[name] = editor.toPlainText()
            else:
                values[name] = editor.text()
        return replace(self.record, **values)

    def show_problems(self, error: KojinError) -> None:
        self.error.show_message(str(error))


class RecordDialog(QDialog):
    """OK saves through `save(record)`; a refused record keeps the dialog open with the reason."""

    def __init__(self, title: str, record, save, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.save = save
        self.saved = None
        self.form = RecordForm(record, self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.try_save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(buttons)
        self.resize(560, 0)

    def try_save(self) -> None:
        try:
            self.saved = self.save(self.form.value())
        except (ValidationError, KojinError) as exc:
            self.form.show_problems(exc)
            return
        self.accept()
