"""A wizard generated from a forms/ definition: header, one page per table, fields, PDF preview.

Every keystroke is kept: the draft is saved to the vault shortly after typing stops, and a
new wizard for the same contract and form resumes it.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from kojin_desk.areas import issuing
from kojin_desk.errors import KojinError, Problem, ValidationError
from kojin_desk.formkit import data as formdata
from kojin_desk.formkit.definition import FieldDef, FormDef, TableDef, get_form
from kojin_desk.formkit.header import header_parts
from kojin_desk.i18n import pick
from kojin_desk.services import documents
from kojin_desk.ui.field_editors import FieldEditor, label_for
from kojin_desk.ui.pdf_view import PdfView, file_name, save_issued
from kojin_desk.ui.progress_dialog import WorkProgress
from kojin_desk.ui.widgets import ArticleLink, EnterStaysInTable, ErrorLabel

GROUP_TITLES = {"issuer": ("発行者", "issuer"), "contract": ("契約", "contract")}


def _group_where(group: str) -> str:
    return pick(*GROUP_TITLES[group])


class FieldsPage(QWizardPage):
    """Plain fields; `groups` maps a data key (or "" for top level) to its fields."""

    def __init__(self, wizard: "FormWizard", title: str, groups: dict[str, tuple[FieldDef, ...]]) -> None:
        super().__init__()
        self.wiz, self.groups = wizard, groups
        self.setTitle(title)
        self.editors: dict[tuple[str, str], FieldEditor] = {}
        self.errors: dict[tuple[str, str], ErrorLabel] = {}
        self.rows: dict[tuple[str, str], int] = {}
        inner = QWidget()
        form = self.form_layout = QFormLayout(inner)
        for group, fields in groups.items():
            if group:
                form.addRow(QLabel(f"<b>{_group_where(group)}</b>"))
            for f in fields:
                editor = FieldEditor(f, wizard.changed)
                row = QVBoxLayout()
                line = QHBoxLayout()
                line.addWidget(editor.widget, 1)
                if f.article:
                    line.addWidget(ArticleLink(f.article))
                row.addLayout(line)
                if f.help:
                    hint = QLabel(f.help)
                    hint.setWordWrap(True)
                    hint.setStyleSheet("color: #555; font-size: small;")
                    row.addWidget(hint)
                error = ErrorLabel()
                row.addWidget(error)
                self.rows[(group, f.key)] = form.rowCount()
                form.addRow(label_for(f), row)
                self.editors[(group, f.key)] = editor
                self.errors[(group, f.key)] = error
        scroll = QScrollArea()
        scroll.setWidget(inner)
        scroll.setWidgetResizable(True)
        QVBoxLayout(self).addWidget(scroll)

    def fields(self):
        return [(group, f) for group, fields in self.groups.items() for f in fields]

    def show_for(self, kind: str) -> None:
        """Only the fields asked for this 届出の区分: no 変更年月日 or 変更の理由 on a 新規 届."""
        for group, f in self.fields():
            self.form_layout.setRowVisible(self.rows[(group, f.key)], self.wiz.form.applies(f, kind))

    def applies(self, kind: str) -> bool:
        return any(self.wiz.form.applies(f, kind) for _, f in self.fields())

    def load(self, data: dict) -> None:
        for (group, key), editor in self.editors.items():
            editor.set_value((data.get(group) or {}).get(key) if group else data.get(key))

    def store(self, data: dict) -> None:
        for (group, key), editor in self.editors.items():
            (data.setdefault(group, {}) if group else data)[key] = editor.value()

    def validatePage(self) -> bool:
        problems = self.wiz.problems()
        mine = False
        for (group, key), error in self.errors.items():
            f = next(f for f in self.groups[group] if f.key == key)
            where = _group_where(group) if group else ""
            found = [p for p in problems if p.where == where and p.params.get("field") == f.label]
            error.show_message("\n".join(msg_only(p) for p in found))
            mine |= bool(found)
        return not mine


def msg_only(p: Problem) -> str:
    return str(Problem(p.code, p.params))


class ChoiceDelegate(QStyledItemDelegate):
    def __init__(self, f: FieldDef, parent=None) -> None:
        super().__init__(parent)
        self.field = f

    def createEditor(self, parent, option, index):
        box = QComboBox(parent)
        box.setEditable(self.field.other)
        box.addItems(list(self.field.choices))
        return box

    def setEditorData(self, editor, index):
        editor.setCurrentText(index.data() or "")

    def setModelData(self, editor, model, index):
        model.setData(index, editor.currentText())


class TablePage(QWizardPage):
    def __init__(self, wizard: "FormWizard", table: TableDef) -> None:
        super().__init__()
        self.wiz, self.table_def = wizard, table
        self.setTitle(table.label)
        cols = table.columns
        self.grid = QTableWidget(0, len(cols))
        self.grid.setObjectName(table.key)
        self.grid.setHorizontalHeaderLabels([c.label + (" *" if c.required else "") for c in cols])
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        for i, c in enumerate(cols):
            if c.type == "choice":
                self.grid.setItemDelegateForColumn(i, ChoiceDelegate(c, self.grid))
            if c.help:
                self.grid.horizontalHeaderItem(i).setToolTip(c.help)
        self.grid.horizontalHeader().setStretchLastSection(True)
        self.grid.itemChanged.connect(wizard.changed)
        add, remove = QPushButton(self.tr("Add row")), QPushButton(self.tr("Remove row"))
        add.setObjectName("add_row")
        add.clicked.connect(self.add_row)
        remove.clicked.connect(self.remove_row)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch()
        if table.article:
            buttons.addWidget(ArticleLink(table.article))
        self.error = ErrorLabel()
        layout = QVBoxLayout(self)
        notes = [self.tr("Dates may be typed as R8.3.31; the print shows 和暦.") if any(c.type == "date" for c in cols) else "",
                 self.tr("At least %n row(s).", "", table.min_rows) if table.min_rows else ""]
        if any(notes):
            layout.addWidget(QLabel(" ".join(n for n in notes if n)))
        layout.addWidget(self.grid)
        layout.addLayout(buttons)
        layout.addWidget(self.error)

    def applies(self, kind: str) -> bool:
        return self.wiz.form.applies(self.table_def, kind)

    def add_row(self, values: dict | None = None) -> None:
        if self.grid.rowCount() >= self.table_def.max_rows:
            return
        row = self.grid.rowCount()
        self.grid.blockSignals(True)
        self.grid.insertRow(row)
        for i, c in enumerate(self.table_def.columns):
            self.grid.setItem(row, i, QTableWidgetItem(str((values or {}).get(c.key) or "")))
        self.grid.blockSignals(False)
        self.wiz.changed()

    def remove_row(self) -> None:
        rows = sorted({i.row() for i in self.grid.selectedIndexes()} or {self.grid.currentRow()}, reverse=True)
        for r in rows:
            if r >= 0:
                self.grid.removeRow(r)
        self.wiz.changed()

    def load(self, data: dict) -> None:
        self.grid.setRowCount(0)
        for row in data.get(self.table_def.key) or []:
            self.add_row(row)

    def store(self, data: dict) -> None:
        rows = []
        for r in range(self.grid.rowCount()):
            rows.append({c.key: (self.grid.item(r, i).text() if self.grid.item(r, i) else "")
                         for i, c in enumerate(self.table_def.columns)})
        data[self.table_def.key] = [row for row in rows if any(v.strip() for v in row.values())]

    def validatePage(self) -> bool:
        label = self.table_def.label
        found = [p for p in self.wiz.problems() if p.where.startswith(label) or p.params.get("field") == label]
        self.error.show_message("\n".join(map(str, found)))
        return not found


class PreviewPage(QWizardPage):
    def __init__(self, wizard: "FormWizard") -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Preview"))
        self.setSubTitle(self.tr("Check the form as it will be printed. Issue keeps it in the vault for good."))
        self.view = PdfView(self)
        self.error = ErrorLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addWidget(self.error)

    def initializePage(self) -> None:
        try:
            with WorkProgress(self, self.tr("Preview")) as progress:
                pdf, _ = documents.render_pdf(self.wiz.form.id, self.wiz.collect(), self.wiz.ctx.settings.date_style,
                                              progress)
        except KojinError as exc:
            self.error.show_message(str(exc))
            return
        self.error.show_message("")
        data = self.wiz.collect()
        self.view.show_pdf(pdf, file_name(self.wiz.form.title_for(data), data.get("issue_date", "")))


class FormWizard(QWizard):
    """Fill, preview and issue one form for the current contract; `self.issued` after Finish."""

    def __init__(self, ctx, form_id: str, parent=None, initial: dict | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.form: FormDef = get_form(form_id)
        self.contract_id = ctx.contract_id
        self.issued: dict | None = None
        self.setWindowTitle(self.form.title)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Issue"))
        self.enter_in_tables = EnterStaysInTable(self)
        self._loading = True
        # 届出の区分 first: it decides which pages and fields follow (a 新規 届 has no 変更の内容).
        kind = tuple(f for f in self.form.fields if f.key == self.form.title_field)
        header_fields, groups = header_parts(self.form)  # only what this form prints
        self.header_page = FieldsPage(self, self.tr("Addressee, issuer and contract"),
                                      {"": header_fields + kind, **groups})
        self.table_pages = [TablePage(self, t) for t in self.form.tables]
        self.pages_with_data = [self.header_page, *self.table_pages]
        rest = tuple(f for f in self.form.fields if f not in kind)
        if rest:
            self.pages_with_data.append(FieldsPage(self, self.form.title, {"": rest}))
        for page in self.pages_with_data:
            self.addPage(page)
        self.preview_page = PreviewPage(self)
        self.addPage(self.preview_page)
        data = initial if initial is not None else issuing.start_data(ctx.vault, self.contract_id, form_id)
        for page in self.pages_with_data:
            page.load(data)
        self._loading = False
        self.show_for_kind()
        for page in self.table_pages:
            page.grid.installEventFilter(self.enter_in_tables)
        self.draft_timer = QTimer(self)
        self.draft_timer.setSingleShot(True)
        self.draft_timer.setInterval(400)
        self.draft_timer.timeout.connect(self.save_draft)
        self.resize(900, 720)

    def changed(self, *_args) -> None:
        if not self._loading:
            self.show_for_kind()
            self.draft_timer.start()

    def kind(self) -> str:
        """The 届出の区分 chosen (新規/変更), or "" for a form without one."""
        editor = self.header_page.editors.get(("", self.form.title_field))
        return editor.value() if editor else ""

    def show_for_kind(self) -> None:
        for page in self.pages_with_data:
            if isinstance(page, FieldsPage):
                page.show_for(self.kind())

    def nextId(self) -> int:
        """Pages that do not apply to the chosen 届出の区分 are skipped."""
        ids = self.pageIds()
        kind = self.kind()
        for page_id in ids[ids.index(self.currentId()) + 1:]:
            page = self.page(page_id)
            if not hasattr(page, "applies") or page.applies(kind):
                return page_id
        return -1

    def collect(self) -> dict:
        data: dict = {}
        for page in self.pages_with_data:
            page.store(data)
        kind = self.kind()
        for part in (*self.form.fields, *self.form.tables):
            if not self.form.applies(part, kind):  # typed for a 変更届, then switched to 新規: not printed
                data[part.key] = [] if isinstance(part, TableDef) else ""
        return data

    def problems(self) -> list[Problem]:
        return formdata.validate(self.form, self.collect())[1]

    def save_draft(self) -> None:
        if self.ctx.vault.is_open:
            documents.save_draft(self.ctx.vault, self.contract_id, self.form.id, self.collect())

    def done(self, result: int) -> None:
        self.draft_timer.stop()
        if result != QWizard.DialogCode.Accepted and self.ctx.vault.is_open:
            self.save_draft()  # Cancel keeps the draft: nothing typed is lost
        super().done(result)

    def accept(self) -> None:
        try:
            with WorkProgress(self, self.form.title) as progress:
                self.issued = issuing.issue(self.ctx.vault, self.contract_id, self.form.id, self.collect(),
                                              self.ctx.settings.date_style, progress)
        except ValidationError as exc:
            self.preview_page.error.show_message(str(exc))
            return
        except KojinError as exc:
            QMessageBox.warning(self, self.form.title, str(exc))
            return
        self.ctx.data_changed.emit()
        super().accept()
        save_issued(self.parentWidget() or self, self.issued)


def issue_form(ctx, form_id: str, parent=None, initial: dict | None = None) -> dict | None:
    """Open the wizard of one form (pre-filled with `initial`); the issued document, or None."""
    if ctx.contract_id is None:
        return None
    wizard = FormWizard(ctx, form_id, parent, initial=initial)
    wizard.exec()
    return wizard.issued
