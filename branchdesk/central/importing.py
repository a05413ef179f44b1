"""`branchdesk central import`: records and copies written at the centre (issue 6).

The usual path: the centre imports the library system's export once, and each branch
receives its own copies (and their records) with its next pull. Rows go straight into the
central tables with one feed row per branch that must see them, in batches, each one
transaction, the way `central rules` writes; nothing is journaled here, the centre being the
authority. Matching and idempotence are the branch import's (importing.matching).
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, select
from uuid6 import uuid7

from branchdesk.central import schema as t
from branchdesk.central.feed import write_changes
from branchdesk.central.wire import now_utc
from branchdesk.domain.model import ItemStatus, ItemType
from branchdesk.errors import WorldError
from branchdesk.importing.matching import changes, record_values, same_identity, title_key
from branchdesk.importing.model import Encoding, Format, Problem, RecordData
from branchdesk.importing.report import ImportReport
from branchdesk.importing.source import records
from branchdesk.importing.values import isbn_forms
from branchdesk.services.importing import BATCH, batches, prepare


class _Centre:
    def __init__(self, conn: Connection, branch: str | None, report: ImportReport) -> None:
        self.report = report
        self.branches = set(conn.execute(select(t.branch_table.c.code)).scalars())
        if branch is not None and branch not in self.branches:
            raise WorldError("unknown_branch", branch=branch)
        self.branch = branch
        # The centre's record table has no index on these columns: the keys are kept here,
        # as hashes where the text can be long.
        self.by_control: dict[str, str] = {}
        self.by_isbn: dict[str, str] = {}
        self.by_title: dict[int, str] = {}
        columns = (t.record.c.uuid, t.record.c.control_number, t.record.c.isbn)
        more = (t.record.c.title, t.record.c.authors, t.record.c.year)
        for uuid, control, isbn, title, authors, year in conn.execute(select(*columns, *more)):
            self._remember(uuid, control, isbn, title_key(title, authors, year))

    def _remember(self, uuid: str, control: str | None, isbn: str | None, key: int) -> None:
        if control:
            self.by_control.setdefault(control, uuid)
        if isbn:
            for form in isbn_forms(isbn):
                self.by_isbn.setdefault(form, uuid)
        self.by_title.setdefault(key, uuid)

    def _get(self, conn: Connection, uuid: str) -> dict[str, Any] | None:
        row = conn.execute(select(t.record).where(t.record.c.uuid == uuid)).mappings().first()
        return dict(row) if row is not None else None

    def match(self, conn: Connection, record: RecordData) -> dict[str, Any] | None:
        if record.control_number and record.control_number in self.by_control:
            return self._get(conn, self.by_control[record.control_number])
        candidates = []
        if record.isbn and record.isbn in self.by_isbn:
            candidates.append(self.by_isbn[record.isbn])
        key = title_key(record.title, record.authors, record.year)
        if key in self.by_title:
            candidates.append(self.by_title[key])
        for uuid in candidates:
            found = self._get(conn, uuid)
            if found is not None and same_identity(record, found["control_number"]):
                return found
        return None

    def write(self, conn: Connection, batch: list[RecordData]) -> None:
        now = now_utc()
        record_changes: list[tuple[str, str]] = []  # (uuid, audience)
        item_changes: list[tuple[str, str]] = []
        for record in batch:
            for note in record.notes:
                self.report.note(note)
            found = self.match(conn, record)
            audiences: set[str] = set()
            if found is None:
                values = record_values(record)
                uuid = str(uuid7())
                conn.execute(t.record.insert().values(uuid=uuid, updated_at=now, **values))
                self._remember(
                    uuid,
                    record.control_number,
                    record.isbn,
                    title_key(record.title, record.authors, record.year),
                )
                self.report.add("records_added")
                bbk = record.bbk
            else:
                uuid = found["uuid"]
                changed = changes(found, record)
                if changed:
                    conn.execute(
                        t.record.update()
                        .where(t.record.c.uuid == uuid)
                        .values(updated_at=now, **changed)
                    )
                    homes = select(t.item.c.home_branch).where(t.item.c.record_uuid == uuid)
                    audiences.update(conn.execute(homes.distinct()).scalars())
                    self.report.add("records_updated")
                else:
                    self.report.add("records_unchanged")
                bbk = changed.get("bbk", found["bbk"])
            if not bbk:
                self.report.without_bbk(record.position, record.title)
            for item_uuid, home in self._copies(conn, record, uuid, now):
                audiences.add(home)
                item_changes.append((item_uuid, home))
            record_changes.extend((uuid, audience) for audience in sorted(audiences))
        # Records first: a branch applies a page in order and a copy needs its record.
        pending = [_change("record", u, a) for u, a in record_changes]
        pending += [_change("item", u, a) for u, a in item_changes]
        write_changes(conn, pending)

    def _copies(
        self, conn: Connection, record: RecordData, uuid: str, now: Any
    ) -> list[tuple[str, str]]:
        added = []
        for copy in record.copies:
            home = self.branch or copy.home_branch
            if home is None or home not in self.branches:
                code = "copy_without_branch" if home is None else "unknown_branch"
                params: dict[str, str | int] = {"barcode": copy.barcode, "branch": home or ""}
                self.report.problem(Problem(record.position, code, params))
                continue
            there = conn.execute(
                select(t.item.c.record_uuid).where(t.item.c.barcode == copy.barcode)
            ).first()
            if there is not None:
                self.report.copy_already_there(record.position, copy.barcode, there[0] == uuid)
                continue
            item_uuid = str(uuid7())
            conn.execute(
                t.item.insert().values(
                    uuid=item_uuid,
                    barcode=copy.barcode,
                    inventory_number=copy.inventory_number,
                    record_uuid=uuid,
                    home_branch=home,
                    location=copy.location,
                    item_type=ItemType.BOOK.value,
                    status=ItemStatus.AVAILABLE.value,
                    price=copy.price,
                    acquired_on=copy.acquired_on or now.date(),
                    updated_at=now,
                )
            )
            self.report.add("items_added")
            added.append((item_uuid, home))
        return added


def _change(entity: str, uuid: str, audience: str) -> dict[str, Any]:
    # No data: the state is read when the branch pulls, so it is always the newest.
    return {
        "audience": audience,
        "entity": entity,
        "uuid": uuid,
        "deleted": False,
        "data": None,
        "origin_op": None,
    }


def import_at_centre(
    engine: Engine,
    path: Path,
    *,
    branch: str | None = None,
    fmt: Format | None = None,
    encoding: Encoding | None = None,
    columns: Mapping[str, str] | None = None,
    batch: int = BATCH,
) -> ImportReport:
    started = time.perf_counter()
    source, report = prepare(path, fmt, encoding, "records")
    entries = records(source, columns or {}, forced=encoding is not None)
    report.columns = dict(source.columns)
    with engine.connect() as conn:
        centre = _Centre(conn, branch.strip().upper() if branch else None, report)
    for chunk in batches(entries, report, batch):
        with engine.begin() as conn:
            centre.write(conn, chunk)
    report.seconds = time.perf_counter() - started
    return report
