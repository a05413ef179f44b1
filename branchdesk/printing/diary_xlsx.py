"""The library work diary as a workbook: one sheet per part, real numbers per day, and the
totals as formulas (SUM over the days; the year to date as the period plus what came before),
so a librarian can correct a day and see the totals follow."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from branchdesk.printing.diary_labels import audience, column, event_form, part
from branchdesk.printing.output import write_whole
from branchdesk.reports.diary import (
    ENQUIRY_COLUMNS,
    LOAN_COLUMNS,
    READER_COLUMNS,
    VISIT_COLUMNS,
    Diary,
)

SHEETS = (
    ("readers", READER_COLUMNS + VISIT_COLUMNS),
    ("loans", LOAN_COLUMNS),
    ("enquiries", ENQUIRY_COLUMNS),
)


def write_diary_xlsx(out: Path, diary: Diary, branch: str, lang: str) -> None:
    book = Workbook()
    for sheet in book.worksheets:  # the empty sheet a new workbook comes with
        book.remove(sheet)
    for key, columns in SHEETS:
        _figures(book.create_sheet(part(lang, key)[:31]), diary, columns, branch, lang)
    events = book.create_sheet(part(lang, "events")[:31])
    keys = ("date", "form", "event", "programme", "audience", "attendance")
    events.append([part(lang, k) for k in keys])
    for e in diary.events:
        form, who = event_form(lang, e.form), audience(lang, e.audience)
        events.append([e.day, form, e.title, e.programme, who, e.attendance])
    for cell in events[1]:
        cell.font = Font(bold=True)
    write_whole(out, book.save)


def _figures(ws: Worksheet, diary: Diary, columns: Sequence[str], branch: str, lang: str) -> None:
    ws.append([f"{part(lang, 'title')} · {branch} · {diary.period.name}"])
    ws.append([part(lang, "day"), *(column(lang, c) for c in columns)])
    first = 3
    for day, figures in diary.days.items():
        ws.append([day, *(figures[c] for c in columns)])
    last = first + len(diary.days) - 1
    total_row, before_row = last + 1, last + 2
    ws.append(
        [
            part(lang, "period_total"),
            *(
                f"=SUM({get_column_letter(n)}{first}:{get_column_letter(n)}{last})"
                for n in range(2, len(columns) + 2)
            ),
        ]
    )
    ws.append([part(lang, "before_period"), *(diary.before_period[c] for c in columns)])
    ws.append(
        [
            part(lang, "year_to_date"),
            *(
                f"={get_column_letter(n)}{total_row}+{get_column_letter(n)}{before_row}"
                for n in range(2, len(columns) + 2)
            ),
        ]
    )
    for cell in ws[2]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    for row in range(first, last + 1):
        ws.cell(row=row, column=1).number_format = "DD.MM.YYYY"
    ws.column_dimensions["A"].width = 16
