"""Telling the librarian what happened, in the desk's language."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from branchdesk.domain.outcomes import Outcome
from branchdesk.errors import WorldError
from branchdesk.messages import describe, status_label
from branchdesk.ui.state import DeskState

T = TypeVar("T")


def outcome_text(outcome: Outcome, state: DeskState) -> str:
    return describe(outcome.code.value, outcome.params, state.language)


def error_text(error: WorldError, state: DeskState) -> str:
    return describe(error.code, error.params, state.language)


def status_text(code: str, state: DeskState) -> str:
    return status_label(code, state.language)


def show_error(parent: QWidget | None, error: WorldError, state: DeskState) -> None:
    title = QCoreApplication.translate("feedback", "Not done")
    QMessageBox.warning(parent, title, error_text(error, state))


@contextmanager
def world_errors(parent: QWidget | None, state: DeskState) -> Iterator[None]:
    """Errors of the world become a message; bugs go on to the crash dialog."""
    try:
        yield
    except WorldError as error:
        show_error(parent, error, state)


def attempt(parent: QWidget | None, state: DeskState, action: Callable[[], T]) -> T | None:
    """Run a service call; on an error of the world show it and return None."""
    try:
        return action()
    except WorldError as error:
        show_error(parent, error, state)
        return None
