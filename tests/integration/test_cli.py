"""The command line as scripts use it: exit codes, --json shapes, messages, no tracebacks."""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from branchdesk.cli import main


@pytest.fixture
def run(ctx, capsys):
    """Run the command line in process against the fixture's branch."""
    ctx.db.dispose()

    def call(*args: str) -> tuple[int, str, str]:
        code = main(["--data-dir", str(ctx.db.path.parent), *args])
        out, err = capsys.readouterr()
        return code, out, err

    return call


def bd(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "BRANCHDESK_DATA_DIR": str(data_dir)}
    return subprocess.run(
        [sys.executable, "-m", "branchdesk", *args],
        capture_output=True,
        text=True,
        env=env,
        check=False,
        timeout=60,
    )


def test_lend_return_renew_and_status_json(run, add_item, add_reader):
    card, first, second = add_reader(), add_item(), add_item("Война и мир")
    code, out, _ = run("lend", card, first, second, "--json")
    assert code == 0
    lent = json.loads(out)
    assert [x["status"] for x in lent] == ["done", "done"]
    assert lent[0]["loan"]["card"] == card
    assert lent[1]["loan"]["title"] == "Война и мир"

    code, out, _ = run("status", "--json")
    assert code == 0
    status = json.loads(out)
    assert status["branch"] == "BST"
    assert status["readers"] == 1
    assert status["items"] == 2
    assert status["loans_open"] == 2
    assert status["journal_pending"] == status["journal_total"] > 0
    assert status["last_sync"] is None
    assert status["conflicts"] == 0

    code, out, _ = run("renew", first)
    assert code == 0
    assert "renewed" in out
    code, out, _ = run("return", first, second)
    assert code == 0
    code, out, _ = run("status", "--json")
    assert json.loads(out)["loans_open"] == 0

    code, out, _ = run("journal", "--json", "--state", "pending")
    kinds = [op["kind"] for op in json.loads(out)]
    assert kinds.count("lend") == 2
    assert kinds.count("return") == 2
    assert kinds.count("renew") == 1
    assert all(isinstance(op["payload"], dict) for op in json.loads(out))


def test_partial_failure_exits_nonzero_and_names_the_bad_barcode(run, add_item, add_reader):
    card, good = add_reader(), add_item()
    code, out, err = run("lend", card, good, "49999999", "bad barcode!")
    assert code == 1
    assert f"{good} «Абай жолы» lent to {card}" in out
    assert "49999999" in err
    assert "No copy with barcode 49999999" in err
    assert "is not a barcode" in err


def test_confirmation_needed_then_override_with_reason(run, add_item, add_reader):
    first, second, barcode = add_reader(), add_reader("Иванова", "Мария"), add_item()
    assert run("lend", first, barcode)[0] == 0
    code, _, err = run("lend", second, barcode)
    assert code == 1
    assert "--override" in err
    code, out, _ = run("lend", second, barcode, "--override", "return not scanned", "--json")
    assert code == 0
    assert json.loads(out)[0]["outcomes"][0]["code"] == "on_loan_to_other"


def test_readers_and_items_listing_and_search(run, add_item, add_reader):
    card = add_reader()
    add_reader("Иванова", "Мария")
    add_item()
    code, out, _ = run("readers", "--query", "ABAI", "--json")
    assert code == 0
    found = json.loads(out)
    assert [r["card"] for r in found] == [card]
    assert found[0]["name"] == "Құнанбаев Абай"
    assert found[0]["status"] == "active"
    code, out, _ = run("readers", "--json")
    assert len(json.loads(out)) == 2
    code, out, _ = run("items", "--query", "abai zholy", "--json")
    items = json.loads(out)
    assert [i["title"] for i in items] == ["Абай жолы"]
    assert items[0]["status"] == "available"
    code, out, _ = run("items", "--status", "on_loan", "--json")
    assert json.loads(out) == []


@pytest.mark.parametrize(
    "args",
    [
        ("lend", "BST-000001", ""),
        ("return", "49999999"),
        ("renew", "40000001"),
        ("lend", "nonsense", "40000001"),
        ("lend", "BST-000001", "40000001", "--due", "2001-01-01"),
        ("lend", "BST-000001", "40000001", "--due", "tomorrow"),
        ("lend", "BST-000001", "40000001", "--override", "  "),
    ],
)
def test_bad_input_exits_nonzero_with_a_message_and_changes_nothing(
    run, add_item, add_reader, ctx, args
):
    add_reader()
    add_item()
    with sqlite3.connect(ctx.db.path) as conn:
        before = conn.execute("SELECT count(*) FROM journal").fetchone()[0]
    code, _, err = run(*args)
    assert code == 1
    assert err.strip()
    assert "Traceback" not in err
    with sqlite3.connect(ctx.db.path) as conn:
        assert conn.execute("SELECT count(*) FROM journal").fetchone()[0] == before


def test_world_errors_are_messages_not_tracebacks(tmp_path):
    empty = bd(tmp_path / "none", "status")
    assert empty.returncode == 1
    assert "No branch is set up" in empty.stderr
    assert "Traceback" not in empty.stderr

    bad_code = bd(tmp_path / "x", "init", "--branch", "bestobe-1", "--name", "Бестөбе")
    assert bad_code.returncode == 1
    assert "is not a branch code" in bad_code.stderr

    corrupt = tmp_path / "corrupt"
    corrupt.mkdir()
    (corrupt / "branch.sqlite").write_bytes(b"\x00garbage" * 1000)
    result = bd(corrupt, "status")
    assert result.returncode == 1
    assert "damaged" in result.stderr
    assert "Traceback" not in result.stderr

    usage = bd(tmp_path, "no-such-command")
    assert usage.returncode == 2


@pytest.mark.parametrize(
    "argv",
    [
        ["central", "add-branch", "BST", "--name", "Бестөбе"],
        ["central", "serve"],
        ["central", "report", "diary", "--period", "2026-11", "--out", "d.pdf"],
    ],
)
def test_central_commands_without_the_server_say_so(tmp_path, monkeypatch, capsys, argv):
    """The desk's bundle leaves the centre's server out: its commands answer in words."""
    for name in ("fastapi", "branchdesk.central.store", "branchdesk.central.branches"):
        monkeypatch.setitem(sys.modules, name, None)  # importing it fails, as in the bundle
    monkeypatch.setitem(sys.modules, "branchdesk.central.serve", None)
    monkeypatch.setitem(sys.modules, "branchdesk.central.reports", None)
    code = main(["--data-dir", str(tmp_path), "--lang", "ru", *argv])
    assert code == 1
    said = capsys.readouterr().err
    assert "Сервер центральной библиотеки" in said
    assert "Traceback" not in said


def test_init_twice_is_harmless_and_another_branch_is_refused(tmp_path):
    assert bd(tmp_path, "init", "--branch", "SHT", "--name", "Шантөбе").returncode == 0
    again = bd(tmp_path, "init", "--branch", "SHT", "--name", "Шантөбе")
    assert again.returncode == 0
    other = bd(tmp_path, "init", "--branch", "BKN", "--name", "Байқоңыр")
    assert other.returncode == 1
    assert "belongs to branch SHT" in other.stderr


def test_backup_and_restore_round_trip(run, add_item, add_reader, ctx, tmp_path):
    card, barcode = add_reader(), add_item()
    backup = tmp_path / "copies" / "before.sqlite"
    code, out, _ = run("backup", "--out", str(backup))
    assert code == 0
    assert backup.exists()
    assert run("backup", "--out", str(ctx.db.path))[0] == 1  # never over the live database
    assert run("lend", card, barcode)[0] == 0
    add_reader("Иванова", "Мария")  # card BST-000002 is now in a reader's hands
    with sqlite3.connect(ctx.db.path) as conn:
        device_before = conn.execute("SELECT value FROM setting WHERE key='device_id'").fetchone()

    # The lend has not reached the centre: restoring would lose it, so it is refused.
    code, _, err = run("restore", str(backup))
    assert code == 1
    assert "would be lost" in err
    assert json.loads(run("status", "--json")[1])["loans_open"] == 1

    code, out, _ = run("restore", str(backup), "--force")
    assert code == 0
    assert "saved to" in out
    assert json.loads(run("status", "--json")[1])["loans_open"] == 0
    safety = list((ctx.db.path.parent / "backups").glob("BST-before-restore-*.sqlite"))
    assert safety
    with sqlite3.connect(ctx.db.path) as conn:
        settings = dict(conn.execute("SELECT key, value FROM setting"))
    # A new device identity, and the card counter never goes back.
    assert settings["device_id"] != device_before[0]
    assert json.loads(settings["card_seq"]) == 2


def test_restore_refuses_a_damaged_or_foreign_file_and_changes_nothing(
    run, add_reader, ctx, tmp_path
):
    add_reader()
    before = ctx.db.path.read_bytes()
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"not a database" * 500)
    code, _, err = run("restore", str(junk))
    assert code == 1
    assert "damaged" in err
    missing = run("restore", str(tmp_path / "missing.sqlite"))
    assert missing[0] == 1
    assert "does not exist" in missing[2]
    other = tmp_path / "other"
    assert bd(other, "init", "--branch", "SHT", "--name", "Шантөбе").returncode == 0
    code, _, err = run("restore", str(other / "branch.sqlite"))
    assert code == 1
    assert "belongs to branch SHT" in err
    assert ctx.db.path.read_bytes() == before


def test_a_data_folder_that_is_a_file_is_a_message(tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    result = bd(blocker / "inside", "init", "--branch", "BST", "--name", "Бестөбе")
    assert result.returncode == 1
    assert "Cannot use" in result.stderr
    assert "Traceback" not in result.stderr
    russian = bd(blocker / "inside", "status", "--lang", "ru")
    assert russian.returncode == 1
    assert "Филиал ещё не настроен" in russian.stderr


def test_every_command_is_in_the_table_of_command_modules():
    """branchdesk.cli imports a command's module only when it is chosen, by this table."""
    from branchdesk.cli import COMMAND_MODULES, build_parser

    def choices(parser: argparse.ArgumentParser) -> list[str]:
        return list(parser._subparsers._group_actions[0].choices)  # type: ignore[union-attr]

    assert choices(build_parser()) == list(COMMAND_MODULES)
    for command, module in COMMAND_MODULES.items():
        together = [other for other, its in COMMAND_MODULES.items() if its == module]
        assert choices(build_parser([command])) == together


@pytest.mark.parametrize(
    ("argv", "loaded"),
    [
        ([], []),
        (["--self-test"], []),
        (["--data-dir", "lend", "--lang", "ru"], []),
        (["--lang", "ru", "status", "--json"], ["listing"]),
        (["--op", "demo", "readers"], ["listing"]),
        (["--data-dir=/x", "cards", "--help"], ["documents"]),
        (["import", "file.mrc"], ["importing"]),
    ],
)
def test_a_command_line_loads_only_its_own_command_module(argv, loaded):
    """The desk (no command) loads none of them: start-up time (the bundle's 1.5 s bar)."""
    code = (
        "import sys\n"
        "from branchdesk.cli import build_parser\n"
        f"build_parser({argv!r})\n"
        "names = ('maintenance', 'circulation', 'listing', 'sync_commands', 'documents',"
        " 'importing')\n"
        "print(sorted(n for n in names if 'branchdesk.cli.' + n in sys.modules))"
    )
    found = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert found.stdout.strip() == str(sorted(loaded))


def test_help_and_a_wrong_command_still_list_every_command(tmp_path):
    helped = bd(tmp_path, "--help")
    assert helped.returncode == 0
    assert all(command in helped.stdout for command in ("lend", "import", "report", "central"))
    wrong = bd(tmp_path, "--lang", "ru", "no-such-command")
    assert wrong.returncode == 2
    assert "import" in wrong.stderr
