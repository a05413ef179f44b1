from datetime import date, timedelta

from branchdesk.domain.retention import daily_name, monthly_name, surplus


def test_the_newest_fourteen_days_and_twelve_months_are_kept():
    start = date(2026, 1, 1)
    days = [start + timedelta(days=n) for n in range(40)]
    names = [daily_name("BST", d.year, d.month, d.day) for d in days]
    names += ["notes.txt", "BST-before-restore-20260101-101010.sqlite"]
    gone = surplus(reversed(names), monthly=False, keep=14)
    assert gone == names[:26]
    months = [monthly_name("BST", 2025 + m // 12, m % 12 + 1) for m in range(15)]
    assert surplus(months, monthly=True, keep=12) == months[:3]
    assert surplus(months[:5], monthly=True, keep=12) == []
    # A daily name is not a monthly one and the other way round.
    assert surplus(names, monthly=True, keep=0) == []
