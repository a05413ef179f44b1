"""The wire between a branch and the central library (DESIGN §5, §6).

Pydantic models shared by the sync client and the central server, so both sides read and
write the same shapes and the OpenAPI document is generated from them. Field names are
short where they repeat once per operation: the push bar is bytes per operation.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from branchdesk.sync.journal import OP_SCHEMA_VERSION, OpKind

# Bumped when a request or answer changes shape; the server answers 426 to older clients.
PROTOCOL_VERSION = 1
MIN_PROTOCOL_VERSION = 1
PROTOCOL_HEADER = "X-Branchdesk-Protocol"

PUSH_BATCH = 1000  # operations per request: the bar is at most one request per 500
PULL_PAGE = 2000  # changes per pull page
MAX_BODY_BYTES = 8 * 1024 * 1024  # decompressed; a push of PUSH_BATCH ops is ~0.5 MB
MAX_OPS = 5000
ID = Field(min_length=1, max_length=64)
UUID_TEXT = Field(min_length=32, max_length=36, pattern=r"^[0-9a-fA-F-]{32,36}$")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class OpIn(_Strict):
    """One journal row as it travels."""

    @field_validator("id")
    @classmethod
    def _one_spelling(cls, value: str) -> str:
        # The same UUID in capitals is the same operation, not a new one.
        return value.lower()

    id: str = UUID_TEXT  # op_id
    seq: int = Field(ge=1, le=2**62)  # device_seq
    kind: OpKind
    by: str = Field(min_length=1, max_length=64)  # operator
    at: datetime  # created_local, with the PC's UTC offset
    v: int = Field(default=OP_SCHEMA_VERSION, ge=1, le=1000)  # payload schema version
    p: dict[str, Any]  # payload


class PushRequest(_Strict):
    protocol: int = Field(ge=1, le=1000)
    branch: str = Field(min_length=2, max_length=5)
    device: str = UUID_TEXT
    sent_at: datetime  # the PC's clock at sending: the server measures the offset from it
    waiting: int = Field(default=0, ge=0, le=2**40)  # operations still waiting after this batch
    # The device's first operation ever: a centre that has never heard of the device (it was
    # restored from a backup older than the device's first contact) asks for it from there.
    first_seq: int | None = Field(default=None, ge=1, le=2**62)
    ops: list[OpIn] = Field(max_length=MAX_OPS)


class OpState(StrEnum):
    """What the centre did with one operation (the journal's states but pending)."""

    APPLIED = "applied"
    DUPLICATE = "duplicate"
    CONFLICT = "conflict"
    REJECTED = "rejected"


class OpResult(_Strict):
    id: str
    state: OpState
    code: str | None = None  # why rejected, or which conflict
    detail: dict[str, Any] | None = None


class Stop(_Strict):
    """A gap: the centre misses this device's operations before this one (it was restored
    from a backup); send again from `expected_seq`."""

    id: str
    reason: Literal["gap"]
    expected_seq: int | None = None


class PushAnswer(_Strict):
    protocol: int
    server_time: datetime
    clock_offset_ms: int  # server clock minus the PC's, as measured from this request
    results: list[OpResult]
    stopped: Stop | None = None


class Change(_Strict):
    seq: int
    entity: str
    uuid: str
    deleted: bool = False
    data: dict[str, Any] | None = None


class PullAnswer(_Strict):
    protocol: int
    branch: str  # whose token asked: a branch can check it was given the right one
    server_time: datetime
    reset: bool = False  # the cursor is unknown: start again from 0 and rebuild
    changes: list[Change]
    cursor: int  # where the next pull starts
    more: bool  # another page is waiting
    total: int | None = None  # changes left from the asked cursor, for a progress bar


class Health(_Strict):
    status: Literal["ok"]
    protocol: int
    min_protocol: int
    server_time: datetime


class ErrorBody(_Strict):
    error: str
    message: str
    detail: Any = None


class BranchView(_Strict):
    code: str
    name_kk: str
    name_ru: str
    active: bool
    last_push_at: datetime | None
    last_pull_at: datetime | None
    waiting: int
    clock_offset_ms: int | None
    open_conflicts: int


class ConflictView(_Strict):
    uuid: str
    kind: str
    state: str
    branches: list[str]
    item: str | None
    reader: str | None
    loans: list[str]
    detail: dict[str, Any]
    created_at: datetime
    resolved_at: datetime | None
    resolved_by: str | None
    resolution: str | None
