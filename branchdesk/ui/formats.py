"""How the desk shows things on every screen: dates as day.month.year (the way they are
written in Kazakhstan, whatever the desk's language) and its message colours."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate

DAY_FORMAT = "%d.%m.%Y"

# The desk's two message colours: refusals and errors, and things done.
ERROR_COLOUR = "#b3261e"
DONE_COLOUR = "#1e6b34"


def day_text(value: date | None) -> str:
    return value.strftime(DAY_FORMAT) if value is not None else ""


def moment_text(value: datetime | None) -> str:
    return value.strftime(f"{DAY_FORMAT} %H:%M") if value is not None else ""


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)
