"""The two error roots (DESIGN §2).

`WorldError` is everything the world does to us (disk full, read-only or corrupt file, bad
input, a newer database): it carries a code and parameters that the desk or the command line
words in the user's language, with what to do. Anything else is a bug: logged with a traceback.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import ClassVar, Protocol


class WorldError(Exception):
    def __init__(self, code: str, /, **params: str | int) -> None:
        super().__init__(code, params)
        self.code = code
        self.params: dict[str, str | int] = params

    def __str__(self) -> str:
        args = ", ".join(f"{k}={v}" for k, v in self.params.items())
        return f"{self.code}({args})"


class InvalidInput(WorldError):
    """A field the user typed is wrong; `field` names it so a form can point at it."""

    def __init__(self, code: str, /, field: str, **params: str | int) -> None:
        super().__init__(code, field=field, **params)
        self.field = field

    @classmethod
    def of(cls, problem: _Problem) -> InvalidInput:
        """The error for a problem found by the domain's field checks."""
        return cls(problem.code, field=problem.field, **problem.params)


class _Problem(Protocol):
    """What the domain's field checks report (branchdesk.domain.readers.Problem)."""

    @property
    def field(self) -> str: ...
    @property
    def code(self) -> str: ...
    @property
    def params(self) -> dict[str, str | int]: ...


class NotFound(WorldError):
    pass


class StorageError(WorldError):
    # SQLite primary result codes (the low byte of the extended code).
    _KINDS: ClassVar[dict[int, str]] = {
        13: "disk_full",  # SQLITE_FULL
        8: "database_read_only",  # SQLITE_READONLY
        11: "database_corrupt",  # SQLITE_CORRUPT
        26: "database_corrupt",  # SQLITE_NOTADB
        14: "database_cannot_open",  # SQLITE_CANTOPEN
        5: "database_busy",  # SQLITE_BUSY
        6: "database_busy",  # SQLITE_LOCKED
        10: "disk_io_error",  # SQLITE_IOERR
    }

    @classmethod
    def kind_of(cls, exc: BaseException | None) -> str | None:
        if not isinstance(exc, sqlite3.Error):
            return None
        code = getattr(exc, "sqlite_errorcode", None)
        if code is None:
            return None
        return cls._KINDS.get(code & 0xFF)

    @classmethod
    def from_sqlite(cls, path: Path, exc: BaseException | None) -> StorageError | None:
        kind = cls.kind_of(exc)
        return None if kind is None else cls(kind, path=str(path))


def raise_if_problem(problem: _Problem | None) -> None:
    if problem is not None:
        raise InvalidInput.of(problem)
