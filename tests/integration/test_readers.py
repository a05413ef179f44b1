"""Registering, editing, re-registering and blocking readers; search across scripts."""

from __future__ import annotations

import json
import sqlite3
from datetime import date

import pytest

from branchdesk.domain.model import ReaderStatus
from branchdesk.domain.readers import ReaderInput
from branchdesk.errors import InvalidInput, NotFound
from branchdesk.services.readers import (
    block_reader,
    register_reader,
    reregister_reader,
    unblock_reader,
    update_reader,
)
from branchdesk.store import queries


def count_journal(ctx) -> int:
    with sqlite3.connect(ctx.db.path) as conn:
        return conn.execute("SELECT count(*) FROM journal").fetchone()[0]


def test_register_allocates_branch_card_numbers_and_fills_from_iin(ctx):
    first = register_reader(
        ctx, ReaderInput(surname="Құнанбаев", name="Абай", iin="791028302728"), "aigul"
    )
    second = register_reader(
        ctx, ReaderInput(surname="Иванова", name="Мария", patronymic="Петровна"), "aigul"
    )
    assert first.reader is not None
    assert second.reader is not None
    assert first.reader.card_number == "BST-000001"
    assert second.reader.card_number == "BST-000002"
    assert first.reader.birth_date == date(1979, 10, 28)
    assert first.reader.sex == "m"
    assert first.reader.card_valid_until == date(2027, 11, 17)
    with sqlite3.connect(ctx.db.path) as conn:
        _kind, payload = conn.execute(
            "SELECT kind, payload FROM journal WHERE kind='register_reader' ORDER BY device_seq"
        ).fetchone()
    assert json.loads(payload)["card"] == "BST-000001"
    assert json.loads(payload)["iin"] == "791028302728"


@pytest.mark.parametrize(
    ("data", "field", "code"),
    [
        (ReaderInput(surname="", name="Абай"), "surname", "required"),
        (ReaderInput(surname="   ", name="Абай"), "surname", "required"),
        (ReaderInput(surname="А" * 10_000, name="Абай"), "surname", "too_long"),
        (ReaderInput(surname="Құнанбаев", name="12345"), "name", "not_a_name"),
        (ReaderInput(surname="Құнанбаев", name="Абай", iin="791028302729"), "iin", "iin_checksum"),
        (ReaderInput(surname="Құнанбаев", name="Абай", iin="79102830272"), "iin", "iin_format"),
        (
            ReaderInput(surname="Құнанбаев", name="Абай", birth_date=date(2020, 1, 1)),
            "guarantor_name",
            "guarantor_required",
        ),
        (
            ReaderInput(surname="Құнанбаев", name="Абай", birth_date=date(2030, 1, 1)),
            "birth_date",
            "in_future",
        ),
        (
            ReaderInput(surname="Құнанбаев", name="Абай", category="astronaut"),
            "category",
            "unknown_category",
        ),
    ],
)
def test_invalid_reader_input_is_refused_and_nothing_is_written(ctx, data, field, code):
    before = count_journal(ctx)
    with pytest.raises(InvalidInput) as refused:
        register_reader(ctx, data, "aigul")
    assert (refused.value.field, refused.value.code) == (field, code)
    assert count_journal(ctx) == before
    with ctx.db.read() as s:
        assert queries.search_readers(s, "") == []


def test_child_with_guarantor_registers(ctx):
    result = register_reader(
        ctx,
        ReaderInput(
            surname="Серікова",
            name="Аружан",
            birth_date=date(2016, 3, 2),
            guarantor_name="Серікова Гүлнар",
            category="pupil",
        ),
        "aigul",
    )
    assert result.reader is not None
    assert result.reader.guarantor is not None


def test_duplicate_iin_or_name_and_birth_date_asks_first(ctx, add_reader):
    add_reader("Құнанбаев", "Абай", iin="791028302728", birth_date=None)
    same_iin = register_reader(
        ctx, ReaderInput(surname="Kunanbaev", name="Abai", iin="791028302728"), "aigul"
    )
    assert not same_iin.done
    assert [d.card_number for d in same_iin.duplicates] == ["BST-000001"]
    # Same person typed in Latin: folding makes the names meet.
    same_person = register_reader(
        ctx, ReaderInput(surname="QUNANBAEV", name="abai", birth_date=date(1979, 10, 28)), "aigul"
    )
    assert not same_person.done
    confirmed = register_reader(
        ctx,
        ReaderInput(surname="QUNANBAEV", name="abai", birth_date=date(1979, 10, 28)),
        "aigul",
        confirm_duplicate=True,
    )
    assert confirmed.done


def test_search_folds_case_script_and_kazakh_letters(ctx, add_reader):
    card = add_reader("Құнанбаев", "Абай")
    add_reader("Жұмабаев", "Мағжан")
    add_reader("Иванова", "Мария")
    with ctx.db.read() as s:
        for query in ("abai", "Абай", "ABAI", "Abai", "kunan", "Qūnanbaev", "құн аба"):
            found = queries.search_readers(s, query)
            assert [r.card_number for r in found] == [card], query
        assert [r.surname for r in queries.search_readers(s, "zhumab")] == ["Жұмабаев"]
        assert [r.surname for r in queries.search_readers(s, "Jūmabaev")] == ["Жұмабаев"]
        assert queries.search_readers(s, card)[0].card_number == card
        assert queries.search_readers(s, "nobody") == []
        assert queries.search_readers(s, '"*) OR 1=1 --') == []


def test_update_journals_only_changed_fields_and_reindexes(ctx, add_reader):
    card = add_reader()
    updated = update_reader(
        ctx,
        card,
        ReaderInput(
            surname="Құнанбаев",
            name="Ибраһим",
            birth_date=date(1990, 5, 17),
            phone="+7 701 000 00 00",
        ),
        "aigul",
    )
    assert updated.name == "Ибраһим"
    with sqlite3.connect(ctx.db.path) as conn:
        payload = json.loads(
            conn.execute("SELECT payload FROM journal WHERE kind='update_reader'").fetchone()[0]
        )
    assert payload["fields"] == {"name": "Ибраһим", "phone": "+7 701 000 00 00"}
    with ctx.db.read() as s:
        assert [r.card_number for r in queries.search_readers(s, "ibrahim")] == [card]
        assert queries.search_readers(s, "abai") == []


def test_reregister_block_and_unblock(ctx, add_reader, clock):
    card = add_reader()
    clock.now = clock.now.replace(year=2027, month=12, day=1)
    reader = reregister_reader(ctx, card, "aigul")
    assert reader.reregistered_years == (2027,)
    assert reader.card_valid_until == date(2028, 12, 1)
    blocked = block_reader(ctx, card, "книга не возвращена", "aigul", until=date(2028, 1, 15))
    assert blocked.status is ReaderStatus.BLOCKED
    assert blocked.blocked_until == date(2028, 1, 15)
    with pytest.raises(InvalidInput):
        block_reader(ctx, card, "  ", "aigul")
    with pytest.raises(InvalidInput):
        block_reader(ctx, card, "x", "aigul", until=date(2020, 1, 1))
    assert unblock_reader(ctx, card, "aigul").status is ReaderStatus.ACTIVE
    with pytest.raises(NotFound):
        unblock_reader(ctx, "BST-999999", "aigul")
    with pytest.raises(InvalidInput):
        unblock_reader(ctx, "garbage", "aigul")


def test_a_cancelled_card_cannot_be_blocked_back_to_life(ctx, add_reader):
    card = add_reader()
    with ctx.db.write() as s:
        from sqlalchemy import update

        from branchdesk.store.schema import ReaderRow

        s.execute(update(ReaderRow).values(status="cancelled"))
    with pytest.raises(InvalidInput) as refused:
        block_reader(ctx, card, "долг", "aigul")
    assert refused.value.code == "card_not_active"
    assert unblock_reader(ctx, card, "aigul").status is ReaderStatus.CANCELLED


def test_editing_in_another_readers_iin_is_refused(ctx, add_reader):
    first = add_reader("Құнанбаев", "Абай", iin="791028302728", birth_date=None)
    second = add_reader("Иванова", "Мария")
    with pytest.raises(InvalidInput) as refused:
        update_reader(
            ctx, second, ReaderInput(surname="Иванова", name="Мария", iin="791028302728"), "aigul"
        )
    assert refused.value.code == "duplicate_iin"
    assert refused.value.params["card"] == first
    with pytest.raises(InvalidInput):
        reregister_reader(ctx, second, "aigul", consent_date=date(2030, 1, 1))


def test_a_query_with_nothing_to_search_finds_nobody(ctx, add_reader, add_item):
    add_reader()
    add_item()
    with ctx.db.read() as s:
        assert queries.search_readers(s, "!!!") == []
        assert queries.search_items(s, "---") == []
        assert len(queries.search_readers(s, "")) == 1
