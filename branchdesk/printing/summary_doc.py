"""The summary as a PDF (A4): the totals, the four indicators each with what it divides, a
bar chart of loans and visits by month, and the events by programme and form."""

from __future__ import annotations

from pathlib import Path

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing
from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from branchdesk.printing import fonts
from branchdesk.printing.diary_labels import event_form
from branchdesk.printing.document import build, frame_width, para, table
from branchdesk.printing.summary_labels import word
from branchdesk.reports.summary import Summary

MARGIN = 15 * mm
LOANS, VISITS = Color(0.2, 0.4, 0.65), Color(0.85, 0.55, 0.15)


def write_summary_pdf(out: Path, found: Summary, branch: str, lang: str) -> None:
    width = frame_width(A4, MARGIN)
    period = found.period
    story: list[Flowable] = [
        para(word(lang, "title"), 14, bold=True),
        para(f"{branch} · {period.name} ({period.start:%d.%m.%Y}–{period.end:%d.%m.%Y})", 9),
        Spacer(1, 4 * mm),
        para(word(lang, "figures"), 11, bold=True),
        table(
            ["", ""],
            [
                [word(lang, k), str(found.totals[k])]
                for k in ("readers", "new_readers", "visits", "loans", "fund")
            ]
            + [
                [word(lang, "events_held"), str(found.totals["events"])],
                [word(lang, "attendance"), str(found.totals["attendance"])],
            ],
            [width * 0.75, width * 0.25],
            9,
        ),
        Spacer(1, 4 * mm),
        para(word(lang, "indicators"), 11, bold=True),
        table(
            [word(lang, "indicator"), word(lang, "value"), word(lang, "made_of")],
            [
                [
                    word(lang, i.key),
                    "—" if i.value is None else f"{i.value:.2f}",
                    f"{found.totals[i.numerator]} ÷ {found.totals[i.denominator]} "
                    f"({word(lang, i.numerator)} ÷ {word(lang, i.denominator)})",
                ]
                for i in found.indicators
            ],
            [width * 0.38, width * 0.12, width * 0.5],
            9,
        ),
        Spacer(1, 4 * mm),
        para(word(lang, "by_month"), 11, bold=True),
        _chart(found, width, lang),
        Spacer(1, 4 * mm),
        para(word(lang, "events"), 11, bold=True),
    ]
    if found.events:
        rows = [
            [
                e.programme or word(lang, "no_programme"),
                event_form(lang, e.form),
                str(e.events),
                str(e.attendance),
            ]
            for e in found.events
        ]
        header = [word(lang, k) for k in ("programme", "form", "count", "came")]
        shares = (0.4, 0.28, 0.16, 0.16)
        story.append(table(header, rows, [width * s for s in shares], 9))
    else:
        story.append(para(word(lang, "none"), 9))
    build(out, story, A4, MARGIN, word(lang, "title"))


def _chart(found: Summary, width: float, lang: str) -> Drawing:
    height = 70 * mm
    drawing = Drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 30, 25
    chart.width, chart.height = int(width - 40), int(height - 45)
    chart.data = [[m[2] for m in found.months] or [0], [m[3] for m in found.months] or [0]]
    chart.categoryAxis.categoryNames = [f"{m:02d}.{y}" for y, m, _, _ in found.months] or [""]
    for axis in (chart.categoryAxis, chart.valueAxis):
        axis.labels.fontName = fonts.REGULAR
        axis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    chart.bars[0].fillColor = LOANS
    chart.bars[1].fillColor = VISITS
    drawing.add(chart)
    legend = Legend()
    legend.x, legend.y = 40, int(height - 5)
    legend.fontName = fonts.REGULAR
    legend.fontSize = 8
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.colorNamePairs = [(LOANS, word(lang, "loans")), (VISITS, word(lang, "visits"))]
    drawing.add(legend)
    return drawing
