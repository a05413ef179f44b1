"""The branch database file: durability settings, migrations, and the world's failures."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path

import pytest
from sqlalchemy import event, text

from branchdesk.errors import StorageError, WorldError
from branchdesk.services import circulation
from branchdesk.store import migrate
from branchdesk.store.backup import schema_revision
from branchdesk.store.migrate import HEAD, REVISIONS, open_database


def test_connections_are_durable_wal_with_foreign_keys(ctx):
    with ctx.db.read() as s:
        assert s.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert s.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert s.execute(text("PRAGMA foreign_keys")).scalar() == 1


def test_writes_begin_immediate_and_reads_deferred(ctx):
    seen: list[str] = []

    def record(_conn, _cursor, statement, *_args):
        if statement.startswith("BEGIN"):
            seen.append(statement)

    event.listen(ctx.db.engine, "before_cursor_execute", record)
    try:
        with ctx.db.write() as s:
            s.execute(text("SELECT 1"))
        with ctx.db.read() as s:
            s.execute(text("SELECT 1"))
    finally:
        event.remove(ctx.db.engine, "before_cursor_execute", record)
    assert seen == ["BEGIN IMMEDIATE", "BEGIN"]


def test_revisions_list_matches_the_migration_scripts():
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    cfg = Config()
    cfg.set_main_option("script_location", str(migrate.MIGRATIONS))
    scripts = ScriptDirectory.from_config(cfg)
    chain = [s.revision for s in reversed(list(scripts.walk_revisions()))]
    assert tuple(chain) == REVISIONS
    assert scripts.get_current_head() == HEAD


def test_fresh_database_is_created_and_stamped_with_search_tables(tmp_path):
    path = tmp_path / "new" / "branch.sqlite"
    open_database(path).dispose()
    assert schema_revision(path) == HEAD
    with sqlite3.connect(path) as conn:
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    assert {"reader", "loan", "journal", "reader_fts", "record_fts"} <= names


def test_database_newer_than_the_code_is_refused_untouched(migrated_template, tmp_path):
    path = tmp_path / "branch.sqlite"
    shutil.copyfile(migrated_template, path)
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    before = path.read_bytes()
    with pytest.raises(WorldError) as refused:
        open_database(path)
    assert refused.value.code == "database_too_new"
    assert refused.value.params["found"] == "9999"
    assert path.read_bytes() == before


def test_older_database_is_backed_up_before_migration(migrated_template, tmp_path, monkeypatch):
    path = tmp_path / "branch.sqlite"
    shutil.copyfile(migrated_template, path)
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0000'")
    upgraded: list[Path] = []
    monkeypatch.setattr(migrate, "REVISIONS", ("0000", *REVISIONS))
    monkeypatch.setattr(migrate, "_upgrade", upgraded.append)
    open_database(path).dispose()
    backups = list(tmp_path.glob("branch.sqlite.before-*.bak"))
    assert upgraded == [path]
    assert len(backups) == 1
    assert schema_revision(backups[0]) == "0000"


def test_a_file_that_is_not_a_database_is_refused(tmp_path):
    path = tmp_path / "branch.sqlite"
    path.write_bytes(b"this is a photo of the cat, not a database" * 100)
    with pytest.raises(StorageError) as refused:
        open_database(path)
    assert refused.value.code == "database_corrupt"


def test_a_damaged_database_reports_corruption(ctx, add_item):
    for _ in range(30):
        add_item()
    ctx.db.dispose()
    with sqlite3.connect(ctx.db.path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(ctx.db.path.read_bytes())
    page = 4096
    for offset in range(page * 2, len(data), page):  # keep the header page, scramble the rest
        data[offset : offset + page] = os.urandom(page)
    ctx.db.path.write_bytes(bytes(data))
    with pytest.raises(StorageError) as refused:
        circulation.lend(ctx, "BST-000001", "40000001", "aigul")
    assert refused.value.code == "database_corrupt"


def test_read_only_database_refuses_writes_and_keeps_data(ctx, add_item, add_reader):
    card, barcode = add_reader(), add_item()
    ctx.db.dispose()

    @event.listens_for(ctx.db.engine, "connect")
    def _read_only(dbapi_conn, _rec):
        # What a read-only file does to every write, even for root.
        dbapi_conn.execute("PRAGMA query_only = ON")

    with pytest.raises(StorageError) as refused:
        circulation.lend(ctx, card, barcode, "aigul")
    assert refused.value.code == "database_read_only"


@contextmanager
def no_room_left(db) -> Iterator[None]:
    """SQLite's own "disk full": while inside, the file may not grow by a single page."""
    db.dispose()

    def no_room(dbapi_conn, _rec):
        pages = dbapi_conn.execute("PRAGMA page_count").fetchone()[0]
        dbapi_conn.execute(f"PRAGMA max_page_count = {pages}")

    event.listen(db.engine, "connect", no_room)
    try:
        yield
    finally:
        event.remove(db.engine, "connect", no_room)
        db.dispose()


def test_full_disk_refuses_the_write_and_keeps_what_was_there(ctx, add_item, add_reader):
    card = add_reader()
    barcodes = [add_item() for _ in range(3)]
    big = "Ә" * 5000
    from branchdesk.domain.readers import ReaderInput
    from branchdesk.services.readers import register_reader

    def fill_the_disk() -> None:
        for i in range(200):
            register_reader(
                ctx,
                ReaderInput(surname="Жұмабаев", name="Мағжан", notes=f"{i}{big}"[:5000]),
                "aigul",
            )

    with no_room_left(ctx.db), pytest.raises(StorageError) as refused:
        fill_the_disk()
    assert refused.value.code == "disk_full"
    with sqlite3.connect(ctx.db.path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        items = conn.execute("SELECT count(*) FROM item").fetchone()[0]
    assert items == len(barcodes)
    assert circulation.lend(ctx, card, barcodes[0], "aigul").done


@contextmanager
def tmpfs(path: Path, size: str) -> Iterator[Path]:
    """A small file system of our own, where the machine lets us mount one (root in CI)."""
    path.mkdir()
    made = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(path)],
        capture_output=True,
        check=False,
    )
    if made.returncode != 0:
        pytest.skip("cannot mount a tmpfs here")
    try:
        yield path
    finally:
        subprocess.run(["umount", str(path)], check=False)


def cli(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "BRANCHDESK_DATA_DIR": str(data_dir)}
    return subprocess.run(
        [sys.executable, "-m", "branchdesk", *args],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )


def test_tmpfs_full_disk_through_the_command_line(tmp_path):
    with tmpfs(tmp_path / "small", "600k") as mount:
        run = cli(mount, "demo", "--readers", "300", "--items", "2000")
        assert run.returncode == 1
        assert "Traceback" not in run.stderr
        assert "full" in run.stderr


def test_migrations_build_exactly_the_tables_the_code_maps(tmp_path):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from branchdesk.store.schema import Base

    db = open_database(tmp_path / "branch.sqlite")
    with db.engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"include_name": lambda name, type_, _: "_fts" not in (name or "")}
        )
        assert compare_metadata(context, Base.metadata) == []
    db.dispose()


def test_full_disk_on_the_scan_path_is_a_clear_error(ctx, add_item, add_reader):
    card = add_reader()
    barcodes = [add_item() for _ in range(40)]

    def lend_until_full() -> None:
        for barcode in barcodes:
            circulation.lend(ctx, card, barcode, "aigul", circulation.Override("bench"))

    with no_room_left(ctx.db), pytest.raises(StorageError) as refused:
        lend_until_full()
    assert refused.value.code == "disk_full"
    with sqlite3.connect(ctx.db.path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        loans = conn.execute("SELECT count(*) FROM loan").fetchone()[0]
        lends = conn.execute("SELECT count(*) FROM journal WHERE kind='lend'").fetchone()[0]
    assert loans == lends


def test_read_only_file_system_through_the_command_line(tmp_path):
    """A branch folder on a file system mounted read-only (a locked-down PC, a full USB stick)."""
    with tmpfs(tmp_path / "ro", "20m") as mount:
        assert (
            cli(mount, "demo", "--readers", "20", "--items", "40", "--years", "1").returncode == 0
        )
        before = cli(mount, "status", "--json").stdout
        available = json.loads(cli(mount, "items", "--status", "available", "--json").stdout)
        card = json.loads(cli(mount, "readers", "--json").stdout)[0]["card"]
        subprocess.run(["mount", "-o", "remount,ro", str(mount)], check=True)
        lend = cli(mount, "lend", card, available[0]["barcode"])
        assert lend.returncode == 1
        assert "Traceback" not in lend.stderr
        assert "read-only" in lend.stderr or "cannot be opened" in lend.stderr
        subprocess.run(["mount", "-o", "remount,rw", str(mount)], check=True)
        assert cli(mount, "status", "--json").stdout == before


def test_a_sync_round_checkpoints_once_after_its_commits(ctx, tmp_path):
    """Within checkpoint_after the writes share one connection that never checkpoints by
    itself; once the block ends, the WAL is copied into the database file in the background
    (a copy of the file alone, without its WAL, then holds the rows)."""
    db = ctx.db
    with db.checkpoint_after():
        for n in range(300):  # well past SQLite's 1,000-page automatic checkpoint
            with db.write_sql() as conn:
                assert conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == 0
                conn.execute(
                    "INSERT INTO setting (key, value) VALUES (?, ?)",
                    (f"bench.{n}", json.dumps("x" * 12_000)),
                )
        with db.write_sql() as conn:
            held = conn
        with db.write_sql() as conn:
            assert conn is held  # one connection for the whole block
    wal = Path(f"{db.path}-wal")
    assert wal.stat().st_size > 300 * 12_000  # the WAL grew: nothing checkpointed on the way
    db.dispose()  # waits for the background checkpoint
    alone = tmp_path / "file-alone.sqlite"
    shutil.copyfile(db.path, alone)
    with closing(sqlite3.connect(alone)) as copy:
        found = copy.execute("SELECT count(*) FROM setting WHERE key LIKE 'bench.%'").fetchone()
    assert found[0] == 300
    with db.write_sql() as conn:  # the pool's connections checkpoint by themselves again
        assert conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == 1000
