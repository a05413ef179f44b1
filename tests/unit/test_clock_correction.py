"""How the centre turns a PC's clock readings into its own moments (central/wire.py)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from branchdesk.central.wire import UNCORRECTED, Correction

ARRIVED = datetime(2026, 11, 17, 12, 0)  # naive UTC, as the centre keeps moments
ALMATY = timezone(timedelta(hours=5))


def test_a_slow_clock_is_put_right():
    slow = Correction(timedelta(minutes=10), ARRIVED)
    made = datetime(2026, 11, 17, 16, 45, tzinfo=ALMATY)  # 11:45 UTC by the slow clock
    assert slow.moment(made) == datetime(2026, 11, 17, 11, 55)


def test_nothing_is_dated_long_after_its_arrival():
    # Made with a right clock, pushed after the clock went back 26 years: its own reading.
    reset = Correction(ARRIVED - datetime(2000, 1, 1), ARRIVED)
    made = datetime(2026, 11, 17, 9, 30, tzinfo=UTC)
    assert reset.moment(made) == datetime(2026, 11, 17, 9, 30)
    # A reading years ahead of the arrival, with or without an offset: the arrival.
    ahead = datetime(2056, 1, 1, tzinfo=UTC)
    assert reset.moment(ahead) == ARRIVED
    assert Correction(timedelta(), ARRIVED).moment(ahead) == ARRIVED


def test_a_clock_a_little_fast_keeps_the_order_of_its_work():
    # Half an hour fast, put right before the push: a lend and the return after it keep
    # their order (squeezed onto the arrival they would happen at once).
    right = Correction(timedelta(), ARRIVED)
    lent = right.moment(ARRIVED + timedelta(minutes=15))
    returned = right.moment(ARRIVED + timedelta(minutes=30))
    assert lent < returned
    assert returned == ARRIVED + timedelta(minutes=30)
    assert right.moment(ARRIVED + timedelta(days=2)) == ARRIVED


def test_a_clock_set_forward_after_the_work_moves_it_into_the_past():
    # Documented: a batch cannot tell this from a clock that was fast all along.
    forward = Correction(-timedelta(days=365), ARRIVED)
    assert forward.moment(datetime(2026, 11, 17, 9, 0)) == datetime(2025, 11, 17, 9, 0)


def test_a_typed_time_is_not_corrected_and_naive_input_counts_as_utc():
    assert UNCORRECTED.moment(datetime(2027, 3, 8, 15, 0)) == datetime(2027, 3, 8, 15, 0)
    assert UNCORRECTED.moment(datetime(2027, 3, 8, 20, 0, tzinfo=ALMATY)) == datetime(
        2027, 3, 8, 15, 0
    )


@pytest.mark.parametrize(
    ("offset", "value"),
    [(timedelta(days=2), datetime.max), (-timedelta(days=2), datetime.min)],
)
def test_a_moment_off_the_calendar_raises_overflow(offset, value):
    with pytest.raises(OverflowError):
        Correction(offset, ARRIVED).moment(value)
