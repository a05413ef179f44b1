"""Visits, reading-room use, events, enquiries, refusals, quick cataloguing and staff."""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime

import pytest

from branchdesk.domain.model import (
    Attendance,
    EnquiryKind,
    EventForm,
    ItemStatus,
    Language,
    StaffRole,
    VisitKind,
)
from branchdesk.errors import InvalidInput, NotFound
from branchdesk.services import activity, circulation
from branchdesk.services.catalogue import (
    ItemInput,
    RecordInput,
    add_record_with_item,
    change_item_status,
)
from branchdesk.services.staff import authenticate, create_staff
from branchdesk.store import queries


def ops(ctx, kind: str) -> list[dict]:
    with sqlite3.connect(ctx.db.path) as conn:
        rows = conn.execute(
            "SELECT payload FROM journal WHERE kind = ? ORDER BY device_seq", (kind,)
        ).fetchall()
    return [json.loads(r[0]) for r in rows]


def count(ctx, table: str) -> int:
    with sqlite3.connect(ctx.db.path) as conn:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_visits_once_per_reader_per_day_but_every_anonymous_guest(ctx, add_reader):
    card = add_reader()
    assert activity.record_visit(ctx, card, "aigul").visits
    assert not activity.record_visit(ctx, card, "aigul").visits
    activity.record_visit(ctx, None, "aigul", VisitKind.INTERNET)
    activity.record_visit(ctx, None, "aigul", VisitKind.INTERNET)
    assert count(ctx, "visit") == 3
    assert [op["kind"] for op in ops(ctx, "record_visit")] == ["loan_desk", "internet", "internet"]
    with pytest.raises(NotFound):
        activity.record_visit(ctx, "BST-999999", "aigul")


def test_in_house_use_is_journaled_and_counts_the_visit(ctx, add_item, add_reader):
    card, barcode = add_reader(), add_item()
    activity.record_in_house_use(ctx, barcode, "aigul", card)
    assert ops(ctx, "in_house_use")[0]["barcode"] == barcode
    assert ops(ctx, "record_visit")[0]["kind"] == "reading_room"
    with pytest.raises(NotFound):
        activity.record_in_house_use(ctx, "49999999", "aigul")
    with pytest.raises(InvalidInput):
        activity.record_in_house_use(ctx, "no barcode!", "aigul")


def test_event_with_attendance_under_a_programme(ctx):
    event = activity.EventInput(
        title="Абай оқулары",
        form=EventForm.LITERARY_EVENING,
        starts_at=datetime(2026, 11, 20, 15, 0),
        attendance=Attendance(total=32, children=20, youth=8),
        programme="Қазақстан қаламгерлерінің ұлы мұралары",
        language=Language.KAZAKH,
    )
    uuid = activity.record_event(ctx, event, "aigul")
    payload = ops(ctx, "record_event")[0]
    assert payload["event"] == uuid
    assert payload["attendance"] == {"total": 32, "children": 20, "youth": 8}
    assert payload["programme"] == "Қазақстан қаламгерлерінің ұлы мұралары"
    bad = activity.EventInput(
        title="x",
        form=EventForm.TALK,
        starts_at=datetime(2026, 11, 20),
        attendance=Attendance(total=5, children=4, youth=3),
    )
    with pytest.raises(InvalidInput) as refused:
        activity.record_event(ctx, bad, "aigul")
    assert refused.value.code == "parts_exceed_total"
    with pytest.raises(InvalidInput):
        activity.record_event(
            ctx,
            activity.EventInput(
                title="  ",
                form=EventForm.TALK,
                starts_at=datetime(2026, 11, 20),
                attendance=Attendance(total=1),
            ),
            "aigul",
        )
    assert count(ctx, "event") == 1


def test_enquiries_and_refusals(ctx, add_reader):
    card = add_reader()
    activity.record_enquiry(ctx, EnquiryKind.THEMATIC, "Бестөбе тарихы", "aigul", card)
    activity.record_refusal(ctx, "Көшпенділер", "aigul", author="Есенберлин І.")
    assert ops(ctx, "record_enquiry")[0]["kind"] == "thematic"
    assert ops(ctx, "record_refusal")[0]["title"] == "Көшпенділер"
    with pytest.raises(InvalidInput):
        activity.record_refusal(ctx, "", "aigul")
    with pytest.raises(InvalidInput):
        activity.record_enquiry(ctx, EnquiryKind.FACTUAL, "x" * 10_000, "aigul")
    assert count(ctx, "enquiry") == 1
    assert count(ctx, "refusal") == 1


def test_quick_add_and_item_status_changes(ctx, add_reader):
    add_record_with_item(
        ctx,
        RecordInput(title="Көшпенділер", authors="Есенберлин І.", bbk="84(5Каз)6"),
        ItemInput(barcode="40000100"),
        "aigul",
    )
    assert [op["title"] for op in ops(ctx, "add_record")] == ["Көшпенділер"]
    assert ops(ctx, "add_item")[0]["barcode"] == "40000100"
    with pytest.raises(InvalidInput) as taken:
        add_record_with_item(
            ctx, RecordInput(title="Другая"), ItemInput(barcode="40000100"), "aigul"
        )
    assert taken.value.code == "barcode_taken"
    with pytest.raises(InvalidInput):
        add_record_with_item(
            ctx, RecordInput(title="x", year=3000), ItemInput(barcode="40000101"), "aigul"
        )

    card = add_reader()
    assert circulation.lend(ctx, card, "40000100", "aigul").done
    with pytest.raises(InvalidInput):
        change_item_status(ctx, "40000100", ItemStatus.WITHDRAWN, "aigul")
    # Lost while on loan: the loan stays open, the reader is still answerable for the book.
    change_item_status(ctx, "40000100", ItemStatus.LOST, "aigul", "reader lost it")
    with ctx.db.read() as s:
        assert [loan.item_barcode for loan in queries.reader_loans(s, card)] == ["40000100"]
        assert queries.search_items(s, "40000100")[0].status is ItemStatus.LOST
    assert ops(ctx, "change_item_status")[-1]["to"] == "lost"
    with pytest.raises(InvalidInput):
        change_item_status(ctx, "40000100", ItemStatus.AVAILABLE, "aigul")
    # The reader brings it back after all: an ordinary return.
    assert circulation.return_item(ctx, "40000100", "aigul").done
    with ctx.db.read() as s:
        assert queries.reader_loans(s, card) == []
        assert queries.search_items(s, "40000100")[0].status is ItemStatus.AVAILABLE
    with pytest.raises(InvalidInput):
        change_item_status(ctx, "40000100", ItemStatus.ON_LOAN, "aigul")
    with pytest.raises(NotFound):
        change_item_status(ctx, "49999999", ItemStatus.LOST, "aigul")


def test_staff_passwords_are_hashed_and_checked(ctx):
    create_staff(ctx, "Aigul", "Айгүл Серікова", StaffRole.BRANCH_ADMIN, "qwerty123")
    with sqlite3.connect(ctx.db.path) as conn:
        stored = conn.execute("SELECT password_hash FROM staff").fetchone()[0]
    assert "qwerty123" not in stored
    assert stored.startswith("scrypt$")
    staff = authenticate(ctx, "aigul", "qwerty123")
    assert staff is not None
    assert staff.role is StaffRole.BRANCH_ADMIN
    assert authenticate(ctx, "aigul", "wrong") is None
    assert authenticate(ctx, "nobody", "qwerty123") is None
    with pytest.raises(InvalidInput):
        create_staff(ctx, "aigul", "Другая", StaffRole.LIBRARIAN, "123456")
    with pytest.raises(InvalidInput):
        create_staff(ctx, "new", "Жаңа", StaffRole.LIBRARIAN, "123")
