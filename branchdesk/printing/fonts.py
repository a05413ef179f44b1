"""The bundled DejaVu Sans registered with reportlab: every Kazakh and Russian letter, on
every PC alike (reportlab's own Helvetica has no Cyrillic and prints black boxes)."""

from __future__ import annotations

from functools import cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from branchdesk.errors import WorldError
from branchdesk.paths import resources_dir

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"


@cache
def register() -> None:
    """Register the fonts once per process; a missing font file is the world's error."""
    folder = resources_dir() / "fonts"
    for name in (REGULAR, BOLD):
        path = folder / f"{name}.ttf"
        if not path.is_file():
            raise WorldError("font_missing", path=str(path))
        pdfmetrics.registerFont(TTFont(name, str(path)))
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)


def canvas(path: str, pagesize: tuple[float, float], title: str) -> Canvas:
    """A canvas whose pages begin in DejaVu Sans: reportlab would name Helvetica (no
    Cyrillic) as each page's first font."""
    register()
    found = Canvas(
        path,
        pagesize=pagesize,
        pageCompression=1,
        initialFontName=REGULAR,  # type: ignore[arg-type]  # the stubs say float
    )
    found.setTitle(title)
    found.setAuthor("branchdesk")
    return found


def width(text: str, font: str, size: float) -> float:
    return float(pdfmetrics.stringWidth(text, font, size))


def fitted(text: str, font: str, largest: float, smallest: float, room: float) -> float | None:
    """The largest size (in half points) at which `text` fits in `room`, or None."""
    size = largest
    while size >= smallest:
        if width(text, font, size) <= room:
            return size
        size -= 0.5
    return None


def wrap(text: str, font: str, size: float, room: float) -> list[str]:
    """Words onto lines no wider than `room`; a single word wider than that is broken
    between letters (its letters all printed, never cut off)."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        trial = f"{current} {word}".strip()
        if width(trial, font, size) <= room:
            current = trial
            continue
        if current:
            lines.append(current)
        current = word
        while width(current, font, size) > room and len(current) > 1:
            cut = len(current)
            while cut > 1 and width(current[:cut], font, size) > room:
                cut -= 1
            lines.append(current[:cut])
            current = current[cut:]
    if current:
        lines.append(current)
    return lines
