"""The library work diary's figures against counts made here in plain SQL over the demo
branch (not by the report's code), and the report's SQL age bands against the domain's."""

from __future__ import annotations

import random
import sqlite3
from collections import Counter
from contextlib import closing
from datetime import date, timedelta

import pytest

from branchdesk.demo.generator import fill_demo
from branchdesk.domain.groups import AgeBands, BandDays, age_group
from branchdesk.errors import InvalidInput
from branchdesk.reports.diary import COLUMNS, diary
from branchdesk.reports.period import parse_period

TODAY = date(2026, 11, 17)


@pytest.fixture(scope="module")
def demo(tmp_path_factory, migrated_template):
    """A demo branch with two years of history, made once for the module."""
    import shutil

    from branchdesk.services.context import BranchContext
    from branchdesk.services.setup import init_branch

    path = tmp_path_factory.mktemp("diary") / "branch.sqlite"
    shutil.copyfile(migrated_template, path)
    db = init_branch(path, "BST", "Бестөбе кітапханасы")
    fill_demo(db, "BST", readers=300, items=1500, loans=12_000, years=2, today=TODAY)
    ctx = BranchContext.load(db, clock=lambda: TODAY)  # type: ignore[arg-type, return-value]
    yield ctx
    db.dispose()


def _sql(ctx, query: str, *params: object) -> list[tuple[object, ...]]:
    with closing(sqlite3.connect(ctx.db.path)) as conn:
        return conn.execute(query, params).fetchall()


@pytest.mark.parametrize("name", ["2026-11", "2026-Q3", "2025"])
def test_the_diary_adds_up_to_plain_counts(demo, name):
    period = parse_period(name, TODAY)
    with closing(sqlite3.connect(demo.db.path)) as conn:
        found = diary(conn, "BST", period, demo.config.age_bands, demo.config.bbk_map)
    first, last = period.start.isoformat(), period.end.isoformat()
    after = (period.end + timedelta(days=1)).isoformat()
    [(loans,)] = _sql(
        demo,
        "SELECT count(*) FROM loan WHERE branch = 'BST' AND lent_at >= ? AND lent_at < ?",
        first,
        after,
    )
    assert loans > 100
    assert found.period_total["loans"] == loans
    by_language = dict(
        _sql(
            demo,
            "SELECT CASE WHEN rec.language IN ('kk', 'ru') THEN rec.language ELSE 'other' END, "
            "count(*) FROM loan l JOIN item i ON i.id = l.item_id "
            "JOIN record rec ON rec.id = i.record_id "
            "WHERE l.branch = 'BST' AND l.lent_at >= ? AND l.lent_at < ? GROUP BY 1",
            first,
            after,
        )
    )
    for language in ("kk", "ru", "other"):
        assert found.period_total[f"loans_lang_{language}"] == by_language.get(language, 0)
    for split in ("bbk", "lang", "group"):  # every loan in exactly one column of each split
        columns = [c for c in COLUMNS if c.startswith(f"loans_{split}_")]
        assert sum(found.period_total[c] for c in columns) == loans, split
    [(new,)] = _sql(
        demo,
        "SELECT count(*) FROM reader WHERE home_branch = 'BST' AND registered_on BETWEEN ? AND ?",
        first,
        last,
    )
    assert found.period_total["new"] == new
    [(visits,)] = _sql(
        demo,
        "SELECT count(*) FROM visit WHERE branch = 'BST' AND day BETWEEN ? AND ?",
        first,
        last,
    )
    [(attendance,)] = _sql(
        demo,
        "SELECT coalesce(sum(attendance_total), 0) FROM event "
        "WHERE branch = 'BST' AND starts_at >= ? AND starts_at < ?",
        first,
        after,
    )
    assert found.period_total["visits"] == visits + attendance
    assert (
        found.period_total["visits_services"] + found.period_total["visits_events"]
        == found.period_total["visits"]
    )
    [(enquiries,)] = _sql(
        demo, "SELECT count(*) FROM enquiry WHERE day BETWEEN ? AND ?", first, last
    )
    assert found.period_total["enquiries"] == enquiries
    # Each day's row and the carried-over figures add up to the year to date.
    assert sum((found.days[d] for d in found.days), Counter()) == found.period_total
    [(year_loans,)] = _sql(
        demo,
        "SELECT count(*) FROM loan WHERE branch = 'BST' AND lent_at >= ? AND lent_at < ?",
        period.year_start.isoformat(),
        after,
    )
    assert found.year_to_date["loans"] == year_loans
    assert len(found.events) == len(
        _sql(
            demo,
            "SELECT 1 FROM event WHERE branch = 'BST' AND starts_at >= ? AND starts_at < ?",
            first,
            after,
        )
    )


def test_carried_over_figures_are_the_days_before_the_period(demo):
    """What a month carries over from 1 January (counted per copy and per reader) equals the
    sum of the days before it in the year's own diary, column by column."""
    with closing(sqlite3.connect(demo.db.path)) as conn:
        year = diary(conn, "BST", parse_period("2026", TODAY), AgeBands(), demo.config.bbk_map)
        for month in range(2, 12):
            period = parse_period(f"2026-{month:02d}", TODAY)
            found = diary(conn, "BST", period, AgeBands(), demo.config.bbk_map)
            expected = sum(
                (counts for day, counts in year.days.items() if day < period.start), Counter()
            )
            assert found.before_period == expected, month
            assert found.before_period["loans"] > 0


def test_band_days_are_the_domains_age_groups():
    """The diary's two-comparison bands and domain.groups.age_group agree on every day,
    birthdays and 29 February included."""
    rng = random.Random(7)
    births = [date(2012, 2, 29), date(2000, 2, 29), date(2011, 11, 17)]
    births += [date(1940, 1, 1) + timedelta(days=rng.randrange(30_000)) for _ in range(500)]
    days = [date(2026, 2, 28), date(2028, 2, 28), date(2028, 2, 29), date(2026, 11, 17)]
    days += [date(2020, 1, 1) + timedelta(days=rng.randrange(3_000)) for _ in range(60)]
    for bands in (AgeBands(), AgeBands(children_max=14, youth_max=30)):
        for birth in births:
            found = BandDays.of(birth, bands)
            for day in days:
                assert found.group_on(day) == age_group(birth, day, bands), (birth, day)


@pytest.mark.parametrize(
    "bad", ["2026-13", "26-11", "2026-Q5", "last month", "2027", "0000", "9999-12", "٢٠٢٦"]
)
def test_a_period_that_is_not_one_is_refused(bad):
    with pytest.raises(InvalidInput):
        parse_period(bad, TODAY)


@pytest.mark.parametrize("name", ["2026-11", "2026"])
def test_the_summary_divides_the_totals_it_says(demo, name):
    from branchdesk.reports.summary import summary

    period = parse_period(name, TODAY)
    with closing(sqlite3.connect(demo.db.path)) as conn:
        found = summary(conn, "BST", period, AgeBands(), demo.config.bbk_map)
    first = period.start.isoformat()
    after = (period.end + timedelta(days=1)).isoformat()
    year_start, end = period.year_start.isoformat(), period.end.isoformat()
    [(readers,)] = _sql(
        demo,
        "SELECT count(*) FROM (SELECT id FROM reader WHERE home_branch = 'BST' "
        "AND registered_on BETWEEN ? AND ? UNION SELECT reader_id FROM reregistration "
        "WHERE branch = 'BST' AND day BETWEEN ? AND ?)",
        year_start,
        end,
        year_start,
        end,
    )
    [(loans,)] = _sql(
        demo,
        "SELECT count(*) FROM loan WHERE branch = 'BST' AND lent_at >= ? AND lent_at < ?",
        first,
        after,
    )
    [(fund,)] = _sql(
        demo,
        "SELECT count(*) FROM item WHERE home_branch = 'BST' AND status != 'withdrawn' "
        "AND (acquired_on IS NULL OR acquired_on <= ?)",
        end,
    )
    assert (found.totals["readers"], found.totals["loans"], found.totals["fund"]) == (
        readers,
        loans,
        fund,
    )
    assert readers > 0
    indicators = {i.key: i for i in found.indicators}
    assert indicators["reading"].value == round(loans / readers, 2)
    assert indicators["turnover"].value == round(loans / fund, 2)
    assert indicators["provision"].value == round(fund / readers, 2)
    assert (indicators["reading"].numerator, indicators["reading"].denominator) == (
        "loans",
        "readers",
    )
    assert sum(m[2] for m in found.months) == loans
    [(events,)] = _sql(
        demo,
        "SELECT count(*) FROM event WHERE branch = 'BST' AND starts_at >= ? AND starts_at < ?",
        first,
        after,
    )
    assert sum(e.events for e in found.events) == events == found.totals["events"]
