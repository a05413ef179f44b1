"""What every screen of the desk has in common."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWidget

from branchdesk.services.results import Changes
from branchdesk.ui.state import DeskState


class Screen(QWidget):
    """A page of the main window.

    Subclasses build their widgets in __init__, set every visible text in `retranslate`
    (called once at the end of __init__ by the subclass and again whenever the language
    changes), refresh in `on_changes` from the hub, and put the cursor where the librarian
    types first in `focus_default`.
    """

    def __init__(self, state: DeskState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        state.hub.changed.connect(self.on_changes)

    def title(self) -> str:
        raise NotImplementedError

    def retranslate(self) -> None:
        raise NotImplementedError

    def on_changes(self, changes: Changes) -> None:
        """Refresh what `changes` touches; screens that show nothing shared ignore it."""

    def focus_default(self) -> None:
        self.setFocus()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
