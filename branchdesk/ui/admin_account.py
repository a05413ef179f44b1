"""The branch administrator's first account: the same four fields wherever it is made (the
first-run wizard's last page, the first start of a branch made on the command line)."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

from branchdesk.domain.model import Staff, StaffRole
from branchdesk.services.context import BranchContext
from branchdesk.services.staff import create_staff

LOGIN_LENGTH = 64
NAME_LENGTH = 100
PASSWORD_LENGTH = 200


class AdminAccountFields(QWidget):
    """Login, full name and the password typed twice, in a form of their own."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.login, self.full_name = QLineEdit(), QLineEdit()
        self.password, self.repeat = QLineEdit(), QLineEdit()
        self.login.setMaxLength(LOGIN_LENGTH)
        self.full_name.setMaxLength(NAME_LENGTH)
        for edit in (self.password, self.repeat):
            edit.setMaxLength(PASSWORD_LENGTH)
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.labels = [QLabel() for _ in range(4)]
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        edits = (self.login, self.full_name, self.password, self.repeat)
        for label, edit in zip(self.labels, edits, strict=True):
            label.setBuddy(edit)
            form.addRow(label, edit)
        self.retranslate()

    def retranslate(self) -> None:
        texts = (
            self.tr("Login"),
            self.tr("Full name"),
            self.tr("Password"),
            self.tr("Repeat password"),
        )
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)

    def mismatch(self) -> str:
        """Why the account cannot be made yet, in words; "" when the passwords agree."""
        if self.password.text() != self.repeat.text():
            return self.tr("The two passwords differ.")
        return ""

    def make_account(self, ctx: BranchContext) -> Staff:
        """The account, made at the branch (the service's WorldError when refused)."""
        return create_staff(
            ctx,
            self.login.text(),
            self.full_name.text(),
            StaffRole.BRANCH_ADMIN,
            self.password.text(),
        )
