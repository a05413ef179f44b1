"""Reading printed documents back as a user's tools would: the text through pdftotext, the
barcodes through zbarimg on a pdftoppm raster (reference/toolchain.md, recipe G)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest


def needs(*tools: str) -> pytest.MarkDecorator:
    """Skip, saying why, where poppler-utils or zbar-tools are missing (.ci/run has them)."""
    missing = [t for t in tools if shutil.which(t) is None]
    return pytest.mark.skipif(bool(missing), reason=f"needs {', '.join(missing)}")


def pdf_text(pdf: Path, *, layout: bool = False) -> str:
    command = ["pdftotext", *(["-layout"] if layout else []), "-enc", "UTF-8", str(pdf), "-"]
    return subprocess.run(command, check=True, capture_output=True, text=True).stdout


def barcodes(pdf: Path, folder: Path, *, dpi: int = 200) -> list[str]:
    """Every barcode zbarimg finds on the document's pages, as their text."""
    prefix = folder / f"{pdf.stem}-page"
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(pdf), str(prefix)], check=True)
    found: list[str] = []
    for page in sorted(folder.glob(f"{prefix.name}-*.png")):
        result = subprocess.run(
            ["zbarimg", "-q", str(page)], check=False, capture_output=True, text=True
        )
        found += [line.split(":", 1)[1] for line in result.stdout.splitlines()]
    return found
