"""The bundled DejaVu Sans, registered with Qt so every PC shows all Kazakh letters alike."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from branchdesk.paths import resources_dir

FAMILY = "DejaVu Sans"


def install_fonts(app: QApplication, point_size: int = 10) -> str:
    """Register the bundled fonts and make DejaVu Sans the application font."""
    family = FAMILY
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"):
        font_id = QFontDatabase.addApplicationFont(str(resources_dir() / "fonts" / name))
        if font_id >= 0:
            family = QFontDatabase.applicationFontFamilies(font_id)[0]
    app.setFont(QFont(family, point_size))
    return family
