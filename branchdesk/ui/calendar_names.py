"""Month and day names in the desk's language, Kazakh in Latin script included.

Qt's locales know Kazakh only in Cyrillic (CLDR has no Latin Kazakh), so a desk speaking
kk-latn got "Қараша" and "дс сс ср" from the locale in the middle of Latin text. Names the
desk writes itself go through `month_name`, `day_name` and `date_text`; a calendar (the
events screen's, a date field's pop-up) is given `speak_calendar`, which renames its month
button and month menu and draws its weekday header transliterated.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import (
    QDate,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    QTimer,
)
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QCalendarWidget,
    QDateTimeEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolButton,
)

from branchdesk.domain.kazlatin import to_latin
from branchdesk.ui.language import latin_script

AnyIndex = QModelIndex | QPersistentModelIndex
Field = TypeVar("Field", bound=QDateTimeEdit)


def in_script(text: str) -> str:
    """A name Qt's locale made, in the script the desk speaks."""
    return to_latin(text) if latin_script() else text


def month_name(month: int) -> str:
    """The month's name as it stands alone ("Қараша", "Qaraşa", "ноябрь", "November")."""
    return in_script(QLocale().standaloneMonthName(month))


def day_name(day: int) -> str:
    """The weekday's name, Monday = 1."""
    return in_script(QLocale().standaloneDayName(day))


def date_text(day: QDate, pattern: str) -> str:
    """A date written with a QLocale pattern that may name the month ("d MMMM")."""
    return in_script(QLocale().toString(day, pattern))


def date_field(edit: Field, display_format: str) -> Field:
    """A date (or date and time) field as the desk's dialogs have it: typed as digits in
    `display_format`, or picked from a pop-up calendar that speaks the desk's language."""
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(display_format)
    speak_calendar(edit.calendarWidget())
    return edit


def speak_calendar(calendar: QCalendarWidget) -> None:
    """Keep the calendar's month and weekday names in the desk's script from now on."""
    _CalendarNames(calendar)


def is_day_name(index: AnyIndex) -> bool:
    """A cell of the weekday header: its text is a name; a day's cell holds its number (an
    int), the corner beside the week numbers holds nothing."""
    text = index.data()
    return isinstance(text, str) and bool(text)


class _LatinHeader(QStyledItemDelegate):
    """Draws the weekday header transliterated; every day's cell still by Qt's own delegate
    (which paints the dates with the calendar's formats)."""

    def __init__(self, own: QAbstractItemDelegate, parent: QObject) -> None:
        super().__init__(parent)
        self.own = own

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        if latin_script() and is_day_name(index):
            super().paint(painter, option, index)
        else:
            self.own.paint(painter, option, index)

    def initStyleOption(self, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        super().initStyleOption(option, index)
        option.text = to_latin(option.text)  # only `paint` in Latin comes here

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        return self.own.sizeHint(option, index)


class _CalendarNames(QObject):
    """Lives as the calendar's child: renames after each page turn and language change."""

    def __init__(self, calendar: QCalendarWidget) -> None:
        super().__init__(calendar)
        self.calendar = calendar
        # Qt's own parts, found by the object names Qt gives them (stable since Qt 4).
        self.button = calendar.findChild(QToolButton, "qt_calendar_monthbutton")
        self.view = calendar.findChild(QTableView, "qt_calendar_calendarview")
        if self.view is not None:
            self.view.setItemDelegate(_LatinHeader(self.view.itemDelegate(), self.view))
        calendar.currentPageChanged.connect(lambda _year, _month: self.rename())
        calendar.installEventFilter(self)
        self.rename()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.LocaleChange):
            # After Qt has written its own names for the new locale.
            QTimer.singleShot(0, self, self.rename)
        return False

    def rename(self) -> None:
        """The month button and its menu from the calendar's locale, in the desk's script
        (also back from Latin: Kazakh in either script is the same locale to Qt, which
        therefore does not rename them itself)."""
        if self.button is None:
            return
        locale = self.calendar.locale()
        self.button.setText(in_script(locale.standaloneMonthName(self.calendar.monthShown())))
        menu = self.button.menu()
        if menu is not None:
            for month, action in enumerate(menu.actions(), start=1):
                action.setText(in_script(locale.standaloneMonthName(month)))
        if self.view is not None:
            self.view.viewport().update()  # the weekday header
