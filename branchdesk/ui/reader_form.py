"""Registering a reader or editing one: the form checks every field as the librarian types.

The checks are the domain's own (`check_reader`), so the form, the service and the command
line can never disagree about what may be saved.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from branchdesk.domain.groups import SocialGroup, age_on
from branchdesk.domain.iin import IinInfo, parse_iin
from branchdesk.domain.model import Reader
from branchdesk.domain.readers import NAME_MAX, TEXT_MAX, Problem, ReaderInput, check_reader
from branchdesk.messages import FIELDS, describe
from branchdesk.services.readers import register_reader, update_reader
from branchdesk.services.results import Changes
from branchdesk.ui.feedback import attempt
from branchdesk.ui.formats import DAY_FORMAT, ERROR_COLOUR, day_text
from branchdesk.ui.state import DeskState

_INPUT_FORMATS = (DAY_FORMAT, "%Y-%m-%d")  # ISO is accepted on input too
IIN_MAX = 20  # twelve digits plus the spaces a paste may bring; the check says what is wrong

_NAMES = ("surname", "name", "patronymic", "guarantor_name")
_PERSON = (
    "surname",
    "name",
    "patronymic",
    "iin",
    "birth_date",
    "sex",
    "category",
    "school_or_work",
    "education",
    "language",
)
_ADDRESS = ("settlement", "street", "house", "flat", "phone")
_GUARANTOR = ("guarantor_name", "guarantor_iin", "guarantor_phone")
_CONSENT = ("consent_date", "notes")
_LINES = tuple(
    name
    for name in _PERSON + _ADDRESS + _GUARANTOR + _CONSENT
    if name not in ("sex", "category", "language", "notes")
)
_DATES = ("birth_date", "consent_date")
_ALWAYS_REQUIRED = ("surname", "name")
_SAVED_CHANGES = Changes(readers=True, journal=True)


def parse_day(text: str) -> date:
    """A typed date in dd.mm.yyyy or yyyy-mm-dd; ValueError when it is neither."""
    for pattern in _INPUT_FORMATS:
        try:
            return datetime.strptime(text.strip(), pattern).date()
        except ValueError:
            continue
    raise ValueError(text)


def group_label(code: str) -> str:
    """A reader group in the desk's language (the same context as ReaderForm.tr)."""
    translate = QCoreApplication.translate  # not "tr": lupdate reads tr(a, b) as (text, comment)
    labels: dict[str, str] = {
        SocialGroup.PRESCHOOL: translate("ReaderForm", "preschool child"),
        SocialGroup.PUPIL: translate("ReaderForm", "pupil"),
        SocialGroup.STUDENT: translate("ReaderForm", "student"),
        SocialGroup.EMPLOYEE: translate("ReaderForm", "employee"),
        SocialGroup.WORKER: translate("ReaderForm", "worker"),
        SocialGroup.PENSIONER: translate("ReaderForm", "pensioner"),
        SocialGroup.UNEMPLOYED: translate("ReaderForm", "unemployed"),
        SocialGroup.OTHER: translate("ReaderForm", "other"),
    }
    return labels.get(code, code)


def field_label(name: str) -> str:
    return QCoreApplication.translate("fields", FIELDS[name])


class ReaderForm(QDialog):
    """Register a new reader (`reader` None) or edit one; `saved` carries the stored reader."""

    saved = Signal(object)  # Reader

    def __init__(
        self, state: DeskState, reader: Reader | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.state = state
        self.reader = reader
        self.saved_reader: Reader | None = None
        self.edits: dict[str, QLineEdit] = {}
        self.errors: dict[str, QLabel] = {}
        self.labels: dict[str, QLabel] = {}
        self.sex = QComboBox()
        self.category = QComboBox()
        self.service_language = QComboBox()
        self.notes = QPlainTextEdit()
        self.hint = QLabel()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.boxes: dict[str, QGroupBox] = {}
        self._error_rows: dict[str, tuple[QFormLayout, int]] = {}
        self._child = False
        # Edits of existing records show every problem at once; a blank form waits until a
        # field is touched before it calls it missing.
        self._touched: set[str] = set(_LINES) if reader is not None else set()
        self._from_iin: tuple[str, str | None] = ("", None)  # what the ИИН last filled in
        self._build()
        self._fill(reader)
        self._connect()
        self.retranslate()

    # ----- building -----

    def _build(self) -> None:
        for name in _LINES:
            edit = QLineEdit()
            edit.setMaxLength(
                NAME_MAX if name in _NAMES else IIN_MAX if "iin" in name else TEXT_MAX
            )
            self.edits[name] = edit
        for name in _DATES:
            self.edits[name].setMaxLength(10)
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        for value in ("", "m", "f"):
            self.sex.addItem("", value or None)
        for group in SocialGroup:
            self.category.addItem("", group.value)
        for lang in ("", "kk", "ru"):
            self.service_language.addItem("", lang or None)
        self.hint.setWordWrap(True)
        columns = QHBoxLayout()
        columns.addWidget(self._group("person", _PERSON), 1)
        right = QVBoxLayout()
        for key, names in (("address", _ADDRESS), ("guarantor", _GUARANTOR), ("consent", _CONSENT)):
            right.addWidget(self._group(key, names))
        right.addStretch(1)
        columns.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addLayout(columns)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(940)

    def _group(self, key: str, names: Sequence[str]) -> QGroupBox:
        box = QGroupBox()
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name in names:
            self.labels[name] = QLabel()
            form.addRow(self.labels[name], self._widget(name))
            self._add_error_row(form, name)
        self.boxes[key] = box
        return box

    def _add_error_row(self, form: QFormLayout, name: str) -> None:
        """The field's problem in red on its own row under it, hidden while there is none.

        A row of its own keeps the field's label level with the field.
        """
        error = QLabel()
        error.setWordWrap(True)
        error.setStyleSheet(f"color: {ERROR_COLOUR};")
        form.addRow(QLabel(), error)
        self.errors[name] = error
        self._error_rows[name] = (form, form.rowCount() - 1)
        form.setRowVisible(form.rowCount() - 1, False)

    def _widget(self, name: str) -> QWidget:
        others: dict[str, QWidget] = {
            "sex": self.sex,
            "category": self.category,
            "language": self.service_language,
            "notes": self.notes,
        }
        return others.get(name) or self.edits[name]

    def _fill(self, reader: Reader | None) -> None:
        if reader is None:
            self.edits["consent_date"].setText(day_text(self.state.ctx.today()))
            self._select(self.category, SocialGroup.OTHER.value)
            return
        texts = {
            "surname": reader.surname,
            "name": reader.name,
            "patronymic": reader.patronymic,
            "iin": reader.iin,
            "birth_date": day_text(reader.birth_date),
            "school_or_work": reader.school_or_work,
            "education": reader.education,
            "settlement": reader.settlement,
            "street": reader.street,
            "house": reader.house,
            "flat": reader.flat,
            "phone": reader.phone,
            "consent_date": day_text(reader.consent_date),
        }
        if reader.guarantor is not None:
            texts["guarantor_name"] = reader.guarantor.name
            texts["guarantor_iin"] = reader.guarantor.iin
            texts["guarantor_phone"] = reader.guarantor.phone
        for name, value in texts.items():
            self.edits[name].setText(value or "")
        self._select(self.sex, reader.sex)
        self._select(self.category, reader.category)
        self._select(self.service_language, reader.language)
        self.notes.setPlainText(reader.notes or "")

    @staticmethod
    def _select(combo: QComboBox, value: str | None) -> None:
        index = combo.findData(value)
        combo.setCurrentIndex(max(index, 0))

    def _connect(self) -> None:
        for name, edit in self.edits.items():
            edit.textEdited.connect(lambda _text, n=name: self._touched.add(n))
            edit.textChanged.connect(lambda _text, n=name: self._on_edit(n))
        for combo in (self.sex, self.category, self.service_language):
            combo.currentIndexChanged.connect(self.validate)
        self.notes.textChanged.connect(self.validate)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

    # ----- texts -----

    def retranslate(self) -> None:
        self.setWindowTitle(
            self.tr("New reader")
            if self.reader is None
            else self.tr("Reader {card}").format(card=self.reader.card_number)
        )
        self.hint.setText(self.tr("Fields marked * are required. Dates: dd.mm.yyyy."))
        self.boxes["person"].setTitle(self.tr("Reader"))
        self.boxes["address"].setTitle(self.tr("Address and phone"))
        self.boxes["consent"].setTitle(self.tr("Consent and notes"))
        self.sex.setItemText(1, self.tr("male"))
        self.sex.setItemText(2, self.tr("female"))
        for index in range(self.category.count()):
            self.category.setItemText(index, group_label(self.category.itemData(index)))
        self.service_language.setItemText(1, self.tr("Kazakh"))
        self.service_language.setItemText(2, self.tr("Russian"))
        self.edits["birth_date"].setPlaceholderText(self.tr("unknown"))
        self.edits["iin"].setPlaceholderText(self.tr("12 digits"))
        self._label_fields()
        self.validate()

    def _label_fields(self) -> None:
        required = set(_ALWAYS_REQUIRED) | ({"guarantor_name"} if self._child else set())
        for name, label in self.labels.items():
            text = self.tr("Language of service") if name == "language" else field_label(name)
            label.setText(self.tr("{field} *").format(field=text) if name in required else text)
        self.boxes["guarantor"].setTitle(
            self.tr("Guarantor (required for a child up to {age})").format(
                age=self.state.ctx.config.age_bands.children_max
            )
            if self._child
            else self.tr("Guarantor (for children)")
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # ----- checking as the librarian types -----

    def _on_edit(self, name: str) -> None:
        if name == "iin":
            self._fill_from_iin()
        self.validate()

    def _fill_from_iin(self) -> None:
        """A valid ИИН carries the birth date and sex: fill them unless typed differently."""
        parsed = parse_iin(self.edits["iin"].text())
        if not isinstance(parsed, IinInfo):
            return
        birth_edit = self.edits["birth_date"]
        filled_birth, filled_sex = self._from_iin
        if birth_edit.text().strip() in ("", filled_birth):
            birth_edit.setText(day_text(parsed.birth_date))
        if self.sex.currentData() in (None, filled_sex):
            self._select(self.sex, parsed.sex.value)
        self._from_iin = (day_text(parsed.birth_date), parsed.sex.value)

    def current_input(self) -> tuple[ReaderInput, list[Problem]]:
        """What the form holds, and the dates that could not be read."""
        problems: list[Problem] = []
        days: dict[str, date | None] = {}
        for name in _DATES:
            text = self.edits[name].text().strip()
            try:
                days[name] = parse_day(text) if text else None
            except ValueError:
                days[name] = None
                problems.append(Problem(name, "bad_date", {"value": text}))
        data = ReaderInput(
            surname=self.edits["surname"].text().strip(),
            name=self.edits["name"].text().strip(),
            birth_date=days["birth_date"],
            consent_date=days["consent_date"],
            sex=self.sex.currentData(),
            category=self.category.currentData(),
            language=self.service_language.currentData(),
            notes=self.notes.toPlainText().strip() or None,
            **{
                name: self.edits[name].text().strip() or None
                for name in _LINES
                if name not in ("surname", "name", *_DATES)
            },
        )
        return data, problems

    def problems(self) -> list[Problem]:
        data, problems = self.current_input()
        ctx = self.state.ctx
        return problems + check_reader(data, ctx.today(), ctx.config.age_bands)

    def validate(self) -> None:
        problems = self.problems()
        first: dict[str, Problem] = {}
        for problem in problems:
            first.setdefault(problem.field, problem)
        for name in self.errors:
            shown = first.get(name)
            waiting = shown is not None and shown.code == "required"
            self._show_problem(name, None if waiting and name not in self._touched else shown)
        self._set_child(self._is_child())
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setEnabled(not problems)

    def _show_problem(self, name: str, problem: Problem | None) -> None:
        form, row = self._error_rows[name]
        text = (
            ""
            if problem is None
            else describe(
                problem.code, {"field": problem.field, **problem.params}, self.state.language
            )
        )
        self.errors[name].setText(text)
        form.setRowVisible(row, bool(text))

    def _is_child(self) -> bool:
        data, _ = self.current_input()
        parsed = parse_iin(data.iin or "")
        birth = parsed.birth_date if isinstance(parsed, IinInfo) else data.birth_date
        today = self.state.ctx.today()
        if birth is None or birth > today:
            return False
        return age_on(birth, today) <= self.state.ctx.config.age_bands.children_max

    def _set_child(self, child: bool) -> None:
        if child != self._child:
            self._child = child
            self._label_fields()

    # ----- saving -----

    def save(self) -> None:
        data, problems = self.current_input()
        if problems or self.problems():
            self.validate()
            return
        if self.reader is None:
            self._register(data)
        else:
            card = self.reader.card_number
            state = self.state
            saved = attempt(
                self, state, lambda: update_reader(state.ctx, card, data, state.operator)
            )
            if saved is not None:
                self._finish(saved, _SAVED_CHANGES)

    def _register(self, data: ReaderInput) -> None:
        state = self.state
        result = attempt(self, state, lambda: register_reader(state.ctx, data, state.operator))
        if result is None:
            return
        if result.reader is None:
            if not self._confirm_duplicates(result.duplicates):
                return
            result = attempt(
                self,
                state,
                lambda: register_reader(state.ctx, data, state.operator, confirm_duplicate=True),
            )
            if result is None or result.reader is None:
                return
        self._finish(result.reader, result.changes)

    def _confirm_duplicates(self, duplicates: Sequence[Reader]) -> bool:
        lines = "\n".join(
            self.tr("{card}   {name}, born {birth}").format(
                card=r.card_number,
                name=r.full_name,
                birth=day_text(r.birth_date) or self.tr("unknown"),
            )
            for r in duplicates
        )
        answer = QMessageBox.question(
            self,
            self.tr("Already registered?"),
            # One literal: lupdate skipped this text when it was split over two lines.
            self.tr("Maybe already registered:\n\n{readers}\n\nRegister a new card anyway?").format(
                readers=lines
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _finish(self, reader: Reader, changes: Changes) -> None:
        self.saved_reader = reader
        self.state.hub.publish(changes)
        self.saved.emit(reader)
        self.accept()
