"""The reader's card, printed from the readers screen: on a card printer (85.6 × 54 mm) or
on an A4 sheet, written to the branch's printouts folder and opened in the system's viewer,
from which the librarian prints it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QMenu,
    QPushButton,
    QWidget,
)

from branchdesk.domain.model import Reader
from branchdesk.paths import printouts_dir
from branchdesk.ui.calendar_names import date_field
from branchdesk.ui.feedback import attempt
from branchdesk.ui.formats import qdate
from branchdesk.ui.state import DeskState

if TYPE_CHECKING:
    # Printing (reportlab) loads with the first card printed, not with the desk.
    from branchdesk.services.cards import CardsPrinted


class SinceDialog(QDialog):
    """The day from which newly registered readers get their cards."""

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.since = date_field(QDateEdit(), "dd.MM.yyyy")
        self.since.setMaximumDate(qdate(today))
        self.since.setDate(qdate(today.replace(day=1)))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.setWindowTitle(self.tr("Cards for new readers"))
        form = QFormLayout(self)
        form.addRow(self.tr("Registered since"), self.since)
        form.addRow(buttons)

    def day(self) -> date:
        day = self.since.date().toPython()
        assert isinstance(day, date)
        return day


class CardButton(QPushButton):
    """ "Print card" with its two layouts in a menu; `printed` carries the file written."""

    printed = Signal(object)  # CardsPrinted

    def __init__(
        self, state: DeskState, reader: Callable[[], Reader | None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.state = state
        self.reader = reader
        # Tests replace this: the system's PDF viewer is not theirs to open.
        self.open_file: Callable[[Path], object] = lambda path: QDesktopServices.openUrl(
            QUrl.fromLocalFile(str(path))
        )
        self.card_printer = QAction(self)
        self.sheet = QAction(self)
        self.new_readers = QAction(self)
        self.card_printer.triggered.connect(lambda: self.print_card(sheet=False))
        self.sheet.triggered.connect(lambda: self.print_card(sheet=True))
        self.new_readers.triggered.connect(self.ask_since)
        self.dialog: SinceDialog | None = None
        menu = QMenu(self)
        menu.addAction(self.card_printer)
        menu.addAction(self.sheet)
        menu.addSeparator()
        menu.addAction(self.new_readers)
        self.setMenu(menu)
        self.retranslate()

    def retranslate(self) -> None:
        self.setText(self.tr("Print card"))
        self.card_printer.setText(self.tr("On a card printer (85.6 × 54 mm)"))
        self.sheet.setText(self.tr("On an A4 sheet"))
        self.new_readers.setText(self.tr("All readers registered since a day (A4)…"))

    def ask_since(self) -> None:
        # Window-modal and not exec(): the event loop stays the desk's; tests drive it.
        self.dialog = SinceDialog(self.state.ctx.today(), self.window())
        self.dialog.accepted.connect(lambda: self.dialog and self.print_new(self.dialog.day()))
        self.dialog.open()

    def print_new(self, since: date) -> CardsPrinted | None:
        """Cards, ten to an A4 sheet, for every reader registered on or after `since`."""
        state = self.state
        folder = printouts_dir(state.ctx.db.path.parent)
        out = folder / f"cards-since-{since.isoformat()}.pdf"

        def write() -> CardsPrinted:
            from branchdesk.services.cards import print_cards

            folder.mkdir(parents=True, exist_ok=True)
            return print_cards(state.ctx, out, new_since=since, sheet=True)

        return self._done(attempt(self, state, write))

    def _done(self, done: CardsPrinted | None) -> CardsPrinted | None:
        if done is not None:
            self.open_file(done.path)
            self.printed.emit(done)
        return done

    def print_card(self, *, sheet: bool) -> CardsPrinted | None:
        reader, state = self.reader(), self.state
        if reader is None:
            return None
        folder = printouts_dir(state.ctx.db.path.parent)
        out = folder / f"card-{reader.card_number}.pdf"

        def write() -> CardsPrinted:
            from branchdesk.services.cards import print_cards

            folder.mkdir(parents=True, exist_ok=True)
            return print_cards(state.ctx, out, cards=[reader.card_number], sheet=sheet)

        return self._done(attempt(self, state, write))
