"""An area whose features are not built yet says so plainly: no fake content."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kojin_desk.ui.widgets import ArticleLink


class PlaceholderArea(QWidget):
    def __init__(self, title: str, what: str, articles: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        heading = QLabel(f"<h2>{title}</h2>")
        body = QLabel(self.tr("Not built yet in this version.") + "\n\n" + what)
        body.setWordWrap(True)
        body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        links = QHBoxLayout()
        links.addWidget(QLabel(self.tr("Articles:")))
        for citation in articles:
            links.addWidget(ArticleLink(citation))
        links.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(body)
        layout.addLayout(links)
        layout.addStretch()
