"""Bugs reach a crash dialog and the log; errors of the world are shown where they happen."""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

log = logging.getLogger("branchdesk")


def setup_logging(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "branchdesk.log"
    logging.basicConfig(
        filename=path, level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s"
    )
    return path


def install_crash_dialog(log_path: Path, show: Callable[[str], None] | None = None) -> None:
    """Every uncaught exception is logged with its traceback and shown as a crash dialog."""

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        text = "".join(traceback.format_exception(kind, exc, tb))
        log.error("unhandled error\n%s", text)
        (show or _dialog)(text)

    def _dialog(text: str) -> None:
        # Spelled out (no alias) so that pyside6-lupdate finds the texts.
        title = QCoreApplication.translate("crash", "Something went wrong")
        body = QCoreApplication.translate(
            "crash", "An unexpected error. What you saved is safe; the details are in {path}."
        )
        box = QMessageBox(QMessageBox.Icon.Critical, title, body.format(path=log_path))
        box.setDetailedText(text)
        box.exec()

    sys.excepthook = hook
