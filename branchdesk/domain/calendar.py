"""Branch opening calendar and due dates.

A book must never fall due on a day the branch is shut: the reader could not return it and would
be fined for the branch's closure. Due dates therefore move forward to the next open day, and
never beyond the reader's card validity (re-registration is when the library re-checks the
reader, so loans should come back by then).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

# Fixed-date public holidays and days off in Kazakhstan, as (month, day).
# Kurban Ait moves with the lunar calendar and weekend transfers are set yearly by government
# decree, so branches enter those as ClosedRange dates.
KZ_FIXED_HOLIDAYS: tuple[tuple[int, int], ...] = (
    (1, 1),  # New Year
    (1, 2),
    (1, 7),  # Orthodox Christmas
    (3, 8),  # International Women's Day
    (3, 21),  # Nauryz
    (3, 22),
    (3, 23),
    (5, 1),  # Unity of the People of Kazakhstan
    (5, 7),  # Defender of the Fatherland Day
    (5, 9),  # Victory Day
    (7, 6),  # Capital Day
    (8, 30),  # Constitution Day
    (10, 25),  # Republic Day (restored in 2022)
    (12, 16),  # Independence Day
)

# How far the open-day searches look before deciding the calendar is closed for good.
SEARCH_LIMIT = timedelta(days=3 * 366)


@dataclass(frozen=True)
class ClosedRange:
    """Days the branch is shut beyond the weekly pattern (repairs, Kurban Ait, no heating)."""

    start: date
    end: date  # inclusive

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError(f"closed range ends {self.end} before it starts {self.start}")

    def contains(self, day: date) -> bool:
        return self.start <= day <= self.end


@dataclass(frozen=True)
class BranchCalendar:
    """When one branch is open. Rural branches usually close on Sunday only."""

    weekly_days_off: frozenset[int] = frozenset({6})  # weekday(): Monday=0 … Sunday=6
    holidays: tuple[tuple[int, int], ...] = KZ_FIXED_HOLIDAYS
    closed: tuple[ClosedRange, ...] = ()

    def __post_init__(self) -> None:
        if not self.weekly_days_off <= frozenset(range(7)):
            raise ValueError(f"weekdays are 0-6, got {sorted(self.weekly_days_off)}")
        for month, day in self.holidays:
            if not (1 <= month <= 12 and 1 <= day <= 31):
                raise ValueError(f"bad holiday ({month}, {day})")

    def is_open(self, day: date) -> bool:
        if day.weekday() in self.weekly_days_off:
            return False
        if (day.month, day.day) in self.holidays:
            return False
        return not any(r.contains(day) for r in self.closed)

    def next_open_day(self, day: date) -> date:
        """`day` itself if open, else the first open day after it.

        Raises ValueError when nothing is open within SEARCH_LIMIT: a calendar closed every day
        is a configuration error the desk must report, not loop on.
        """
        candidate = day
        limit = day + SEARCH_LIMIT
        while candidate <= limit:
            if self.is_open(candidate):
                return candidate
            candidate += timedelta(days=1)
        raise ValueError(f"no open day within {SEARCH_LIMIT.days} days of {day}")

    def previous_open_day(self, day: date) -> date | None:
        """`day` itself if open, else the last open day before it; None if none within the limit."""
        candidate = day
        limit = day - SEARCH_LIMIT
        while candidate >= limit:
            if self.is_open(candidate):
                return candidate
            candidate -= timedelta(days=1)
        return None


def due_date(
    calendar: BranchCalendar, lent_on: date, loan_days: int, card_valid_until: date | None
) -> date:
    """Due date for a loan of `loan_days` made on `lent_on` (see fit_due_date)."""
    if loan_days < 0:
        raise ValueError("loan_days cannot be negative")
    return fit_due_date(calendar, lent_on, lent_on + timedelta(days=loan_days), card_valid_until)


def fit_due_date(
    calendar: BranchCalendar, lent_on: date, wanted: date, card_valid_until: date | None
) -> date:
    """The due date a loan made on `lent_on` gets when `wanted` is asked for.

    1. `wanted` moved forward to the next open day;
    2. if that is after card_valid_until, the last open day on or before card_valid_until that
       is not before lent_on (a shorter loan rather than one outliving the card);
    3. if there is no such day (the card has already expired, or the branch is shut from
       lent_on until the card expires), the date of step 1. Lending then is a librarian's
       override of an expired card, and a loan due the same day would be overdue tomorrow:
       the reader gets the period asked for, and re-registration is the fix for the card.
    """
    target = calendar.next_open_day(wanted)
    if card_valid_until is None or target <= card_valid_until:
        return target
    if card_valid_until >= lent_on:
        last = calendar.previous_open_day(card_valid_until)
        if last is not None and last >= lent_on:
            return last
    return target


def renewal_due_date(
    calendar: BranchCalendar,
    renewed_on: date,
    current_due: date,
    renewal_days: int,
    card_valid_until: date | None,
) -> date:
    """New due date for a renewal; same rules as due_date(), never earlier than current_due.

    When the card's validity leaves no room to extend, the result is the current due date (or
    the next open day after it): the caller sees "no extension" and can refuse the renewal.
    """
    # Count from the later of today and the current due date: a reader who renews a week early
    # must not lose the week already granted, and one renewing an overdue book gets the full
    # period from today.
    start = max(renewed_on, current_due)
    if card_valid_until is not None and renewed_on <= card_valid_until < start:
        # The card is still valid today but ends before the book is due: nothing to extend.
        # (A card that has already expired is the librarian's override, as in due_date.)
        return current_due
    return due_date(calendar, start, renewal_days, card_valid_until)
