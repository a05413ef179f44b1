"""The events screen: the diary's part 3 (events held) and part 4 (enquiries and refusals)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime

from PySide6.QtCore import (
    QAbstractItemModel,
    QDate,
    QDateTime,
    QEvent,
    QLocale,
    QObject,
    QSignalBlocker,
    Qt,
    QTime,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QTextCharFormat
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCalendarWidget,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from branchdesk.domain.model import (
    Attendance,
    Enquiry,
    EnquiryKind,
    Event,
    EventForm,
    Language,
    Refusal,
)
from branchdesk.services.activity import EventInput, record_enquiry, record_event, record_refusal
from branchdesk.services.events import (
    add_programme,
    rename_programme,
    set_programme_active,
    update_event,
)
from branchdesk.services.results import Changes
from branchdesk.store import event_queries as queries
from branchdesk.ui.calendar_names import date_field, month_name, speak_calendar
from branchdesk.ui.feedback import world_errors
from branchdesk.ui.formats import ERROR_COLOUR, qdate
from branchdesk.ui.models import Column, RowsModel
from branchdesk.ui.screen import Screen
from branchdesk.ui.state import DeskState

# Stored codes of an event's audience (EventRow.audience is free text; the desk writes these).
AUDIENCES = ("children", "youth", "adults", "all")
ACTIVITY = Changes(activity=True, journal=True)
PROGRAMMES_CHANGED = Changes(activity=True)  # a branch setting, not journaled
MAX_COUNT = 100_000
EVENT_DAY_BACKGROUND = QColor("#dbe8f6")
CLOSED_DAY = QColor(ERROR_COLOUR)


class EventLabels(QObject):
    """Words for the codes that events and enquiries store, shared by the screen and dialogs."""

    def form(self, form: EventForm) -> str:
        return {
            EventForm.EXHIBITION: self.tr("book exhibition"),
            EventForm.LITERARY_EVENING: self.tr("literary evening"),
            EventForm.READING_HOUR: self.tr("reading hour"),
            EventForm.TALK: self.tr("talk"),
            EventForm.REVIEW: self.tr("book review"),
            EventForm.CONTEST: self.tr("contest"),
            EventForm.AUTHOR_MEETING: self.tr("meeting with an author"),
            EventForm.LOUD_READING: self.tr("reading aloud"),
            EventForm.OTHER: self.tr("other"),
        }[form]

    def audience(self, code: str | None) -> str:
        labels = {
            "children": self.tr("children"),
            "youth": self.tr("youth"),
            "adults": self.tr("adults"),
            "all": self.tr("everyone"),
        }
        # Older or imported events may hold free text: show it as it is.
        return labels.get(code or "", code or "—")

    def language(self, language: Language) -> str:
        return {
            Language.KAZAKH: self.tr("Kazakh"),
            Language.RUSSIAN: self.tr("Russian"),
            Language.OTHER: self.tr("other"),
        }[language]

    def enquiry_kind(self, kind: EnquiryKind) -> str:
        return {
            EnquiryKind.THEMATIC: self.tr("thematic"),
            EnquiryKind.ADDRESS: self.tr("address"),
            EnquiryKind.CLARIFYING: self.tr("clarifying"),
            EnquiryKind.FACTUAL: self.tr("factual"),
        }[kind]


def fill_combo(combo: QComboBox, values: Sequence[object], label: Callable[[object], str]) -> None:
    """Put `values` in the combo (label shown, value as data), keeping the current value."""
    current = combo.currentData()
    with QSignalBlocker(combo):
        combo.clear()
        for value in values:
            combo.addItem(label(value), value)
        index = combo.findData(current)
        combo.setCurrentIndex(max(index, 0))


def relabel_combo(combo: QComboBox, label: Callable[[object], str]) -> None:
    """New words for the same values after a language switch."""
    for index in range(combo.count()):
        combo.setItemText(index, label(combo.itemData(index)))


def select_data(combo: QComboBox, value: object) -> None:
    """Choose `value`; one the list does not offer (an old programme) is added for it."""
    index = combo.findData(value)
    if index < 0:
        combo.addItem(str(value) if value is not None else "—", value)
        index = combo.count() - 1
    combo.setCurrentIndex(index)


def optional(text: str) -> str | None:
    text = text.strip()
    return text or None


def error_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {ERROR_COLOUR};")
    label.hide()
    return label


def show_problem(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


def table(model: QAbstractItemModel, stretch: int) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view


class ProgrammesDialog(QDialog):
    """The list of programmes: add, rename, and tick off those that have ended."""

    renamed = Signal(str, str)
    edited = Signal()

    def __init__(self, state: DeskState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.items = QListWidget()
        self.name_edit = QLineEdit()
        self.add_button = QPushButton()
        self.rename_button = QPushButton()
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self._layout()
        self.items.itemChanged.connect(self._toggled)
        self.items.currentItemChanged.connect(self._picked)
        self.add_button.clicked.connect(self.add)
        self.rename_button.clicked.connect(self.rename)
        self.name_edit.returnPressed.connect(self.add)
        self.buttons.rejected.connect(self.reject)
        self.reload()
        self.retranslate()
        # The name field first: with the list focused, Qt would pick its first entry.
        self.name_edit.setFocus()

    def _layout(self) -> None:
        row = QHBoxLayout()
        row.addWidget(self.name_edit, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.rename_button)
        box = QVBoxLayout(self)
        box.addWidget(self.hint)
        box.addWidget(self.items, 1)
        box.addLayout(row)
        box.addWidget(self.buttons)
        self.setMinimumSize(520, 380)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Programmes"))
        self.hint.setText(
            self.tr("Ticked programmes are offered for new events; untick one that has ended.")
        )
        self.name_edit.setPlaceholderText(self.tr("Programme name"))
        self.add_button.setText(self.tr("Add"))
        self.rename_button.setText(self.tr("Rename"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def reload(self) -> None:
        with self.state.ctx.db.read() as session:
            names = queries.programmes(session, active_only=False)
            active = set(queries.programmes(session, active_only=True))
        with QSignalBlocker(self.items):
            self.items.clear()
            for name in names:
                item = QListWidgetItem(name)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                checked = Qt.CheckState.Checked if name in active else Qt.CheckState.Unchecked
                item.setCheckState(checked)
                self.items.addItem(item)
            self.items.setCurrentRow(-1)
        self.name_edit.clear()
        self._update_buttons()

    def names(self) -> list[str]:
        return [self.items.item(row).text() for row in range(self.items.count())]

    def _picked(self, item: QListWidgetItem | None) -> None:
        # Renaming starts from the chosen name: usually one letter is wrong.
        if item is not None:
            self.name_edit.setText(item.text())
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.rename_button.setEnabled(self.items.currentItem() is not None)

    def _run(self, action: Callable[[], None]) -> bool:
        done = False
        with world_errors(self, self.state):
            action()
            done = True
        if done:
            self.state.hub.publish(PROGRAMMES_CHANGED)
            self.edited.emit()
        return done

    def add(self) -> None:
        name = self.name_edit.text()
        if self._run(lambda: add_programme(self.state.ctx, name, self.state.operator)):
            self.name_edit.clear()
            self.reload()

    def rename(self) -> None:
        item = self.items.currentItem()
        new = " ".join(self.name_edit.text().split())
        if item is None or not new or new == item.text():
            return
        old = item.text()
        taken = any(n.casefold() == new.casefold() and n != old for n in self.names())
        if taken and not self._confirm_merge(old, new):
            return
        if self._run(lambda: rename_programme(self.state.ctx, old, new, self.state.operator)):
            self.renamed.emit(old, new)
            self.reload()

    def _confirm_merge(self, old: str, new: str) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Programmes"),
            self.tr("“{new}” is already in the list. Merge “{old}” into it?").format(
                new=new, old=old
            ),
        )
        return answer == QMessageBox.StandardButton.Yes

    def _toggled(self, item: QListWidgetItem) -> None:
        name = item.text()
        active = item.checkState() == Qt.CheckState.Checked
        if not self._run(
            lambda: set_programme_active(self.state.ctx, name, active, self.state.operator)
        ):
            self.reload()


class EventDialog(QDialog):
    """A new event, or the correction of one (attendance is often counted afterwards)."""

    def __init__(
        self,
        state: DeskState,
        labels: EventLabels,
        save: Callable[[EventInput], bool],
        event: Event | None = None,
        day: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.state = state
        self.labels = labels
        self.editing = event  # None for a new event (`event` is QWidget's method)
        self._save = save
        self.programmes_dialog: ProgrammesDialog | None = None
        self._build()
        self._layout()
        self._connect()
        self.reload_programmes()
        self._fill(event, day or state.ctx.today())
        self.retranslate()

    def _build(self) -> None:
        self.title_edit = QLineEdit()
        self.when_edit = date_field(QDateTimeEdit(), "dd.MM.yyyy  HH:mm")
        self.programme_combo = QComboBox()
        self.programme_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.programme_combo.setMinimumContentsLength(30)
        self.programmes_button = QPushButton()
        self.form_combo = QComboBox()
        self.place_edit = QLineEdit()
        self.audience_combo = QComboBox()
        self.language_combo = QComboBox()
        self.total_spin, self.children_spin, self.youth_spin = (self._count() for _ in range(3))
        self.responsible_edit = QLineEdit()
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4)
        self.notes_edit.setTabChangesFocus(True)
        self.problem = error_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.row_labels = {key: QLabel() for key in ROW_KEYS}

    @staticmethod
    def _count() -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(0, MAX_COUNT)
        spin.setMinimumWidth(90)
        return spin

    def _layout(self) -> None:
        programme = QHBoxLayout()
        programme.addWidget(self.programme_combo, 1)
        programme.addWidget(self.programmes_button)
        fields: dict[str, QWidget | QHBoxLayout] = {
            "title": self.title_edit,
            "when": self.when_edit,
            "programme": programme,
            "form": self.form_combo,
            "place": self.place_edit,
            "audience": self.audience_combo,
            "language": self.language_combo,
            "total": self.total_spin,
            "children": self.children_spin,
            "youth": self.youth_spin,
            "responsible": self.responsible_edit,
            "notes": self.notes_edit,
        }
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        for key in ROW_KEYS:
            form.addRow(self.row_labels[key], fields[key])
        for key in ("when", "form", "audience", "language", "total", "children", "youth"):
            # Short values need no full-width field; a spin box stretched wide reads oddly.
            form.setAlignment(fields[key], Qt.AlignmentFlag.AlignLeft)
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addWidget(self.problem)
        box.addWidget(self.buttons)
        # Roomy through a field, not a minimum of the dialog's own: Qt then keeps the
        # layout's minimum, and a longer label (Kazakh) cannot squeeze the buttons' text.
        self.title_edit.setMinimumWidth(380)

    def _connect(self) -> None:
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.programmes_button.clicked.connect(self.edit_programmes)
        for spin in (self.total_spin, self.children_spin, self.youth_spin):
            spin.valueChanged.connect(self._attendance_changed)

    def retranslate(self) -> None:
        editing = self.editing is not None
        bands = self.state.ctx.config.age_bands  # the branch's own, as the diary counts them
        self.setWindowTitle(self.tr("Edit event") if editing else self.tr("New event"))
        texts = {
            "title": self.tr("Title"),
            "when": self.tr("Date and time"),
            "programme": self.tr("Programme"),
            "form": self.tr("Form"),
            "place": self.tr("Place"),
            "audience": self.tr("Audience"),
            "language": self.tr("Language"),
            "total": self.tr("Attendance, total"),
            "children": self.tr("of them children up to {age}").format(age=bands.children_max),
            "youth": self.tr("of them youth aged {low}–{high}").format(
                low=bands.children_max + 1, high=bands.youth_max
            ),
            "responsible": self.tr("Responsible"),
            "notes": self.tr("Notes"),
        }
        for key, text in texts.items():
            self.row_labels[key].setText(text)
        self.programmes_button.setText(self.tr("Edit programmes…"))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self._relabel()
        self._attendance_changed()

    def _relabel(self) -> None:
        relabel_combo(self.form_combo, lambda v: self.labels.form(EventForm(str(v))))
        relabel_combo(self.audience_combo, lambda v: self.labels.audience(_text(v)))
        relabel_combo(self.language_combo, lambda v: self.labels.language(Language(str(v))))
        self.programme_combo.setItemText(0, self.tr("(no programme)"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def reload_programmes(self, keep: str | None = None) -> None:
        """The active programmes; the event's own stays offered even if it has ended."""
        current = keep if keep is not None else self.programme_combo.currentData()
        with self.state.ctx.db.read() as session:
            names = queries.programmes(session)
        with QSignalBlocker(self.programme_combo):
            self.programme_combo.clear()
            self.programme_combo.addItem(self.tr("(no programme)"), None)
            for name in names:
                self.programme_combo.addItem(name, name)
            select_data(self.programme_combo, current)

    def _fill(self, event: Event | None, day: date) -> None:
        fill_combo(self.form_combo, list(EventForm), lambda v: self.labels.form(EventForm(str(v))))
        fill_combo(self.audience_combo, AUDIENCES, lambda v: self.labels.audience(_text(v)))
        fill_combo(
            self.language_combo, list(Language), lambda v: self.labels.language(Language(str(v)))
        )
        if event is None:
            self.when_edit.setDateTime(QDateTime(qdate(day), QTime(11, 0)))
            select_data(self.audience_combo, "all")
            staff = self.state.staff
            self.responsible_edit.setText(staff.full_name if staff else "")
            return
        self.title_edit.setText(event.title)
        self.when_edit.setDateTime(_qdatetime(event.starts_at))
        select_data(self.programme_combo, event.programme)
        select_data(self.form_combo, event.form)
        self.place_edit.setText(event.place or "")
        select_data(self.audience_combo, event.audience)
        select_data(self.language_combo, event.language)
        self.total_spin.setValue(event.attendance.total)
        self.children_spin.setValue(event.attendance.children)
        self.youth_spin.setValue(event.attendance.youth)
        self.responsible_edit.setText(event.responsible or "")
        self.notes_edit.setPlainText(event.notes or "")

    def edit_programmes(self) -> None:
        dialog = ProgrammesDialog(self.state, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.edited.connect(self.reload_programmes)
        dialog.renamed.connect(self._programme_renamed)
        self.programmes_dialog = dialog
        dialog.open()

    def _programme_renamed(self, old: str, new: str) -> None:
        if self.programme_combo.currentData() == old:
            self.reload_programmes(keep=new)

    def _attendance_problem(self) -> str:
        total = self.total_spin.value()
        children, youth = self.children_spin.value(), self.youth_spin.value()
        if children + youth <= total:
            return ""
        return self.tr(
            "Children ({children}) and youth ({youth}) together are more than the total "
            "({total}): they are counted within the total."
        ).format(children=children, youth=youth, total=total)

    def _attendance_changed(self) -> None:
        show_problem(self.problem, self._attendance_problem())

    def data(self) -> EventInput:
        moment = self.when_edit.dateTime().toPython()
        assert isinstance(moment, datetime)
        return EventInput(
            title=self.title_edit.text().strip(),
            form=EventForm(self.form_combo.currentData()),
            starts_at=moment.replace(second=0, microsecond=0),
            attendance=Attendance(
                self.total_spin.value(), self.children_spin.value(), self.youth_spin.value()
            ),
            programme=self.programme_combo.currentData(),
            place=optional(self.place_edit.text()),
            audience=self.audience_combo.currentData(),
            language=Language(self.language_combo.currentData()),
            responsible=optional(self.responsible_edit.text()),
            notes=optional(self.notes_edit.toPlainText()),
        )

    def save(self) -> None:
        """Refuse what the form can see is wrong, then save; the dialog closes only on success."""
        if not self.title_edit.text().strip():
            show_problem(self.problem, self.tr("Give the event a title."))
            self.title_edit.setFocus()
            return
        problem = self._attendance_problem()
        if problem:
            show_problem(self.problem, problem)
            self.total_spin.setFocus()
            return
        if self._save(self.data()):
            self.accept()


ROW_KEYS = (
    "title",
    "when",
    "programme",
    "form",
    "place",
    "audience",
    "language",
    "total",
    "children",
    "youth",
    "responsible",
    "notes",
)


def _text(value: object) -> str | None:
    return None if value is None else str(value)


def _qdatetime(moment: datetime) -> QDateTime:
    return QDateTime(qdate(moment.date()), QTime(moment.hour, moment.minute))


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class EventsScreen(Screen):
    """Events held by the branch on a calendar, and the enquiries and refusals of the day."""

    def __init__(self, state: DeskState, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        self.labels = EventLabels(self)
        self.dialog: EventDialog | None = None
        self.tabs = QTabWidget()
        self.tabs.addTab(self._events_page(), "")
        self.tabs.addTab(self._enquiries_page(), "")
        box = QVBoxLayout(self)
        box.addWidget(self.tabs)
        self.refresh()
        self._day_chosen()
        self.retranslate()

    # --- building ---------------------------------------------------------------------------

    def _events_page(self) -> QWidget:
        self.calendar = QCalendarWidget()
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.setSelectedDate(qdate(self.state.ctx.today()))
        self.calendar.setMinimumSize(340, 280)
        speak_calendar(self.calendar)
        for weekday in Qt.DayOfWeek:
            # Closed days are marked per date in _mark_days; weekends are not closed as such.
            self.calendar.setWeekdayTextFormat(weekday, QTextCharFormat())
        self.calendar.currentPageChanged.connect(lambda _y, _m: self.refresh_events())
        self.calendar.selectionChanged.connect(self._day_chosen)
        self.calendar.activated.connect(lambda _d: self.new_event())
        self.new_button = QPushButton()
        self.edit_button = QPushButton()
        self.new_button.clicked.connect(self.new_event)
        self.edit_button.clicked.connect(self.edit_event)
        self.month_label = QLabel()
        font = self.month_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.month_label.setFont(font)
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.events_model: RowsModel[Event] = RowsModel(self._event_columns())
        self.events_view = table(self.events_model, stretch=2)
        # Programme names run long; the title matters more, so the programme gets a fixed
        # (resizable) width and is elided.
        header = self.events_view.horizontalHeader()
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(4, 220)
        self.events_view.doubleClicked.connect(lambda _i: self.edit_event())
        self.events_view.selectionModel().selectionChanged.connect(self._update_buttons)
        return self._events_layout()

    def _events_layout(self) -> QWidget:
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.edit_button)
        left = QVBoxLayout()
        left.addWidget(self.calendar)
        left.addLayout(buttons)
        left.addWidget(self.summary_label)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.month_label)
        right.addWidget(self.events_view, 1)
        page = QWidget()
        row = QHBoxLayout(page)
        row.addLayout(left)
        row.addLayout(right, 1)
        return page

    def _event_columns(self) -> list[Column[Event]]:
        return [
            Column(lambda: self.tr("Date"), lambda e: f"{e.starts_at:%d.%m.%Y}"),
            Column(lambda: self.tr("Time"), lambda e: f"{e.starts_at:%H:%M}"),
            Column(lambda: self.tr("Title"), lambda e: e.title),
            Column(lambda: self.tr("Form"), lambda e: self.labels.form(e.form)),
            Column(lambda: self.tr("Programme"), lambda e: e.programme),
            Column(lambda: self.tr("Attended"), lambda e: e.attendance.total, align_right=True),
            Column(lambda: self.tr("Children"), lambda e: e.attendance.children, True),
            Column(lambda: self.tr("Youth"), lambda e: e.attendance.youth, align_right=True),
        ]

    def _enquiries_page(self) -> QWidget:
        page = QWidget()
        row = QHBoxLayout(page)
        row.addWidget(self._enquiry_box(), 1)
        row.addWidget(self._refusal_box(), 1)
        return page

    def _enquiry_box(self) -> QGroupBox:
        self.enquiry_group = QGroupBox()
        self.enquiry_kind = QComboBox()
        self.enquiry_topic = QLineEdit()
        self.enquiry_card = QLineEdit()
        self.enquiry_button = QPushButton()
        self.enquiry_button.clicked.connect(self.record_enquiry)
        for edit in (self.enquiry_topic, self.enquiry_card):
            edit.returnPressed.connect(self.record_enquiry)
        self.enquiry_labels = [QLabel() for _ in range(3)]
        self.enquiries_title = QLabel()
        self.enquiries_model: RowsModel[Enquiry] = RowsModel(
            [
                Column(lambda: self.tr("Kind"), lambda e: self.labels.enquiry_kind(e.kind)),
                Column(lambda: self.tr("Topic"), lambda e: e.topic),
                Column(lambda: self.tr("Card"), lambda e: e.reader_card),
            ]
        )
        self.enquiries_view = table(self.enquiries_model, stretch=1)
        fields = (self.enquiry_kind, self.enquiry_topic, self.enquiry_card)
        return self._group(
            self.enquiry_group,
            fields,
            self.enquiry_labels,
            self.enquiry_button,
            self.enquiries_title,
            self.enquiries_view,
        )

    def _refusal_box(self) -> QGroupBox:
        self.refusal_group = QGroupBox()
        self.refusal_title = QLineEdit()
        self.refusal_author = QLineEdit()
        self.refusal_card = QLineEdit()
        self.refusal_button = QPushButton()
        self.refusal_button.clicked.connect(self.record_refusal)
        for edit in (self.refusal_author, self.refusal_card):
            edit.returnPressed.connect(self.record_refusal)
        self.refusal_labels = [QLabel() for _ in range(3)]
        self.refusals_title = QLabel()
        self.refusals_model: RowsModel[Refusal] = RowsModel(
            [
                Column(lambda: self.tr("Date"), lambda r: f"{r.day:%d.%m.%Y}"),
                Column(lambda: self.tr("Title"), lambda r: r.title),
                Column(lambda: self.tr("Author"), lambda r: r.author),
                Column(lambda: self.tr("Card"), lambda r: r.reader_card),
            ]
        )
        self.refusals_view = table(self.refusals_model, stretch=1)
        fields = (self.refusal_title, self.refusal_author, self.refusal_card)
        return self._group(
            self.refusal_group,
            fields,
            self.refusal_labels,
            self.refusal_button,
            self.refusals_title,
            self.refusals_view,
        )

    @staticmethod
    def _group(
        group: QGroupBox,
        fields: Sequence[QWidget],
        labels: Sequence[QLabel],
        button: QPushButton,
        title: QLabel,
        view: QTableView,
    ) -> QGroupBox:
        form = QFormLayout()
        for label, field in zip(labels, fields, strict=True):
            form.addRow(label, field)
        form.addRow("", button)
        box = QVBoxLayout(group)
        box.addLayout(form)
        box.addSpacing(8)
        box.addWidget(title)
        box.addWidget(view, 1)
        return group

    # --- texts ------------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Events")

    def retranslate(self) -> None:
        self.tabs.setTabText(0, self.tr("Events"))
        self.tabs.setTabText(1, self.tr("Enquiries and refusals"))
        self.new_button.setText(self.tr("New event…"))
        self.edit_button.setText(self.tr("Edit event…"))
        # The calendar takes month and day names from the language the desk switched to.
        self.calendar.setLocale(QLocale())
        self._retranslate_activity()
        for model in (self.events_model, self.enquiries_model, self.refusals_model):
            model.retranslate()
        self._update_texts()

    def _retranslate_activity(self) -> None:
        self.enquiry_group.setTitle(self.tr("Enquiry"))
        for label, text in zip(
            self.enquiry_labels,
            (self.tr("Kind"), self.tr("Topic"), self.tr("Reader card")),
            strict=True,
        ):
            label.setText(text)
        fill_combo(
            self.enquiry_kind,
            list(EnquiryKind),
            lambda v: self.labels.enquiry_kind(EnquiryKind(str(v))),
        )
        self.enquiry_button.setText(self.tr("Record enquiry"))
        self.enquiries_title.setText(self.tr("Today's enquiries"))
        self.refusal_group.setTitle(self.tr("Refusal (a title the branch does not have)"))
        for label, text in zip(
            self.refusal_labels,
            (self.tr("Title"), self.tr("Author"), self.tr("Reader card")),
            strict=True,
        ):
            label.setText(text)
        self.refusal_button.setText(self.tr("Record refusal"))
        self.refusals_title.setText(self.tr("Refusals this month"))
        for edit in (self.enquiry_card, self.refusal_author, self.refusal_card):
            edit.setPlaceholderText(self.tr("optional"))

    def _update_texts(self) -> None:
        year, month = self.calendar.yearShown(), self.calendar.monthShown()
        self.month_label.setText(
            self.tr("Events in {month} {year}").format(month=month_name(month), year=year)
        )
        events = self.events_model.rows()
        self.summary_label.setText(
            self.tr(
                "Events this month: {count}. Attended: {total}, of them children {children}, "
                "youth {youth}."
            ).format(
                count=len(events),
                total=sum(e.attendance.total for e in events),
                children=sum(e.attendance.children for e in events),
                youth=sum(e.attendance.youth for e in events),
            )
        )

    # --- refreshing -------------------------------------------------------------------------

    def on_changes(self, changes: Changes) -> None:
        if changes.activity or changes.settings:
            self.refresh()

    def refresh(self) -> None:
        self.refresh_events()
        self.refresh_activity()

    def refresh_events(self) -> None:
        year, month = self.calendar.yearShown(), self.calendar.monthShown()
        with self.state.ctx.db.read() as session:
            events = queries.events_between(session, *queries.month_span(year, month))
            days = queries.event_days(session, year, month)
        self.events_model.set_rows(events)
        self._mark_days(days)
        self._update_texts()
        self._update_buttons()

    def _mark_days(self, days: dict[date, int]) -> None:
        """Days with events bold on a tint; days the branch is closed in red (its own days
        off and holidays, not Qt's Saturday and Sunday: rural branches open on Saturday)."""
        self.calendar.setDateTextFormat(QDate(), QTextCharFormat())  # clears every marked day
        branch = self.state.ctx.config.calendar
        first, last = queries.month_span(self.calendar.yearShown(), self.calendar.monthShown())
        for number in range(first.day, last.day + 1):
            day = first.replace(day=number)
            marked = QTextCharFormat()
            if not branch.is_open(day):
                marked.setForeground(CLOSED_DAY)
            if day in days:
                marked.setFontWeight(QFont.Weight.Bold)
                marked.setBackground(EVENT_DAY_BACKGROUND)
            self.calendar.setDateTextFormat(qdate(day), marked)

    def refresh_activity(self) -> None:
        today = self.state.ctx.today()
        with self.state.ctx.db.read() as session:
            enquiries = queries.enquiries_on(session, today)
            refusals = queries.refusals_between(
                session, *queries.month_span(today.year, today.month)
            )
        self.enquiries_model.set_rows(enquiries)
        self.refusals_model.set_rows(refusals)

    def _day_chosen(self) -> None:
        """Point at the chosen day's first event in the month's list."""
        day = _day(self.calendar.selectedDate())
        for row, event in enumerate(self.events_model.rows()):
            if event.starts_at.date() == day:
                self.events_view.selectRow(row)
                return
        self.events_view.clearSelection()

    def _update_buttons(self) -> None:
        self.edit_button.setEnabled(self.selected_event() is not None)

    def focus_default(self) -> None:
        if self.tabs.currentIndex() == 1:
            self.enquiry_topic.setFocus()
        else:
            self.new_button.setFocus()

    # --- events -----------------------------------------------------------------------------

    def selected_event(self) -> Event | None:
        rows = self.events_view.selectionModel().selectedRows()
        return self.events_model.row_at(rows[0].row()) if rows else None

    def new_event(self) -> EventDialog:
        day = _day(self.calendar.selectedDate())
        return self._open(EventDialog(self.state, self.labels, self._create, day=day, parent=self))

    def edit_event(self) -> EventDialog | None:
        event = self.selected_event()
        if event is None:
            return None
        uuid = event.uuid
        return self._open(
            EventDialog(
                self.state,
                self.labels,
                lambda data: self._update(uuid, data),
                event=event,
                parent=self,
            )
        )

    def _open(self, dialog: EventDialog) -> EventDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _create(self, data: EventInput) -> bool:
        return self._save(lambda: record_event(self.state.ctx, data, self.state.operator), data)

    def _update(self, uuid: str, data: EventInput) -> bool:
        def action() -> str:
            update_event(self.state.ctx, uuid, data, self.state.operator)
            return uuid

        return self._save(action, data)

    def _save(self, action: Callable[[], str], data: EventInput) -> bool:
        """Run the service (it returns the event's uuid); errors of the world keep the
        dialog open with the librarian's typing in it."""
        saved: str | None = None
        with world_errors(self.dialog or self, self.state):
            saved = action()
        if saved is None:
            return False
        # Turn the calendar to the saved event's day first, so the librarian sees it listed.
        self.calendar.setSelectedDate(qdate(data.starts_at.date()))
        self.state.hub.publish(ACTIVITY)
        self._select_event(saved)
        return True

    def _select_event(self, uuid: str) -> None:
        for row, event in enumerate(self.events_model.rows()):
            if event.uuid == uuid:
                self.events_view.selectRow(row)

    # --- enquiries and refusals -------------------------------------------------------------

    def record_enquiry(self) -> None:
        kind = EnquiryKind(self.enquiry_kind.currentData())
        topic = self.enquiry_topic.text()
        card = optional(self.enquiry_card.text())
        if self._record(
            lambda: record_enquiry(self.state.ctx, kind, topic, self.state.operator, card)
        ):
            self.enquiry_topic.clear()
            self.enquiry_card.clear()
            self.enquiry_topic.setFocus()

    def record_refusal(self) -> None:
        title = self.refusal_title.text()
        author = optional(self.refusal_author.text())
        card = optional(self.refusal_card.text())
        if self._record(
            lambda: record_refusal(self.state.ctx, title, self.state.operator, author, card)
        ):
            for edit in (self.refusal_title, self.refusal_author, self.refusal_card):
                edit.clear()
            self.refusal_title.setFocus()

    def _record(self, action: Callable[[], object]) -> bool:
        done = False
        with world_errors(self, self.state):
            action()
            done = True
        if done:
            self.state.hub.publish(ACTIVITY)
        return done
