"""A newer version on the desk PC: the database migrates itself on the first start, after a
backup beside it, and keeps every reader; an older version refuses a newer database with a
message in the librarian's language and leaves the file as it was."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from branchdesk.cli import main
from branchdesk.services.context import BranchContext
from branchdesk.store.backup import schema_revision
from branchdesk.store.db import Database
from branchdesk.store.migrate import HEAD, MIGRATIONS, open_database

OLDER = "0002"


def _downgrade(path: Path, revision: str) -> None:
    """The file as the previous version left it (what its users have on their PCs)."""
    from alembic import command
    from alembic.config import Config

    database = Database(path)
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    with database.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, revision)
    database.dispose()


def test_the_first_start_of_a_newer_version_backs_up_then_migrates(ctx, add_reader, tmp_path):
    card = add_reader("Сейітова", "Гүлназ")
    path = ctx.db.path
    ctx.db.dispose()
    _downgrade(path, OLDER)
    assert schema_revision(path) == OLDER

    assert main(["--data-dir", str(path.parent), "status"]) == 0  # the newer version starts

    assert schema_revision(path) == HEAD
    (backup,) = path.parent.glob(f"branch.sqlite.before-{HEAD}-*.bak")
    assert schema_revision(backup) == OLDER
    with sqlite3.connect(backup) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    reopened = BranchContext.load(open_database(path))
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT card_number FROM reader").fetchall() == [(card,)]
    reopened.db.dispose()


def test_an_older_version_refuses_a_newer_database_in_plain_words(ctx, capsys):
    path = ctx.db.path
    ctx.db.dispose()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0099'")
    before = path.read_bytes()
    for lang, words in (("ru", "Установите новую версию"), ("en", "Install the newer version")):
        assert main(["--data-dir", str(path.parent), "--lang", lang, "status"]) == 1
        err = capsys.readouterr().err
        assert words in err
        assert "Traceback" not in err
    assert path.read_bytes() == before
    copy = path.with_name("copy.sqlite")
    shutil.copyfile(path, copy)
    assert main(["--data-dir", str(path.parent), "restore", str(copy)]) == 1
    assert "0099" in capsys.readouterr().err
