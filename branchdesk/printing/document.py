"""What the flowing documents share (slips, формуляр, overdue letters and lists): paragraph
styles in the bundled fonts, a plain ruled table, and building a story into a PDF whole."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import Any

from reportlab.lib.colors import Color
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Table, TableStyle

from branchdesk.printing import fonts
from branchdesk.printing.output import write_whole

RULE = Color(0.6, 0.6, 0.6)
SHADE = Color(0.93, 0.93, 0.93)


@cache
def style(
    name: str, size: float = 9, bold: bool = False, leading: float | None = None
) -> ParagraphStyle:
    fonts.register()
    return ParagraphStyle(
        name,
        fontName=fonts.BOLD if bold else fonts.REGULAR,
        fontSize=size,
        leading=leading or size * 1.25,
    )


def para(text: str, size: float = 9, *, bold: bool = False) -> Paragraph:
    """A paragraph of plain text (escaped: a reader's name may hold "<" or "&")."""
    escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return Paragraph(escaped, style(f"{size}-{bold}", size, bold))


def table(
    header: Sequence[str | Flowable],
    rows: Sequence[Sequence[str]],
    widths: Sequence[float],
    size: float = 8,
    *,
    numbers: bool = False,
) -> Table:
    """A ruled table whose header repeats on every page; cells wrap, never overflow. With
    `numbers`, every column but the first holds figures: set as plain text, which a year of
    daily rows needs (a wrapping paragraph per cell takes several times as long)."""
    cells: list[list[Flowable | str]] = [
        [h if isinstance(h, Flowable) else para(h, size, bold=True) for h in header]
    ]
    if numbers:
        cells += [[para(str(row[0]), size), *(str(c) for c in row[1:])] for row in rows]
    else:
        cells += [[para(str(c), size) for c in row] for row in rows]
    found = Table(cells, colWidths=list(widths), repeatRows=1)
    found.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), fonts.REGULAR, size),
                ("GRID", (0, 0), (-1, -1), 0.4, RULE),
                ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
                ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ]
        )
    )
    return found


def build(
    out: Path,
    story: list[Flowable],
    pagesize: tuple[float, float],
    margin: float = 12 * mm,
    title: str = "",
) -> None:
    fonts.register()

    def make(path: Path) -> None:
        SimpleDocTemplate(
            str(path),
            pagesize=pagesize,
            leftMargin=margin,
            rightMargin=margin,
            topMargin=margin,
            bottomMargin=margin,
            title=title,
            author="branchdesk",
        ).build(story, canvasmaker=_canvas)

    write_whole(out, make)


class Upright(Flowable):
    """A column heading set bottom to top, so that a narrow column keeps its words whole."""

    def __init__(self, text: str, size: float = 6) -> None:
        super().__init__()
        self.text = text
        self.size = size

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.size * 1.3, fonts.width(self.text, fonts.BOLD, self.size) + 2

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.rotate(90)
        canvas.setFont(fonts.BOLD, self.size)
        canvas.drawString(1, -self.size, self.text)
        canvas.restoreState()


def _canvas(*args: Any, **kwargs: Any) -> Canvas:
    # Else reportlab names Helvetica (no Cyrillic) as each page's first font.
    kwargs.setdefault("initialFontName", fonts.REGULAR)
    return Canvas(*args, **kwargs)  # platypus passes its own page size and title


# SimpleDocTemplate's frame keeps this much inside its margins on every side.
FRAME_PADDING = 6


def frame_width(pagesize: tuple[float, float], margin: float) -> float:
    return pagesize[0] - 2 * margin - 2 * FRAME_PADDING


def lines_needed(text: str, size: float, width: float) -> int:
    return len(simpleSplit(text, fonts.REGULAR, size, width)) or 1
