"""The Reports screen: choose the report and its period, make it off the GUI thread while a
bar moves, and open the file in the system's viewer (DESIGN §7)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from branchdesk.errors import WorldError
from branchdesk.paths import printouts_dir
from branchdesk.ui.background import BackgroundJob, Task, connect_job
from branchdesk.ui.feedback import error_text
from branchdesk.ui.formats import DONE_COLOUR, ERROR_COLOUR
from branchdesk.ui.screen import Screen
from branchdesk.ui.state import DeskState

if TYPE_CHECKING:
    # reportlab and openpyxl load with the first report, in its thread, not with the desk.
    from branchdesk.services.reports import ReportMade

MONTH, QUARTER, YEAR = "month", "quarter", "year"


class ReportsScreen(Screen):
    def __init__(self, state: DeskState, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        today = state.ctx.today()
        self.report = QComboBox()
        for name in ("diary", "summary"):
            self.report.addItem("", name)
        self.span = QComboBox()
        for key in (MONTH, QUARTER, YEAR):
            self.span.addItem("", key)
        self.year = QSpinBox()
        self.year.setRange(1990, today.year)
        self.year.setValue(today.year)
        self.part = QSpinBox()  # the month or the quarter
        self.part.setRange(1, 12)
        self.part.setValue(today.month)
        self.pdf = QRadioButton()
        self.xlsx = QRadioButton()
        self.pdf.setChecked(True)
        self.formats = QButtonGroup(self)
        self.formats.addButton(self.pdf)
        self.formats.addButton(self.xlsx)
        self.make_button = QPushButton()
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy: the report does not know its own length
        self.progress.hide()
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.open_button = QPushButton()
        self.open_button.hide()
        self.labels: dict[str, QLabel] = {k: QLabel() for k in ("report", "period", "format")}
        self.made: ReportMade | None = None
        self.job: BackgroundJob | None = None
        # Tests replace this: the system's viewer is not theirs to open.
        self.open_file: Callable[[Path], object] = lambda path: QDesktopServices.openUrl(
            QUrl.fromLocalFile(str(path))
        )
        self._build()
        self.span.currentIndexChanged.connect(self._span_changed)
        self.make_button.clicked.connect(self.make)
        self.open_button.clicked.connect(lambda: self.made and self.open_file(self.made.path))
        self.retranslate()

    def _build(self) -> None:
        form = QFormLayout()
        period = QHBoxLayout()
        for widget in (self.span, self.year, self.part):
            period.addWidget(widget)
        period.addStretch(1)
        kinds = QHBoxLayout()
        kinds.addWidget(self.pdf)
        kinds.addWidget(self.xlsx)
        kinds.addStretch(1)
        form.addRow(self.labels["report"], self.report)
        form.addRow(self.labels["period"], period)
        form.addRow(self.labels["format"], kinds)
        actions = QHBoxLayout()
        actions.addWidget(self.make_button)
        actions.addWidget(self.open_button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(actions)
        layout.addWidget(self.progress)
        layout.addWidget(self.result)
        layout.addStretch(1)

    def title(self) -> str:
        return self.tr("Reports")

    def retranslate(self) -> None:
        self.report.setItemText(0, self.tr("Library work diary"))
        self.report.setItemText(1, self.tr("Summary: indicators, months, events"))
        for index, text in enumerate((self.tr("Month"), self.tr("Quarter"), self.tr("Year"))):
            self.span.setItemText(index, text)
        self.labels["report"].setText(self.tr("Report"))
        self.labels["period"].setText(self.tr("Period"))
        self.labels["format"].setText(self.tr("File"))
        self.pdf.setText(self.tr("PDF, to print"))
        self.xlsx.setText(self.tr("XLSX, for Excel"))
        self.make_button.setText(self.tr("Make the report"))
        self.open_button.setText(self.tr("Open"))

    def focus_default(self) -> None:
        self.make_button.setFocus()

    def _span_changed(self) -> None:
        span = self.span.currentData()
        self.part.setVisible(span != YEAR)
        self.part.setRange(1, 4 if span == QUARTER else 12)

    def period_text(self) -> str:
        span, year, part = self.span.currentData(), self.year.value(), self.part.value()
        if span == YEAR:
            return str(year)
        return f"{year}-Q{part}" if span == QUARTER else f"{year}-{part:02d}"

    def make(self) -> None:
        """Make the chosen report in a thread of its own; the bar moves meanwhile."""
        if self.job is not None:
            return
        name, period = str(self.report.currentData()), self.period_text()
        suffix = "pdf" if self.pdf.isChecked() else "xlsx"
        folder = printouts_dir(self.state.ctx.db.path.parent)
        out = folder / f"{name}-{period}.{suffix}"
        ctx, lang = self.state.ctx, self.state.language

        def work(_task: Task) -> ReportMade:
            from branchdesk.services.reports import make_report

            folder.mkdir(parents=True, exist_ok=True)
            return make_report(ctx, name, period, out, lang)

        self.job = BackgroundJob(work)
        connect_job(self.job, self._done, self._failed)
        self.make_button.setEnabled(False)
        self.open_button.hide()
        self.progress.show()
        self.result.setText(self.tr("Counting…"))
        self.result.setStyleSheet("")
        self.job.start()

    def _finish(self) -> None:
        self.job = None
        self.progress.hide()
        self.make_button.setEnabled(True)

    def _done(self, made: ReportMade) -> None:
        self._finish()
        self.made = made
        self.result.setStyleSheet(f"color: {DONE_COLOUR};")
        self.result.setText(self.tr("Ready: {path}").format(path=made.path))
        self.open_button.show()
        self.open_file(made.path)

    def _failed(self, error: WorldError) -> None:
        self._finish()
        self.result.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.result.setText(error_text(error, self.state))
