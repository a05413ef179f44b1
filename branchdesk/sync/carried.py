"""A journal carried to the centre on a stick, and the centre's answers carried back.

For a branch that never gets a connection: the file holds the same push requests the sync
worker would send, and the answer file the same push answers, so the centre applies them
through the one push path (exactly once, by op_id) and the branch records them as after a
push. Nothing here reads or writes files: the services and the centre do.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from branchdesk.errors import WorldError
from branchdesk.sync.protocol import PushAnswer, PushRequest

JOURNAL_FORMAT = "branchdesk-journal"
ANSWERS_FORMAT = "branchdesk-journal-answers"
FILE_VERSION = 1


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class JournalFile(_Strict):
    format: Literal["branchdesk-journal"]
    version: int = Field(ge=1, le=FILE_VERSION)
    branch: str = Field(min_length=2, max_length=5)
    exported_at: datetime
    # The centre's clock minus the PC's, as the last sync measured it (None: never synced).
    # The centre corrects the operations' moments by it, as it would at a push; the export's
    # own moment is days old by the time the file is imported, so it cannot be measured.
    clock_offset_ms: int | None = None
    pushes: list[PushRequest]


class DeviceAnswer(_Strict):
    device: str
    answer: PushAnswer


class AnswersFile(_Strict):
    format: Literal["branchdesk-journal-answers"]
    version: int = Field(ge=1, le=FILE_VERSION)
    branch: str = Field(min_length=2, max_length=5)
    imported_at: datetime
    answers: list[DeviceAnswer]


Carried = TypeVar("Carried", JournalFile, AnswersFile)


def read_carried(path: Path, kind: type[Carried], not_this: str) -> Carried:
    """A carried file read whole and checked; `not_this` is the error code for a file that
    is something else (not UTF-8, or not of this shape)."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise WorldError("file_not_found", path=str(path)) from None
    except UnicodeDecodeError:
        raise WorldError(not_this, path=str(path)) from None
    try:
        return kind.model_validate_json(text)
    except ValidationError:
        raise WorldError(not_this, path=str(path)) from None
