"""The demo generator: a believable, consistent branch history, reproducible and fast.

Every check reads the database with plain SQL (sqlite3), not through the generator's own
bookkeeping, so a generator that lies in its summary or breaks an invariant is caught.
"""

from __future__ import annotations

import shutil
import sqlite3
import time
from collections.abc import Iterator
from contextlib import closing
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from branchdesk.demo.generator import DemoSummary, fill_demo
from branchdesk.domain.groups import age_on
from branchdesk.domain.iin import IinInfo, is_valid_iin, parse_iin
from branchdesk.domain.kazlatin import to_latin
from branchdesk.domain.model import EnquiryKind
from branchdesk.services.setup import init_branch
from branchdesk.store.queries import search_readers

TODAY = date(2026, 11, 20)
KAZAKH_LETTERS = set("әғқңөұүһіӘҒҚҢӨҰҮҺІ")
HEAVY_CARD = "BST-000011"

# Passport-style (ICAO) romanisation, written out here independently of the app's folding.
PASSPORT = {
    "а": "a", "ә": "a", "б": "b", "в": "v", "г": "g", "ғ": "g", "д": "d", "е": "e", "ё": "e",
    "ж": "zh", "з": "z", "и": "i", "й": "i", "і": "i", "к": "k", "қ": "k", "л": "l", "м": "m",
    "н": "n", "ң": "n", "о": "o", "ө": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
    "ұ": "u", "ү": "u", "ф": "f", "х": "kh", "һ": "h", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "iu", "я": "ia",
}  # fmt: skip


def passport(text: str) -> str:
    return "".join(PASSPORT.get(ch, ch) for ch in text.lower()).capitalize()


@dataclass(frozen=True)
class Demo:
    path: Path
    summary: DemoSummary


def make_branch(template: Path, folder: Path, **options: object) -> tuple[Path, DemoSummary, float]:
    """A new branch filled with demo data; also how many seconds fill_demo took."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "branch.sqlite"
    shutil.copyfile(template, path)
    db = init_branch(path, "BST", "Бестөбе кітапханасы", "Библиотека Бестобе")
    try:
        started = time.perf_counter()
        summary = fill_demo(db, "BST", **options)  # type: ignore[arg-type]
        elapsed = time.perf_counter() - started
    finally:
        db.dispose()
    return path, summary, elapsed


SMALL = {"readers": 60, "items": 150, "years": 2, "today": TODAY}


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory, migrated_template: Path) -> Demo:
    path, summary, _ = make_branch(migrated_template, tmp_path_factory.mktemp("demo"), **SMALL)
    return Demo(path, summary)


@pytest.fixture
def sql(demo: Demo) -> Iterator[sqlite3.Connection]:
    with closing(sqlite3.connect(demo.path)) as conn:
        yield conn


def one(conn: sqlite3.Connection, query: str) -> object:
    return conn.execute(query).fetchone()[0]


def test_counts_match_the_summary(demo: Demo, sql: sqlite3.Connection) -> None:
    s = demo.summary
    assert (s.readers, s.items, s.records) == (60, 150, 75)
    assert one(sql, "SELECT count(*) FROM reader") == s.readers
    assert one(sql, "SELECT count(*) FROM record") == s.records
    assert one(sql, "SELECT count(*) FROM item") == s.items
    assert one(sql, "SELECT count(*) FROM loan") == s.loans
    assert one(sql, "SELECT count(*) FROM loan WHERE returned_at IS NULL") == s.open_loans
    overdue = f"SELECT count(*) FROM loan WHERE returned_at IS NULL AND due_on < '{TODAY}'"
    assert one(sql, overdue) == s.overdue_loans
    assert one(sql, "SELECT count(*) FROM visit") == s.visits
    assert one(sql, "SELECT count(*) FROM event") == s.events
    assert one(sql, "SELECT count(*) FROM enquiry") == s.enquiries
    assert one(sql, "SELECT count(*) FROM refusal") == s.refusals
    # The default number of loans: min(readers * 25, items * 8).
    assert s.loans == 1200
    assert min(s.visits, s.events, s.enquiries, s.refusals) > 0


def test_cards_are_numbered_from_one_and_the_sequence_follows(sql: sqlite3.Connection) -> None:
    cards = [row[0] for row in sql.execute("SELECT card_number FROM reader ORDER BY id")]
    assert cards == [f"BST-{n:06d}" for n in range(1, 61)]
    assert one(sql, "SELECT value FROM setting WHERE key = 'card_seq'") == "60"


def test_demo_history_is_not_in_the_journal(sql: sqlite3.Connection) -> None:
    assert one(sql, "SELECT count(*) FROM journal") == 0


def test_a_copy_never_has_two_open_loans(sql: sqlite3.Connection) -> None:
    twice = sql.execute(
        "SELECT item_id FROM loan WHERE returned_at IS NULL GROUP BY item_id HAVING count(*) > 1"
    ).fetchall()
    assert twice == []


def test_loans_of_a_copy_do_not_overlap(sql: sqlite3.Connection) -> None:
    overlapping = one(
        sql,
        "SELECT count(*) FROM loan a JOIN loan b ON a.item_id = b.item_id AND a.id < b.id "
        "WHERE b.lent_at < coalesce(a.returned_at, '9999') "
        "AND a.lent_at < coalesce(b.returned_at, '9999')",
    )
    assert overlapping == 0


def test_copies_on_loan_are_exactly_those_with_an_open_loan(sql: sqlite3.Connection) -> None:
    open_items = {r[0] for r in sql.execute("SELECT item_id FROM loan WHERE returned_at IS NULL")}
    on_loan = {r[0] for r in sql.execute("SELECT id FROM item WHERE status = 'on_loan'")}
    assert open_items
    assert open_items == on_loan


def test_iins_are_valid_and_agree_with_birth_date_and_sex(sql: sqlite3.Connection) -> None:
    rows = sql.execute("SELECT iin, birth_date, sex FROM reader WHERE iin IS NOT NULL").fetchall()
    assert 0.5 * 60 <= len(rows) <= 0.9 * 60  # about 70% of the readers
    for iin, birth, sex in rows:
        info = parse_iin(iin)
        assert isinstance(info, IinInfo), iin
        assert info.birth_date.isoformat() == birth
        assert info.sex.value == sex
    assert one(sql, "SELECT count(DISTINCT iin) FROM reader") == len(rows)
    for (iin,) in sql.execute("SELECT guarantor_iin FROM reader WHERE guarantor_iin IS NOT NULL"):
        assert is_valid_iin(iin)


def test_no_loan_before_the_reader_registered(sql: sqlite3.Connection) -> None:
    early = one(
        sql,
        "SELECT count(*) FROM loan JOIN reader ON reader.id = loan.reader_id "
        "WHERE date(loan.lent_at) < reader.registered_on",
    )
    assert early == 0


def test_loan_dates_are_in_order_and_on_open_days(sql: sqlite3.Connection) -> None:
    assert one(sql, "SELECT count(*) FROM loan WHERE due_on < date(lent_at)") == 0
    assert one(sql, "SELECT count(*) FROM loan WHERE returned_at <= lent_at") == 0
    assert one(sql, f"SELECT count(*) FROM loan WHERE date(lent_at) > '{TODAY}'") == 0
    assert one(sql, f"SELECT count(*) FROM loan WHERE date(returned_at) >= '{TODAY}'") == 0
    sundays = one(sql, "SELECT count(*) FROM loan WHERE strftime('%w', lent_at) = '0'")
    assert sundays == 0
    assert one(sql, "SELECT min(date(lent_at)) FROM loan") >= "2024-11-20"  # type: ignore[operator]
    assert one(sql, "SELECT count(*) FROM loan WHERE renewals NOT BETWEEN 0 AND 2") == 0
    assert one(sql, "SELECT count(*) FROM loan WHERE lent_by != 'demo'") == 0
    returned = "SELECT count(*) FROM loan WHERE returned_at IS NOT NULL"
    assert one(sql, returned + " AND (returned_branch != 'BST' OR returned_by != 'demo')") == 0


def test_some_open_loans_are_overdue(demo: Demo) -> None:
    s = demo.summary
    assert s.overdue_loans > 0
    assert 0.05 <= s.overdue_loans / s.open_loans <= 0.3


def test_the_heavy_reader_has_hundreds_of_loans(sql: sqlite3.Connection) -> None:
    total, still_out = sql.execute(
        "SELECT count(*), sum(returned_at IS NULL) FROM loan "
        "JOIN reader ON reader.id = loan.reader_id WHERE card_number = ?",
        (HEAVY_CARD,),
    ).fetchone()
    assert total == 500
    assert 30 <= still_out <= 40


def test_re_registration_is_never_in_the_registration_year(sql: sqlite3.Connection) -> None:
    assert one(sql, "SELECT count(*) FROM reregistration") > 0
    same_year = one(
        sql,
        "SELECT count(*) FROM reregistration r JOIN reader ON reader.id = r.reader_id "
        "WHERE r.year <= CAST(strftime('%Y', reader.registered_on) AS INTEGER)",
    )
    assert same_year == 0
    # A card is valid for a year from the last (re-)registration; consent is given that day.
    rows = sql.execute(
        "SELECT max(registered_on, coalesce((SELECT max(day) FROM reregistration r "
        "WHERE r.reader_id = reader.id), registered_on)), card_valid_until, consent_date "
        "FROM reader"
    ).fetchall()
    for last, valid_until, consent in rows:
        day = date.fromisoformat(last)
        leap_day = (day.month, day.day) == (2, 29)
        expected = date(day.year + 1, 2, 28) if leap_day else day.replace(year=day.year + 1)
        assert valid_until == expected.isoformat()
        assert consent == last


def test_children_have_a_guarantor_and_ages_fit_the_groups(sql: sqlite3.Connection) -> None:
    rows = sql.execute(
        "SELECT birth_date, category, guarantor_name FROM reader WHERE birth_date IS NOT NULL"
    ).fetchall()
    ages = [(age_on(date.fromisoformat(b), TODAY), c, g) for b, c, g in rows]
    children = [(a, c, g) for a, c, g in ages if a <= 14]
    assert children
    assert all(g for _, _, g in children)
    assert all(c in ("pupil", "preschool") for _, c, _ in children)
    assert all(c == "pensioner" for a, c, _ in ages if a >= 65)
    assert all(5 <= a <= 85 for a, _, _ in ages)


def test_names_are_kazakh_and_russian(sql: sqlite3.Connection) -> None:
    names = " ".join(
        " ".join(filter(None, row))
        for row in sql.execute("SELECT surname, name, patronymic FROM reader")
    )
    assert KAZAKH_LETTERS & set(names)
    assert "ович" in names or "овна" in names
    languages = {r[0] for r in sql.execute("SELECT language FROM reader")}
    assert languages == {"kk", "ru"}
    assert one(sql, "SELECT count(*) FROM reader WHERE patronymic IS NULL") > 0


def test_the_catalogue_spreads_over_languages_and_sections(sql: sqlite3.Connection) -> None:
    languages = {r[0] for r in sql.execute("SELECT language FROM record")}
    assert {"kk", "ru"} <= languages
    assert one(sql, "SELECT count(*) FROM record WHERE bbk LIKE '84(5Каз)%'") > 0
    assert one(sql, "SELECT count(*) FROM record WHERE audience = 'children'") > 0
    barcodes = [r[0] for r in sql.execute("SELECT barcode FROM item ORDER BY id")]
    assert barcodes[0] == "40000001"
    assert all(len(b) == 8 and b.isdigit() for b in barcodes)
    types = {r[0] for r in sql.execute("SELECT item_type FROM item")}
    assert "book" in types


def test_the_diary_parts_are_filled(sql: sqlite3.Connection) -> None:
    kinds = {r[0] for r in sql.execute("SELECT DISTINCT kind FROM enquiry")}
    assert kinds == {k.value for k in EnquiryKind}
    bad_events = one(
        sql,
        "SELECT count(*) FROM event WHERE attendance_children + attendance_youth "
        "> attendance_total OR attendance_children < 0 OR attendance_youth < 0",
    )
    assert bad_events == 0
    assert one(sql, "SELECT count(DISTINCT programme) FROM event") > 1
    # One loan-desk visit per reader and day with loans; a reader is counted once a day.
    lending_days = one(
        sql, "SELECT count(*) FROM (SELECT DISTINCT reader_id, date(lent_at) FROM loan)"
    )
    assert one(sql, "SELECT count(*) FROM visit WHERE kind = 'loan_desk'") == lending_days
    twice = one(
        sql,
        "SELECT count(*) FROM (SELECT reader_id, day FROM visit WHERE reader_id IS NOT NULL "
        "GROUP BY reader_id, day HAVING count(*) > 1)",
    )
    assert twice == 0
    event_visits = one(sql, "SELECT count(*) FROM visit WHERE kind = 'event'")
    assert event_visits == one(sql, "SELECT sum(attendance_total) FROM event")
    anonymous = {r[0] for r in sql.execute("SELECT kind FROM visit WHERE reader_id IS NULL")}
    assert {"reading_room", "internet"} <= anonymous


def test_references_and_storage_are_sound(sql: sqlite3.Connection) -> None:
    assert sql.execute("PRAGMA foreign_key_check").fetchall() == []
    assert one(sql, "PRAGMA integrity_check") == "ok"
    indexes = {r[0] for r in sql.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert {"ix_loan_open_item", "ix_loan_reader_lent", "ix_visit_reader_day"} <= indexes


def test_dates_read_back_through_sqlalchemy(demo: Demo) -> None:
    from branchdesk.store.migrate import open_database
    from branchdesk.store.queries import find_reader

    db = open_database(demo.path)
    try:
        with db.read() as session:
            reader = find_reader(session, HEAVY_CARD)
            assert reader is not None
            assert reader.registered_on < TODAY
            assert reader.reregistered_years
    finally:
        db.dispose()


def test_the_same_seed_gives_the_same_branch(
    tmp_path: Path, migrated_template: Path, sql: sqlite3.Connection
) -> None:
    query = "SELECT card_number, surname, name, patronymic, iin, birth_date FROM reader ORDER BY id"
    loans = "SELECT item_id, reader_id, lent_at, due_on, returned_at FROM loan ORDER BY id"
    again, _, _ = make_branch(migrated_template, tmp_path / "again", **SMALL)
    other, _, _ = make_branch(migrated_template, tmp_path / "other", seed=7, **SMALL)
    with closing(sqlite3.connect(again)) as conn:
        assert conn.execute(query).fetchall() == sql.execute(query).fetchall()
        assert conn.execute(loans).fetchall() == sql.execute(loans).fetchall()
    with closing(sqlite3.connect(other)) as conn:
        assert conn.execute(query).fetchall() != sql.execute(query).fetchall()


def test_readers_are_found_by_their_surname_in_latin_letters(
    demo: Demo, sql: sqlite3.Connection
) -> None:
    from branchdesk.store.migrate import open_database

    rows = sql.execute("SELECT card_number, surname FROM reader ORDER BY id").fetchall()
    kazakh = [(card, surname) for card, surname in rows if KAZAKH_LETTERS & set(surname)]
    assert kazakh
    db = open_database(demo.path)
    try:
        with db.read() as session:
            for card, surname in kazakh[:5]:
                for latin in (passport(surname), to_latin(surname)):
                    found = [r.card_number for r in search_readers(session, latin)]
                    assert card in found, (surname, latin)
    finally:
        db.dispose()


def test_a_second_fill_is_refused(demo: Demo) -> None:
    from branchdesk.errors import WorldError
    from branchdesk.store.migrate import open_database

    db = open_database(demo.path)
    try:
        with pytest.raises(WorldError) as caught:
            fill_demo(db, "BST", readers=5, items=10, today=TODAY)
        assert caught.value.code == "demo_needs_empty_branch"
    finally:
        db.dispose()


def test_a_benchmark_sized_fill_is_fast(tmp_path: Path, migrated_template: Path) -> None:
    _, summary, elapsed = make_branch(
        migrated_template, tmp_path, readers=500, items=5000, loans=50_000, today=TODAY
    )
    assert summary.loans >= 49_000
    assert elapsed < 10, f"fill_demo took {elapsed:.1f} s"
