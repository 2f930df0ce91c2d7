"""One editor widget per form field type, read and written as plain values."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit

from kojin_desk.domain.wareki import is_iso_date, to_wareki
from kojin_desk.formkit.definition import FieldDef


class FieldEditor:
    """Wraps the widget for a FieldDef: `.widget`, `.value()`, `.set_value(v)`, `.changed` hook."""

    def __init__(self, f: FieldDef, on_change) -> None:
        self.field = f
        if f.type == "multiline":
            self.widget = QPlainTextEdit()
            self.widget.setMaximumHeight(110)
            self.widget.textChanged.connect(on_change)
        elif f.type == "choice":
            self.widget = QComboBox()
            self.widget.setEditable(f.other)
            self.widget.addItems(["", *f.choices])
            self.widget.currentTextChanged.connect(on_change)
        else:
            self.widget = QLineEdit()
            self.widget.setMaxLength(max(f.max_length, 40))
            if f.type == "date":
                self.widget.setPlaceholderText("令和8年3月31日 / R8.3.31 / 2026-03-31")
            elif f.type == "quantity":
                self.widget.setPlaceholderText("12480枚")
            self.widget.textChanged.connect(on_change)
        self.widget.setObjectName(f.key)
        if f.help:
            self.widget.setToolTip(f.help)

    def value(self) -> str:
        w = self.widget
        if isinstance(w, QPlainTextEdit):
            return w.toPlainText()
        if isinstance(w, QComboBox):
            return w.currentText()
        return w.text()

    def set_value(self, value: object) -> None:
        text = "" if value is None else str(value)
        w = self.widget
        if isinstance(w, QPlainTextEdit):
            w.setPlainText(text)
        elif isinstance(w, QComboBox):
            if w.findText(text) < 0 and text:
                w.addItem(text)
            w.setCurrentText(text)
        elif self.field.type == "date" and is_iso_date(text):
            w.setText(to_wareki(text))  # shown as 和暦 like the lists; any typed style is read back on validation
        else:
            w.setText(text)


def label_for(f: FieldDef) -> QLabel:
    return QLabel(f.label + (" *" if f.required else ""))
