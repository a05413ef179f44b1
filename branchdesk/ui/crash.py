"""Bugs reach a crash dialog and the log; errors of the world are shown where they happen."""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from types import TracebackType

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
)

log = logging.getLogger("branchdesk")


LOG_BYTES = 1_000_000  # per file; with LOG_FILES old ones, a few MB at most on a small disk
LOG_FILES = 5


def setup_logging(folder: Path) -> Path:
    """The desk's log in the data folder, rotated so that it never fills the disk."""
    from logging.handlers import RotatingFileHandler

    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "branchdesk.log"
    root = logging.getLogger()
    for known in root.handlers:
        if isinstance(known, RotatingFileHandler) and Path(known.baseFilename) == path.resolve():
            return path  # the desk started again in this process (after a restore)
    handler = RotatingFileHandler(
        path, maxBytes=LOG_BYTES, backupCount=LOG_FILES, encoding="utf-8", delay=True
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    # httpx names every request at INFO: the sync's own summary says enough.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    return path


Bundle = Callable[[Path], Path]  # writes a support bundle to the chosen file


class CrashDialog(QDialog):
    """A bug, said in plain words, with a way to send a helper what they need to see."""

    def __init__(self, details: str, log_path: Path, bundle: Bundle | None = None) -> None:
        super().__init__()
        self.log_path = log_path
        self.bundle = bundle
        self.saved: Path | None = None
        self.headline = QLabel()
        font = self.headline.font()
        font.setBold(True)
        self.headline.setFont(font)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.details = QPlainTextEdit(details)
        self.details.setReadOnly(True)
        self.details.setMaximumHeight(140)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        # An action button does not close the dialog: the librarian reads where it went.
        self.save_button = self.buttons.addButton("…", QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.setVisible(bundle is not None)
        self.save_button.clicked.connect(self.save_bundle)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(self.explanation)
        layout.addWidget(self.details)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Something went wrong"))
        self.headline.setText(self.tr("branchdesk met an error it did not expect."))
        self.explanation.setText(self._advice())
        self.save_button.setText(self.tr("Save a support bundle…"))

    def _advice(self) -> str:
        return self.tr(
            "What was saved before is safe: every loan the desk confirmed is kept. "
            "Close this window and go on; if it happens again, save a support bundle "
            "and give it to the person who helps you. It holds the log and the "
            "settings, never readers' names, ИИН or phones."
        )

    def bundle_target(self) -> Path | None:
        from PySide6.QtCore import QStandardPaths
        from PySide6.QtWidgets import QFileDialog

        from branchdesk.services.support import default_name

        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DesktopLocation)
        suggested = str(Path(folder) / default_name("branchdesk", datetime.now()))
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save a support bundle"), suggested, "Zip (*.zip)"
        )
        return Path(chosen) if chosen else None

    def save_bundle(self) -> None:
        target = self.bundle_target()
        if target is None or self.bundle is None:
            return
        try:
            self.saved = self.bundle(target)
        except OSError as exc:
            self.explanation.setText(
                self.tr("The bundle could not be saved: {reason}").format(
                    reason=exc.strerror or str(exc)
                )
            )
            return
        self.explanation.setText(
            self.tr("The support bundle is saved: {path}").format(path=self.saved)
        )


def install_crash_dialog(
    log_path: Path, show: Callable[[str], None] | None = None, bundle: Bundle | None = None
) -> None:
    """Every uncaught exception is logged with its traceback and shown as a crash dialog."""

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        text = "".join(traceback.format_exception(kind, exc, tb))
        log.error("unhandled error\n%s", text)
        (show or _dialog)(text)

    def _dialog(text: str) -> None:
        CrashDialog(text, log_path, bundle).exec()

    sys.excepthook = hook
