"""The library work diary as a PDF: A4 landscape, a row per day, the period's total, the
figures carried over from 1 January and those since 1 January; the events listed."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer

from branchdesk.printing.diary_labels import audience, column, event_form, part
from branchdesk.printing.document import Upright, build, frame_width, para, table
from branchdesk.reports.diary import (
    ENQUIRY_COLUMNS,
    LOAN_COLUMNS,
    READER_COLUMNS,
    VISIT_COLUMNS,
    Diary,
)

PAGE = landscape(A4)
MARGIN = 10 * mm
DAY_WIDTH = 80.0


def write_diary_pdf(out: Path, diary: Diary, branch: str, lang: str) -> None:
    period = diary.period
    story: list[Flowable] = [
        para(part(lang, "title"), 14, bold=True),
        para(
            f"{part(lang, 'branch')}: {branch} · {part(lang, 'period')}: {period.name} "
            f"({period.start:%d.%m.%Y}–{period.end:%d.%m.%Y})",
            9,
        ),
        Spacer(1, 3 * mm),
    ]
    for key, columns in (
        ("readers", READER_COLUMNS + VISIT_COLUMNS),
        ("loans", LOAN_COLUMNS),
        ("enquiries", ENQUIRY_COLUMNS),
    ):
        story += [para(part(lang, key), 11, bold=True), Spacer(1, 1 * mm)]
        story.append(_figures(diary, columns, lang))
        story.append(PageBreak())
    story += [para(part(lang, "events"), 11, bold=True), Spacer(1, 1 * mm)]
    if diary.events:
        width = frame_width(PAGE, MARGIN)
        keys = ("date", "form", "event", "programme", "audience", "attendance")
        shares = (0.09, 0.14, 0.37, 0.2, 0.12, 0.08)
        rows = [
            [
                f"{e.day:%d.%m.%Y}",
                event_form(lang, e.form),
                e.title,
                e.programme or "",
                audience(lang, e.audience),
                str(e.attendance),
            ]
            for e in diary.events
        ]
        story.append(table([part(lang, k) for k in keys], rows, [width * s for s in shares], 7))
    else:
        story.append(para(part(lang, "no_events"), 9))
    build(out, story, PAGE, MARGIN, part(lang, "title"))


def _figures(diary: Diary, columns: Sequence[str], lang: str) -> Flowable:
    width = frame_width(PAGE, MARGIN)
    each = (width - DAY_WIDTH) / len(columns)
    rows = [[f"{day:%d.%m}", *(_cell(diary.days[day][c]) for c in columns)] for day in diary.days]
    for key, figures in (
        ("period_total", diary.period_total),
        ("before_period", diary.before_period),
        ("year_to_date", diary.year_to_date),
    ):
        rows.append([part(lang, key), *(str(figures[c]) for c in columns)])
    header: list[str | Flowable] = [part(lang, "day")]
    header += [Upright(column(lang, c)) for c in columns]
    return table(header, rows, [DAY_WIDTH, *([each] * len(columns))], 6, numbers=True)


def _cell(value: int) -> str:
    return str(value) if value else ""  # an empty cell reads faster than a column of zeros
