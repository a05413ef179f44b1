"""The librarian's things as plain values.

These frozen dataclasses are what the rules reason about and what screens and the command line
show (read models): the store maps its rows to them, so no ORM object ever leaves a unit of work.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum


class Language(StrEnum):
    """Language of a book or of a reader's service, as the diary splits it."""

    KAZAKH = "kk"
    RUSSIAN = "ru"
    OTHER = "other"


class ReaderStatus(StrEnum):
    ACTIVE = "active"
    BLOCKED = "blocked"
    CARD_LOST = "card_lost"
    CANCELLED = "cancelled"


class ItemStatus(StrEnum):
    AVAILABLE = "available"
    ON_LOAN = "on_loan"
    IN_TRANSIT = "in_transit"
    LOST = "lost"
    WITHDRAWN = "withdrawn"
    REFERENCE_ONLY = "reference_only"


class ItemType(StrEnum):
    """What a copy is; the loan policy matrix is keyed on it."""

    BOOK = "book"
    PERIODICAL = "periodical"
    AUDIOVISUAL = "audiovisual"


class Audience(StrEnum):
    CHILDREN = "children"
    ADULT = "adult"


class StaffRole(StrEnum):
    LIBRARIAN = "librarian"
    BRANCH_ADMIN = "branch_admin"


class VisitKind(StrEnum):
    LOAN_DESK = "loan_desk"
    READING_ROOM = "reading_room"
    INTERNET = "internet"
    EVENT = "event"


class EnquiryKind(StrEnum):
    """Справки as the diary's part 4 counts them."""

    THEMATIC = "thematic"
    ADDRESS = "address"
    CLARIFYING = "clarifying"
    FACTUAL = "factual"


class EventForm(StrEnum):
    EXHIBITION = "exhibition"
    LITERARY_EVENING = "literary_evening"
    READING_HOUR = "reading_hour"
    TALK = "talk"
    REVIEW = "review"
    CONTEST = "contest"
    AUTHOR_MEETING = "author_meeting"
    LOUD_READING = "loud_reading"
    OTHER = "other"


@dataclass(frozen=True)
class Branch:
    code: str
    name_kk: str
    name_ru: str
    address: str = ""

    def name_in(self, lang: str) -> str:
        """The branch's name for a document in `lang` (Russian, else Kazakh; the code when
        no name is known)."""
        return (self.name_ru if lang == "ru" else self.name_kk) or self.code


@dataclass(frozen=True)
class Guarantor:
    """The parent or guardian who vouches for a child reader."""

    name: str
    iin: str | None = None
    phone: str | None = None


@dataclass(frozen=True)
class Reader:
    uuid: str
    card_number: str
    surname: str
    name: str
    patronymic: str | None
    iin: str | None
    birth_date: date | None
    sex: str | None
    category: str
    school_or_work: str | None
    education: str | None
    settlement: str | None
    street: str | None
    house: str | None
    flat: str | None
    phone: str | None
    guarantor: Guarantor | None
    consent_date: date | None
    language: str | None
    registered_on: date
    home_branch: str
    card_valid_until: date | None
    status: ReaderStatus
    block_reason: str | None
    blocked_until: date | None
    notes: str | None
    reregistered_years: tuple[int, ...] = ()

    @property
    def full_name(self) -> str:
        return " ".join(p for p in (self.surname, self.name, self.patronymic) if p)


@dataclass(frozen=True)
class Record:
    """A title in the catalogue; its copies are Items."""

    uuid: str
    title: str
    authors: str | None
    isbn: str | None
    publisher: str | None
    year: int | None
    language: Language
    bbk: str | None
    udc: str | None
    audience: Audience
    subjects: str | None = None


@dataclass(frozen=True)
class Item:
    uuid: str
    barcode: str
    inventory_number: str | None
    record_uuid: str
    title: str
    authors: str | None
    home_branch: str
    location: str | None
    item_type: ItemType
    status: ItemStatus
    price: str | None
    acquired_on: date | None


@dataclass(frozen=True)
class Loan:
    uuid: str
    item_barcode: str
    title: str
    reader_card: str
    branch: str
    lent_at: datetime
    due_on: date
    returned_at: datetime | None
    returned_branch: str | None
    renewals: int

    def is_overdue(self, today: date) -> bool:
        return self.returned_at is None and self.due_on < today


@dataclass(frozen=True)
class Visit:
    uuid: str
    day: date
    reader_card: str | None
    kind: VisitKind
    branch: str


@dataclass(frozen=True)
class Attendance:
    """Who came to an event; children and youth are parts of the total."""

    total: int
    children: int = 0
    youth: int = 0


@dataclass(frozen=True)
class Event:
    uuid: str
    title: str
    programme: str | None
    form: EventForm
    starts_at: datetime
    place: str | None
    audience: str | None
    language: Language
    attendance: Attendance
    responsible: str | None
    notes: str | None
    branch: str


@dataclass(frozen=True)
class Enquiry:
    uuid: str
    day: date
    kind: EnquiryKind
    topic: str
    reader_card: str | None
    branch: str


@dataclass(frozen=True)
class Refusal:
    """A title a reader asked for that the branch does not have: counted for acquisitions."""

    uuid: str
    day: date
    title: str
    author: str | None
    reader_card: str | None
    branch: str


@dataclass(frozen=True)
class Staff:
    login: str
    full_name: str
    role: StaffRole
    active: bool
