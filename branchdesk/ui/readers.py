"""The readers screen: find a reader as you type, see the record, and look after it.

Search runs on every keystroke in the GUI thread: the folded full-text index answers in a
few milliseconds (DESIGN §10), so a worker thread would only add latency and races.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from branchdesk.domain.groups import age_on
from branchdesk.domain.model import Loan, Reader, ReaderStatus
from branchdesk.domain.readers import TEXT_MAX, mask_iin, mask_phone
from branchdesk.services.readers import block_reader, reregister_reader, unblock_reader
from branchdesk.services.results import Changes
from branchdesk.store import queries
from branchdesk.ui.calendar_names import date_field
from branchdesk.ui.card_button import CardButton
from branchdesk.ui.feedback import attempt, status_text
from branchdesk.ui.formats import DONE_COLOUR, ERROR_COLOUR, day_text, qdate
from branchdesk.ui.models import Column, RowsModel
from branchdesk.ui.reader_form import ReaderForm, field_label, group_label
from branchdesk.ui.screen import Screen
from branchdesk.ui.state import DeskState

_CHANGES = Changes(readers=True, journal=True)
# Shown even when empty: what the librarian checks before lending.
_ALWAYS_SHOWN = ("card", "birth_date", "status", "valid", "registered", "years", "on_loan")
_DETAILS = (
    "card",
    "birth_date",
    "sex",
    "iin",
    "category",
    "school_or_work",
    "education",
    "address",
    "phone",
    "guarantor",
    "language",
    "status",
    "valid",
    "registered",
    "years",
    "consent_date",
    "on_loan",
    "notes",
)


def _compact(table: QTableView) -> None:
    """Read-only rows of one line each: more readers fit on a 768-pixel screen."""
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(False)


class BlockDialog(QDialog):
    """Why the reader is blocked (required) and, if it is for a while, until when."""

    def __init__(self, reader: Reader, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reader = reader
        self.prompt = QLabel()
        self.prompt.setWordWrap(True)
        self.reason = QLineEdit()
        self.reason.setMaxLength(TEXT_MAX)
        self.reason.setText(reader.block_reason or "")
        self.limited = QCheckBox()
        self.until = date_field(QDateEdit(), "dd.MM.yyyy")
        self.until.setMinimumDate(qdate(today))
        self.until.setDate(qdate(reader.blocked_until or today + timedelta(days=30)))
        self.limited.setChecked(reader.blocked_until is not None)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.form = QFormLayout()
        self._layout()
        self.limited.toggled.connect(self.until.setEnabled)
        self.reason.textChanged.connect(self._check)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.until.setEnabled(self.limited.isChecked())
        self.retranslate()
        self._check()

    def _layout(self) -> None:
        self.form.addRow(QLabel(), self.reason)
        self.form.addRow(self.limited, self.until)
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Block reader"))
        self.prompt.setText(
            self.tr("Block {name} ({card}): no loans until unblocked.").format(
                name=self.reader.full_name, card=self.reader.card_number
            )
        )
        self._caption(0, self.tr("Reason *"))
        self.limited.setText(self.tr("Until"))
        self.reason.setPlaceholderText(self.tr("for example: lost a book, did not pay"))

    def _caption(self, row: int, text: str) -> None:
        item = self.form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        label = item.widget() if item is not None else None
        if isinstance(label, QLabel):
            label.setText(text)

    def _check(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.reason.text().strip()))

    def values(self) -> tuple[str, date | None]:
        until = self.until.date().toPython() if self.limited.isChecked() else None
        return self.reason.text().strip(), until  # type: ignore[return-value]


class HistoryDialog(QDialog):
    """The формуляр: every loan of the reader, newest first; open overdue ones in red."""

    def __init__(self, state: DeskState, reader: Reader, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.reader = reader
        today = state.ctx.today()
        self.model: RowsModel[Loan] = RowsModel(
            [
                Column(lambda: self.tr("Lent"), lambda x: day_text(x.lent_at.date())),
                Column(lambda: self.tr("Barcode"), lambda x: x.item_barcode),
                Column(lambda: self.tr("Title"), lambda x: x.title),
                Column(lambda: self.tr("Due"), lambda x: day_text(x.due_on)),
                Column(lambda: self.tr("Returned"), self._returned),
            ],
            alert=lambda loan: loan.is_overdue(today),
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        _compact(self.table)
        self.summary = QLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.resize(900, 520)
        self.load()
        self.retranslate()

    def _returned(self, loan: Loan) -> str:
        if loan.returned_at is None:
            return self.tr("on loan")
        return day_text(loan.returned_at.date())

    def load(self) -> None:
        state, card = self.state, self.reader.card_number

        def read() -> list[Loan]:
            with state.ctx.db.read() as session:
                return queries.reader_loans(session, card, open_only=False)

        self.model.set_rows(attempt(self, state, read) or [])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

    def retranslate(self) -> None:
        self.setWindowTitle(
            self.tr("Loan history: {name} ({card})").format(
                name=self.reader.full_name, card=self.reader.card_number
            )
        )
        self.summary.setText(self.tr("%n loan(s) since registration", "", self.model.rowCount()))
        self.model.retranslate()


class ReadersScreen(Screen):
    """Search on the left, the chosen reader's record and actions on the right."""

    def __init__(self, state: DeskState, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        self.reader: Reader | None = None
        self.open_loans: list[Loan] = []
        self.current_dialog: QDialog | None = None
        self.search = QLineEdit()
        self.search.setMaxLength(100)
        self.search.setClearButtonEnabled(True)
        self.new_button = QPushButton()
        self.count = QLabel()
        self.model: RowsModel[Reader] = RowsModel(
            [
                Column(lambda: self.tr("Card"), lambda r: r.card_number),
                Column(lambda: self.tr("Full name"), lambda r: r.full_name),
                Column(lambda: self.tr("Born"), lambda r: day_text(r.birth_date)),
                # Masked: the list is seen over the librarian's shoulder; the card shows all.
                Column(lambda: self.tr("ИИН"), lambda r: mask_iin(r.iin)),
                Column(lambda: self.tr("Phone"), lambda r: mask_phone(r.phone)),
                Column(lambda: self.tr("Status"), lambda r: status_text(r.status.value, state)),
            ],
            alert=lambda r: r.status is not ReaderStatus.ACTIVE,
        )
        self.table = QTableView()
        self.heading = QLabel()
        self.placeholder = QLabel()
        self.captions: dict[str, QLabel] = {}
        self.values: dict[str, QLabel] = {}
        self.details = QFormLayout()
        self.notice = QLabel()
        self.edit_button = QPushButton()
        self.reregister_button = QPushButton()
        self.block_button = QPushButton()
        self.unblock_button = QPushButton()
        self.history_button = QPushButton()
        self.card_button = CardButton(state, lambda: self.reader)
        self._build()
        self._connect()
        self.retranslate()
        self.run_search()

    # ----- building -----

    def _build(self) -> None:
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self._left())
        splitter.addWidget(self._right())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def _left(self) -> QWidget:
        panel = QWidget()
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.new_button)
        self.table.setModel(self.model)
        _compact(self.table)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 6, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        return panel

    def _right(self) -> QWidget:
        panel = QFrame()
        panel.setFrameShape(QFrame.Shape.StyledPanel)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.placeholder.setWordWrap(True)
        details = self.details
        details.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        for key in _DETAILS:
            caption, value = QLabel(), QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.captions[key], self.values[key] = caption, value
            details.addRow(caption, value)
        self.notice.setWordWrap(True)
        layout = QVBoxLayout(panel)
        layout.addWidget(self.heading)
        layout.addWidget(self.placeholder)
        layout.addLayout(details)
        layout.addStretch(1)
        layout.addWidget(self.notice)
        layout.addLayout(self._actions())
        return panel

    def _actions(self) -> QGridLayout:
        grid = QGridLayout()
        buttons = (
            self.edit_button,
            self.reregister_button,
            self.history_button,
            self.block_button,
            self.unblock_button,
            self.card_button,
        )
        for index, button in enumerate(buttons):
            grid.addWidget(button, index // 3, index % 3)
        return grid

    def _connect(self) -> None:
        self.search.textChanged.connect(self.run_search)
        self.search.returnPressed.connect(self._first_result)
        self.table.selectionModel().currentRowChanged.connect(self._on_current)
        self.table.doubleClicked.connect(self.edit_reader)
        self.new_button.clicked.connect(self.new_reader)
        self.edit_button.clicked.connect(self.edit_reader)
        self.reregister_button.clicked.connect(self.reregister)
        self.block_button.clicked.connect(self.block)
        self.unblock_button.clicked.connect(self.unblock)
        self.history_button.clicked.connect(self.history)
        self.card_button.printed.connect(
            lambda done: self._say(self.tr("The card is ready: {path}").format(path=done.path))
        )

    # ----- texts -----

    def title(self) -> str:
        return self.tr("Readers")

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search: name, card, ИИН or phone, any script"))
        self.new_button.setText(self.tr("New reader"))
        self.edit_button.setText(self.tr("Edit"))
        self.reregister_button.setText(self.tr("Re-register"))
        self.block_button.setText(self.tr("Block…"))
        self.unblock_button.setText(self.tr("Unblock"))
        self.history_button.setText(self.tr("History"))
        self.card_button.retranslate()
        self.placeholder.setText(self.tr("Find a reader on the left, or register a new one."))
        captions = {
            "sex": field_label("sex"),
            "iin": field_label("iin"),
            "birth_date": field_label("birth_date"),
            "category": field_label("category"),
            "school_or_work": field_label("school_or_work"),
            "education": field_label("education"),
            "phone": field_label("phone"),
            "guarantor": field_label("guarantor_name"),
            "status": field_label("status"),
            "notes": field_label("notes"),
            "card": field_label("card"),
            "address": self.tr("Address"),
            "language": self.tr("Language of service"),
            "valid": self.tr("Card valid until"),
            "registered": self.tr("Registered"),
            "years": self.tr("Re-registered"),
            "consent_date": self.tr("Consent given"),
            "on_loan": self.tr("On loan now"),
        }
        for key, text in captions.items():
            self.captions[key].setText(text)
        self.model.retranslate()
        self._show_count()
        self._show_reader()

    # ----- searching -----

    def run_search(self) -> None:
        query = self.search.text()
        state = self.state

        def read() -> list[Reader]:
            with state.ctx.db.read() as session:
                return queries.search_readers(session, query)

        self.model.set_rows(attempt(self, state, read) or [])
        self._show_count()
        self._reselect(first=bool(query.strip()))

    def _show_count(self) -> None:
        found = self.model.rowCount()
        if found >= queries.SEARCH_LIMIT:
            text = self.tr("The first {limit} readers; type more to narrow down.").format(
                limit=queries.SEARCH_LIMIT
            )
        else:
            text = self.tr("%n reader(s) found", "", found)
        self.count.setText(text)

    def _reselect(self, *, first: bool) -> None:
        """Keep the open reader selected if found again; else follow the best match."""
        cards = [r.card_number for r in self.model.rows()]
        if self.reader is not None and self.reader.card_number in cards:
            self._select_row(cards.index(self.reader.card_number))
        elif first and cards:
            self._select_row(0)

    def _select_row(self, row: int) -> None:
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))

    def _first_result(self) -> None:
        if self.model.rowCount():
            self.table.selectRow(0)
            self.table.setFocus()

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        reader = self.model.row_at(current.row())
        if reader is not None and (self.reader is None or reader.uuid != self.reader.uuid):
            self.notice.clear()
            self.load_reader(reader.card_number)

    # ----- the chosen reader -----

    def open_reader(self, card: str) -> bool:
        """Show the reader with this card (the desk calls it); False when there is none."""
        if not self.load_reader(card):
            return False
        self.search.setText(card)
        return True

    def load_reader(self, card: str) -> bool:
        state = self.state

        def read() -> tuple[Reader | None, list[Loan]]:
            with state.ctx.db.read() as session:
                return queries.find_reader(session, card), queries.reader_loans(session, card)

        reader, loans = attempt(self, state, read) or (None, [])
        if reader is None:
            return False
        self.reader, self.open_loans = reader, loans
        self._show_reader()
        return True

    def _show_reader(self) -> None:
        reader = self.reader
        self.placeholder.setVisible(reader is None)
        self.heading.setText(reader.full_name if reader else self.tr("Readers"))
        texts = self._detail_texts(reader) if reader is not None else {}
        for row, key in enumerate(_DETAILS):
            text = texts.get(key, "")
            self.values[key].setText(text)
            self.details.setRowVisible(
                row, reader is not None and (bool(text) or key in _ALWAYS_SHOWN)
            )
        if reader is not None:
            self._colour_warnings(reader)
        self._update_buttons()

    def _detail_texts(self, reader: Reader) -> dict[str, str]:
        return {
            "card": reader.card_number,
            "birth_date": self._birth_text(reader),
            "sex": {"m": self.tr("male"), "f": self.tr("female")}.get(reader.sex or "", ""),
            "iin": reader.iin or "",
            "category": group_label(reader.category),
            "school_or_work": reader.school_or_work or "",
            "education": reader.education or "",
            "address": self._address_text(reader),
            "phone": reader.phone or "",
            "guarantor": self._guarantor_text(reader),
            "language": {"kk": self.tr("Kazakh"), "ru": self.tr("Russian")}.get(
                reader.language or "", ""
            ),
            "status": self._status_detail(reader),
            "valid": self._valid_text(reader),
            "registered": day_text(reader.registered_on),
            "years": ", ".join(str(y) for y in reader.reregistered_years) or self.tr("not yet"),
            "consent_date": day_text(reader.consent_date),
            "on_loan": self._on_loan_text(),
            "notes": reader.notes or "",
        }

    def _birth_text(self, reader: Reader) -> str:
        birth, today = reader.birth_date, self.state.ctx.today()
        if birth is None:
            return self.tr("unknown")
        if birth > today:
            return day_text(birth)
        return self.tr("{date}, age {age}").format(date=day_text(birth), age=age_on(birth, today))

    def _address_text(self, reader: Reader) -> str:
        flat = self.tr("flat {flat}").format(flat=reader.flat) if reader.flat else None
        house = " ".join(p for p in (reader.street, reader.house) if p)
        return ", ".join(p for p in (reader.settlement, house, flat) if p)

    @staticmethod
    def _guarantor_text(reader: Reader) -> str:
        g = reader.guarantor
        return "" if g is None else ", ".join(p for p in (g.name, g.phone, g.iin) if p)

    def _status_detail(self, reader: Reader) -> str:
        status = status_text(reader.status.value, self.state)
        if reader.status is not ReaderStatus.BLOCKED:
            return status
        if reader.blocked_until is None:
            return self.tr("{status}: {reason}").format(status=status, reason=reader.block_reason)
        return self.tr("{status} until {until}: {reason}").format(
            status=status, until=day_text(reader.blocked_until), reason=reader.block_reason
        )

    def _valid_text(self, reader: Reader) -> str:
        valid = reader.card_valid_until
        if valid is None:
            return ""
        if valid < self.state.ctx.today():
            return self.tr("{date} (expired: re-register)").format(date=day_text(valid))
        return day_text(valid)

    def _on_loan_text(self) -> str:
        loans = self.open_loans
        today = self.state.ctx.today()
        late = sum(1 for loan in loans if loan.is_overdue(today))
        if late:
            return self.tr("{count} (overdue: {late})").format(count=len(loans), late=late)
        return str(len(loans))

    def _colour_warnings(self, reader: Reader) -> None:
        today = self.state.ctx.today()
        alarming = {
            "status": reader.status is not ReaderStatus.ACTIVE,
            "valid": reader.card_valid_until is not None and reader.card_valid_until < today,
            "on_loan": any(loan.is_overdue(today) for loan in self.open_loans),
        }
        for key, alarm in alarming.items():
            self.values[key].setStyleSheet(f"color: {ERROR_COLOUR};" if alarm else "")

    def _update_buttons(self) -> None:
        reader = self.reader
        year = self.state.ctx.today().year
        done_this_year = reader is not None and (
            reader.registered_on.year == year or year in reader.reregistered_years
        )
        live = reader is not None and reader.status in (ReaderStatus.ACTIVE, ReaderStatus.BLOCKED)
        self.edit_button.setEnabled(reader is not None)
        self.history_button.setEnabled(reader is not None)
        self.card_button.setEnabled(reader is not None)
        self.reregister_button.setEnabled(reader is not None and not done_this_year)
        self.reregister_button.setToolTip(
            self.tr("Already registered for {year}.").format(year=year) if done_this_year else ""
        )
        self.block_button.setEnabled(live)
        self.unblock_button.setEnabled(reader is not None and reader.status is ReaderStatus.BLOCKED)

    def _say(self, text: str) -> None:
        self.notice.setStyleSheet(f"color: {DONE_COLOUR};")
        self.notice.setText(text)

    # ----- actions -----

    def new_reader(self) -> None:
        self._open_form(None)

    def edit_reader(self) -> None:
        if self.reader is not None:
            self._open_form(self.reader)

    def _open_form(self, reader: Reader | None) -> None:
        form = ReaderForm(self.state, reader, self)
        form.saved.connect(self._after_save)
        self._show_dialog(form)

    def _show_dialog(self, dialog: QDialog) -> None:
        # Window-modal and not exec(): the event loop stays ours, and tests drive the dialog.
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.current_dialog = dialog
        dialog.finished.connect(lambda _result: self._forget(dialog))
        dialog.open()

    def _forget(self, dialog: QDialog) -> None:
        if self.current_dialog is dialog:
            self.current_dialog = None

    def _after_save(self, reader: Reader) -> None:
        self.open_reader(reader.card_number)
        self._say(
            self.tr("Saved: {name}, card {card}.").format(
                name=reader.full_name, card=reader.card_number
            )
        )

    def reregister(self) -> None:
        reader, state = self.reader, self.state
        if reader is None:
            return
        done = attempt(
            self, state, lambda: reregister_reader(state.ctx, reader.card_number, state.operator)
        )
        if done is None:
            return
        state.hub.publish(_CHANGES)
        self._say(
            self.tr("{name} is re-registered for {year}; card valid until {valid}.").format(
                name=done.full_name,
                year=state.ctx.today().year,
                valid=day_text(done.card_valid_until),
            )
        )

    def block(self) -> None:
        if self.reader is None:
            return
        dialog = BlockDialog(self.reader, self.state.ctx.today(), self)
        dialog.accepted.connect(lambda: self._block(dialog.reader, *dialog.values()))
        self._show_dialog(dialog)

    def _block(self, reader: Reader, reason: str, until: date | None) -> None:
        state = self.state
        done = attempt(
            self,
            state,
            lambda: block_reader(state.ctx, reader.card_number, reason, state.operator, until),
        )
        if done is not None:
            state.hub.publish(_CHANGES)
            self._say(self.tr("{name} is blocked.").format(name=done.full_name))

    def unblock(self) -> None:
        reader, state = self.reader, self.state
        if reader is None:
            return
        done = attempt(
            self, state, lambda: unblock_reader(state.ctx, reader.card_number, state.operator)
        )
        if done is not None:
            state.hub.publish(_CHANGES)
            self._say(self.tr("{name} may borrow again.").format(name=done.full_name))

    def history(self) -> None:
        if self.reader is not None:
            self._show_dialog(HistoryDialog(self.state, self.reader, self))

    # ----- the rest of the desk -----

    def on_changes(self, changes: Changes) -> None:
        if changes.readers or changes.loans:
            if self.reader is not None:
                self.load_reader(self.reader.card_number)
            self.run_search()

    def focus_default(self) -> None:
        self.search.setFocus()
        self.search.selectAll()
