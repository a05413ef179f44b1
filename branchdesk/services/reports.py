"""Reports as files (DESIGN §7, §9): `branchdesk report NAME --period P --out FILE.pdf|.xlsx`.
The figures are counted over the branch's database, then written in the chosen language."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from branchdesk.errors import InvalidInput
from branchdesk.printing.diary_pdf import write_diary_pdf
from branchdesk.printing.diary_xlsx import write_diary_xlsx
from branchdesk.printing.summary_doc import write_summary_pdf
from branchdesk.printing.summary_xlsx import write_summary_xlsx
from branchdesk.reports.diary import diary
from branchdesk.reports.period import Period, parse_period
from branchdesk.reports.summary import summary
from branchdesk.services.context import BranchContext
from branchdesk.services.settings import branch_details

REPORTS = ("diary", "summary")


@dataclass(frozen=True)
class ReportMade:
    name: str
    period: Period
    path: Path


def make_report(ctx: BranchContext, name: str, period: str, out: Path, lang: str) -> ReportMade:
    if name not in REPORTS:
        raise InvalidInput("unknown_report", field="name", known=", ".join(REPORTS))
    suffix = out.suffix.lower()
    if suffix not in (".pdf", ".xlsx"):
        raise InvalidInput("pdf_or_xlsx", field="out")
    chosen = parse_period(period, ctx.today())
    bands, bbk = ctx.config.age_bands, ctx.config.bbk_map
    branch = branch_details(ctx).name_in(lang)
    with ctx.db.read() as session:
        conn = session.connection().connection.driver_connection
        assert isinstance(conn, sqlite3.Connection)  # the branch database
        if name == "diary":
            figures = diary(conn, ctx.branch, chosen, bands, bbk)
            write = write_diary_pdf if suffix == ".pdf" else write_diary_xlsx
            write(out, figures, branch, lang)
        else:
            found = summary(conn, ctx.branch, chosen, bands, bbk)
            written = write_summary_pdf if suffix == ".pdf" else write_summary_xlsx
            written(out, found, branch, lang)
    return ReportMade(name, chosen, out)
