"""The support bundle a librarian saves for the helper on the phone, and the data folder's
privacy: no reader's personal data leaves the PC in the bundle, no secret either."""

from __future__ import annotations

import json
import logging
import os
import stat
import zipfile
from pathlib import Path

import pytest

from branchdesk.services import circulation
from branchdesk.services.results import Override
from branchdesk.services.support import make_bundle, scrub
from branchdesk.services.sync import set_central
from branchdesk.store.migrate import open_database

IIN = "900517400124"
PHONE = "+7 701 234 56 78"


def test_the_bundle_holds_logs_versions_settings_and_states_but_no_personal_data(
    ctx, add_reader, add_item, tmp_path: Path
):
    card = add_reader("Сейітова", "Гүлназ", iin=IIN, phone=PHONE)
    barcode = add_item()
    assert circulation.lend(ctx, card, barcode, "aigul", Override("test")).done
    set_central(ctx.db, "https://library.example.kz", "very-secret-token")
    data_dir = ctx.db.path.parent
    logs = data_dir / "logs"
    logs.mkdir()
    # A message that should never have carried a reader's data, as a careless one might.
    (logs / "branchdesk.log").write_text(
        f"2026-11-17 10:30 INFO lent {barcode} to Сейітова Гүлназ ({IIN}, {PHONE})\n"
        "2026-11-17 10:31 ERROR unhandled error\nTraceback: ZeroDivisionError\n",
        encoding="utf-8",
    )
    (logs / "branchdesk.log.1").write_text("older: call 87012345678\n", encoding="utf-8")

    bundle = make_bundle(data_dir, ctx.db.path, tmp_path / "out" / "support.zip", {"qt": "6.x"})

    with zipfile.ZipFile(bundle) as z:
        names = set(z.namelist())
        assert {"README.txt", "versions.json", "settings.json", "operations.json"} <= names
        assert {"logs/branchdesk.log", "logs/branchdesk.log.1"} <= names
        everything = "\n".join(z.read(n).decode("utf-8") for n in names)
        versions = json.loads(z.read("versions.json"))
        settings = json.loads(z.read("settings.json"))
        operations = json.loads(z.read("operations.json"))
    assert versions["schema"] == "0003"
    assert versions["qt"] == "6.x"
    assert settings["branch_code"] == "BST"
    assert settings["central_url"] == "https://library.example.kz"
    assert "very-secret-token" not in everything
    assert "lend" in [op["kind"] for op in operations]
    assert all("payload" not in op for op in operations)
    assert {op["state"] for op in operations} == {"pending"}
    for personal in ("Сейітова", "Гүлназ", IIN, "234 56 78", "87012345678", "2345678"):
        assert personal not in everything, personal
    assert "ZeroDivisionError" in everything  # what the helper needs is still there
    assert f"lent {barcode} to [name] [name]" in everything


def test_scrub_hides_numbers_in_the_shapes_they_are_written():
    text = scrub("ИИН 900517300123, тел. 8 (701) 234-56-78, card BST-000123", ["Абай"])
    assert text == "ИИН [ИИН], тел. [phone], card BST-000123"
    assert scrub("абай құнанбаев", ["Абай"]) == "[name] құнанбаев"


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes; Windows: the profile's ACL")
def test_the_data_folder_is_readable_only_by_its_user(tmp_path: Path):
    folder = tmp_path / "data"
    folder.mkdir(mode=0o755)
    folder.chmod(0o755)
    open_database(folder / "branch.sqlite").dispose()
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700


def test_signing_in_never_writes_the_password_to_the_log(ctx, tmp_path: Path):
    from branchdesk.domain.model import StaffRole
    from branchdesk.services.staff import authenticate, create_staff

    path = tmp_path / "desk.log"
    handler = logging.FileHandler(path, encoding="utf-8")
    root = logging.getLogger()
    level = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    try:
        create_staff(ctx, "aigul", "Айгүл Серікова", StaffRole.BRANCH_ADMIN, "Qwerty-Secret-77")
        assert authenticate(ctx, "aigul", "Wrong-Guess-55") is None
        assert authenticate(ctx, "aigul", "Qwerty-Secret-77") is not None
    finally:
        root.removeHandler(handler)
        root.setLevel(level)
        handler.close()
    text = path.read_text(encoding="utf-8")
    assert "signed in: aigul" in text  # the log does record the sign-in
    assert "Qwerty-Secret-77" not in text
    assert "Wrong-Guess-55" not in text
