"""Values between the wire and the central tables: UTC times, ISO dates, checked payloads."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any


class Reject(Exception):
    """A permanent refusal of one operation: recorded as processed, answered `rejected`."""

    def __init__(self, code: str, **detail: Any) -> None:
        super().__init__(code, detail)
        self.code = code
        self.detail = detail


def utc(value: datetime) -> datetime:
    """A naive UTC moment, as the central tables keep them (naive input counts as UTC).
    Made as the local wall time less its offset: the same moment as
    astimezone(UTC).replace(tzinfo=None), at half the cost (replace's keyword parsing is
    most of it), twice an operation."""
    offset = value.utcoffset()
    if offset is None:
        return value
    return datetime.combine(value.date(), value.time()) - offset


# How far after a batch's arrival a moment may still be kept: a clock that ran a little fast
# and was put right before the push. Beyond it, a moment is impossible, not merely early.
FAST_CLOCK_SLACK = timedelta(days=1)


@dataclass(frozen=True)
class Correction:
    """How a PC's clock readings become the centre's moments: moved by the clock offset
    measured when the batch came (`offset`; zero within the tolerance), and never much later
    than the batch's arrival (`latest`), as nothing the batch tells of happened after it.

    The offset is measured at sending, and a PC's clock can change between an operation and
    its push: a dead CMOS battery sets it back years at the next start, and the operations
    made before it would be moved that far into the future. Such an operation keeps its own
    reading (its clock was right when it was made), or the arrival if that too is beyond.
    Up to a day ahead is kept as it is: the clock ran fast and was put right, and the batch's
    own order of events (a lend, then the copy's return) must survive; squeezed onto the
    arrival, the two would happen at once."""

    offset: timedelta
    latest: datetime
    ceiling: datetime = field(init=False)  # the latest moment kept as read

    def __post_init__(self) -> None:
        object.__setattr__(self, "ceiling", self.latest + FAST_CLOCK_SLACK)

    def moment(self, value: datetime) -> datetime:
        """The reading in naive UTC, corrected; OverflowError past the calendar's end.

        A clock set forward after the work (the other way round) moves that work into the
        past, and nothing in a batch tells that apart from a clock that was slow all along:
        such times stay as corrected."""
        read = utc(value)
        moved = read + self.offset
        if moved <= self.ceiling:
            return moved
        return read if read <= self.ceiling else self.latest


UNCORRECTED = Correction(timedelta(), datetime.max - FAST_CLOCK_SLACK)  # a time a person typed


def server_moment(value: datetime, correction: Correction, key: str) -> datetime:
    """A moment in UTC corrected for the PC's clock; one that falls off the calendar (a
    year-9999 clock) rejects its operation instead of failing the batch."""
    try:
        return correction.moment(value)
    except OverflowError:
        raise Reject("bad_payload", key=key) from None


def now_utc() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def aware(value: datetime) -> datetime:
    """A naive UTC moment of the tables as the wire states it: with its offset (RFC 3339)."""
    return value.replace(tzinfo=UTC)


def wire_value(value: object) -> object:
    if isinstance(value, datetime):
        return value.replace(tzinfo=UTC).isoformat(timespec="milliseconds")
    if isinstance(value, date):
        return value.isoformat()
    return value


def wire_row(row: Mapping[str, Any]) -> dict[str, Any]:
    return {key: wire_value(value) for key, value in row.items()}


class Payload:
    """Typed reads of an operation's payload; a missing or wrong field rejects the operation
    (never a server error: the branch must not be blocked by one bad row)."""

    def __init__(self, data: Mapping[str, Any], correction: Correction) -> None:
        self.data = data
        self.correction = correction

    def _get(self, key: str, kinds: tuple[type, ...], optional: bool) -> Any:
        value = self.data.get(key)
        if value is None:
            if optional:
                return None
            raise Reject("bad_payload", key=key)
        if not isinstance(value, kinds) or (isinstance(value, bool) and bool not in kinds):
            raise Reject("bad_payload", key=key)
        if isinstance(value, str) and "\x00" in value:  # no text column of PostgreSQL holds it
            raise Reject("bad_payload", key=key)
        return value

    # text and opt_text are _get's checks written out for a string: they are most of a
    # payload's reads, several per operation, and each failure is the same refusal.

    def text(self, key: str, limit: int = 1000) -> str:
        value = self.data.get(key)
        if not isinstance(value, str) or not value or len(value) > limit or "\x00" in value:
            raise Reject("bad_payload", key=key)
        return value

    def opt_text(self, key: str, limit: int = 5000) -> str | None:
        value = self.data.get(key)
        if value is None:
            return None
        if not isinstance(value, str) or len(value) > limit or "\x00" in value:
            raise Reject("bad_payload", key=key)
        return value

    def number(self, key: str, optional: bool = False) -> int | None:
        value: int | None = self._get(key, (int,), optional)
        if value is not None and not -(2**31) <= value < 2**31:
            raise Reject("bad_payload", key=key)
        return value

    def day(self, key: str, optional: bool = False) -> date | None:
        value: str | None = self._get(key, (str,), optional)
        if value is None:
            return None
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            raise Reject("bad_payload", key=key) from None

    def moment(self, key: str, *, corrected: bool = True) -> datetime:
        """A moment in UTC; one read off the PC's clock is corrected by its measured offset
        (a time a person typed, such as an event's start, is not)."""
        value: str = self._get(key, (str,), False)
        try:
            parsed = datetime.fromisoformat(value)
        except ValueError:
            raise Reject("bad_payload", key=key) from None
        return server_moment(parsed, self.correction if corrected else UNCORRECTED, key)

    def mapping(self, key: str) -> Mapping[str, Any]:
        value: Mapping[str, Any] = self._get(key, (dict,), False)
        return value

    def items(self, key: str) -> list[Any]:
        value: list[Any] | None = self._get(key, (list,), True)
        return value or []
