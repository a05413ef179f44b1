"""The conflicts inbox: what the central library found that cannot all be true, in plain
words, and the librarian's decision on it (DESIGN §5: conflicts are facts, not errors).

A decision is a journaled operation: it goes to the central library with the next sync, and
the centre decides the conflict for every branch concerned. Until its answer comes back by
pull the conflict shows as sent. Resolved conflicts stay listed below the open ones, greyed,
with who resolved them and how.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
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

from branchdesk.errors import WorldError
from branchdesk.services.results import Changes
from branchdesk.services.sync import resolve_conflict, sync_status
from branchdesk.store.conflict_queries import Conflict, ConflictLoan, conflicts
from branchdesk.ui.feedback import error_text, status_text
from branchdesk.ui.formats import DONE_COLOUR, ERROR_COLOUR, moment_text
from branchdesk.ui.models import Column, Index, RowsModel
from branchdesk.ui.screen import Screen
from branchdesk.ui.state import DeskState
from branchdesk.ui.sync_worker import SyncWorker

NOTE_MAX = 500  # what resolve_conflict accepts
RESOLVED_COLOUR = "#8a9099"


class ConflictsModel(RowsModel[Conflict]):
    """Open conflicts in the desk's colours; resolved ones greyed."""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid():
            conflict = self.row_at(index.row())
            if conflict is not None and conflict.state != "open":
                return QBrush(QColor(RESOLVED_COLOUR))
        return super().data(index, role)


def _compact(table: QTableView) -> None:
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(False)


class ConflictsScreen(Screen):
    """The list on the left; on the right what happened, the loans, and the decision."""

    def __init__(
        self, state: DeskState, sync: SyncWorker | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(state, parent)
        self.sync = sync
        self.conflict: Conflict | None = None
        self._stale = False
        self._message: tuple[Callable[[], str], bool] | None = None
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.setStyleSheet("color: #3c4650;")
        self.model = ConflictsModel(
            [
                Column(lambda: self.tr("State"), self._state_text),
                Column(lambda: self.tr("What happened"), self._kind_text),
                Column(lambda: self.tr("Copy"), self._copy_text),
                Column(lambda: self.tr("Found"), lambda c: moment_text(c.created_at)),
            ]
        )
        self.table = QTableView()
        self.count = QLabel()
        self.heading = QLabel()
        self.story = QLabel()
        self.loans_model: RowsModel[ConflictLoan] = RowsModel(
            [
                Column(lambda: self.tr("Branch"), lambda x: x.branch),
                Column(lambda: self.tr("Card"), lambda x: x.card),
                Column(lambda: self.tr("Reader"), lambda x: x.reader_name),
                Column(lambda: self.tr("Lent"), lambda x: moment_text(x.lent_at)),
                Column(lambda: self.tr("Returned"), self._returned_text),
            ]
        )
        self.loans = QTableView()
        self.loans_caption = QLabel()
        self.where = QLabel()
        self.note_label = QLabel()
        self.note = QLineEdit()
        self.note.setMaxLength(NOTE_MAX)
        self.with_reader_button = QPushButton()
        self.keep_both_button = QPushButton()
        self.dismiss_button = QPushButton()
        self.message = QLabel()
        self._build()
        self._connect()
        self.retranslate()
        self.refresh()

    # ----- building -----

    def _build(self) -> None:
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self._left())
        splitter.addWidget(self._right())
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([620, 740])
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(splitter, 1)

    def _left(self) -> QWidget:
        panel = QWidget()
        self.table.setModel(self.model)
        _compact(self.table)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 6, 0)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        return panel

    def _right(self) -> QWidget:
        panel = QFrame()
        panel.setFrameShape(QFrame.Shape.StyledPanel)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        for label in (self.story, self.where, self.message):
            label.setWordWrap(True)
        self.story.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.loans.setModel(self.loans_model)
        _compact(self.loans)
        self.loans.setMaximumHeight(self.loans.verticalHeader().defaultSectionSize() * 5 + 6)
        loans_header = self.loans.horizontalHeader()
        loans_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        loans_header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.note_label.setBuddy(self.note)
        buttons = QHBoxLayout()
        for button in (self.with_reader_button, self.keep_both_button, self.dismiss_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(panel)
        layout.addWidget(self.heading)
        layout.addWidget(self.story)
        layout.addSpacing(6)
        layout.addWidget(self.loans_caption)
        layout.addWidget(self.loans)
        layout.addWidget(self.where)
        layout.addStretch(1)
        layout.addWidget(self.note_label)
        layout.addWidget(self.note)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        return panel

    def _connect(self) -> None:
        self.table.selectionModel().currentRowChanged.connect(self._on_current)
        self.loans.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.with_reader_button.clicked.connect(self.copy_is_with_reader)
        self.keep_both_button.clicked.connect(lambda: self.resolve("keep_both"))
        self.dismiss_button.clicked.connect(lambda: self.resolve("dismiss"))

    # ----- texts -----

    def title(self) -> str:
        return self.tr("Conflicts")

    def retranslate(self) -> None:
        self.intro.setText(
            self.tr(
                "The central library lists here what branches did that cannot all be true, "
                "such as one copy lent at two branches while they were offline. Decide what "
                "really happened: the decision goes to the central library and to every "
                "branch concerned."
            )
        )
        self.loans_caption.setText(self.tr("Loans involved:"))
        self.note_label.setText(self.tr("Reason or note (goes with the decision):"))
        self.note.setPlaceholderText(self.tr("for example: the reader brought the book back"))
        self.with_reader_button.setText(self.tr("The copy is with this reader"))
        self.dismiss_button.setText(self.tr("Dismiss"))
        self.model.retranslate()
        self.loans_model.retranslate()
        self._show_count()
        self._show_conflict()
        if self._message is not None:
            self._say(*self._message)

    def _state_text(self, conflict: Conflict) -> str:
        if conflict.state != "open":
            return self.tr("resolved")
        return self.tr("sent") if conflict.resolving else self.tr("open")

    def _kind_text(self, conflict: Conflict) -> str:
        if conflict.kind == "double_loan":
            return self.tr("Lent twice")
        if conflict.kind == "loan_to_blocked_reader":
            return self.tr("Lent to a blocked reader")
        return conflict.kind

    def _returned_text(self, loan: ConflictLoan) -> str:
        if loan.returned_at is None:
            return self.tr("on loan")
        return moment_text(loan.returned_at)

    def _copy_text(self, conflict: Conflict) -> str:
        barcode = conflict.barcode or "?"
        if not conflict.title:
            return barcode
        return self.tr("{barcode} “{title}”").format(barcode=barcode, title=conflict.title)

    def _story(self, conflict: Conflict) -> str:
        copy = self._copy_text(conflict)
        if conflict.kind == "loan_to_blocked_reader":
            return self._blocked_story(conflict, copy)
        if conflict.kind != "double_loan":
            return ""
        pairs = [(loan.branch, loan.card) for loan in conflict.loans]
        if len(pairs) < 2:
            # The loans did not all reach this branch: the centre's own words then.
            branches = conflict.detail.get("branches")
            cards = conflict.detail.get("cards")
            if isinstance(branches, list) and isinstance(cards, list):
                pairs = [(str(b), str(c)) for b, c in zip(branches, cards, strict=False)]
        if len(pairs) == 2:
            (branch1, card1), (branch2, card2) = pairs
            return self.tr(
                "Copy {copy} was lent at {branch1} to {card1} and at {branch2} to {card2} "
                "while both were offline."
            ).format(copy=copy, branch1=branch1, card1=card1, branch2=branch2, card2=card2)
        return self.tr(
            "Copy {copy} was lent %n times while the branches were offline; the loans are below.",
            "",
            len(pairs),
        ).format(copy=copy)

    def _blocked_story(self, conflict: Conflict, copy: str) -> str:
        detail = conflict.detail
        branch = str(detail.get("lent_at_branch") or ", ".join(conflict.branches))
        card = conflict.card or str(detail.get("card") or "?")
        reader = f"{card} ({conflict.reader_name})" if conflict.reader_name else card
        status = status_text(str(detail.get("status") or "blocked"), self.state)
        reason = detail.get("reason")
        if reason:
            return self.tr(
                "Copy {copy} was lent at {branch} to {reader}, whose card is “{status}” at the "
                "central library: {reason}."
            ).format(copy=copy, branch=branch, reader=reader, status=status, reason=reason)
        return self.tr(
            "Copy {copy} was lent at {branch} to {reader}, whose card is “{status}” at the "
            "central library."
        ).format(copy=copy, branch=branch, reader=reader, status=status)

    def _where_text(self, conflict: Conflict) -> str:
        if conflict.state != "open":
            return self._resolution_text(conflict)
        if conflict.resolving:
            return self.tr(
                "Your decision is sent to the central library. The conflict closes here when "
                "its answer comes back with a sync."
            )
        if conflict.kind == "double_loan":
            return self.tr(
                "Choose the reader who has the copy and press “The copy is with this reader”: "
                "the other loan is closed. If each reader really has a book with this barcode, "
                "both loans are right."
            )
        return self.tr(
            "Accept the loan if the reader may keep the book; the block itself stays as it is."
        )

    def _resolution_text(self, conflict: Conflict) -> str:
        actions = {
            "close_loan": self.tr("the copy is with one reader, the other loan was closed"),
            "keep_both": self.tr("both loans are right")
            if conflict.kind == "double_loan"
            else self.tr("the loan was accepted"),
            "dismiss": self.tr("dismissed"),
        }
        action = conflict.action or ""
        who = conflict.resolved_by or "?"
        if "/" in who:
            branch, login = who.split("/", 1)
            who = f"{login} ({branch})"
        text = self.tr("Resolved by {who}: {action}.").format(
            who=who, action=actions.get(action, action)
        )
        if conflict.note:
            text += " " + self.tr("Note: {note}").format(note=conflict.note)
        return text

    # ----- the list -----

    def refresh(self) -> None:
        """Read the inbox again and keep the chosen conflict chosen."""
        chosen = self.conflict.uuid if self.conflict is not None else None
        try:
            with self.state.ctx.db.read() as session:
                found = conflicts(session)
        except WorldError as error:
            self._say(self._error_text(error), error=True)
            return
        self.model.set_rows(found)
        self._show_count()
        uuids = [c.uuid for c in found]
        if chosen in uuids:
            # A sync in the background must not undo the librarian's choice of reader.
            loan = self._chosen_loan()
            self.table.selectRow(uuids.index(chosen))
            self._load(found[uuids.index(chosen)])
            loans = [x.uuid for x in self.loans_model.rows()]
            if loan is not None and loan.uuid in loans:
                self.loans.selectRow(loans.index(loan.uuid))
        elif found:
            self.table.selectRow(0)
            self._load(found[0])
        else:
            self._load(None)

    def _show_count(self) -> None:
        rows = self.model.rows()
        still = sum(1 for c in rows if c.state == "open")
        self.count.setText(
            self.tr("%n open conflict(s)", "", still)
            + " · "
            + self.tr("%n resolved", "", len(rows) - still)
        )

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        conflict = self.model.row_at(current.row())
        if conflict is not None and (self.conflict is None or conflict.uuid != self.conflict.uuid):
            self._say(None)
            self.note.clear()
            self._load(conflict)

    def _load(self, conflict: Conflict | None) -> None:
        self.conflict = conflict
        self.loans_model.set_rows(conflict.loans if conflict is not None else ())
        self._show_conflict()

    def _show_conflict(self) -> None:
        conflict = self.conflict
        for widget in (self.story, self.loans_caption, self.loans, self.where):
            widget.setVisible(conflict is not None)
        if conflict is None:
            self.heading.setText(self.tr("No conflicts"))
            self.story.clear()
            self.where.setText("")
            self.story.setVisible(True)
            self.story.setText(self._empty_text())
        else:
            self.heading.setText(self._kind_text(conflict))
            self.story.setText(self._story(conflict))
            self.where.setText(self._where_text(conflict))
            self.where.setStyleSheet(
                f"color: {RESOLVED_COLOUR if conflict.state != 'open' else '#3c4650'};"
            )
        double = conflict is not None and conflict.kind == "double_loan"
        self.with_reader_button.setVisible(double or conflict is None)
        self.keep_both_button.setText(
            self.tr("Both loans are right")
            if double or conflict is None
            else self.tr("Accept the loan")
        )
        self._update_buttons()

    def _empty_text(self) -> str:
        try:
            joined = sync_status(self.state.ctx.db).joined
        except WorldError:
            joined = True
        if not joined:
            return self.tr(
                "This branch works alone. Conflicts come from the central library once the "
                "branch is connected to it (Settings)."
            )
        return self.tr("Nothing to decide: the branches agree.")

    def _update_buttons(self) -> None:
        conflict = self.conflict
        can_decide = conflict is not None and conflict.state == "open" and not conflict.resolving
        for widget in (self.keep_both_button, self.dismiss_button, self.note, self.note_label):
            widget.setEnabled(can_decide)
        self.with_reader_button.setEnabled(can_decide and self._loan_to_close() is not None)

    def _chosen_loan(self) -> ConflictLoan | None:
        index = self.loans.currentIndex()
        rows = self.loans.selectionModel().selectedRows()
        return self.loans_model.row_at(index.row()) if rows and index.isValid() else None

    def _loan_to_close(self) -> ConflictLoan | None:
        """The other open loan when the chosen reader has the copy: only one can be closed
        by one decision, so with more than one other open loan there is nothing to offer."""
        chosen = self._chosen_loan()
        if self.conflict is None or chosen is None or chosen.returned_at is not None:
            return None
        others = [
            loan
            for loan in self.conflict.loans
            if loan.uuid != chosen.uuid and loan.returned_at is None
        ]
        return others[0] if len(others) == 1 else None

    # ----- deciding -----

    def copy_is_with_reader(self) -> None:
        wrong = self._loan_to_close()
        if wrong is not None:
            self.resolve("close_loan", wrong.uuid)

    def resolve(self, action: str, loan: str | None = None) -> bool:
        conflict, state = self.conflict, self.state
        if conflict is None:
            return False
        try:
            changes = resolve_conflict(
                state.ctx, conflict.uuid, action, state.operator, loan=loan, note=self.note.text()
            )
        except WorldError as error:
            self._say(self._error_text(error), error=True)
            return False
        self.note.clear()
        state.hub.publish(changes)
        self._say(lambda: self.tr("Your decision is on its way to the central library."))
        if self.sync is not None:
            self.sync.sync_now()
        return True

    def _error_text(self, error: WorldError) -> Callable[[], str]:
        return lambda: error_text(error, self.state)

    def _say(self, text: Callable[[], str] | None, error: bool = False) -> None:
        """A line under the buttons, worded when shown so it follows a language switch."""
        self._message = None if text is None else (text, error)
        self.message.setStyleSheet(f"color: {ERROR_COLOUR if error else DONE_COLOUR};")
        self.message.setText(text() if text is not None else "")

    # ----- the rest of the desk -----

    def on_changes(self, changes: Changes) -> None:
        # Hidden, the inbox only notes that it is out of date: every scan changes loans, and
        # reading the inbox then would cost the desk time for nothing.
        if changes.conflicts or changes.loans or changes.settings:
            if self.isVisible():
                self.refresh()
            else:
                self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self._stale = False
            self.refresh()
        super().showEvent(event)

    def focus_default(self) -> None:
        self.table.setFocus()
