"""The centre's bulk reads and writes through the driver agree with SQLAlchemy's own, on
SQLite and PostgreSQL: what one writes the other reads back unchanged, a clash is the same
IntegrityError, and a pulled state is the row as the wire states it."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, datetime

import pytest
from sqlalchemy import Engine, select
from sqlalchemy.exc import IntegrityError

from branchdesk.central import bulk
from branchdesk.central import schema as t
from branchdesk.central.feed import wire_states
from branchdesk.central.store import open_central
from branchdesk.central.wire import wire_row


@pytest.fixture
def engine(central_url: str) -> Iterator[Engine]:
    found = open_central(central_url)
    yield found
    found.dispose()


def _record(uuid: str, **extra: object) -> dict[str, object]:
    return {
        "uuid": uuid,
        "title": "Абай жолы",
        "authors": "Әуезов М.",
        "isbn": None,
        "publisher": "Жазушы",
        "year": 1997,
        "language": "kk",
        "bbk": "84(5Каз)",
        "udc": None,
        "audience": "adult",
        "subjects": None,
        "control_number": None,
        "updated_at": datetime(2026, 11, 17, 9, 30, 5, 123456),
        **extra,
    }


def _item(uuid: str, record: str, **extra: object) -> dict[str, object]:
    return {
        "uuid": uuid,
        "barcode": f"BST{uuid[-5:]}",
        "inventory_number": None,
        "record_uuid": record,
        "home_branch": "BST",
        "location": "Оқу залы",
        "item_type": "book",
        "status": "available",
        "price": "1200",
        "acquired_on": date(2024, 3, 1),
        "updated_at": datetime(2026, 11, 17, 9, 0),
        **extra,
    }


def test_rows_written_in_bulk_read_back_through_core_and_back(engine: Engine) -> None:
    records = [_record(f"r-{n:05d}") for n in range(3)]
    with engine.begin() as conn:
        bulk.insert(conn, t.record, records)
        conn.execute(t.item.insert(), [_item("i-00001", "r-00000")])
    with engine.connect() as conn:
        ordered = select(t.record).order_by(t.record.c.uuid)
        core = [dict(r) for r in conn.execute(ordered).mappings()]
        assert core == records
        through = list(bulk.read_in(conn, t.item, "uuid", ["i-00001", "i-00404"]))
        assert through == [_item("i-00001", "r-00000")]


def test_an_update_sets_only_the_named_columns(engine: Engine) -> None:
    with engine.begin() as conn:
        bulk.insert(conn, t.record, [_record("r-1")])
        bulk.insert(conn, t.item, [_item("i-1", "r-1"), _item("i-2", "r-1")])
        moved = _item("i-1", "r-1", status="on_loan", updated_at=datetime(2026, 11, 18, 10, 0))
        moved["location"] = "somewhere else, not to be written"
        bulk.update(conn, t.item, ("status", "updated_at"), [moved])
    with engine.connect() as conn:
        rows = {r["uuid"]: dict(r) for r in conn.execute(select(t.item)).mappings()}
    assert rows["i-1"]["status"] == "on_loan"
    assert rows["i-1"]["updated_at"] == datetime(2026, 11, 18, 10, 0)
    assert rows["i-1"]["location"] == "Оқу залы"
    assert rows["i-2"] == _item("i-2", "r-1")


def test_reads_filter_open_and_recent_loans(engine: Engine) -> None:
    def loan(uuid: str, returned: datetime | None) -> dict[str, object]:
        return {
            "uuid": uuid,
            "item_uuid": "i-1",
            "reader_uuid": "p-1",
            "branch": "BST",
            "lent_at": datetime(2026, 11, 1, 10, 0),
            "due_on": date(2026, 11, 16),
            "returned_at": returned,
            "returned_branch": None if returned is None else "BST",
            "renewals": 0,
            "lent_by": "aigul",
            "returned_by": None,
        }

    with engine.begin() as conn:
        bulk.insert(
            conn,
            t.loan,
            [
                loan("l-open", None),
                loan("l-old", datetime(2026, 11, 2, 12, 0)),
                loan("l-new", datetime(2026, 11, 10, 12, 0)),
            ],
        )
    with engine.connect() as conn:
        open_ = bulk.read_in(conn, t.loan, "item_uuid", ["i-1"], ("returned_at", "is null", None))
        assert [r["uuid"] for r in open_] == ["l-open"]
        since = ("returned_at", ">=", datetime(2026, 11, 5))
        assert [r["uuid"] for r in bulk.read_in(conn, t.loan, "item_uuid", ["i-1"], since)] == [
            "l-new"
        ]
        assert list(bulk.read_in(conn, t.loan, "item_uuid", [])) == []


def test_a_clash_is_sqlalchemys_integrity_error_and_keeps_nothing(engine: Engine) -> None:
    with engine.begin() as conn:
        bulk.insert(conn, t.record, [_record("r-1")])
    with pytest.raises(IntegrityError), engine.begin() as conn:
        bulk.insert(conn, t.record, [_record("r-2"), _record("r-1")])
    with engine.connect() as conn:
        assert [r[0] for r in conn.execute(select(t.record.c.uuid))] == ["r-1"]


def test_pulled_states_are_the_rows_as_the_wire_states_them(engine: Engine) -> None:
    reader = {
        "uuid": "p-1",
        "card_number": "BST-0001",
        "iin": "990101300123",
        "surname": "Сейітова",
        "name": "Айгүл",
        "patronymic": None,
        "birth_date": date(1999, 1, 1),
        "gender": "f",
        "category": "adult",
        "school": None,
        "grade": None,
        "workplace": "Мектеп №2",
        "address": "Бестөбе, Мира 4",
        "phone": "+77015550101",
        "email": None,
        "notes": '"quoted" \\ back',
        "consent_date": date(2025, 1, 9),
        "registered_on": date(2025, 1, 9),
        "home_branch": "BST",
        "card_valid_until": date(2026, 12, 31),
        "status": "active",
        "blocked_until": None,
        "block_reason": None,
        "updated_at": datetime(2026, 11, 17, 9, 0, 0, 999999),
    }
    reader = {c.name: reader.get(c.name) for c in t.reader.columns}
    conflict = {
        "uuid": "c-1",
        "kind": "double_loan",
        "state": "open",
        "branches": "BST SHT",
        "item_uuid": "i-1",
        "reader_uuid": "p-1",
        "loans": json.dumps(["l-1", "l-2"]),
        "detail": json.dumps({"barcode": "BST00001"}),
        "created_at": datetime(2026, 11, 17, 9, 0),
        "origin_op": None,
        "resolved_at": None,
        "resolved_by": None,
        "resolution": None,
    }
    with engine.begin() as conn:
        bulk.insert(conn, t.reader, [reader])
        bulk.insert(
            conn,
            t.reregistration,
            [
                {"reader_uuid": "p-1", "year": 2026, "day": date(2026, 1, 15), "branch": "SHT"},
                {"reader_uuid": "p-1", "year": 2025, "day": date(2025, 1, 9), "branch": "BST"},
            ],
        )
        bulk.insert(conn, t.conflict, [conflict])
    with engine.connect() as conn:
        readers = wire_states(conn, "reader", ["p-1", "p-404"])
        conflicts = wire_states(conn, "conflict", ["c-1"])
    expected = wire_row(reader)
    expected["reregistrations"] = [[2025, "2025-01-09", "BST"], [2026, "2026-01-15", "SHT"]]
    assert json.loads(readers["p-1"]) == expected
    assert expected["updated_at"] == "2026-11-17T09:00:00.999+00:00"
    assert set(readers) == {"p-1"}
    sent = json.loads(conflicts["c-1"])
    assert sent["loans"] == ["l-1", "l-2"]
    assert sent["detail"] == {"barcode": "BST00001"}
    assert sent["branches"] == ["BST", "SHT"]
    assert sent["created_at"] == "2026-11-17T09:00:00.000+00:00"
