"""PDF preview (pages drawn by PDFium), 「印刷」 through Qt's print dialog, 「PDF保存」 atomically.

Saved PDFs get the name a person would give them (「作業場所届_令和8年4月1日.pdf」) in their Documents folder.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pypdfium2 as pdfium
from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QImage, QPainter, QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kojin_desk.domain.wareki import parse_date, to_wareki
from kojin_desk.errors import KojinError
from kojin_desk.services.files import save_file
from kojin_desk.ui.widgets import show_error


def file_name(title: str, iso_date: str = "", suffix: str = ".pdf") -> str:
    """「作業場所届_令和8年4月1日.pdf」: the printed title and the 和暦 date (as typed: R8.4.1, 2026-04-01; else today)."""
    try:
        day = to_wareki(parse_date(iso_date)) if iso_date else to_wareki(date.today())
    except ValueError:  # a date still being typed in the wizard
        day = to_wareki(date.today())
    return re.sub(r'[\\/:*?"<>|\x00-\x1f]', "_", f"{title}_{day}") + suffix  # safe on Windows too


def documents_folder() -> Path:
    """The user's Documents folder (not wherever the program was started from)."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder) if folder else Path.home()


def ask_save_path(parent: QWidget, caption: str, name: str, kinds: str) -> Path | None:
    """The save dialog, starting in Documents with `name` suggested (the system's own dialog where there is one)."""
    chosen, _ = QFileDialog.getSaveFileName(parent, caption, str(documents_folder() / name), kinds)
    return Path(chosen) if chosen else None


def save_issued(parent: QWidget, doc: dict) -> Path | None:
    """After 発行: name the document and its version, and offer to save the PDF (it is kept in the vault anyway)."""
    text = QCoreApplication.translate("PdfView", "「%1」 version %2 was issued and is kept in the vault (Documents). "
                                      "Save a copy as PDF to send or print it?")
    text = text.replace("%1", doc["title"]).replace("%2", str(doc["version"]))
    asked = QMessageBox.information(parent, QCoreApplication.translate("PdfView", "Issued"), text,
                                    QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Close)
    if asked != QMessageBox.StandardButton.Save:
        return None
    path = ask_save_path(parent, QCoreApplication.translate("PdfView", "Save PDF"),
                         file_name(doc["title"], doc["issue_date"]), "PDF (*.pdf)")
    if path is None:
        return None
    try:
        save_file(path, doc["pdf"])
    except KojinError as exc:
        show_error(parent, exc)
        return None
    saved_message(parent, path)
    return path


def saved_message(parent: QWidget, path: Path) -> None:
    """Say where the file went, with a button that opens its folder."""
    text = QCoreApplication.translate("PdfView", "Saved as %1").replace("%1", str(path))
    asked = QMessageBox.information(parent, QCoreApplication.translate("PdfView", "Saved"), text,
                                    QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Close)
    if asked == QMessageBox.StandardButton.Open:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))


def page_images(pdf: bytes, dpi: int = 96) -> list[QImage]:
    doc = pdfium.PdfDocument(pdf)
    images = []
    try:
        for page in doc:
            bitmap = page.render(scale=dpi / 72, rev_byteorder=True)
            w, h = bitmap.width, bitmap.height
            img = QImage(bitmap.buffer, w, h, bitmap.stride, QImage.Format.Format_RGBX8888 if bitmap.n_channels == 4
                         else QImage.Format.Format_RGB888).copy()
            images.append(img)
    finally:
        doc.close()
    return images


class PdfView(QWidget):
    """Pages one under another, with print and save buttons."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pdf = b""
        self.default_name = "document.pdf"
        self.pages = QVBoxLayout()
        inner = QWidget()
        inner.setLayout(self.pages)
        scroll = QScrollArea()
        scroll.setWidget(inner)
        scroll.setWidgetResizable(True)
        scroll.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.print_button = QPushButton(self.tr("Print…"))
        self.save_button = QPushButton(self.tr("Save PDF…"))
        self.print_button.clicked.connect(self.print_pdf)
        self.save_button.clicked.connect(self.save_pdf)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        layout.addLayout(buttons)

    def show_pdf(self, pdf: bytes, default_name: str = "document.pdf") -> None:
        self.pdf, self.default_name = pdf, default_name
        while self.pages.count():
            item = self.pages.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        for image in page_images(pdf):
            label = QLabel()
            label.setPixmap(QPixmap.fromImage(image))
            label.setStyleSheet("border: 1px solid #999; background: white;")
            self.pages.addWidget(label, alignment=Qt.AlignmentFlag.AlignHCenter)

    def save_pdf(self) -> Path | None:
        path = ask_save_path(self, self.tr("Save PDF"), self.default_name, "PDF (*.pdf)")
        if path is None:
            return None
        try:
            save_file(path, self.pdf)
        except KojinError as exc:
            show_error(self, exc)
            return None
        saved_message(self, path)
        return path

    def print_pdf(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if QPrintDialog(printer, self).exec() != QDialog.DialogCode.Accepted:
            return
        painter = QPainter(printer)
        try:
            for i, image in enumerate(page_images(self.pdf, dpi=min(printer.resolution(), 300))):
                if i:
                    printer.newPage()
                target = painter.viewport()
                size = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.setViewport(target.x(), target.y(), size.width(), size.height())
                painter.setWindow(image.rect())
                painter.drawImage(0, 0, image)
        finally:
            painter.end()


class PdfDialog(QDialog):
    def __init__(self, title: str, pdf: bytes, default_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.view = PdfView(self)
        self.view.show_pdf(pdf, default_name)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        # A 1366x768 laptop is common in offices: never taller than the screen, or the buttons fall off it.
        room = (parent.screen() if parent is not None else self.screen()).availableGeometry()
        self.resize(min(860, room.width()), min(900, room.height() - 40))
