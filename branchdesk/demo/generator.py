"""Fill a branch with years of believable history: readers, catalogue, loans and the diary.

Everything follows from `seed` (and `today`): the same call gives the same readers, copies and
loans; only the UUIDs, which carry the clock, differ. The history is made in memory first, then
written in one unit of work with bulk inserts and integer keys chosen here, never a query per
row, so the cost grows linearly with the numbers asked for (5,000 readers, 50,000 copies and
500,000 loans: about 30 s on a slow 2-core VM, most of it Python building the rows).

No journal rows are written. The journal is the outbox of operations still to be sent to the
central server; demo history stands for years that were synchronised long ago, so there is
nothing to send, and sending it would plant fictitious readers in the central catalogue.

The reader with card number `<branch>-000011` (HEAVY_READER_SEQ; the last reader when there
are fewer than 11) has 500 loans in the history and about 40 of them open, for benchmarks
that need "a reader with hundreds of loans".

How the history hangs together:
- readers are registered before or during the period, never before their fifth birthday;
  a reader who borrows in a later year was re-registered that year, on their first loan day;
  the card is valid for a year from the last (re-)registration, and the consent is that day;
- loans are made on open days (not Sundays or public holidays) to readers registered by
  then, of copies that are on the shelf: a copy is never lent twice at once, so a copy has at
  most one open loan, and the copies with an open loan are exactly the ones "on_loan";
- due dates are the desk's: 15 days, moved to the next open day, plus 15 per renewal;
- about 15% of the open loans at the end are overdue;
- one loan-desk visit per reader and day with loans; reading-room and internet visitors
  without a card; one event visit per person counted at an event (readers with a card when
  they have no other visit that day, the rest without), so event visits equal attendance.
"""

from __future__ import annotations

import random
import uuid
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from itertools import accumulate
from math import sqrt
from typing import Any

from sqlalchemy import Table, func, insert, select, text
from sqlalchemy.orm import Session

from branchdesk.demo import names
from branchdesk.demo.titles import (
    ENQUIRIES,
    EVENT_PLACES,
    EVENTS,
    PUBLISHERS,
    REFUSALS,
    TITLES,
    Title,
)
from branchdesk.domain.codes import card_number
from branchdesk.domain.folding import search_key
from branchdesk.domain.groups import SocialGroup, age_on
from branchdesk.domain.iin import Sex, make_iin
from branchdesk.domain.model import (
    Audience,
    EnquiryKind,
    EventForm,
    ItemStatus,
    ItemType,
    Language,
    ReaderStatus,
    VisitKind,
)
from branchdesk.domain.policy import DEFAULT_RULE
from branchdesk.domain.readers import ReaderInput
from branchdesk.errors import InvalidInput, WorldError
from branchdesk.services.catalogue import RecordInput, record_search_text
from branchdesk.services.context import BranchConfig, load_config
from branchdesk.services.readers import reader_search_text
from branchdesk.services.setup import SEED_PROGRAMMES
from branchdesk.store.db import Database
from branchdesk.store.schema import Base, BranchRow
from branchdesk.store.settings import Key, get_setting, put_setting

HEAVY_READER_SEQ = 11
HEAVY_LOANS = 500
HEAVY_OPEN = 40
FIRST_BARCODE = 40000001
FIRST_INVENTORY = 10001
OPERATOR = "demo"
OVERDUE_SHARE = 0.15
LOAN_DAYS = DEFAULT_RULE.loan_days
RENEWAL_DAYS = DEFAULT_RULE.renewal_days
CHUNK = 50_000  # rows per executemany: bounds the memory the big tables take

_NEVER = 10**7  # an ordinal after every date: a copy out on an open loan never comes back
_KK, _RU, _OTHER = Language.KAZAKH, Language.RUSSIAN, Language.OTHER


@dataclass(frozen=True)
class DemoSummary:
    readers: int
    records: int
    items: int
    loans: int
    open_loans: int
    overdue_loans: int
    visits: int
    events: int
    enquiries: int
    refusals: int


def fill_demo(
    db: Database,
    branch: str,
    *,
    readers: int = 200,
    items: int = 600,
    years: int = 3,
    today: date | None = None,
    seed: int = 2026,
    loans: int | None = None,
) -> DemoSummary:
    """Fill the (empty) branch `branch` in `db` with `years` years of history up to `today`.

    `loans` defaults to min(readers * 25, items * 8); fewer are made when the stock cannot
    carry that many (every copy out at once), never more.
    """
    for name, value, least in (
        ("readers", readers, 1),
        ("items", items, 1),
        ("years", years, 1),
        ("loans", loans, 0),
    ):
        if value is not None and value < least:
            raise InvalidInput("too_small", field=name)
    wanted = loans if loans is not None else min(readers * 25, items * 8)
    with db.read() as session:
        _check_empty_branch(session, db, branch)
        home = _home_settlement(session, branch)
        config = load_config(session)
    # The history is made outside any transaction, so the desk is not held up meanwhile.
    _ids.seed(seed)
    demo = _Demo(branch, home, today or date.today(), years, random.Random(seed), config)
    demo.make_readers(readers)
    demo.make_catalogue(items)
    demo.make_loans(wanted)
    demo.make_reader_history()
    demo.make_visits(readers)
    demo.make_events(readers)
    demo.make_enquiries_and_refusals(readers)
    with db.write() as session:
        _check_empty_branch(session, db, branch)
        summary = demo.write(session)
        put_setting(session, Key.CARD_SEQ, readers)
    db.analyze()
    return summary


def _check_empty_branch(session: Session, db: Database, branch: str) -> None:
    found = get_setting(session, Key.BRANCH)
    if found is None:
        raise WorldError("branch_not_initialised", path=str(db.path))
    if found != branch:
        raise WorldError("other_branch_database", found=found, wanted=branch)
    existing = session.scalar(select(func.count()).select_from(_table("reader"))) or 0
    if existing:
        raise WorldError("demo_needs_empty_branch", readers=existing)


def _table(name: str) -> Table:
    return Base.metadata.tables[name]


_LOAN_COLUMNS = (
    "id", "uuid", "item_id", "reader_id", "branch", "lent_at", "due_on", "returned_at",
    "returned_branch", "renewals", "lent_by", "returned_by",
)  # fmt: skip
_VISIT_COLUMNS = ("id", "uuid", "day", "reader_id", "kind", "branch", "recorded_by")


def _bulk_load(
    session: Session,
    target: Table,
    columns: tuple[str, ...],
    rows: Iterator[tuple[Any, ...]],
    fast: bool,
) -> None:
    """Load one of the two big tables (loans and visits are nearly all the rows) the way a
    dump is restored: indexes dropped, rows in, indexes built again, inside the unit of work.

    With `fast`, the rows are tuples of driver values (dates already as the text SQLAlchemy
    stores) and go to the driver's executemany. Measured on 500,000 loans: SQLite took 10 s
    with the indexes in place and 6 s building them afterwards, and insert(Table) with dicts
    spent another 9 s on SQLAlchemy's per-row parameter handling. Without `fast` the rows go
    through insert(Table) with date objects.
    """
    conn = session.connection()
    indexes = conn.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master "
        "WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL",
        (target.name,),
    ).all()
    for name, _ in indexes:
        conn.exec_driver_sql(f'DROP INDEX "{name}"')
    sql = (
        f"INSERT INTO {target.name} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
    )
    batch: list[tuple[Any, ...]] = []
    for row in rows:
        batch.append(row)
        if len(batch) == CHUNK:
            _load_batch(session, target, columns, sql, batch, fast)
            batch = []
    if batch:
        _load_batch(session, target, columns, sql, batch, fast)
    for _, create in indexes:
        conn.exec_driver_sql(create)


def _load_batch(
    session: Session,
    target: Table,
    columns: tuple[str, ...],
    sql: str,
    batch: list[tuple[Any, ...]],
    fast: bool,
) -> None:
    if fast:
        session.connection().exec_driver_sql(sql, batch)
    else:
        session.execute(insert(target), [dict(zip(columns, row, strict=True)) for row in batch])


def _stores_iso_text(session: Session) -> bool:
    """Whether SQLAlchemy stores loan and visit dates as "YYYY-MM-DD[ HH:MM:SS.ffffff]"."""
    dialect = session.get_bind().dialect
    loan, visit = _table("loan"), _table("visit")
    stamp = datetime(2001, 2, 3, 4, 5)
    checks = (
        (loan.c.lent_at, stamp, "2001-02-03 04:05:00.000000"),
        (loan.c.returned_at, stamp, "2001-02-03 04:05:00.000000"),
        (loan.c.due_on, stamp.date(), "2001-02-03"),
        (visit.c.day, stamp.date(), "2001-02-03"),
    )
    for col, value, stored in checks:
        process = col.type.dialect_impl(dialect).bind_processor(dialect)
        if process is None or process(value) != stored:
            return False
    return True


def _home_settlement(session: Session, branch: str) -> tuple[str, str]:
    """The branch's village, recognised in its name (the demo branch is "Бестөбе ...")."""
    row = session.execute(
        select(BranchRow.name_kk, BranchRow.name_ru).where(BranchRow.code == branch)
    ).first()
    key = search_key(" ".join(row) if row else "")
    for pair in names.BRANCH_SETTLEMENTS:
        if search_key(pair[1]) in key:
            return pair
    return names.BRANCH_SETTLEMENTS[0]


def _years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return date(day.year - years, 2, 28)


def _plus_months(day: date, months: int) -> date:
    year = day.year + (day.month - 1 + months) // 12
    month = (day.month - 1 + months) % 12 + 1
    for last in (31, 30, 29, 28):
        try:
            return day.replace(year=year, month=month, day=min(day.day, last))
        except ValueError:
            continue
    raise AssertionError("unreachable")


def _isbn13(prefix: str, rng: random.Random) -> str:
    width = 12 - len(prefix)
    body = prefix + f"{int(rng.random() * 10**width):0{width}d}"
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body))
    return body + str((10 - total % 10) % 10)


def _chunks(rows: Iterator[dict[str, Any]], size: int = CHUNK) -> Iterator[list[dict[str, Any]]]:
    chunk: list[dict[str, Any]] = []
    for row in rows:
        chunk.append(row)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _minute(roll: float) -> int:
    """A minute of the opening hours, 9:00-18:00 with the lunch hour off, from a random roll."""
    minute = 9 * 60 + int(roll * 531)
    return minute + 60 if 13 * 60 <= minute < 14 * 60 else minute


# Demo identities come from their own seeded generator: the same seed gives the same branch,
# and a burst of 800,000 UUIDv7 would push the process's later op_ids minutes into the future
# (uuid7 stays monotonic by adding a millisecond per call).
_ids = random.Random(0)


def _uuid() -> str:
    return str(uuid.UUID(int=_ids.getrandbits(128), version=4))


@dataclass
class _Person:
    """What the loan simulation needs to know about a reader."""

    birth: date  # the real one, also when the card does not record it
    language: Language
    registered: date
    weight: float  # how much the reader borrows, relative to the others


class _Demo:
    def __init__(
        self,
        branch: str,
        home: tuple[str, str],
        today: date,
        years: int,
        rng: random.Random,
        config: BranchConfig,
    ) -> None:
        self.branch = branch
        self.home = home
        self.today = today
        self.start = _years_before(today, years)
        self.rng = rng
        self.calendar = config.calendar  # the branch's days off and closures
        self.card_months = config.card_validity_months
        # Open days of the period, and for every day up to a year past today the next one.
        self.first_ord = self.start.toordinal()
        self.today_ord = today.toordinal()
        span = self.today_ord - self.first_ord + 400
        self._next_open: list[int] = [0] * span
        following = self.first_ord + span
        for offset in range(span - 1, -1, -1):
            day = date.fromordinal(self.first_ord + offset)
            if self.calendar.is_open(day):
                following = self.first_ord + offset
            self._next_open[offset] = following
        self.open_days = [
            d for d in range(self.first_ord, self.today_ord + 1) if self.next_open(d) == d
        ]
        self.readers: list[dict[str, Any]] = []
        self.people: list[_Person] = []
        self.heavy = -1
        self.records: list[dict[str, Any]] = []
        self.record_titles: list[Title] = []
        self.items: list[dict[str, Any]] = []
        self.item_record: list[int] = []
        self.item_free: list[int] = []
        # Loans as parallel columns: 500,000 dicts at once would take gigabytes.
        self.l_item: list[int] = []
        self.l_reader: list[int] = []
        self.l_day: list[int] = []
        self.l_minute: list[int] = []
        self.l_due: list[int] = []
        self.l_returned: list[int | None] = []
        self.l_return_minute: list[int] = []
        self.l_renewals: list[int] = []
        self.l_heavy: list[bool] = []
        self.desk_visits: dict[tuple[int, int], None] = {}  # (reader, day), in order
        self.first_loan_in_year: dict[tuple[int, int], int] = {}
        self.visits: list[tuple[int, int | None, VisitKind]] = []  # (day, reader, kind)
        self.events: list[dict[str, Any]] = []
        self.enquiries: list[dict[str, Any]] = []
        self.refusals: list[dict[str, Any]] = []
        self.rereg: list[dict[str, Any]] = []
        self.reg_sorted: list[int] = []
        self.reg_order: list[int] = []

    # --- calendar ---------------------------------------------------------------------------

    def next_open(self, ordinal: int) -> int:
        offset = ordinal - self.first_ord
        if 0 <= offset < len(self._next_open):
            return self._next_open[offset]
        return self.calendar.next_open_day(date.fromordinal(ordinal)).toordinal()

    def random_open_day(self, lo: int, hi: int) -> int | None:
        """A random open day of the period between the ordinals lo and hi (inclusive)."""
        a = bisect_left(self.open_days, lo)
        b = bisect_right(self.open_days, hi)
        return self.open_days[self.rng.randrange(a, b)] if a < b else None

    def minute_of_day(self) -> int:
        return _minute(self.rng.random())

    @staticmethod
    def at(ordinal: int, minute: int) -> datetime:
        day = date.fromordinal(ordinal)
        return datetime(day.year, day.month, day.day, minute // 60, minute % 60)

    def eligible(self, ordinal: int) -> int:
        """How many readers (a prefix of reg_order) were registered by that day."""
        return bisect_right(self.reg_sorted, ordinal)

    # --- readers ----------------------------------------------------------------------------

    def make_readers(self, count: int) -> None:
        rng = self.rng
        self.heavy = min(HEAVY_READER_SEQ, count) - 1
        used_iins: set[str] = set()
        for index in range(count):
            heavy = index == self.heavy
            roll = rng.random()
            if heavy:
                age = 68
            elif roll < 0.35:
                age = rng.randint(5, 14)
            elif roll < 0.50:
                age = rng.randint(15, 29)
            elif roll < 0.85:
                age = rng.randint(30, 64)
            else:
                age = rng.randint(65, 85)
            female = heavy or rng.random() < 0.56
            kazakh = rng.random() < 0.62
            latest = _years_before(self.today, age)
            earliest = _years_before(self.today, age + 1) + timedelta(days=1)
            birth = earliest + timedelta(days=rng.randint(0, (latest - earliest).days))
            family, surname, first, patronymic = self._name(kazakh, female)
            if kazakh:
                language = _KK if rng.random() < 0.75 else _RU
            else:
                language = _RU if rng.random() < 0.97 else _KK
            registered = self._registration_day(birth, pre=heavy or rng.random() < 0.4)
            category = self._category(age, female, heavy)
            iin = None
            if rng.random() < 0.7 or heavy:
                iin = self._iin(birth, female, used_iins)
            show_birth = iin is not None or age < 18 or rng.random() < 0.8
            child_at_registration = age_on(birth, registered) <= 15
            kk = language is _KK
            settlement = self.home if rng.random() < 0.85 else rng.choice(names.OTHER_SETTLEMENTS)
            place = settlement[0] if kk else settlement[1]
            street = rng.choice(names.STREETS)
            guarantor_name = guarantor_iin = guarantor_phone = None
            if age <= 14 or child_at_registration:
                guarantor_name, guarantor_iin = self._guarantor(family, birth, kazakh, used_iins)
                guarantor_phone = self._phone()
            data = ReaderInput(
                surname=surname,
                name=first,
                patronymic=patronymic,
                iin=iin,
                birth_date=birth if show_birth else None,
                sex="f" if female else "m",
                category=category.value,
                school_or_work=self._occupation(category, age, place, kk),
                education=self._education(category, age, kk),
                settlement=place,
                street=street[0] if kk else street[1],
                house=str(rng.randint(1, 95)),
                flat=str(rng.randint(1, 48)) if rng.random() < 0.25 else None,
                phone=self._phone() if age >= 15 and rng.random() < 0.85 else None,
                guarantor_name=guarantor_name,
                guarantor_iin=guarantor_iin,
                guarantor_phone=guarantor_phone,
                consent_date=registered,
                language=language.value,
                notes=None,
            )
            card = card_number(self.branch, index + 1)
            weight = 0.0 if heavy else rng.lognormvariate(0.0, 1.0)
            if age <= 14:
                weight *= 1.5
            self.people.append(_Person(birth, language, registered, weight))
            self.readers.append(
                {
                    **{name: getattr(data, name) for name in ReaderInput.__dataclass_fields__},
                    "id": index + 1,
                    "uuid": "",
                    "card_number": card,
                    "registered_on": registered,
                    "home_branch": self.branch,
                    "card_valid_until": None,
                    "status": ReaderStatus.ACTIVE.value,
                    "block_reason": None,
                    "blocked_until": None,
                    "search_text": reader_search_text(data, card),
                    "updated_at": None,
                }
            )
        self.reg_order = sorted(range(count), key=lambda i: (self.people[i].registered, i))
        self.reg_sorted = [self.people[i].registered.toordinal() for i in self.reg_order]

    def _name(self, kazakh: bool, female: bool) -> tuple[str, str, str, str | None]:
        """(family name in the male form, surname, first name, patronymic)."""
        rng = self.rng
        if kazakh:
            first = rng.choice(names.KAZAKH_FEMALE if female else names.KAZAKH_MALE)
            pool = (
                names.KAZAKH_SURNAMES_INFLECTED
                if rng.random() < 0.8
                else names.KAZAKH_SURNAMES_PLAIN
            )
            family = rng.choice(pool)
            surname = names.surname_for(family, female)
            roll = rng.random()
            patronymic: str | None = None
            if surname.endswith(("ұлы", "қызы")):
                patronymic = None  # the surname already names the father
            elif roll < 0.45:
                patronymic = names.kazakh_patronymic(rng.choice(names.KAZAKH_FATHERS), female)
            elif roll < 0.85:
                patronymic = names.russian_patronymic(
                    rng.choice(names.KAZAKH_RUSSIFIED_PATRONYMICS), female
                )
            return family, surname, first, patronymic
        first = rng.choice(names.RUSSIAN_FEMALE if female else names.RUSSIAN_MALE)
        pool = names.RUSSIAN_SURNAMES if rng.random() < 0.85 else names.UKRAINIAN_GERMAN_SURNAMES
        family = rng.choice(pool)
        patronymic = None
        if rng.random() < 0.95:
            patronymic = names.russian_patronymic(rng.choice(names.RUSSIAN_PATRONYMICS), female)
        return family, names.surname_for(family, female), first, patronymic

    def _registration_day(self, birth: date, *, pre: bool) -> date:
        rng = self.rng
        if pre:
            lo, hi = _years_before(self.start, 6).toordinal(), self.first_ord - 1
        else:
            lo, hi = self.first_ord, self.today_ord
        fifth_birthday = _years_before(birth, -5).toordinal()
        lo = max(lo, fifth_birthday)
        hi = max(hi, lo)
        day = self.next_open(rng.randint(lo, hi))
        return date.fromordinal(min(day, self.today_ord))

    def _category(self, age: int, female: bool, heavy: bool) -> SocialGroup:
        rng = self.rng
        roll = rng.random()
        if heavy or age >= 65:
            return SocialGroup.PENSIONER
        if age <= 6:
            return SocialGroup.PRESCHOOL
        if age <= 15:
            return SocialGroup.PUPIL
        if age <= 17:
            return SocialGroup.PUPIL if roll < 0.8 else SocialGroup.STUDENT
        if age <= 22:
            return (
                SocialGroup.STUDENT
                if roll < 0.7
                else SocialGroup.WORKER
                if roll < 0.85
                else SocialGroup.UNEMPLOYED
            )
        if age >= (61 if female else 63) and roll < 0.6:
            return SocialGroup.PENSIONER
        return (
            SocialGroup.EMPLOYEE
            if roll < 0.4
            else SocialGroup.WORKER
            if roll < 0.7
            else SocialGroup.UNEMPLOYED
            if roll < 0.82
            else SocialGroup.OTHER
        )

    def _iin(self, birth: date, female: bool, used: set[str]) -> str | None:
        sex = Sex.FEMALE if female else Sex.MALE
        for _ in range(10):
            iin = make_iin(birth, sex, self.rng.randrange(10_000))
            if iin is not None and iin not in used:  # None: a serial never issued; skip it
                used.add(iin)
                return iin
        return None

    def _guarantor(
        self, family: str, child_birth: date, kazakh: bool, used: set[str]
    ) -> tuple[str, str | None]:
        """A parent: the child's family name in the parent's form, and often their ИИН."""
        rng = self.rng
        mother = rng.random() < 0.7
        if kazakh:
            first = rng.choice(names.KAZAKH_FEMALE if mother else names.KAZAKH_MALE)
        else:
            first = rng.choice(names.RUSSIAN_FEMALE if mother else names.RUSSIAN_MALE)
        full = f"{names.surname_for(family, mother)} {first}"
        iin = None
        if rng.random() < 0.6:
            birth = _years_before(child_birth, rng.randint(21, 40)) - timedelta(
                days=rng.randint(0, 300)
            )
            iin = self._iin(birth, mother, used)
        return full, iin

    def _phone(self) -> str:
        rng = self.rng
        return (
            f"+7 {rng.choice(names.PHONE_CODES)} {rng.randint(100, 999)} "
            f"{rng.randint(10, 99)} {rng.randint(10, 99)}"
        )

    def _occupation(self, category: SocialGroup, age: int, place: str, kk: bool) -> str | None:
        rng = self.rng
        lang = 0 if kk else 1
        if category is SocialGroup.PRESCHOOL:
            return rng.choice(names.KINDERGARTENS)[lang]
        if category is SocialGroup.PUPIL:
            school = rng.choice(names.SCHOOLS)[lang].format(s=place)
            grade = min(max(age - 6, 1), 11)
            return f"{school}, {grade}-сынып" if kk else f"{school}, {grade} класс"
        if category is SocialGroup.STUDENT:
            return rng.choice(names.COLLEGES)[lang]
        if category is SocialGroup.EMPLOYEE:
            return rng.choice(names.OFFICES)[lang].format(s=place)
        if category is SocialGroup.WORKER:
            return rng.choice(names.WORKS)[lang]
        return None

    def _education(self, category: SocialGroup, age: int, kk: bool) -> str | None:
        if age < 16 or category in (SocialGroup.PRESCHOOL, SocialGroup.PUPIL):
            return None
        roll = self.rng.random()
        if category is SocialGroup.STUDENT:
            key = "secondary" if age < 19 else "unfinished_higher"
        elif category is SocialGroup.EMPLOYEE:
            key = "higher" if roll < 0.6 else "special"
        else:
            key = (
                "higher"
                if roll < 0.2
                else "special"
                if roll < 0.6
                else "secondary"
                if roll < 0.95
                else "incomplete"
            )
        return names.EDUCATION[key][0 if kk else 1]

    # --- catalogue --------------------------------------------------------------------------

    def make_catalogue(self, item_count: int) -> None:
        rng = self.rng
        record_count = max(1, item_count // 2)
        year_now = self.today.year
        for index in range(record_count):
            base = TITLES[index % len(TITLES)]
            repeat = index // len(TITLES)
            title, year, publisher = base.title, min(base.year, year_now), base.publisher
            if base.item_type is ItemType.PERIODICAL:
                year = max(1990, year - repeat // 12)
                title = f"{base.title}. {year}, № {repeat % 12 + 1}"
            elif repeat:
                year = rng.randint(min(base.year, year_now), year_now)
                if rng.random() < 0.5:
                    publisher = rng.choice(PUBLISHERS[base.language])
                edition = repeat + 1
                title += {
                    _KK: f" ({edition}-басылым)",
                    _RU: f" ({edition}-е изд.)",
                    _OTHER: f" (edition {edition})",
                }[base.language]
            isbn = None
            if year >= 1995 and base.item_type is ItemType.BOOK and rng.random() < 0.7:
                prefix = {_KK: "978601", _RU: rng.choice(("9785", "978601")), _OTHER: "9780"}
                isbn = _isbn13(prefix[base.language], rng)
            data = RecordInput(
                title=title,
                authors=base.authors,
                isbn=isbn,
                publisher=publisher,
                year=year,
                language=base.language,
                bbk=base.bbk,
                audience=base.audience,
            )
            self.record_titles.append(base)
            self.records.append(
                {
                    "id": index + 1,
                    "uuid": "",
                    "title": title,
                    "authors": base.authors,
                    "isbn": isbn,
                    "publisher": publisher,
                    "year": year,
                    "language": base.language.value,
                    "bbk": base.bbk,
                    "udc": None,
                    "audience": base.audience.value,
                    "subjects": None,
                    "control_number": None,
                    "search_text": record_search_text(data),
                    "updated_at": datetime(year, 1, 1),
                }
            )
        # One copy of each title, then the extra copies mostly to fiction and children's books.
        copies = [1 if item_count >= record_count else 0] * record_count
        weights = [self._copy_weight(t) for t in self.record_titles]
        for chosen in rng.choices(
            range(record_count), weights, k=max(0, item_count - record_count)
        ):
            copies[chosen] += 1
        planned: list[tuple[int, int, int]] = []  # (acquired, record, copy)
        for record, count in enumerate(copies):
            year = self.records[record]["year"]
            for copy in range(count):
                planned.append((self._acquired(year), record, copy))
        planned.sort()
        inventory = FIRST_INVENTORY
        for index, (acquired, record, _copy) in enumerate(planned):
            base = self.record_titles[record]
            roll = rng.random()
            if base.reference_only:
                status = ItemStatus.REFERENCE_ONLY
            elif roll < 0.005:
                status = ItemStatus.WITHDRAWN
            elif roll < 0.008:
                status = ItemStatus.LOST
            else:
                status = ItemStatus.AVAILABLE
            number = None
            if base.item_type is ItemType.BOOK:
                number, inventory = str(inventory), inventory + 1
            year = self.records[record]["year"]
            self.item_record.append(record)
            lendable = status is ItemStatus.AVAILABLE
            self.item_free.append(acquired + 1 if lendable else _NEVER)
            self.items.append(
                {
                    "id": index + 1,
                    "uuid": "",
                    "barcode": str(FIRST_BARCODE + index),
                    "inventory_number": number,
                    "record_id": record + 1,
                    "home_branch": self.branch,
                    "location": self._location(base),
                    "item_type": base.item_type.value,
                    "status": status.value,
                    "price": self._price(year),
                    "acquired_on": date.fromordinal(acquired),
                    "updated_at": self.at(acquired, 12 * 60),
                }
            )

    @staticmethod
    def _copy_weight(title: Title) -> float:
        if title.item_type is ItemType.PERIODICAL or title.reference_only:
            return 0.2
        if title.audience is Audience.CHILDREN or (title.bbk or "").startswith("84"):
            return 3.0
        return 1.0

    def _acquired(self, year: int) -> int:
        """Most copies were on the shelves before the period; a fifth arrived during it."""
        lo = min(date(year, 2, 1).toordinal(), self.today_ord - 1)
        hi = self.today_ord - 1
        if self.rng.random() < 0.8 and lo < self.first_ord:
            hi = self.first_ord
        return self.rng.randint(lo, hi)

    def _price(self, year: int) -> str | None:
        rng = self.rng
        if year < 1993:
            return None  # priced in roubles; not carried over
        if year < 2000:
            return f"{rng.randrange(100, 500, 10)}.00"
        if year < 2015:
            return f"{rng.randrange(500, 2500, 50)}.00"
        return f"{rng.randrange(1500, 7000, 50)}.00"

    @staticmethod
    def _location(title: Title) -> str:
        """Where the copy stands: reading room, periodicals, children's, or the lending
        shelves by the BBK division it is arranged under."""
        if title.reference_only:
            return "Оқу залы"
        if title.item_type is ItemType.PERIODICAL:
            return "Мерзімді басылымдар"
        if title.audience is Audience.CHILDREN:
            return "Балалар бөлімі"
        if title.bbk is None:
            return "Абонемент, өңделмеген"
        if title.bbk.startswith("84"):
            return "Абонемент, көркем әдебиет"
        return f"Абонемент, сөре {title.bbk[0]}"

    # --- loans ------------------------------------------------------------------------------

    def make_loans(self, wanted: int) -> None:
        """Lend day by day through the period.

        This loop runs once per loan (500,000 times for the benchmark branch), so it keeps to
        local names and random() instead of randint()/choices(), which cost several times more.
        """
        rand = self.rng.random
        lendable = [i for i, free in enumerate(self.item_free) if free != _NEVER]
        pools: dict[tuple[bool, bool, bool], list[int]] = {}  # (children's, kk, ru) → copies
        for item in lendable:
            base = self.record_titles[self.item_record[item]]
            key = (base.audience is Audience.CHILDREN, base.language is _KK, base.language is _RU)
            pools.setdefault(key, []).append(item)
        heavy_total = min(HEAVY_LOANS, wanted // 2) if self.readers else 0
        heavy_open = min(HEAVY_OPEN, heavy_total // 12)
        plan = self._heavy_plan(heavy_total, heavy_open)
        per_day = self._loans_per_day(wanted - heavy_total)
        cum = list(accumulate(self.people[i].weight for i in self.reg_order))
        child_until = [_years_before(p.birth, -15).toordinal() for p in self.people]
        kazakh = [p.language is _KK for p in self.people]
        reg_order, heavy, today = self.reg_order, self.heavy, self.today_ord
        nxt, first = self._next_open, self.first_ord
        free = self.item_free
        l_item, l_reader, l_day, l_minute = self.l_item, self.l_reader, self.l_day, self.l_minute
        l_due, l_returned, l_renewals = self.l_due, self.l_returned, self.l_renewals
        l_return_minute, l_heavy = self.l_return_minute, self.l_heavy
        desk_visits, first_in_year = self.desk_visits, self.first_loan_in_year
        last_loan: dict[int, int] = {}
        n_lendable = len(lendable)
        for day_index, day in enumerate(self.open_days):
            year = date.fromordinal(day).year
            sessions: list[tuple[int, int, int, int]] = []  # (minute, reader, books, mode)
            for books, mode in plan.get(day_index, ()):
                sessions.append((_minute(rand()), heavy, books, mode))
            remaining = per_day[day_index]
            known = self.eligible(day)
            total_weight = cum[known - 1] if known else 0.0
            while remaining > 0:
                roll = rand()
                books = min(
                    remaining, 1 if roll < 0.35 else 2 if roll < 0.7 else 3 if roll < 0.9 else 4
                )
                remaining -= books
                if total_weight > 0:
                    pick = min(bisect_right(cum, rand() * total_weight, 0, known), known - 1)
                    sessions.append((_minute(rand()), reg_order[pick], books, 0))
            sessions.sort()
            for minute, reader, books, mode in sessions:
                child = day < child_until[reader]
                kk = kazakh[reader]
                taken: list[int] = []
                for _ in range(books):
                    if not n_lendable:
                        break
                    # Children mostly take children's books; readers mostly their language.
                    roll = rand()
                    if kk:
                        language = (
                            (True, False)
                            if roll < 0.65
                            else ((False, True) if roll < 0.95 else (False, False))
                        )
                    else:
                        language = (
                            (False, True)
                            if roll < 0.85
                            else ((True, False) if roll < 0.95 else (False, False))
                        )
                    pool = pools.get(((child if rand() < 0.8 else not child), *language))
                    pool = pool or lendable
                    tries = 60 if mode else 16
                    chosen = -1
                    for attempt in range(tries):
                        source = pool if attempt < tries // 2 else lendable
                        item = source[int(rand() * len(source))]
                        if free[item] <= day and item not in taken:
                            chosen = item
                            break
                    if chosen < 0:
                        continue  # every copy it could be is out: the loan is not made
                    taken.append(chosen)
                    returned: int | None = None
                    if mode != 2:
                        if mode == 1:
                            length = 7 + int(rand() * 24)
                        elif rand() < 0.04:
                            length = 31 + int(rand() * 210)  # the forgetful ones
                        else:
                            # Triangular over 1-31 days, most often 12 (inverse CDF).
                            u = rand()
                            length = int(
                                1 + sqrt(u * 330) if u < 11 / 30 else 31 - sqrt((1 - u) * 570)
                            )
                        returned = nxt[day + length - first]
                        if returned >= today:
                            returned = None  # still out today
                    due = nxt[day + LOAN_DAYS - first]
                    renewals = 0
                    end = today if returned is None else returned
                    if end > due and rand() < (0.3 if returned is None else 0.55):
                        renewals = 1 if end <= due + RENEWAL_DAYS or rand() < 0.5 else 2
                    elif returned is not None and rand() < 0.05:
                        renewals = 1
                    for _ in range(renewals):
                        due = nxt[due + RENEWAL_DAYS - first]
                    free[chosen] = _NEVER if returned is None else returned + 1
                    last_loan[chosen] = len(l_item)
                    l_item.append(chosen)
                    l_reader.append(reader)
                    l_day.append(day)
                    l_minute.append(minute)
                    l_due.append(due)
                    l_returned.append(returned)
                    l_return_minute.append(_minute(rand()))
                    l_renewals.append(renewals)
                    l_heavy.append(mode != 0)
                if taken:
                    desk_visits[(reader, day)] = None
                    first_in_year.setdefault((reader, year), day)
        self._balance_overdue(last_loan)

    def _heavy_plan(self, total: int, open_count: int) -> dict[int, list[tuple[int, int]]]:
        """Open-day index → sessions (books, mode) of the heavy reader.

        Mode 1: returned within a month; mode 2: still out. Most open ones were lent in the last
        two weeks; one session three weeks ago makes a few of them overdue.
        """
        plan: dict[int, list[tuple[int, int]]] = {}
        if total <= 0 or not self.open_days:
            return plan
        registered = self.people[self.heavy].registered.toordinal()
        lo = bisect_left(self.open_days, max(registered, self.first_ord))
        hi = bisect_right(self.open_days, self.today_ord - 40)
        returned = total - open_count
        if hi > lo:
            sessions = (returned + 4) // 5
            for n in range(sessions):
                books = min(5, returned - n * 5)
                index = lo + int((hi - lo) * (n + self.rng.random()) / sessions)
                plan.setdefault(min(index, hi - 1), []).append((books, 1))
        recent = [i for i, d in enumerate(self.open_days) if d >= self.today_ord - 14]
        older = [
            i
            for i, d in enumerate(self.open_days)
            if self.today_ord - 22 <= d < self.today_ord - 17
        ]
        left = open_count
        if older and left:
            books = min(5, left)
            plan.setdefault(older[0], []).append((books, 2))
            left -= books
        while left > 0 and recent:
            books = min(5, left)
            plan.setdefault(self.rng.choice(recent), []).append((books, 2))
            left -= books
        return plan

    def _loans_per_day(self, total: int) -> list[int]:
        """Spread `total` loans over the open days: more in winter, fewer on Saturdays and in
        the summer, and more as the number of registered readers grows."""
        month_weight = (0, 1.1, 1.15, 1.1, 1.0, 0.9, 0.8, 0.75, 0.8, 1.0, 1.1, 1.15, 1.05)
        count = max(1, len(self.readers))
        weights = []
        for day in self.open_days:
            d = date.fromordinal(day)
            w = month_weight[d.month] * (0.7 if d.weekday() == 5 else 1.0)
            weights.append(w * (0.3 + self.eligible(day) / count))
        whole = sum(weights) or 1.0
        result, given, running = [], 0, 0.0
        for w in weights:
            running += w
            target = round(total * running / whole)
            result.append(target - given)
            given = target
        return result

    def _balance_overdue(self, last_loan: dict[int, int]) -> None:
        """Bring the overdue share of the open loans to about OVERDUE_SHARE.

        Too many: some overdue books came back after all (on an open day before today). Too
        few: the last loan of some copies is still out. Neither touches a copy's later loans.
        """
        rng, today = self.rng, self.today_ord
        open_loans = [i for i, r in enumerate(self.l_returned) if r is None]
        overdue = [i for i in open_loans if self.l_due[i] < today]
        change = round((OVERDUE_SHARE * len(open_loans) - len(overdue)) / (1 - OVERDUE_SHARE))
        if open_loans and len(overdue) + change < 1:
            change = 1 - len(overdue)
        if change < 0:
            candidates = [i for i in overdue if not self.l_heavy[i]]
            for loan in rng.sample(candidates, min(-change, len(candidates))):
                back = self.random_open_day(self.l_day[loan] + 1, today - 1)
                if back is not None:
                    self.l_returned[loan] = back
        elif change > 0:
            candidates = [
                loan
                for _, loan in sorted(last_loan.items())
                if self.l_returned[loan] is not None
                and self.l_due[loan] < today
                and not self.l_heavy[loan]
            ]
            for loan in rng.sample(candidates, min(change, len(candidates))):
                self.l_returned[loan] = None

    # --- re-registration, validity, blocks ----------------------------------------------------

    def make_reader_history(self) -> None:
        rng = self.rng
        last_day = [p.registered for p in self.people]
        rereg_id = 0
        for (reader, year), day in sorted(self.first_loan_in_year.items()):
            if year <= self.people[reader].registered.year:
                continue
            rereg_id += 1
            when = date.fromordinal(day)
            self.rereg.append(
                {
                    "id": rereg_id,
                    "reader_id": reader + 1,
                    "year": year,
                    "day": when,
                    "branch": self.branch,
                }
            )
            last_day[reader] = max(last_day[reader], when)
        for reader, row in enumerate(self.readers):
            row["card_valid_until"] = _plus_months(last_day[reader], self.card_months)
            row["consent_date"] = last_day[reader]
            row["updated_at"] = datetime.combine(last_day[reader], time(10, 0))
        # A few readers are blocked, first those who keep books long overdue.
        wanted = len(self.readers) // 70
        late = sorted(
            {
                self.l_reader[i]
                for i, r in enumerate(self.l_returned)
                if r is None and self.l_due[i] < self.today_ord - 30
            }
            - {self.heavy}
        )
        others = [i for i in range(len(self.readers)) if i != self.heavy and i not in late]
        chosen = rng.sample(late, min(wanted, len(late)))
        chosen += rng.sample(others, min(wanted - len(chosen), len(others)))
        for reader in chosen:
            row = self.readers[reader]
            overdue = reader in late
            reasons = names.BLOCK_REASONS[0] if overdue else rng.choice(names.BLOCK_REASONS[1:])
            row["status"] = ReaderStatus.BLOCKED.value
            row["block_reason"] = reasons[0] if row["language"] == "kk" else reasons[1]
            row["blocked_until"] = self.today + timedelta(days=rng.randint(14, 120))

    # --- visits, events, enquiries, refusals ------------------------------------------------

    def make_visits(self, readers: int) -> None:
        rng = self.rng
        for reader, day in self.desk_visits:
            self.visits.append((day, reader, VisitKind.LOAN_DESK))
        reading_room = max(0.6, readers / 250)
        internet = max(0.3, readers / 600)
        for day in self.open_days:
            for kind, mean in (
                (VisitKind.READING_ROOM, reading_room),
                (VisitKind.INTERNET, internet),
            ):
                count = max(0, round(rng.gauss(mean, mean**0.5)))
                self.visits.extend((day, None, kind) for _ in range(count))

    def make_events(self, readers: int) -> None:
        rng = self.rng
        per_month = 1 + readers // 1000
        month = date(self.start.year, self.start.month, 1)
        seen = set(self.desk_visits)
        while month <= self.today:
            after = _plus_months(month, 1)
            lo = max(month.toordinal(), self.first_ord)
            hi = min(after.toordinal() - 1, self.today_ord)
            count = rng.randint(3, 6) * per_month
            days = sorted(d for d in (self.random_open_day(lo, hi) for _ in range(count)) if d)
            for day in days:
                self._event(day, seen)
            month = after

    def _event(self, day: int, seen: set[tuple[int, int]]) -> None:
        rng = self.rng
        title, language, form, audience = rng.choice(EVENTS)
        low, high = {
            EventForm.EXHIBITION: (20, 60),
            EventForm.LITERARY_EVENING: (15, 45),
            EventForm.READING_HOUR: (8, 25),
            EventForm.TALK: (10, 30),
            EventForm.REVIEW: (8, 20),
            EventForm.CONTEST: (10, 35),
            EventForm.AUTHOR_MEETING: (15, 50),
            EventForm.LOUD_READING: (8, 25),
        }.get(form, (10, 40))
        total = rng.randint(low, high)
        if audience == "children":
            children = round(total * rng.uniform(0.7, 1.0))
            youth = rng.randint(0, total - children)
        elif audience == "youth":
            children = rng.randint(0, total // 5)
            youth = round((total - children) * rng.uniform(0.6, 0.9))
        elif audience == "adults":
            children = rng.randint(0, total // 10)
            youth = rng.randint(0, total // 5)
        else:
            children = rng.randint(total // 5, total // 2)
            youth = rng.randint(0, (total - children) // 2)
        starts = self.at(day, rng.choice((11, 12, 15, 16)) * 60)
        self.events.append(
            {
                "id": len(self.events) + 1,
                "uuid": "",
                "title": title,
                "programme": rng.choice(SEED_PROGRAMMES) if rng.random() < 0.85 else None,
                "form": form.value,
                "starts_at": starts,
                "place": rng.choice(EVENT_PLACES[language]),
                "audience": audience,  # the code the desk stores; it words it per language
                "language": language.value,
                "attendance_total": total,
                "attendance_children": children,
                "attendance_youth": youth,
                "responsible": rng.choice(names.LIBRARIANS),
                "notes": None,
                "branch": self.branch,
                "updated_at": starts,
            }
        )
        # Every person counted is a visit; a reader already counted that day comes anonymously.
        known = self.eligible(day)
        for _ in range(total):
            reader: int | None = None
            if known and rng.random() < 0.3:
                candidate = self.reg_order[rng.randrange(known)]
                if (candidate, day) not in seen:
                    seen.add((candidate, day))
                    reader = candidate
            self.visits.append((day, reader, VisitKind.EVENT))

    def make_enquiries_and_refusals(self, readers: int) -> None:
        rng = self.rng
        scale = 1 + readers // 1000
        kinds = list(EnquiryKind)
        week = self.first_ord
        while week <= self.today_ord:
            end = min(week + 6, self.today_ord)
            for _ in range(rng.randint(1, 5) * scale):
                day = self.random_open_day(week, end)
                if day is None:
                    continue
                if len(self.enquiries) < len(kinds):
                    kind = kinds[len(self.enquiries)]  # every kind turns up at least once
                else:
                    kind = rng.choices(kinds, (35, 30, 15, 20))[0]
                self.enquiries.append(
                    {
                        "id": len(self.enquiries) + 1,
                        "uuid": "",
                        "day": date.fromordinal(day),
                        "kind": kind.value,
                        "topic": self._topic(kind),
                        "reader_id": self._some_reader(day, 0.6),
                        "branch": self.branch,
                        "recorded_by": OPERATOR,
                    }
                )
            for _ in range(rng.randint(0, 3) * scale):
                day = self.random_open_day(week, end)
                if day is None:
                    continue
                title, author = rng.choice(REFUSALS)
                self.refusals.append(
                    {
                        "id": len(self.refusals) + 1,
                        "uuid": "",
                        "day": date.fromordinal(day),
                        "title": title,
                        "author": author,
                        "reader_id": self._some_reader(day, 0.7),
                        "branch": self.branch,
                        "recorded_by": OPERATOR,
                    }
                )
            week += 7

    def _topic(self, kind: EnquiryKind) -> str:
        rng = self.rng
        language = _KK if rng.random() < 0.55 else _RU
        if kind is EnquiryKind.ADDRESS and self.records and rng.random() < 0.7:
            record = rng.choice(self.records)
            name = record["title"]
            if record["language"] == "kk":
                return f"«{name}» кітабы бар ма?"
            return f"Есть ли в библиотеке «{name}»?"
        return rng.choice(ENQUIRIES[kind][language])

    def _some_reader(self, day: int, share: float) -> int | None:
        known = self.eligible(day)
        if not known or self.rng.random() >= share:
            return None
        return self.reg_order[self.rng.randrange(known)] + 1

    # --- writing ----------------------------------------------------------------------------

    def write(self, session: Session) -> DemoSummary:
        # The whole branch fits in a bigger page cache than the default 2 MB; without it the
        # indexes of the loan table spill to the WAL and are read back again and again.
        previous_cache = session.execute(text("PRAGMA cache_size")).scalar()
        session.execute(text("PRAGMA cache_size=-262144"))  # 256 MiB, used only as needed
        try:
            return self._write(session)
        finally:
            session.execute(text(f"PRAGMA cache_size={int(previous_cache or -2000)}"))

    def _write(self, session: Session) -> DemoSummary:
        bases = {
            name: int(session.scalar(select(func.max(_table(name).c.id))) or 0)
            for name in ("reregistration", "record", "item", "loan", "visit", "event",
                         "enquiry", "refusal")
        }  # fmt: skip
        first_barcode = FIRST_BARCODE
        highest = session.scalar(
            text(
                "SELECT max(CAST(barcode AS INTEGER)) FROM item "
                "WHERE length(barcode) = 8 AND barcode NOT GLOB '*[^0-9]*'"
            )
        )
        if highest is not None and int(highest) >= FIRST_BARCODE:
            first_barcode = int(highest) + 1
        open_items: dict[int, datetime] = {}
        for i, returned in enumerate(self.l_returned):
            if returned is None:
                open_items[self.l_item[i]] = self.at(self.l_day[i], self.l_minute[i])
        for index, row in enumerate(self.items):
            row["barcode"] = str(first_barcode + index)
            if index in open_items:
                row["status"] = ItemStatus.ON_LOAN.value
                row["updated_at"] = open_items[index]

        self._insert(session, _table("reader"), self._with_uuids(self.readers, 0))
        rereg = self._shift(self.rereg, bases["reregistration"])
        self._insert(session, _table("reregistration"), rereg)
        records = self._with_uuids(self.records, bases["record"])
        self._insert(session, _table("record"), records)
        items = self._with_uuids(self.items, bases["item"], record_id=bases["record"])
        self._insert(session, _table("item"), items)
        fast = _stores_iso_text(session)
        _bulk_load(session, _table("loan"), _LOAN_COLUMNS, self._loan_rows(bases, fast), fast)
        visits = self._visit_rows(bases["visit"], fast)
        _bulk_load(session, _table("visit"), _VISIT_COLUMNS, visits, fast)
        self._insert(session, _table("event"), self._with_uuids(self.events, bases["event"]))
        enquiries = self._with_uuids(self.enquiries, bases["enquiry"])
        self._insert(session, _table("enquiry"), enquiries)
        refusals = self._with_uuids(self.refusals, bases["refusal"])
        self._insert(session, _table("refusal"), refusals)
        today = self.today_ord
        still_out = [i for i, r in enumerate(self.l_returned) if r is None]
        return DemoSummary(
            readers=len(self.readers),
            records=len(self.records),
            items=len(self.items),
            loans=len(self.l_item),
            open_loans=len(still_out),
            overdue_loans=sum(1 for i in still_out if self.l_due[i] < today),
            visits=len(self.visits),
            events=len(self.events),
            enquiries=len(self.enquiries),
            refusals=len(self.refusals),
        )

    @staticmethod
    def _insert(session: Session, table: Table, rows: Iterator[dict[str, Any]]) -> None:
        for chunk in _chunks(rows):
            session.execute(insert(table), chunk)

    @staticmethod
    def _with_uuids(
        rows: Sequence[dict[str, Any]], base: int, **shift: int
    ) -> Iterator[dict[str, Any]]:
        for row in rows:
            out = {**row, "id": row["id"] + base, "uuid": _uuid()}
            for key, by in shift.items():
                out[key] = row[key] + by
            yield out

    @staticmethod
    def _shift(rows: Sequence[dict[str, Any]], base: int) -> Iterator[dict[str, Any]]:
        # Reader keys need no shift: readers go into an empty table, numbered from 1.
        for row in rows:
            yield {**row, "id": row["id"] + base}

    def _day_texts(self, fast: bool) -> tuple[list[Any], list[str]]:
        """Dates of the calendar span (as text or date objects), and " HH:MM:00.000000"."""
        days: list[Any] = [
            date.fromordinal(self.first_ord + i) for i in range(len(self._next_open))
        ]
        if fast:
            days = [d.isoformat() for d in days]
        minutes = [f" {m // 60:02d}:{m % 60:02d}:00.000000" for m in range(24 * 60)]
        return days, minutes

    def _loan_rows(self, bases: dict[str, int], fast: bool) -> Iterator[tuple[Any, ...]]:
        branch, first, at = self.branch, self.first_ord, self.at
        days, minutes = self._day_texts(fast)
        item_base, id_base = bases["item"] + 1, bases["loan"] + 1
        l_item, l_reader, l_day, l_minute = self.l_item, self.l_reader, self.l_day, self.l_minute
        l_due, l_returned, l_return_minute = self.l_due, self.l_returned, self.l_return_minute
        l_renewals = self.l_renewals
        for i, item in enumerate(l_item):
            returned = l_returned[i]
            day = l_day[i]
            if fast:
                lent: Any = days[day - first] + minutes[l_minute[i]]
                back: Any = (
                    None
                    if returned is None
                    else days[returned - first] + minutes[l_return_minute[i]]
                )
            else:
                lent = at(day, l_minute[i])
                back = None if returned is None else at(returned, l_return_minute[i])
            yield (
                id_base + i,
                _uuid(),
                item + item_base,
                l_reader[i] + 1,
                branch,
                lent,
                days[l_due[i] - first],
                back,
                None if returned is None else branch,
                l_renewals[i],
                OPERATOR,
                None if returned is None else OPERATOR,
            )

    def _visit_rows(self, base: int, fast: bool) -> Iterator[tuple[Any, ...]]:
        days, _ = self._day_texts(fast)
        self.visits.sort(key=lambda v: v[0])
        for i, (day, reader, kind) in enumerate(self.visits):
            yield (
                base + i + 1,
                _uuid(),
                days[day - self.first_ord],
                None if reader is None else reader + 1,
                kind.value,
                self.branch,
                OPERATOR,
            )
