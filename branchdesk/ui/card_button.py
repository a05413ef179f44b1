"""The reader's card, printed from the readers screen: on a card printer (85.6 × 54 mm) or
on an A4 sheet, written to the branch's printouts folder and opened in the system's viewer,
from which the librarian prints it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QMenu, QPushButton, QWidget

from branchdesk.domain.model import Reader
from branchdesk.paths import printouts_dir
from branchdesk.services.cards import CardsPrinted, print_cards
from branchdesk.ui.feedback import attempt
from branchdesk.ui.state import DeskState


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
        self.card_printer.triggered.connect(lambda: self.print_card(sheet=False))
        self.sheet.triggered.connect(lambda: self.print_card(sheet=True))
        menu = QMenu(self)
        menu.addAction(self.card_printer)
        menu.addAction(self.sheet)
        self.setMenu(menu)
        self.retranslate()

    def retranslate(self) -> None:
        self.setText(self.tr("Print card"))
        self.card_printer.setText(self.tr("On a card printer (85.6 × 54 mm)"))
        self.sheet.setText(self.tr("On an A4 sheet"))

    def print_card(self, *, sheet: bool) -> CardsPrinted | None:
        reader, state = self.reader(), self.state
        if reader is None:
            return None
        folder = printouts_dir(state.ctx.db.path.parent)
        out = folder / f"card-{reader.card_number}.pdf"

        def write() -> CardsPrinted:
            folder.mkdir(parents=True, exist_ok=True)
            return print_cards(state.ctx, out, cards=[reader.card_number], sheet=sheet)

        done = attempt(self, state, write)
        if done is not None:
            self.open_file(done.path)
            self.printed.emit(done)
        return done
