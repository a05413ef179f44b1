"""Who is at the desk: the first administrator, signing in, and the lock after idle time."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from branchdesk.domain.model import Staff
from branchdesk.errors import WorldError
from branchdesk.services.staff import authenticate
from branchdesk.ui.admin_account import AdminAccountFields
from branchdesk.ui.feedback import error_text
from branchdesk.ui.formats import ERROR_COLOUR
from branchdesk.ui.state import DeskState


class _Form(QDialog):
    """A small form with a message line and OK/Cancel; subclasses decide what OK means."""

    def __init__(self, state: DeskState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.form = QFormLayout()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)

    def _line(self, password: bool = False) -> QLineEdit:
        edit = QLineEdit()
        edit.setMaxLength(64 if not password else 200)
        if password:
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        return edit

    def _submit(self) -> None:
        raise NotImplementedError


class FirstAdminDialog(_Form):
    """The first run: the branch's administrator account, before anything else."""

    def __init__(self, state: DeskState, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        self.fields = AdminAccountFields()
        self.form.addRow(self.fields)
        self.staff: Staff | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Branch administrator"))
        self.intro.setText(
            self.tr(
                "This is the first start at this branch. Create the administrator's account: "
                "the administrator sets the rules and adds the other librarians."
            )
        )
        self.fields.retranslate()

    def _submit(self) -> None:
        mismatch = self.fields.mismatch()
        if mismatch:
            self.message.setText(mismatch)
            return
        try:
            self.staff = self.fields.make_account(self.state.ctx)
        except WorldError as error:
            self.message.setText(error_text(error, self.state))
            return
        self.accept()


class LoginDialog(_Form):
    """Signing in; also the lock screen after idle time (`locked_for` keeps the name)."""

    def __init__(
        self, state: DeskState, parent: QWidget | None = None, locked_for: Staff | None = None
    ) -> None:
        super().__init__(state, parent)
        self.locked_for = locked_for
        self.login, self.password = self._line(), self._line(True)
        self.login_label, self.password_label = QLabel(), QLabel()
        self.form.addRow(self.login_label, self.login)
        self.form.addRow(self.password_label, self.password)
        # Closing the desk from the lock screen (the day's end, a PC to shut down): nothing
        # is shown and nothing is lost, every operation being saved when it was made.
        self.closing = False
        self.dismissed = False  # closed by a person (its window's close button)
        self.close_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button.clicked.connect(self._close_desk)
        self.close_button.setVisible(locked_for is not None)
        if locked_for is not None:
            self.login.setText(locked_for.login)
            self.password.setFocus()
            # Locked: another librarian may sign in instead, but nobody may walk past.
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel).hide()
        self.staff: Staff | None = None
        self.retranslate()

    def retranslate(self) -> None:
        if self.locked_for is not None:
            self.setWindowTitle(self.tr("The desk is locked"))
            self.intro.setText(
                self.tr(
                    "The desk locked itself after a pause. {name}, enter your password to go on, "
                    "or another librarian may sign in."
                ).format(name=self.locked_for.full_name)
            )
        else:
            self.setWindowTitle(self.tr("Sign in"))
            self.intro.setText(self.tr("Sign in to the branch desk."))
        self.login_label.setText(self.tr("Login"))
        self.password_label.setText(self.tr("Password"))
        self.close_button.setText(self.tr("Close the desk"))

    def _close_desk(self) -> None:
        self.closing = True
        self.reject()

    def reject(self) -> None:
        self.dismissed = True
        super().reject()

    def _submit(self) -> None:
        staff = authenticate(self.state.ctx, self.login.text(), self.password.text())
        if staff is None:
            self.message.setText(self.tr("Wrong login or password."))
            self.password.clear()
            self.password.setFocus()
            return
        self.staff = staff
        self.accept()

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        # Escape must not dismiss the lock screen.
        if self.locked_for is not None and event.key() == Qt.Key.Key_Escape:
            return
        super().keyPressEvent(event)
