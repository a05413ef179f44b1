"""Reader cards (DESIGN §7): CR80 (85.6 × 54 mm) one per page for a card printer, or A4
sheets of ten to cut out. Each card: the library and branch in Kazakh and Russian, the
reader's name (smaller or on two lines when long, never cut), the card number as a Code128
barcode and as text, the year it is valid until, and a place for the library's stamp."""

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

CARD_W = 85.6 * mm
CARD_H = 54.0 * mm
PAD = 3.5 * mm
GREY = Color(0.45, 0.45, 0.45)
CUT = Color(0.7, 0.7, 0.7)
SHEET_COLUMNS, SHEET_ROWS = 2, 5  # ten cards on an A4 sheet
BAR_WIDTH = 0.33 * mm  # a module: 2.6 pixels at 200 dpi, read by any scanner
BAR_HEIGHT = 10 * mm


@dataclass(frozen=True)
class ReaderCard:
    card_number: str
    full_name: str
    valid_until_year: int | None
    library_kk: str
    library_ru: str
    branch_kk: str
    branch_ru: str


@dataclass(frozen=True)
class CardWords:
    """The card's fixed words, in both languages of the library (not the desk's language:
    a card is read by readers of either)."""

    title: str = "ОҚЫРМАН БИЛЕТІ · ЧИТАТЕЛЬСКИЙ БИЛЕТ"
    valid: str = "Жарамды · Действителен до"
    stamp: str = "М.О. · М.П."


def write_cards(
    out: Path, cards: Sequence[ReaderCard], *, sheet: bool, words: CardWords = CardWords()
) -> int:
    """Write the cards to `out` (PDF); returns the number of pages."""
    fonts.register()
    pages = 0

    def make(path: Path) -> None:
        nonlocal pages
        size = A4 if sheet else (CARD_W, CARD_H)
        canvas = fonts.canvas(str(path), size, "Reader cards")
        per_page = SHEET_COLUMNS * SHEET_ROWS if sheet else 1
        for start in range(0, len(cards), per_page):
            for n, card in enumerate(cards[start : start + per_page]):
                x, y = _place(n) if sheet else (0.0, 0.0)
                _draw(canvas, x, y, card, words, outline=sheet)
            canvas.showPage()
            pages += 1
        canvas.save()

    write_whole(out, make)
    return pages


def _place(n: int) -> tuple[float, float]:
    """The lower left corner of the n-th card on an A4 sheet (row by row from the top)."""
    width, height = A4
    left = (width - SHEET_COLUMNS * CARD_W) / 2
    top = height - (height - SHEET_ROWS * CARD_H) / 2
    column, row = n % SHEET_COLUMNS, n // SHEET_COLUMNS
    return left + column * CARD_W, top - (row + 1) * CARD_H


def _draw(
    canvas: Canvas, x: float, y: float, card: ReaderCard, words: CardWords, *, outline: bool
) -> None:
    canvas.saveState()
    canvas.translate(x, y)
    if outline:  # where to cut
        canvas.setStrokeColor(CUT)
        canvas.setLineWidth(0.3)
        canvas.rect(0, 0, CARD_W, CARD_H)
    room = CARD_W - 2 * PAD
    # Baselines from the top down, in points.
    y = CARD_H - PAD - 4

    # The library and the branch, in Kazakh and in Russian.
    canvas.setFillColor(GREY)
    y = _centred(canvas, card.library_kk, fonts.REGULAR, 5.5, 4.0, room, y) - 7
    y = _centred(canvas, card.library_ru, fonts.REGULAR, 5.5, 4.0, room, y) - 10
    canvas.setFillColor(black)
    branch = (
        card.branch_kk
        if card.branch_kk == card.branch_ru
        else f"{card.branch_kk} · {card.branch_ru}"
    )
    y = _centred(canvas, branch, fonts.BOLD, 7.5, 4.5, room, y) - 11
    y = _centred(canvas, words.title, fonts.BOLD, 6.5, 4.5, room, y)
    canvas.setStrokeColor(CUT)
    canvas.setLineWidth(0.4)
    canvas.line(PAD, y - 3, CARD_W - PAD, y - 3)

    # The reader's name: as large as fits, else on two lines; never cut.
    _name(canvas, card.full_name, room, y - 17)

    # The card number as a barcode, and as text under it.
    barcode = Code128(card.card_number, barWidth=BAR_WIDTH, barHeight=BAR_HEIGHT, quiet=True)
    bar_y = PAD + 10
    barcode.drawOn(canvas, PAD - barcode.lquiet + 1, bar_y)
    canvas.setFont(fonts.BOLD, 8)
    canvas.drawCentredString(PAD + 1 + barcode.width / 2 - barcode.lquiet, PAD, card.card_number)

    # Valid until, and the stamp's place.
    stamp_w = 19 * mm
    stamp_x = CARD_W - PAD - stamp_w
    if card.valid_until_year is not None:
        canvas.setFont(fonts.REGULAR, 5)
        canvas.setFillColor(GREY)
        canvas.drawRightString(CARD_W - PAD, bar_y + BAR_HEIGHT + 8, words.valid)
        canvas.setFillColor(black)
        canvas.setFont(fonts.BOLD, 9)
        canvas.drawRightString(CARD_W - PAD, bar_y + BAR_HEIGHT - 3, str(card.valid_until_year))
    canvas.setStrokeColor(GREY)
    canvas.setDash(1.5, 1.5)
    canvas.setLineWidth(0.4)
    stamp_r = 5.2 * mm
    canvas.circle(stamp_x + stamp_w / 2, PAD + stamp_r - 3, stamp_r)
    canvas.setDash()
    canvas.setFont(fonts.REGULAR, 4.5)
    canvas.setFillColor(GREY)
    canvas.drawCentredString(stamp_x + stamp_w / 2, PAD + stamp_r - 4.5, words.stamp)
    canvas.restoreState()


def _centred(
    canvas: Canvas, text: str, font: str, largest: float, smallest: float, room: float, y: float
) -> float:
    """Draw `text` centred at baseline `y`, shrunk to fit (wrapped if even the smallest size
    is too wide); returns the baseline of the last line drawn."""
    size = fonts.fitted(text, font, largest, smallest, room)
    if size is not None:
        canvas.setFont(font, size)
        canvas.drawCentredString(CARD_W / 2, y, text)
        return y
    lines = fonts.wrap(text, font, smallest, room)
    for n, part in enumerate(lines):
        canvas.setFont(font, smallest)
        canvas.drawCentredString(CARD_W / 2, y - n * (smallest + 1.5), part)
    return y - (len(lines) - 1) * (smallest + 1.5)


def _name(canvas: Canvas, name: str, room: float, y: float) -> float:
    size = fonts.fitted(name, fonts.BOLD, 12, 8, room)
    if size is not None:
        canvas.setFont(fonts.BOLD, size)
        canvas.drawCentredString(CARD_W / 2, y, name)
        return y
    lines = fonts.wrap(name, fonts.BOLD, 8, room)
    size = min(
        fonts.fitted(part, fonts.BOLD, 10, 5, room) or 5 for part in lines
    )  # one size for every line of the name
    for n, part in enumerate(lines):
        canvas.setFont(fonts.BOLD, size)
        canvas.drawCentredString(CARD_W / 2, y + 2 - n * (size + 1.5), part)
    return y - (len(lines) - 1) * (size + 1.5)
