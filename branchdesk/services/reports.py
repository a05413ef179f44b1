"""Reports as files (DESIGN §7, §9): `branchdesk report NAME --period P --out FILE.pdf|.xlsx`.
The figures are counted over the branch's database, then written in the chosen language."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from branchdesk.domain.bbk import BbkMap
from branchdesk.domain.groups import AgeBands
from branchdesk.errors import InvalidInput
from branchdesk.printing.diary_pdf import write_diary_pdf
from branchdesk.printing.diary_xlsx import write_diary_xlsx
from branchdesk.printing.summary_doc import write_summary_pdf
from branchdesk.printing.summary_xlsx import write_summary_xlsx
from branchdesk.reports.diary import Diary, diary
from branchdesk.reports.period import Period, parse_period
from branchdesk.reports.summary import Summary, summary
from branchdesk.services.context import BranchContext
from branchdesk.services.settings import branch_details

REPORTS = ("diary", "summary")


@dataclass(frozen=True)
class ReportMade:
    name: str
    period: Period
    path: Path


def make_report(ctx: BranchContext, name: str, period: str, out: Path, lang: str) -> ReportMade:
    check_report(name, out)
    chosen = parse_period(period, ctx.today())
    with ctx.db.read() as session:
        conn = session.connection().connection.driver_connection
        assert isinstance(conn, sqlite3.Connection)  # the branch database
        found = count_report(
            conn, ctx.branch, name, chosen, ctx.config.age_bands, ctx.config.bbk_map
        )
    # Written after the transaction ends: the months the diary kept are committed, and the
    # desk never waits for a PDF to be laid out.
    write_counted(out, found, branch_details(ctx).name_in(lang), lang)
    return ReportMade(name, chosen, out)


def check_report(name: str, out: Path) -> None:
    if name not in REPORTS:
        raise InvalidInput("unknown_report", field="name", known=", ".join(REPORTS))
    if out.suffix.lower() not in (".pdf", ".xlsx"):
        raise InvalidInput("pdf_or_xlsx", field="out")


def count_report(
    conn: sqlite3.Connection,
    branch: str,
    name: str,
    period: Period,
    bands: AgeBands,
    bbk: BbkMap,
) -> Diary | Summary:
    """Report `name`'s figures over a database of the branch's shape: a branch's own, or the
    centre's copy of every branch (central/reports.py)."""
    if name == "diary":
        return diary(conn, branch, period, bands, bbk)
    return summary(conn, branch, period, bands, bbk)


def write_counted(out: Path, found: Diary | Summary, title: str, lang: str) -> None:
    """The figures as a PDF or XLSX (by `out`'s suffix), headed with `title`."""
    pdf = out.suffix.lower() == ".pdf"
    if isinstance(found, Diary):
        (write_diary_pdf if pdf else write_diary_xlsx)(out, found, title, lang)
    else:
        (write_summary_pdf if pdf else write_summary_xlsx)(out, found, title, lang)
