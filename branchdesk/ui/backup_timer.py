"""The daily backup while the desk runs: checked a minute after start and then every hour,
taken in a thread of its own (the online backup does not stop the librarians' writes)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal

from branchdesk.errors import WorldError
from branchdesk.services import backups
from branchdesk.ui.background import BackgroundJob, connect_job
from branchdesk.ui.state import DeskState

log = logging.getLogger("branchdesk.backups")

FIRST_CHECK_MS = 60_000  # not during start-up: the first minute belongs to the librarian
CHECK_EVERY_MS = 60 * 60_000


class BackupTimer(QObject):
    taken = Signal(object)  # backups.Taken
    failed = Signal(object)  # WorldError

    def __init__(self, state: DeskState, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.job: BackgroundJob | None = None
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)

    def start(self, first_ms: int = FIRST_CHECK_MS) -> None:
        QTimer.singleShot(first_ms, self.check)
        self.timer.start(CHECK_EVERY_MS)

    def stop(self) -> None:
        self.timer.stop()
        if self.job is not None:
            self.job.wait(30)

    def check(self) -> None:
        ctx = self.state.ctx
        data_dir = ctx.db.path.parent
        today = ctx.today()
        if self.job is not None or not backups.daily_due(data_dir, ctx.branch, today):
            return
        second = backups.second_folder(ctx.db)
        path, branch = ctx.db.path, ctx.branch
        self.job = BackgroundJob(
            lambda _job: backups.take_daily(path, data_dir, branch, today, second)
        )
        connect_job(self.job, self._done, self._failed)
        self.job.start()

    def _done(self, taken: object) -> None:
        self.job = None
        if taken is not None:
            self.taken.emit(taken)

    def _failed(self, error: object) -> None:
        self.job = None
        log.warning("daily backup failed: %s", error)
        if isinstance(error, WorldError):
            self.failed.emit(error)
