"""Settings: what a branch admin sets once and the desk then follows.

Every change is saved by its own action (no "save all"): a closed date added or a rule saved
is in force for the next scan, because the screen reloads the branch's rules into the shared
context and tells the other views through the hub. A librarian sees the same values read-only.
Errors stay on the screen's message line rather than in a dialog, so the form keeps what was
typed and the librarian can fix it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from branchdesk.domain.groups import SocialGroup
from branchdesk.domain.model import ItemType, Staff, StaffRole
from branchdesk.domain.policy import ANY, LoanRule
from branchdesk.errors import InvalidInput, WorldError
from branchdesk.i18n import KAZAKH_LATIN
from branchdesk.messages import item_kind_label
from branchdesk.services import settings
from branchdesk.services.context import load_config
from branchdesk.services.results import Changes
from branchdesk.services.staff import create_staff
from branchdesk.services.sync import check_central, check_url, set_central
from branchdesk.sync.errors import SyncError
from branchdesk.sync.summary import Summary
from branchdesk.ui.background import BackgroundJob, connect_job, raise_bug
from branchdesk.ui.calendar_names import date_field, date_text, day_name
from branchdesk.ui.feedback import error_text
from branchdesk.ui.formats import DONE_COLOUR, ERROR_COLOUR, day_text, moment_text, qdate
from branchdesk.ui.language import CHOICES
from branchdesk.ui.models import Column, RowsModel
from branchdesk.ui.safekeeping import SafekeepingTab
from branchdesk.ui.screen import Screen
from branchdesk.ui.state import DeskState
from branchdesk.ui.sync_worker import SyncWorker

Action = Callable[[], Changes]
Run = Callable[..., bool]  # SettingsScreen.run(action, *, anyone=False)
Text = Callable[[], str]  # worded when shown, so it follows a language switch
Refuse = Callable[[Text], None]
Say = Callable[[Text | None, bool], None]  # SettingsScreen._say(text, error)

# Each language named in itself: someone who cannot read the current one still finds theirs.
LANGUAGE_NAMES = {
    "kk": "Қазақша (кирилл)",
    KAZAKH_LATIN: "Qazaqşa (latyn)",
    "ru": "Русский",
    "en": "English",
}
# Both Kazakh and Russian write dates day first with dots.
DATE_FORMAT = "dd.MM.yyyy"
FORM_WIDTH = 640
TAB_STYLE = (
    "QTabBar::tab { padding: 5px 12px 7px 12px; border: 1px solid #c4c8cc; border-bottom: none;"
    " background: #e6e9ec; margin-right: 2px; border-top-left-radius: 3px;"
    " border-top-right-radius: 3px; }"
    " QTabBar::tab:selected { background: #fafafa; margin-bottom: -1px; }"
)


def _day(edit: QDateEdit) -> date:
    day = edit.date().toPython()
    assert isinstance(day, date)
    return day


def _capitalised(text: str) -> str:
    # Russian and Kazakh locales name weekdays in lower case; a checkbox label starts upper.
    return text[:1].upper() + text[1:]


def _form_box(layout: QFormLayout) -> QWidget:
    """A form kept to a readable width instead of stretching across a wide screen."""
    box = QWidget()
    box.setLayout(layout)
    box.setMaximumWidth(FORM_WIDTH)
    layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    return box


def _hint() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet("color: #3c4650;")
    return label


def _buttons_row(*buttons: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    return row


class LanguageTab(QWidget):
    def __init__(self, state: DeskState, run: Run, on_language: Callable[[str], None]) -> None:
        super().__init__()
        self.state = state
        self._run = run
        self._on_language = on_language
        self.box = QGroupBox()
        self.group = QButtonGroup(self)
        box_layout = QVBoxLayout(self.box)
        for index, code in enumerate(CHOICES):
            button = QRadioButton(LANGUAGE_NAMES[code])
            self.group.addButton(button, index)
            box_layout.addWidget(button)
        self.group.idClicked.connect(self._chosen)
        self.hint = _hint()
        layout = QVBoxLayout(self)
        layout.addWidget(self.box)
        layout.addWidget(self.hint)
        layout.addStretch(1)
        self.box.setMaximumWidth(FORM_WIDTH)

    def button(self, code: str) -> QRadioButton:
        found = self.group.button(CHOICES.index(code))
        assert isinstance(found, QRadioButton)
        return found

    def load(self) -> None:
        code = self.state.language if self.state.language in CHOICES else "en"
        self.button(code).setChecked(True)

    def _chosen(self, index: int) -> None:
        code = CHOICES[index]
        if self._run(lambda: settings.set_language(self.state.ctx, code), anyone=True):
            self.state.language = code
            self._on_language(code)
        self.load()

    def set_editable(self, editable: bool) -> None:
        # The language is every librarian's own comfort, not a branch rule: always open.
        self.box.setEnabled(True)

    def retranslate(self) -> None:
        self.box.setTitle(self.tr("Language of the desk"))
        self.hint.setText(self.tr("The desk changes language at once and starts in it next time."))


class BranchTab(QWidget):
    def __init__(self, state: DeskState, run: Run) -> None:
        super().__init__()
        self.state = state
        self._run = run
        self.code = QLabel(state.ctx.branch)
        self.name_kk, self.name_ru, self.address = QLineEdit(), QLineEdit(), QLineEdit()
        for edit, limit in (
            (self.name_kk, settings.BRANCH_NAME_MAX),
            (self.name_ru, settings.BRANCH_NAME_MAX),
            (self.address, settings.ADDRESS_MAX),
        ):
            edit.setMaxLength(limit)
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self.save)
        self.form = QFormLayout()
        self.labels = [QLabel() for _ in range(4)]
        for label, field in zip(
            self.labels, (self.code, self.name_kk, self.name_ru, self.address), strict=True
        ):
            self.form.addRow(label, field)
        layout = QVBoxLayout(self)
        layout.addWidget(_form_box(self.form))
        layout.addLayout(_buttons_row(self.save_button))
        layout.addStretch(1)

    def load(self) -> None:
        branch = settings.branch_details(self.state.ctx)
        self.name_kk.setText(branch.name_kk)
        self.name_ru.setText(branch.name_ru)
        self.address.setText(branch.address)

    def save(self) -> None:
        if self._run(
            lambda: settings.update_branch(
                self.state.ctx, self.name_kk.text(), self.name_ru.text(), self.address.text()
            )
        ):
            self.load()

    def set_editable(self, editable: bool) -> None:
        for edit in (self.name_kk, self.name_ru, self.address):
            edit.setReadOnly(not editable)
        self.save_button.setVisible(editable)

    def retranslate(self) -> None:
        texts = (
            self.tr("Branch code"),
            self.tr("Name in Kazakh"),
            self.tr("Name in Russian"),
            self.tr("Address"),
        )
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.save_button.setText(self.tr("Save"))


class RulesTab(QWidget):
    """The policy matrix as rows of editors; the fallback row (any × any) is always there."""

    GROUP, TYPE, LOAN_DAYS, MAX_LOANS, MAX_RENEWALS, RENEWAL_DAYS, REMOVE = range(7)
    _SPINS = (
        (LOAN_DAYS, settings.LOAN_DAYS_RANGE),
        (MAX_LOANS, settings.MAX_LOANS_RANGE),
        (MAX_RENEWALS, settings.MAX_RENEWALS_RANGE),
        (RENEWAL_DAYS, settings.LOAN_DAYS_RANGE),
    )

    # Room for the longest Russian and Kazakh group names; numbers need little.
    _WIDTHS = ((GROUP, 300), (TYPE, 220), *((column, 140) for column, _ in _SPINS))

    def __init__(self, state: DeskState, run: Run) -> None:
        super().__init__()
        self.state = state
        self._run = run
        self._editable = True
        self.table = QTableWidget(0, 7)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        for column, width in self._WIDTHS:
            header.resizeSection(column, width)
        self.add_button, self.save_button = QPushButton(), QPushButton()
        self.add_button.clicked.connect(self.add_rule)
        self.save_button.clicked.connect(self.save)
        self.hint = _hint()
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(_buttons_row(self.add_button, self.save_button))

    def group_labels(self) -> dict[str, str]:
        return {
            ANY: self.tr("Any group"),
            SocialGroup.PRESCHOOL: self.tr("Preschool children"),
            SocialGroup.PUPIL: self.tr("Pupils"),
            SocialGroup.STUDENT: self.tr("Students"),
            SocialGroup.EMPLOYEE: self.tr("Employees and specialists"),
            SocialGroup.WORKER: self.tr("Workers"),
            SocialGroup.PENSIONER: self.tr("Pensioners"),
            SocialGroup.UNEMPLOYED: self.tr("Unemployed"),
            SocialGroup.OTHER: self.tr("Others"),
        }

    def type_labels(self) -> dict[str, str]:
        return {
            ANY: self.tr("Any type"),
            # The names a loan limit's message uses too (messages.ITEM_KINDS).
            **{kind: item_kind_label(kind, self.state.language) for kind in ItemType},
        }

    def load(self) -> None:
        self.table.setRowCount(0)
        for category, item_type, rule in settings.policy_rules(self.state.ctx.db):
            self._append(category, item_type, rule)

    def rules(self) -> list[settings.PolicyRow]:
        return [self._row_rule(row) for row in range(self.table.rowCount())]

    def add_rule(self) -> int:
        """A new row for the first group without a rule of its own, starting from the
        fallback's numbers so only what differs needs typing."""
        used = {(c, t) for c, t, _ in self.rules()}
        fallback = next((r for c, t, r in self.rules() if (c, t) == (ANY, ANY)), LoanRule())
        group = next((g.value for g in SocialGroup if (g.value, ANY) not in used), ANY)
        return self._append(group, ANY, fallback)

    def save(self) -> None:
        if self._run(lambda: settings.save_policy(self.state.ctx, self.rules())):
            self.load()

    def cell(self, row: int, column: int) -> QWidget:
        widget = self.table.cellWidget(row, column)
        assert widget is not None
        return widget

    def _append(self, category: str, item_type: str, rule: LoanRule) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setCellWidget(row, self.GROUP, self._combo(self.group_labels(), category))
        self.table.setCellWidget(row, self.TYPE, self._combo(self.type_labels(), item_type))
        values = (rule.loan_days, rule.max_loans, rule.max_renewals, rule.renewal_days)
        for (column, bounds), value in zip(self._SPINS, values, strict=True):
            self.table.setCellWidget(row, column, self._spin(bounds, value))
        if (category, item_type) != (ANY, ANY):
            # The fallback answers for every reader and copy no other row matches: it stays.
            remove = QPushButton(self.tr("Remove"))
            remove.clicked.connect(lambda: self._remove(remove))
            self.table.setCellWidget(row, self.REMOVE, remove)
        self._row_access(row)
        return row

    def _is_fallback(self, row: int) -> bool:
        return self._row_rule(row)[:2] == (ANY, ANY)

    def _row_access(self, row: int) -> None:
        fixed = not self._editable or self._is_fallback(row)
        for column in (self.GROUP, self.TYPE):
            self.cell(row, column).setEnabled(not fixed)
        for column, _ in self._SPINS:
            self.cell(row, column).setEnabled(self._editable)

    def _combo(self, labels: dict[str, str], current: str) -> QComboBox:
        combo = QComboBox()
        for code, label in labels.items():
            combo.addItem(label, str(code))
        combo.setCurrentIndex(max(0, combo.findData(current)))
        return combo

    def _spin(self, bounds: tuple[int, int], value: int) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(*bounds)
        spin.setValue(value)
        spin.setAlignment(Qt.AlignmentFlag.AlignRight)
        return spin

    def _row_rule(self, row: int) -> settings.PolicyRow:
        group, kind = self.cell(row, self.GROUP), self.cell(row, self.TYPE)
        assert isinstance(group, QComboBox)
        assert isinstance(kind, QComboBox)
        numbers = []
        for column, _ in self._SPINS:
            spin = self.cell(row, column)
            assert isinstance(spin, QSpinBox)
            numbers.append(spin.value())
        return str(group.currentData()), str(kind.currentData()), LoanRule(*numbers)

    def _remove(self, button: QPushButton) -> None:
        for row in range(self.table.rowCount()):
            if self.table.cellWidget(row, self.REMOVE) is button:
                self.table.removeRow(row)
                return

    def set_editable(self, editable: bool) -> None:
        self._editable = editable
        self.add_button.setVisible(editable)
        self.save_button.setVisible(editable)
        self.table.setColumnHidden(self.REMOVE, not editable)
        for row in range(self.table.rowCount()):
            self._row_access(row)

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Reader group"),
                self.tr("Item type"),
                self.tr("Loan days"),
                self.tr("Max loans"),
                self.tr("Max renewals"),
                self.tr("Renewal days"),
                "",
            ]
        )
        for row in range(self.table.rowCount()):
            self._relabel(self.cell(row, self.GROUP), self.group_labels())
            self._relabel(self.cell(row, self.TYPE), self.type_labels())
            remove = self.table.cellWidget(row, self.REMOVE)
            if isinstance(remove, QPushButton):
                remove.setText(self.tr("Remove"))
        # Wide enough for the button's word in this language (fitting the column to its
        # contents looks at the cells' text, and these cells hold only a button).
        width = QPushButton(self.tr("Remove")).sizeHint().width()
        self.table.horizontalHeader().resizeSection(self.REMOVE, width + 8)
        self.add_button.setText(self.tr("Add rule"))
        self.save_button.setText(self.tr("Save rules"))
        self.hint.setText(
            self.tr(
                "The most specific rule applies: group and type, then the group with any type, "
                "then any group with the type, then the first row (any group, any type). "
                "Due dates that fall on a closed day move to the next open day."
            )
        )

    @staticmethod
    def _relabel(widget: QWidget, labels: dict[str, str]) -> None:
        assert isinstance(widget, QComboBox)
        for index in range(widget.count()):
            widget.setItemText(index, labels[widget.itemData(index)])


class CalendarTab(QWidget):
    def __init__(self, state: DeskState, run: Run) -> None:
        super().__init__()
        self.state = state
        self._run = run
        self._editable = True
        self.weekly_box, self.closed_box, self.holidays_box = QGroupBox(), QGroupBox(), QGroupBox()
        self.days = [QCheckBox() for _ in range(7)]  # date.weekday(): Monday 0 … Sunday 6
        self.weekly_hint, self.holidays_hint = _hint(), _hint()
        self.closed = QTableWidget(0, 3)
        self.start, self.end = self._date_edit(), self._date_edit()
        self.note = QLineEdit()
        self.note.setMaxLength(settings.NOTE_MAX)
        self.add_button, self.remove_button = QPushButton(), QPushButton()
        self.holidays = QListWidget()
        self.from_label, self.to_label, self.note_label = QLabel(), QLabel(), QLabel()
        self._build()

    def _build(self) -> None:
        weekly = QHBoxLayout()
        for day in self.days:
            day.clicked.connect(self._days_changed)
            weekly.addWidget(day)
        weekly.addStretch(1)
        weekly_layout = QVBoxLayout(self.weekly_box)
        weekly_layout.addLayout(weekly)
        weekly_layout.addWidget(self.weekly_hint)
        self.holidays.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.holidays.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        holidays_layout = QVBoxLayout(self.holidays_box)
        holidays_layout.addWidget(self.holidays)
        holidays_layout.addWidget(self.holidays_hint)
        left = QVBoxLayout()
        left.addWidget(self.weekly_box)
        left.addWidget(self.holidays_box, 1)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addWidget(self._build_closed(), 1)

    def _build_closed(self) -> QGroupBox:
        self.closed.verticalHeader().setVisible(False)
        self.closed.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.closed.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.closed.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.closed.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.add_button.clicked.connect(self.add_period)
        self.remove_button.clicked.connect(self.remove_selected)
        dates = QHBoxLayout()
        for widget in (self.from_label, self.start, self.to_label, self.end):
            dates.addWidget(widget)
        dates.addStretch(1)
        note = QHBoxLayout()
        note.addWidget(self.note_label)
        note.addWidget(self.note, 1)
        layout = QVBoxLayout(self.closed_box)
        layout.addWidget(self.closed, 1)
        layout.addLayout(_buttons_row(self.remove_button))
        layout.addLayout(dates)
        layout.addLayout(note)
        layout.addLayout(_buttons_row(self.add_button))
        return self.closed_box

    def _date_edit(self) -> QDateEdit:
        return date_field(QDateEdit(qdate(self.state.ctx.today())), DATE_FORMAT)

    def load(self) -> None:
        off = settings.weekly_days_off(self.state.ctx.db)
        for number, box in enumerate(self.days):
            box.setChecked(number in off)
        self._guard_last_open_day()
        self.closed.setRowCount(0)
        for period in settings.closed_periods(self.state.ctx.db):
            self._append_period(period)

    def _append_period(self, period: settings.ClosedPeriod) -> None:
        row = self.closed.rowCount()
        self.closed.insertRow(row)
        texts = (day_text(period.start), day_text(period.end), period.note)
        for column, text in enumerate(texts):
            item = QTableWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, period.id)
            self.closed.setItem(row, column, item)

    def _days_changed(self) -> None:
        off = {number for number, box in enumerate(self.days) if box.isChecked()}
        self._run(lambda: settings.set_weekly_days_off(self.state.ctx, off))
        self.load()

    def _guard_last_open_day(self) -> None:
        """The last open weekday cannot be ticked: a branch never open lends nothing back."""
        open_days = [box for box in self.days if not box.isChecked()]
        for box in self.days:
            box.setEnabled(self._editable and (len(open_days) > 1 or box.isChecked()))

    def add_period(self) -> None:
        start, end = _day(self.start), _day(self.end)
        note = self.note.text()
        if self._run(lambda: settings.add_closed_period(self.state.ctx, start, end, note)):
            self.note.clear()
            self.load()

    def remove_selected(self) -> None:
        item = self.closed.item(self.closed.currentRow(), 0)
        if item is not None:
            period_id = int(item.data(Qt.ItemDataRole.UserRole))
            if self._run(lambda: settings.remove_closed_period(self.state.ctx, period_id)):
                self.load()

    def set_editable(self, editable: bool) -> None:
        self._editable = editable
        self._guard_last_open_day()
        for widget in (self.add_button, self.remove_button, self.start, self.end, self.note):
            widget.setVisible(editable)
        for label in (self.from_label, self.to_label, self.note_label):
            label.setVisible(editable)

    def holiday_names(self) -> dict[tuple[int, int], str]:
        new_year, nauryz = self.tr("New Year"), self.tr("Nauryz")
        return {
            (1, 1): new_year,
            (1, 2): new_year,
            (1, 7): self.tr("Orthodox Christmas"),
            (3, 8): self.tr("International Women's Day"),
            (3, 21): nauryz,
            (3, 22): nauryz,
            (3, 23): nauryz,
            (5, 1): self.tr("Unity Day of the People of Kazakhstan"),
            (5, 7): self.tr("Defender of the Fatherland Day"),
            (5, 9): self.tr("Victory Day"),
            (7, 6): self.tr("Capital Day"),
            (8, 30): self.tr("Constitution Day"),
            (10, 25): self.tr("Republic Day"),
            (12, 16): self.tr("Independence Day"),
        }

    def retranslate(self) -> None:
        for number, box in enumerate(self.days):
            box.setText(_capitalised(day_name(number + 1)))
        self.weekly_box.setTitle(self.tr("Weekly days off"))
        self.weekly_hint.setText(self.tr("At least one day of the week stays open."))
        self.closed_box.setTitle(self.tr("Closed dates"))
        self.closed.setHorizontalHeaderLabels([self.tr("From"), self.tr("To"), self.tr("Note")])
        self.from_label.setText(self.tr("From"))
        self.to_label.setText(self.tr("to"))
        self.note_label.setText(self.tr("Note"))
        self.note.setPlaceholderText(self.tr("Repairs, Kurban Ait, no heating…"))
        self.add_button.setText(self.tr("Add closed dates"))
        self.remove_button.setText(self.tr("Remove selected"))
        self.holidays_box.setTitle(self.tr("National holidays (always closed)"))
        self.holidays_hint.setText(
            self.tr(
                "Kurban Ait and the days off moved by government decree change every year: "
                "add them as closed dates."
            )
        )
        self._fill_holidays()

    def _fill_holidays(self) -> None:
        names = self.holiday_names()
        self.holidays.clear()
        for month, day in self.state.ctx.config.calendar.holidays:
            when = date_text(QDate(2000, month, day), "d MMMM")
            name = names.get((month, day))
            self.holidays.addItem(f"{when} — {name}" if name else when)


class StaffTab(QWidget):
    def __init__(self, state: DeskState, run: Run, refuse: Refuse) -> None:
        super().__init__()
        self.state = state
        self._run = run
        self._refuse = refuse
        self.model: RowsModel[Staff] = RowsModel(
            [
                Column(lambda: self.tr("Login"), lambda s: s.login),
                Column(lambda: self.tr("Full name"), lambda s: s.full_name),
                Column(lambda: self.tr("Role"), lambda s: self.role_label(s.role)),
                Column(lambda: self.tr("Active"), lambda s: self.active_label(s.active)),
            ]
        )
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.verticalHeader().setVisible(False)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)  # the full name
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._selected_changed())
        self.account_box, self.new_box = QGroupBox(), QGroupBox()
        self.account = QLabel()
        self.toggle_button, self.reset_button, self.add_button = (
            QPushButton(),
            QPushButton(),
            QPushButton(),
        )
        self.new_password, self.new_password_again = self._password(), self._password()
        self.login, self.full_name = QLineEdit(), QLineEdit()
        self.login.setMaxLength(64)
        self.full_name.setMaxLength(200)
        self.role = QComboBox()
        for role in StaffRole:
            self.role.addItem("", role.value)
        self.password, self.password_again = self._password(), self._password()
        self.labels = [QLabel() for _ in range(7)]
        self._build()

    def _build(self) -> None:
        self.toggle_button.clicked.connect(self.toggle_active)
        self.reset_button.clicked.connect(self.reset_password)
        self.add_button.clicked.connect(self.add_account)
        account = QFormLayout(self.account_box)
        account.addRow(self.account)
        account.addRow(_buttons_row(self.toggle_button))
        account.addRow(self.labels[0], self.new_password)
        account.addRow(self.labels[1], self.new_password_again)
        account.addRow(_buttons_row(self.reset_button))
        new = QFormLayout(self.new_box)
        fields = (self.login, self.full_name, self.role, self.password, self.password_again)
        for label, field in zip(self.labels[2:], fields, strict=True):
            new.addRow(label, field)
        new.addRow(_buttons_row(self.add_button))
        side = QVBoxLayout()
        side.addWidget(self.account_box)
        side.addWidget(self.new_box)
        side.addStretch(1)
        side_widget = QWidget()
        side_widget.setLayout(side)
        side_widget.setFixedWidth(480)
        self.side = side_widget
        layout = QHBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(side_widget)

    @staticmethod
    def _password() -> QLineEdit:
        edit = QLineEdit()
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        edit.setMaxLength(200)
        return edit

    def role_label(self, role: StaffRole) -> str:
        if role is StaffRole.BRANCH_ADMIN:
            return self.tr("Branch admin")
        return self.tr("Librarian")

    def active_label(self, active: bool) -> str:
        return self.tr("active") if active else self.tr("deactivated")

    def selected(self) -> Staff | None:
        return self.model.row_at(self.view.currentIndex().row())

    def select(self, login: str) -> None:
        for row, staff in enumerate(self.model.rows()):
            if staff.login == login:
                self.view.selectRow(row)
                return

    def load(self) -> None:
        current = self.selected()
        self.model.set_rows(settings.list_staff(self.state.ctx.db))
        if current is not None:
            self.select(current.login)
        self._selected_changed()

    def add_account(self) -> None:
        if not self._same(self.password, self.password_again):
            return
        role = StaffRole(self.role.currentData())
        login = self.login.text()

        def create() -> Changes:
            create_staff(self.state.ctx, login, self.full_name.text(), role, self.password.text())
            return settings.SETTINGS_CHANGED

        if self._run(create):
            for edit in (self.login, self.full_name, self.password, self.password_again):
                edit.clear()
            self.load()
            self.select(login.strip().lower())

    def toggle_active(self) -> None:
        staff = self.selected()
        if staff is not None and self._run(
            lambda: settings.set_staff_active(self.state.ctx, staff.login, not staff.active)
        ):
            self.load()

    def reset_password(self) -> None:
        staff = self.selected()
        if staff is None or not self._same(self.new_password, self.new_password_again):
            return
        password = self.new_password.text()
        if self._run(lambda: settings.reset_password(self.state.ctx, staff.login, password)):
            self.new_password.clear()
            self.new_password_again.clear()

    def _same(self, first: QLineEdit, second: QLineEdit) -> bool:
        """Typed twice, because nobody sees what a password field holds."""
        if first.text() == second.text():
            return True
        self._refuse(lambda: self.tr("The two passwords differ; type them again."))
        return False

    def _selected_changed(self) -> None:
        staff = self.selected()
        self.account_box.setEnabled(staff is not None)
        self._retranslate_account(staff)

    def _retranslate_account(self, staff: Staff | None) -> None:
        if staff is None:
            self.account.setText(self.tr("Choose an account in the list."))
            self.toggle_button.setText(self.tr("Deactivate"))
            return
        self.account.setText(
            self.tr("{name} ({login})").format(name=staff.full_name, login=staff.login)
        )
        self.toggle_button.setText(self.tr("Deactivate") if staff.active else self.tr("Activate"))

    def set_editable(self, editable: bool) -> None:
        self.side.setVisible(editable)

    def retranslate(self) -> None:
        self.model.retranslate()
        rows = self.model.rowCount()
        if rows:  # the role and active words follow the language
            last = self.model.index(rows - 1, self.model.columnCount() - 1)
            self.model.dataChanged.emit(self.model.index(0, 0), last)
        self.account_box.setTitle(self.tr("Selected account"))
        self.new_box.setTitle(self.tr("New account"))
        texts = (
            self.tr("New password"),
            self.tr("Repeat it"),
            self.tr("Login"),
            self.tr("Full name"),
            self.tr("Role"),
            self.tr("Password"),
            self.tr("Repeat it"),
        )
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        for index in range(self.role.count()):
            self.role.setItemText(index, self.role_label(StaffRole(self.role.itemData(index))))
        self.reset_button.setText(self.tr("Set new password"))
        self.add_button.setText(self.tr("Add account"))
        self._retranslate_account(self.selected())


class IdleLockTab(QWidget):
    def __init__(self, state: DeskState, run: Run) -> None:
        super().__init__()
        self.state = state
        self._run = run
        self.minutes = QSpinBox()
        self.minutes.setRange(*settings.IDLE_LOCK_RANGE)
        self.label = QLabel()
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self.save)
        self.hint = _hint()
        form = QFormLayout()
        form.addRow(self.label, self.minutes)
        layout = QVBoxLayout(self)
        layout.addWidget(_form_box(form))
        layout.addWidget(self.hint)
        layout.addLayout(_buttons_row(self.save_button))
        layout.addStretch(1)
        self.minutes.setMaximumWidth(120)

    def load(self) -> None:
        self.minutes.setValue(settings.idle_lock_minutes(self.state.ctx.db))

    def save(self) -> None:
        minutes = self.minutes.value()
        self._run(lambda: settings.set_idle_lock_minutes(self.state.ctx, minutes))

    def set_editable(self, editable: bool) -> None:
        self.minutes.setReadOnly(not editable)
        self.minutes.setButtonSymbols(
            QAbstractSpinBox.ButtonSymbols.UpDownArrows
            if editable
            else QAbstractSpinBox.ButtonSymbols.NoButtons
        )
        self.save_button.setVisible(editable)

    def retranslate(self) -> None:
        self.label.setText(self.tr("Lock the desk after this many minutes without use"))
        self.minutes.setSuffix(self.tr(" min"))
        self.hint.setText(
            self.tr(
                "A locked desk hides the reader's data and asks for a password; "
                "another librarian may sign in."
            )
        )
        self.save_button.setText(self.tr("Save"))


class CentralTab(QWidget):
    """Join this branch to a central library: address and token checked live, then saved,
    then the first sync with its progress."""

    def __init__(self, state: DeskState, run: Run, say: Say, sync: SyncWorker) -> None:
        super().__init__()
        self.state = state
        self._run = run
        self._say = say
        self.sync = sync
        self.job: BackgroundJob | None = None
        self._first_sync = False  # the round after connecting: its answer is said here
        self._after_current = False  # a round on the old address runs: the first one waits
        self.box = QGroupBox()
        self.url = QLineEdit()
        self.url.setMaxLength(300)
        self.url.setPlaceholderText("https://")
        self.token = QLineEdit()
        self.token.setMaxLength(200)
        self.token.setEchoMode(QLineEdit.EchoMode.PasswordEchoOnEdit)
        self.labels = [QLabel(), QLabel()]
        self.form = QFormLayout()
        for label, edit in zip(self.labels, (self.url, self.token), strict=True):
            label.setBuddy(edit)
            self.form.addRow(label, edit)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.box.setLayout(self.form)
        self.box.setMaximumWidth(FORM_WIDTH)
        self.connect_button = QPushButton()
        self.connect_button.clicked.connect(self.check_and_connect)
        self.token.returnPressed.connect(self.check_and_connect)
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(FORM_WIDTH)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.step = QLabel()
        self.step.hide()
        self.current = QLabel()
        self.current.setWordWrap(True)
        self.current.setMaximumWidth(FORM_WIDTH)
        self.hint = _hint()
        self.hint.setMaximumWidth(FORM_WIDTH)
        layout = QVBoxLayout(self)
        layout.addWidget(self.current)
        layout.addWidget(self.box)
        layout.addLayout(_buttons_row(self.connect_button))
        layout.addWidget(self.progress)
        layout.addWidget(self.step)
        layout.addWidget(self.hint)
        layout.addStretch(1)
        sync.changed.connect(self._show_current)
        sync.progress.connect(self._progress)
        sync.finished.connect(self._round_finished)

    @property
    def busy(self) -> bool:
        return self.job is not None or self._first_sync

    def load(self) -> None:
        try:
            url = self.sync.status().url
        except WorldError:
            url = None  # said on the status line by _show_current
        self.url.setText(url or "")
        self.token.clear()
        self._show_current()

    def _show_current(self) -> None:
        try:
            status = self.sync.status()
        except WorldError as error:
            self.current.setText(error_text(error, self.state))
            return
        colour = "#3c4650"
        if not status.joined:
            text = self.tr("This branch works alone: it is not connected to a central library.")
        elif status.stopped in ("token", "upgrade"):
            text = error_text(SyncError(status.stopped, url=status.url or ""), self.state)
            colour = ERROR_COLOUR
        elif status.last_sync is None:
            text = self.tr("Connected to {url}; not synced yet.").format(url=status.url)
        else:
            text = self.tr("Connected to {url}; last sync {moment}.").format(
                url=status.url, moment=moment_text(status.last_sync)
            )
        self.current.setStyleSheet(f"color: {colour};")
        self.current.setText(text)
        self.token.setPlaceholderText(
            self.tr("saved; type a new one to change it") if status.joined else ""
        )

    def check_and_connect(self) -> None:
        """Check the address and the token with the central library (in the background);
        only if both are right are they saved, and the first sync starts."""
        if self.busy or not self.state.is_admin:
            return
        url, token = self.url.text(), self.token.text().strip()
        try:
            url = check_url(url)
            if not token:
                raise InvalidInput("required", field="token")
        except WorldError as error:
            self._say(self._error(error), True)
            return
        self._busy(True)
        self._say(lambda: self.tr("Checking the connection with the central library…"), False)
        self.job = BackgroundJob(lambda _job: check_central(url, token, self.state.ctx.branch))
        connect_job(
            self.job,
            lambda _none: self._checked(url, token),
            self._check_failed,
            crashed=self._check_crashed,
        )
        self.job.start()

    def _checked(self, url: str, token: str) -> None:
        self.job = None

        def save() -> Changes:
            set_central(self.state.ctx.db, url, token)
            return Changes(settings=True)

        if not self._run(save):
            self._busy(False)
            return
        self.token.clear()
        self._say(lambda: self.tr("Connected. The first sync is running…"), False)
        self._first_sync = True
        if self.sync.busy:
            self._after_current = True  # that round still uses the old address
        else:
            self.sync.sync_now()

    def _check_failed(self, error: WorldError) -> None:
        self.job = None
        self._busy(False)
        self._say(self._error(error), True)

    def _check_crashed(self, text: str) -> None:
        self.job = None
        self._busy(False)
        raise_bug(text)

    def _progress(self, stage: str, done: int, total: object) -> None:
        if not self._first_sync:
            return
        known = isinstance(total, int) and total > 0
        if isinstance(total, int) and total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))
        else:
            self.progress.setRange(0, 0)  # how much is coming is not known yet
        if stage == "push":
            text = self.tr("Sending: {done} of {total}").format(done=done, total=total)
        elif known:
            text = self.tr("Receiving: {done} of {total}").format(done=done, total=total)
        else:
            text = self.tr("Receiving: {done}").format(done=done)
        self.step.setText(text)

    def _round_finished(self, answer: object) -> None:
        if self._after_current:
            self._after_current = False
            self.sync.sync_now()
            return
        if not self._first_sync:
            self._show_current()
            return
        self._first_sync = False
        self._busy(False)
        self._show_current()
        if isinstance(answer, Summary):
            sent = sum(answer.pushed.values())
            received = sum(answer.pulled.values())
            self._say(
                lambda: self.tr(
                    "Connected to the central library. Sent: {sent}; received: {received}."
                ).format(sent=sent, received=received),
                False,
            )
        elif isinstance(answer, WorldError):
            self._say(self._error(answer), True)

    def _busy(self, busy: bool) -> None:
        self.connect_button.setEnabled(not busy)
        for edit in (self.url, self.token):
            edit.setReadOnly(busy or not self.state.is_admin)
        self.progress.setVisible(busy)
        self.step.setVisible(busy)
        self.progress.setRange(0, 0)
        self.step.clear()

    def _error(self, error: WorldError) -> Text:
        return lambda: error_text(error, self.state)

    def set_editable(self, editable: bool) -> None:
        for edit in (self.url, self.token):
            edit.setReadOnly(not editable)
        self.connect_button.setVisible(editable)

    def retranslate(self) -> None:
        self.box.setTitle(self.tr("Central library"))
        self.labels[0].setText(self.tr("Address"))
        self.labels[1].setText(self.tr("Branch token"))
        self.connect_button.setText(self.tr("Check and connect"))
        self.hint.setText(
            self.tr(
                "The central library gives each branch its address and token. Both are "
                "checked with the central library before anything is saved; then this "
                "branch's work is sent and the readers of the whole system come in."
            )
        )
        self._show_current()


Tab = (
    LanguageTab
    | BranchTab
    | RulesTab
    | CalendarTab
    | StaffTab
    | IdleLockTab
    | CentralTab
    | SafekeepingTab
)


class SettingsScreen(Screen):
    def __init__(
        self,
        state: DeskState,
        on_language: Callable[[str], None],
        parent: QWidget | None = None,
        *,
        sync: SyncWorker | None = None,
    ) -> None:
        super().__init__(state, parent)
        self._publishing = False
        self._message: Text | None = None
        self.language = LanguageTab(state, self.run, on_language)
        self.branch = BranchTab(state, self.run)
        self.rules = RulesTab(state, self.run)
        self.calendar = CalendarTab(state, self.run)
        self.staff = StaffTab(state, self.run, self.refuse)
        self.idle_lock = IdleLockTab(state, self.run)
        self.central = CentralTab(state, self.run, self._say, sync or SyncWorker(state, self))
        self.safekeeping = SafekeepingTab(state, self.run, self._say)
        self.tabs = QTabWidget()
        # Fusion draws unselected tabs lower and cuts the descenders of DejaVu Sans (g, у, д).
        self.tabs.tabBar().setStyleSheet(TAB_STYLE)
        for tab in self._tabs():
            self.tabs.addTab(tab, "")
        self.tabs.currentChanged.connect(lambda _: self._say(None))
        self.read_only_note = QLabel()
        self.read_only_note.setWordWrap(True)
        self.read_only_note.setStyleSheet("background: #eef1f4; color: #3c4650; padding: 6px;")
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.read_only_note)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        self._load()
        self._apply_access()
        self.retranslate()

    def _tabs(self) -> tuple[Tab, ...]:
        return (
            self.language,
            self.branch,
            self.rules,
            self.calendar,
            self.staff,
            self.idle_lock,
            self.central,
            self.safekeeping,
        )

    def title(self) -> str:
        return self.tr("Settings")

    def run(self, action: Action, *, anyone: bool = False) -> bool:
        """Run one change for a branch admin (or `anyone`: the language); reload the rules,
        tell the views, say how it went."""
        if not (anyone or self.state.is_admin):
            self.refuse(lambda: self.tr("Only a branch admin can change settings."))
            return False
        try:
            changes = action()
        except WorldError as error:
            self.refuse(self._error_text(error))
            return False
        self._reload_config()
        self._publishing = True
        try:
            self.state.hub.publish(changes)
        finally:
            self._publishing = False
        self._say(lambda: self.tr("Saved."))
        return True

    def refuse(self, text: Text) -> None:
        self._say(text, error=True)

    def _error_text(self, error: WorldError) -> Text:
        return lambda: error_text(error, self.state)

    def _reload_config(self) -> None:
        # The desk reads its rules from the context on every scan, not from the database.
        with self.state.ctx.db.read() as session:
            self.state.ctx.config = load_config(session)

    def _load(self) -> None:
        for tab in self._tabs():
            tab.load()

    def _say(self, text: Text | None, error: bool = False) -> None:
        self._message = text
        self.message.setStyleSheet(f"color: {ERROR_COLOUR if error else DONE_COLOUR};")
        self.message.setText(text() if text else "")

    def _apply_access(self) -> None:
        # Who is at the desk can change while the screen lives (the idle lock signs in anew).
        admin = self.state.is_admin
        self.read_only_note.setVisible(not admin)
        for tab in self._tabs():
            tab.set_editable(admin)

    def on_changes(self, changes: Changes) -> None:
        if changes.settings and not self._publishing:
            self._load()

    def showEvent(self, event: QShowEvent) -> None:
        self._apply_access()
        super().showEvent(event)

    def focus_default(self) -> None:
        self.tabs.tabBar().setFocus()

    def retranslate(self) -> None:
        titles = (
            self.tr("Language"),
            self.tr("Branch"),
            self.tr("Loan rules"),
            self.tr("Calendar"),
            self.tr("Staff"),
            self.tr("Idle lock"),
            self.tr("Central library"),
            self.tr("Safekeeping"),
        )
        for index, text in enumerate(titles):
            self.tabs.setTabText(index, text)
        self.read_only_note.setText(
            self.tr("Only a branch admin can change settings; you can see them here.")
        )
        for tab in self._tabs():
            tab.retranslate()
        self.message.setText(self._message() if self._message else "")
