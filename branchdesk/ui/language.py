"""The desk's language, switched at run time: Qt translators over the compiled catalogues.

Kazakh in Latin script is not a second catalogue to keep: a translator wraps the Kazakh one
and transliterates each text with the domain's 2021 alphabet.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from branchdesk.domain.kazlatin import to_latin
from branchdesk.i18n import KAZAKH_LATIN, translations_dir

CHOICES = ("kk", KAZAKH_LATIN, "ru", "en")


class _Script:
    """Whether the desk speaks Kazakh in Latin script: Qt's locale is Kazakh (Cyrillic)
    either way, and the names it makes (months, weekdays) are transliterated by
    ui/calendar_names.py. One desk, one language at a time, like QLocale's default."""

    latin = False


_SCRIPT = _Script()


def latin_script() -> bool:
    return _SCRIPT.latin


class LatinTranslator(QTranslator):
    def __init__(self, kazakh: QTranslator) -> None:
        super().__init__()
        self._kazakh = kazakh

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        text = self._kazakh.translate(context, source, disambiguation, n)
        # None, not "", when the Kazakh catalogue lacks a text: "" would stop Qt's chain of
        # translators and leave buttons blank.
        return to_latin(text) if text else None

    def isEmpty(self) -> bool:
        return False


def compiled_catalogue(lang: str, cache: Path) -> Path | None:
    """The .qm for `lang`: the one `make i18n` built, or one compiled now into `cache`."""
    source = translations_dir() / f"branchdesk_{lang}.ts"
    built = source.with_suffix(".qm")
    # In the bundle the copies' times say nothing (and there is no lrelease): the bundled
    # .qm was compiled from the bundled .ts by `make package`.
    if built.exists() and (
        getattr(sys, "frozen", False)
        or not source.exists()
        or built.stat().st_mtime >= source.stat().st_mtime
    ):
        return built
    if not source.exists():
        return None
    target = cache / built.name
    if target.exists() and target.stat().st_mtime >= source.stat().st_mtime:
        return target
    beside_python = Path(sys.executable).with_name("pyside6-lrelease")
    tool = shutil.which("pyside6-lrelease") or str(beside_python)
    cache.mkdir(parents=True, exist_ok=True)
    try:
        done = subprocess.run(
            [tool, str(source), "-qm", str(target)], capture_output=True, check=False
        )
    except OSError:
        return None  # no lrelease on this PC: the desk speaks English rather than not start
    return target if done.returncode == 0 and target.exists() else None


class Languages:
    """Installs and swaps the translators; Qt then sends LanguageChange to every widget."""

    def __init__(self, app: QApplication, cache: Path) -> None:
        self._app = app
        self._cache = cache
        self._installed: list[QTranslator] = []
        self.current = "en"

    def apply(self, lang: str) -> bool:
        if lang not in CHOICES:
            lang = "en"
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed.clear()
        base = "kk" if lang == KAZAKH_LATIN else lang
        # English is the source language; its catalogue holds only the plural forms.
        ours = QTranslator(self._app)
        path = compiled_catalogue(base, self._cache)
        ok = path is not None and ours.load(str(path))
        if base != "en":
            qt = QTranslator(self._app)
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            if qt.load(f"qtbase_{base}", qt_dir):  # Qt's own buttons and dialogs
                self._install(LatinTranslator(qt) if lang == KAZAKH_LATIN else qt)
        if ok:
            self._install(LatinTranslator(ours) if lang == KAZAKH_LATIN else ours)
        QLocale.setDefault(
            QLocale(
                QLocale.Language.Kazakh
                if base == "kk"
                else QLocale.Language.Russian
                if base == "ru"
                else QLocale.Language.English
            )
        )
        self.current = lang
        _SCRIPT.latin = lang == KAZAKH_LATIN
        return ok

    def _install(self, translator: QTranslator) -> None:
        self._app.installTranslator(translator)
        self._installed.append(translator)
