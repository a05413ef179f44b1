"""What every screen shares: the branch, who is at the desk, the language, and the one signal
that tells views what changed (the Anki OpChanges pattern, DESIGN §2)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from branchdesk.domain.model import Staff, StaffRole
from branchdesk.services.context import BranchContext
from branchdesk.services.results import Changes


class ChangeHub(QObject):
    """Services return Changes; the screen that ran one emits it here, every view listens."""

    changed = Signal(object)  # Changes
    # A view could not refresh (the disk, the database): words for the status bar.
    trouble = Signal(str)

    def publish(self, changes: Changes) -> None:
        if changes != Changes():
            self.changed.emit(changes)


@dataclass
class DeskState:
    ctx: BranchContext
    hub: ChangeHub
    staff: Staff | None = None
    language: str = "en"
    # A backup the admin chose to restore: the desk closes, restores it, starts again.
    restore_from: Path | None = None
    # Ends the desk's session for that (ui/app.py sets it; absent in tests of one screen).
    restart: Callable[[], None] | None = None

    @property
    def operator(self) -> str:
        return self.staff.login if self.staff is not None else ""

    @property
    def is_admin(self) -> bool:
        return self.staff is not None and self.staff.role is StaffRole.BRANCH_ADMIN
