"""The bundled DejaVu Sans, registered with Qt so every PC shows all Kazakh letters alike."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

FAMILY = "DejaVu Sans"


def resources_dir() -> Path:
    bundled = getattr(sys, "_MEIPASS", None)
    if bundled is not None:
        return Path(bundled) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def install_fonts(app: QApplication, point_size: int = 10) -> str:
    """Register the bundled fonts and make DejaVu Sans the application font."""
    family = FAMILY
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"):
        font_id = QFontDatabase.addApplicationFont(str(resources_dir() / "fonts" / name))
        if font_id >= 0:
            family = QFontDatabase.applicationFontFamilies(font_id)[0]
    app.setFont(QFont(family, point_size))
    return family
