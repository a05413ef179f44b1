"""The Import screen (issue 6): a catalogue export or a list of readers into the branch.

The librarian chooses a file (the dialog, or its path typed), says whether it holds the
catalogue or readers, and sees what an import would read: the detected format and character
set (each can be overridden), a sheet's columns (pre-filled from the mapping remembered
last time) and the first records. The import runs off the GUI thread while a bar moves, one
at a time; its report lists the counts and every record that needs a person's eye, and can
be saved as text or CSV. The work is the command line's: services.importing and
services.import_readers, the same calls and the same report.
"""

from __future__ import annotations

import csv
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut, QStandardItemModel
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from branchdesk.errors import WorldError
from branchdesk.i18n import translate
from branchdesk.importing import columns as cols
from branchdesk.importing.model import Encoding, Format, Problem, RecordData
from branchdesk.importing.rows import ReaderRow
from branchdesk.messages import FIELDS, describe_at_desk
from branchdesk.services.importing import FilePreview, column_fields, preview_file
from branchdesk.services.results import Changes
from branchdesk.ui.background import BackgroundJob, Task, connect_job
from branchdesk.ui.catalogue import make_table
from branchdesk.ui.formats import DONE_COLOUR, ERROR_COLOUR, day_text
from branchdesk.ui.models import Column, RowsModel
from branchdesk.ui.screen import Screen
from branchdesk.ui.state import DeskState

if TYPE_CHECKING:
    from branchdesk.importing.report import ImportReport

FORMAT_NAMES = {
    Format.MARC21: "MARC21",
    Format.RUSMARC: "RUSMARC / UNIMARC",
    Format.MARCXML: "MARCXML",
    Format.CSV: "CSV",
    Format.XLSX: "Excel (XLSX)",
}
ENCODING_NAMES = {
    Encoding.UTF8: "UTF-8",
    Encoding.MARC8: "MARC-8",
    Encoding.CP1251: "Windows-1251",
}
PROGRESS_STEPS = 1000
NOTHING = "—"
OPEN_KEY = "Ctrl+O"
IMPORT_KEY = "Ctrl+Return"
SAVE_KEY = "Ctrl+S"


@dataclass(frozen=True)
class PreviewRow:
    """One line of the preview: a record, a reader row, or why an entry cannot be read."""

    position: int
    name: str  # the title, or the reader's full name
    authors: str = ""
    year: str = ""
    born: str = ""
    bbk: str = ""
    copies: str = ""
    card: str = ""
    problem: str = ""  # words in the desk's language; the row is red then


@dataclass(frozen=True)
class ReportRow:
    """One line of the result report's table."""

    kind: str  # "problem", "note", "unclassified", "not_in_file"
    position: int | None
    offset: int | None
    text: str


class ImportScreen(Screen):
    def __init__(self, state: DeskState, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        self.preview: FilePreview | None = None
        self.report: ImportReport | None = None
        self.job: BackgroundJob | None = None
        self.batch: int | None = None  # records a transaction; tests make it small
        self._asked = 0  # previews asked for, and the last one shown: stale ones are dropped
        self._shown = 0
        self._format: Format | None = None  # the librarian's overrides; None: as detected
        self._encoding: Encoding | None = None
        self._touched = False  # the librarian chose columns: they win over the remembered
        self._wrote = False
        self._preview_path: Path | None = None
        self.error: str = ""
        # Tests replace these: the system's dialogs are not theirs to open.
        self.ask_open_path: Callable[[], Path | None] = self._open_dialog
        self.ask_save_path: Callable[[], Path | None] = self._save_dialog
        self._build()
        self.retranslate()
        self._show_preview()

    # ----- building -----

    def _build(self) -> None:
        self.path_edit = QLineEdit()
        self.path_edit.setClearButtonEnabled(True)
        self.path_edit.editingFinished.connect(self._path_entered)
        self.browse_button = QPushButton()
        self.browse_button.clicked.connect(self.choose_file)
        self.records_radio = QRadioButton()
        self.readers_radio = QRadioButton()
        self.records_radio.setChecked(True)
        self.kinds = QButtonGroup(self)
        self.kinds.addButton(self.records_radio)
        self.kinds.addButton(self.readers_radio)
        self.readers_radio.toggled.connect(self._kind_changed)
        self.format_box = QComboBox()
        for fmt in Format:
            self.format_box.addItem("", fmt)
        self.encoding_box = QComboBox()
        for encoding in Encoding:
            self.encoding_box.addItem("", encoding)
        for box in (self.format_box, self.encoding_box):
            # "(detected)" comes and goes, in every language: the box follows its text.
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.format_box.currentIndexChanged.connect(self._format_chosen)
        self.encoding_box.currentIndexChanged.connect(self._encoding_chosen)
        self.detected_label = QLabel()
        self.labels = {k: QLabel() for k in ("file", "kind", "format", "encoding")}
        self.labels["file"].setBuddy(self.path_edit)
        self.labels["format"].setBuddy(self.format_box)
        self.labels["encoding"].setBuddy(self.encoding_box)

        self.preview_model: RowsModel[PreviewRow] = RowsModel(
            self._preview_columns(False), alert=lambda r: bool(r.problem)
        )
        self.preview_table = make_table(self.preview_model, 1)
        self.preview_note = QLabel()
        self.preview_note.setWordWrap(True)
        self.mapping_box = QGroupBox()
        self.mapping_form = QFormLayout()
        self.mapping_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        inner = QWidget()
        inner.setLayout(self.mapping_form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        mapping_layout = QVBoxLayout(self.mapping_box)
        mapping_layout.setContentsMargins(4, 4, 4, 4)
        mapping_layout.addWidget(scroll)
        self.column_boxes: dict[str, QComboBox] = {}
        self.column_labels: dict[str, QLabel] = {}

        self.import_button = QPushButton()
        self.import_button.clicked.connect(self.start_import)
        self.progress = QProgressBar()
        self.progress.setRange(0, PROGRESS_STEPS)
        self.progress.setValue(0)
        self._idle_bar()
        self.status = QLabel()
        self.status.setWordWrap(True)

        self.summary_title = QLabel()
        self.summary_title.setWordWrap(True)
        self.count_grid = QGridLayout()
        self.count_labels: dict[str, tuple[QLabel, QLabel]] = {}
        self.report_model: RowsModel[ReportRow] = RowsModel(
            [
                Column(self._kind_header, lambda r: self._kind_text(r.kind)),
                Column(lambda: self.tr("No."), lambda r: r.position, align_right=True),
                Column(lambda: self.tr("Byte"), lambda r: r.offset, align_right=True),
                Column(lambda: self.tr("Details"), lambda r: r.text),
            ],
            alert=lambda r: r.kind == "problem",
        )
        self.report_table = make_table(self.report_model, 3)
        self.report_list_title = QLabel()
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self.save_report)
        self.save_button.setEnabled(False)

        self.pages = QTabWidget()
        self.pages.addTab(self._preview_page(), "")
        self.pages.addTab(self._report_page(), "")
        self._layout()
        for key, action in (
            (OPEN_KEY, self.choose_file),
            (IMPORT_KEY, self.start_import),
            ("Ctrl+Enter", self.start_import),
            (SAVE_KEY, self.save_report),
        ):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(action)

    def _layout(self) -> None:
        form = QGridLayout()
        form.addWidget(self.labels["file"], 0, 0)
        form.addWidget(self.path_edit, 0, 1, 1, 4)
        form.addWidget(self.browse_button, 0, 5)
        kinds = QHBoxLayout()
        kinds.addWidget(self.records_radio)
        kinds.addWidget(self.readers_radio)
        kinds.addStretch(1)
        form.addWidget(self.labels["kind"], 1, 0)
        form.addLayout(kinds, 1, 1, 1, 5)
        form.addWidget(self.labels["format"], 2, 0)
        form.addWidget(self.format_box, 2, 1)
        form.addWidget(self.labels["encoding"], 2, 2)
        form.addWidget(self.encoding_box, 2, 3)
        form.addWidget(self.detected_label, 2, 4, 1, 2)
        form.setColumnStretch(4, 1)
        actions = QHBoxLayout()
        actions.addWidget(self.import_button)
        actions.addWidget(self.progress, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.pages, 1)
        layout.addLayout(actions)
        layout.addWidget(self.status)

    def _preview_page(self) -> QWidget:
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.preview_table, 1)
        column.addWidget(self.preview_note)
        self.splitter = QSplitter()
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.mapping_box)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([900, 400])
        return self.splitter

    def _report_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.summary_title)
        layout.addLayout(self.count_grid)
        layout.addWidget(self.report_list_title)
        layout.addWidget(self.report_table, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.save_button)
        bottom.addStretch(1)
        layout.addLayout(bottom)
        return page

    # ----- texts -----

    def title(self) -> str:
        return self.tr("Import")

    def retranslate(self) -> None:
        self.labels["file"].setText(self.tr("File"))
        self.labels["kind"].setText(self.tr("The file holds"))
        self.labels["format"].setText(self.tr("Format"))
        self.labels["encoding"].setText(self.tr("Character set"))
        self.path_edit.setPlaceholderText(
            self.tr("Type the file's path and press Enter, or choose it")
        )
        self.browse_button.setText(self.tr("Choose a file… ({key})").format(key=OPEN_KEY))
        self.records_radio.setText(self.tr("The catalogue: records and copies"))
        self.readers_radio.setText(self.tr("A list of readers"))
        self.import_button.setText(self.tr("Import (Ctrl+Enter)"))
        self.save_button.setText(self.tr("Save the report… ({key})").format(key=SAVE_KEY))
        self.pages.setTabText(0, self.tr("What the file holds"))
        self.pages.setTabText(1, self.tr("Result"))
        self.mapping_box.setTitle(self.tr("Columns of the sheet"))
        self.report_list_title.setText(self.tr("Records that need your attention"))
        self._set_box_texts()
        self.preview_model.retranslate()
        self.report_model.retranslate()
        for name, label in self.column_labels.items():
            label.setText(self._field_label(name))
        for box in self.column_boxes.values():
            box.setItemText(0, self.tr("— not read —"))
        self._show_preview()
        if self.report is not None:
            self._show_report(self.report)

    def _set_box_texts(self) -> None:
        detected = self.preview
        for index in range(self.format_box.count()):
            fmt = Format(self.format_box.itemData(index))
            text = FORMAT_NAMES[fmt]
            if detected is not None and self._format is None and fmt is detected.format:
                text = self.tr("{name} (detected)").format(name=text)
            self.format_box.setItemText(index, text)
        for index in range(self.encoding_box.count()):
            encoding = Encoding(self.encoding_box.itemData(index))
            text = ENCODING_NAMES[encoding]
            if detected is not None and self._encoding is None and encoding is detected.encoding:
                text = self.tr("{name} (detected)").format(name=text)
            self.encoding_box.setItemText(index, text)

    def _field_label(self, name: str) -> str:
        source = FIELDS.get(name)
        return translate(self.state.language, "fields", source) if source else name

    def _preview_columns(self, readers: bool) -> list[Column[PreviewRow]]:
        number = Column[PreviewRow](lambda: self.tr("No."), lambda r: r.position, True)
        if readers:
            columns = [
                number,
                Column[PreviewRow](lambda: self.tr("Reader"), lambda r: r.problem or r.name),
                Column[PreviewRow](lambda: self.tr("Date of birth"), lambda r: r.born),
                Column[PreviewRow](lambda: self.tr("Card"), lambda r: r.card),
            ]
        else:
            columns = [
                number,
                Column[PreviewRow](lambda: self.tr("Title"), lambda r: r.problem or r.name),
                Column[PreviewRow](lambda: self.tr("Authors"), lambda r: r.authors),
                Column[PreviewRow](lambda: self.tr("Year"), lambda r: r.year, True),
                Column[PreviewRow](lambda: self.tr("BBK"), lambda r: r.bbk),
                Column[PreviewRow](lambda: self.tr("Copies"), lambda r: r.copies),
            ]
        return columns

    def _set_preview_columns(self) -> None:
        """Records and readers show different things: a model of the kind chosen."""
        columns = self._preview_columns(self.readers_radio.isChecked())
        self.preview_model = RowsModel(columns, alert=lambda r: bool(r.problem))
        self.preview_table.setModel(self.preview_model)
        header = self.preview_table.horizontalHeader()
        for index in range(len(columns)):
            header.setSectionResizeMode(index, header.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, header.ResizeMode.Stretch)

    def _kind_header(self) -> str:
        return self.tr("What")

    def _kind_text(self, kind: str) -> str:
        return {
            "problem": self.tr("Left out"),
            "note": self.tr("Imported, with a remark"),
            "unclassified": self.tr("No BBK index"),
            "not_in_file": self.tr("Copy no longer in the file"),
        }[kind]

    def focus_default(self) -> None:
        self.path_edit.setFocus()

    # ----- choosing the file -----

    def _open_dialog(self) -> Path | None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the file to import"),
            str(self.path() or Path.home()),
            self.tr("Catalogues and lists (*.mrc *.iso *.marc *.xml *.csv *.txt *.xlsx)")
            + ";;"
            + self.tr("All files (*)"),
        )
        return Path(chosen) if chosen else None

    def choose_file(self) -> None:
        if self.job is not None:
            return
        found = self.ask_open_path()
        if found is not None:
            self.open_file(found)

    def open_file(self, path: Path) -> None:
        """A new file: the format, character set and columns are detected afresh."""
        self.path_edit.setText(str(path))
        self._path_entered(force=True)

    def path(self) -> Path | None:
        text = self.path_edit.text().strip().strip('"')
        return Path(text).expanduser() if text else None

    def _path_entered(self, force: bool = False) -> None:
        path = self.path()
        if not force and self._preview_path == path:
            return
        self._reset_choices()
        self.refresh_preview()

    def _idle_bar(self) -> None:
        """Empty and grey, without a 0 %, until an import runs."""
        self.progress.setValue(0)
        self.progress.setEnabled(False)
        self.progress.setTextVisible(False)

    def _reset_choices(self) -> None:
        self._idle_bar()
        self._format = None
        self._encoding = None
        self._touched = False

    def _kind_changed(self) -> None:
        self._touched = False
        self._clear_columns()
        self._set_preview_columns()
        self.preview_model.set_rows([])
        self.refresh_preview()

    def _format_chosen(self, index: int) -> None:
        if index < 0:
            return
        # Qt keeps an enum of strings as its string: the enum is made again from it.
        fmt = Format(self.format_box.itemData(index))
        if self.preview is not None and fmt is self.preview.format and self._format is None:
            return
        self._format = fmt
        self._encoding = None  # the new format's own is detected again
        self._touched = False
        self.refresh_preview()

    def _encoding_chosen(self, index: int) -> None:
        if index < 0:
            return
        encoding = Encoding(self.encoding_box.itemData(index))
        detected = self.preview is not None and encoding is self.preview.encoding
        if detected and self._encoding is None:
            return
        self._encoding = encoding
        self.refresh_preview()

    def _column_chosen(self) -> None:
        self._touched = True
        self.refresh_preview()

    def chosen_columns(self) -> dict[str, str]:
        """The mapping on screen, as the import takes it and remembers it: the columns
        chosen, and "" for a field the librarian chose not to read that the usual header
        words would have found."""
        preview = self.preview
        if preview is None:
            return {}
        fields, _required, _key = column_fields(preview.readers)
        usual, _absent = cols.match(list(preview.header), fields, {})
        found: dict[str, str] = {}
        for name, box in self.column_boxes.items():
            header = str(box.currentData() or "")
            if header or name in usual:
                found[name] = header
        return found

    # ----- the preview (off the GUI thread: a workbook is read whole to find merges) -----

    @property
    def previewing(self) -> bool:
        return self._shown < self._asked

    def refresh_preview(self) -> None:
        path = self.path()
        self._preview_path = path
        self._asked += 1
        asked = self._asked
        if path is None:
            self._shown = asked
            self.preview, self.error = None, ""
            self.preview_model.set_rows([])
            self._show_preview()
            return
        ctx = self.state.ctx
        readers = self.readers_radio.isChecked()
        fmt, encoding = self._format, self._encoding
        columns = self.chosen_columns() if self._touched else None

        def work(_task: Task) -> tuple[int, FilePreview | WorldError]:
            try:
                found = preview_file(
                    ctx, path, readers=readers, fmt=fmt, encoding=encoding, columns=columns
                )
            except WorldError as error:
                return asked, error
            return asked, found

        job = BackgroundJob(work)
        # The work hands errors of the world back as its answer: `failed` never comes.
        connect_job(job, self._previewed, self._previewed)
        self.import_button.setEnabled(False)
        job.start()

    def _previewed(self, answer: tuple[int, FilePreview | WorldError]) -> None:
        asked, found = answer
        if asked < self._asked:
            return  # the librarian has changed something since
        self._shown = asked
        if isinstance(found, WorldError):
            self.preview = None
            self.error = describe_at_desk(found.code, found.params, self.state.language)
            self.preview_model.set_rows([])
            self._clear_columns()
        else:
            self.preview, self.error = found, ""
            self.preview_model.set_rows([self._preview_row(e) for e in found.entries])
            self._fill_columns(found)
        self._show_preview()

    def _preview_row(self, entry: RecordData | ReaderRow | Problem) -> PreviewRow:
        if isinstance(entry, Problem):
            text = describe_at_desk(entry.code, entry.params, self.state.language)
            return PreviewRow(entry.position, "", problem=text)
        if isinstance(entry, ReaderRow):
            data = entry.data
            name = " ".join(p for p in (data.surname, data.name, data.patronymic) if p)
            card = entry.card or self.tr("a new one")
            return PreviewRow(entry.position, name, born=day_text(data.birth_date), card=card)
        copies = ", ".join(c.barcode for c in entry.copies[:3]) or NOTHING
        if len(entry.copies) > 3:
            copies += f" … (+{len(entry.copies) - 3})"
        return PreviewRow(
            entry.position,
            entry.title,
            authors=entry.authors or "",
            year=str(entry.year or ""),
            bbk=entry.bbk or NOTHING,
            copies=copies,
        )

    def _show_preview(self) -> None:
        """The detected choices, the columns and the note under the preview."""
        preview = self.preview
        for box, value in (
            (self.format_box, preview.format if preview else self._format),
            (self.encoding_box, preview.encoding if preview else self._encoding),
        ):
            box.blockSignals(True)
            index = box.findData(value) if value is not None else -1
            box.setCurrentIndex(index)
            box.blockSignals(False)
        self._set_box_texts()
        # A file that could not be read may still be read with another format or set.
        chosen = self.path() is not None
        fmt = preview.format if preview is not None else self._format
        self.format_box.setEnabled(chosen)
        self.encoding_box.setEnabled(chosen and fmt not in (Format.XLSX, Format.MARCXML))
        model = self.encoding_box.model()
        marc8 = self.encoding_box.findData(Encoding.MARC8)
        if isinstance(model, QStandardItemModel) and marc8 >= 0:
            item = model.item(marc8)
            item.setEnabled(fmt in (None, Format.MARC21))
        self.mapping_box.setVisible(preview is not None and preview.is_table)
        self._note()
        self.import_button.setEnabled(
            self.job is None and not self.previewing and preview is not None and preview.ready
        )

    def _note(self) -> None:
        preview = self.preview
        if self.path() is None:
            self.detected_label.setText("")
            self._say(
                self.preview_note,
                self.tr(
                    "Choose a file: MARC21 or RUSMARC (ISO 2709, as IRBIS and Koha export "
                    "them), MARCXML, or a CSV or Excel sheet with a header row."
                ),
            )
            return
        if preview is None:
            self.detected_label.setText("")
            self._say(self.preview_note, self.error, ERROR_COLOUR)
            return
        self.detected_label.setText(
            self.tr("Detected: {format}, {encoding}").format(
                format=FORMAT_NAMES[preview.format], encoding=ENCODING_NAMES[preview.encoding]
            )
            if self._format is None and self._encoding is None
            else self.tr("Your choice: {format}, {encoding}").format(
                format=FORMAT_NAMES[preview.format], encoding=ENCODING_NAMES[preview.encoding]
            )
        )
        if preview.missing or preview.absent:
            names = [self._field_label(n) for n in preview.missing] + list(preview.absent)
            self._say(
                self.preview_note,
                self.tr("Choose the column for: {fields}.").format(fields=", ".join(names)),
                ERROR_COLOUR,
            )
            return
        shown = len(preview.entries)
        bad = sum(isinstance(e, Problem) for e in preview.entries)
        text = self.tr("The first %n record(s) of the file, as they will be imported.", "", shown)
        if preview.readers:
            text = self.tr("The first %n row(s) of the list, as they will be imported.", "", shown)
        if bad:
            text += " " + self.tr("Unreadable among them: %n; they will be listed.", "", bad)
        if not shown:
            text = self.tr("The file holds no records.")
        self._say(self.preview_note, text)

    @staticmethod
    def _say(label: QLabel, text: str, colour: str = "") -> None:
        label.setStyleSheet(f"color: {colour};" if colour else "")
        label.setText(text)

    def _clear_columns(self) -> None:
        while self.mapping_form.rowCount():
            self.mapping_form.removeRow(0)
        self.column_boxes.clear()
        self.column_labels.clear()

    def _fill_columns(self, preview: FilePreview) -> None:
        """One combo box per field a sheet may give, set to the column read for it."""
        if not preview.is_table:
            self._clear_columns()
            return
        fields, required, _key = column_fields(preview.readers)
        if list(self.column_boxes) != list(fields) or self._box_headers() != list(preview.header):
            self._clear_columns()
            for name in fields:
                box = QComboBox()
                box.addItem(self.tr("— not read —"), "")
                for header in preview.header:
                    if header:
                        box.addItem(header, header)
                box.currentIndexChanged.connect(self._column_chosen)
                label = QLabel(self._field_label(name))
                label.setBuddy(box)
                if name in required:
                    label.setStyleSheet("font-weight: bold;")
                self.column_boxes[name] = box
                self.column_labels[name] = label
                self.mapping_form.addRow(label, box)
        for name, box in self.column_boxes.items():
            box.blockSignals(True)
            box.setCurrentIndex(max(box.findData(preview.columns.get(name, "")), 0))
            box.blockSignals(False)

    def _box_headers(self) -> list[str]:
        box = next(iter(self.column_boxes.values()), None)
        if box is None:
            return []
        return [str(box.itemData(i)) for i in range(1, box.count())]

    # ----- the import (off the GUI thread, one at a time) -----

    def start_import(self) -> None:
        preview, path = self.preview, self.path()
        if self.job is not None or self.previewing or preview is None or path is None:
            return
        if not preview.ready:
            return
        ctx, operator, batch = self.state.ctx, self.state.operator, self.batch
        readers = preview.readers
        options: dict[str, Any] = {
            "fmt": self._format,
            "encoding": self._encoding,
            "columns": self.chosen_columns() if preview.is_table else None,
        }
        if batch is not None:
            options["batch"] = batch

        def work(task: Task) -> ImportReport:
            def progress(done: int, total: int) -> None:
                task.report("import", done, total)

            if readers:
                from branchdesk.services.import_readers import import_readers

                return import_readers(ctx, path, operator, progress=progress, **options)
            from branchdesk.services.importing import import_catalogue

            return import_catalogue(ctx, path, operator, progress=progress, **options)

        self.job = BackgroundJob(work)
        connect_job(self.job, self._imported, self._failed, self._progressed)
        self._wrote = False
        self._busy(True)
        self.progress.setValue(0)
        self.progress.setEnabled(True)
        self.progress.setTextVisible(True)
        self._say(self.status, self.tr("Importing {file}…").format(file=path.name))
        self.job.start()

    def _busy(self, busy: bool) -> None:
        for widget in (
            self.path_edit,
            self.browse_button,
            self.records_radio,
            self.readers_radio,
            self.format_box,
            self.mapping_box,
        ):
            widget.setEnabled(not busy)
        if not busy:
            self._show_preview()
        else:
            self.encoding_box.setEnabled(False)
            self.import_button.setEnabled(False)

    def _progressed(self, _stage: str, done: int, total: object) -> None:
        self._wrote = True
        if isinstance(total, int) and total > 0:
            self.progress.setValue(min(PROGRESS_STEPS, done * PROGRESS_STEPS // total))

    def _imported(self, report: ImportReport) -> None:
        self.job = None
        self.progress.setValue(PROGRESS_STEPS)
        self._busy(False)
        self.show_result(report)
        if report.changed:
            if report.kind == "readers":
                changes = Changes(readers=True, journal=True)
            else:
                changes = Changes(catalogue=True, journal=True)
            self.state.hub.publish(changes)

    def _failed(self, error: WorldError) -> None:
        self.job = None
        self._idle_bar()
        self._busy(False)
        text = describe_at_desk(error.code, error.params, self.state.language)
        if self._wrote:
            text += " " + self.tr(
                "The import stopped there: what was written before stays, and importing "
                "the file again adds only the rest."
            )
            self.state.hub.publish(Changes(catalogue=True, readers=True, journal=True))
        else:
            text += " " + self.tr("Nothing was imported.")
        self._say(self.status, text, ERROR_COLOUR)

    # ----- the report -----

    def show_result(self, report: ImportReport) -> None:
        """The Result page with this report (an import's end; `make screenshots` too)."""
        self.report = report
        self._show_report(report)
        self.save_button.setEnabled(True)
        self.pages.setCurrentIndex(1)
        self._say(self.status, self._summary(report), DONE_COLOUR)

    def _summary(self, report: ImportReport) -> str:
        c = report.counts
        if report.kind == "readers":
            text = self.tr("Done: readers added {added}, already there {same}.").format(
                added=c["readers_added"], same=c["readers_unchanged"]
            )
        else:
            text = self.tr(
                "Done: records added {added}, updated {updated}, unchanged {same}; "
                "copies added {copies}."
            ).format(
                added=c["records_added"],
                updated=c["records_updated"],
                same=c["records_unchanged"],
                copies=c["items_added"],
            )
        if c["problems"]:
            text += " " + self.tr("Left out: {count}.").format(count=c["problems"])
        return text

    def count_lines(self, report: ImportReport) -> list[tuple[str, str, int]]:
        """(name, words, count) for the report: what the counts are called on screen."""
        if report.kind == "readers":
            names = [
                ("readers_added", self.tr("Readers added")),
                ("readers_unchanged", self.tr("Readers already registered")),
                ("problems", self.tr("Rows left out")),
            ]
        else:
            names = [
                ("records_added", self.tr("Records added")),
                ("records_updated", self.tr("Records updated")),
                ("records_unchanged", self.tr("Records unchanged")),
                ("items_added", self.tr("Copies added")),
                ("items_unchanged", self.tr("Copies already there")),
                ("problems", self.tr("Records left out")),
                ("notes", self.tr("Imported with a remark")),
                ("unclassified", self.tr("Without a BBK index")),
                ("not_in_file", self.tr("Copies no longer in the file (kept)")),
            ]
        return [(name, words, report.counts[name]) for name, words in names]

    def report_rows(self, report: ImportReport) -> list[ReportRow]:
        lang = self.state.language
        rows = [
            ReportRow("problem", p.position, p.offset, describe_at_desk(p.code, p.params, lang))
            for p in report.problems
        ]
        rows += [
            ReportRow("note", p.position, p.offset, describe_at_desk(p.code, p.params, lang))
            for p in report.notes
        ]
        rows += [ReportRow("unclassified", pos, None, title) for pos, title in report.unclassified]
        rows += [ReportRow("not_in_file", None, None, code) for code in report.not_in_file]
        return rows

    def _show_report(self, report: ImportReport) -> None:
        self.summary_title.setText(
            self.tr("{file}: {format}, {encoding}; {seconds} s").format(
                file=report.file,
                format=FORMAT_NAMES.get(Format(report.format), report.format),
                encoding=ENCODING_NAMES.get(Encoding(report.encoding), report.encoding),
                seconds=f"{report.seconds:.1f}",
            )
        )
        while self.count_grid.count():
            taken = self.count_grid.takeAt(0)
            widget = taken.widget() if taken is not None else None
            if widget is not None:
                widget.deleteLater()
        self.count_labels.clear()
        lines = self.count_lines(report)
        per_column = (len(lines) + 2) // 3
        for index, (name, words, count) in enumerate(lines):
            words_label, count_label = QLabel(words), QLabel(str(count))
            count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            count_label.setStyleSheet("font-weight: bold;")
            if name == "problems" and count:
                count_label.setStyleSheet(f"font-weight: bold; color: {ERROR_COLOUR};")
            row, column = index % per_column, index // per_column
            self.count_grid.addWidget(words_label, row, column * 3)
            self.count_grid.addWidget(count_label, row, column * 3 + 1)
            self.count_grid.setColumnMinimumWidth(column * 3 + 2, 40)
            self.count_labels[name] = (words_label, count_label)
        self.count_grid.setColumnStretch(9, 1)
        self.report_model.set_rows(self.report_rows(report))

    def _save_dialog(self) -> Path | None:
        report = self.report
        stem = Path(report.file).stem if report is not None else "import"
        folder = self.state.ctx.db.path.parent
        chosen, chosen_filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the import report"),
            str(folder / f"{stem}-report.txt"),
            self.tr("Text (*.txt);;CSV for Excel (*.csv)"),
        )
        if not chosen:
            return None
        path = Path(chosen)
        if not path.suffix:
            path = path.with_suffix(".csv" if "csv" in chosen_filter else ".txt")
        return path

    def save_report(self) -> Path | None:
        """The report as text (or CSV when the name ends in .csv), in the desk's language."""
        report = self.report
        if report is None:
            return None
        path = self.ask_save_path()
        if path is None:
            return None
        try:
            if path.suffix.lower() == ".csv":
                self._write_csv(report, path)
            else:
                path.write_text(self.report_text(report), encoding="utf-8")
        except OSError:
            error = WorldError("output_unwritable", path=str(path))
            text = describe_at_desk(error.code, error.params, self.state.language)
            self._say(self.status, text, ERROR_COLOUR)
            return None
        self._say(self.status, self.tr("Report saved: {path}").format(path=path), DONE_COLOUR)
        return path

    def report_text(self, report: ImportReport) -> str:
        lines = [self.summary_title.text(), ""]
        lines += [f"{words}: {count}" for _name, words, count in self.count_lines(report)]
        rows = self.report_rows(report)
        if rows:
            lines += ["", self.report_list_title.text()]
        for row in rows:
            where = self._where(row)
            lines.append(f"{self._kind_text(row.kind)}. {where}{row.text}")
        return "\n".join(lines) + "\n"

    def _where(self, row: ReportRow) -> str:
        if row.position is None:
            return ""
        if row.offset is None:
            return self.tr("No. {position}: ").format(position=row.position)
        return self.tr("No. {position} (byte {offset}): ").format(
            position=row.position, offset=row.offset
        )

    def _write_csv(self, report: ImportReport, path: Path) -> None:
        # Excel in Kazakhstan opens ";"-separated UTF-8 with its byte-order mark.
        with path.open("w", encoding="utf-8-sig", newline="") as stream:
            out = csv.writer(stream, delimiter=";")
            out.writerow([self._kind_header(), self.tr("No."), self.tr("Byte"), self.tr("Details")])
            for _name, words, count in self.count_lines(report):
                out.writerow([words, "", "", count])
            for row in self.report_rows(report):
                out.writerow(
                    [
                        self._kind_text(row.kind),
                        "" if row.position is None else row.position,
                        "" if row.offset is None else row.offset,
                        row.text,
                    ]
                )
