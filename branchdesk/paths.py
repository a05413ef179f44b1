"""Where a branch keeps its files: `--data-dir`, else BRANCHDESK_DATA_DIR, else the user's
data directory (platformdirs: %LOCALAPPDATA%\\branchdesk on Windows)."""

from __future__ import annotations

import os
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
