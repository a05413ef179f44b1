"""Qt table models over read models (frozen dataclasses): widgets never see ORM rows."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from branchdesk.ui.formats import ERROR_COLOUR

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex

OVERDUE = QColor(ERROR_COLOUR)


@dataclass(frozen=True)
class Column(Generic[T]):
    title: Callable[[], str]  # called on every header paint, so it follows the language
    value: Callable[[T], Any]
    align_right: bool = False


class RowsModel(QAbstractTableModel, Generic[T]):
    """A list of values shown through column definitions; `alert` paints a row red."""

    def __init__(
        self, columns: Sequence[Column[T]], alert: Callable[[T], bool] | None = None
    ) -> None:
        super().__init__()
        self._columns = list(columns)
        self._rows: list[T] = []
        self._alert = alert

    def set_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[T]:
        return list(self._rows)

    def row_at(self, row: int) -> T | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            value = column.value(item)
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.ForegroundRole and self._alert and self._alert(item):
            return QBrush(OVERDUE)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._columns[section].title()
        return None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._columns) - 1)
