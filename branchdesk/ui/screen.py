"""What every screen of the desk has in common."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWidget

from branchdesk.errors import WorldError
from branchdesk.services.results import Changes
from branchdesk.ui.feedback import error_text
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
        state.hub.changed.connect(self._changed)

    def title(self) -> str:
        raise NotImplementedError

    def retranslate(self) -> None:
        raise NotImplementedError

    def _changed(self, changes: Changes) -> None:
        # A refresh nobody asked for must not open a crash dialog over another screen:
        # an error of the world goes to the status bar instead.
        try:
            self.on_changes(changes)
        except WorldError as error:
            self.state.hub.trouble.emit(error_text(error, self.state))

    def on_changes(self, changes: Changes) -> None:
        """Refresh what `changes` touches; screens that show nothing shared ignore it."""

    def focus_default(self) -> None:
        self.setFocus()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
