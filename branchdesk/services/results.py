"""What a use case hands back: plain values, never ORM rows."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, fields
from enum import StrEnum

from branchdesk.domain.model import Loan
from branchdesk.domain.outcomes import Code, Outcome, Severity


@dataclass(frozen=True)
class Changes:
    """Which views must refresh after a use case (the Anki OpChanges pattern)."""

    readers: bool = False
    catalogue: bool = False
    loans: bool = False
    visits: bool = False
    activity: bool = False
    settings: bool = False
    journal: bool = False
    conflicts: bool = False

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            **{name: getattr(self, name) or getattr(other, name) for name in _CHANGE_FIELDS}
        )


_CHANGE_FIELDS = tuple(f.name for f in fields(Changes))
NO_CHANGES = Changes()


class Status(StrEnum):
    DONE = "done"
    BLOCKED = "blocked"
    NEEDS_CONFIRMATION = "needs_confirmation"


@dataclass(frozen=True)
class Override:
    """A librarian's decision to proceed past CONFIRM outcomes, with the reason journaled.

    `codes` lists the outcomes the librarian saw; None means whatever CONFIRMs arise (the
    command line's `--override`). A code the librarian did not see is never overridden.
    """

    reason: str
    codes: frozenset[Code] | None = None

    def covers(self, code: Code) -> bool:
        return self.codes is None or code in self.codes


@dataclass(frozen=True)
class DeskResult:
    """The answer to one scan. `barcode` names the copy even when nothing was done."""

    status: Status
    outcomes: tuple[Outcome, ...] = ()
    loan: Loan | None = None
    changes: Changes = field(default_factory=Changes)
    barcode: str | None = None

    @property
    def done(self) -> bool:
        return self.status is Status.DONE


def decide(outcomes: Iterable[Outcome], override: Override | None) -> Status:
    """BLOCK stops; CONFIRM stops unless overridden with a reason; the rest never stops."""
    found = list(outcomes)
    if any(o.severity is Severity.BLOCK for o in found):
        return Status.BLOCKED
    confirms = [o for o in found if o.severity is Severity.CONFIRM]
    if confirms and (override is None or not all(override.covers(o.code) for o in confirms)):
        return Status.NEEDS_CONFIRMATION
    return Status.DONE
