"""Consolidated reports at the centre (issue 5), on SQLite and PostgreSQL: two branches work
at their desks over three months, in a time zone five hours east of UTC, and push; the
centre's diary of every branch is then the sum of the two branches' own diaries, day by day,
and its diary of one branch is that branch's own. Also through HTTP, as PDF and XLSX."""

from __future__ import annotations

import io
import os
import sqlite3
import time
from collections.abc import Iterator
from contextlib import closing
from datetime import date, datetime

import httpx
import pytest
from openpyxl import load_workbook
from support.printed import needs, pdf_text

from branchdesk.central.reports import EVERY_BRANCH, branch_shaped
from branchdesk.domain.bbk import DEFAULT_BBK_MAP
from branchdesk.domain.groups import DEFAULT_AGE_BANDS
from branchdesk.domain.model import Attendance, EnquiryKind, EventForm, Language, VisitKind
from branchdesk.domain.readers import ReaderInput
from branchdesk.reports.diary import Diary, diary
from branchdesk.reports.period import parse_period
from branchdesk.services.activity import (
    EventInput,
    record_enquiry,
    record_event,
    record_refusal,
    record_visit,
)
from branchdesk.services.catalogue import ItemInput, RecordInput, add_record_with_item
from branchdesk.services.circulation import lend, return_item
from branchdesk.services.context import BranchContext
from branchdesk.services.readers import register_reader
from branchdesk.services.sync import run_sync

TODAY = date(2026, 11, 20)
# Late evenings and early mornings: at UTC+5 these are other days (and months) in UTC.
MOMENTS = [
    datetime(2026, 9, 14, 10, 0),
    datetime(2026, 10, 31, 23, 30),
    datetime(2026, 11, 1, 2, 15),
    datetime(2026, 11, 16, 12, 0),
]
BOOKS = [
    ("84(5Каз)", Language.KAZAKH),
    ("63.3(2)", Language.RUSSIAN),
    ("22.1", Language.OTHER),
    (None, Language.KAZAKH),
]
READERS = [date(2015, 3, 1), date(2008, 11, 1), date(1970, 6, 6)]  # a child, youth, adult


@pytest.fixture
def east_of_utc() -> Iterator[None]:
    """The process's local time zone at UTC+5 (Kazakhstan), as at a branch PC."""
    before = os.environ.get("TZ")
    os.environ["TZ"] = "Etc/GMT-5"  # POSIX sign: five hours east
    time.tzset()
    yield
    if before is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = before
    time.tzset()


def _work(ctx: BranchContext, first_barcode: int) -> None:
    now = [MOMENTS[0]]
    ctx.clock = lambda: now[0]
    barcodes = [str(first_barcode + n) for n in range(len(BOOKS))]
    for (bbk, language), barcode in zip(BOOKS, barcodes, strict=True):
        add_record_with_item(
            ctx,
            RecordInput(title=f"Кітап {barcode}", bbk=bbk, language=language),
            ItemInput(barcode=barcode),
            "admin",
        )
    cards = []
    for n, birth in enumerate(READERS):
        reader = ReaderInput(
            surname="Оқырман",
            name=f"{ctx.branch}{n}",
            birth_date=birth,
            guarantor_name="Ата-ана" if birth.year > 2010 else None,
        )
        made = register_reader(ctx, reader, "admin")
        assert made.reader is not None
        cards.append(made.reader.card_number)
    for step, moment in enumerate(MOMENTS):
        now[0] = moment
        for n, barcode in enumerate(barcodes[: 2 + step % 3]):
            assert lend(ctx, cards[(n + step) % len(cards)], barcode, "admin").status == "done"
            assert return_item(ctx, barcode, "admin").status == "done"
        record_visit(ctx, None, "admin", VisitKind.INTERNET)
        record_event(
            ctx,
            EventInput(
                title=f"Кеш {step}",
                form=EventForm.LITERARY_EVENING,
                starts_at=moment,
                attendance=Attendance(10 + step, 4, 3),
                programme="Оқитын ел",
            ),
            "admin",
        )
        record_enquiry(ctx, EnquiryKind.THEMATIC, "Абай", "admin", day=moment.date())
        record_refusal(ctx, "Жоқ кітап", "admin")


@pytest.fixture
def two_branches(east_of_utc, central, branch_factory) -> tuple[BranchContext, BranchContext]:
    bst, sht = branch_factory("BST"), branch_factory("SHT")
    _work(bst, 40000001)
    _work(sht, 40000101)
    for ctx in (bst, sht):
        summary = run_sync(ctx.db)
        assert summary.pending == 0, summary
    return bst, sht


def _branch_diary(ctx: BranchContext, name: str) -> Diary:
    with closing(sqlite3.connect(ctx.db.path)) as conn:
        return diary(
            conn, ctx.branch, parse_period(name, TODAY), DEFAULT_AGE_BANDS, DEFAULT_BBK_MAP
        )


def _central_diary(central, name: str, branch: str | None) -> Diary:
    period = parse_period(name, TODAY)
    with branch_shaped(central.engine, period, branch) as conn:
        code = EVERY_BRANCH if branch is None else branch
        return diary(conn, code, period, DEFAULT_AGE_BANDS, DEFAULT_BBK_MAP)


@pytest.mark.parametrize("name", ["2026-11", "2026-Q4", "2026"])
def test_the_centres_diary_is_the_sum_of_the_branches_diaries(central, two_branches, name):
    bst, sht = two_branches
    mine, theirs = _branch_diary(bst, name), _branch_diary(sht, name)
    assert mine.period_total["loans"] > 0
    everyone = _central_diary(central, name, None)
    for day, counts in everyone.days.items():
        assert counts == mine.days[day] + theirs.days[day], day
    assert everyone.period_total == mine.period_total + theirs.period_total
    assert everyone.before_period == mine.before_period + theirs.before_period
    assert len(everyone.events) == len(mine.events) + len(theirs.events)
    one = _central_diary(central, name, "SHT")
    assert one.period_total == theirs.period_total
    assert one.before_period == theirs.before_period
    assert one.events == theirs.events


def test_a_loan_late_in_the_evening_counts_on_the_branchs_day(central, two_branches):
    """23:30 on 31 October at UTC+5 is 18:30 UTC; 02:15 on 1 November is 21:15 on the
    31st in UTC: the centre counts both on the branch's days."""
    november = _central_diary(central, "2026-11", None)
    assert november.days[date(2026, 11, 1)]["loans"] == 2 * 4  # 2 + 2 % 3 copies, two branches
    assert november.before_period["loans"] == 2 * (2 + 3)


def _get(central, path: str, token: str | None, **params: str) -> httpx.Response:
    headers = {} if token is None else {"Authorization": f"Bearer {token}"}
    return httpx.get(f"{central.address}{path}", params=params, headers=headers, timeout=60)


@needs("pdftotext")
def test_the_consolidated_report_comes_over_http_as_xlsx_and_pdf(central, two_branches, tmp_path):
    bst, sht = two_branches
    token = central.tokens["BST"]

    def text_of(response: httpx.Response) -> str:
        assert response.status_code == 200, response.text
        assert response.headers["content-type"] == "application/pdf"
        path = tmp_path / "got.pdf"
        path.write_bytes(response.content)
        return pdf_text(path)

    got = _get(central, "/api/v1/reports/diary", token, period="2026-11", format="xlsx")
    assert got.status_code == 200, got.text
    assert got.headers["content-type"].startswith("application/vnd.openxmlformats")
    sheet = load_workbook(io.BytesIO(got.content)).worksheets[0]
    formulas = [c.value for row in sheet.iter_rows() for c in row if isinstance(c.value, str)]
    assert any(f.startswith("=SUM(") for f in formulas)
    loans = _branch_diary(bst, "2026-11").period_total["loans"]
    loans += _branch_diary(sht, "2026-11").period_total["loans"]
    summary = text_of(_get(central, "/api/v1/reports/summary", token, period="2026-Q4", lang="ru"))
    assert "Все филиалы библиотечной системы" in summary
    assert "SHT кітапханасы" in text_of(
        _get(central, "/api/v1/reports/diary", token, period="2026-11", branch="SHT")
    )
    everyone = text_of(_get(central, "/api/v1/reports/diary", token, period="2026-11"))
    assert "Кітапхана жүйесінің барлық филиалдары" in everyone
    assert f" {loans} " in f" {' '.join(everyone.split())} "


@pytest.mark.parametrize(
    ("params", "status", "error"),
    [
        ({"period": "2031-01"}, 400, "in_future"),
        ({"period": "2026-13"}, 400, "bad_period"),
        ({"period": "2026-11", "branch": "ZZZ"}, 400, "unknown_branch"),
        ({"period": "2026-11", "format": "doc"}, 422, None),
        ({}, 422, None),
    ],
)
def test_a_report_asked_for_wrongly_gets_a_clear_4xx(central, params, status, error):
    token = central.add_branch("BST")
    got = _get(central, "/api/v1/reports/diary", token, **params)
    assert got.status_code == status, got.text
    if error is not None:
        assert got.json()["error"] == error
        assert got.json()["message"]


def test_reports_need_a_branch_token(central):
    assert _get(central, "/api/v1/reports/diary", None, period="2026-11").status_code == 401
    assert _get(central, "/api/v1/reports/diary", "nonsense", period="2026-11").status_code == 401
