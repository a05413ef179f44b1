"""Where a branch keeps its files: `--data-dir`, else BRANCHDESK_DATA_DIR, else the user's
data directory (platformdirs: %LOCALAPPDATA%\\branchdesk on Windows)."""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

DB_NAME = "branch.sqlite"


def data_dir(option: str | None = None) -> Path:
    if option:
        return Path(option).expanduser()
    env = os.environ.get("BRANCHDESK_DATA_DIR")
    if env:
        return Path(env).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir("branchdesk", appauthor=False))


def database_path(directory: Path) -> Path:
    return directory / DB_NAME


def backups_dir(directory: Path) -> Path:
    return directory / "backups"


def resources_dir() -> Path:
    """The bundled fonts and images: inside the PyInstaller bundle, or beside the package."""
    bundled = getattr(sys, "_MEIPASS", None)
    if bundled is not None:
        return Path(bundled) / "resources"
    return Path(__file__).resolve().parents[1] / "resources"


def printouts_dir(directory: Path) -> Path:
    """Documents made for printing: reader cards, slips, reports."""
    return directory / "printouts"


def restrict_to_user(folder: Path) -> None:
    """Only this user may open the data folder (readers' personal data is in it).

    On POSIX the mode says so. On Windows the folder is in %LOCALAPPDATA%, whose access list
    already admits only the user, SYSTEM and administrators (packaging/README.md), and
    os.chmod there only toggles the read-only flag, so nothing is done.
    """
    if os.name != "posix":
        return
    # A folder on a stick or a share follows its own rules; the desk still works there.
    with contextlib.suppress(OSError):
        if folder.stat().st_uid == os.getuid() and folder.stat().st_mode & 0o077:
            folder.chmod(0o700)
