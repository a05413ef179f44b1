"""Settings → Safekeeping: backups (now, a second folder, restore), the journal on a stick
for a branch without a connection, and the support bundle.

The work that touches files runs off the GUI thread (a backup of a big branch takes
seconds); a restore replaces the database under the whole desk, so the desk closes its
window, restores, and asks who signs in again (ui/app.py).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from branchdesk.errors import WorldError
from branchdesk.services import backups
from branchdesk.services.results import Changes
from branchdesk.ui.background import BackgroundJob, connect_job
from branchdesk.ui.feedback import error_text
from branchdesk.ui.state import DeskState

Text = Callable[[], str]
Say = Callable[[Text | None, bool], None]
Run = Callable[..., bool]
# app.py's exit code for "restore the file in DeskState.restore_from, then start again".
RESTORE_EXIT = 75


def _documents() -> str:
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)


class SafekeepingTab(QWidget):
    def __init__(self, state: DeskState, run: Run, say: Say) -> None:
        super().__init__()
        self.state = state
        self._run = run
        self._say = say
        self.job: BackgroundJob | None = None
        self.backup_box, self.journal_box, self.support_box = QGroupBox(), QGroupBox(), QGroupBox()
        self.backup_now = QPushButton()
        self.restore_button = QPushButton()
        self.second_label = QLabel()
        self.second_label.setWordWrap(True)
        self.choose_second = QPushButton()
        self.clear_second = QPushButton()
        self.backup_hint = QLabel()
        self.backup_hint.setWordWrap(True)
        self.export_button = QPushButton()
        self.answers_button = QPushButton()
        self.journal_hint = QLabel()
        self.journal_hint.setWordWrap(True)
        self.bundle_button = QPushButton()
        self.support_hint = QLabel()
        self.support_hint.setWordWrap(True)
        self._build()
        self.backup_now.clicked.connect(self.back_up_now)
        self.restore_button.clicked.connect(self.choose_restore)
        self.choose_second.clicked.connect(self.pick_second_folder)
        self.clear_second.clicked.connect(lambda: self.set_second(None))
        self.export_button.clicked.connect(self.export_journal)
        self.answers_button.clicked.connect(self.read_answers)
        self.bundle_button.clicked.connect(self.save_bundle)

    def _build(self) -> None:
        def row(*buttons: QPushButton) -> QHBoxLayout:
            line = QHBoxLayout()
            for button in buttons:
                line.addWidget(button)
            line.addStretch(1)
            return line

        box = QVBoxLayout(self.backup_box)
        box.addLayout(row(self.backup_now, self.restore_button))
        box.addWidget(self.second_label)
        box.addLayout(row(self.choose_second, self.clear_second))
        box.addWidget(self.backup_hint)
        box = QVBoxLayout(self.journal_box)
        box.addLayout(row(self.export_button, self.answers_button))
        box.addWidget(self.journal_hint)
        box = QVBoxLayout(self.support_box)
        box.addLayout(row(self.bundle_button))
        box.addWidget(self.support_hint)
        layout = QVBoxLayout(self)
        for group in (self.backup_box, self.journal_box, self.support_box):
            group.setMaximumWidth(720)
            layout.addWidget(group)
        layout.addStretch(1)

    @property
    def data_dir(self) -> Path:
        return self.state.ctx.db.path.parent

    # ----- backups -----

    def back_up_now(self) -> None:
        ctx = self.state.ctx
        second = backups.second_folder(ctx.db)
        self._background(
            lambda: backups.take_now(ctx.db.path, self.data_dir, ctx.branch, ctx.now(), second),
            self._backed_up,
        )

    def _backed_up(self, taken: object) -> None:
        assert isinstance(taken, backups.Taken)
        if taken.second_error is not None:
            self._say(
                lambda: self.tr(
                    "Backup written to {path}, but not to the second folder ({reason})."
                ).format(path=taken.path, reason=taken.second_error),
                True,
            )
            return
        self._say(lambda: self.tr("Backup written to {path}").format(path=taken.path), False)

    def pick_second_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("A folder for second copies"))
        if chosen:
            self.set_second(Path(chosen))

    def set_second(self, folder: Path | None) -> None:
        def save() -> Changes:
            backups.set_second_folder(self.state.ctx.db, folder)
            return Changes(settings=True)

        if self._run(save):
            self.load()

    def choose_restore(self) -> None:
        if not self.state.is_admin:
            return
        start = str(self.data_dir / "backups")
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Restore from a backup"), start, "SQLite (*.sqlite *.bak)"
        )
        if chosen:
            self.restore_from(Path(chosen))

    def restore_from(self, source: Path, *, confirm: bool = True) -> bool:
        """Check the file; if it is this branch's and whole, ask, then let the desk restore."""
        try:
            backups.check_backup(source, self.state.ctx.branch)
        except WorldError as exc:
            refused = exc  # the name after `as` is gone once the except block ends
            self._say(lambda: error_text(refused, self.state), True)
            return False
        from branchdesk.services.sync import sync_status

        waiting = sync_status(self.state.ctx.db).pending
        question = self.tr(
            "Put the backup {path} in place of this branch's database? Everything done "
            "since that backup is lost (the current database is saved first). The desk "
            "closes its window and asks who signs in again."
        ).format(path=source)
        if waiting:
            question += "\n\n" + self.tr(
                "{count} operations have not reached the central library yet and will be "
                "lost: export the journal first if you can."
            ).format(count=waiting)
        if confirm:
            answer = QMessageBox.question(self, self.tr("Restore from a backup"), question)
            if answer != QMessageBox.StandardButton.Yes:
                return False
        self.state.restore_from = source
        if self.state.restart is not None:
            self.state.restart()
        return True

    # ----- the journal on a stick -----

    def export_journal(self) -> None:
        from branchdesk.services.journal_file import export_journal
        from branchdesk.services.support import default_name

        name = default_name(self.state.ctx.branch, self.state.ctx.now()).replace(
            "branchdesk-support", "branchdesk-journal"
        )
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the waiting operations"),
            str(Path(_documents()) / name.replace(".zip", ".json")),
            "JSON (*.json)",
        )
        if not chosen:
            return
        db = self.state.ctx.db
        self._background(lambda: export_journal(db, Path(chosen)), self._exported)

    def _exported(self, done: object) -> None:
        operations, path = getattr(done, "operations", 0), getattr(done, "path", "")
        self._say(
            lambda: self.tr(
                "{count} waiting operations written to {path}. Take the file to the central "
                "library; bring back the answer file it gives you."
            ).format(count=operations, path=path),
            False,
        )

    def read_answers(self) -> None:
        from branchdesk.services.journal_file import import_answers

        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("The central library's answers"), _documents(), "JSON (*.json)"
        )
        if not chosen:
            return
        db = self.state.ctx.db
        self._background(lambda: import_answers(db, Path(chosen)), self._answers_read)

    def _answers_read(self, counts: object) -> None:
        total = sum(counts.values()) if isinstance(counts, dict) else 0
        self.state.hub.publish(Changes(journal=True))
        self._say(
            lambda: self.tr("The central library's answers are recorded: {count}.").format(
                count=total
            ),
            False,
        )

    # ----- support -----

    def save_bundle(self) -> None:
        from branchdesk.services.support import default_name, make_bundle

        ctx = self.state.ctx
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save a support bundle"),
            str(Path(_documents()) / default_name(ctx.branch, ctx.now())),
            "Zip (*.zip)",
        )
        if not chosen:
            return
        data_dir, path = self.data_dir, ctx.db.path
        self._background(
            lambda: make_bundle(data_dir, path, Path(chosen), qt_versions()),
            lambda saved: self._say(
                lambda: self.tr("The support bundle is saved: {path}").format(path=saved), False
            ),
        )

    # ----- the common parts -----

    def _background(self, work: Callable[[], object], done: Callable[[object], None]) -> None:
        if self.job is not None:
            return
        self.job = BackgroundJob(lambda _job: work())

        def finished(answer: object) -> None:
            self.job = None
            done(answer)

        def failed(error: object) -> None:
            self.job = None
            if isinstance(error, WorldError):
                self._say(lambda: error_text(error, self.state), True)

        connect_job(self.job, finished, failed)
        self.job.start()

    def load(self) -> None:
        folder = backups.second_folder(self.state.ctx.db)
        if folder is None:
            self.second_label.setText(self.tr("Second copies: none (choose a USB stick's folder)"))
        else:
            self.second_label.setText(self.tr("Second copies go to {path}").format(path=folder))
        self.clear_second.setEnabled(folder is not None)

    def set_editable(self, editable: bool) -> None:
        for button in (self.restore_button, self.choose_second, self.clear_second):
            button.setVisible(editable)

    def retranslate(self) -> None:
        self.backup_box.setTitle(self.tr("Backups"))
        self.backup_now.setText(self.tr("Back up now"))
        self.restore_button.setText(self.tr("Restore from a backup…"))
        self.choose_second.setText(self.tr("Choose a second folder…"))
        self.clear_second.setText(self.tr("No second folder"))
        self.backup_hint.setText(
            self.tr(
                "The desk backs the branch up once a day while it runs and keeps the last 14 "
                "days and 12 months in the data folder's backups folder; also before every "
                "update of the database."
            )
        )
        self.journal_box.setTitle(self.tr("No connection to the central library"))
        self.export_button.setText(self.tr("Export the waiting operations…"))
        self.answers_button.setText(self.tr("Read the central library's answers…"))
        self.journal_hint.setText(
            self.tr(
                "A file for a branch that cannot connect: the central library applies it once "
                "however often it is brought, and gives back an answer file."
            )
        )
        self.support_box.setTitle(self.tr("Help"))
        self.bundle_button.setText(self.tr("Save a support bundle…"))
        self.support_hint.setText(
            self.tr(
                "For the person who helps you: the log, versions and settings in one zip "
                "file, never readers' names, ИИН or phones, nor the branch's token."
            )
        )
        self.load()


def qt_versions() -> dict[str, str]:
    import PySide6
    from PySide6.QtCore import qVersion

    return {"qt": qVersion(), "pyside6": PySide6.__version__}
