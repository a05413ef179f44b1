from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from branchdesk.domain.calendar import (
    KZ_FIXED_HOLIDAYS,
    BranchCalendar,
    ClosedRange,
    due_date,
    renewal_due_date,
)

CAL = BranchCalendar()


def d(text: str) -> date:
    return date.fromisoformat(text)


# --- fixed cases (2025: 22 March is a Saturday, 24 March a Monday) ---


def test_default_calendar() -> None:
    assert CAL.weekly_days_off == frozenset({6})
    assert CAL.holidays == KZ_FIXED_HOLIDAYS
    assert (10, 25) in KZ_FIXED_HOLIDAYS
    assert not CAL.is_open(d("2025-06-15"))  # Sunday
    assert CAL.is_open(d("2025-06-14"))  # Saturday
    assert not CAL.is_open(d("2025-12-16"))  # Independence Day, a Tuesday
    assert not CAL.is_open(d("2025-01-07"))


def test_nauryz_moves_due_date_to_24_march() -> None:
    # 7 Mar + 15 = 22 Mar (Nauryz, Saturday); 23 Mar is Nauryz and Sunday; 24 Mar is open.
    assert due_date(CAL, d("2025-03-07"), 15, None) == d("2025-03-24")


def test_sunday_moves_to_monday() -> None:
    assert due_date(CAL, d("2025-05-31"), 15, None) == d("2025-06-16")


def test_open_target_is_kept() -> None:
    assert due_date(CAL, d("2025-06-02"), 15, None) == d("2025-06-17")
    assert due_date(CAL, d("2025-06-02"), 15, d("2025-06-17")) == d("2025-06-17")


def test_clamped_to_card_validity() -> None:
    # Target 17 Jun; card valid until Sunday 15 Jun → last open day Saturday 14 Jun.
    assert due_date(CAL, d("2025-06-02"), 15, d("2025-06-15")) == d("2025-06-14")


def test_expired_card_gets_the_normal_period() -> None:
    # An overridden expired card: 15 Jun + 15 = 30 Jun (Monday), not due the same week.
    assert due_date(CAL, d("2025-06-15"), 15, d("2025-05-01")) == d("2025-06-30")


def test_closed_until_validity_falls_back_to_the_normal_period() -> None:
    cal = BranchCalendar(closed=(ClosedRange(d("2025-06-02"), d("2025-06-10")),))
    assert due_date(cal, d("2025-06-02"), 15, d("2025-06-09")) == d("2025-06-17")


def test_closed_range_moves_due_date() -> None:
    cal = BranchCalendar(closed=(ClosedRange(d("2025-06-17"), d("2025-06-20")),))
    assert due_date(cal, d("2025-06-02"), 15, None) == d("2025-06-21")
    assert ClosedRange(d("2025-06-17"), d("2025-06-20")).contains(d("2025-06-20"))
    assert not ClosedRange(d("2025-06-17"), d("2025-06-20")).contains(d("2025-06-21"))


def test_open_day_searches() -> None:
    assert CAL.next_open_day(d("2025-06-14")) == d("2025-06-14")
    assert CAL.next_open_day(d("2025-06-15")) == d("2025-06-16")
    assert CAL.previous_open_day(d("2025-06-15")) == d("2025-06-14")
    assert CAL.previous_open_day(d("2025-01-02")) == d("2024-12-31")


def test_calendar_never_open() -> None:
    shut = BranchCalendar(weekly_days_off=frozenset(range(7)))
    with pytest.raises(ValueError, match="no open day"):
        shut.next_open_day(d("2025-06-02"))
    assert shut.previous_open_day(d("2025-06-02")) is None
    with pytest.raises(ValueError, match="no open day"):
        due_date(shut, d("2025-06-02"), 15, None)


def test_validation() -> None:
    with pytest.raises(ValueError, match="weekdays"):
        BranchCalendar(weekly_days_off=frozenset({7}))
    with pytest.raises(ValueError, match="holiday"):
        BranchCalendar(holidays=((13, 1),))
    with pytest.raises(ValueError, match="before it starts"):
        ClosedRange(d("2025-06-02"), d("2025-06-01"))
    with pytest.raises(ValueError, match="negative"):
        due_date(CAL, d("2025-06-02"), -1, None)


def test_renewal_counts_from_current_due_when_early() -> None:
    # Renewed on 5 Jun, due 17 Jun: 17 Jun + 15 = 2 Jul (Wednesday), not 5 Jun + 15.
    assert renewal_due_date(CAL, d("2025-06-05"), d("2025-06-17"), 15, None) == d("2025-07-02")


def test_renewal_counts_from_today_when_overdue() -> None:
    assert renewal_due_date(CAL, d("2025-06-20"), d("2025-06-17"), 15, None) == d("2025-07-05")


def test_renewal_never_shortens_the_loan() -> None:
    # Card expires before the current due date: no extension, and no shortening either.
    assert renewal_due_date(CAL, d("2025-06-05"), d("2025-06-17"), 15, d("2025-06-10")) == d(
        "2025-06-17"
    )
    # Card allows part of the extension.
    assert renewal_due_date(CAL, d("2025-06-05"), d("2025-06-17"), 15, d("2025-06-25")) == d(
        "2025-06-25"
    )


# --- properties ---

DAY0 = d("2024-01-01")

days = st.dates(min_value=DAY0, max_value=d("2026-12-31"))


@st.composite
def calendars(draw: st.DrawFn) -> BranchCalendar:
    off = draw(st.frozensets(st.integers(0, 6), max_size=6))
    holidays = draw(st.sampled_from([KZ_FIXED_HOLIDAYS, ()]))
    ranges = []
    for _ in range(draw(st.integers(0, 4))):
        start = draw(days)
        ranges.append(ClosedRange(start, start + timedelta(days=draw(st.integers(0, 60)))))
    return BranchCalendar(weekly_days_off=off, holidays=holidays, closed=tuple(ranges))


def open_days_between(cal: BranchCalendar, first: date, last: date) -> list[date]:
    return [
        first + timedelta(days=i)
        for i in range((last - first).days + 1)
        if cal.is_open(first + timedelta(days=i))
    ]


@given(calendars(), days, st.integers(1, 60), st.integers(0, 400))
def test_due_date_with_card_validity(
    cal: BranchCalendar, lent_on: date, loan_days: int, valid_for: int
) -> None:
    valid_until = lent_on + timedelta(days=valid_for)
    due = due_date(cal, lent_on, loan_days, valid_until)
    assert cal.is_open(due)
    assert due >= lent_on
    if open_days_between(cal, lent_on, valid_until):
        assert due <= valid_until
        # As late as allowed: the target if it fits, else the last open day before expiry.
        unclamped = due_date(cal, lent_on, loan_days, None)
        assert due == min(unclamped, open_days_between(cal, lent_on, valid_until)[-1])
    else:
        assert due == due_date(cal, lent_on, loan_days, None)


@given(calendars(), days, st.integers(1, 60))
def test_due_date_without_card_validity(cal: BranchCalendar, lent_on: date, loan_days: int) -> None:
    due = due_date(cal, lent_on, loan_days, None)
    target = lent_on + timedelta(days=loan_days)
    assert cal.is_open(due)
    assert due >= target
    assert open_days_between(cal, target, due) == [due]  # the first open day, no later


@given(calendars(), days, st.integers(-30, 30), st.integers(1, 60), st.integers(-60, 400))
def test_renewal_never_earlier_than_current_due(
    cal: BranchCalendar, today: date, due_offset: int, renewal_days: int, valid_for: int
) -> None:
    current_due = today + timedelta(days=due_offset)
    new_due = renewal_due_date(
        cal, today, current_due, renewal_days, today + timedelta(days=valid_for)
    )
    assert new_due >= max(today, current_due) or new_due == current_due
    # Either a real extension to an open day, or "nothing to extend": the due date unchanged.
    assert new_due == current_due or cal.is_open(new_due)
