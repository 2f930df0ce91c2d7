"""Small shared widgets: article links, error labels, message boxes."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QWidget,
)


class ArticleLink(QLabel):
    """「第12条第5項」: a small link that shows the article's text."""

    def __init__(self, citation: str, parent: QWidget | None = None) -> None:
        from kojin_desk.ui.labels import article_label

        super().__init__(f'<a href="#">{article_label(citation)}</a>', parent)
        self.citation = citation
        self.setToolTip(_article(citation))
        self.linkActivated.connect(self.show_text)

    def show_text(self, _href: str = "") -> None:
        from kojin_desk.ui.labels import article_label

        QMessageBox.information(self, article_label(self.citation), _article(self.citation))


def _article(citation: str) -> str:
    from kojin_desk.formkit.articles import (
        article_text,  # tomllib loads with the first link, not at start-up
    )

    return article_text(citation) or citation


class EnterStaysInTable(QObject):
    """Installed on a table: Enter typed in it (or in a widget inside a cell) does not press 次へ.

    Views and line edits leave Enter to their dialog, whose default button would turn a wizard's page
    while the user is typing rows. The key passes through the table on its way up, and stops here:
    the cell is finished and the next row becomes current.
    """

    def eventFilter(self, table, event) -> bool:
        if event.type() != QEvent.Type.KeyPress or event.key() not in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return False
        index = table.currentIndex()
        if index.isValid() and index.row() + 1 < table.model().rowCount():
            table.setCurrentIndex(index.sibling(index.row() + 1, index.column()))
        return True


class ErrorLabel(QLabel):
    """Red text beside a field; hidden while there is nothing to say."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet("color: #b00020;")
        self.setWordWrap(True)
        self.hide()

    def show_message(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))


class WarningLabel(QLabel):
    """Rules still to put right, a line each; unlike an ErrorLabel they do not stop saving."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setStyleSheet("color: #8a5300;")
        self.setWordWrap(True)

    def show_problems(self, problems) -> None:
        self.setText("\n".join("⚠ " + str(p) for p in problems))


def show_error(parent: QWidget, error: Exception) -> None:
    """A KojinError's message is already translated; anything else goes to the one handler for unexpected errors."""
    from kojin_desk.ui.unexpected import report

    report(parent, error)


def button_row(buttons: list[tuple[str, str, object]], articles: tuple[str, ...] = ()) -> QHBoxLayout:
    """Named buttons (object name, text, slot) on the left, article links on the right."""
    row = QHBoxLayout()
    for name, text, slot in buttons:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(slot)
        row.addWidget(button)
    row.addStretch()
    for citation in articles:
        row.addWidget(ArticleLink(citation))
    return row


def read_only(table: QTableWidget) -> QTableWidget:
    """A table that shows records a row at a time and is edited through dialogs."""
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    return table


def save_cancel(dialog, save) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(save)
    buttons.rejected.connect(dialog.reject)
    return buttons
