"""The catalogue screen: find a copy as you type, see its title, copies and loans, and do the
few catalogue jobs a branch does at the desk (a donated book, a copy lost, found or written off).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QEvent, QModelIndex, QRegularExpression, Qt, Signal
from PySide6.QtGui import QKeyEvent, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from branchdesk.domain.bbk import DiarySection
from branchdesk.domain.codes import normalise_scan
from branchdesk.domain.model import Item, ItemStatus, Language, Loan, Record
from branchdesk.errors import InvalidInput, NotFound, WorldError
from branchdesk.i18n import QT_TRANSLATE_NOOP, translate
from branchdesk.services.catalogue import (
    ItemInput,
    RecordInput,
    add_record_with_item,
    change_item_status,
)
from branchdesk.services.results import Changes
from branchdesk.store.catalogue_queries import item_loans, record_with_items
from branchdesk.store.queries import SEARCH_LIMIT, search_items
from branchdesk.ui.feedback import attempt, error_text, status_text, world_errors
from branchdesk.ui.formats import day_text, moment_text
from branchdesk.ui.models import Column, RowsModel
from branchdesk.ui.screen import Screen
from branchdesk.ui.state import DeskState

T = TypeVar("T")

CATALOGUE_CHANGES = Changes(catalogue=True, journal=True)

# Labels for values stored as codes; translated like the status names, in the desk language.
# The context is spelled out in each call: lupdate reads only literal strings.
LANGUAGE_LABELS = {
    Language.KAZAKH: QT_TRANSLATE_NOOP("catalogue", "Kazakh"),
    Language.RUSSIAN: QT_TRANSLATE_NOOP("catalogue", "Russian"),
    Language.OTHER: QT_TRANSLATE_NOOP("catalogue", "Other"),
}
SECTION_LABELS = {
    DiarySection.SOCIAL_POLITICAL: QT_TRANSLATE_NOOP("catalogue", "Social and political"),
    DiarySection.NATURAL_SCIENCE: QT_TRANSLATE_NOOP("catalogue", "Natural science and medicine"),
    DiarySection.TECHNICAL: QT_TRANSLATE_NOOP("catalogue", "Technology"),
    DiarySection.AGRICULTURAL: QT_TRANSLATE_NOOP("catalogue", "Agriculture"),
    DiarySection.ARTS_SPORT: QT_TRANSLATE_NOOP("catalogue", "Arts and sport"),
    DiarySection.FICTION: QT_TRANSLATE_NOOP("catalogue", "Fiction"),
    DiarySection.OTHER: QT_TRANSLATE_NOOP("catalogue", "Other subjects"),
    DiarySection.UNCLASSIFIED: QT_TRANSLATE_NOOP("catalogue", "Not classified"),
}
NOTHING = "—"
AUTHORS_WIDTH = 220  # px: the widest the authors column grows in the results


def label(source: str, state: DeskState) -> str:
    return translate(state.language, "catalogue", source)


def make_table(model: RowsModel[T], stretch: int) -> QTableView:
    """A read-only list of rows, one selected at a time; column `stretch` takes the slack."""
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    # Text-high rows: a 768-pixel desk screen shows more copies and loans without scrolling.
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


def select_barcode(table: QTableView, model: RowsModel[Item], barcode: str | None) -> None:
    """Highlight the copy's row, or nothing when the list does not hold it."""
    rows = [i for i, item in enumerate(model.rows()) if item.barcode == barcode]
    selection = table.selectionModel()
    if not rows:
        selection.clear()
        return
    flags = selection.SelectionFlag.ClearAndSelect | selection.SelectionFlag.Rows
    selection.setCurrentIndex(model.index(rows[0], 0), flags)


class ScanField(QLineEdit):
    """A field a barcode scanner types into: the scanner's Enter moves on to the next field
    instead of pressing the dialog's default button with the form half filled."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.focusNextChild()
            event.accept()
            return
        super().keyPressEvent(event)


class QuickAddDialog(QDialog):
    """A donated book catalogued on the spot: the title and its first copy in one step."""

    added = Signal(str, str)  # barcode, title

    def __init__(self, state: DeskState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.title_edit = QLineEdit()
        self.authors_edit = QLineEdit()
        self.year_edit = QLineEdit()
        self.year_edit.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,4}")))
        self.year_edit.setMaximumWidth(80)
        self.language_box = QComboBox()
        for language in LANGUAGE_LABELS:
            self.language_box.addItem("", language)
        self.bbk_edit = QLineEdit()
        self.bbk_edit.textChanged.connect(self._show_section)
        self.section_label = QLabel()
        self.barcode_edit = ScanField()
        self.inventory_edit = QLineEdit()
        self.location_edit = QLineEdit()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for widget in self._fields().values():
            self.form.addRow(QLabel(), widget)
        self.form.insertRow(5, QLabel(), self.section_label)  # under the BBK index it explains
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self.retranslate()

    def _fields(self) -> dict[str, QWidget]:
        """The form's fields by the names the services give in their errors."""
        return {
            "title": self.title_edit,
            "authors": self.authors_edit,
            "year": self.year_edit,
            "language": self.language_box,
            "bbk": self.bbk_edit,
            "barcode": self.barcode_edit,
            "inventory_number": self.inventory_edit,
            "location": self.location_edit,
        }

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Quick add: a donated book"))
        names = {
            "title": self.tr("Title *"),
            "authors": self.tr("Authors"),
            "year": self.tr("Year"),
            "language": self.tr("Language"),
            "bbk": self.tr("BBK index"),
            "barcode": self.tr("Barcode (scan it) *"),
            "inventory_number": self.tr("Inventory number"),
            "location": self.tr("Location"),
        }
        for name, widget in self._fields().items():
            field_label = self.form.labelForField(widget)
            if isinstance(field_label, QLabel):
                field_label.setText(names[name])
        self.authors_edit.setPlaceholderText(self.tr("Surname I. O., several separated by ;"))
        self.bbk_edit.setPlaceholderText(self.tr("for example 84(5Каз)"))
        self.location_edit.setPlaceholderText(self.tr("shelf or room"))
        for row, language in enumerate(LANGUAGE_LABELS):
            self.language_box.setItemText(row, label(LANGUAGE_LABELS[language], self.state))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Add to catalogue"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self._show_section()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _show_section(self) -> None:
        section = self.state.ctx.config.bbk_map.section_for(self.bbk_edit.text())
        text = self.tr("Counted in the diary under: {section}")
        self.section_label.setText(text.format(section=label(SECTION_LABELS[section], self.state)))

    def record_input(self) -> RecordInput:
        year = self.year_edit.text()
        return RecordInput(
            title=self.title_edit.text(),
            authors=self.authors_edit.text().strip() or None,
            year=int(year) if year else None,
            language=Language(self.language_box.currentData()),
            bbk=self.bbk_edit.text().strip() or None,
        )

    def item_input(self) -> ItemInput:
        return ItemInput(
            barcode=self.barcode_edit.text(),
            inventory_number=self.inventory_edit.text().strip() or None,
            location=self.location_edit.text().strip() or None,
        )

    def submit(self) -> None:
        """Add the book; a refusal is shown and the form stays open at the field to fix."""
        with world_errors(self, self.state):
            try:
                record = add_record_with_item(
                    self.state.ctx, self.record_input(), self.item_input(), self.state.operator
                )
            except InvalidInput as error:
                self._fields().get(error.field, self.title_edit).setFocus()
                raise
            self.added.emit(normalise_scan(self.barcode_edit.text()), record.title)
            self.accept()


class CatalogueScreen(Screen):
    """Search as you type over copies; the selected copy shows its title, siblings and loans."""

    def __init__(self, state: DeskState, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        self._barcode: str | None = None  # the selected copy: what the actions act on
        self._record: Record | None = None
        self._copies: list[Item] = []
        self._loans: list[Loan] = []
        self._build_search()
        self._build_record()
        self._build_copy()
        self._lay_out()
        self.retranslate()

    # Building

    def _build_search(self) -> None:
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._search)
        self.search.returnPressed.connect(self._open_first)
        self.quick_add_button = QPushButton()
        self.quick_add_button.clicked.connect(self.quick_add)
        self.count_label = QLabel()
        self.results_model: RowsModel[Item] = RowsModel(
            [
                Column(lambda: self.tr("Barcode"), lambda i: i.barcode),
                Column(lambda: self.tr("Title"), lambda i: i.title),
                Column(lambda: self.tr("Authors"), lambda i: i.authors),
                Column(lambda: self.tr("Status"), self._status_of),
                Column(lambda: self.tr("Location"), lambda i: i.location),
            ],
            alert=lambda i: i.status is ItemStatus.LOST,
        )
        self.results = make_table(self.results_model, stretch=1)
        # Authors may run to a line of names; sized by hand (_fit_authors) to leave the title room.
        self.results.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        self.results.selectionModel().currentRowChanged.connect(self._result_chosen)

    def _build_record(self) -> None:
        self.record_box = QGroupBox()
        self.record_form = QFormLayout(self.record_box)
        self.record_values: dict[str, QLabel] = {}
        for name in ("title", "authors", "year", "publisher", "isbn", "language", "bbk", "section"):
            value = QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.record_values[name] = value
            self.record_form.addRow(QLabel(), value)
        self.copies_model: RowsModel[Item] = RowsModel(
            [
                Column(lambda: self.tr("Barcode"), lambda i: i.barcode),
                Column(lambda: self.tr("Inventory number"), lambda i: i.inventory_number),
                Column(lambda: self.tr("Status"), self._status_of),
                Column(lambda: self.tr("Location"), lambda i: i.location),
            ],
            alert=lambda i: i.status is ItemStatus.LOST,
        )
        self.copies = make_table(self.copies_model, stretch=3)
        self.copies.selectionModel().currentRowChanged.connect(self._copy_chosen)
        self.copies_box = QGroupBox()
        QVBoxLayout(self.copies_box).addWidget(self.copies)

    def _build_copy(self) -> None:
        self.copy_box = QGroupBox()
        self.status_buttons: dict[ItemStatus, QPushButton] = {}
        for status in (
            ItemStatus.LOST,
            ItemStatus.WITHDRAWN,
            ItemStatus.AVAILABLE,
            ItemStatus.REFERENCE_ONLY,
        ):
            button = QPushButton()
            button.clicked.connect(lambda _=False, s=status: self.set_status(s))
            self.status_buttons[status] = button
        self.history_label = QLabel()
        self.history_model: RowsModel[Loan] = RowsModel(
            [
                Column(lambda: self.tr("Lent"), lambda loan: moment_text(loan.lent_at)),
                Column(lambda: self.tr("Reader card"), lambda loan: loan.reader_card),
                Column(lambda: self.tr("Due"), lambda loan: day_text(loan.due_on)),
                Column(lambda: self.tr("Returned"), self._returned_text),
            ],
            alert=lambda loan: loan.is_overdue(self.state.ctx.today()),
        )
        self.history = make_table(self.history_model, stretch=3)
        self.notice = QLabel()
        self.notice.setWordWrap(True)

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.quick_add_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.results, 1)
        left_layout.addWidget(self.count_label)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self._detail_pages())
        splitter.setStretchFactor(0, 5)
        splitter.setStretchFactor(1, 4)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.notice)

    def _detail_pages(self) -> QStackedWidget:
        """A hint until a copy is chosen, then the copy's record, siblings and history."""
        self.hint = QLabel()
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setWordWrap(True)
        detail = QWidget()
        layout = QVBoxLayout(detail)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.record_box)
        layout.addWidget(self.copies_box, 2)
        copy_layout = QVBoxLayout(self.copy_box)
        buttons = QGridLayout()
        for n, button in enumerate(self.status_buttons.values()):
            buttons.addWidget(button, n // 2, n % 2)
        copy_layout.addLayout(buttons)
        copy_layout.addWidget(self.history_label)
        copy_layout.addWidget(self.history, 1)
        layout.addWidget(self.copy_box, 3)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.hint)
        self.pages.addWidget(detail)
        return self.pages

    # Texts

    def title(self) -> str:
        return self.tr("Catalogue")

    def retranslate(self) -> None:
        self.search.setPlaceholderText(
            self.tr("Find a copy: title, author, barcode or inventory number")
        )
        self.quick_add_button.setText(self.tr("Quick add…"))
        self.quick_add_button.setToolTip(self.tr("Catalogue a donated book and its copy"))
        self.hint.setText(self.tr("Choose a copy to see its record, copies and loan history."))
        self.record_box.setTitle(self.tr("Record"))
        names = {
            "title": self.tr("Title"),
            "authors": self.tr("Authors"),
            "year": self.tr("Year"),
            "publisher": self.tr("Publisher"),
            "isbn": self.tr("ISBN"),
            "language": self.tr("Language"),
            "bbk": self.tr("BBK index"),
            "section": self.tr("Diary section"),
        }
        for name, value in self.record_values.items():
            field_label = self.record_form.labelForField(value)
            if isinstance(field_label, QLabel):
                field_label.setText(names[name])
        self.copies_box.setTitle(self.tr("Copies of this title"))
        self.status_buttons[ItemStatus.LOST].setText(self.tr("Mark lost"))
        self.status_buttons[ItemStatus.WITHDRAWN].setText(self.tr("Write off"))
        self.status_buttons[ItemStatus.AVAILABLE].setText(self.tr("Found: back on the shelf"))
        self.status_buttons[ItemStatus.REFERENCE_ONLY].setText(self.tr("Library use only"))
        self.history_label.setText(self.tr("Loan history of this copy, newest first"))
        for model in (self.results_model, self.copies_model, self.history_model):
            model.retranslate()
        self._show_count()
        self._paint_detail()

    def _status_of(self, item: Item) -> str:
        return status_text(item.status.value, self.state)

    def _returned_text(self, loan: Loan) -> str:
        if loan.returned_at is None:
            return status_text(ItemStatus.ON_LOAN.value, self.state)
        return moment_text(loan.returned_at)

    def _show_count(self) -> None:
        count = len(self.results_model.rows())
        if not self.search.text().strip():
            text = ""
        elif count >= SEARCH_LIMIT:
            text = self.tr("The first %n copies; type more to narrow the search.", "", count)
        else:
            text = self.tr("%n copies found", "", count)
        self.count_label.setText(text)

    # Searching and choosing

    def _query(self, work: Callable[[Session], T]) -> T | None:
        """A read model in its own session; a database that fails is a message, not a crash."""

        def run() -> T:
            with self.state.ctx.db.read() as session:
                return work(session)

        return attempt(self, self.state, run)

    def _search(self, text: str) -> None:
        # On each key press in the GUI thread: the indexed search takes milliseconds.
        items = self._query(lambda s: search_items(s, text)) if text.strip() else []
        self.results_model.set_rows(items or [])
        self._fit_authors()
        select_barcode(self.results, self.results_model, self._barcode)
        self._show_count()

    def _fit_authors(self) -> None:
        self.results.resizeColumnToContents(2)
        header = self.results.horizontalHeader()
        header.resizeSection(2, min(header.sectionSize(2), AUTHORS_WIDTH))

    def _open_first(self) -> None:
        """Enter (a scanner's, too) opens the best match; the next scan replaces the text."""
        first = self.results_model.row_at(0)
        if first is not None:
            self._show_copy(first.barcode, first.record_uuid)
        self.search.selectAll()

    def _result_chosen(self, current: QModelIndex) -> None:
        item = self.results_model.row_at(current.row())
        if item is not None and item.barcode != self._barcode:
            self._show_copy(item.barcode, item.record_uuid)

    def _copy_chosen(self, current: QModelIndex) -> None:
        item = self.copies_model.row_at(current.row())
        if item is not None and item.barcode != self._barcode:
            self._show_copy(item.barcode, item.record_uuid)

    def open_item(self, barcode: str) -> None:
        """Show one copy, e.g. from the desk: the search holds its barcode, the copy is chosen."""
        code = normalise_scan(barcode)
        self.search.setText(code)
        item = next((i for i in self.results_model.rows() if i.barcode == code), None)
        if item is None:
            self.notice.setText(error_text(NotFound("unknown_barcode", barcode=code), self.state))
            return
        self._show_copy(item.barcode, item.record_uuid)

    def _show_copy(self, barcode: str, record_uuid: str) -> None:
        found = self._query(lambda s: (record_with_items(s, record_uuid), item_loans(s, barcode)))
        if found is None:
            return
        (self._record, self._copies), self._loans = found
        self._barcode = barcode
        self.copies_model.set_rows(self._copies)
        self.history_model.set_rows(self._loans)
        select_barcode(self.copies, self.copies_model, barcode)
        select_barcode(self.results, self.results_model, barcode)
        self._paint_detail()

    def _selected(self) -> Item | None:
        return next((i for i in self._copies if i.barcode == self._barcode), None)

    def _paint_detail(self) -> None:
        record, item = self._record, self._selected()
        if record is None or item is None:
            self.pages.setCurrentIndex(0)
            return
        self.pages.setCurrentIndex(1)
        section = self.state.ctx.config.bbk_map.section_for(record.bbk)
        values = {
            "title": record.title,
            "authors": record.authors,
            "year": str(record.year) if record.year is not None else None,
            "publisher": record.publisher,
            "isbn": record.isbn,
            "language": label(LANGUAGE_LABELS[record.language], self.state),
            "bbk": record.bbk,
            "section": label(SECTION_LABELS[section], self.state),
        }
        for name, value in values.items():
            self.record_values[name].setText(value or NOTHING)
        heading = self.tr("Copy {barcode}: {status}")
        self.copy_box.setTitle(heading.format(barcode=item.barcode, status=self._status_of(item)))
        for status, button in self.status_buttons.items():
            # The services judge what is allowed; only a no-op button is switched off here.
            button.setEnabled(status is not item.status)

    # Actions

    def set_status(self, new: ItemStatus) -> None:
        """Mark the selected copy lost, written off, found or library use only."""
        barcode = self._barcode
        if barcode is None:
            return
        try:
            change_item_status(self.state.ctx, barcode, new, self.state.operator)
        except WorldError as error:
            self._refused(barcode, error)
            return
        text = self.tr("Copy {barcode} is now: {status}.")
        self.notice.setText(text.format(barcode=barcode, status=status_text(new.value, self.state)))
        self.state.hub.publish(CATALOGUE_CHANGES)

    def _refused(self, barcode: str, error: WorldError) -> None:
        # Some refusals ("a copy on loan cannot be written off") do not name the copy; the
        # librarian may have several copies of a title open, so the message names it first.
        text = self.tr("Copy {barcode} was not changed.").format(barcode=barcode)
        reason = error_text(error, self.state)
        QMessageBox.warning(self, self.tr("Not changed"), f"{text}\n\n{reason}")

    def quick_add(self) -> QuickAddDialog:
        dialog = QuickAddDialog(self.state, self)
        dialog.added.connect(self._added)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _added(self, barcode: str, title: str) -> None:
        self.state.hub.publish(CATALOGUE_CHANGES)
        self.open_item(barcode)
        text = self.tr("Added «{title}», copy {barcode}.")
        self.notice.setText(text.format(title=title, barcode=barcode))

    def on_changes(self, changes: Changes) -> None:
        if changes.catalogue or changes.loans:
            self.refresh()

    def refresh(self) -> None:
        """Search again and reload the chosen copy: a scan or a status change moved things."""
        self._search(self.search.text())
        if self._barcode is not None and self._record is not None:
            self._show_copy(self._barcode, self._record.uuid)

    def focus_default(self) -> None:
        self.search.setFocus()
        self.search.selectAll()
