"""Item labels (DESIGN §7): A4 sheets of 24 self-adhesive labels (3 × 8, 70 × 37 mm, the
common stock in Kazakh stationery shops). Each label: the BBK shelf mark and the author for
the spine or the pocket, a short title, the copy's barcode (Code128) and its inventory
number, and the branch."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.graphics.barcode.code128 import Code128
from reportlab.lib.colors import Color, black
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from branchdesk.printing import fonts
from branchdesk.printing.output import write_whole

COLUMNS, ROWS = 3, 8
LABEL_W = A4[0] / COLUMNS  # 70 mm
LABEL_H = A4[1] / ROWS  # 37.1 mm
PAD = 3 * mm
BAR_WIDTH = 0.3 * mm
BAR_HEIGHT = 8 * mm
GREY = Color(0.45, 0.45, 0.45)
CUT = Color(0.8, 0.8, 0.8)
TITLE_LINES = 2


@dataclass(frozen=True)
class ItemLabel:
    barcode: str
    inventory_number: str | None
    shelf_mark: str | None  # the BBK index
    author: str | None
    title: str
    branch: str


def write_labels(out: Path, labels: Sequence[ItemLabel], *, outline: bool = True) -> int:
    """Write the labels to `out` (PDF), 24 to a page; returns the number of pages."""
    fonts.register()
    pages = 0
    per_page = COLUMNS * ROWS

    def make(path: Path) -> None:
        nonlocal pages
        canvas = fonts.canvas(str(path), A4, "Item labels")
        for start in range(0, len(labels), per_page):
            for n, label in enumerate(labels[start : start + per_page]):
                column, row = n % COLUMNS, n // COLUMNS
                x, y = column * LABEL_W, A4[1] - (row + 1) * LABEL_H
                _draw(canvas, x, y, label, outline=outline)
            canvas.showPage()
            pages += 1
        canvas.save()

    write_whole(out, make)
    return pages


def short_title(title: str, font: str, size: float, room: float, lines: int) -> list[str]:
    """The title on at most `lines` lines; what does not fit ends in an ellipsis at a word."""
    wrapped = fonts.wrap(title, font, size, room)
    if len(wrapped) <= lines:
        return wrapped
    kept = wrapped[:lines]
    last = kept[-1]
    while last and fonts.width(f"{last}…", font, size) > room:
        last = last.rsplit(" ", 1)[0] if " " in last else last[:-1]
    kept[-1] = f"{last}…"
    return kept


def _draw(canvas: Canvas, x: float, y: float, label: ItemLabel, *, outline: bool) -> None:
    canvas.saveState()
    canvas.translate(x, y)
    if outline:
        canvas.setStrokeColor(CUT)
        canvas.setLineWidth(0.3)
        canvas.rect(0, 0, LABEL_W, LABEL_H)
    room = LABEL_W - 2 * PAD
    top = LABEL_H - PAD - 7

    # The shelf mark large at the left, the branch small at the right.
    canvas.setFillColor(black)
    mark = label.shelf_mark or "—"
    size = fonts.fitted(mark, fonts.BOLD, 9, 6, room * 0.7) or 6
    canvas.setFont(fonts.BOLD, size)
    canvas.drawString(PAD, top, mark)
    canvas.setFont(fonts.REGULAR, 6)
    canvas.setFillColor(GREY)
    canvas.drawRightString(LABEL_W - PAD, top, label.branch)
    canvas.setFillColor(black)
    line = top - 8
    if label.author:
        author = label.author.split(",")[0].strip()  # the first author is the shelf's
        fits = fonts.fitted(author, fonts.REGULAR, 7, 5, room)
        if fits is None:
            fits, author = 5, short_title(author, fonts.REGULAR, 5, room, 1)[0]
        canvas.setFont(fonts.REGULAR, fits)
        canvas.drawString(PAD, line, author)
        line -= 8
    for part in short_title(label.title, fonts.REGULAR, 6.5, room, TITLE_LINES):
        canvas.setFont(fonts.REGULAR, 6.5)
        canvas.drawString(PAD, line, part)
        line -= 7.5

    barcode = Code128(label.barcode, barWidth=BAR_WIDTH, barHeight=BAR_HEIGHT, quiet=True)
    bar_y = PAD + 7
    barcode.drawOn(canvas, PAD - barcode.lquiet + 1, bar_y)
    canvas.setFont(fonts.BOLD, 7)
    canvas.drawString(PAD + 1, PAD, label.barcode)
    if label.inventory_number:
        canvas.setFont(fonts.REGULAR, 6)
        canvas.setFillColor(GREY)
        canvas.drawRightString(LABEL_W - PAD, PAD, f"инв. № {label.inventory_number}")
    canvas.restoreState()
