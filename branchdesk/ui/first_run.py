"""The first start on a PC with no branch: a wizard in the librarian's language.

Language first (everything after it is in that language), then how this desk begins: join
the central library (address, branch code and token checked live, then the first pull with
its progress, off the GUI thread), work alone for now (the branch is created here and can
join later in Settings), or open the demo branch to try things out. Last, the branch
administrator's account. Card numbers carry the branch code, so it is asked, never guessed.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from branchdesk.errors import WorldError
from branchdesk.i18n import KAZAKH_LATIN
from branchdesk.messages import describe
from branchdesk.ui.admin_account import AdminAccountFields
from branchdesk.ui.background import BackgroundJob, Task, connect_job, raise_bug
from branchdesk.ui.formats import DONE_COLOUR, ERROR_COLOUR
from branchdesk.ui.language import CHOICES, Languages

# Each language named in itself: whoever cannot read the current one still finds theirs.
LANGUAGE_NAMES = {
    "kk": "Қазақша (кирилл)",
    KAZAKH_LATIN: "Qazaqşa (latyn)",
    "ru": "Русский",
    "en": "English",
}
DEMO = ("BST", "Бестөбе кітапханасы (демо)", "Библиотека Бестобе (демо)")

PAGE_LANGUAGE, PAGE_START, PAGE_JOIN, PAGE_ALONE, PAGE_DEMO, PAGE_ADMIN = range(6)
JOIN, ALONE, TRY_DEMO = range(3)


def _message_line() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    return label


def _page_layout(page: QWizardPage, middle: QLayout | QWidget) -> tuple[QLabel, QLabel]:
    """A page's intro above `middle` and its message line below: the (intro, message)."""
    intro, message = _message_line(), _message_line()
    layout = QVBoxLayout(page)
    layout.addWidget(intro)
    if isinstance(middle, QLayout):
        layout.addLayout(middle)
    else:
        layout.addWidget(middle)
    layout.addWidget(message)
    layout.addStretch(1)
    return intro, message


def _say(label: QLabel, text: str, *, error: bool) -> None:
    label.setStyleSheet(f"color: {ERROR_COLOUR if error else DONE_COLOUR};")
    label.setText(text)


class _Page(QWizardPage):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self.owner = wizard

    def retranslate(self) -> None:
        raise NotImplementedError

    def error_text(self, error: WorldError) -> str:
        return describe(error.code, error.params, self.owner.language)


class LanguagePage(_Page):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__(wizard)
        self.group = QButtonGroup(self)
        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        for index, code in enumerate(CHOICES):
            button = QRadioButton(LANGUAGE_NAMES[code])
            self.group.addButton(button, index)
            layout.addWidget(button)
        layout.addStretch(1)
        self.group.button(CHOICES.index(wizard.language)).setChecked(True)
        self.group.idClicked.connect(lambda index: wizard.switch_language(CHOICES[index]))

    def retranslate(self) -> None:
        self.setTitle(self.tr("Welcome to branchdesk"))
        self.setSubTitle(self.tr("First, the language of the desk."))
        self.intro.setText(
            self.tr("You can change it later in Settings; each librarian sees the same.")
        )


class StartPage(_Page):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__(wizard)
        self.group = QButtonGroup(self)
        self.choices = [QRadioButton() for _ in range(3)]
        self.notes = [QLabel() for _ in range(3)]
        layout = QVBoxLayout(self)
        for index, (button, note) in enumerate(zip(self.choices, self.notes, strict=True)):
            self.group.addButton(button, index)
            note.setWordWrap(True)
            note.setContentsMargins(24, 0, 0, 8)
            note.setStyleSheet("color: #50585f;")
            layout.addWidget(button)
            layout.addWidget(note)
        layout.addStretch(1)
        self.choices[JOIN].setChecked(True)

    def nextId(self) -> int:
        return {JOIN: PAGE_JOIN, ALONE: PAGE_ALONE, TRY_DEMO: PAGE_DEMO}[self.group.checkedId()]

    def retranslate(self) -> None:
        self.setTitle(self.tr("How does this desk begin?"))
        self.setSubTitle(self.tr("Choose one; the other ways stay open later."))
        texts = (
            (
                self.tr("Join the central library"),
                self.tr(
                    "The central library gave you its address, the branch code and a token. "
                    "The desk gets the branch's catalogue and the readers of the whole system."
                ),
            ),
            (
                self.tr("Work alone for now"),
                self.tr(
                    "This branch starts empty on this computer. It can join the central "
                    "library later in Settings, and sends everything done until then."
                ),
            ),
            (
                self.tr("Open the demo branch"),
                self.tr(
                    "Made-up readers and books to try the desk out. Not for real work: "
                    "start again in an empty folder for that."
                ),
            ),
        )
        for button, note, (title, text) in zip(self.choices, self.notes, texts, strict=True):
            button.setText(title)
            note.setText(text)


class BranchFields:
    """Branch code and names, as the alone and join pages ask them."""

    def __init__(self, form: QFormLayout, *, with_russian: bool) -> None:
        self.code, self.name_kk, self.name_ru = QLineEdit(), QLineEdit(), QLineEdit()
        self.code.setMaxLength(5)
        self.code.setPlaceholderText("BST")
        for edit in (self.name_kk, self.name_ru):
            edit.setMaxLength(200)
        self.labels = [QLabel(), QLabel(), QLabel()]
        edits = (
            (self.code, self.name_kk, self.name_ru) if with_russian else (self.code, self.name_kk)
        )
        for label, edit in zip(self.labels, edits, strict=False):
            form.addRow(label, edit)

    def retranslate(self) -> None:
        translate = QCoreApplication.translate  # spelled out so that lupdate finds them
        texts = (
            translate("BranchFields", "Branch code"),
            translate("BranchFields", "Name in Kazakh"),
            translate("BranchFields", "Name in Russian"),
        )
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)


class JoinPage(_Page):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__(wizard)
        self.joined = False
        self.job: BackgroundJob | None = None
        self.url, self.token = QLineEdit(), QLineEdit()
        self.url.setMaxLength(300)
        self.url.setPlaceholderText("https://")
        self.token.setMaxLength(200)
        self.token.setEchoMode(QLineEdit.EchoMode.Password)
        self.url_label, self.token_label = QLabel(), QLabel()
        form = QFormLayout()
        form.addRow(self.url_label, self.url)
        self.branch = BranchFields(form, with_russian=False)
        form.addRow(self.token_label, self.token)
        self.connect_button = QPushButton()
        self.connect_button.clicked.connect(self.check_and_join)
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.step = QLabel()
        self.message = _message_line()
        button_row = QHBoxLayout()
        button_row.addStretch(1)
        button_row.addWidget(self.connect_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(button_row)
        layout.addWidget(self.progress)
        layout.addWidget(self.step)
        layout.addWidget(self.message)
        layout.addStretch(1)

    def nextId(self) -> int:
        return PAGE_ADMIN

    def isComplete(self) -> bool:
        return self.joined

    def check_and_join(self) -> None:
        """Check the address and token with the centre, set the branch up, first pull: all
        in the background; a wrong address or token leaves nothing behind (join_central)."""
        from branchdesk.services.sync import join_central

        if self.job is not None or self.joined:
            return
        path = self.owner.path
        url, token = self.url.text().strip(), self.token.text().strip()
        code, name = self.branch.code.text(), self.branch.name_kk.text()
        if not token:
            _say(self.message, self.error_text(WorldError("central_needs_token")), error=True)
            return
        self._busy(True)
        _say(
            self.message, self.tr("Checking the connection with the central library…"), error=False
        )
        self.job = BackgroundJob(
            lambda job: join_central(path, code, name, url, token, job.report)[0].dispose()
        )
        connect_job(self.job, self._joined, self._failed, self._progress, crashed=self._crashed)
        self.job.start()

    def _progress(self, stage: str, done: int, total: object) -> None:
        if isinstance(total, int) and total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))
            text = self.tr("Receiving: {done} of {total}").format(done=done, total=total)
        else:
            self.progress.setRange(0, 0)
            text = self.tr("Receiving: {done}").format(done=done)
        if stage == "push":
            text = self.tr("Sending: {done} of {total}").format(done=done, total=total)
        self.step.setText(text)

    def _joined(self, _none: object) -> None:
        self.job = None
        self.joined = True
        self._busy(False)
        self.progress.show()
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        for edit in (self.url, self.token, self.branch.code, self.branch.name_kk):
            edit.setReadOnly(True)
        self.connect_button.setEnabled(False)
        _say(self.message, self.tr("Joined. The branch's data is here."), error=False)
        self.completeChanged.emit()

    def _failed(self, error: object) -> None:
        self.job = None
        self._busy(False)
        if isinstance(error, WorldError):
            _say(self.message, self.error_text(error), error=True)

    def _crashed(self, text: str) -> None:
        self.job = None
        self._busy(False)
        raise_bug(text)

    def _busy(self, busy: bool) -> None:
        self.connect_button.setEnabled(not busy)
        self.owner.hold(busy)
        self.progress.setVisible(busy)
        self.progress.setRange(0, 0)
        self.step.setVisible(busy)
        self.step.clear()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Join the central library"))
        self.setSubTitle(
            self.tr("The address, the branch code and the token come from the central library.")
        )
        self.url_label.setText(self.tr("Address"))
        self.token_label.setText(self.tr("Branch token"))
        self.branch.retranslate()
        self.connect_button.setText(self.tr("Check and join"))


class AlonePage(_Page):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__(wizard)
        form = QFormLayout()
        self.branch = BranchFields(form, with_russian=True)
        self.intro, self.message = _page_layout(self, form)

    def nextId(self) -> int:
        return PAGE_ADMIN

    def validatePage(self) -> bool:
        from branchdesk.services.setup import init_branch

        if self.owner.path.exists():
            return True  # created on an earlier visit of this page
        try:
            init_branch(
                self.owner.path,
                self.branch.code.text(),
                self.branch.name_kk.text(),
                self.branch.name_ru.text() or None,
            ).dispose()
        except WorldError as error:
            _say(self.message, self.error_text(error), error=True)
            return False
        return True

    def retranslate(self) -> None:
        self.setTitle(self.tr("This branch"))
        self.setSubTitle(self.tr("Work alone for now: the branch is set up on this computer."))
        self.intro.setText(
            self.tr(
                "Enter the branch code given by the central library (2 to 5 capital Latin "
                "letters, such as BST) and the branch's name. Reader cards carry the code."
            )
        )
        self.branch.retranslate()


class DemoPage(_Page):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__(wizard)
        self.ready = False
        self.job: BackgroundJob | None = None
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.intro, self.message = _page_layout(self, self.progress)

    def initializePage(self) -> None:
        from branchdesk.demo.generator import fill_demo
        from branchdesk.services.setup import init_branch

        if self.ready or self.job is not None:
            return
        path = self.owner.path

        def make(_task: Task) -> None:
            code, name_kk, name_ru = DEMO
            db = init_branch(path, code, name_kk, name_ru)
            try:
                fill_demo(db, code)
            finally:
                db.dispose()

        self.progress.setRange(0, 0)
        self.owner.hold(True)
        self.job = BackgroundJob(make)
        connect_job(self.job, self._made, self._failed)
        self.job.start()

    def _made(self, _none: object) -> None:
        self.job = None
        self.owner.hold(False)
        self.ready = True
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        _say(self.message, self.tr("The demo branch is ready."), error=False)
        self.completeChanged.emit()

    def _failed(self, error: object) -> None:
        self.job = None
        self.owner.hold(False)
        if isinstance(error, WorldError):
            _say(self.message, self.error_text(error), error=True)

    def isComplete(self) -> bool:
        return self.ready

    def nextId(self) -> int:
        return PAGE_ADMIN

    def retranslate(self) -> None:
        self.setTitle(self.tr("The demo branch"))
        self.setSubTitle(self.tr("Made-up readers, books and loans of three years."))
        self.intro.setText(
            self.tr(
                "The demo branch is being made: 200 readers, 600 copies and their loans. "
                "It takes a few seconds."
            )
        )


class AdminPage(_Page):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__(wizard)
        self.fields = AdminAccountFields()
        self.intro, self.message = _page_layout(self, self.fields)

    def nextId(self) -> int:
        return -1

    def validatePage(self) -> bool:
        from branchdesk.services.context import BranchContext
        from branchdesk.services.settings import set_language
        from branchdesk.store.migrate import open_database

        mismatch = self.fields.mismatch()
        if mismatch:
            _say(self.message, mismatch, error=True)
            return False
        ctx = BranchContext.load(open_database(self.owner.path))
        try:
            set_language(ctx, self.owner.language)
            self.fields.make_account(ctx)
        except WorldError as error:
            _say(self.message, self.error_text(error), error=True)
            return False
        finally:
            ctx.db.dispose()
        return True

    def retranslate(self) -> None:
        self.setTitle(self.tr("Branch administrator"))
        self.setSubTitle(self.tr("The last step: the account that looks after this desk."))
        self.intro.setText(
            self.tr(
                "The administrator sets the rules and adds the other librarians. "
                "Keep the password where only you can find it."
            )
        )
        self.fields.retranslate()


class FirstRunWizard(QWizard):
    def __init__(self, path: Path, languages: Languages, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.languages = languages
        self.language = languages.current
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.join_page, self.alone_page = JoinPage(self), AlonePage(self)
        self.demo_page, self.admin_page = DemoPage(self), AdminPage(self)
        self.pages: list[_Page] = [
            LanguagePage(self),
            StartPage(self),
            self.join_page,
            self.alone_page,
            self.demo_page,
            self.admin_page,
        ]
        for index, page in enumerate(self.pages):
            self.setPage(index, page)
        self.setStartId(PAGE_LANGUAGE)
        self.setMinimumSize(640, 480)
        self.retranslate()

    def hold(self, busy: bool) -> None:
        """No way out while a branch is being made: the wizard would close over a thread
        still writing the database."""
        for which in (QWizard.WizardButton.CancelButton, QWizard.WizardButton.BackButton):
            self.button(which).setEnabled(not busy)

    def switch_language(self, lang: str) -> None:
        self.languages.apply(lang)
        self.language = self.languages.current
        self.retranslate()  # now, not when Qt's LanguageChange event comes round

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("branchdesk: first start"))
        for page in self.pages:
            page.retranslate()
