"""The desk: one scan field, the reader in front of the librarian, and what each scan did.

Scanner first: a USB scanner types the code and Enter. A card opens that reader; a book lends
to the open reader, or is taken back in return mode (or when no reader is open). The field
takes the focus back after every action, so the next scan always lands in it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import QColor, QDesktopServices, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from branchdesk.domain.circulation import ReaderFacts, reader_outcomes
from branchdesk.domain.codes import ScanKind, classify_scan, normalise_scan
from branchdesk.domain.model import Loan, Reader
from branchdesk.domain.outcomes import Code, Outcome, Severity, outcome
from branchdesk.errors import WorldError
from branchdesk.paths import printouts_dir
from branchdesk.services import activity, circulation, readers
from branchdesk.services.results import Changes, DeskResult, Override, Status
from branchdesk.store import queries
from branchdesk.ui.feedback import error_text, outcome_text
from branchdesk.ui.formats import DONE_COLOUR, ERROR_COLOUR, day_text
from branchdesk.ui.models import Column, RowsModel
from branchdesk.ui.screen import Screen
from branchdesk.ui.state import DeskState

COLOURS = {
    Severity.BLOCK: ERROR_COLOUR,
    Severity.CONFIRM: "#b15c00",
    Severity.ALERT: "#7a5b00",
    Severity.INFO: "#1f5fa8",
}
BANNERS = {  # background, text
    "ok": ("#e6f4ea", DONE_COLOUR),
    "stop": ("#fce8e6", ERROR_COLOUR),
    "warn": ("#fef3e0", "#8a4b00"),
    "idle": ("#eef1f4", "#3c4650"),
}


class Mode(Enum):
    LEND = "lend"
    RETURN = "return"


@dataclass(frozen=True)
class OpenReader:
    reader: Reader
    loans: tuple[Loan, ...]
    outcomes: tuple[Outcome, ...]


class ConfirmDialog(QDialog):
    """A CONFIRM: what the rules say, and the librarian's reason to go ahead anyway."""

    def __init__(self, messages: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Confirm"))
        layout = QVBoxLayout(self)
        text = QLabel("\n".join(f"• {m}" for m in messages))
        text.setWordWrap(True)
        layout.addWidget(text)
        layout.addWidget(QLabel(self.tr("Reason to go ahead (kept in the journal):")))
        self.reason = QLineEdit()
        self.reason.setMaxLength(300)
        layout.addWidget(self.reason)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Go ahead"))
        self.ok.setEnabled(False)
        # The scanner keeps typing and sends Enter: neither may confirm an override. Only a
        # click (or Tab to the button and Space) does, and a scanned code is no reason.
        self.ok.setAutoDefault(False)
        self.ok.setDefault(False)
        self.reason.textChanged.connect(self._reason_changed)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)

    def _reason_changed(self, text: str) -> None:
        reason = text.strip()
        scanned = classify_scan(reason) is not ScanKind.MALFORMED and " " not in reason
        self.ok.setEnabled(bool(reason) and not scanned)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()  # Enter from a scanner must not confirm anything
            return
        super().keyPressEvent(event)


class DeskScreen(Screen):
    """The first screen."""

    def __init__(self, state: DeskState, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        self.mode = Mode.LEND
        self.current: OpenReader | None = None
        self._own_change = False
        self._build()
        self._shortcuts()
        self.retranslate()
        self._show_reader()

    # ----- layout -----

    def _build(self) -> None:
        self.lend_button = QPushButton()
        self.return_button = QPushButton()
        self.modes = QButtonGroup(self)
        for button, mode in ((self.lend_button, Mode.LEND), (self.return_button, Mode.RETURN)):
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _=False, m=mode: self.set_mode(m))
            self.modes.addButton(button)
        self.lend_button.setChecked(True)
        self.scan = QLineEdit()
        self.scan.setMaxLength(64)
        big = QFont(self.font())
        big.setPointSize(big.pointSize() + 4)
        self.scan.setFont(big)
        self.scan.setMinimumHeight(40)
        self.scan.returnPressed.connect(self._on_scan)
        self.visit_button = QPushButton()
        self.visit_button.clicked.connect(lambda: self._guarded(self.count_visit))
        self.clear_button = QPushButton()
        self.clear_button.clicked.connect(self.clear_reader)
        for button in (self.visit_button, self.clear_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        top = QHBoxLayout()
        top.addWidget(self.lend_button)
        top.addWidget(self.return_button)
        top.addWidget(self.scan, 1)
        top.addWidget(self.visit_button)
        top.addWidget(self.clear_button)

        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setMinimumHeight(44)
        self.banner.setMargin(8)
        self.name = QLabel()
        name_font = QFont(self.font())
        name_font.setPointSize(name_font.pointSize() + 5)
        name_font.setBold(True)
        self.name.setFont(name_font)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.loans_title = QLabel()
        self.loans_model: RowsModel[Loan] = RowsModel(
            [
                Column(lambda: self.tr("Barcode"), lambda x: x.item_barcode),
                Column(lambda: self.tr("Title"), lambda x: x.title),
                Column(lambda: self.tr("Lent"), lambda x: day_text(x.lent_at)),
                Column(lambda: self.tr("Due"), lambda x: day_text(x.due_on)),
                Column(lambda: self.tr("Renewed"), lambda x: x.renewals or "", align_right=True),
            ],
            alert=lambda x: x.is_overdue(self.state.ctx.today()),
        )
        self.loans = QTableView()
        self.loans.setModel(self.loans_model)
        self.loans.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.loans.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.loans.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.loans.verticalHeader().hide()
        header = self.loans.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.renew_button, self.renew_all_button = QPushButton(), QPushButton()
        self.reregister_button = QPushButton()
        self.slip_button = QPushButton()
        # Tests replace this: the system's PDF viewer is not theirs to open.
        self.open_file: Callable[[Path], object] = lambda path: QDesktopServices.openUrl(
            QUrl.fromLocalFile(str(path))
        )
        self.slip_button.clicked.connect(lambda: self._guarded(self.print_slip))
        self.renew_button.clicked.connect(lambda: self._guarded(self.renew_selected))
        self.renew_all_button.clicked.connect(lambda: self._guarded(self.renew_all))
        self.reregister_button.clicked.connect(lambda: self._guarded(self.reregister))
        actions = QHBoxLayout()
        for button in (
            self.renew_button,
            self.renew_all_button,
            self.reregister_button,
            self.slip_button,
        ):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            actions.addWidget(button)
        actions.addStretch(1)

        reader_panel = QWidget()
        left = QVBoxLayout(reader_panel)
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(self.banner)
        left.addWidget(self.name)
        left.addWidget(self.details)
        left.addWidget(self.loans_title)
        left.addWidget(self.loans, 1)
        left.addLayout(actions)

        self.feed_title = QLabel()
        self.feed = QListWidget()
        self.feed.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.feed.setWordWrap(True)
        self.counts = QLabel()
        feed_panel = QWidget()
        right = QVBoxLayout(feed_panel)
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.feed_title)
        right.addWidget(self.feed, 1)
        right.addWidget(self.counts)

        split = QSplitter()
        split.addWidget(reader_panel)
        split.addWidget(feed_panel)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)

        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(line)
        layout.addWidget(split, 1)
        self.lent_count = 0
        self.returned_count = 0

    def _shortcuts(self) -> None:
        # Plain key handling, not QShortcut: the keys reach the desk from the scan field
        # whether or not the window is the active one (a scanner keeps typing regardless).
        self._keys = {
            Qt.Key.Key_F2: lambda: self.set_mode(Mode.LEND),
            Qt.Key.Key_F3: lambda: self.set_mode(Mode.RETURN),
            Qt.Key.Key_F5: self.renew_selected,
            Qt.Key.Key_F6: self.renew_all,
            Qt.Key.Key_F7: self.count_visit,
            Qt.Key.Key_F8: self.reregister,
            Qt.Key.Key_F4: self.print_slip,
            Qt.Key.Key_Escape: self.clear_reader,
            # The loans list takes no focus; arrows in the scan field choose a row for F5.
            Qt.Key.Key_Up: lambda: self._step_selection(-1),
            Qt.Key.Key_Down: lambda: self._step_selection(1),
        }

    def keyPressEvent(self, event: QKeyEvent) -> None:
        action = self._keys.get(Qt.Key(event.key()))
        if action is None:
            super().keyPressEvent(event)
            return
        event.accept()
        self._guarded(action)

    def _step_selection(self, step: int) -> None:
        rows = self.loans_model.rowCount()
        if rows:
            current = self.loans.currentIndex().row()
            self.loans.selectRow(min(max(current + step, 0), rows - 1))

    def title(self) -> str:
        return self.tr("Desk")

    def retranslate(self) -> None:
        self.lend_button.setText(self.tr("Lend (F2)"))
        self.return_button.setText(self.tr("Return (F3)"))
        self.visit_button.setText(self.tr("Count visit (F7)"))
        self.clear_button.setText(self.tr("Clear (Esc)"))
        self.renew_button.setText(self.tr("Renew selected (F5)"))
        self.renew_all_button.setText(self.tr("Renew all (F6)"))
        self.reregister_button.setText(self.tr("Re-register (F8)"))
        self.slip_button.setText(self.tr("Print slip (F4)"))
        self.feed_title.setText(self.tr("What happened"))
        self.loans_model.retranslate()
        self._placeholder()
        self._show_reader()
        self._show_counts()

    def _placeholder(self) -> None:
        if self.mode is Mode.RETURN:
            self.scan.setPlaceholderText(self.tr("Return: scan the books being brought back"))
        elif self.current is None:
            self.scan.setPlaceholderText(self.tr("Scan a reader's card, or a book to take back"))
        else:
            self.scan.setPlaceholderText(self.tr("Scan the books to lend, or another card"))

    def focus_default(self) -> None:
        self.scan.setFocus()

    # ----- scanning -----

    def set_mode(self, mode: Mode) -> None:
        self.mode = mode
        (self.lend_button if mode is Mode.LEND else self.return_button).setChecked(True)
        self._placeholder()
        self.scan.setFocus()

    def _on_scan(self) -> None:
        text = self.scan.text()
        self.scan.clear()
        self.handle_scan(text)
        self.scan.setFocus()

    def handle_scan(self, text: str) -> None:
        """What a scan means here; every error of the world becomes a line in the feed."""
        code = normalise_scan(text)
        if code:
            self._guarded(lambda: self._dispatch(code))

    def _dispatch(self, code: str) -> None:
        kind = classify_scan(code)
        if kind is ScanKind.CARD:
            self.open_reader(code.upper())
        elif kind is ScanKind.ITEM:
            self._scan_item(code)
        elif kind is ScanKind.MALFORMED_CARD:
            self._refused([outcome(Code.MALFORMED_CARD, card=code[:40])])
        else:
            self._refused([outcome(Code.MALFORMED_BARCODE, barcode=code[:40])])

    def _guarded(self, action: Callable[[], object]) -> None:
        """Every desk action: an error of the world is a red line in the feed, never a
        traceback, and the cursor goes back to the scan field whatever happened."""
        try:
            action()
        except WorldError as error:
            self._alarm()
            self._feed(error_text(error, self.state), COLOURS[Severity.BLOCK])
        finally:
            self.scan.setFocus()

    def _scan_item(self, barcode: str) -> None:
        if self.mode is Mode.RETURN or self.current is None:
            self._take_back(barcode)
        else:
            self._lend(barcode)

    def _lend(self, barcode: str, override: Override | None = None) -> None:
        assert self.current is not None
        card = self.current.reader.card_number
        result = circulation.lend(self.state.ctx, card, barcode, self.state.operator, override)
        if result.status is Status.NEEDS_CONFIRMATION and override is None:
            confirmed = self._confirm(result)
            if confirmed is not None:
                self._lend(barcode, confirmed)
            return
        if result.done and result.loan is not None:
            self.lent_count += 1
            self._feed(
                self.tr("Lent: «{title}» ({barcode}), due {due}").format(
                    title=result.loan.title,
                    barcode=result.loan.item_barcode,
                    due=day_text(result.loan.due_on),
                ),
                DONE_COLOUR,
            )
        self._report(result)

    def _take_back(self, barcode: str) -> None:
        result = circulation.return_item(self.state.ctx, barcode, self.state.operator)
        if result.done and result.loan is not None:
            self.returned_count += 1
            self._feed(
                self.tr("Returned: «{title}» ({barcode}) from {card}").format(
                    title=result.loan.title,
                    barcode=result.loan.item_barcode,
                    card=result.loan.reader_card,
                ),
                DONE_COLOUR,
            )
        self._report(result)

    def _report(self, result: DeskResult) -> None:
        """Outcomes in the feed; BLOCK and CONFIRM also sound and flash."""
        if result.status is Status.BLOCKED:
            self._refused(list(result.outcomes))
        else:
            for found in result.outcomes:
                self._feed(outcome_text(found, self.state), COLOURS[found.severity])
        if result.done:
            self._publish(result.changes)
        self._show_counts()

    def _refused(self, found: list[Outcome]) -> None:
        self._alarm()
        for item in found:
            self._feed(outcome_text(item, self.state), COLOURS[item.severity])

    def _confirm(self, result: DeskResult) -> Override | None:
        self._alarm()
        asked = [o for o in result.outcomes if o.severity is Severity.CONFIRM]
        dialog = ConfirmDialog([outcome_text(o, self.state) for o in asked], self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            self._feed(
                self.tr("Not done: the librarian did not confirm."), COLOURS[Severity.CONFIRM]
            )
            return None
        return Override(dialog.reason.text(), frozenset(o.code for o in asked))

    # ----- the reader -----

    def open_reader(self, card: str) -> None:
        with self.state.ctx.db.read() as session:
            reader = queries.find_reader(session, card)
            loans = queries.reader_loans(session, card) if reader is not None else []
        if reader is None:
            self._refused([outcome(Code.UNKNOWN_CARD, card=card)])
            return
        self.current = self._opened(reader, loans)
        self._show_reader()
        self._placeholder()
        for found in self.current.outcomes:
            self._feed(outcome_text(found, self.state), COLOURS[found.severity])

    def _opened(self, reader: Reader, loans: list[Loan]) -> OpenReader:
        today = self.state.ctx.today()
        facts = ReaderFacts(
            card_number=reader.card_number,
            status=reader.status,
            block_reason=reader.block_reason,
            blocked_until=reader.blocked_until,
            card_valid_until=reader.card_valid_until,
            registered_year=reader.registered_on.year,
            reregistered_years=frozenset(reader.reregistered_years),
            open_loans=len(loans),
            overdue_loans=sum(loan.is_overdue(today) for loan in loans),
        )
        return OpenReader(reader, tuple(loans), tuple(reader_outcomes(facts, today)))

    def _reload(self) -> None:
        if self.current is not None:
            card = self.current.reader.card_number
            with self.state.ctx.db.read() as session:
                reader = queries.find_reader(session, card)
                loans = queries.reader_loans(session, card)
            self.current = None if reader is None else self._opened(reader, loans)
        self._show_reader()

    def clear_reader(self) -> None:
        """The next reader must not see the previous one's books (Esc)."""
        self.current = None
        self._show_reader()
        self._placeholder()
        self.scan.setFocus()

    def _show_reader(self) -> None:
        opened = self.current
        if opened is None:
            self._banner("idle", self.tr("No reader open. Scan a reader's card."))
            self.name.setText("")
            self.details.setText("")
            self.loans_title.setText("")
            self.loans_model.set_rows([])
            for button in (
                self.renew_button,
                self.renew_all_button,
                self.reregister_button,
                self.slip_button,
            ):
                button.setEnabled(False)
            return
        reader = opened.reader
        self.name.setText(reader.full_name)
        valid = day_text(reader.card_valid_until) or "—"
        self.details.setText(
            self.tr("Card {card} · valid until {valid}").format(
                card=reader.card_number, valid=valid
            )
        )
        self.loans_title.setText(self.tr("%n book(s) on loan", "", len(opened.loans)))
        self.loans_model.set_rows(opened.loans)
        for button in (self.renew_button, self.renew_all_button):
            button.setEnabled(bool(opened.loans))
        self.reregister_button.setEnabled(True)
        self.slip_button.setEnabled(True)
        self._banner(*self._banner_text(opened))

    def _banner_text(self, opened: OpenReader) -> tuple[str, str]:
        codes = {o.code: o for o in opened.outcomes}
        for code in (Code.READER_CANCELLED, Code.CARD_REPORTED_LOST, Code.READER_BLOCKED):
            if code in codes:
                return "stop", outcome_text(codes[code], self.state)
        if Code.CARD_EXPIRED in codes:
            return "warn", outcome_text(codes[Code.CARD_EXPIRED], self.state)
        if Code.REREGISTRATION_DUE in codes:
            return "warn", outcome_text(codes[Code.REREGISTRATION_DUE], self.state)
        if Code.OVERDUE_LOANS in codes:
            return "warn", outcome_text(codes[Code.OVERDUE_LOANS], self.state)
        return "ok", self.tr("Active reader")

    def _banner(self, kind: str, text: str) -> None:
        background, colour = BANNERS[kind]
        self.banner.setText(text)
        self.banner.setProperty("kind", kind)
        self.banner.setStyleSheet(
            f"background: {background}; color: {colour}; border-radius: 4px; font-weight: bold;"
        )

    # ----- actions on the open reader -----

    def _selected_barcodes(self) -> list[str]:
        rows = {index.row() for index in self.loans.selectionModel().selectedRows()}
        return [loan.item_barcode for r in sorted(rows) if (loan := self.loans_model.row_at(r))]

    def renew_selected(self) -> None:
        for barcode in self._selected_barcodes():
            self._renew_one(barcode)

    def _renew_one(self, barcode: str) -> None:
        ctx, operator = self.state.ctx, self.state.operator
        result = circulation.renew(ctx, barcode, operator)
        if result.status is Status.NEEDS_CONFIRMATION:
            confirmed = self._confirm(result)
            if confirmed is None:
                return
            result = circulation.renew(ctx, barcode, operator, confirmed)
        self._renewed(result)

    def renew_all(self) -> None:
        if self.current is None:
            return
        card = self.current.reader.card_number
        done = circulation.renew_all(self.state.ctx, card, self.state.operator)
        asked = [r for r in done.results if r.status is Status.NEEDS_CONFIRMATION]
        for result in done.results:
            if result.status is not Status.NEEDS_CONFIRMATION:
                self._renewed(result)
        if asked:
            # One question for all: the same rule (usually the renewal limit) stops each.
            confirmed = self._confirm(asked[0])
            for result in asked if confirmed is not None else []:
                if result.barcode is not None:
                    self._renewed(
                        circulation.renew(
                            self.state.ctx, result.barcode, self.state.operator, confirmed
                        )
                    )

    def _renewed(self, result: DeskResult) -> None:
        if result.done and result.loan is not None:
            self._feed(
                self.tr("Renewed: «{title}», now due {due}").format(
                    title=result.loan.title, due=day_text(result.loan.due_on)
                ),
                DONE_COLOUR,
            )
        self._report(result)

    def reregister(self) -> None:
        if self.current is None:
            return
        card = self.current.reader.card_number
        reader = readers.reregister_reader(self.state.ctx, card, self.state.operator)
        valid = day_text(reader.card_valid_until) or "—"
        self._feed(
            self.tr("Re-registered for {year}; card valid until {valid}").format(
                year=self.state.ctx.today().year, valid=valid
            ),
            DONE_COLOUR,
        )
        self._publish(Changes(readers=True, journal=True))

    def print_slip(self) -> None:
        """The reader's loans and due dates on the receipt printer, opened in the viewer."""
        if self.current is None:
            return
        # Printing (reportlab) loads with the first slip, not with the desk: start-up bar.
        from branchdesk.services import documents

        card = self.current.reader.card_number
        folder = printouts_dir(self.state.ctx.db.path.parent)
        folder.mkdir(parents=True, exist_ok=True)
        out = documents.print_slip(self.state.ctx, card, folder / f"slip-{card}.pdf")
        self.open_file(out)
        self._feed(self.tr("Slip printed for {card}").format(card=card), DONE_COLOUR)

    def count_visit(self) -> None:
        card = self.current.reader.card_number if self.current else None
        changes = activity.record_visit(self.state.ctx, card, self.state.operator)
        text = (
            self.tr("Visit counted.")
            if changes.visits
            else self.tr("This reader's visit is already counted today.")
        )
        self._feed(text, DONE_COLOUR if changes.visits else COLOURS[Severity.INFO])
        self._publish(changes)

    # ----- feedback -----

    def _publish(self, changes: Changes) -> None:
        self._own_change = True
        try:
            self.state.hub.publish(changes)
        finally:
            self._own_change = False
        self._reload()

    def on_changes(self, changes: Changes) -> None:
        if not self._own_change and (changes.loans or changes.readers):
            self._guarded(self._reload)

    def _feed(self, text: str, colour: str) -> None:
        item = QListWidgetItem(text)
        item.setForeground(QColor(colour))
        self.feed.insertItem(0, item)
        while self.feed.count() > 200:
            self.feed.takeItem(self.feed.count() - 1)

    def _show_counts(self) -> None:
        self.counts.setText(
            self.tr("This session: lent {lent}, returned {returned}").format(
                lent=self.lent_count, returned=self.returned_count
            )
        )

    def _alarm(self) -> None:
        """A sound and a red flash of the scan field: the librarian may be looking away."""
        QApplication.beep()
        self.scan.setStyleSheet("background: #f6c7c3;")
        QTimer.singleShot(700, lambda: self.scan.setStyleSheet(""))

    def last_feed(self) -> list[str]:
        return [self.feed.item(i).text() for i in range(self.feed.count())]
