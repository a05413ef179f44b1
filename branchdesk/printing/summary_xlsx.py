"""The summary as a workbook: the totals as numbers, each indicator as a formula over them
(so it follows a corrected total), loans and visits by month, events by programme and form."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

from branchdesk.printing.diary_labels import event_form
from branchdesk.printing.output import write_whole
from branchdesk.printing.summary_labels import word
from branchdesk.reports.summary import Summary

TOTALS = ("readers", "new_readers", "visits", "loans", "fund", "events", "attendance")


def write_summary_xlsx(out: Path, found: Summary, branch: str, lang: str) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = word(lang, "figures")[:31]
    sheet.append([f"{word(lang, 'title')} · {branch} · {found.period.name}"])
    row_of: dict[str, int] = {}
    for key in TOTALS:
        label = word(lang, "events_held" if key == "events" else key)
        sheet.append([label, found.totals[key]])
        row_of[key] = sheet.max_row
    sheet.append([])
    sheet.append([word(lang, "indicator"), word(lang, "value")])
    for cell in sheet[sheet.max_row]:
        cell.font = Font(bold=True)
    for indicator in found.indicators:
        top, bottom = f"B{row_of[indicator.numerator]}", f"B{row_of[indicator.denominator]}"
        sheet.append([word(lang, indicator.key), f'=IF({bottom}=0,"",ROUND({top}/{bottom},2))'])
    sheet.column_dimensions["A"].width = 52

    months = book.create_sheet(word(lang, "by_month")[:31])
    months.append([word(lang, "month"), word(lang, "loans"), word(lang, "visits")])
    for year, month, loans, visits in found.months:
        months.append([f"{month:02d}.{year}", loans, visits])
    last = months.max_row
    months.append(["Σ", f"=SUM(B2:B{last})", f"=SUM(C2:C{last})"])

    events = book.create_sheet(word(lang, "events")[:31])
    events.append([word(lang, k) for k in ("programme", "form", "count", "came")])
    for e in found.events:
        programme = e.programme or word(lang, "no_programme")
        events.append([programme, event_form(lang, e.form), e.events, e.attendance])
    last = events.max_row
    events.append(["Σ", "", f"=SUM(C2:C{last})", f"=SUM(D2:D{last})"])
    for ws in (months, events):
        for cell in ws[1]:
            cell.font = Font(bold=True)
    write_whole(out, book.save)
