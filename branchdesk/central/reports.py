"""Consolidated reports for the central library (issue 5): the library work diary and the
summary of every branch together, or of one branch, counted from what the branches pushed.

The centre copies the year's rows that a diary or summary counts into an in-memory database of
the branch's shape and counts them there with the branch's own code (reports/diary.py,
reports/summary.py): one way of counting, whether a desk or the centre prints the figures, so
the consolidated diary is the sum of the branches' diaries. For every branch together each
row's branch is written as one code, EVERY_BRANCH. The centre keeps times in UTC; a branch
counts its days in local time, and so does the copy (this server's time zone, the library
system's). The centre counts with the default age bands and BBK sections (domain/).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, Select, select, true

from branchdesk.central import schema as central
from branchdesk.domain.bbk import DEFAULT_BBK_MAP
from branchdesk.domain.groups import DEFAULT_AGE_BANDS
from branchdesk.errors import InvalidInput
from branchdesk.i18n import QT_TRANSLATE_NOOP, translate
from branchdesk.reports.period import Period, parse_period
from branchdesk.services.reports import ReportMade, check_report, count_report, write_counted

EVERY_BRANCH = "*"
_ALL_BRANCHES = QT_TRANSLATE_NOOP("central", "All branches of the library system")

# Only the columns the reports read; names and text formats as in the branch database.
_TABLES = """
CREATE TABLE reader (id INTEGER PRIMARY KEY, birth_date TEXT, category TEXT,
    home_branch TEXT, registered_on TEXT);
CREATE TABLE reregistration (reader_id INTEGER, day TEXT, branch TEXT);
CREATE TABLE record (id INTEGER PRIMARY KEY, bbk TEXT, language TEXT);
CREATE TABLE item (id INTEGER PRIMARY KEY, record_id INTEGER, home_branch TEXT, status TEXT,
    acquired_on TEXT);
CREATE TABLE loan (lent_at TEXT, item_id INTEGER, reader_id INTEGER, branch TEXT);
CREATE INDEX ix_loan_branch_lent ON loan (branch, lent_at, item_id, reader_id);
CREATE TABLE visit (day TEXT, kind TEXT, reader_id INTEGER, branch TEXT);
CREATE INDEX ix_visit_branch_day ON visit (branch, day, kind, reader_id);
CREATE TABLE event (starts_at TEXT, form TEXT, title TEXT, programme TEXT, audience TEXT,
    attendance_total INTEGER, attendance_children INTEGER, attendance_youth INTEGER,
    branch TEXT);
CREATE TABLE enquiry (day TEXT, kind TEXT, branch TEXT);
CREATE TABLE refusal (day TEXT, branch TEXT);
CREATE TABLE diary_month (branch TEXT, month TEXT, basis TEXT, figures TEXT,
    PRIMARY KEY (branch, month));
"""


@dataclass(frozen=True)
class _Copy:
    """The copy's integer ids for the centre's UUIDs, and the branch its rows are counted as."""

    ids: dict[str, dict[str, int]]
    branch: str | None  # None: every branch, as EVERY_BRANCH

    def id_of(self, kind: str, uuid: str | None) -> int | None:
        if uuid is None:
            return None
        found = self.ids[kind]
        return found.setdefault(uuid, len(found) + 1)

    def code(self, branch: str | None) -> str | None:
        return EVERY_BRANCH if self.branch is None else branch


def make_central_report(
    engine: Engine,
    name: str,
    period: str,
    out: Path,
    lang: str,
    branch: str | None = None,
    today: date | None = None,
) -> ReportMade:
    """Report `name` for `period` of one branch, or of every branch (`branch` None)."""
    check_report(name, out)
    chosen = parse_period(period, today or date.today())
    code = None if branch is None else branch.strip().upper()
    title = _title(engine, code, lang)
    with branch_shaped(engine, chosen, code) as conn:
        bands, bbk = DEFAULT_AGE_BANDS, DEFAULT_BBK_MAP
        found = count_report(conn, code or EVERY_BRANCH, name, chosen, bands, bbk)
    write_counted(out, found, title, lang)
    return ReportMade(name, chosen, out)


def _title(engine: Engine, code: str | None, lang: str) -> str:
    if code is None:
        return translate(lang, "central", _ALL_BRANCHES)
    table = central.branch_table
    with engine.connect() as conn:
        found = conn.execute(
            select(table.c.name_kk, table.c.name_ru).where(table.c.code == code)
        ).first()
    if found is None:
        raise InvalidInput("unknown_branch", field="branch", branch=code)
    return (found.name_ru if lang == "ru" else found.name_kk) or code


@contextmanager
def branch_shaped(
    engine: Engine, period: Period, branch: str | None
) -> Iterator[sqlite3.Connection]:
    """The period's year of the centre's rows in an in-memory database of the branch's shape."""
    with closing(sqlite3.connect(":memory:")) as conn:
        conn.executescript(_TABLES)
        _Filling(engine, conn, _Copy({"reader": {}, "record": {}, "item": {}}, branch)).fill(
            period.year_start, period.end
        )
        yield conn


@dataclass(frozen=True)
class _Filling:
    engine: Engine
    conn: sqlite3.Connection
    copy: _Copy

    def fill(self, first: date, last: date) -> None:
        c, copy, mine = central, self.copy, self._mine
        # UTC moments a day either side, so that every local day of the year is there.
        since = datetime.combine(first - timedelta(days=1), datetime.min.time())
        until = datetime.combine(last + timedelta(days=2), datetime.min.time())
        # Every reader and copy: a branch lends other branches' copies to other branches'
        # readers; whose they are is kept (a branch's fund, its new readers).
        self._copy(
            "INSERT INTO reader VALUES (?, ?, ?, ?, ?)",
            select(c.reader.c.uuid, c.reader.c.birth_date, c.reader.c.category).add_columns(
                c.reader.c.home_branch, c.reader.c.registered_on
            ),
            lambda r: (copy.id_of("reader", r[0]), _day(r[1]), r[2], copy.code(r[3]), _day(r[4])),
        )
        self._copy(
            "INSERT INTO record VALUES (?, ?, ?)",
            select(c.record.c.uuid, c.record.c.bbk, c.record.c.language),
            lambda r: (copy.id_of("record", r[0]), r[1], r[2]),
        )
        self._copy(
            "INSERT INTO item VALUES (?, ?, ?, ?, ?)",
            select(c.item.c.uuid, c.item.c.record_uuid, c.item.c.home_branch).add_columns(
                c.item.c.status, c.item.c.acquired_on
            ),
            lambda r: (
                copy.id_of("item", r[0]),
                copy.id_of("record", r[1]),
                copy.code(r[2]),
                r[3],
                _day(r[4]),
            ),
        )
        loan = c.loan.c
        self._copy(
            "INSERT INTO loan VALUES (?, ?, ?, ?)",
            select(loan.lent_at, loan.item_uuid, loan.reader_uuid, loan.branch).where(
                mine(loan.branch), loan.lent_at >= since, loan.lent_at < until
            ),
            lambda r: (
                _local(r[0]),
                copy.id_of("item", r[1]),
                copy.id_of("reader", r[2]),
                copy.code(r[3]),
            ),
        )
        for table, columns in (
            (c.visit, ("day", "kind", "reader_uuid", "branch")),
            (c.reregistration, ("reader_uuid", "day", "branch")),
            (c.enquiry, ("day", "kind", "branch")),
            (c.refusal, ("day", "branch")),
        ):
            self._copy(
                f"INSERT INTO {table.name} VALUES ({', '.join('?' * len(columns))})",
                select(*(table.c[n] for n in columns)).where(
                    mine(table.c.branch), table.c.day >= first, table.c.day <= last
                ),
                _converter(copy, columns),
            )
        event = c.event.c
        self._copy(
            "INSERT INTO event VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            select(event.starts_at, event.form, event.title, event.programme, event.audience)
            .add_columns(event.attendance_total, event.attendance_children)
            .add_columns(event.attendance_youth, event.branch)
            .where(mine(event.branch), event.starts_at >= since, event.starts_at < until),
            lambda r: (_local(r[0]), *r[1:8], copy.code(r[8])),
        )

    def _mine(self, column: Any) -> Any:
        """Rows of the chosen branch (every row for every branch)."""
        return true() if self.copy.branch is None else column == self.copy.branch

    def _copy(
        self, insert: str, query: Select[Any], row: Callable[[Any], tuple[object, ...]]
    ) -> None:
        with self.engine.connect() as source:
            found = source.execution_options(yield_per=5_000).execute(query)
            for part in found.partitions():
                self.conn.executemany(insert, map(row, part))


def _converter(copy: _Copy, columns: Iterable[str]) -> Callable[[Any], tuple[object, ...]]:
    names = tuple(columns)

    def convert(row: Any) -> tuple[object, ...]:
        values: list[object] = []
        for name, value in zip(names, row, strict=True):
            if name == "reader_uuid":
                values.append(copy.id_of("reader", value))
            elif name == "branch":
                values.append(copy.code(value))
            elif name == "day":
                values.append(_day(value))
            else:
                values.append(value)
        return tuple(values)

    return convert


def _day(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def _local(moment: datetime) -> str:
    """A UTC moment of the centre as the branch database writes a local one."""
    local = moment.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)
    return local.isoformat(" ", timespec="microseconds")
